#pragma once

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QString>

namespace rp {

// The wait cursor while something blocks for a moment (a backup, a restore, an import).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// A file's full path as the system writes it, for messages.
inline QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace rp
