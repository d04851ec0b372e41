#include "backup.h"

#include "database.h"
#include "migrations.h"
#include "upkeep.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

// Translation context for this file's messages (declared outside the namespace so that
// lupdate and the runtime agree on its name).
class BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

namespace rp {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool isSQLite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// <base>-<time>[-manual|-before-restore].sqlite, for any base.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(.+)-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(?:-(manual|before-restore))?\\.sqlite$"));
    return pattern;
}

// What a backup's name says, and the database base name it was made from.
std::optional<std::pair<QString, BackupName>> parseAnyName(const QString &fileName)
{
    const auto m = namePattern().match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    const QTime time(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    BackupName name;
    name.madeAt = QDateTime(date, time);
    const QString kind = m.captured(8);
    name.kind = kind.isEmpty()            ? BackupKind::Daily
        : kind == QLatin1String("manual") ? BackupKind::Manual
                                          : BackupKind::BeforeRestore;
    return std::make_pair(m.captured(1), name);
}

// Half-written files: a backup's name, then ".partial-" and eight hex digits.
const QRegularExpression &partialPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(.+\\.sqlite)\\.partial-[0-9a-f]{8}$"));
    return pattern;
}

QString randomTag()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// A name beside `path` that is not taken: "<path>.<tag>-1a2b3c4d".
QString uniqueSibling(const QString &path, const QString &tag)
{
    forever
    {
        const QString candidate = QStringLiteral("%1.%2-%3").arg(path, tag, randomTag());
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

void removeSideFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::filesystem::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// Flushes the file's contents to the disk, so a rename never publishes a file whose bytes are
// still only in memory.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return file.flush();
#endif
}

// Makes a rename in `folder` durable (POSIX: the folder's entry list is synced too).
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

// One step: `to` is replaced by `from`, or stays as it was.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(fsPath(from), fsPath(to), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    return true;
}

// Copies `from` to the new file `to` (owner-only), synced to the disk. On failure `to` is removed.
bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = out.errorString();
        return false;
    }
    QByteArray chunk;
    bool ok = true;
    while (ok && !in.atEnd()) {
        chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = in.errorString();
            ok = false;
        } else if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            ok = false;
        }
    }
    if (ok && !out.flush()) {
        *error = out.errorString();
        ok = false;
    }
    out.close();
    if (ok && !syncFile(to)) {
        *error = BackupText::tr("the copy could not be written to the disk");
        ok = false;
    }
    if (!ok)
        QFile::remove(to);
    return ok;
}

// A read-only connection of its own, removed when it goes out of scope. Every query on it must
// be gone before then.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("rp-backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

BackupCheck damaged(BackupCheck check, const QString &shown, const QString &detail)
{
    check.status = BackupCheck::Status::Damaged;
    check.message = BackupText::tr("“%1” is damaged (%2), so it cannot be restored. Nothing was changed. Choose "
                                   "another backup, for example an earlier one from the backups folder.")
                        .arg(shown, detail);
    return check;
}

