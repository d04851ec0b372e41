// Opening a file: what is refused, with which message, and that a refused file is untouched.
#include "testutil.h"

#include "core/settings.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <thread>

using namespace rp;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A SQLite file with the given pragmas and a table, made without the app.
    static void makeSqlite(const QString &file, int appId, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(appId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    }

private slots:
    void init()
    {
        // A refusal closes its connections cleanly: no "connection still in use" on the terminal.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
    }

    void createsFileWithOwnerOnlyPermissions()
    {
        const QString file = path(QStringLiteral("new/folder/db.sqlite"));
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorMessage()));
        QCOMPARE(db.status(), Database::Status::Open);
        const auto perms = QFileInfo(file).permissions();
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        const auto dirPerms = QFileInfo(path(QStringLiteral("new/folder"))).permissions();
        QVERIFY(!(dirPerms & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther)));
    }

    void refusesNewerDatabaseAndLeavesItUnchanged()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        makeSqlite(file, applicationId, latestSchemaVersion() + 1);
        const QByteArray before = test::fileHash(file);
        Database db;
        QVERIFY(!db.open(file));
        QCOMPARE(db.status(), Database::Status::TooNew);
        QVERIFY(db.errorMessage().contains(QLatin1String("newer version")));
        QVERIFY(db.errorMessage().contains(QString::number(latestSchemaVersion() + 1)));
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    }

    void refusesATextFileAndLeavesItUnchanged()
    {
        const QString file = path(QStringLiteral("letter.txt"));
        writeFile(file, "Dear Dr Wong,\nthis is not a database.\n");
        const QByteArray before = test::fileHash(file);
        Database db;
        QVERIFY(!db.open(file));
        QCOMPARE(db.status(), Database::Status::NotADatabase);
        QVERIFY(db.errorMessage().contains(QLatin1String("not a Recovery Planner database")));
        QCOMPARE(test::fileHash(file), before);
    }

    void refusesADamagedDatabaseAndLeavesItUnchanged()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4096, '\xff'); // a header that promises pages that are garbage
        writeFile(file, bytes);
        const QByteArray before = test::fileHash(file);
        Database db;
        QVERIFY(!db.open(file));
        QCOMPARE(db.status(), Database::Status::NotADatabase);
        QCOMPARE(test::fileHash(file), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        makeSqlite(file, 0, 0);
        const QByteArray before = test::fileHash(file);
        Database db;
        QVERIFY(!db.open(file));
        QCOMPARE(db.status(), Database::Status::OtherProgram);
        QCOMPARE(test::fileHash(file), before);

        const QString tagged = path(QStringLiteral("tagged.sqlite"));
        makeSqlite(tagged, 0x12345678, 1);
        QVERIFY(!db.open(tagged));
        QCOMPARE(db.status(), Database::Status::OtherProgram);
    }

    // Another program's database in WAL mode, with changes still in its -wal file (it crashed,
    // or was copied while open): refusing it must not checkpoint the log into it.
    void refusesAWalDatabaseWithoutTouchingItsLog()
    {
        const QString original = path(QStringLiteral("walsource.sqlite"));
        const QString file = path(QStringLiteral("walcopy.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walmaker"));
            db.setDatabaseName(original);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('only in the log')")));
            // Copy while the log still holds the changes.
            QVERIFY(QFile::copy(original, file));
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("walmaker"));
        const QByteArray mainBefore = test::fileHash(file);
        const QByteArray walBefore = test::fileHash(file + QStringLiteral("-wal"));
        QVERIFY(!walBefore.isEmpty());

        Database db;
        QVERIFY(!db.open(file));
        QCOMPARE(db.status(), Database::Status::OtherProgram);
        QCOMPARE(test::fileHash(file), mainBefore);
        QCOMPARE(test::fileHash(file + QStringLiteral("-wal")), walBefore);
    }

    // Two desks starting at the same moment on a new file: both open it, neither trips over the
    // other's migration.
    void twoDesksOpenANewFileTogether()
    {
        std::atomic<int> failures{0};
        QStringList messages;
        QMutex lock;
        for (int round = 0; round < 15; ++round) {
            const QString file = path(QStringLiteral("race%1.sqlite").arg(round));
            auto desk = [&] {
                Database db;
                if (!db.open(file)) {
                    ++failures;
                    QMutexLocker l(&lock);
                    messages << db.errorMessage();
                }
            };
            std::thread a(desk), b(desk);
            a.join();
            b.join();
        }
        QVERIFY2(failures == 0, qPrintable(messages.join(u'\n')));
    }

    void anEmptyFileBecomesOwnerOnly()
    {
        const QString file = path(QStringLiteral("empty-shared.sqlite"));
        writeFile(file, {});
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        Database db;
        QVERIFY(db.open(file));
        QVERIFY(!(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void refusesAFolder()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("afolder"));
        Database db;
        QVERIFY(!db.open(path(QStringLiteral("afolder"))));
        QCOMPARE(db.status(), Database::Status::NotADatabase);
        QVERIFY(!db.errorMessage().isEmpty());
    }

    void refusesALocationThatCannotBeCreated()
    {
        // A folder path that runs through a plain file cannot be created, even by root.
        const QString blocker = path(QStringLiteral("blocker"));
        writeFile(blocker, "x");
        Database db;
        QVERIFY(!db.open(blocker + QStringLiteral("/sub/db.sqlite")));
        QCOMPARE(db.status(), Database::Status::CannotCreate);
        QVERIFY(db.errorMessage().contains(QLatin1String("--database")));
        QCOMPARE(test::fileHash(blocker), QCryptographicHash::hash("x", QCryptographicHash::Sha256));
    }

    void acceptsAnEmptyFile()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        writeFile(file, {});
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorMessage()));
        QCOMPARE(schemaVersion(db.connection()), latestSchemaVersion());
    }

    void reopensItsOwnDatabase()
    {
        const QString file = path(QStringLiteral("own.sqlite"));
        Database first;
        QVERIFY(first.open(file));
        first.close();
        Database second;
        QVERIFY2(second.open(file), qPrintable(second.errorMessage()));
    }

    // SQLite on a network share: those file systems are told apart from local ones, a file on
    // this computer's disk is not flagged, and the warning is given once per file, remembered
    // across starts.
    void aNetworkShareIsWarnedAboutOnce()
    {
        for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p"})
            QVERIFY2(Database::isNetworkFileSystem(type), type);
        for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "fuse.gvfsd-fuse-local", ""})
            QVERIFY2(!Database::isNetworkFileSystem(type), type);

        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("local.sqlite"))));
        QVERIFY(!db.onNetworkShare());

        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString share = QStringLiteral("/mnt/clinic/recovery-planner.sqlite");
        {
            Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            QVERIFY(settings.takeNetworkShareWarning(share));
            QVERIFY(!settings.takeNetworkShareWarning(share));
            QVERIFY(settings.takeNetworkShareWarning(QStringLiteral("/mnt/other/demo.sqlite")));
        }
        Settings nextStart(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        QVERIFY(!nextStart.takeNetworkShareWarning(share));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
