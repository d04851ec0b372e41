// Backups: names and the retention rule, copies made while other desks read and write, the daily
// backup at start, the checks on a file chosen for a restore, and a restore that gives back every
// row of every table, or changes nothing at all.
#include "testdb.h"
#include "testutil.h"

#include "core/planner.h"
#include "storage/backup.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "storage/libraryrepository.h"
#include "storage/migrations.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"
#include "storage/upkeep.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace rp;

namespace {

// A bare connection of the test's own, as another desk or another program would have.
class RawConnection
{
public:
    RawConnection(const QString &path, const QString &name, bool readOnly = false)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(v.toByteArray().toHex()));
    case QMetaType::Double:
        return QStringLiteral("r%1").arg(v.toDouble(), 0, 'g', 17);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QStringLiteral("i%1").arg(v.toLongLong());
    default:
        return QStringLiteral("'%1'").arg(v.toString());
    }
}

// Every row of every table (read from sqlite_master, so tables added later are covered), each
// table's rows sorted, plus the schema and its version.
QMap<QString, QStringList> dump(const QSqlDatabase &db)
{
    QMap<QString, QStringList> out;
    QSqlQuery q(db);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))) {
        out.insert(QStringLiteral("@error"), {q.lastError().text()});
        return out;
    }
    while (q.next()) {
        out[QStringLiteral("@schema")] << q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                + q.value(2).toString();
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        out[QStringLiteral("@user_version")] << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            rows << QStringLiteral("@error ") + q.lastError().text();
        } else {
            while (q.next()) {
                const QSqlRecord record = q.record();
                QStringList cells;
                for (int i = 0; i < record.count(); ++i)
                    cells << record.fieldName(i) + u'=' + cell(record.value(i));
                rows << cells.join(QStringLiteral(" | "));
            }
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

QMap<QString, QStringList> dumpFile(const QString &path)
{
    static int n = 0;
    RawConnection raw(path, QStringLiteral("dump-%1").arg(++n), true);
    if (!raw.isOpen())
        return {{QStringLiteral("@error"), {QStringLiteral("cannot open")}}};
    return dump(raw.db());
}

void compareDumps(const QMap<QString, QStringList> &actual, const QMap<QString, QStringList> &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList rows = actual.value(it.key());
        if (rows != it.value())
            qWarning("table %s differs", qPrintable(it.key()));
        QCOMPARE(rows, it.value());
    }
}

QByteArray awkwardBytes()
{
    static const char bytes[] = "\x89PNG\r\n\x1a\n\0\xff\xfe{\"a\":1}";
    return QByteArray(bytes, sizeof bytes - 1);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A SQLite file made without the app, with the given header values and a table.
void makeSqlite(const QString &file, int appId, int version)
{
    RawConnection raw(file, QStringLiteral("maker"));
    QVERIFY(raw.isOpen());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(appId)));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

