// A clinic's database server going away while a window is open: really stopped (as a crash or a
// power cut stops it) and started again, and a network that drops at the worst moment, when a
// COMMIT has been sent and its answer is on the way. The practitioner is told in words, her edit
// stays where it is, the app connects again by itself, and the next save goes through exactly once.
// Runs only as tst_reconnect_postgresql, against a cluster of its own (others' tests keep theirs).
#include "testdb.h"
#include "testutil.h"

#include "common/servernotice.h"
#include "storage/connectionwatch.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace rp;

namespace {

// A TCP hop between the app and the server that can lose one COMMIT's answer (the server has
// committed; the app never hears it) or the COMMIT itself (the server rolls back).
class Hop : public QObject
{
    Q_OBJECT
public:
    enum Drop { Nothing, TheAnswer, TheCommit };
    explicit Hop(quint16 serverPort)
        : m_serverPort(serverPort)
    { }
    std::atomic<int> drop{Nothing};

public slots:
    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &Hop::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
            if (!server->waitForConnected(5000)) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto losing = std::make_shared<bool>(false);
            auto cut = [client, server] {
                server->abort();
                client->abort();
                client->deleteLater();
            };
            connect(client, &QTcpSocket::readyRead, this, [this, client, server, losing, cut] {
                const QByteArray bytes = client->readAll();
                // A simple-protocol query message: 'Q', its length (4 + 7), "COMMIT" and a NUL.
                static const QByteArray commit("Q\0\0\0\x0b"
                                               "COMMIT\0",
                    12);
                if (bytes.contains(commit) && drop != Nothing) {
                    if (drop.exchange(Nothing) == TheCommit)
                        return cut();
                    *losing = true;
                }
                server->write(bytes);
            });
            connect(server, &QTcpSocket::readyRead, this, [client, server, losing, cut] {
                const QByteArray bytes = server->readAll();
                if (*losing)
                    return cut(); // the server's "COMMIT" never reaches the app
                client->write(bytes);
            });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    quint16 m_serverPort;
    QTcpServer *m_server = nullptr;
};

int rowCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;
    QThread m_hopThread;
    Hop *m_hop = nullptr;
    quint16 m_hopPort = 0;

    bool cluster(const char *action)
    {
        return QProcess::execute(QStringLiteral(RP_PGCLUSTER_SCRIPT),
                   {QString::fromLatin1(action), qEnvironmentVariable("RP_TEST_POSTGRES")})
            == 0;
    }
    // A new database, reached straight or through the hop.
    QString newDatabase(const QString &name, bool throughHop)
    {
        QUrl url(m_dbs.newLocation(name));
        if (throughHop)
            url.setPort(m_hopPort);
        return url.toString();
    }
    static void waitForServer(ConnectionWatch &watch) { QTRY_VERIFY_WITH_TIMEOUT(!watch.isLost(), 30000); }

private slots:
    void initTestCase()
    {
        if (!m_dbs.isServer())
            QSKIP("PostgreSQL only: run as tst_reconnect_postgresql");
        m_hop = new Hop(quint16(m_dbs.serverUrl(QStringLiteral("postgres")).port()));
        m_hop->moveToThread(&m_hopThread);
        connect(&m_hopThread, &QThread::finished, m_hop, &QObject::deleteLater);
        m_hopThread.start();
        QMetaObject::invokeMethod(m_hop, "listen", Qt::BlockingQueuedConnection, Q_RETURN_ARG(quint16, m_hopPort));
        QVERIFY(m_hopPort != 0);
    }
    void cleanupTestCase()
    {
        if (m_hop) {
            m_hopThread.quit();
            m_hopThread.wait();
        }
    }

