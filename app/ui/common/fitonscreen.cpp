#include "fitonscreen.h"

#include <QRect>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace rp {

void fitOnScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect room = screen->availableGeometry();
    // A little less than all of it: the window manager's frame and title bar come on top. The
    // sides' frame is a few pixels; on a 1024-pixel screen every column of the list counts.
    const QSize size = window->size().boundedTo(QSize(room.width() - 16, int(room.height() * 0.95)));
    window->resize(size);
    // What the layout allowed (a window cannot be set below its minimum size), with the frame the
    // window system draws around it once it is shown.
    const QSize actual = window->frameGeometry().size().expandedTo(window->size());
    QRect frame(window->frameGeometry().topLeft(), actual);
    if (!room.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), room.left(), std::max(room.left(), room.right() - actual.width())));
        frame.moveTop(std::clamp(frame.top(), room.top(), std::max(room.top(), room.bottom() - actual.height())));
        window->move(frame.topLeft());
    }
}

} // namespace rp
