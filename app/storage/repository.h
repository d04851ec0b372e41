#pragma once

#include "storageerror.h"

class QSqlError;

namespace rp {

class Database;

// What every repository shares: its database and the last error, which each public call sets
// (cleared on success) so the caller can tell "none" from "could not be read".
class Repository
{
public:
    StorageError lastError() const { return m_error; }

protected:
    explicit Repository(Database &database)
        : m_db(database)
    { }
    bool fail(const StorageError &error)
    {
        m_error = error;
        return false;
    }
    bool failSql(const QSqlError &error) { return fail(StorageError::fromSql(error)); }

    Database &m_db;
    StorageError m_error;
};

} // namespace rp
