#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace rp {

class Database;

// Why a backup file was made: the daily one at start, the practitioner's "Back up now", or the
// safety copy taken just before a restore. Only daily backups are ever pruned.
enum class BackupKind { Daily, Manual, BeforeRestore };

// What a backup's file name says: "<base>-2026-11-25T093000[-manual|-before-restore].sqlite",
// where <base> is the database file's name without its suffix ("recovery-planner").
struct BackupName
{
    QDateTime madeAt; // local time, to the second
    BackupKind kind = BackupKind::Daily;
};

// The backups of one database: the folder "backups" beside it, the names in it, and which
// daily backups are kept. The rules are pure functions of the file names, so they can be tested
// without a clock or a disk.
class BackupFolder
{
public:
    static constexpr int keptDays = 14;
    static constexpr int keptMonths = 12;

    explicit BackupFolder(const QString &databasePath);

    QString path() const { return m_path; }
    QString baseName() const { return m_base; }
    // Creates the folder, owner-only, when it is missing. False with a translated message otherwise.
    bool create(QString *error) const;

    // A path in the folder for a new backup made at `when`, not taken yet (a second later when one
    // already is).
    QString newBackupPath(BackupKind kind, const QDateTime &when) const;
    // The file names in the folder that are this database's backups, of any kind.
    QStringList backups() const;
    bool hasDailyBackupOn(const QDate &day) const;
    // Deletes the daily backups the retention rule lets go, and half-written files a crash left
    // behind more than a day ago. Returns the names it deleted.
    QStringList prune(const QDateTime &now) const;

    static QString fileName(const QString &base, BackupKind kind, const QDateTime &when);
    // Empty when `fileName` is not a backup of the database called `base`.
    static std::optional<BackupName> parse(const QString &base, const QString &fileName);
    // The retention rule: of the daily backups among `fileNames`, keeps the newest of each of the
    // last `keptDays` days that have one and the newest of each of the last `keptMonths` months
    // that have one, and returns the others. Manual and before-restore backups, and names that are
    // not this database's backups, are never returned.
    static QStringList toPrune(const QString &base, const QStringList &fileNames);

private:
    QString m_path;
    QString m_base;
};

// Empty when `database` is a file on this computer that can be backed up and restored here;
// otherwise why not, translated (a PostgreSQL server's backups are the server's job).
QString backupUnavailableReason(Database &database);

// Makes a copy of the open SQLite database at `targetPath` with VACUUM INTO, safe while other
// desks read and write. The copy is written under a temporary name in the same folder, checked
// (integrity, application id, schema version), synced to disk, and only then renamed into place,
// so a failed or half-written backup never carries a backup's name. Owner-only permissions.
// An existing file at `targetPath` is replaced. False with a translated message on failure.
bool backUp(Database &database, const QString &targetPath, QString *error);

// What the start of the day does: one daily backup when there is none from today yet, then the
// old ones pruned. Only lists the folder when a backup is not due.
struct DailyBackup
{
    enum class Outcome { NotDue, Made, Failed, NotApplicable };
    Outcome outcome = Outcome::NotDue;
    QString path; // the backup made
    QStringList pruned; // file names deleted by the retention rule
    QString error; // translated, when Failed
};
DailyBackup dailyBackupIfDue(Database &database, const QDateTime &now = QDateTime::currentDateTime());
// The same on a connection of its own to the SQLite file at `databasePath` (for a worker thread).
DailyBackup dailyBackupIfDue(const QString &databasePath, const QDateTime &now = QDateTime::currentDateTime());

// What a file chosen for a restore is, found without changing it: a copy is inspected, read-only.
struct BackupCheck
{
    enum class Status {
        Good,
        OlderVersion, // made by an earlier version: restoring brings it up to date
        NotAFile,
        CannotRead,
        NotSqlite,
        Damaged,
        OtherProgram,
        TooNew,
    };
    Status status = Status::NotAFile;
    QString message; // translated
    QDateTime madeAt; // from the name when it is a backup's name, else the file's modification time
    qint64 size = 0;
    int patients = -1; // archived ones included
    int archivedPatients = -1;
    int schemaVersion = 0;

    bool canRestore() const { return status == Status::Good || status == Status::OlderVersion; }
};
BackupCheck checkBackupFile(const QString &path);

// Replaces the open SQLite database with the backup at `backupPath`. In order: the file is copied
// beside the database and that copy is checked (what is checked is what is put in place); a
// before-restore backup of the current data is made (its path in `safetyCopyPath`; never
// pruned); the database is checkpointed and closed; the copy replaces it with one rename; the
// same Database object opens it again (migrating an older one) and the data steps run. On any
// failure the original is put back and opened again. Refused, with nothing changed, on a
// PostgreSQL server, or when another program still has the file open.
bool restore(Database &database, const QString &backupPath, QString *safetyCopyPath, QString *error);

} // namespace rp
