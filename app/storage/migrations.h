#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rp {

// One numbered schema step, from resources/sql/NNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The steps this build knows, in order; the last one's number is the schema version it writes.
QList<Migration> builtInMigrations();
int latestSchemaVersion();

// Splits a migration into statements: each ends with a semicolon at the end of a line.
QStringList splitStatements(const QString &sql);

// Brings the database from its current version up to `targetVersion`, one transaction per step,
// so a failure leaves it at the last complete step. Returns false and fills `error` on failure.
bool migrate(const QSqlDatabase &db, int targetVersion, QString *error);

int schemaVersion(const QSqlDatabase &db);

// Marks the file as this app's (PRAGMA application_id), so another program's SQLite file is
// never mistaken for ours: "RPLN".
constexpr int applicationId = 0x52504C4E;

} // namespace rp