// Inspects a file that is ours to open (a private copy): what it is and whether it is whole.
// `shown` is the name the practitioner knows it by.
BackupCheck inspectCopy(const QString &copy, const QString &shown, BackupCheck check)
{
    ReadOnlyConnection connection(copy);
    if (!connection.isOpen())
        return damaged(check, shown, connection.error());
    QSqlQuery q(connection.db());
    // One statement, one snapshot, as Database::inspect reads it.
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                               "(SELECT user_version FROM pragma_user_version), "
                               "(SELECT count(*) FROM sqlite_master)"))
        || !q.next())
        return damaged(check, shown, q.lastError().text());
    const int appId = q.value(0).toInt();
    check.schemaVersion = q.value(1).toInt();
    q.finish();
    if (appId != applicationId || check.schemaVersion < 1) {
        check.status = BackupCheck::Status::OtherProgram;
        check.message = BackupText::tr("“%1” is not a Recovery Planner backup: it is a database made by another "
                                       "program, or an empty one. Nothing was changed.")
                            .arg(shown);
        return check;
    }
    if (check.schemaVersion > latestSchemaVersion()) {
        check.status = BackupCheck::Status::TooNew;
        check.message = BackupText::tr("“%1” was made by a newer version of Recovery Planner (database version %2; "
                                       "this version understands up to %3). Install the newer version to restore "
                                       "it. Nothing was changed.")
                            .arg(shown)
                            .arg(check.schemaVersion)
                            .arg(latestSchemaVersion());
        return check;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return damaged(check, shown, q.lastError().text());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    q.finish();
    if (problems != QStringList{QStringLiteral("ok")})
        return damaged(check, shown, problems.isEmpty() ? QString() : problems.constFirst());
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(archived), 0) FROM patients")) || !q.next())
        return damaged(check, shown, q.lastError().text());
    check.patients = q.value(0).toInt();
    check.archivedPatients = q.value(1).toInt();
    q.finish();
    if (check.schemaVersion < latestSchemaVersion()) {
        check.status = BackupCheck::Status::OlderVersion;
        check.message = BackupText::tr("“%1” was made by an earlier version of Recovery Planner. It will be brought "
                                       "up to date when it is restored.")
                            .arg(shown);
    } else {
        check.status = BackupCheck::Status::Good;
        check.message = BackupText::tr("“%1” is a complete Recovery Planner backup.").arg(shown);
    }
    return check;
}

// Checks the file at `path` through a copy at `copyPath` (a new file), which is left behind for
// the caller: the chosen file is only ever read, and none of its -wal or -shm files is touched.
BackupCheck checkThroughCopy(const QString &path, const QString &copyPath)
{
    BackupCheck check;
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists() || !info.isFile()) {
        check.status = BackupCheck::Status::NotAFile;
        check.message
            = BackupText::tr("“%1” is not a file. Choose a backup file (its name ends in .sqlite). Nothing was "
                             "changed.")
                  .arg(shown);
        return check;
    }
    check.size = info.size();
    const auto named = parseAnyName(info.fileName());
    check.madeAt = named ? named->second.madeAt : info.lastModified();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.status = BackupCheck::Status::CannotRead;
        check.message = BackupText::tr("Recovery Planner cannot read “%1”: %2. Nothing was changed.")
                            .arg(shown, file.errorString());
        return check;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        check.status = BackupCheck::Status::NotSqlite;
        check.message = BackupText::tr("“%1” is not a Recovery Planner backup (it is not a SQLite database file). "
                                       "Nothing was changed.")
                            .arg(shown);
        return check;
    }
    QString error;
    if (!copyFile(path, copyPath, &error)) {
        check.status = BackupCheck::Status::CannotRead;
        check.message = BackupText::tr("Recovery Planner cannot read “%1”: %2. Nothing was changed.").arg(shown, error);
        return check;
    }
    check = inspectCopy(copyPath, shown, check);
    // A read-only look at a file in WAL mode leaves empty -wal and -shm files beside it.
    removeSideFiles(copyPath);
    return check;
}

QString serverBackupMessage()
{
    return BackupText::tr("This database is on a PostgreSQL server. Its backups are made and restored on the "
                          "server, by whoever looks after it (for example with pg_dump); Recovery Planner backs "
                          "up and restores only a database file on this computer. Nothing was changed.");
}

} // namespace

// -- BackupFolder

BackupFolder::BackupFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    m_path = info.absoluteDir().filePath(QStringLiteral("backups"));
    m_base = info.completeBaseName();
}