bool ownerOnly(const QString &path)
{
    const auto p = QFileInfo(path).permissions();
    return p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner)
        && !(p
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                | QFile::ExeOther));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestDatabases m_dbs;
    int m_n = 0;
    QString m_folder; // this test's own folder: backups go beside the database
    std::unique_ptr<Database> m_db;
    Planner m_planner{content::builtInItems()};

    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }
    QString livePath() const { return path(QStringLiteral("recovery-planner.sqlite")); }
    QString backupsPath() const { return path(QStringLiteral("backups")); }

    static QDateTime at(int y, int m, int d, int hh = 9, int mm = 30, int ss = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(hh, mm, ss));
    }
    static QString daily(const QDateTime &t)
    {
        return BackupFolder::fileName(QStringLiteral("recovery-planner"), BackupKind::Daily, t);
    }

    // The database as the app opens it, with something in every table.
    void openFilled()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(livePath()), qPrintable(m_db->errorMessage()));
        QString message;
        QVERIFY2(bringDataUpToDate(*m_db, &message), qPrintable(message));

        PatientRepository patients(*m_db);
        Patient chan = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"),
            QStringLiteral("HK-0001"), QStringLiteral("6123 4567"));
        chan.notes = QStringLiteral("怕冷，喜熱飲。\nPrefers rose tea.");
        chan.constitution = Constitution::Cold;
        chan.patterns = {Pattern::QiBloodDeficiency, Pattern::KidneyYangDeficiency};
        chan.conditions = {Condition::Diabetes};
        chan.losses << test::makeLoss(QDate(2026, 11, 1))
                    << test::makeLoss(QDate(2025, 3, 5), LossKind::Miscarriage, 10);
        QVERIFY2(patients.save(chan), qPrintable(patients.lastError().detail));
        Patient wong = test::makePatient(QStringLiteral("Wong Ka Yan"), QStringLiteral("王嘉欣"));
        wong.losses << test::makeLoss(QDate(2026, 10, 20));
        QVERIFY(patients.save(wong));
        Patient lee = test::makePatient(QString(), QStringLiteral("李小芳"), QStringLiteral("HK-0003"));
        QVERIFY(patients.save(lee));
        QVERIFY(patients.setArchived(lee.id, true));

        PlanRepository plans(*m_db);
        PlanPatient pp = PlanPatient::forLoss(chan, chan.losses.constLast().id);
        PlanSettings settings = Planner::defaultSettings(pp.loss);
        settings.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        Plan plan = m_planner.generate(pp, settings);
        plan.patientId = chan.id;
        plan.lossId = pp.loss.id;
        plan.title = QStringLiteral("After the loss of 1 Nov · 十一月");
        plan.day(5)->notes = QStringLiteral("Prefers rose tea; 怕冷。");
        plan.day(4)->locked = true;
        QVERIFY2(plans.save(plan), qPrintable(plans.lastError().detail));
        qint64 templateId = 0;
        QVERIFY(plans.saveAsTemplate(plan, QStringLiteral("Cold constitution"), &templateId));

        ClinicRepository clinic(*m_db);
        ClinicInfo info;
        info.nameEn = QStringLiteral("Harbour TCM Clinic");
        info.nameZh = QStringLiteral("海港中醫診所");
        info.phone = QStringLiteral("+852 2345 6789");
        info.logo = awkwardBytes();
        QVERIFY(clinic.save(info));

        PrintHistoryRepository history(*m_db);
        PrintRecord record;
        record.patientId = chan.id;
        record.planTitle = plan.title;
        record.options.documents = {PrintDocument::Diet, PrintDocument::Calendar};
        record.options.language = PrintLanguage::EnglishTraditional;
        record.output = PrintOutput::Pdf;
        record.fileName = QStringLiteral("/home/clinic/陳美玲 plan.pdf");
        record.snapshot = awkwardBytes();
        QVERIFY(history.record(record));

        LibraryRepository library(*m_db);
        QVERIFY2(library.setHidden(QStringLiteral("sheng-hua-tang"), true), qPrintable(library.lastError().detail));
    }

    // Changes to every kind of data, after a backup.
    void changeEverything()
    {
        PatientRepository patients(*m_db);
        const auto all = patients.find({QString(), true});
        QVERIFY(!all.isEmpty());
        Patient added = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"));
        QVERIFY(patients.save(added));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM print_history")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM plans")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM clinic_settings")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM patients WHERE id = %1").arg(all.constFirst().id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET notes = 'changed after the backup'")));
    }

    QByteArray liveHash() const { return test::fileHash(livePath()); }

    // A backup made by an earlier version: the schema one step back, with a patient in it.
    void makeOlderBackup(const QString &file, const std::function<void(QSqlQuery &)> &extra = {})
    {
        RawConnection raw(file, QStringLiteral("older"));
        QVERIFY(raw.isOpen());
        QString error;
        QVERIFY2(migrate(raw.db(), latestSchemaVersion() - 1, &error), qPrintable(error));
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO patients (name_en, name_zh, created_at, updated_at) "
                           "VALUES ('Leung Oi Ling', '梁愛玲', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")));
        if (extra)
            extra(q);
    }

