// The schema is built by numbered steps, and a database at any earlier step is brought up to date.
#include "testutil.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/clinicrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QSqlError>
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
        explicit RawConnection(const QString &location, const QString &n)
            : name(n)
        {
            const bool server = Database::isServerAddress(location);
            QSqlDatabase db
                = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
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
        const QStringList s = splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i ON a (x);\n"));
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
        for (const char *name :
            {"patients", "losses", "patient_patterns", "patient_conditions", "clinic_settings", "print_history"})
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
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO patients (name_en, name_zh, created_at, updated_at) "
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

    // A clinic's database as version 0.1 left it (schema 10): her loss, plan and printout, and the
    // clinic's header. Upgraded, each reads as it was, with the safety work's defaults.
    void fromVersion10TheNewColumnsTakeTheirDefaults()
    {
        const QString path = m_dbs.newLocation(QStringLiteral("v10defaults"));
        {
            RawConnection raw(path, QStringLiteral("raw-v10"));
            QString error;
            QVERIFY2(migrate(raw.db(), 10, &error), qPrintable(error));
            QSqlQuery q(raw.db());
            for (const char *sql :
                {"INSERT INTO patients (name_en, name_zh, print_language, created_at, updated_at) "
                 "VALUES ('Chan Mei Ling', '陳美玲', 'zh-Hant', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                    "INSERT INTO losses (patient_id, loss_date, kind, gestational_week, management) "
                    "VALUES (1, '2026-11-01', 'failed-ivf', NULL, 'natural')",
                    "INSERT INTO plans (patient_id, loss_id, title, settings, created_at, updated_at) "
                    "VALUES (1, 1, 'After 1 Nov', '{\"start\": \"2026-11-02\", \"days\": 30}', "
                    "'2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z')",
                    "INSERT INTO print_history (patient_id, plan_id, documents, language, layout, paper, output, "
                    "printed_at, snapshot) VALUES (1, 1, 'calendar', 'zh-Hant', 'stacked', 'a4', 'pdf', "
                    "'2026-11-02T09:00:00Z', 'x')",
                    "INSERT INTO clinic_settings (id, name_en, updated_at) VALUES (1, 'Harbour TCM', '2026-11-01')"}) {
                QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
            }
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(schemaVersion(db.connection()), latestSchemaVersion());
        const auto patient = PatientRepository(db).load(1);
        QVERIFY(patient);
        QCOMPARE(patient->losses.size(), 1);
        QVERIFY(!patient->losses.constFirst().conceivedByIvf);
        QVERIFY(patient->losses.constFirst().afterIvf()); // a failed transfer, all the same
        QVERIFY(!patient->calendarWithoutPrivate);
        QCOMPARE(patient->printLanguage, std::optional(PrintLanguage::Traditional));
        PlanRepository plans(db);
        const auto plan = plans.load(1);
        QVERIFY(plan);
        QCOMPARE(plan->rulesVersion, 1);
        QVERIFY(!plan->settings.wineChosen);
        QCOMPARE(plans.plansFor(1).constFirst().rulesVersion, 1);
        const QList<PrintRecord> printed = PrintHistoryRepository(db).forPatient(1);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.constFirst().rulesVersion, 1);
        QVERIFY(!printed.constFirst().options.calendarWithoutPrivate);
        const ClinicInfo clinic = ClinicRepository(db).load();
        QCOMPARE(clinic.nameEn, QStringLiteral("Harbour TCM"));
        QVERIFY(clinic.emergencyNumber.isEmpty());
        QVERIFY(clinic.crisisLines.isEmpty());
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