bool BackupFolder::create(QString *error) const
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return true;
    if (info.exists() || !QDir().mkpath(m_path)) {
        *error = BackupText::tr("the folder “%1” could not be created").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // Patient records: only the user may enter the folder.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

QString BackupFolder::fileName(const QString &base, BackupKind kind, const QDateTime &when)
{
    const QString suffix = kind == BackupKind::Manual ? QStringLiteral("-manual")
        : kind == BackupKind::BeforeRestore           ? QStringLiteral("-before-restore")
                                                      : QString();
    return QStringLiteral("%1-%2%3.sqlite").arg(base, when.toString(timeFormat), suffix);
}

std::optional<BackupName> BackupFolder::parse(const QString &base, const QString &fileName)
{
    const auto named = parseAnyName(fileName);
    if (!named || named->first != base)
        return std::nullopt;
    return named->second;
}

QString BackupFolder::newBackupPath(BackupKind kind, const QDateTime &when) const
{
    const QDir dir(m_path);
    QDateTime t = when;
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    QString path = dir.filePath(fileName(m_base, kind, t));
    while (QFileInfo::exists(path)) {
        t = t.addSecs(1);
        path = dir.filePath(fileName(m_base, kind, t));
    }
    return path;
}

QStringList BackupFolder::backups() const
{
    QStringList out;
    const QStringList names = QDir(m_path).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (parse(m_base, name))
            out << name;
    }
    return out;
}

bool BackupFolder::hasDailyBackupOn(const QDate &day) const
{
    const QStringList names = backups();
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
        const auto parsed = parse(m_base, name);
        return parsed->kind == BackupKind::Daily && parsed->madeAt.date() == day;
    });
}

QStringList BackupFolder::toPrune(const QString &base, const QStringList &fileNames)
{
    struct Entry
    {
        QDateTime madeAt;
        QString name;
    };
    QList<Entry> daily;
    for (const QString &name : fileNames) {
        const auto parsed = parse(base, name);
        if (parsed && parsed->kind == BackupKind::Daily)
            daily.append({parsed->madeAt, name});
    }
    // Newest first; the name breaks a tie so the result never depends on the listing's order.
    std::sort(daily.begin(), daily.end(),
        [](const Entry &a, const Entry &b) { return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.name > b.name; });
    QSet<QDate> days;
    QSet<int> months;
    QStringList out;
    for (const Entry &e : daily) {
        bool keep = false;
        const QDate day = e.madeAt.date();
        if (!days.contains(day) && days.size() < keptDays) {
            days.insert(day);
            keep = true;
        }
        const int month = day.year() * 12 + day.month();
        if (!months.contains(month) && months.size() < keptMonths) {
            months.insert(month);
            keep = true;
        }
        if (!keep)
            out << e.name;
    }
    out.sort();
    return out;
}

QStringList BackupFolder::prune(const QDateTime &now) const
{
    const QDir dir(m_path);
    QStringList deleted;
    for (const QString &name : toPrune(m_base, backups())) {
        if (QFile::remove(dir.filePath(name)))
            deleted << name;
    }
    // A backup interrupted by a crash or a power cut; one younger than a day may be another
    // desk's backup in progress.
    const QStringList all = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : all) {
        const auto m = partialPattern().match(name);
        if (m.hasMatch() && parse(m_base, m.captured(1))
            && QFileInfo(dir.filePath(name)).lastModified().secsTo(now) > 24 * 3600
            && QFile::remove(dir.filePath(name)))
            deleted << name;
    }
    return deleted;
}

// -- Backing up

QString backupUnavailableReason(Database &database)
{
    if (!database.isOpen())
        return BackupText::tr("There is no open database to back up or restore.");
    if (!isSQLite(database.connection()))
        return serverBackupMessage();
    return {};
}

