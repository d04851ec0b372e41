#include "transaction.h"

#include "dialect.h"
#include "storageerror.h"

#include <QSqlQuery>

namespace rp {

Transaction::Transaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    QSqlQuery q(m_db);
    // Issued as SQL, not QSqlDatabase::transaction(), which only knows a plain BEGIN.
    m_active = q.exec(dialect::begin(dialect::backendOf(m_db), mode == Mode::Write));
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    // A dropped connection has no transaction left to roll back: the server ended it.
    if (m_active && m_db.isOpen()) {
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
        const Backend backend = dialect::backendOf(m_db);
        m_outcomeUnknown = backend == Backend::PostgreSQL
            && (!m_db.isOpen() || StorageError::fromSql(m_error, backend).code == StorageError::Code::Disconnected);
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace rp
