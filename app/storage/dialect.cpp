#include "dialect.h"

#include "migrations.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rp::dialect {

Backend backendOf(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? Backend::PostgreSQL : Backend::SQLite;
}

QString expand(QString sql, Backend backend)
{
    const bool pg = backend == Backend::PostgreSQL;
    // SQLite's INTEGER PRIMARY KEY is the rowid: 64-bit, like PostgreSQL's BIGSERIAL.
    sql.replace(
        QLatin1String("@ID@"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("@BLOB@"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    // Text compared by code point: SQLite's default; PostgreSQL's "C" collation.
    sql.replace(QLatin1String("@BINARY@"), pg ? QLatin1String("COLLATE \"C\"") : QLatin1String(""));
    // A table that is its primary key: SQLite stores it once, in key order. PostgreSQL always
    // keeps a table and its key's index apart.
    sql.replace(QLatin1String("@WITHOUT_ROWID@"), pg ? QLatin1String("") : QLatin1String("WITHOUT ROWID"));
    // An index read backwards for "newest first": SQLite reads any index in either direction and
    // puts NULL first going up (so last going down); PostgreSQL puts NULL last going up, so its
    // index is built in the order the list reads.
    sql.replace(QLatin1String("@DESC_NULLS_LAST@"), pg ? QLatin1String("DESC NULLS LAST") : QLatin1String(""));
    sql.replace(QLatin1String("@DESC@"), pg ? QLatin1String("DESC") : QLatin1String(""));
    return sql;
}

QString begin(Backend backend, bool write)
{
    if (backend == Backend::PostgreSQL)
        return write ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (backendOf(db) == Backend::SQLite)
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    if (!q.exec(QStringLiteral("SELECT to_regclass('rp_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    return q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM rp_schema")) && q.next() ? q.value(0).toInt()
                                                                                                 : -1;
}

bool lockUpkeep(QSqlQuery &q, Backend backend)
{
    if (backend == Backend::SQLite)
        return true;
    // Released when the transaction ends. The key is the app's id, so it cannot clash with a
    // lock another program on the same server takes.
    return q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId));
}

bool writeSchemaVersion(QSqlQuery &q, Backend backend, int applicationId, int version)
{
    // Both land with the step's own changes or not at all.
    if (backend == Backend::SQLite)
        return q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
            && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS rp_schema (application_id INTEGER NOT NULL, "
                                 "version INTEGER NOT NULL)"))
        && q.exec(QStringLiteral("DELETE FROM rp_schema"))
        && q.exec(QStringLiteral("INSERT INTO rp_schema (application_id, version) VALUES (%1, %2)")
                      .arg(applicationId)
                      .arg(version));
}

QString contains(Backend backend, const QString &column)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("strpos(%1, ?) > 0").arg(column)
                                          : QStringLiteral("instr(%1, ?) > 0").arg(column);
}

} // namespace rp::dialect