bool backUp(Database &database, const QString &targetPath, QString *error)
{
    const QString shown = nativePath(targetPath);
    QSqlDatabase db = database.connection();
    if (!database.isOpen() || !db.isOpen()) {
        *error = BackupText::tr("There is no open database to back up.");
        return false;
    }
    if (!isSQLite(db)) {
        *error = serverBackupMessage();
        return false;
    }
    const QString live = QFileInfo(database.path()).absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (isSameFile(targetPath, live + QLatin1String(suffix))) {
            *error = BackupText::tr("“%1” is the database in use (or one of its own files): a backup cannot replace "
                                    "it. Choose another name or folder. Nothing was changed.")
                         .arg(shown);
            return false;
        }
    }
    const QFileInfo target(targetPath);
    if (target.isDir()) {
        *error = BackupText::tr("“%1” is a folder. Choose a file name for the backup. Nothing was changed.").arg(shown);
        return false;
    }

    // An empty file is a valid target for VACUUM INTO: creating it first gives it owner-only
    // permissions from the start.
    const QString partial = QStringLiteral("%1.partial-%2").arg(target.absoluteFilePath(), randomTag());
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = BackupText::tr("Recovery Planner cannot write in the folder “%1”: %2. Check that the folder "
                                    "exists and is writable and that the disk has space. Your data is unchanged.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()), file.errorString());
            return false;
        }
    }
    auto discard = [&partial] {
        QFile::remove(partial);
        removeSideFiles(partial);
    };

    // VACUUM INTO reads one snapshot: other desks go on reading and writing meanwhile.
    {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            *error = BackupText::tr("The backup could not be written: %1. Your data is unchanged.")
                         .arg(q.lastError().text());
            discard();
            return false;
        }
        q.addBindValue(partial);
        if (!q.exec()) {
            *error = BackupText::tr("The backup could not be written: %1. Check that the disk has space. Your "
                                    "data is unchanged.")
                         .arg(q.lastError().text());
            discard();
            return false;
        }
    }

    const BackupCheck check = inspectCopy(partial, shown, BackupCheck());
    removeSideFiles(partial);
    if (!check.canRestore() || check.schemaVersion != schemaVersion(db)) {
        *error = BackupText::tr("The backup was written but did not pass its check (%1), so it was removed. "
                                "Your data is unchanged; try again, or choose another disk.")
                     .arg(check.message);
        discard();
        return false;
    }
    QString why;
    if (!syncFile(partial) || !replaceFile(partial, target.absoluteFilePath(), &why)) {
        *error = BackupText::tr("The backup could not be saved as “%1”: %2. Your data is unchanged.")
                     .arg(shown, why.isEmpty() ? BackupText::tr("it could not be written to the disk") : why);
        discard();
        return false;
    }
    syncFolder(target.absolutePath());
    return true;
}

DailyBackup dailyBackupIfDue(Database &database, const QDateTime &now)
{
    DailyBackup result;
    if (!database.isOpen() || !isSQLite(database.connection())) {
        result.outcome = DailyBackup::Outcome::NotApplicable;
        return result;
    }
    const BackupFolder folder(database.path());
    if (folder.hasDailyBackupOn(now.date())) {
        result.outcome = DailyBackup::Outcome::NotDue;
        return result;
    }
    QString why;
    if (folder.create(&why)) {
        result.path = folder.newBackupPath(BackupKind::Daily, now);
        if (backUp(database, result.path, &why)) {
            result.outcome = DailyBackup::Outcome::Made;
            result.pruned = folder.prune(now);
            return result;
        }
    }
    result.outcome = DailyBackup::Outcome::Failed;
    result.path.clear();
    result.error = BackupText::tr("Today's automatic backup was not made: %1. Nothing was lost and you can work as "
                                  "usual; use File ▸ Back up now… to try again.")
                       .arg(why);
    return result;
}

DailyBackup dailyBackupIfDue(const QString &databasePath, const QDateTime &now)
{
    DailyBackup result;
    Database own;
    if (!own.open(databasePath)) {
        result.outcome = DailyBackup::Outcome::Failed;
        result.error = BackupText::tr("Today's automatic backup was not made: %1. Nothing was lost and you can work "
                                      "as usual; use File ▸ Back up now… to try again.")
                           .arg(own.errorMessage());
        return result;
    }
    return dailyBackupIfDue(own, now);
}

// -- Checking and restoring

BackupCheck checkBackupFile(const QString &path)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        BackupCheck check;
        check.status = BackupCheck::Status::CannotRead;
        check.message = BackupText::tr("Recovery Planner cannot check “%1”: there is no room for a temporary copy "
                                       "(%2). Nothing was changed.")
                            .arg(nativePath(path), dir.errorString());
        return check;
    }
    return checkThroughCopy(path, dir.filePath(QStringLiteral("check.sqlite")));
}

