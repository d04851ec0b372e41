#include "transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace rp {

namespace {
bool isSqlite(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
}
} // namespace

Transaction::Transaction(const QSqlDatabase &db, Mode mode) : m_db(db)
{
    QSqlQuery q(m_db);
    // Issued as SQL, not QSqlDatabase::transaction(), which only knows a plain BEGIN.
    const bool immediate = mode == Mode::Write && isSqlite(m_db);
    m_active = q.exec(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace rp
