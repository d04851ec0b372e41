#include "geometrykeeper.h"

#include "core/settings.h"

#include <QEvent>
#include <QWidget>

namespace rp {

GeometryKeeper::GeometryKeeper(QWidget *window, Settings &settings, const QString &name)
    : QObject(window)
    , m_settings(settings)
    , m_name(name)
{ }

void GeometryKeeper::keep(QWidget *window, Settings &settings, const QString &name)
{
    auto *keeper = new GeometryKeeper(window, settings, name);
    window->restoreGeometry(settings.windowGeometry(name));
    // The first time its own size, and a place saved on a larger screen: never larger than this one.
    fitOnScreen(window);
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
