// Fuzz-style checks: hostile and broken input (huge strings, NUL bytes, invalid UTF-8 and
// UTF-16, SQL metacharacters, impossible dates) thrown at patient records, plan requests and the
// command line. Nothing crashes, every refusal comes with a message, and nothing is stored
// half-way. Seeds are fixed, so a failure reproduces.
#include "testdb.h"
#include "testutil.h"

#include "core/library.h"
#include "core/planjson.h"
#include "core/planner.h"
#include "core/validation.h"
#include "storage/database.h"
#include "storage/patientrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace rp;

namespace {

// Pieces of text that have broken programs before.
QStringList hostileTexts()
{
    return {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("'); DROP TABLE patients;--"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("%_\\"),
        QString(QChar(0)) + QStringLiteral("after a NUL"),
        QStringLiteral("tab\there"),
        QStringLiteral("line\nbreak"),
        QString::fromUtf8("\xff\xfe invalid UTF-8 \xc3\x28"),
        QString(QChar(0xD800)) + QStringLiteral("lone surrogate"),
        QStringLiteral("\u202Eright-to-left override"),
        QStringLiteral("e\u0301\u0301\u0301 combining"),
        QStringLiteral("😀👩‍👩‍👧 emoji"),
        QStringLiteral("陳美玲"),
        QStringLiteral("𠮷 outside the BMP"),
        QString(200, u'名'),
        QString(201, u'名'),
        QString(100000, u'x'),
        QString(1 << 20, u'長'),
        QStringLiteral("\u0085\u2028\u2029 odd line ends"),
        QStringLiteral("\uFEFF byte order mark"),
        QStringLiteral("\uFFFF non-character"),
    };
}

QDate hostileDate(QRandomGenerator &r, const QDate &today)
{
    switch (r.bounded(7)) {
    case 0:
        return {};
    case 1:
        return QDate(2023, 2, 30); // invalid
    case 2:
        return today.addDays(1 + r.bounded(1000));
    case 3:
        return QDate(1, 1, 1);
    case 4:
        return QDate(9999, 12, 31);
    case 5:
        return today.addYears(-121);
    default:
        return today.addDays(-r.bounded(20000));
    }
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;

private slots:
    // Random hostile patients: validation refuses with a message, or the record is stored and read
    // back exactly; a refused save stores nothing.
    void hostilePatientsAreRefusedOrStoredExactly()
    {
        Database db;
        QVERIFY2(db.open(m_dbs.newLocation(QStringLiteral("patients"))), qPrintable(db.errorMessage()));
        PatientRepository repo(db);
        const QStringList texts = hostileTexts();
        QRandomGenerator r(20261125);
        const QDate today = QDate::currentDate();
        int stored = 0, refused = 0;
        for (int i = 0; i < 300; ++i) {
            // Each field is hostile half the time, so records both pass and fail.
            auto text = [&] {
                return r.bounded(2) ? texts.at(r.bounded(int(texts.size()))) : QStringLiteral("Chan 陳 %1").arg(i);
            };
            Patient p;
            p.nameEn = text();
            p.nameZh = text();
            p.phone = text();
            p.fileNumber = r.bounded(3) == 0 ? text() : QString();
            p.notes = text();
            p.birthDate = r.bounded(2) ? hostileDate(r, today) : QDate(1990, 5, 1);
            const int losses = r.bounded(3);
            for (int l = 0; l < losses; ++l) {
                Loss loss = test::makeLoss(r.bounded(2) ? hostileDate(r, today) : today.addDays(-10));
                loss.gestationalWeek = r.bounded(2) ? std::optional<int>(r.bounded(-5, 60)) : std::nullopt;
                loss.notes = text();
                p.losses << loss;
            }
            const QList<ValidationError> problems = validatePatient(p, today);
            if (!problems.isEmpty()) {
                for (const ValidationError &e : problems)
                    QVERIFY2(!e.message.trimmed().isEmpty(), "a refusal without a message");
                ++refused;
                continue;
            }
            const int before = repo.count(true);
            Patient saved = p;
            if (!repo.save(saved)) {
                // Only a clash of file numbers may refuse a valid record.
                QCOMPARE(repo.lastError().code, StorageError::Code::DuplicateFileNumber);
                QVERIFY(!repo.lastError().message.isEmpty());
                QCOMPARE(repo.count(true), before);
                continue;
            }
            ++stored;
            const Patient back = *repo.load(saved.id);
            QCOMPARE(back.nameEn, p.nameEn);
            QCOMPARE(back.nameZh, p.nameZh);
            QCOMPARE(back.phone, p.phone);
            QCOMPARE(back.notes, p.notes);
            QCOMPARE(back.birthDate, p.birthDate);
            QCOMPARE(back.losses.size(), p.losses.size());
        }
        // Both paths were exercised.
        QVERIFY2(
            stored > 10 && refused > 10, qPrintable(QStringLiteral("%1 stored, %2 refused").arg(stored).arg(refused)));
        // The tables are all still there.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next());
        QCOMPARE(q.value(0).toInt(), repo.count(true));
    }

    // A valid plan request, mangled every way: truncated, bytes flipped, values swapped for
    // hostile ones. Each is read into a plan or refused with a message naming what is wrong.
    void mangledPlanRequestsAreRefusedWithAMessage()
    {
        const QByteArray valid = R"({"constitution": "heat", "conditions": ["diabetes"],
            "loss": {"kind": "miscarriage", "date": "2026-11-20", "gestationalWeek": 11, "management": "surgical"},
            "start": "2026-11-21", "days": 30, "practitionerItems": ["生化湯"]})";
        const Planner planner(content::builtInItems());
        QString error;
        QVERIFY2(planjson::readRequest(valid, planner, &error), qPrintable(error));

        QList<QByteArray> inputs;
        for (int cut = 0; cut < valid.size(); cut += 7)
            inputs << valid.left(cut);
        QRandomGenerator r(7);
        for (int i = 0; i < 400; ++i) {
            QByteArray b = valid;
            for (int flips = 1 + r.bounded(4); flips > 0; --flips)
                b[r.bounded(int(b.size()))] = char(r.bounded(256));
            inputs << b;
        }
        const QList<QByteArray> hostileValues{"null", "-1", "1e308", "99999999999999999999", "\"\"", "[]", "{}",
            "\"2023-02-30\"", "\"'); DROP TABLE x;--\"", "\"\\u0000\"", "true", "\"" + QByteArray(1 << 20, 'a') + "\""};
        for (const char *value : {"\"heat\"", "[\"diabetes\"]", "\"2026-11-20\"", "11", "\"surgical\"",
                 "\"2026-11-21\"", "30", "[\"生化湯\"]"}) {
            for (const QByteArray &hostile : hostileValues) {
                QByteArray b = valid;
                b.replace(QByteArray(value), hostile);
                inputs << b;
            }
        }
        inputs << QByteArray() << QByteArray(1, '\0') << QByteArray("\xef\xbb\xbf") + valid
               << QByteArray(10 << 20, '[');
        int accepted = 0;
        for (const QByteArray &input : std::as_const(inputs)) {
            QString why;
            const auto request = planjson::readRequest(input, planner, &why);
            if (request) {
                ++accepted;
                const Plan plan = planner.generate(request->patient, request->settings);
                QVERIFY(!plan.days.isEmpty());
                QVERIFY(plan.days.size() <= 60);
            } else {
                QVERIFY2(!why.trimmed().isEmpty(), input.left(200).constData());
            }
        }
        QVERIFY(accepted >= 1);
        QVERIFY(accepted < inputs.size());
    }

