// The schema is built by numbered steps, and a database at any earlier step is brought up to date.
#include "testutil.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/patientrepository.h"

#include <QSqlQuery>
#include <QUrl>
#include <QTest>

#include "testdb.h"

using namespace rp;

class TestMigrations : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;

    // A bare connection, as an older version of the app would have left the database.
    struct RawConnection
    {
        QString name;
        explicit RawConnection(const QString &location, const QString &n) : name(n)
        {
            const bool server = Database::isServerAddress(location);
            QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (server) {
                const QUrl url(location);
                db.setHostName(url.host());
                db.setPort(url.port());
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            } else {
                db.setDatabaseName(location);
            }
            db.open();
        }
        ~RawConnection() { QSqlDatabase::removeDatabase(name); }
        QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    };

    static QStringList tables(const QSqlDatabase &db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(dialect::backendOf(db) == Backend::SQLite
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema() ORDER BY table_name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void migrationsAreNumberedWithoutGaps()
    {
        const auto all = builtInMigrations();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).version, i + 1);
        QCOMPARE(latestSchemaVersion(), all.constLast().version);
    }

    void statementsSplitAtLineEndSemicolons()
    {
        const QStringList s = splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).contains(QLatin1String("DEFAULT ';'")));
    }

    void fromEmpty()
    {
        const QString path = m_dbs.newLocation(QStringLiteral("empty"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(schemaVersion(db.connection()), latestSchemaVersion());
        const QStringList t = tables(db.connection());
        for (const char *name : {"patients", "losses", "patient_patterns", "patient_conditions", "clinic_settings",
                                 "print_history"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        QSqlQuery q(db.connection());
        if (m_dbs.isServer()) {
            QVERIFY(q.exec(QStringLiteral("SELECT application_id FROM rp_schema")) && q.next());
            QCOMPARE(q.value(0).toInt(), applicationId);
            // A foreign key holds there too: a loss for no patient is refused.
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO losses (patient_id, loss_date, kind, management) "
                                           "VALUES (999, '2026-01-01', 'other', 'natural')")));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), applicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // A file at each earlier version, holding a patient, opens at the latest version with her intact.
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        QVERIFY(latestSchemaVersion() >= 2);
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = m_dbs.newLocation(QStringLiteral("fromv%1").arg(from));
        {
            RawConnection raw(path, QStringLiteral("raw-%1").arg(from));
            QString error;
            QVERIFY2(migrate(raw.db(), from, &error), qPrintable(error));
            QCOMPARE(schemaVersion(raw.db()), from);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO patients (name_en, name_zh, created_at, updated_at) "
                "VALUES ('Chan Mei Ling', '陳美玲', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(schemaVersion(db.connection()), latestSchemaVersion());
        PatientRepository repo(db);
        const auto all = repo.find({QString(), true});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().nameZh, QStringLiteral("陳美玲"));
    }

    void reopeningChangesNothing()
    {
        const QString path = m_dbs.newLocation(QStringLiteral("twice"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(schemaVersion(db.connection()), latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
