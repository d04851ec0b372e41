#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

// Translation context for this file's messages (declared outside the namespace so that
// lupdate and the runtime agree on its name).
class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

namespace rp {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("rp-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery-planner.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

bool Database::fail(Status status, const QString &message)
{
    close();
    // A file created a moment ago and refused is removed; an existing one is never touched.
    if (m_created && status != Status::Open) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    m_created = false;
    m_status = status;
    m_message = message;
    return false;
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_created = false;
    m_message.clear();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Status::DriverMissing,
                    DatabaseText::tr("The SQLite driver for Qt is missing. Install the Debian package "
                       "libqt6sql6-sqlite and start Recovery Planner again."));

    if (QFileInfo::exists(path) ? !checkExistingFile() : !createFile())
        return false;

    // Every check runs on a read-only connection: closing a connection that may write would
    // checkpoint a refused file's write-ahead log into it.
    if (!m_created) {
        const auto [status, message] = inspect();
        if (status != Status::Open)
            return fail(status, message);
    }
    const auto [status, message] = connectAndUpgrade();
    if (status != Status::Open)
        return fail(status, message);
    m_created = false;
    m_status = Status::Open;
    return true;
}

// Switching the journal mode takes an exclusive lock that SQLite does not always wait for: when
// another desk is opening the same file, read the mode and try again for a while.
bool Database::switchToWal(QSqlQuery &q) const
{
    QElapsedTimer timer;
    timer.start();
    forever {
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        if (timer.elapsed() > m_busyTimeoutMs)
            return false;
        QThread::msleep(20);
    }
}

std::pair<Database::Status, QString> Database::connectAndUpgrade()
{
    const QString shown = nativePath(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return {Status::CannotOpen,
                DatabaseText::tr("Recovery Planner cannot open “%1”: %2").arg(shown, db.lastError().text())};

    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!switchToWal(q))
        return {Status::NotWritable,
                DatabaseText::tr("Recovery Planner cannot write to “%1”: %2. Check that the file, its folder "
                                 "and the disk are writable. Nothing was changed.")
                    .arg(shown, q.lastError().text())};
    q.finish();

    QString error;
    if (!migrate(db, latestSchemaVersion(), &error))
        return {Status::UpgradeFailed,
                DatabaseText::tr("Recovery Planner could not bring “%1” up to date: %2. The database was "
                                 "left as it was before the failed step.")
                    .arg(shown, error)};
    return {Status::Open, {}};
}

bool Database::checkExistingFile()
{
    const QFileInfo info(m_path);
    const QString shown = nativePath(m_path);
    if (info.isDir())
        return fail(Status::NotADatabase,
                    DatabaseText::tr("“%1” is a folder, not a database file. Give the path of a file.").arg(shown));

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Status::CannotOpen,
                    DatabaseText::tr("Recovery Planner cannot read “%1”: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    // An empty file holds nothing to lose; SQLite treats it as a new database, so it gets the
    // owner-only permissions of one.
    if (header.isEmpty())
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    else if (header != QByteArray("SQLite format 3\0", 16))
        return fail(Status::NotADatabase,
                    DatabaseText::tr("“%1” is not a Recovery Planner database (it is not a SQLite database "
                       "file). It was left unchanged.")
                        .arg(shown));

    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return fail(Status::NotWritable,
                    DatabaseText::tr("Recovery Planner cannot write to “%1”. Check that the file and its folder "
                       "are writable. It was left unchanged.")
                        .arg(shown));
    return true;
}

bool Database::createFile()
{
    const QFileInfo info(m_path);
    const QString shown = nativePath(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(Status::CannotCreate,
                        DatabaseText::tr("Recovery Planner cannot create the folder “%1” for its database. "
                           "Choose another location with --database.")
                            .arg(QDir::toNativeSeparators(folder)));
        // Patient records: only the user may enter the folder.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(m_path);
    // Created with owner-only permissions from the start, so it is never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFile::ReadOwner | QFile::WriteOwner)) {
        // Another desk created it a moment ago: open it as the existing file it now is.
        if (QFileInfo::exists(m_path))
            return checkExistingFile();
        return fail(Status::CannotCreate,
                    DatabaseText::tr("Recovery Planner cannot create its database “%1”: %2. Choose another "
                       "location with --database.")
                        .arg(shown, file.errorString()));
    }
    file.close();
    m_created = true;
    return true;
}

std::pair<Database::Status, QString> Database::inspect()
{
    const QString shown = nativePath(m_path);
    const QString name = m_connectionName + QStringLiteral("-inspect");
    std::pair<Status, QString> result{Status::Open, {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        int appId = 0, version = 0, objects = 0;
        QSqlQuery q(db);
        // One statement, one snapshot: another desk may be committing its first migration.
        auto readHeader = [&] {
            if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                       "(SELECT user_version FROM pragma_user_version), "
                                       "(SELECT count(*) FROM sqlite_master)"))
                || !q.next())
                return false;
            appId = q.value(0).toInt();
            version = q.value(1).toInt();
            objects = q.value(2).toInt();
            return true;
        };
        if (!db.open()) {
            result = {Status::CannotOpen,
                      DatabaseText::tr("Recovery Planner cannot open “%1”: %2").arg(shown, db.lastError().text())};
        } else if (!readHeader()) {
            result = {Status::NotADatabase,
                      DatabaseText::tr("“%1” cannot be read as a database (%2). It may be damaged. It was left "
                                       "unchanged; restore it from a backup or choose another file.")
                          .arg(shown, q.lastError().text())};
        } else if (appId != applicationId && (appId != 0 || objects > 0)) {
            result = {Status::OtherProgram,
                      DatabaseText::tr("“%1” is a database made by another program, not by Recovery Planner. It "
                                       "was left unchanged.")
                          .arg(shown)};
        } else if (version > latestSchemaVersion()) {
            result = {Status::TooNew,
                      DatabaseText::tr("“%1” was made by a newer version of Recovery Planner (database version "
                                       "%2; this version understands up to %3). Please install the newer version. "
                                       "The file was left unchanged.")
                          .arg(shown)
                          .arg(version)
                          .arg(latestSchemaVersion())};
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace rp
