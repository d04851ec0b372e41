#include "migrations.h"

#include "dialect.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rp {

QList<Migration> builtInMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> out;
        const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        return out;
    }();
    return migrations;
}

int latestSchemaVersion()
{
    const auto all = builtInMigrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int schemaVersion(const QSqlDatabase &db)
{
    return dialect::schemaVersion(db);
}

namespace {

bool applyOne(const QSqlDatabase &db, const Migration &m, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.error().text();
        return false;
    }
    const Backend backend = dialect::backendOf(db);
    QSqlQuery q(db);
    if (!dialect::lockUpkeep(q, backend)) {
        *error = q.lastError().text();
        return false;
    }
    // Another desk may have applied this step while we waited for the lock.
    if (schemaVersion(db) >= m.version)
        return true;
    for (const QString &statement : splitStatements(dialect::expand(m.sql, backend))) {
        if (!q.exec(statement)) {
            *error
                = QStringLiteral("%1_%2: %3").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.name, q.lastError().text());
            return false;
        }
    }
    if (!dialect::writeSchemaVersion(q, backend, applicationId, m.version)) {
        *error = q.lastError().text();
        return false;
    }
    q.finish();
    if (!tx.commit()) {
        *error = tx.error().text();
        return false;
    }
    return true;
}

} // namespace

bool migrate(const QSqlDatabase &db, int targetVersion, QString *error)
{
    const int from = schemaVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    for (const Migration &m : builtInMigrations()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        if (!applyOne(db, m, error))
            return false;
    }
    return true;
}

} // namespace rp