    // The command line with nonsense in every option: a message and the "bad command line" exit
    // code, never a crash, and no database file left behind.
    void hostileArgumentsGetAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString huge(100000, u'x');
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("huge unknown option") << QStringList{QStringLiteral("--") + huge} << 2;
        QTest::newRow("huge positional") << QStringList{huge} << 2;
        QTest::newRow("empty database") << QStringList{QStringLiteral("--database"), QString()} << 2;
        QTest::newRow("bad language") << QStringList{QStringLiteral("--language"), QStringLiteral("'; DROP")} << 2;
        QTest::newRow("plan without export") << QStringList{QStringLiteral("--plan"), QStringLiteral("1")} << 2;
        QTest::newRow("negative plan") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("x.pdf"),
            QStringLiteral("--plan"), QStringLiteral("-1"), QStringLiteral("--database"), QStringLiteral("x.sqlite")}
                                       << 2;
        QTest::newRow("overflowing plan") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("x.pdf"),
            QStringLiteral("--plan"), QStringLiteral("99999999999999999999999"), QStringLiteral("--database"),
            QStringLiteral("x.sqlite")} << 2;
        for (const char *count : {"0", "-5", "abc", "1e9", "99999999999", "", "2000000"})
            QTest::newRow(qPrintable(QStringLiteral("generate %1").arg(QLatin1String(count)))) << QStringList{
                QStringLiteral("--database"), QStringLiteral("x.sqlite"), QStringLiteral("--generate-patients"),
                QLatin1String(count)} << 2;
        QTest::newRow("generate without database")
            << QStringList{QStringLiteral("--generate-patients"), QStringLiteral("10")} << 2;
        QTest::newRow("bad server address") << QStringList{QStringLiteral("--database"),
            QStringLiteral("postgresql://no host/"), QStringLiteral("--generate-patients"), QStringLiteral("1")}
                                            << 3;
        QTest::newRow("generate-plan missing file")
            << QStringList{QStringLiteral("--generate-plan"), QStringLiteral("/nonexistent/\u0000/x.json")} << 6;
    }
    void hostileArgumentsGetAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RP_APP_PATH), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY(!p.readAllStandardError().trimmed().isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.sqlite"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data"))));
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
