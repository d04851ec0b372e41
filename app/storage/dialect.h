#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace rp {

// The database servers the app runs on: an embedded SQLite file (the default) or a PostgreSQL
// server shared by several desks. Every piece of SQL that differs between them lives in this file;
// migrations and repositories are written once, in the SQL both understand.
enum class Backend { SQLite, PostgreSQL };

namespace dialect {

Backend backendOf(const QSqlDatabase &db);

// A migration's portable text made concrete: @ID@ becomes the auto-increment key, @BLOB@ the
// byte-string type.
QString expand(QString migrationSql, Backend backend);

// Begins a transaction. A write takes the write lock up front on SQLite (so the busy timeout
// applies); a read sees one snapshot for all its queries on both.
QString begin(Backend backend, bool write);

// The schema version stored in the database: SQLite's user_version, PostgreSQL's rp_schema
// table. 0 for a new, empty database; -1 when it cannot be read.
int schemaVersion(const QSqlDatabase &db);
// A condition true when `column` contains the text bound to the next `?` anywhere, taken
// literally (no wildcards).
QString contains(Backend backend, const QString &column);

// Inside a migration's or an upkeep step's transaction: waits until no other desk is doing the
// same (PostgreSQL; SQLite's write lock already does this), so each step runs once. The caller
// then checks again whether the step is still needed.
bool lockUpkeep(QSqlQuery &q, Backend backend);
// Inside a migration's transaction: marks the database as this app's, at `version`.
bool writeSchemaVersion(QSqlQuery &q, Backend backend, int applicationId, int version);

} // namespace dialect
} // namespace rp
