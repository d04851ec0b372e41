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
#include <QStorageInfo>
#include <QVariant>
#include <tuple>

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

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool Database::isNetworkFileSystem(const QByteArray &type)
{
    static const QByteArrayList network{"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
        "ceph", "glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "coda", "afpfs"};
    if (network.contains(type))
        return true;
    // FUSE file systems that reach another machine (sshfs, smbnetfs, rclone, s3fs…).
    static const QByteArrayList remoteFuse{"fuse.sshfs", "fuse.smbnetfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
        "fuse.davfs", "fuse.glusterfs", "fuse.cephfs"};
    return remoteFuse.contains(type);
}

bool Database::isConnected() const
{
    return m_status == Status::Open && connection().isOpen();
}

void Database::reportLost()
{
    if (m_lostHandler)
        m_lostHandler();
    else
        reconnect();
}

bool Database::reconnect()
{
    QSqlDatabase db = connection();
    if (!db.isValid() || m_status != Status::Open)
        return false;
    db.close();
    if (!db.open()) {
        m_message = DatabaseText::tr("The database server %1 cannot be reached yet: %2")
                        .arg(m_path, db.lastError().databaseText().trimmed());
        return false;
    }
    if (m_backend == Backend::PostgreSQL) {
        configureServerSession(db);
        const auto [status, message] = inspectServer(db, m_path);
        if (status != Status::Open) {
            db.close();
            m_message = message;
            return false;
        }
    }
    m_message.clear();
    return true;
}

void Database::configureServerSession(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    // A save waits for another desk's lock at most as long as on SQLite, then says "busy".
    q.exec(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs));
    // "relation already exists, skipping" and the like are for a DBA, not for a desk's log.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_created = false;
    m_message.clear();
    m_onNetworkShare = false;
    m_backend = isServerAddress(path) ? Backend::PostgreSQL : Backend::SQLite;
    if (m_backend == Backend::PostgreSQL)
        return openServer(path);

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
    m_onNetworkShare = isNetworkFileSystem(QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType());
    return true;
}

// Switching the journal mode takes an exclusive lock that SQLite does not always wait for: when
// another desk is opening the same file, read the mode and try again for a while.
bool Database::switchToWal(QSqlQuery &q) const
{
    QElapsedTimer timer;
    timer.start();
    forever
    {
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
    // 32 MB of pages instead of SQLite's 2 MB: the patient list of a large clinic stays in memory
    // between keystrokes instead of being read from the file again for each.
    q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    if (!switchToWal(q))
        return {Status::NotWritable,
            DatabaseText::tr("Recovery Planner cannot write to “%1”: %2. Check that the file, its folder "
                             "and the disk are writable. Nothing was changed.")
                .arg(shown, q.lastError().text())};
    q.finish();
    return upgrade(db, shown);
}

std::pair<Database::Status, QString> Database::upgrade(QSqlDatabase &db, const QString &shown)
{
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
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
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

// A server address: postgresql://user@host:port/dbname, with libpq's options (sslmode…) after "?".
bool Database::openServer(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    // What the practitioner sees of the address never includes a password typed into it.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : address;
    m_path = shown;
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(u'/'))
        return fail(Status::BadAddress,
            DatabaseText::tr("“%1” is not a database server address Recovery Planner understands. Write it "
                             "as postgresql://user@host:port/database, for example "
                             "postgresql://clinic@192.168.1.10:5432/recovery.")
                .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Status::DriverMissing,
            DatabaseText::tr("The PostgreSQL driver for Qt is missing. Install the Debian package "
                             "libqt6sql6-psql and start Recovery Planner again."));

    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=recovery-planner")};
    const QStringList query = url.query(QUrl::FullyDecoded).split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : query) {
        // Only libpq's own key=value options, with no way to end one and start another.
        if (pair.contains(u';') || !pair.contains(u'='))
            return fail(Status::BadAddress,
                DatabaseText::tr("The option “%1” in the server address cannot be used.").arg(pair));
        options << pair;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(dbName);
    db.setUserName(url.userName());
    db.setPassword(m_password.isEmpty() ? url.password() : m_password);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                              : db.lastError().databaseText().trimmed();
        db = QSqlDatabase(); // let fail() remove the connection without a "still in use" warning
        if (why.contains(QLatin1String("no password supplied")))
            return fail(Status::NeedsPassword,
                DatabaseText::tr("The database server at %1 asks for the password of “%2”.")
                    .arg(url.host(), url.userName()));
        if (why.contains(QLatin1String("password authentication failed")))
            return fail(Status::NeedsPassword,
                DatabaseText::tr("The database server at %1 did not accept the password of “%2”. Try "
                                 "again.")
                    .arg(url.host(), url.userName()));
        return fail(Status::CannotOpen,
            DatabaseText::tr("Recovery Planner cannot connect to the database server %1: %2. Check that "
                             "the server is running and that this computer can reach it.")
                .arg(shown, why));
    }
    configureServerSession(db);
    auto [status, message] = inspectServer(db, shown);
    if (status == Status::Open)
        std::tie(status, message) = upgrade(db, shown);
    if (status != Status::Open) {
        db = QSqlDatabase();
        return fail(status, message);
    }
    m_status = Status::Open;
    return true;
}

std::pair<Database::Status, QString> Database::inspectServer(QSqlDatabase &db, const QString &shown)
{
    QSqlQuery q(db);
    // An empty database becomes this app's; one with tables must already be it.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema()), to_regclass('rp_schema') IS NOT NULL"))
        || !q.next())
        return {Status::CannotOpen,
            DatabaseText::tr("Recovery Planner cannot read the database %1: %2").arg(shown, q.lastError().text())};
    const int tables = q.value(0).toInt();
    const bool ours = q.value(1).toBool();
    if (!ours && tables == 0)
        return {Status::Open, {}};
    int appId = 0, version = 0;
    if (ours && q.exec(QStringLiteral("SELECT application_id, version FROM rp_schema")) && q.next()) {
        appId = q.value(0).toInt();
        version = q.value(1).toInt();
    }
    if (appId != applicationId)
        return {Status::OtherProgram,
            DatabaseText::tr("The database %1 holds another program's tables, not Recovery Planner's. It was "
                             "left unchanged; give an empty database or this app's.")
                .arg(shown)};
    if (version > latestSchemaVersion())
        return {Status::TooNew,
            DatabaseText::tr("The database %1 was made by a newer version of Recovery Planner (database "
                             "version %2; this version understands up to %3). Please install the newer version "
                             "on this desk. The database was left unchanged.")
                .arg(shown)
                .arg(version)
                .arg(latestSchemaVersion())};
    return {Status::Open, {}};
}

} // namespace rp
