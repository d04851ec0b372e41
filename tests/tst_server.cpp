// The PostgreSQL back end as a clinic's server sets it up: addresses, passwords (a prompt's or a
// pgpass file's, never stored), and databases that are not this app's or are too new, left alone.
// Runs only as tst_server_postgresql, against the throwaway cluster.
#include "testdb.h"
#include "testutil.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/patientrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestServer : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;

    // A database owned by the password-only role, which may connect only with its password.
    QString passwordDatabase()
    {
        const QString location = m_dbs.newLocation(QStringLiteral("pass"));
        const QString name = QUrl(location).path().mid(1);
        if (!m_dbs.exec(QStringLiteral("postgres"), {QStringLiteral("ALTER DATABASE %1 OWNER TO rp_pass").arg(name)})
            || !m_dbs.exec(name, {QStringLiteral("ALTER SCHEMA public OWNER TO rp_pass")}))
            return {};
        return m_dbs.serverUrl(name, QStringLiteral("rp_pass")).toString();
    }

private slots:
    void initTestCase()
    {
        if (!m_dbs.isServer())
            QSKIP("PostgreSQL only: run as tst_server_postgresql");
    }

    void badAddressesAreExplained_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no database") << QStringLiteral("postgresql://clinic@127.0.0.1:5432/");
        QTest::newRow("no host") << QStringLiteral("postgresql:///recovery");
        QTest::newRow("nested path") << QStringLiteral("postgresql://clinic@host/a/b");
        QTest::newRow("option that ends another") << QStringLiteral("postgresql://clinic@host/db?sslmode=require;x=y");
        QTest::newRow("bare option") << QStringLiteral("postgresql://clinic@host/db?sslmode");
    }
    void badAddressesAreExplained()
    {
        QFETCH(QString, address);
        Database db;
        QVERIFY(!db.open(address));
        QCOMPARE(db.status(), Database::Status::BadAddress);
        QVERIFY(!db.errorMessage().isEmpty());
    }

    void anUnreachableServerIsReportedPlainly()
    {
        // A port nothing listens on.
        QUrl url = m_dbs.serverUrl(QStringLiteral("postgres"));
        url.setPort(1);
        Database db;
        QVERIFY(!db.open(url.toString()));
        QCOMPARE(db.status(), Database::Status::CannotOpen);
        QVERIFY2(db.errorMessage().contains(QLatin1String("server is running")), qPrintable(db.errorMessage()));
    }

    void aPasswordIsAskedForAndNeverShown()
    {
        const QString address = passwordDatabase();
        QVERIFY(!address.isEmpty());
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        Database db;
        QVERIFY(!db.open(address));
        QCOMPARE(db.status(), Database::Status::NeedsPassword);
        QVERIFY(db.errorMessage().contains(QLatin1String("rp_pass")));

        db.setPassword(QStringLiteral("wrong"));
        QVERIFY(!db.open(address));
        QCOMPARE(db.status(), Database::Status::NeedsPassword);
        QVERIFY(db.errorMessage().contains(QLatin1String("did not accept")));

        db.setPassword(m_dbs.password());
        QVERIFY2(db.open(address), qPrintable(db.errorMessage()));
        QVERIFY(!db.path().contains(m_dbs.password()));

        // Typed into the address, it still never appears in what is shown.
        QUrl withPassword(address);
        withPassword.setPassword(m_dbs.password());
        Database other;
        QVERIFY2(other.open(withPassword.toString()), qPrintable(other.errorMessage()));
        QVERIFY(!other.path().contains(m_dbs.password()));
        qunsetenv("PGPASSFILE");
    }

    void aPgpassFileIsUsed()
    {
        const QString address = passwordDatabase();
        const QUrl url(address);
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("%1:%2:*:rp_pass:%3\n").arg(url.host()).arg(url.port()).arg(m_dbs.password()).toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores a readable one
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorMessage()));
        PatientRepository patients(db);
        Patient p = test::makePatient(QStringLiteral("Ho Ka Yan"), QStringLiteral("何嘉欣"));
        QVERIFY2(patients.save(p), qPrintable(patients.lastError().detail));
        qunsetenv("PGPASSFILE");
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        const QString address = m_dbs.newLocation(QStringLiteral("other"));
        const QString name = QUrl(address).path().mid(1);
        QVERIFY(m_dbs.exec(name,
            {QStringLiteral("CREATE TABLE invoices (id INTEGER, total NUMERIC)"),
                QStringLiteral("INSERT INTO invoices VALUES (1, 250)")}));
        Database db;
        QVERIFY(!db.open(address));
        QCOMPARE(db.status(), Database::Status::OtherProgram);
        QVERIFY(db.errorMessage().contains(QLatin1String("another program")));
        // Untouched: its table is still there, and none of this app's was added.
        QVERIFY(m_dbs.exec(name, {QStringLiteral("SELECT 1 FROM invoices WHERE total = 250")}));
        QVERIFY(!m_dbs.exec(name, {QStringLiteral("SELECT 1 FROM patients")}));
    }

    void aNewerDatabaseIsRefusedUnchanged()
    {
        const QString address = m_dbs.newLocation(QStringLiteral("newer"));
        {
            Database db;
            QVERIFY(db.open(address));
        }
        const QString name = QUrl(address).path().mid(1);
        QVERIFY(m_dbs.exec(name, {QStringLiteral("UPDATE rp_schema SET version = %1").arg(latestSchemaVersion() + 1)}));
        Database db;
        QVERIFY(!db.open(address));
        QCOMPARE(db.status(), Database::Status::TooNew);
        QVERIFY(db.errorMessage().contains(QLatin1String("newer version")));
    }

    // Two desks open a new, empty database at the same moment: the schema is built once.
    void twoDesksBuildTheSchemaOnce()
    {
        const QString address = m_dbs.newLocation(QStringLiteral("race"));
        Database a, b;
        QVERIFY2(a.open(address), qPrintable(a.errorMessage()));
        QVERIFY2(b.open(address), qPrintable(b.errorMessage()));
        QCOMPARE(schemaVersion(b.connection()), latestSchemaVersion());
        QSqlQuery q(b.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rp_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
