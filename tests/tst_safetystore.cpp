// What the safety work stores (migration 011), on both back ends: a loss conceived by IVF, the
// planner's rules each plan and printout was made under, her calendar choice, the clinic's
// emergency and crisis numbers; and that they travel in a patient file, old files still import.
#include "testdb.h"
#include "testutil.h"

#include "core/patientfile.h"
#include "core/planner.h"
#include "core/validation.h"
#include "storage/auditlog.h"
#include "storage/clinicrepository.h"
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

class TestSafetyStore : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<PrintHistoryRepository> m_history;
    std::unique_ptr<ClinicRepository> m_clinic;
    Planner m_planner{content::builtInItems()};
    Patient m_patient;
    int m_n = 0;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    }

    Plan savedPlan()
    {
        const PlanPatient pp = PlanPatient::forLoss(m_patient, m_patient.losses.constFirst().id);
        Plan plan = m_planner.generate(pp, Planner::defaultSettings(pp.loss));
        plan.patientId = m_patient.id;
        plan.lossId = pp.loss.id;
        plan.title = QStringLiteral("After the transfer");
        if (!m_plans->save(plan))
            return {};
        return plan;
    }

    PrintRecord makeRecord(qint64 planId)
    {
        PrintRecord r;
        r.patientId = m_patient.id;
        r.planId = planId;
        r.planTitle = QStringLiteral("After the transfer");
        r.options.documents = {PrintDocument::Calendar, PrintDocument::Diet};
        r.options.calendarWithoutPrivate = true;
        r.options.fromDay = 10; // printed from today on
        r.snapshot = QByteArrayLiteral("{\"format\":1}");
        return r;
    }

