#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <utility>

namespace rp {

// The app's connection to its database: a SQLite file (the default), or a PostgreSQL server given
// as postgresql://user@host:port/dbname. Opening checks that the database is this app's and not
// newer than this build before anything is written, then brings the schema up to date. A
// database that fails a check is left exactly as it was.
class Database
{
public:
    enum class Status {
        Closed,
        Open,
        DriverMissing,
        NotADatabase, // not a SQLite file, or a damaged one
        OtherProgram, // a SQLite file made by another program
        TooNew, // made by a newer version of this app
        NotWritable, // the file or its folder cannot be written
        CannotCreate, // the folder or the file could not be created
        CannotOpen,
        UpgradeFailed,
        BadAddress, // a postgresql:// address that cannot be understood
        NeedsPassword, // the server asks for a password: setPassword() and open() again
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A file path, or a postgresql:// address.
    bool open(const QString &location);
    void close();

    // The server's password, held in memory only, for the next open(). Without one, libpq looks in
    // the pgpass file (~/.pgpass or PGPASSFILE).
    void setPassword(const QString &password) { m_password = password; }

    static bool isServerAddress(const QString &location);
    // Whether a file system type (QStorageInfo::fileSystemType) is a network one, where SQLite's
    // locking and write-ahead log are not safe.
    static bool isNetworkFileSystem(const QByteArray &type);
    // The open SQLite file lies on a network share (two desks should use PostgreSQL instead).
    bool onNetworkShare() const { return m_onNetworkShare; }

    // How long a write waits for another desk's write to finish before it reports "busy".
    // Takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Open; }
    // Why opening failed, translated, in words a practitioner can act on.
    QString errorMessage() const { return m_message; }
    // The file's path, or the server's address without any password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    QSqlDatabase connection() const;

    // A server's connection can drop (restart, network) while the app stays open. A repository
    // that meets a dropped connection calls reportLost(); the handler (a ConnectionWatch) then
    // reconnects in the background. Without one, reportLost() tries once at once.
    bool isConnected() const;
    void reportLost();
    void setLostHandler(std::function<void()> handler) { m_lostHandler = std::move(handler); }
    // Connects again, with the session's settings, after checking that the database is still
    // one this build may write (another desk may have upgraded it meanwhile). On failure,
    // errorMessage() says why.
    bool reconnect();

    // Where the database lives unless --database says otherwise.
    static QString defaultPath();

private:
    bool fail(Status status, const QString &message);
    bool checkExistingFile();
    bool createFile();
    std::pair<Status, QString> inspect();
    std::pair<Status, QString> connectAndUpgrade();
    std::pair<Status, QString> upgrade(QSqlDatabase &db, const QString &shown);
    bool openServer(const QString &address);
    std::pair<Status, QString> inspectServer(QSqlDatabase &db, const QString &shown);
    bool switchToWal(QSqlQuery &q) const;
    void configureServerSession(QSqlDatabase &db) const;

    QString m_connectionName;
    QString m_path;
    QString m_password;
    Backend m_backend = Backend::SQLite;
    Status m_status = Status::Closed;
    QString m_message;
    bool m_created = false;
    bool m_onNetworkShare = false;
    int m_busyTimeoutMs = 10000;
    std::function<void()> m_lostHandler;
};

} // namespace rp
