#pragma once

#include "database.h"
#include "storageerror.h"
#include "transaction.h"

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
        StorageError e = StorageError::fromSql(error, backend());
        // Once Qt has closed a dropped connection, every query fails with no text at all.
        if (e.code != StorageError::Code::Disconnected && backend() == Backend::PostgreSQL && !m_db.isConnected())
            e = StorageError::disconnected(error.text());
        if (e.code == StorageError::Code::Disconnected)
            m_db.reportLost(); // so that trying again can work
        return fail(e);
    }
    // A commit that failed: when its answer was lost on the way, the server may have it.
    bool failCommit(const Transaction &transaction)
    {
        if (!transaction.outcomeUnknown())
            return failSql(transaction.error());
        m_db.reportLost();
        return fail(StorageError::unconfirmed(transaction.error().text()));
    }
    Backend backend() const { return m_db.backend(); }

    Database &m_db;
    StorageError m_error;
};

} // namespace rp