bool restore(Database &database, const QString &backupPath, QString *safetyCopyPath, QString *error)
{
    if (safetyCopyPath)
        safetyCopyPath->clear();
    if (!database.isOpen()) {
        *error = BackupText::tr("There is no open database to restore into.");
        return false;
    }
    if (!isSQLite(database.connection())) {
        *error = serverBackupMessage();
        return false;
    }
    const QString live = QFileInfo(database.path()).absoluteFilePath();
    const QString folder = QFileInfo(live).absolutePath();
    if (isSameFile(backupPath, live)) {
        *error = BackupText::tr("“%1” is the database in use, not a backup. Choose a backup file. Nothing was "
                                "changed.")
                     .arg(nativePath(backupPath));
        return false;
    }

    // What is checked is what is put in place: a copy beside the database, renamed over it later.
    const QString incoming = uniqueSibling(live, QStringLiteral("restore"));
    const BackupCheck check = checkThroughCopy(backupPath, incoming);
    if (!check.canRestore()) {
        QFile::remove(incoming);
        *error = check.message;
        return false;
    }

    const BackupFolder backups(live);
    QString why;
    const QString safety = backups.create(&why)
        ? backups.newBackupPath(BackupKind::BeforeRestore, QDateTime::currentDateTime())
        : QString();
    if (safety.isEmpty() || !backUp(database, safety, &why)) {
        QFile::remove(incoming);
        *error = BackupText::tr("The backup was not restored, because a safety copy of the current data could not "
                                "be made first: %1. Nothing was changed.")
                     .arg(why);
        return false;
    }
    if (safetyCopyPath)
        *safetyCopyPath = safety;
    const QString shownSafety = nativePath(safety);

    auto reopen = [&database, &live](QString *message) {
        if (database.open(live))
            return;
        *message += u' '
            + BackupText::tr("Recovery Planner could not open the database again (%1): quit and start it again.")
                  .arg(database.errorMessage());
    };

    // Everything in the write-ahead log goes into the file, then the file is let go. The last
    // connection to close removes the -wal and -shm files: when they are still there, another
    // window or program has the database open, and replacing the file under it would damage it.
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    database.close();
    if (QFileInfo::exists(live + QStringLiteral("-wal")) || QFileInfo::exists(live + QStringLiteral("-shm"))) {
        QFile::remove(incoming);
        *error = BackupText::tr("The backup was not restored, because the database is still open in another "
                                "Recovery Planner window or program. Close it there and try again. Nothing was "
                                "changed; a safety copy of the current data is in “%1”.")
                     .arg(shownSafety);
        reopen(error);
        return false;
    }

    // The original, byte for byte, to put back if the restored file will not open.
    const QString original = uniqueSibling(live, QStringLiteral("original"));
    if (!copyFile(live, original, &why) || !replaceFile(incoming, live, &why)) {
        QFile::remove(incoming);
        QFile::remove(original);
        *error = BackupText::tr("The backup could not be put in place: %1. Nothing was changed; a safety copy of "
                                "the current data is in “%2”.")
                     .arg(why, shownSafety);
        reopen(error);
        return false;
    }
    syncFolder(folder);

    QString problem;
    if (database.open(live) && bringDataUpToDate(database, &problem)) {
        QFile::remove(original);
        return true;
    }
    if (!database.isOpen())
        problem = database.errorMessage();
    database.close();
    // The log of the restored file must not be read as the original's.
    removeSideFiles(live);
    if (!replaceFile(original, live, &why)) {
        *error = BackupText::tr("The backup could not be opened (%1), and the data you had before could not be put "
                                "back (%2). Nothing is lost: your data is in the safety copy “%3” and in “%4”. "
                                "Restore the safety copy with File ▸ Restore from backup….")
                     .arg(problem, why, shownSafety, nativePath(original));
        reopen(error);
        return false;
    }
    syncFolder(folder);
    *error = BackupText::tr("The backup could not be opened after it was put in place (%1). The data you had "
                            "before was put back, so nothing was lost; a safety copy of it is also in “%2”.")
                 .arg(problem, shownSafety);
    reopen(error);
    return false;
}

} // namespace rp