    void aStoppedServerIsSaidInWordsAndTheSaveGoesThroughWhenItIsBack()
    {
        Database db;
        QVERIFY2(db.open(newDatabase(QStringLiteral("stopped"), false)), qPrintable(db.errorMessage()));
        ConnectionWatch watch(db);
        watch.setInterval(200);
        QSignalSpy lost(&watch, &ConnectionWatch::lost), restored(&watch, &ConnectionWatch::restored);
        ServerNotice notice; // as an editing window shows it
        notice.follow(&watch);
        QVERIFY(notice.isHidden());
        PatientRepository patients(db);
        PlanRepository plans(db);
        Patient chan = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        chan.losses << test::makeLoss(QDate(2026, 11, 20));
        QVERIFY(patients.save(chan));
        Plan plan;
        plan.patientId = chan.id;
        plan.lossId = chan.losses.constFirst().id;
        plan.title = QStringLiteral("Recovery");
        QVERIFY(plans.save(plan));

        QVERIFY(cluster("halt"));
        Patient edited = chan;
        edited.phone = QStringLiteral("6612 3456");
        // Twice: the first meets the dropped connection, the second the closed one.
        for (int attempt = 0; attempt < 2; ++attempt) {
            QVERIFY(!patients.save(edited));
            const StorageError e = patients.lastError();
            QCOMPARE(e.code, StorageError::Code::Disconnected);
            QVERIFY2(
                e.message.contains(QLatin1String("connection to the database server was lost")), qPrintable(e.message));
            QVERIFY2(!e.message.contains(QLatin1String("QPSQL")), qPrintable(e.message));
            QCOMPARE(edited.phone, QStringLiteral("6612 3456")); // her edit is as she typed it
            QCOMPARE(edited.version, chan.version);
        }
        plan.title = QStringLiteral("Recovery, month one");
        QVERIFY(!plans.save(plan));
        QCOMPARE(plans.lastError().code, StorageError::Code::Disconnected);
        QVERIFY(watch.isLost());
        QTRY_COMPARE(lost.size(), 1);
        QTest::qWait(600); // several tries while it is down
        QVERIFY(watch.isLost());
        QVERIFY(!watch.why().isEmpty());
        QVERIFY(!notice.isHidden());
        QVERIFY2(notice.text().contains(QLatin1String("Not connected.")), qPrintable(notice.text()));

        QVERIFY(cluster("resume"));
        waitForServer(watch);
        QCOMPARE(restored.size(), 1);
        QVERIFY2(notice.text().contains(QLatin1String("Connected again.")), qPrintable(notice.text()));
        QVERIFY(!notice.isHidden());
        QVERIFY2(patients.save(edited), qPrintable(patients.lastError().message));
        notice.saved();
        QVERIFY(notice.isHidden());
        QVERIFY(plans.save(plan));
        const auto stored = patients.load(chan.id);
        QVERIFY(stored);
        QCOMPARE(stored->phone, QStringLiteral("6612 3456"));
        QCOMPARE(stored->version, chan.version + 1);
        QCOMPARE(plans.load(plan.id)->title, QStringLiteral("Recovery, month one"));
        QCOMPARE(lost.size(), 1);
    }

