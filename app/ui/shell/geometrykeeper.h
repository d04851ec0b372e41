#pragma once

#include <QObject>

class QWidget;

namespace rp {

class Settings;

// Keeps a window within its screen's free area: no wider or taller than it, and on it.
void fitOnScreen(QWidget *window);

// Gives a window back the size and place it had when it was last closed, and remembers them when
// it closes again ("planEditor", "libraryWindow": one place per kind of window).
class GeometryKeeper : public QObject
{
    Q_OBJECT
public:
    static void keep(QWidget *window, Settings &settings, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    GeometryKeeper(QWidget *window, Settings &settings, const QString &name);

    Settings &m_settings;
    QString m_name;
};

} // namespace rp
