#include "storageerror.h"

#include <QCoreApplication>

class StorageErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StorageErrorText)
};

namespace rp {

namespace {

StorageError::Code sqliteCode(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of the (possibly extended) native code.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError::Code::Busy;
    case 8: // SQLITE_READONLY
        return StorageError::Code::ReadOnly;
    case 13: // SQLITE_FULL
        return StorageError::Code::DiskFull;
    default:
        return StorageError::Code::Other;
    }
}

// PostgreSQL reports an SQLSTATE; a dropped connection often reports none at all.
StorageError::Code postgresCode(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || (state.isEmpty() && error.type() == QSqlError::ConnectionError))
        return StorageError::Code::Disconnected;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")
        || state == QLatin1String("57014"))
        return StorageError::Code::Busy;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return StorageError::Code::ReadOnly;
    if (state == QLatin1String("53100"))
        return StorageError::Code::DiskFull;
    return StorageError::Code::Other;
}

} // namespace

StorageError StorageError::fromSql(const QSqlError &error, Backend backend)
{
    const bool server = backend == Backend::PostgreSQL;
    StorageError e;
    e.detail = error.text();
    e.code = server ? postgresCode(error) : sqliteCode(error);
    switch (e.code) {
    case Code::Busy:
        e.message
            = StorageErrorText::tr("The database is busy: another desk is saving. Nothing was lost; please "
                                   "try again in a moment.");
        break;
    case Code::ReadOnly:
        e.message = server
            ? StorageErrorText::tr("The database server does not let this desk write (the database is "
                                   "read-only or this user may only read). Your changes are still on "
                                   "screen; nothing was saved. Ask whoever looks after the server.")
            : StorageErrorText::tr("The database file cannot be written (it is read-only). Your changes "
                                   "are still on screen; nothing was saved.");
        break;
    case Code::DiskFull:
        e.message = server
            ? StorageErrorText::tr("The database server's disk is full. Your changes are still on "
                                   "screen; nothing was saved. Ask whoever looks after the server to "
                                   "free some space, then save again.")
            : StorageErrorText::tr("The disk is full. Your changes are still on screen; free some space "
                                   "and save again.");
        break;
    case Code::Disconnected:
        e.message = StorageErrorText::tr(
            "The connection to the database server was lost. Your changes are still on "
            "screen; nothing was saved. Check the network, then save again.");
        break;
    default:
        e.message = StorageErrorText::tr("The database reported an error, and nothing was saved: %1")
                        .arg(error.text());
        break;
    }
    return e;
}

} // namespace rp
