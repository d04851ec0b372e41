#include "geometrykeeper.h"

#include "core/settings.h"

#include <QEvent>
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
    if (!window->restoreGeometry(settings.windowGeometry(name))) {
        // The first time: its own size, but never larger than the screen (a 1280×800 laptop).
        if (const QScreen *screen = window->screen()) {
            const QSize room = screen->availableGeometry().size() * 0.95;
            window->resize(window->size().boundedTo(room));
        }
    }
    window->installEventFilter(keeper);
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
