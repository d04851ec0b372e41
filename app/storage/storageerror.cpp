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

// PostgreSQL reports an SQLSTATE; a dropped connection reports none at all, only libpq's words
// (and Qt's "Unable to create query", as a statement error).
StorageError::Code postgresCode(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03")
        || (state.isEmpty()
            && (error.type() == QSqlError::ConnectionError
                || said.contains(QLatin1String("server closed the connection"))
                || said.contains(QLatin1String("no connection to the server"))
                || said.contains(QLatin1String("terminating connection"))
                || said.contains(QLatin1String("could not receive data from server"))
                || said.contains(QLatin1String("could not send data to server")))))
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
        e.message = StorageErrorText::tr("The database is busy: another desk is saving. Nothing was lost; please "
                                         "try again in a moment.");
        break;
    case Code::ReadOnly:
        e.message = server ? StorageErrorText::tr("The database server does not let this desk write (the database is "
                                                  "read-only or this user may only read). Your changes are still on "
                                                  "screen; nothing was saved. Ask whoever looks after the server.")
                           : StorageErrorText::tr("The database file cannot be written (it is read-only). Your changes "
                                                  "are still on screen; nothing was saved.");
        break;
    case Code::DiskFull:
        e.message = server ? StorageErrorText::tr("The database server's disk is full. Your changes are still on "
                                                  "screen; nothing was saved. Ask whoever looks after the server to "
                                                  "free some space, then save again.")
                           : StorageErrorText::tr("The disk is full. Your changes are still on screen; free some space "
                                                  "and save again.");
        break;
    case Code::Disconnected:
        return disconnected(e.detail);
    default:
        e.message = StorageErrorText::tr("The database reported an error, and nothing was saved: %1").arg(error.text());
        break;
    }
    return e;
}

StorageError StorageError::disconnected(const QString &detail)
{
    return {Code::Disconnected,
        StorageErrorText::tr("The connection to the database server was lost (the server may be restarting, "
                             "or the network is down). Nothing was saved, and your changes are still on "
                             "screen. Recovery Planner connects again by itself as soon as the server "
                             "answers; then save again."),
        detail};
}

StorageError StorageError::unconfirmed(const QString &detail)
{
    return {Code::Unconfirmed,
        StorageErrorText::tr("The connection to the database server was lost while your changes were "
                             "being saved, so it is not known yet whether the server kept them. They are "
                             "still on screen. Recovery Planner connects again by itself; when the server "
                             "answers, save again: it first checks what the server has, and never saves "
                             "them twice."),
        detail};
}

} // namespace rp
