// What happens to her records when things go wrong: the app killed while it writes, two desks
// writing at once, a full disk, a file that turns read-only. Committed work is never lost, and
// half-finished work never appears.
#include "testdb.h"
#include "testutil.h"

#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace rp;

class TestFaults : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;

    static QProcess *generator(const QString &location, int count, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->setProgram(QStringLiteral(RP_APP_PATH));
        p->setArguments({QStringLiteral("--database"), location, QStringLiteral("--generate-patients"),
            QString::number(count), QStringLiteral("--language"), QStringLiteral("en")});
        p->start();
        return p;
    }

    // The last "Added N of M patients." the generator printed: N patients are committed.
    static int lastReported(const QByteArray &output)
    {
        static const QRegularExpression added(QStringLiteral("Added (\\d+) of"));
        int n = 0;
        for (auto it = added.globalMatch(QString::fromUtf8(output)); it.hasNext();)
            n = it.next().captured(1).toInt();
        return n;
    }

    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    // Killed (SIGKILL: no chance to clean up) in the middle of writing batches, at three
    // different moments: the file passes integrity_check and holds every batch it reported, each
    // patient with her loss and plan, and no half batch.
    void aKilledWriterLeavesEveryCommittedRecord_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("first batch") << 1;
        QTest::newRow("a few batches") << 200;
        QTest::newRow("many batches") << 1000;
    }
    void aKilledWriterLeavesEveryCommittedRecord()
    {
        if (m_dbs.isServer())
            QSKIP("The server keeps its own files; this is about the SQLite file on the desk");
        QFETCH(int, killAfter);
        const QString location = m_dbs.newLocation(QStringLiteral("killed%1").arg(killAfter));
        QProcess *p = generator(location, 200000, this);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += p->readAllStandardOutput(), lastReported(output) >= killAfter), 60000);
        p->kill();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitStatus(), QProcess::CrashExit);
        output += p->readAllStandardOutput();
        const int reported = lastReported(output);

        Database db;
        QVERIFY2(db.open(location), qPrintable(db.errorMessage()));
        QCOMPARE(count(db.connection(),
                     QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
            0);
        const int patients = count(db.connection(), QStringLiteral("SELECT count(*) FROM patients"));
        QVERIFY2(
            patients >= reported, qPrintable(QStringLiteral("%1 stored, %2 reported").arg(patients).arg(reported)));
        QCOMPARE(patients % 50, 0); // whole batches only
        QCOMPARE(count(db.connection(), QStringLiteral("SELECT count(*) FROM plans")), patients);
        QCOMPARE(count(db.connection(),
                     QStringLiteral("SELECT count(*) FROM patients p WHERE NOT EXISTS "
                                    "(SELECT 1 FROM losses l WHERE l.patient_id = p.id)")),
            0);
        // And the app goes on working with it.
        PatientRepository repo(db);
        Patient after = test::makePatient(QStringLiteral("After the crash"), {});
        QVERIFY(repo.save(after));
        QCOMPARE(repo.count(true), patients + 1);
    }

    // Two copies write at once while this desk saves too: all three finish, and every record of
    // each is there.
    void twoWritersAndADeskLoseNothing()
    {
        const QString location = m_dbs.newLocation(QStringLiteral("together"));
        {
            Database first; // the schema, before the three race for it
            QVERIFY2(first.open(location), qPrintable(first.errorMessage()));
        }
        QProcess *a = generator(location, 600, this);
        QProcess *b = generator(location, 600, this);
        Database desk;
        QVERIFY2(desk.open(location), qPrintable(desk.errorMessage()));
        PatientRepository repo(desk);
        for (int i = 0; i < 30; ++i) {
            Patient p = test::makePatient(QStringLiteral("Desk patient %1").arg(i), {});
            QVERIFY2(repo.save(p), qPrintable(repo.lastError().detail));
        }
        for (QProcess *p : {a, b}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            QCOMPARE(lastReported(p->readAllStandardOutput()), 600);
        }
        QCOMPARE(repo.count(true), 1230);
        QCOMPARE(count(desk.connection(), QStringLiteral("SELECT count(*) FROM plans")), 1200);
    }

    // The disk fills up during a save: a plain message, the record on screen as typed, and what
    // was stored before untouched. Simulated with SQLite's page limit, which fails a write with
    // the same "disk full" error.
    void aFullDiskLosesNothing()
    {
        if (m_dbs.isServer())
            QSKIP("SQLite file only");
        Database db;
        QVERIFY(db.open(m_dbs.newLocation(QStringLiteral("full"))));
        PatientRepository repo(db);
        Patient first = test::makePatient(QStringLiteral("Stored before"), QStringLiteral("之前"));
        QVERIFY(repo.save(first));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));

        Patient big = test::makePatient(QStringLiteral("Wong Siu Man"), QStringLiteral("黃小雯"));
        big.notes = QString(20000, u'記');
        const Patient typed = big;
        QVERIFY(!repo.save(big));
        QCOMPARE(repo.lastError().code, StorageError::Code::DiskFull);
        QVERIFY(repo.lastError().message.contains(QLatin1String("disk is full")));
        QCOMPARE(big.id, 0);
        QCOMPARE(big.notes, typed.notes);
        QCOMPARE(repo.count(true), 1);
        QCOMPARE(repo.load(first.id)->nameZh, QStringLiteral("之前"));

        // Space again: the same record saves.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY2(repo.save(big), qPrintable(repo.lastError().detail));
        QCOMPARE(repo.count(true), 2);
    }

    // The database turns read-only under her (a share remounted read-only, a permission changed
    // by IT): the same.
    void aReadOnlyDatabaseLosesNothing()
    {
        Database db;
        QVERIFY(db.open(m_dbs.newLocation(QStringLiteral("readonly"))));
        PatientRepository repo(db);
        Patient p = test::makePatient(QStringLiteral("Lau Pui Yee"), QStringLiteral("劉佩儀"));
        QVERIFY(repo.save(p));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(m_dbs.isServer() ? QStringLiteral("SET default_transaction_read_only = on")
                                        : QStringLiteral("PRAGMA query_only = ON")));
        p.phone = QStringLiteral("6666 0000");
        QVERIFY(!repo.save(p));
        QCOMPARE(repo.lastError().code, StorageError::Code::ReadOnly);
        QVERIFY(repo.lastError().message.contains(QLatin1String("nothing was saved")));
        QCOMPARE(p.phone, QStringLiteral("6666 0000"));
        QVERIFY(repo.load(p.id)->phone.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
