#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace rp {

// A write transaction that commits only when told to and rolls back otherwise (early return,
// error, exception). On SQLite it begins IMMEDIATE: it takes the write lock up front, so the
// busy timeout applies; a plain BEGIN that reads and then writes can fail at once under WAL with
// "database is locked" when another desk wrote in between.
class Transaction
{
public:
    // Write takes the write lock at once; Read gives a consistent snapshot for several queries.
    enum class Mode { Write, Read };
    explicit Transaction(const QSqlDatabase &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }
    bool commit();
    // The COMMIT was sent and the connection dropped before the answer came: the server may have
    // kept the transaction or not. Only a server's connection can do this.
    bool outcomeUnknown() const { return m_outcomeUnknown; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_outcomeUnknown = false;
    QSqlError m_error;
};

} // namespace rp
