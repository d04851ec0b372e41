#include "storageerror.h"

#include <QCoreApplication>

class StorageErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StorageErrorText)
};

namespace rp {

StorageError StorageError::fromSql(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of the (possibly extended) native code.
    const int native = error.nativeErrorCode().toInt() & 0xff;
    StorageError e;
    e.detail = error.text();
    switch (native) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.code = Code::Busy;
        e.message = StorageErrorText::tr("The database is busy: another desk is saving. Nothing was lost; please "
                       "try again in a moment.");
        break;
    case 8: // SQLITE_READONLY
        e.code = Code::ReadOnly;
        e.message = StorageErrorText::tr("The database file cannot be written (it is read-only). Your changes are "
                       "still on screen; nothing was saved.");
        break;
    case 13: // SQLITE_FULL
        e.code = Code::DiskFull;
        e.message = StorageErrorText::tr("The disk is full. Your changes are still on screen; free some space and "
                       "save again.");
        break;
    default:
        e.code = Code::Other;
        e.message = StorageErrorText::tr("The database reported an error, and nothing was saved: %1")
                        .arg(error.text());
        break;
    }
    return e;
}

} // namespace rp
