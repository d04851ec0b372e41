#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <utility>

namespace rp {

// The app's connection to its SQLite file. Opening checks that the file is this app's database
// and not newer than this build before anything is written, then brings the schema up to date.
// A file that fails a check is left byte for byte as it was.
class Database
{
public:
    enum class Status {
        Closed,
        Open,
        DriverMissing,
        NotADatabase,   // not a SQLite file, or a damaged one
        OtherProgram,   // a SQLite file made by another program
        TooNew,         // made by a newer version of this app
        NotWritable,    // the file or its folder cannot be written
        CannotCreate,   // the folder or the file could not be created
        CannotOpen,
        UpgradeFailed,
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path);
    void close();

    // How long a write waits for another desk's write to finish before it reports "busy".
    // Takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Open; }
    // Why opening failed, translated, in words a practitioner can act on.
    QString errorMessage() const { return m_message; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Where the database lives unless --database says otherwise.
    static QString defaultPath();

private:
    bool fail(Status status, const QString &message);
    bool checkExistingFile();
    bool createFile();
    std::pair<Status, QString> inspect();
    std::pair<Status, QString> connectAndUpgrade();
    bool switchToWal(QSqlQuery &q) const;

    QString m_connectionName;
    QString m_path;
    Status m_status = Status::Closed;
    QString m_message;
    bool m_created = false;
    int m_busyTimeoutMs = 10000;
};

} // namespace rp