private slots:
    void init()
    {
        m_clinic.reset();
        m_history.reset();
        m_plans.reset();
        m_patients.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("safety%1").arg(++m_n))));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_history = std::make_unique<PrintHistoryRepository>(*m_db);
        m_clinic = std::make_unique<ClinicRepository>(*m_db);
        m_patient = test::makePatient(QStringLiteral("Leung Hoi Yan"), QStringLiteral("梁凱欣"));
        m_patient.losses << test::makeLoss(QDate(2026, 10, 20), LossKind::FailedIvfTransfer, std::nullopt);
        Loss miscarriage = test::makeLoss(QDate(2026, 11, 10), LossKind::Miscarriage, 7);
        miscarriage.conceivedByIvf = true;
        m_patient.losses << miscarriage;
        QVERIFY2(m_patients->save(m_patient), qPrintable(m_patients->lastError().detail));
    }
    void cleanup()
    {
        m_clinic.reset();
        m_history.reset();
        m_plans.reset();
        m_patients.reset();
        m_db.reset();
    }

    void aMiscarriageOfAnIvfPregnancyIsStoredAsSuch()
    {
        Patient back = *m_patients->load(m_patient.id);
        QCOMPARE(back.losses.size(), 2);
        QVERIFY(back.losses.at(1).conceivedByIvf);
        QVERIFY(back.losses.at(1).afterIvf());
        QVERIFY(!back.losses.at(0).conceivedByIvf); // a failed transfer is IVF by its kind alone
        QVERIFY(back.losses.at(0).afterIvf());
        QCOMPARE(back.losses, m_patient.losses);

        // Taken off again, and the change is in her history of changes.
        back.losses[1].conceivedByIvf = false;
        QVERIFY(m_patients->save(back));
        QVERIFY(!m_patients->load(m_patient.id)->losses.at(1).conceivedByIvf);
        bool logged = false;
        for (const AuditEntry &e : AuditLog(*m_db).forPatient(m_patient.id)) {
            for (const FieldChange &c : e.changes)
                logged = logged
                    || (c.field == QLatin1String("conceivedByIvf") && c.before == QLatin1String("yes")
                        && c.after == QLatin1String("no"));
        }
        QVERIFY(logged);
    }

    void herCalendarChoiceIsRememberedWhenSheIsGivenAPrintout()
    {
        QVERIFY(!m_patients->load(m_patient.id)->calendarWithoutPrivate);
        const Plan plan = savedPlan();
        QVERIFY(plan.id);
        const int version = m_patients->load(m_patient.id)->version;
        PrintRecord r = makeRecord(plan.id);
        QVERIFY2(m_history->record(r), qPrintable(m_history->lastError().detail));
        const Patient after = *m_patients->load(m_patient.id);
        QVERIFY(after.calendarWithoutPrivate);
        QCOMPARE(after.version, version); // a preference, like her print language

        // Her record saved from the patient dialog keeps it.
        Patient edited = after;
        edited.notes = QStringLiteral("Calendar without the test date, please.");
        QVERIFY(m_patients->save(edited));
        QVERIFY(m_patients->load(m_patient.id)->calendarWithoutPrivate);
    }

    void aPrintoutKeepsItsOptionsAndTheRulesItWasMadeUnder()
    {
        const Plan plan = savedPlan();
        PrintRecord r = makeRecord(plan.id);
        QVERIFY(m_history->record(r));
        QCOMPARE(r.rulesVersion, planrules::version);
        const auto back = m_history->load(r.id);
        QVERIFY(back);
        QCOMPARE(back->options, r.options);
        QVERIFY(back->options.calendarWithoutPrivate);
        QCOMPARE(back->options.fromDay, 10);
        QCOMPARE(back->rulesVersion, planrules::version);
        QCOMPARE(m_history->forPatient(m_patient.id).constFirst().rulesVersion, planrules::version);

        // A printout from before the rules changed, given again as it was, stays of those rules.
        QVERIFY(exec(QStringLiteral("UPDATE print_history SET rules_version = 1 WHERE id = ?"), {r.id}));
        PrintRecord again = *m_history->load(r.id);
        QCOMPARE(again.rulesVersion, 1);
        again.id = 0;
        again.printedAt = {};
        QVERIFY(m_history->record(again));
        QCOMPARE(m_history->load(again.id)->rulesVersion, 1);
        QCOMPARE(m_history->load(again.id)->snapshot, r.snapshot);
    }

    void aSaveWritesTheRulesOfTheDay()
    {
        Plan plan = savedPlan();
        QVERIFY(plan.id);
        QCOMPARE(plan.rulesVersion, planrules::version);
        QCOMPARE(m_plans->load(plan.id)->rulesVersion, planrules::version);

        // As an upgraded database has it: made under the first rules.
        QVERIFY(exec(QStringLiteral("UPDATE plans SET rules_version = 1 WHERE id = ?"), {plan.id}));
        Plan old = *m_plans->load(plan.id);
        QCOMPARE(old.rulesVersion, 1);
        QCOMPARE(m_plans->plansFor(m_patient.id).constFirst().rulesVersion, 1);
        old.settings.wineChosen = true;
        QVERIFY2(m_plans->save(old), qPrintable(m_plans->lastError().detail));
        QCOMPARE(old.rulesVersion, planrules::version);
        const Plan back = *m_plans->load(plan.id);
        QCOMPARE(back.rulesVersion, planrules::version);
        QVERIFY(back.settings.wineChosen);
        QCOMPARE(m_plans->plansFor(m_patient.id).constFirst().rulesVersion, planrules::version);
    }

    void theClinicsNumbersRoundTrip()
    {
        ClinicInfo info;
        info.nameEn = QStringLiteral("Harbour TCM Clinic");
        QVERIFY(m_clinic->save(info));
        QVERIFY(m_clinic->load().emergencyNumber.isEmpty()); // nothing shipped as fact
        QVERIFY(m_clinic->load().crisisLines.isEmpty());

        info.emergencyNumber = QStringLiteral("999");
        info.crisisLines
            = {{QStringLiteral("Crisis line A"), QStringLiteral("危機熱線甲"), QStringLiteral("+853 2852 5222")},
                {QStringLiteral("Crisis line B"), QString(), QStringLiteral("(852) 2382-0000")}};
        QVERIFY2(m_clinic->save(info), qPrintable(m_clinic->lastError().detail));
        QCOMPARE(m_clinic->load(), info);

        // One line taken away: one comes back.
        info.crisisLines.removeFirst();
        QVERIFY(m_clinic->save(info));
        QCOMPARE(m_clinic->load(), info);

        info.crisisLines << info.crisisLines << info.crisisLines;
        QVERIFY(!m_clinic->save(info)); // at most two
        QCOMPARE(m_clinic->lastError().code, StorageError::Code::Invalid);
    }

    void numbersAreCheckedAsTheyAreDialled()
    {
        ClinicInfo c;
        c.emergencyNumber = QStringLiteral("+853 (28) 52-5222");
        QVERIFY(validateCrisisNumbers(c).isEmpty());
        c.emergencyNumber = QStringLiteral("999 or 112");
        QCOMPARE(validateCrisisNumbers(c).size(), 1);
        QCOMPARE(validateCrisisNumbers(c).constFirst().field, Field::EmergencyNumber);
        c.emergencyNumber = QString(31, u'9');
        QCOMPARE(validateCrisisNumbers(c).size(), 1);
        c.emergencyNumber = QStringLiteral("999");
        c.crisisLines = {{QStringLiteral("Crisis line"), QString(), QString()}};
        const auto errors = validateCrisisNumbers(c);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().field, Field::CrisisNumber);
        QCOMPARE(errors.constFirst().lossIndex, 0);
        QVERIFY(errors.constFirst().message.contains(QLatin1String("no number")));
        c.crisisLines = {{QString(), QStringLiteral("熱線"), QStringLiteral("2852 5222")}};
        QVERIFY(validateClinic(c).isEmpty());
    }

    // Export, then import elsewhere: the new members travel; a file without them still imports.
    void aPatientFileCarriesTheNewFieldsAndOldFilesStillImport()
    {
        Plan plan = savedPlan();
        plan.settings.wineChosen = true;
        QVERIFY(m_plans->save(plan));
        PrintRecord r = makeRecord(plan.id);
        QVERIFY(m_history->record(r));
        PatientTransfer transfer(*m_db);
        const auto file = transfer.exportPatient(m_patient.id);
        QVERIFY(file);
        const QByteArray json = patientfile::toJson(*file);
        QString error;
        const auto read = patientfile::read(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->patient.losses.at(1).conceivedByIvf);
        QVERIFY(read->patient.calendarWithoutPrivate);
        QVERIFY(read->plans.constFirst().settings.wineChosen);
        QCOMPARE(read->plans.constFirst().rulesVersion, planrules::version);
        QVERIFY(read->printHistory.constFirst().options.calendarWithoutPrivate);
        QCOMPARE(read->printHistory.constFirst().options.fromDay, 10);

        // As version 0.1 wrote it: none of the new members.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject patient = root.value(QStringLiteral("patient")).toObject();
        patient.remove(QStringLiteral("calendarWithoutPrivate"));
        QJsonArray losses;
        for (const QJsonValue &v : patient.value(QStringLiteral("losses")).toArray()) {
            QJsonObject l = v.toObject();
            l.remove(QStringLiteral("conceivedByIvf"));
            losses << l;
        }
        patient.insert(QStringLiteral("losses"), losses);
        root.insert(QStringLiteral("patient"), patient);
        QJsonArray plans;
        for (const QJsonValue &v : root.value(QStringLiteral("plans")).toArray()) {
            QJsonObject p = v.toObject();
            p.remove(QStringLiteral("rulesVersion"));
            QJsonObject settings = p.value(QStringLiteral("settings")).toObject();
            settings.remove(QStringLiteral("wineChosen"));
            p.insert(QStringLiteral("settings"), settings);
            plans << p;
        }
        root.insert(QStringLiteral("plans"), plans);
        QJsonArray history;
        for (const QJsonValue &v : root.value(QStringLiteral("printHistory")).toArray()) {
            QJsonObject h = v.toObject();
            h.remove(QStringLiteral("rulesVersion"));
            h.remove(QStringLiteral("calendarWithoutPrivate"));
            history << h;
        }
        root.insert(QStringLiteral("printHistory"), history);
        const auto old = patientfile::read(QJsonDocument(root).toJson(), &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(!old->patient.losses.at(1).conceivedByIvf);
        QVERIFY(!old->plans.constFirst().settings.wineChosen);
        QCOMPARE(old->plans.constFirst().rulesVersion, 1); // made under the first rules
        QCOMPARE(old->printHistory.constFirst().rulesVersion, 1);

        // Imported as a new patient elsewhere, the old plan keeps its rules, so its mark comes with it.
        PatientFile copy = *old;
        copy.patient.fileNumber.clear();
        copy.patient.nameEn = QStringLiteral("Leung Hoi Yan (copy)");
        const auto result = transfer.importAsNew(copy);
        QVERIFY2(result, qPrintable(transfer.lastError().detail));
        const QList<PlanSummary> imported = m_plans->plansFor(result->patientId);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.constFirst().rulesVersion, 1);
        QCOMPARE(m_history->forPatient(result->patientId).constFirst().rulesVersion, 1);
    }
};

QTEST_GUILESS_MAIN(TestSafetyStore)
#include "tst_safetystore.moc"