    // Filling a server with generated patients, and the server stops halfway.
    void generatingPatientsStopsInWordsWhenTheServerGoes()
    {
        const QString address = newDatabase(QStringLiteral("generate"), false);
        QProcess app;
        app.start(QStringLiteral(RP_APP_PATH),
            {QStringLiteral("--database"), address, QStringLiteral("--generate-patients"), QStringLiteral("100000")});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        while (!out.contains("Added") && app.waitForReadyRead(60000))
            out += app.readAllStandardOutput();
        QVERIFY2(out.contains("Added"), out.constData());
        QVERIFY(cluster("halt"));
        QVERIFY(app.waitForFinished(60000));
        QVERIFY(cluster("resume"));
        const QString said = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 5);
        QVERIFY2(said.contains(QLatin1String("Stopped after")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("the connection to the database server was lost")), qPrintable(said));
        QVERIFY2(
            said.contains(QLatin1String("Run the command again")) || said.contains(QLatin1String("count the patients")),
            qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("QPSQL")), qPrintable(said));
    }

    void aCommitWithoutAnAnswerIsCheckedNotRepeated_data()
    {
        QTest::addColumn<int>("drop");
        QTest::addColumn<bool>("newRecord");
        QTest::addColumn<bool>("editedSince");
        QTest::newRow("answer lost, new patient") << int(Hop::TheAnswer) << true << false;
        QTest::newRow("answer lost, edit") << int(Hop::TheAnswer) << false << false;
        QTest::newRow("answer lost, new patient, edited since") << int(Hop::TheAnswer) << true << true;
        QTest::newRow("answer lost, edit, edited since") << int(Hop::TheAnswer) << false << true;
        QTest::newRow("commit lost, new patient") << int(Hop::TheCommit) << true << false;
        QTest::newRow("commit lost, edit") << int(Hop::TheCommit) << false << false;
    }
    void aCommitWithoutAnAnswerIsCheckedNotRepeated()
    {
        QFETCH(int, drop);
        QFETCH(bool, newRecord);
        QFETCH(bool, editedSince);
        Database db;
        QVERIFY2(db.open(newDatabase(QStringLiteral("unanswered"), true)), qPrintable(db.errorMessage()));
        ConnectionWatch watch(db);
        watch.setInterval(200);
        PatientRepository patients(db);
        Patient wong = test::makePatient(QStringLiteral("Wong Siu Wai"), QStringLiteral("黃小慧"));
        int versionBefore = 0;
        if (!newRecord) {
            QVERIFY(patients.save(wong));
            versionBefore = wong.version;
        }
        Patient typed = wong;
        typed.losses << test::makeLoss(QDate(2026, 11, 2), LossKind::FailedIvfTransfer);
        typed.notes = QStringLiteral("Second transfer");

        m_hop->drop = drop;
        QVERIFY(!patients.save(typed));
        QCOMPARE(patients.lastError().code, StorageError::Code::Unconfirmed);
        QVERIFY(!patients.lastError().message.contains(QLatin1String("QPSQL")));
        QCOMPARE(typed.id, wong.id); // what she typed is as it was
        QCOMPARE(typed.losses.constFirst().id, 0);
        waitForServer(watch);
        if (editedSince)
            typed.phone = QStringLiteral("2890 1234");

        QVERIFY2(patients.save(typed), qPrintable(patients.lastError().message));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM patients")), 1);
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM losses")), 1);
        QVERIFY(typed.id != 0);
        QVERIFY(typed.losses.constFirst().id != 0);
        const auto stored = patients.load(typed.id);
        QVERIFY(stored);
        QCOMPARE(stored->notes, QStringLiteral("Second transfer"));
        QCOMPARE(stored->phone, editedSince ? QStringLiteral("2890 1234") : QString());
        QCOMPARE(stored->losses.size(), 1);
        // One version for the save, one more only for what she changed after it.
        const int expected = (newRecord ? 1 : versionBefore + 1) + (editedSince && drop == Hop::TheAnswer ? 1 : 0);
        QCOMPARE(stored->version, expected);
        QCOMPARE(typed.version, expected);
        // Saving once more is an ordinary save.
        typed.notes = QStringLiteral("Second transfer, day 5 embryo");
        QVERIFY(patients.save(typed));
        QCOMPARE(patients.load(typed.id)->version, expected + 1);
    }

    void aPlanWhoseCommitGoesUnansweredIsSavedOnce()
    {
        Database db;
        QVERIFY2(db.open(newDatabase(QStringLiteral("plan"), true)), qPrintable(db.errorMessage()));
        ConnectionWatch watch(db);
        watch.setInterval(200);
        PatientRepository patients(db);
        PlanRepository plans(db);
        Patient chan = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        chan.losses << test::makeLoss(QDate(2026, 11, 20));
        QVERIFY(patients.save(chan));
        Plan plan;
        plan.patientId = chan.id;
        plan.lossId = chan.losses.constFirst().id;
        plan.title = QStringLiteral("Recovery");

        m_hop->drop = Hop::TheAnswer;
        QVERIFY(!plans.save(plan));
        QCOMPARE(plans.lastError().code, StorageError::Code::Unconfirmed);
        QCOMPARE(plan.id, 0);
        waitForServer(watch);
        QVERIFY(plans.save(plan));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM plans")), 1);
        QCOMPARE(plan.version, 1);

        plan.title = QStringLiteral("Recovery, month one");
        m_hop->drop = Hop::TheCommit;
        QVERIFY(!plans.save(plan));
        QCOMPARE(plans.lastError().code, StorageError::Code::Unconfirmed);
        waitForServer(watch);
        QVERIFY(plans.save(plan));
        QCOMPARE(plans.load(plan.id)->title, QStringLiteral("Recovery, month one"));
        QCOMPARE(plans.load(plan.id)->version, 2);
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM plans")), 1);
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
