#pragma once

#include "database.h"
#include "storageerror.h"

namespace rp {

// What every repository shares: its database and the last error, which each public call sets
// (cleared on success) so the caller can tell "none" from "could not be read".
class Repository
{
public:
    StorageError lastError() const { return m_error; }
    // The database it reads and writes (a feature that works across repositories opens its own
    // on the same database).
    Database &database() const { return m_db; }

protected:
    explicit Repository(Database &database)
        : m_db(database)
    { }
    bool fail(const StorageError &error)
    {
        m_error = error;
        return false;
    }
    bool failSql(const QSqlError &error)
    {
        const StorageError e = StorageError::fromSql(error, backend());
        if (e.code == StorageError::Code::Disconnected)
            m_db.reconnect(); // so that trying again can work
        return fail(e);
    }
    Backend backend() const { return m_db.backend(); }

    Database &m_db;
    StorageError m_error;
};

} // namespace rp
