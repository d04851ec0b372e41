#pragma once

#include "dialect.h"

#include <QSqlError>
#include <QString>

namespace rp {

// Why a read or a write did not happen, with a translated message for the practitioner and the
// driver's own text for the log.
struct StorageError
{
    enum class Code {
        None,
        DuplicateFileNumber,
        NotFound,
        Conflict,
        Busy,
        ReadOnly,
        DiskFull,
        Disconnected,
        Unconfirmed, // the connection dropped during the commit: the server may or may not have it
        Invalid,
        Other
    };

    Code code = Code::None;
    QString message;
    QString detail;

    bool isError() const { return code != Code::None; }
    static StorageError fromSql(const QSqlError &error, Backend backend = Backend::SQLite);
    // The server's connection is gone; `detail` keeps the driver's text for the log.
    static StorageError disconnected(const QString &detail = {});
    static StorageError unconfirmed(const QString &detail = {});
};

} // namespace rp
