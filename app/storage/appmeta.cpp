#include "appmeta.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rp::appmeta {

QString read(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool write(const QSqlDatabase &db, const QString &key, const QString &value, QSqlError *error)
{
    // Delete and insert: an upsert both SQLite and PostgreSQL understand.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM app_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec()) {
        q.prepare(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (q.exec())
            return true;
    }
    *error = q.lastError();
    return false;
}

} // namespace rp::appmeta
