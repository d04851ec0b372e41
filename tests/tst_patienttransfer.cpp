// One patient carried to another computer: exported whole, imported whole or not at all, merged
// into the patient already there without duplicates, and every broken file refused calmly.
#include "testdb.h"
#include "testutil.h"

#include "core/patientfile.h"
#include "core/planner.h"
#include "core/terms.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/patienttransfer.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace rp;

namespace {

// Bytes a text round trip would damage: a NUL, bytes that are not UTF-8, a PNG signature.
QByteArray awkwardBytes()
{
    static const char bytes[] = "\x89PNG\r\n\x1a\n\0\xff\xfe{\"a\":1}";
    return QByteArray(bytes, sizeof bytes - 1);
}

// `json` with the member at `path` ("plans", "2", "days", "11", …) set to `value`; an undefined
// value removes it.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(step);
    else
        o[step] = setAt(o.value(step), path, value);
    return o;
}

QByteArray withValue(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QJsonValue root = setAt(QJsonDocument::fromJson(json).object(), path.split(u'.'), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
}

} // namespace

class TestPatientTransfer : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;
    int m_n = 0;
    Planner m_planner{content::builtInItems()};

    // The clinic she comes from.
    std::unique_ptr<Database> m_sourceDb;
    Patient m_source;
    QByteArray m_exported;

    // The computer she goes to, new for each test.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<PrintHistoryRepository> m_history;
    std::unique_ptr<PatientTransfer> m_transfer;

    // A new, empty database: a SQLite file, or one on the test server (tests/testdb.h).
    std::unique_ptr<Database> openDatabase(const QString &name)
    {
        auto db = std::make_unique<Database>();
        const QString location = m_dbs.newLocation(name);
        if (!db->open(location))
            qFatal("cannot open %s: %s", qPrintable(location), qPrintable(db->errorMessage()));
        return db;
    }

    // Rows in every table an import writes, so "nothing stored" is checked, not assumed.
    static QMap<QString, int> rowCounts(Database &db)
    {
        QMap<QString, int> out;
        for (const char *table : {"patients", "patient_patterns", "patient_conditions", "losses", "plans", "plan_days",
                 "plan_items", "print_history"}) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
                qFatal("cannot count %s", table);
            out.insert(QLatin1String(table), q.value(0).toInt());
        }
        return out;
    }

    static int version(Database &db, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT version FROM patients WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    Plan makePlan(const Patient &patient, int lossIndex, int days, bool heavyBleeding, const QString &title)
    {
        const Loss &loss = patient.losses.at(lossIndex);
        const PlanPatient pp = PlanPatient::forLoss(patient, loss.id);
        PlanSettings s = Planner::defaultSettings(loss);
        s.days = days;
        std::tie(s.expelUntil, s.regulateUntil) = PlanSettings::defaultPhases(days);
        s.followUpDays = {7, days};
        s.heavyBleeding = heavyBleeding;
        s.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        Plan plan = m_planner.generate(pp, s);
        plan.patientId = patient.id;
        plan.lossId = loss.id;
        plan.title = title;
        return plan;
    }

    // Imports the file's bytes as the app does: read and check everything, then store.
    std::optional<PatientTransfer::Result> importBytes(const QByteArray &bytes, QString *error)
    {
        const auto file = patientfile::read(bytes, error);
        if (!file)
            return std::nullopt;
        auto result = m_transfer->importAsNew(*file);
        if (!result)
            *error = m_transfer->lastError().message;
        return result;
    }

private slots:
    void initTestCase()
    {
        m_sourceDb = openDatabase(QStringLiteral("source"));
        PatientRepository patients(*m_sourceDb);
        PlanRepository plans(*m_sourceDb);
        PrintHistoryRepository history(*m_sourceDb);

        Patient p = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"),
            QStringLiteral("HK-0042"), QStringLiteral("+852 9123 4567"));
        p.notes = QStringLiteral("Prefers warm food.\n怕冷，手腳冰冷。\tTea: rose.");
        p.constitution = Constitution::Cold;
        p.patterns = {Pattern::QiBloodDeficiency, Pattern::KidneyYangDeficiency};
        p.conditions = {Condition::SeafoodAllergy, Condition::PlanningToConceive};
        p.printLanguage = PrintLanguage::EnglishTraditional;
        p.losses << test::makeLoss(QDate(2025, 3, 10), LossKind::BiochemicalPregnancy, std::nullopt)
                 << test::makeLoss(QDate(2026, 2, 14), LossKind::Miscarriage, 9, Management::Surgical)
                 << test::makeLoss(QDate(2026, 10, 20), LossKind::FailedIvfTransfer, 6, Management::Medication);
        p.losses[1].notes = QStringLiteral("D&C at Queen Mary; 出血多。");
        QVERIFY(patients.save(p));

        Plan first = makePlan(p, 0, 30, false, QStringLiteral("After the loss of 10 Mar"));
        Plan second = makePlan(p, 2, 30, false, QStringLiteral("After the transfer · 十月"));
        second.day(4)->locked = true;
        second.day(5)->notes = QStringLiteral("Prefers rose tea; 怕冷。");
        second.day(5)->edited = true;
        second.day(22)->setEntry(Slot::Lunch, QStringLiteral("hakka-yellow-wine-chicken"),
            QStringLiteral("She asked; small portion."),
            {QStringLiteral("contraindicated:heat-constitution"), QStringLiteral("too-many-days:3")});
        Plan third = makePlan(p, 2, 21, true, QStringLiteral("Shorter plan, heavy bleeding"));
        QVERIFY(third.day(12) && !third.day(12)->entries.isEmpty());
        for (Plan *plan : {&first, &second, &third})
            QVERIFY2(plans.save(*plan), qPrintable(plans.lastError().detail));

        PrintRecord given;
        given.patientId = p.id;
        given.planId = second.id;
        given.planTitle = second.title;
        given.options.documents = {PrintDocument::Shopping, PrintDocument::Diet};
        given.options.language = PrintLanguage::EnglishTraditional;
        given.options.layout = BilingualLayout::SideBySide;
        given.options.paper = PaperSize::Letter;
        given.options.largePrint = true;
        given.output = PrintOutput::Pdf;
        given.fileName = QStringLiteral("/home/clinic/陳美玲 plan.pdf");
        given.printedAt = QDateTime(QDate(2026, 10, 22), QTime(9, 30, 0, 125), Qt::UTC);
        given.snapshot = awkwardBytes();
        PrintRecord printer = given;
        printer.planId = third.id;
        printer.options.documents = {PrintDocument::Calendar};
        printer.output = PrintOutput::Printer;
        printer.fileName.clear();
        printer.printedAt = QDateTime(QDate(2026, 10, 23), QTime(16, 0), Qt::UTC);
        printer.snapshot = QByteArray(300000, 'x') + awkwardBytes(); // a document with a logo is large
        PrintRecord orphan = given; // its plan was deleted since
        orphan.planId = 0;
        orphan.planTitle = QStringLiteral("A plan no longer kept");
        orphan.printedAt = QDateTime(QDate(2025, 3, 12), QTime(11, 0), Qt::UTC);
        for (PrintRecord *r : {&given, &printer, &orphan})
            QVERIFY(history.record(*r));
        // record() makes the printout's language hers; keep another one on her record.
        Patient stored = *patients.load(p.id);
        stored.printLanguage = PrintLanguage::Traditional;
        QVERIFY(patients.save(stored));

        m_source = *patients.load(p.id);
        PatientTransfer transfer(*m_sourceDb);
        const auto file = transfer.exportPatient(m_source.id);
        QVERIFY2(file, qPrintable(transfer.lastError().message));
        m_exported = patientfile::toJson(*file);
    }

    void init()
    {
        m_transfer.reset();
        m_history.reset();
        m_plans.reset();
        m_patients.reset();
        m_db = openDatabase(QStringLiteral("target%1").arg(++m_n));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_history = std::make_unique<PrintHistoryRepository>(*m_db);
        m_transfer = std::make_unique<PatientTransfer>(*m_db);
    }

    void theFileSaysWhatItIs()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_exported).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("recovery-planner-patient"));
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
        QVERIFY(
            QDateTime::fromString(root.value(QStringLiteral("exportedAt")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(root.value(QStringLiteral("plans")).toArray().size(), 3);
        QCOMPARE(root.value(QStringLiteral("printHistory")).toArray().size(), 3);
        // Oldest printout first; the one whose plan is gone refers to none.
        QVERIFY(root.value(QStringLiteral("printHistory"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("plan"))
                    .isNull());
    }

    void roundTripKeepsEverything()
    {
        QString error;
        const auto file = patientfile::read(m_exported, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!m_transfer->findExisting(*file));
        QVERIFY(!m_transfer->lastError().isError());
        const auto result = m_transfer->importAsNew(*file);
        QVERIFY2(result, qPrintable(m_transfer->lastError().message));
        QCOMPARE(result->lossesAdded, 3);
        QCOMPARE(result->plansAdded, 3);
        QCOMPARE(result->printoutsAdded, 3);

        const Patient here = *m_patients->load(result->patientId);
        QCOMPARE(here.nameEn, m_source.nameEn);
        QCOMPARE(here.nameZh, m_source.nameZh);
        QCOMPARE(here.birthDate, m_source.birthDate);
        QCOMPARE(here.phone, m_source.phone);
        QCOMPARE(here.fileNumber, m_source.fileNumber);
        QCOMPARE(here.notes, m_source.notes);
        QCOMPARE(here.constitution, m_source.constitution);
        QCOMPARE(here.patterns, m_source.patterns);
        QCOMPARE(here.conditions, m_source.conditions);
        QCOMPARE(here.archived, m_source.archived);
        QCOMPARE(here.printLanguage, m_source.printLanguage);
        QCOMPARE(here.createdAt, m_source.createdAt);
        QCOMPARE(here.losses.size(), m_source.losses.size());
        QHash<qint64, qint64> lossHere; // source id → id here
        for (int i = 0; i < here.losses.size(); ++i) {
            Loss mine = here.losses.at(i);
            const Loss &theirs = m_source.losses.at(i);
            lossHere.insert(theirs.id, mine.id);
            mine.id = theirs.id;
            QCOMPARE(mine, theirs);
        }

        PlanRepository sourcePlans(*m_sourceDb);
        const auto sourceSummaries = sourcePlans.plansFor(m_source.id);
        const auto summaries = m_plans->plansFor(here.id);
        QCOMPARE(summaries.size(), sourceSummaries.size());
        QHash<qint64, qint64> planHere;
        for (int i = 0; i < summaries.size(); ++i) {
            const Plan theirs = *sourcePlans.load(sourceSummaries.at(i).id);
            const Plan mine = *m_plans->load(summaries.at(i).id);
            planHere.insert(theirs.id, mine.id);
            QCOMPARE(mine.title, theirs.title);
            QCOMPARE(mine.lossId, lossHere.value(theirs.lossId));
            QCOMPARE(mine.settings, theirs.settings);
            QCOMPARE(mine.createdAt, theirs.createdAt);
            QCOMPARE(mine.updatedAt, theirs.updatedAt);
            QCOMPARE(mine.days.size(), theirs.days.size());
            for (int d = 0; d < mine.days.size(); ++d)
                QCOMPARE(mine.days.at(d), theirs.days.at(d)); // date, phase, items, rest, milestones, notes, flags
        }

        PrintHistoryRepository sourceHistory(*m_sourceDb);
        const auto theirsList = sourceHistory.forPatient(m_source.id);
        const auto mineList = m_history->forPatient(here.id);
        QCOMPARE(mineList.size(), theirsList.size());
        for (int i = 0; i < mineList.size(); ++i) {
            const PrintRecord mine = *m_history->load(mineList.at(i).id);
            const PrintRecord theirs = *sourceHistory.load(theirsList.at(i).id);
            QCOMPARE(mine.patientId, here.id);
            QCOMPARE(mine.planId, theirs.planId ? planHere.value(theirs.planId) : 0);
            QCOMPARE(mine.planTitle, theirs.planTitle);
            QCOMPARE(mine.options, theirs.options);
            QCOMPARE(mine.output, theirs.output);
            QCOMPARE(mine.fileName, theirs.fileName);
            QCOMPARE(mine.printedAt, theirs.printedAt);
            QCOMPARE(mine.snapshot, theirs.snapshot); // byte for byte
        }
        // The other way, the file is the same but for the keys and the moment it was made.
        const auto again = m_transfer->exportPatient(here.id);
        QVERIFY(again);
        QCOMPARE(again->printHistory.size(), 3);
        QCOMPARE(again->plans.size(), 3);
    }

    void importingIsAllOrNothing()
    {
        QString error;
        auto file = patientfile::read(m_exported, &error);
        QVERIFY(file);
        const auto before = rowCounts(*m_db);
        // The last thing written fails: the patient, her losses and plans before it must go too.
        file->printHistory.last().snapshot.clear();
        QVERIFY(!m_transfer->importAsNew(*file));
        QCOMPARE(m_transfer->lastError().code, StorageError::Code::Invalid);
        QCOMPARE(rowCounts(*m_db), before);
        // And a merge that fails part-way leaves her as she was.
        auto good = patientfile::read(m_exported, &error);
        Patient mine = good->patient;
        mine.losses.clear();
        mine.id = 0;
        QVERIFY(m_patients->save(mine));
        const auto withHer = rowCounts(*m_db);
        QVERIFY(!m_transfer->importInto(mine.id, *file));
        QCOMPARE(rowCounts(*m_db), withHer);
        QCOMPARE(version(*m_db, mine.id), 1);
    }

    void aBadMemberDeepInsideStoresNothing()
    {
        const QByteArray bad
            = withValue(m_exported, QStringLiteral("plans.2.days.11.items.0.slot"), QStringLiteral("elevenses"));
        const auto before = rowCounts(*m_db);
        QString error;
        QVERIFY(!importBytes(bad, &error));
        QVERIFY2(error.contains(QLatin1String("plans[2].days[11].items[0].slot")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("breakfast")), qPrintable(error)); // says what is allowed
        QCOMPARE(rowCounts(*m_db), before);
    }

    void mergeByFileNumberAddsOnlyWhatIsNew()
    {
        QString error;
        const auto file = patientfile::read(m_exported, &error);
        QVERIFY(file);
        // She is already here, registered with less: one of the losses, another phone, no notes.
        Patient mine = test::makePatient(
            QStringLiteral("Chan Mei-ling"), QString(), m_source.fileNumber, QStringLiteral("6000 0000"));
        mine.birthDate = QDate();
        mine.patterns = {Pattern::BloodStasis, Pattern::QiBloodDeficiency};
        mine.losses << test::makeLoss(QDate(2026, 2, 14), LossKind::Miscarriage, 10);
        QVERIFY(m_patients->save(mine));
        const int versionBefore = version(*m_db, mine.id);

        const auto existing = m_transfer->findExisting(*file);
        QVERIFY(existing);
        QCOMPARE(existing->patient.id, mine.id);
        QCOMPARE(existing->match, PatientTransfer::Match::FileNumber);

        const auto before = rowCounts(*m_db);
        const auto result = m_transfer->importInto(mine.id, *file);
        QVERIFY2(result, qPrintable(m_transfer->lastError().message));
        QVERIFY(result->merged);
        QCOMPARE(result->lossesAdded, 2);
        QCOMPARE(result->plansAdded, 3);
        QCOMPARE(result->printoutsAdded, 3);
        const auto after = rowCounts(*m_db);
        QCOMPARE(after.value(QStringLiteral("patients")), before.value(QStringLiteral("patients")));
        QCOMPARE(after.value(QStringLiteral("losses")), 3);
        QCOMPARE(after.value(QStringLiteral("plans")), 3);
        QCOMPARE(after.value(QStringLiteral("print_history")), 3);
        QVERIFY(version(*m_db, mine.id) > versionBefore);

        const Patient merged = *m_patients->load(mine.id);
        QCOMPARE(merged.nameEn, QStringLiteral("Chan Mei-ling")); // hers stays
        QCOMPARE(merged.phone, QStringLiteral("6000 0000"));
        QCOMPARE(merged.nameZh, m_source.nameZh); // empty here: filled
        QCOMPARE(merged.birthDate, m_source.birthDate);
        QCOMPARE(merged.notes, m_source.notes);
        QCOMPARE(merged.constitution, m_source.constitution);
        QCOMPARE(merged.printLanguage, m_source.printLanguage);
        QCOMPARE(merged.patterns,
            (QList<Pattern>{Pattern::QiBloodDeficiency, Pattern::KidneyYangDeficiency, Pattern::BloodStasis}));
        QCOMPARE(merged.conditions, m_source.conditions);
        // The loss she had here is the same loss: kept as recorded here, not doubled.
        QCOMPARE(merged.losses.size(), 3);
        QCOMPARE(merged.losses.at(1).id, mine.losses.constFirst().id);
        QCOMPARE(merged.losses.at(1).gestationalWeek, std::optional<int>(10));
        // Plans went to the right losses.
        for (const PlanSummary &s : m_plans->plansFor(mine.id)) {
            const Plan plan = *m_plans->load(s.id);
            const auto loss = std::find_if(
                merged.losses.cbegin(), merged.losses.cend(), [&](const Loss &l) { return l.id == plan.lossId; });
            QVERIFY(loss != merged.losses.cend());
            QVERIFY(plan.settings.start > loss->date);
        }

        // The same file again changes nothing at all.
        const auto counts = rowCounts(*m_db);
        const int v = version(*m_db, mine.id);
        const auto again = m_transfer->importInto(mine.id, *file);
        QVERIFY(again);
        QVERIFY(!again->changed());
        QCOMPARE(rowCounts(*m_db), counts);
        QCOMPARE(version(*m_db, mine.id), v);
    }

    void mergeByNamesAndBirthDate()
    {
        QString error;
        const auto file = patientfile::read(m_exported, &error);
        QVERIFY(file);
        // No file number here; her names typed differently (case, Simplified characters).
        Patient mine = test::makePatient(QStringLiteral("CHAN  MEI LING"), QStringLiteral("陈美玲"));
        mine.birthDate = m_source.birthDate;
        QVERIFY(m_patients->save(mine));
        Patient other = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        other.birthDate = m_source.birthDate.addDays(1); // another woman of the same name
        QVERIFY(m_patients->save(other));

        const auto existing = m_transfer->findExisting(*file);
        QVERIFY(existing);
        QCOMPARE(existing->patient.id, mine.id);
        QCOMPARE(existing->match, PatientTransfer::Match::NamesAndBirthDate);
        const auto result = m_transfer->importInto(mine.id, *file);
        QVERIFY2(result, qPrintable(m_transfer->lastError().message));
        QCOMPARE(result->lossesAdded, 3);
        const Patient merged = *m_patients->load(mine.id);
        QCOMPARE(merged.fileNumber, m_source.fileNumber); // filled from the file
        QCOMPARE(merged.nameZh, QStringLiteral("陈美玲")); // hers stays as typed
        QCOMPARE(m_patients->count(true), 2);

        // Without a date of birth, names alone are not a match.
        PatientFile unborn = *file;
        unborn.patient.fileNumber.clear();
        unborn.patient.birthDate = QDate();
        QVERIFY(!m_transfer->findExisting(unborn));
    }

    void reimportingTheSameFileChangesNothing()
    {
        QString error;
        const auto file = patientfile::read(m_exported, &error);
        QVERIFY(file);
        const auto first = m_transfer->importAsNew(*file);
        QVERIFY(first);
        const auto counts = rowCounts(*m_db);
        const int v = version(*m_db, first->patientId);
        for (int round = 0; round < 2; ++round) {
            const auto existing = m_transfer->findExisting(*file);
            QVERIFY(existing);
            QCOMPARE(existing->patient.id, first->patientId);
            const auto result = m_transfer->importInto(existing->patient.id, *file);
            QVERIFY(result);
            QVERIFY(!result->changed());
            QCOMPARE(rowCounts(*m_db), counts);
            QCOMPARE(version(*m_db, first->patientId), v);
        }
        // Importing her as new a second time is refused: her file number is taken.
        QVERIFY(!m_transfer->importAsNew(*file));
        QCOMPARE(m_transfer->lastError().code, StorageError::Code::DuplicateFileNumber);
        QCOMPARE(rowCounts(*m_db), counts);
    }

    void sqlInNamesIsJustText()
    {
        const QString evil = QStringLiteral("'); DROP TABLE patients;--");
        QByteArray json = withValue(m_exported, QStringLiteral("patient.nameEn"), evil);
        json = withValue(json, QStringLiteral("patient.nameZh"), QStringLiteral("陳\"; DELETE FROM losses; --"));
        json = withValue(json, QStringLiteral("patient.fileNumber"), QStringLiteral("1' OR '1'='1"));
        json = withValue(json, QStringLiteral("plans.0.title"), QStringLiteral("x'); DROP TABLE plans;--"));
        QString error;
        const auto result = importBytes(json, &error);
        QVERIFY2(result, qPrintable(error));
        const Patient here = *m_patients->load(result->patientId);
        QCOMPARE(here.nameEn, evil);
        QCOMPARE(here.nameZh, QStringLiteral("陳\"; DELETE FROM losses; --"));
        QCOMPARE(here.fileNumber, QStringLiteral("1' OR '1'='1"));
        QCOMPARE(rowCounts(*m_db).value(QStringLiteral("losses")), 3);
        QCOMPARE(m_patients->find({QStringLiteral("DROP TABLE"), true}).size(), 1);
        const auto file = patientfile::read(json, &error);
        QCOMPARE(m_transfer->findExisting(*file)->patient.id, here.id);
    }

    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // part of the message

        const QByteArray good = m_exported;
        const QJsonValue removed(QJsonValue::Undefined);
        const QJsonObject root = QJsonDocument::fromJson(good).object();
        auto row = [&](const char *name, const QByteArray &bytes, const QString &expected) {
            QTest::newRow(name) << bytes << expected;
        };
        auto member = [&](const char *name, const char *path, const QJsonValue &value, const char *expected) {
            row(name, withValue(good, QLatin1String(path), value), QString::fromUtf8(expected));
        };
        row("empty", QByteArray(), QStringLiteral("empty"));
        row("spaces", QByteArray("  \n"), QStringLiteral("empty"));
        row("not json", QByteArray("Dear colleague, please find attached"), QStringLiteral("damaged"));
        row("array", QByteArray("[]"), QStringLiteral("not a patient file"));
        row("null", QByteArray("null"), QStringLiteral("damaged"));
        row("number", QByteArray("42"), QStringLiteral("damaged"));
        row("another json", QByteArray("{\"name\": \"x\"}"), QStringLiteral("not a patient file"));
        row("truncated", good.left(good.size() / 2), QStringLiteral("damaged"));
        row("nested 100,000 deep",
            QByteArray("{\"format\": \"recovery-planner-patient\", \"formatVersion\": 1, \"patient\": ")
                + QByteArray(100000, '[') + QByteArray(100000, ']') + '}',
            QStringLiteral("damaged"));
        row("a million members", "{" + QByteArray("\"a\": 1, ").repeated(1000000) + "\"b\": 2}",
            QStringLiteral("not a patient file"));
        QByteArray nul = good;
        nul.insert(good.indexOf("Chan Mei Ling"), QByteArray(1, '\0'));
        row("NUL byte in a name", nul, QStringLiteral("patient.nameEn"));
        QByteArray nulBetween = good;
        nulBetween.insert(good.indexOf("\"plans\""), QByteArray(1, '\0'));
        row("NUL byte between members", nulBetween, QStringLiteral("damaged"));
        QByteArray latin1 = good;
        latin1.replace(QByteArray("Chan Mei Ling"), QByteArray("Chan M\xe9i Ling"));
        row("invalid UTF-8 in a name", latin1, QStringLiteral("damaged"));
        QByteArray broken = good;
        broken.replace(QByteArray("陳美玲"), QByteArray("\xe9\x99"));
        row("cut UTF-8 sequence", broken, QStringLiteral("damaged"));
        QByteArray overlong = good;
        overlong.replace(QByteArray("Chan Mei Ling"),
            QByteArray("\xc0\xaf"
                       "Chan"));
        row("overlong UTF-8", overlong, QStringLiteral("damaged"));
        QByteArray twice = good;
        twice.replace(QByteArray("\"nameEn\":"), QByteArray("\"nameEn\": \"Wong\", \"nameEn\":"));
        row("member given twice", twice, QStringLiteral("nameEn"));

        member("wrong format", "format", QStringLiteral("recovery-planner-plan"), "not a patient file");
        member("no format", "format", removed, "not a patient file");
        member("newer version", "formatVersion", 2, "newer version");
        member("version as text", "formatVersion", QStringLiteral("1"), "formatVersion");
        member("version zero", "formatVersion", 0, "formatVersion");
        member("unknown member", "patient.favouriteColour", QStringLiteral("red"), "favouriteColour");
        member("missing member", "patient.phone", removed, "patient.phone");
        member("missing plans", "plans", removed, "plans");

        member("NUL in a name", "patient.nameEn", QStringLiteral("Chan\u0000Mei"), "patient.nameEn");
        member("control character", "patient.notes", QStringLiteral("bell\u0007"), "patient.notes");
        QByteArray surrogate = good;
        surrogate.replace(QByteArray("Chan Mei Ling"), QByteArray("\\ud800Chan"));
        row("lone surrogate", surrogate, QStringLiteral("patient.nameEn"));
        member("10 MB name", "patient.nameEn", QString(10 * 1024 * 1024, u'A'), "at most 200");
        row("no names",
            withValue(withValue(good, QStringLiteral("patient.nameEn"), QString()), QStringLiteral("patient.nameZh"),
                QString()),
            QStringLiteral("patient.nameEn"));
        member("name as a number", "patient.nameEn", 5, "patient.nameEn");
        member("archived as text", "patient.archived", QStringLiteral("yes"), "patient.archived");
        member("losses as object", "patient.losses", QJsonObject(), "patient.losses");
        member("days as text", "plans.0.days", QStringLiteral("x"), "plans[0].days");
        member("week as text", "patient.losses.1.gestationalWeek", QStringLiteral("9"), "gestationalWeek");
        member("week too late", "patient.losses.1.gestationalWeek", 46, "gestationalWeek");
        member("week fraction", "patient.losses.1.gestationalWeek", 9.5, "gestationalWeek");
        member("patterns not a list", "patient.patterns", QStringLiteral("blood-stasis"), "patient.patterns");
        member("unknown pattern", "patient.patterns.0", QStringLiteral("wind-cold"), "patient.patterns[0]");
        member("unknown constitution", "patient.constitution", QStringLiteral("lukewarm"), "constitution");
        member("unknown print language", "patient.printLanguage", QStringLiteral("fr"), "printLanguage");

        member("30 February", "patient.birthDate", QStringLiteral("2023-02-30"), "2023-02-30");
        member("month 13", "patient.losses.0.date", QStringLiteral("2023-13-01"), "patient.losses[0].date");
        member("date with time", "patient.birthDate", QStringLiteral("1988-06-01T00:00:00"), "birthDate");
        member("loss in the future", "patient.losses.2.date", QStringLiteral("2999-01-01"), "future");
        member("born 1850", "patient.birthDate", QStringLiteral("1850-01-01"), "birthDate");
        member("impossible moment", "printHistory.0.printedAt", QStringLiteral("2023-02-30T10:00:00.000Z"),
            "printHistory[0].printedAt");
        member("moment as number", "plans.1.createdAt", 1700000000, "plans[1].createdAt");
        member("day date impossible", "plans.0.days.3.date", QStringLiteral("2026-04-31"), "plans[0].days[3].date");

        member("negative key", "patient.losses.0.key", -1, "patient.losses[0].key");
        member("zero key", "plans.0.key", 0, "plans[0].key");
        member("huge key", "plans.0.key", 1e300, "plans[0].key");
        member("key beyond 2^53", "plans.0.key", 9007199254740994.0, "plans[0].key");
        member("fractional key", "plans.0.key", 1.5, "plans[0].key");
        member("dangling loss", "plans.1.loss", 999999, "plans[1].loss");
        member("dangling plan", "printHistory.1.plan", 999999, "printHistory[1].plan");
        QJsonArray losses = root.value(QStringLiteral("patient")).toObject().value(QStringLiteral("losses")).toArray();
        QJsonObject copy = losses.at(1).toObject();
        copy[QStringLiteral("date")] = QStringLiteral("2024-01-01");
        losses.append(copy);
        member("repeated loss key", "patient.losses", losses, "used twice");

        member("too few days", "plans.0.settings.days", 7, "plans[0].settings.days");
        member("phases out of order", "plans.0.settings.expelUntil", 20, "plans[0].settings");
        member("follow-up outside", "plans.0.settings.followUpDays.0", 40, "plans[0].settings");
        member("day out of order", "plans.0.days.4.day", 6, "plans[0].days[4].day");
        const QJsonArray secondPlanDays
            = root.value(QStringLiteral("plans")).toArray().at(1).toObject().value(QStringLiteral("days")).toArray();
        member("slot twice", "plans.1.days.0.items.1.slot",
            secondPlanDays.at(0)
                .toObject()
                .value(QStringLiteral("items"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("slot")),
            "plans[1].days[0].items[1]");
        member("item id with spaces", "plans.0.days.0.items.0.itemId", QStringLiteral("rose tea"), "itemId");
        member(
            "milestone with spaces", "plans.0.days.6.milestoneIds", QJsonArray{QStringLiteral("a b")}, "milestoneIds");
        // The lunch on day 22 she kept in spite of two warnings.
        const QJsonArray day22 = secondPlanDays.at(21).toObject().value(QStringLiteral("items")).toArray();
        int kept = 0;
        while (
            kept < day22.size() && day22.at(kept).toObject().value(QStringLiteral("keptWarnings")).toArray().isEmpty())
            ++kept;
        QVERIFY(kept < day22.size());
        row("kept warning with a space",
            withValue(good, QStringLiteral("plans.1.days.21.items.%1.keptWarnings.0").arg(kept), QStringLiteral("x y")),
            QStringLiteral("plans[1].days[21].items[%1].keptWarnings[0]").arg(kept));
        member("notes as list", "plans.1.days.4.notes", QJsonArray{QStringLiteral("a")}, "plans[1].days[4].notes");

        member("no documents", "printHistory.0.documents", QJsonArray(), "printHistory[0].documents");
        member("document twice", "printHistory.0.documents",
            QJsonArray({QStringLiteral("diet"), QStringLiteral("diet")}), "printHistory[0].documents");
        member("unknown paper", "printHistory.2.paper", QStringLiteral("a3"), "printHistory[2].paper");
        member("snapshot not base64", "printHistory.0.snapshot", QStringLiteral("@@not base64@@"), "snapshot");
        member("snapshot empty", "printHistory.0.snapshot", QString(), "snapshot");
        member("snapshot Chinese", "printHistory.0.snapshot", QStringLiteral("陳美玲"), "snapshot");
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto before = rowCounts(*m_db);
        QString error;
        QVERIFY(!importBytes(bytes, &error));
        if (qEnvironmentVariableIsSet("RP_SHOW_MESSAGES"))
            qInfo("%s", qPrintable(error.left(300)));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error.left(300)));
        QVERIFY2(error.size() < 600, "a message, not the file"); // values are quoted short
        QCOMPARE(rowCounts(*m_db), before);
    }

    void everyCutOfARealFileIsRefused()
    {
        const auto before = rowCounts(*m_db);
        // Each of the first and last 300 bytes (where a cut may still close most brackets), and
        // 400 cuts between.
        const qsizetype size = m_exported.trimmed().size();
        QList<qsizetype> cuts;
        for (qsizetype n = 0; n < 300; ++n)
            cuts << n << size - 1 - n;
        for (qsizetype n = 300; n < size - 300; n += (size - 600) / 400)
            cuts << n;
        for (qsizetype n : cuts) {
            QString error;
            const auto file = patientfile::read(m_exported.left(n), &error);
            QVERIFY2(!file, qPrintable(QStringLiteral("accepted when cut at %1").arg(n)));
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(rowCounts(*m_db), before);
    }

    void aFileTooLargeIsNotRead()
    {
        QByteArray huge(patientfile::maxFileBytes + 1, ' ');
        QString error;
        QVERIFY(!patientfile::read(huge, &error));
        QVERIFY2(error.contains(QLatin1String("50 MB")), qPrintable(error));
    }

    void recordsThatAreUnusualButValidAreKept()
    {
        // No birth date, no week, no print language, no plans, an archived record.
        QByteArray json = withValue(m_exported, QStringLiteral("patient.birthDate"), QJsonValue::Null);
        json = withValue(json, QStringLiteral("patient.losses.1.gestationalWeek"), QJsonValue::Null);
        json = withValue(json, QStringLiteral("patient.printLanguage"), QJsonValue::Null);
        json = withValue(json, QStringLiteral("patient.archived"), true);
        json = withValue(json, QStringLiteral("printHistory.1.plan"), QJsonValue::Null);
        json = withValue(json, QStringLiteral("plans.0.loss"), QJsonValue::Null);
        QString error;
        const auto result = importBytes(json, &error);
        QVERIFY2(result, qPrintable(error));
        const Patient here = *m_patients->load(result->patientId);
        QVERIFY(!here.birthDate.isValid());
        QVERIFY(!here.printLanguage);
        QVERIFY(here.archived);
        QVERIFY(!here.losses.at(1).gestationalWeek);
        QCOMPARE(m_history->forPatient(here.id).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPatientTransfer)
#include "tst_patienttransfer.moc"
