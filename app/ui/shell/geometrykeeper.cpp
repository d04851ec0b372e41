#include "geometrykeeper.h"

#include "core/settings.h"

#include <QEvent>
#include <QRect>

#include <algorithm>
#include <QScreen>
#include <QWidget>

namespace rp {

GeometryKeeper::GeometryKeeper(QWidget *window, Settings &settings, const QString &name)
    : QObject(window), m_settings(settings), m_name(name)
{
}

void GeometryKeeper::keep(QWidget *window, Settings &settings, const QString &name)
{
    auto *keeper = new GeometryKeeper(window, settings, name);
    window->restoreGeometry(settings.windowGeometry(name));
    // The first time its own size, and a place saved on a larger screen: never larger than this one.
    fitOnScreen(window);
    window->installEventFilter(keeper);
}

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
    QRect frame(window->pos(), size);
    if (!room.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), room.left(), std::max(room.left(), room.right() - size.width())));
        frame.moveTop(std::clamp(frame.top(), room.top(), std::max(room.top(), room.bottom() - size.height())));
        window->move(frame.topLeft());
    }
}

bool GeometryKeeper::eventFilter(QObject *watched, QEvent *event)
{
    // Hide covers both a closed window and one hidden with the main window.
    if (event->type() == QEvent::Hide || event->type() == QEvent::Close) {
        if (auto *window = qobject_cast<QWidget *>(watched))
            m_settings.setWindowGeometry(m_name, window->saveGeometry());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rp
