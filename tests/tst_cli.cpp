// The command line as scripts and new users meet it: start, demo, refusals, exit codes.
#include "testutil.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/patientrepository.h"
#include "storage/printhistoryrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, bool display = true, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!display) {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RP_APP_PATH), args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int patientCount(const QString &file, bool archived)
    {
        Database db;
        if (!db.open(file))
            return -1;
        return PatientRepository(db).count(archived);
    }

private slots:
    void opensANewDatabaseAndExitsWhenPainted()
    {
        const QString file = path(QStringLiteral("new.sqlite"));
        const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(patientCount(file, true), 0);
    }

    // The real app, started as on a working day, makes today's backup beside the database by
    // itself; a run that only paints and quits (scripts) does not.
    void aStartedAppMakesTodaysBackup()
    {
        const QString file = path(QStringLiteral("daily.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), file, QStringLiteral("--exit-when-ready")}).exitCode, 0);
        const QDir backups(path(QStringLiteral("backups")));
        QVERIFY(!backups.exists());

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RP_APP_PATH), {QStringLiteral("--database"), file});
        const QStringList pattern{QStringLiteral("daily-*.sqlite")};
        QTRY_VERIFY_WITH_TIMEOUT(!backups.entryList(pattern, QDir::Files).isEmpty(), 20000);
        p.kill();
        p.waitForFinished();
        const QStringList made = backups.entryList(pattern, QDir::Files);
        QCOMPARE(made.size(), 1);
        Database copy;
        QVERIFY2(copy.open(backups.filePath(made.constFirst())), qPrintable(copy.errorMessage()));
    }

    void defaultDatabaseLivesInTheUsersDataFolder()
    {
        const Run r = run({QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 0);
        const QString folder = path(QStringLiteral("data/recovery-planner"));
        const QString file = folder + QStringLiteral("/recovery-planner.sqlite");
        QVERIFY2(QFileInfo::exists(file), qPrintable(r.err));
        const QFileDevice::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
            | QFile::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & modeBits, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
            QFileDevice::Permissions());
    }

    void demoFillsAnEmptyDatabaseOnce()
    {
        const QString file = path(QStringLiteral("demo.sqlite"));
        Run r
            = run({QStringLiteral("--database"), file, QStringLiteral("--demo"), QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 0);
        const int all = patientCount(file, true);
        QVERIFY(all >= 5);
        QVERIFY(patientCount(file, false) < all); // one demo patient is archived, to show the filter

        {
            Database db;
            QVERIFY(db.open(file));
            PatientRepository repo(db);
            // Chinese and English names, varied histories.
            QCOMPARE(repo.find({QStringLiteral("陳美玲")}).size(), 1);
            bool ivf = false, surgical = false;
            for (const auto &s : repo.find({QString(), true})) {
                const auto p = repo.load(s.id);
                for (const Loss &l : p->losses) {
                    ivf |= l.kind == LossKind::FailedIvfTransfer;
                    surgical |= l.management == Management::Surgical;
                }
            }
            QVERIFY(ivf && surgical);
        }

        const QByteArray before = test::fileHash(file);
        r = run({QStringLiteral("--database"), file, QStringLiteral("--demo"), QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("already has patients")), qPrintable(r.err));
        QCOMPARE(patientCount(file, true), all);
        QCOMPARE(test::fileHash(file), before); // refused without writing
    }

    void refusesANewerDatabase()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(file));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::fileHash(file);
        const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("newer version")), qPrintable(r.err));
        QCOMPARE(test::fileHash(file), before);

        // The same refusal, in the language asked for.
        const Run zh = run({QStringLiteral("--database"), file, QStringLiteral("--language"), QStringLiteral("zh-Hant"),
            QStringLiteral("--exit-when-ready")});
        QCOMPARE(zh.exitCode, 3);
        QVERIFY2(zh.err.contains(QStringLiteral("較新版本")), qPrintable(zh.err));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString file = path(QStringLiteral("photo.jpg"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xff\xd8\xff\xe0 not really a photo", 24));
        f.close();
        const QByteArray before = test::fileHash(file);
        const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("not a Recovery Planner database")));
        QCOMPARE(test::fileHash(file), before);
    }

    void refusesALocationThatCannotBeWritten()
    {
        const QString blocker = path(QStringLiteral("plainfile"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = run({QStringLiteral("--database"), blocker + QStringLiteral("/x/db.sqlite"),
            QStringLiteral("--exit-when-ready")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void badArgumentsPrintUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("patients.sqlite")};
    }
    void badArgumentsPrintUsage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--database")));
        QVERIFY(r.out.contains(QLatin1String("--demo")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("recovery-planner ")));
    }

    static QByteArray request(const char *json) { return QByteArray(json); }

    // The D&C patient of the issue: heat, diabetes, 生化湯 asked for by name.
    void generatesAPlanWithoutADatabaseOrDisplay()
    {
        const QByteArray in = request(R"({"constitution": "heat", "conditions": ["diabetes"],
            "loss": {"kind": "miscarriage", "date": "2026-11-20", "gestationalWeek": 11, "management": "surgical"},
            "start": "2026-11-21", "days": 30, "practitionerItems": ["生化湯"]})");
        const Run r = run({QStringLiteral("--generate-plan"), QStringLiteral("-")}, false, in);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray days = plan.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 30);
        const QJsonObject day1 = days.at(0).toObject();
        QCOMPARE(day1.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-21"));
        QCOMPARE(day1.value(QStringLiteral("phase")).toString(), QStringLiteral("expel"));
        const QJsonObject first = day1.value(QStringLiteral("items")).toArray().at(0).toObject();
        for (const char *lang : {"en", "zh-Hant", "zh-Hans"})
            QVERIFY(!first.value(QStringLiteral("name")).toObject().value(QLatin1String(lang)).toString().isEmpty());
        QVERIFY(!day1.value(QStringLiteral("rest")).toObject().value(QStringLiteral("zh-Hans")).toString().isEmpty());
        QVERIFY(!r.out.contains(QLatin1String("sheng-hua-tang"))); // never after a D&C
        QVERIFY(!r.out.contains(QLatin1String("brown-sugar"))); // diabetes
        QVERIFY(!r.out.contains(QLatin1String("sesame-oil"))); // heat
        QVERIFY(plan.value(QStringLiteral("warnings")).isArray());
        QVERIFY(plan.value(QStringLiteral("redFlags")).toArray().size() >= 8);
        QVERIFY(r.out.contains(QLatin1String("red-flag-crisis"))); // on every plan
        QVERIFY(!r.out.contains(QLatin1String("red-flag-ohss"))); // a natural pregnancy: no OHSS
        QVERIFY(days.at(20).toObject().value(QStringLiteral("milestones")).toArray().size() >= 1);
        // The same input gives the same plan.
        QCOMPARE(run({QStringLiteral("--generate-plan"), QStringLiteral("-")}, false, in).out, r.out);
    }

    void practitionerItemsByNameInAnyLanguage()
    {
        for (const char *name :
            {"生化湯", "生化汤", "Generation and Transformation Decoction (Sheng Hua Tang)", "sheng-hua-tang"}) {
            const QByteArray in
                = QByteArray(
                      R"({"constitution": "cold", "loss": {"kind": "miscarriage", "date": "2026-11-01", "management": "natural"}, "practitionerItems": [")")
                + name + "\"]}";
            const Run r = run({QStringLiteral("--generate-plan"), QStringLiteral("-")}, false, in);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QLatin1String("sheng-hua-tang")), name);
        }
    }

    void badPatientFilesAreRefusedPlainly_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        const QByteArray loss = R"("loss": {"kind": "miscarriage", "date": "2026-11-01"})";
        QTest::newRow("not JSON") << QByteArray("patient: chan") << QStringLiteral("not valid JSON");
        QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("no loss") << QByteArray(R"({"constitution": "heat"})") << QStringLiteral("loss");
        QTest::newRow("unknown constitution")
            << (QByteArray(R"({"constitution": "warm", )") + loss + "}") << QStringLiteral("constitution");
        QTest::newRow("unknown condition")
            << (QByteArray(R"({"conditions": ["asthma"], )") + loss + "}") << QStringLiteral("conditions");
        QTest::newRow("unknown loss kind")
            << QByteArray(R"({"loss": {"kind": "stillbirth", "date": "2026-11-01"}})") << QStringLiteral("loss.kind");
        QTest::newRow("impossible date") << QByteArray(R"({"loss": {"kind": "miscarriage", "date": "2026-02-30"}})")
                                         << QStringLiteral("2026-02-30");
        QTest::newRow("date as a number")
            << QByteArray(R"({"loss": {"kind": "miscarriage", "date": 20261101}})") << QStringLiteral("loss.date");
        QTest::newRow("week 46") << QByteArray(
            R"({"loss": {"kind": "miscarriage", "date": "2026-11-01", "gestationalWeek": 46}})")
                                 << QStringLiteral("gestationalWeek");
        QTest::newRow("13 days") << (QByteArray(R"({"days": 13, )") + loss + "}") << QStringLiteral("days");
        QTest::newRow("43 days") << (QByteArray(R"({"days": 43, )") + loss + "}") << QStringLiteral("days");
        QTest::newRow("start before the loss")
            << (QByteArray(R"({"start": "2026-10-01", )") + loss + "}") << QStringLiteral("start");
        QTest::newRow("unknown formula") << (QByteArray(R"({"practitionerItems": ["當歸補血湯"], )") + loss + "}")
                                         << QStringLiteral("當歸補血湯");
        QTest::newRow("unknown field") << (QByteArray(R"({"name": "Chan", )") + loss + "}") << QStringLiteral("name");
        QTest::newRow("a field twice") << QByteArray(
            R"({"conditions": ["diabetes"], "conditions": [], "loss": {"kind": "miscarriage", "date": "2026-11-01"}})")
                                       << QStringLiteral("twice");
        QTest::newRow("misspelt loss field")
            << QByteArray(R"({"loss": {"kind": "miscarriage", "date": "2026-11-01", "managment": "surgical"}})")
            << QStringLiteral("managment");
        QTest::newRow("a list that is not a list")
            << (QByteArray(R"({"practitionerItems": "sheng-hua-tang", )") + loss + "}")
            << QStringLiteral("practitionerItems");
        QTest::newRow("follow-ups as text")
            << (QByteArray(R"({"followUpDays": ["7"], )") + loss + "}") << QStringLiteral("followUpDays");
        QTest::newRow("loss in the future")
            << QByteArray(R"({"loss": {"kind": "miscarriage", "date": "2099-01-01"}})") << QStringLiteral("future");
        QTest::newRow("start years later")
            << (QByteArray(R"({"start": "9999-12-20", )") + loss + "}") << QStringLiteral("start");
        QTest::newRow("more than 1 MB") << (QByteArray(
                                                R"({"loss": {"kind": "miscarriage", "date": "2026-11-01"}, "x": ")")
            + QByteArray(1100000, 'a') + "\"}")
                                        << QStringLiteral("1 MB");
        QTest::newRow("NUL bytes") << QByteArray("{\"loss\0\": 1}", 13) << QStringLiteral("JSON");
    }
    void badPatientFilesAreRefusedPlainly()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const Run r = run({QStringLiteral("--generate-plan"), QStringLiteral("-")}, false, input);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    // A 14-day plan works out of the box: its phases follow its length.
    void aShortPlanIsAccepted()
    {
        const Run r = run({QStringLiteral("--generate-plan"), QStringLiteral("-")}, false,
            R"({"days": 14, "heavyBleeding": true, "loss": {"kind": "miscarriage", "date": "2026-11-01"}})");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray days
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 14);
        QCOMPARE(days.at(13).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("tonify"));
        QVERIFY(!r.out.contains(QLatin1String("brown-sugar-water"))); // held while bleeding heavily
    }

    void aMissingPatientFileIsNamed()
    {
        const Run r = run({QStringLiteral("--generate-plan"), path(QStringLiteral("nobody.json"))}, false);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QLatin1String("nobody.json")));
    }

    // Over SSH or in a script there may be no display: help and mistakes still get an answer.
    void helpAndMistakesNeedNoDisplay()
    {
        Run r = run({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("zh-Hant")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("資料庫")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("--no-such-option")}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no-such-option")));
    }

    // --export-pdf: a printout with no window or display, recorded on the patient; every mistake
    // named plainly with its own exit code, and no file left behind.
    void exportsAPdfWithoutADisplay()
    {
        const QString db = path(QStringLiteral("export.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("--demo"), QStringLiteral("--exit-when-ready")})
                     .exitCode,
            0);
        const QString pdf = path(QStringLiteral("plan one.pdf"));
        const Run r = run({QStringLiteral("--database"), db, QStringLiteral("--export-pdf"), pdf,
                              QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--language"),
                              QStringLiteral("bilingual"), QStringLiteral("--document"), QStringLiteral("calendar"),
                              QStringLiteral("--paper"), QStringLiteral("letter")},
            false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("plan one.pdf")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        Database database;
        QVERIFY(database.open(db));
        const qint64 patientId = [&] {
            QSqlQuery q(database.connection());
            q.exec(QStringLiteral("SELECT patient_id FROM plans WHERE id = 1"));
            return q.next() ? q.value(0).toLongLong() : 0;
        }();
        const QList<PrintRecord> records = PrintHistoryRepository(database).forPatient(patientId);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().options.documents, QList<PrintDocument>{PrintDocument::Calendar});
        QCOMPARE(records.constFirst().options.paper, PaperSize::Letter);
        QVERIFY(isBilingual(records.constFirst().options.language));
    }

    void exportMistakesAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = path(QStringLiteral("export.sqlite"));
        const QString pdf = path(QStringLiteral("x.pdf"));
        const QStringList base{QStringLiteral("--database"), db, QStringLiteral("--export-pdf"), pdf};
        QTest::newRow("no plan") << base << 2 << QStringLiteral("--plan");
        QTest::newRow("plan not a number")
            << (base + QStringList{QStringLiteral("--plan"), QStringLiteral("three")}) << 2 << QStringLiteral("--plan");
        QTest::newRow("unknown plan") << (base + QStringList{QStringLiteral("--plan"), QStringLiteral("999")}) << 7
                                      << QStringLiteral("no plan number 999");
        QTest::newRow("bad language") << (base
            + QStringList{QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--language"),
                QStringLiteral("fr")}) << 2
                                      << QStringLiteral("“fr”");
        QTest::newRow("bad document") << (base
            + QStringList{QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--document"),
                QStringLiteral("menu")})
                                      << 2 << QStringLiteral("“menu”");
        QTest::newRow("bad paper") << (base
            + QStringList{QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--paper"),
                QStringLiteral("a5")})
                                   << 2 << QStringLiteral("“a5”");
        QTest::newRow("no database") << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--plan"),
            QStringLiteral("1")} << 2 << QStringLiteral("--database");
        QTest::newRow("plan without export")
            << QStringList{QStringLiteral("--plan"), QStringLiteral("1")} << 2 << QStringLiteral("--export-pdf");
        QTest::newRow("no such database") << QStringList{QStringLiteral("--database"),
            path(QStringLiteral("missing.sqlite")), QStringLiteral("--export-pdf"), pdf, QStringLiteral("--plan"),
            QStringLiteral("1")} << 3 << QStringLiteral("missing.sqlite");
        QTest::newRow("demo with export")
            << (base + QStringList{QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--demo")}) << 2
            << QStringLiteral("--demo");
        QTest::newRow("unwritable path") << QStringList{QStringLiteral("--database"), db,
            QStringLiteral("--export-pdf"), QStringLiteral("/nonexistent-folder/x.pdf"), QStringLiteral("--plan"),
            QStringLiteral("1")} << 8 << QStringLiteral("/nonexistent-folder/x.pdf");
    }
    void exportMistakesAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args, false);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite")))); // never created to be read
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
