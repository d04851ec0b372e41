#pragma once

#include "common/fitonscreen.h"

#include <QObject>

class QWidget;

namespace rp {

class Settings;

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