private slots:
    void init()
    {
        // The *_postgresql run checks only that a server's database is refused; everything else
        // is about files.
        const bool serverTest = qstrcmp(QTest::currentTestFunction(), "refusedOnAServer") == 0;
        if (m_dbs.isServer() && !serverTest)
            QSKIP("A database file's backups: tst_backup_sqlite runs this.");
        if (!m_dbs.isServer() && serverTest)
            QSKIP("Needs the PostgreSQL server: tst_backup_postgresql runs this.");
        // Closing for a restore leaves no connection behind: no "still in use" on the terminal.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
        m_folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QVERIFY(QDir().mkpath(m_folder));
    }
    void cleanup() { m_db.reset(); }

    // -- Names and retention (no disk)

    void namesRoundTrip()
    {
        const QDateTime t = at(2026, 11, 25, 9, 30, 0);
        const QString base = QStringLiteral("recovery-planner");
        QCOMPARE(BackupFolder::fileName(base, BackupKind::Daily, t),
            QStringLiteral("recovery-planner-2026-11-25T093000.sqlite"));
        QCOMPARE(BackupFolder::fileName(base, BackupKind::Manual, t),
            QStringLiteral("recovery-planner-2026-11-25T093000-manual.sqlite"));
        QCOMPARE(BackupFolder::fileName(base, BackupKind::BeforeRestore, t),
            QStringLiteral("recovery-planner-2026-11-25T093000-before-restore.sqlite"));
        for (BackupKind kind : {BackupKind::Daily, BackupKind::Manual, BackupKind::BeforeRestore}) {
            const auto parsed = BackupFolder::parse(base, BackupFolder::fileName(base, kind, t));
            QVERIFY(parsed);
            QCOMPARE(parsed->madeAt, t);
            QCOMPARE(parsed->kind, kind);
        }
        for (const char *name : {"recovery-planner.sqlite", "notes.txt", "recovery-planner-2026-13-01T093000.sqlite",
                 "recovery-planner-2026-11-25T253000.sqlite", "recovery-planner-2026-11-25.sqlite",
                 "recovery-planner-2026-11-25T093000-copy.sqlite",
                 "recovery-planner-2026-11-25T093000.sqlite.partial-0123abcd", "demo-2026-11-25T093000.sqlite",
                 "recovery-planner-2026-11-25T093000.SQLITE"})
            QVERIFY2(!BackupFolder::parse(base, QString::fromUtf8(name)), name);
        // Another database in the same folder has backups of its own.
        QVERIFY(BackupFolder::parse(QStringLiteral("demo"), QStringLiteral("demo-2026-11-25T093000.sqlite")));
    }

    void keepsFourteenDaysAndTwelveMonths()
    {
        // Two daily backups a day (a second desk started later), every day for almost two years.
        QStringList names;
        for (QDate d(2025, 1, 1); d <= QDate(2026, 11, 25); d = d.addDays(1))
            names << daily(QDateTime(d, QTime(9, 30))) << daily(QDateTime(d, QTime(14, 5, 7)));
        QStringList kept;
        for (QDate d(2026, 11, 12); d <= QDate(2026, 11, 25); d = d.addDays(1))
            kept << daily(QDateTime(d, QTime(14, 5, 7)));
        for (QDate m(2025, 12, 1); m < QDate(2026, 11, 1); m = m.addMonths(1))
            kept << daily(QDateTime(QDate(m.year(), m.month(), m.daysInMonth()), QTime(14, 5, 7)));
        QCOMPARE(kept.size(), 14 + 11);

        const QStringList pruned = BackupFolder::toPrune(QStringLiteral("recovery-planner"), names);
        QSet<QString> expected(names.cbegin(), names.cend());
        for (const QString &k : std::as_const(kept))
            expected.remove(k);
        QCOMPARE(QSet<QString>(pruned.cbegin(), pruned.cend()), expected);
        QCOMPARE(pruned.size(), names.size() - kept.size());
        // Pruning what is left lets nothing else go.
        QStringList left = names;
        for (const QString &p : pruned)
            left.removeOne(p);
        QVERIFY(BackupFolder::toPrune(QStringLiteral("recovery-planner"), left).isEmpty());
    }

    void countsDaysThatHaveBackupsNotCalendarDays()
    {
        // The clinic opens every third day: the fourteen backup days reach back six weeks.
        QStringList names;
        for (int i = 0; i < 30; ++i)
            names << daily(at(2026, 11, 25).addDays(-3 * i));
        QCOMPARE(QFileInfo(names.at(19)).fileName(), daily(at(2026, 9, 29)));
        QCOMPARE(QFileInfo(names.at(29)).fileName(), daily(at(2026, 8, 30)));
        QStringList expected;
        for (int i = 0; i < 30; ++i) {
            // Kept: the 14 newest days, September's newest (29 Sep) and August's only one.
            if (i >= 14 && i != 19 && i != 29)
                expected << names.at(i);
        }
        expected.sort();
        QCOMPARE(BackupFolder::toPrune(QStringLiteral("recovery-planner"), names), expected);
    }

    void manualBackupsAndOtherFilesAreNeverPruned()
    {
        QStringList names;
        for (int i = 0; i < 400; ++i)
            names << daily(at(2026, 11, 25).addDays(-i));
        const QStringList untouchable = {
            BackupFolder::fileName(QStringLiteral("recovery-planner"), BackupKind::Manual, at(2020, 1, 1)),
            BackupFolder::fileName(QStringLiteral("recovery-planner"), BackupKind::BeforeRestore, at(2020, 1, 2)),
            QStringLiteral("recovery-planner.sqlite"),
            QStringLiteral("notes.txt"),
            QStringLiteral("demo-2020-01-01T093000.sqlite"),
            QStringLiteral("recovery-planner-2020-01-01T093000 (copy).sqlite"),
            QStringLiteral("my own backup.sqlite"),
        };
        names += untouchable;
        const QStringList pruned = BackupFolder::toPrune(QStringLiteral("recovery-planner"), names);
        QCOMPARE(pruned.size(), 400 - 14 - 11);
        for (const QString &u : untouchable)
            QVERIFY2(!pruned.contains(u), qPrintable(u));
    }

    void pruneOnDiskDeletesOnlyWhatTheRuleSays()
    {
        const QString folder = backupsPath();
        QVERIFY(QDir().mkpath(folder));
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names << daily(at(2026, 11, 25).addDays(-i));
        const QString manual
            = BackupFolder::fileName(QStringLiteral("recovery-planner"), BackupKind::Manual, at(2025, 1, 1));
        const QString stalePartial = daily(at(2026, 1, 1)) + QStringLiteral(".partial-0123abcd");
        const QString freshPartial = daily(at(2026, 11, 25, 10)) + QStringLiteral(".partial-89abcdef");
        for (const QString &n : names + QStringList{manual, stalePartial, freshPartial, QStringLiteral("notes.txt")})
            writeFile(QDir(folder).filePath(n), "x");
        QFile stale(QDir(folder).filePath(stalePartial));
        QVERIFY(stale.open(QIODevice::ReadWrite));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
        stale.close();

        const BackupFolder backups(livePath());
        QCOMPARE(backups.path(), folder);
        const QStringList expected = BackupFolder::toPrune(QStringLiteral("recovery-planner"), names);
        const QStringList deleted = backups.prune(QDateTime::currentDateTime());
        QCOMPARE(deleted.size(), expected.size() + 1);
        for (const QString &e : expected)
            QVERIFY(!QFile::exists(QDir(folder).filePath(e)));
        QVERIFY(!QFile::exists(QDir(folder).filePath(stalePartial)));
        QVERIFY(QFile::exists(QDir(folder).filePath(freshPartial)));
        QVERIFY(QFile::exists(QDir(folder).filePath(manual)));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
        QCOMPARE(backups.backups().size(), 14 + 1 + 1); // 14 days, the month before, the manual one
        QVERIFY(backups.hasDailyBackupOn(QDate(2026, 11, 25)));
        QVERIFY(!backups.hasDailyBackupOn(QDate(2025, 1, 1))); // only a manual one that day
    }

    void newNamesAreNeverTaken()
    {
        const BackupFolder backups(livePath());
        QVERIFY(QDir().mkpath(backups.path()));
        const QString first = backups.newBackupPath(BackupKind::Manual, at(2026, 11, 25, 9, 30, 0));
        writeFile(first, "x");
        const QString second = backups.newBackupPath(BackupKind::Manual, at(2026, 11, 25, 9, 30, 0));
        QVERIFY(second != first);
        QCOMPARE(
            BackupFolder::parse(backups.baseName(), QFileInfo(second).fileName())->madeAt, at(2026, 11, 25, 9, 30, 1));
    }

    // -- Backing up

    void backUpMakesACheckedOwnerOnlyCopy()
    {
        openFilled();
        const BackupFolder backups(livePath());
        QString error;
        QVERIFY(backups.create(&error));
        QVERIFY(ownerOnly(backups.path()));
        const QString target = backups.newBackupPath(BackupKind::Manual, QDateTime::currentDateTime());
        QVERIFY2(backUp(*m_db, target, &error), qPrintable(error));
        QVERIFY(ownerOnly(target));
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files | QDir::Hidden), {QFileInfo(target).fileName()});

        const BackupCheck check = checkBackupFile(target);
        QCOMPARE(check.status, BackupCheck::Status::Good);
        QCOMPARE(check.patients, 3);
        QCOMPARE(check.schemaVersion, latestSchemaVersion());
        QCOMPARE(check.size, QFileInfo(target).size());
        compareDumps(dumpFile(target), dump(m_db->connection()));

        // Backing up again onto the same name replaces it with a good copy.
        QVERIFY2(backUp(*m_db, target, &error), qPrintable(error));
        QCOMPARE(checkBackupFile(target).status, BackupCheck::Status::Good);
    }

    void backUpRefusesTheDatabaseItself()
    {
        openFilled();
        const QByteArray before = liveHash();
        QString error;
        QVERIFY(!backUp(*m_db, livePath(), &error));
        QVERIFY(error.contains(QLatin1String("database in use")));
        QVERIFY(!backUp(*m_db, livePath() + QStringLiteral("-wal"), &error));
        QCOMPARE(liveHash(), before);
        QVERIFY(!backUp(*m_db, m_folder, &error));
        // A folder that is not there: nothing is left behind anywhere.
        QVERIFY(!backUp(*m_db, path(QStringLiteral("missing/backup.sqlite")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
    }

    void backUpWhileAnotherDeskReadsAndWrites()
    {
        openFilled();
        const QString live = livePath();
        QString error;

        // A desk in the middle of a long read.
        {
            RawConnection reader(live, QStringLiteral("reader"));
            QSqlQuery r(reader.db());
            QVERIFY(r.exec(QStringLiteral("BEGIN")));
            QVERIFY(r.exec(QStringLiteral("SELECT count(*) FROM patients")) && r.next());
            const QString target = path(QStringLiteral("while-reading.sqlite"));
            QVERIFY2(backUp(*m_db, target, &error), qPrintable(error));
            QCOMPARE(checkBackupFile(target).status, BackupCheck::Status::Good);
            QVERIFY(r.exec(QStringLiteral("COMMIT")));
        }

        // A desk holding the write lock with a change it has not committed: the backup has the
        // committed data only.
        {
            RawConnection writer(live, QStringLiteral("writer"));
            QSqlQuery w(writer.db());
            QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(w.exec(QStringLiteral("INSERT INTO patients (name_en, created_at, updated_at) "
                                          "VALUES ('Uncommitted', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
            const QString target = path(QStringLiteral("while-writing.sqlite"));
            QVERIFY2(backUp(*m_db, target, &error), qPrintable(error));
            const BackupCheck check = checkBackupFile(target);
            QCOMPARE(check.status, BackupCheck::Status::Good);
            QCOMPARE(check.patients, 3);
            QVERIFY(w.exec(QStringLiteral("ROLLBACK")));
        }

        // A desk committing as fast as it can the whole time.
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        QThread *thread = QThread::create([&] {
            RawConnection desk(live, QStringLiteral("busy-desk"));
            QSqlQuery q(desk.db());
            while (!stop) {
                if (q.exec(QStringLiteral("INSERT INTO patients (name_en, created_at, updated_at) VALUES "
                                          "('Busy desk', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
                    ++written;
            }
        });
        thread->start();
        QTRY_VERIFY(written > 5);
        for (int i = 0; i < 3; ++i) {
            const QString target = path(QStringLiteral("while-busy-%1.sqlite").arg(i));
            QVERIFY2(backUp(*m_db, target, &error), qPrintable(error));
            const BackupCheck check = checkBackupFile(target);
            QCOMPARE(check.status, BackupCheck::Status::Good);
            QVERIFY(check.patients >= 3);
        }
        stop = true;
        thread->wait();
        delete thread;
        QVERIFY(written > 5);
    }

    // -- The daily backup

    void dailyBackupOncePerDayThenPruned()
    {
        openFilled();
        // Old daily backups from earlier starts (their contents do not matter to pruning).
        QVERIFY(QDir().mkpath(backupsPath()));
        for (int i = 1; i <= 30; ++i)
            writeFile(QDir(backupsPath()).filePath(daily(at(2026, 11, 25).addDays(-i))), "old");

        const QDateTime morning = at(2026, 11, 25, 9, 0, 0);
        DailyBackup first = dailyBackupIfDue(*m_db, morning);
        QCOMPARE(first.outcome, DailyBackup::Outcome::Made);
        QCOMPARE(QFileInfo(first.path).fileName(), daily(morning));
        QCOMPARE(checkBackupFile(first.path).status, BackupCheck::Status::Good);
        QVERIFY(ownerOnly(first.path));
        QCOMPARE(first.pruned.size(), 30 - 13 - 1); // 13 earlier days kept, and October's newest
        QVERIFY(first.error.isEmpty());

        const DailyBackup again = dailyBackupIfDue(*m_db, at(2026, 11, 25, 17, 0, 0));
        QCOMPARE(again.outcome, DailyBackup::Outcome::NotDue);
        QVERIFY(again.path.isEmpty());

        const DailyBackup tomorrow = dailyBackupIfDue(*m_db, at(2026, 11, 26, 8, 0, 0));
        QCOMPARE(tomorrow.outcome, DailyBackup::Outcome::Made);
        QCOMPARE(BackupFolder(livePath()).backups().size(), 14 + 1);
    }

    void dailyBackupFailsCalmly()
    {
        openFilled();
        writeFile(backupsPath(), "a file where the folder should be");
        const QByteArray before = test::fileHash(backupsPath());
        const DailyBackup result = dailyBackupIfDue(*m_db, QDateTime::currentDateTime());
        QCOMPARE(result.outcome, DailyBackup::Outcome::Failed);
        QVERIFY(result.error.contains(QLatin1String("Nothing was lost")));
        QCOMPARE(test::fileHash(backupsPath()), before);
        // The database goes on working.
        PatientRepository patients(*m_db);
        QCOMPARE(patients.count(true), 3);
    }

    // -- Checking a file chosen for a restore

    void checkTellsWhatAFileIs()
    {
        openFilled();
        QString error;
        const QString good = path(QStringLiteral("recovery-planner-2026-11-25T093000-manual.sqlite"));
        QVERIFY2(backUp(*m_db, good, &error), qPrintable(error));
        const BackupCheck check = checkBackupFile(good);
        QCOMPARE(check.status, BackupCheck::Status::Good);
        QVERIFY(check.canRestore());
        QCOMPARE(check.madeAt, at(2026, 11, 25, 9, 30, 0)); // from the name, not the file's time
        QCOMPARE(check.patients, 3);

        QCOMPARE(checkBackupFile(path(QStringLiteral("nothing-here.sqlite"))).status, BackupCheck::Status::NotAFile);
        QCOMPARE(checkBackupFile(m_folder).status, BackupCheck::Status::NotAFile);

        const QString text = path(QStringLiteral("letter.sqlite"));
        writeFile(text, "Dear Dr Wong,\nthis is not a database.\n");
        QCOMPARE(checkBackupFile(text).status, BackupCheck::Status::NotSqlite);
        const QString empty = path(QStringLiteral("empty.sqlite"));
        writeFile(empty, QByteArray());
        QCOMPARE(checkBackupFile(empty).status, BackupCheck::Status::NotSqlite);

        const QString other = path(QStringLiteral("other.sqlite"));
        makeSqlite(other, 0, 0);
        QCOMPARE(checkBackupFile(other).status, BackupCheck::Status::OtherProgram);
        const QString tagged = path(QStringLiteral("tagged.sqlite"));
        makeSqlite(tagged, 0x12345678, 3);
        QCOMPARE(checkBackupFile(tagged).status, BackupCheck::Status::OtherProgram);

        const QString newer = path(QStringLiteral("newer.sqlite"));
        makeSqlite(newer, applicationId, latestSchemaVersion() + 1);
        const BackupCheck tooNew = checkBackupFile(newer);
        QCOMPARE(tooNew.status, BackupCheck::Status::TooNew);
        QVERIFY(tooNew.message.contains(QString::number(latestSchemaVersion() + 1)));
        QVERIFY(!tooNew.canRestore());

        const QString older = path(QStringLiteral("older.sqlite"));
        makeOlderBackup(older);
        const BackupCheck olderCheck = checkBackupFile(older);
        QCOMPARE(olderCheck.status, BackupCheck::Status::OlderVersion);
        QVERIFY(olderCheck.canRestore());
        QCOMPARE(olderCheck.patients, 1);
        QCOMPARE(olderCheck.schemaVersion, latestSchemaVersion() - 1);

        const QString damaged = path(QStringLiteral("damaged.sqlite"));
        makeDamagedCopy(good, damaged);
        QCOMPARE(checkBackupFile(damaged).status, BackupCheck::Status::Damaged);
    }

    // Looking at a file never changes it, nor its -wal (a live database copied by hand).
    void checkNeverTouchesTheChosenFile()
    {
        const QString original = path(QStringLiteral("walsource.sqlite"));
        const QString file = path(QStringLiteral("walcopy.sqlite"));
        {
            RawConnection raw(original, QStringLiteral("walmaker"));
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QString error;
            QVERIFY2(migrate(raw.db(), latestSchemaVersion(), &error), qPrintable(error));
            QVERIFY(QFile::copy(original, file));
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
        const QByteArray mainBefore = test::fileHash(file);
        const QByteArray walBefore = test::fileHash(file + QStringLiteral("-wal"));
        const auto timeBefore = QFileInfo(file).lastModified();
        checkBackupFile(file);
        QCOMPARE(test::fileHash(file), mainBefore);
        QCOMPARE(test::fileHash(file + QStringLiteral("-wal")), walBefore);
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
        QCOMPARE(QFileInfo(file).lastModified(), timeBefore);
    }

    // -- Restoring

    void restoreGivesBackEveryRowOfEveryTable()
    {
        openFilled();
        const auto original = dump(m_db->connection());
        QVERIFY(original.value(QStringLiteral("patients")).size() == 3);
        QVERIFY(!original.value(QStringLiteral("plan_items")).isEmpty());
        QVERIFY(!original.value(QStringLiteral("print_history")).isEmpty());
        QVERIFY(!original.value(QStringLiteral("clinic_settings")).isEmpty());

        const BackupFolder backups(livePath());
        QString error;
        QVERIFY(backups.create(&error));
        const QString backup = backups.newBackupPath(BackupKind::Manual, QDateTime::currentDateTime());
        QVERIFY2(backUp(*m_db, backup, &error), qPrintable(error));
        compareDumps(dumpFile(backup), original);

        // Repositories made before the restore go on working after it: they hold the same Database.
        PatientRepository patients(*m_db);
        changeEverything();
        const auto changed = dump(m_db->connection());
        QVERIFY(changed != original);
        QCOMPARE(patients.count(true), 3);

        QString safety;
        QVERIFY2(restore(*m_db, backup, &safety, &error), qPrintable(error));
        QVERIFY(m_db->isOpen());
        compareDumps(dump(m_db->connection()), original);
        compareDumps(dump(m_db->connection()), dumpFile(backup));

        // The safety copy holds what was there just before, and is never pruned.
        QVERIFY(QFile::exists(safety));
        QCOMPARE(QFileInfo(safety).absolutePath(), backups.path());
        QCOMPARE(
            BackupFolder::parse(backups.baseName(), QFileInfo(safety).fileName())->kind, BackupKind::BeforeRestore);
        QVERIFY(ownerOnly(safety));
        compareDumps(dumpFile(safety), changed);
        QVERIFY(!BackupFolder::toPrune(backups.baseName(), backups.backups()).contains(QFileInfo(safety).fileName()));

        // Nothing is left beside the database but the database, its log and the backups.
        QStringList left = QDir(m_folder).entryList(QDir::Files | QDir::Hidden);
        left.removeAll(QStringLiteral("recovery-planner.sqlite"));
        left.removeAll(QStringLiteral("recovery-planner.sqlite-wal"));
        left.removeAll(QStringLiteral("recovery-planner.sqlite-shm"));
        QCOMPARE(left, QStringList());
        QVERIFY(ownerOnly(livePath()));

        // The restored database works: the old repository reads it and saves to it.
        QCOMPARE(patients.count(true), 3);
        Patient added = test::makePatient(QStringLiteral("After Restore"), QStringLiteral("復原後"));
        QVERIFY(patients.save(added));
        m_db->close();
        Database again;
        QVERIFY2(again.open(livePath()), qPrintable(again.errorMessage()));
        QCOMPARE(PatientRepository(again).count(true), 4);
    }

    void restoreRefusesBadFilesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("damaged") << QStringLiteral("damaged");
        QTest::newRow("not SQLite") << QStringLiteral("text");
        QTest::newRow("another program's") << QStringLiteral("other");
        QTest::newRow("newer version") << QStringLiteral("newer");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("the database itself") << QStringLiteral("itself");
    }
    void restoreRefusesBadFilesAndChangesNothing()
    {
        QFETCH(QString, kind);
        openFilled();
        QString error;
        QString chosen = path(QStringLiteral("chosen.sqlite"));
        if (kind == QLatin1String("damaged")) {
            const QString good = path(QStringLiteral("good.sqlite"));
            QVERIFY2(backUp(*m_db, good, &error), qPrintable(error));
            makeDamagedCopy(good, chosen);
        } else if (kind == QLatin1String("text")) {
            writeFile(chosen, "Dear Dr Wong,\nthis is not a database.\n");
        } else if (kind == QLatin1String("other")) {
            makeSqlite(chosen, 0, 0);
        } else if (kind == QLatin1String("newer")) {
            makeSqlite(chosen, applicationId, latestSchemaVersion() + 1);
        } else if (kind == QLatin1String("itself")) {
            chosen = livePath();
        }
        const auto before = dump(m_db->connection());
        const QByteArray mainBefore = liveHash();
        const QByteArray walBefore = test::fileHash(livePath() + QStringLiteral("-wal"));
        const QByteArray chosenBefore = test::fileHash(chosen);
        const QStringList filesBefore
            = QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        QString safety = QStringLiteral("not cleared");
        QVERIFY(!restore(*m_db, chosen, &safety, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("Nothing was changed")), qPrintable(error));
        QVERIFY(safety.isEmpty());

        QVERIFY(m_db->isOpen());
        QCOMPARE(liveHash(), mainBefore);
        QCOMPARE(test::fileHash(livePath() + QStringLiteral("-wal")), walBefore);
        QCOMPARE(test::fileHash(chosen), chosenBefore);
        QCOMPARE(QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), filesBefore);
        QVERIFY(!QFileInfo::exists(backupsPath())); // no safety copy was needed
        compareDumps(dump(m_db->connection()), before);
        m_db->close();
        QVERIFY2(m_db->open(livePath()), qPrintable(m_db->errorMessage()));
        compareDumps(dump(m_db->connection()), before);
    }

    void restoreBringsAnOlderBackupUpToDate()
    {
        openFilled();
        const QString older = path(QStringLiteral("older.sqlite"));
        makeOlderBackup(older);
        QString safety, error;
        QVERIFY2(restore(*m_db, older, &safety, &error), qPrintable(error));
        QCOMPARE(schemaVersion(m_db->connection()), latestSchemaVersion());
        PatientRepository patients(*m_db);
        const auto all = patients.find({QString(), true});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().nameZh, QStringLiteral("梁愛玲"));
        // Searching works at once: the data steps ran too.
        QCOMPARE(patients.find({QStringLiteral("愛玲"), true}).size(), 1);
        QCOMPARE(dumpFile(safety).value(QStringLiteral("patients")).size(), 3);
    }

    // A backup that passes every check but cannot be brought up to date: the original goes back.
    void restorePutsTheOriginalBackWhenTheBackupWillNotOpen()
    {
        const Migration last = builtInMigrations().constLast();
        const auto created = QRegularExpression(QStringLiteral("CREATE TABLE (?!IF\\b)(\\w+)")).match(last.sql);
        if (!created.hasMatch())
            QSKIP("The newest migration creates no table to collide with.");
        openFilled();
        const QString broken = path(QStringLiteral("broken.sqlite"));
        makeOlderBackup(broken, [&](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE %1 (in_the_way TEXT)").arg(created.captured(1))));
        });
        QCOMPARE(checkBackupFile(broken).status, BackupCheck::Status::OlderVersion);
        const auto before = dump(m_db->connection());

        QString safety, error;
        QVERIFY(!restore(*m_db, broken, &safety, &error));
        QVERIFY2(error.contains(QLatin1String("put back")), qPrintable(error));
        QVERIFY(m_db->isOpen());
        compareDumps(dump(m_db->connection()), before);
        QVERIFY(QFile::exists(safety));
        QStringList left = QDir(m_folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.filter(QStringLiteral(".original-")).isEmpty(), qPrintable(left.join(u',')));
        QVERIFY2(left.filter(QStringLiteral(".restore-")).isEmpty(), qPrintable(left.join(u',')));
        PatientRepository patients(*m_db);
        QCOMPARE(patients.count(true), 3);
    }

    // Another desk still has the file open: replacing it under her would damage it.
    void restoreRefusesWhileAnotherDeskHasTheDatabaseOpen()
    {
        openFilled();
        QString error;
        const QString backup = path(QStringLiteral("backup.sqlite"));
        QVERIFY(backUp(*m_db, backup, &error));
        changeEverything();
        const auto before = dump(m_db->connection());
        {
            RawConnection desk(livePath(), QStringLiteral("other-desk"));
            QSqlQuery q(desk.db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next());
            q.finish();
            QString safety;
            QVERIFY(!restore(*m_db, backup, &safety, &error));
            QVERIFY2(error.contains(QLatin1String("still open")), qPrintable(error));
            QVERIFY(m_db->isOpen());
            compareDumps(dump(m_db->connection()), before);
            compareDumps(dumpFile(safety), before);
        }
        // Once she has closed it, the restore goes ahead.
        QString safety;
        QVERIFY2(restore(*m_db, backup, &safety, &error), qPrintable(error));
        compareDumps(dump(m_db->connection()), dumpFile(backup));
    }

    void restoreRefusesWhenNoSafetyCopyCanBeMade()
    {
        openFilled();
        QString error;
        const QString backup = path(QStringLiteral("backup.sqlite"));
        QVERIFY(backUp(*m_db, backup, &error));
        changeEverything();
        writeFile(backupsPath(), "a file where the folder should be");
        const auto before = dump(m_db->connection());
        const QByteArray mainBefore = liveHash();
        QString safety;
        QVERIFY(!restore(*m_db, backup, &safety, &error));
        QVERIFY2(error.contains(QLatin1String("safety copy")), qPrintable(error));
        QVERIFY(safety.isEmpty());
        QCOMPARE(liveHash(), mainBefore);
        compareDumps(dump(m_db->connection()), before);
    }

    // A PostgreSQL server's backups are the server's job: nothing is made, nothing replaced.
    void refusedOnAServer()
    {
        Database db;
        QVERIFY2(db.open(m_dbs.newLocation(QStringLiteral("backup"))), qPrintable(db.errorMessage()));
        QVERIFY(backupUnavailableReason(db).contains(QLatin1String("PostgreSQL")));
        QString error;
        QVERIFY(!backUp(db, path(QStringLiteral("copy.sqlite")), &error));
        QVERIFY2(error.contains(QLatin1String("PostgreSQL")), qPrintable(error));
        QCOMPARE(dailyBackupIfDue(db).outcome, DailyBackup::Outcome::NotApplicable);
        const QString file = path(QStringLiteral("backup.sqlite"));
        makeOlderBackup(file);
        QString safety;
        QVERIFY(!restore(db, file, &safety, &error));
        QVERIFY2(error.contains(QLatin1String("PostgreSQL")), qPrintable(error));
        QVERIFY(safety.isEmpty());
        QVERIFY(db.isOpen());
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), {QStringLiteral("backup.sqlite")});
    }

private:
    // A copy of a good backup with a whole page in the middle overwritten.
    void makeDamagedCopy(const QString &good, const QString &damaged)
    {
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        const int pages = int(bytes.size() / pageSize);
        QVERIFY(pages > 4);
        const int page = pages / 2;
        for (int i = 0; i < pageSize; ++i)
            bytes[page * pageSize + i] = char(bytes.at(page * pageSize + i) ^ 0x5a);
        writeFile(damaged, bytes);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
