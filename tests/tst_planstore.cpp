// Plans in the database: stored and read back exactly, duplicated, made into templates, guarded
// against two desks, and the follow-ups due today found.
#include "testdb.h"
#include "testutil.h"

#include "core/planner.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestPlanStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    Planner m_planner{content::builtInItems()};
    Patient m_patient;
    int m_n = 0;

    Plan makePlan()
    {
        PlanPatient pp;
        pp.constitution = Constitution::Cold;
        pp.loss = m_patient.losses.constFirst();
        PlanSettings s = Planner::defaultSettings(pp.loss);
        s.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        Plan plan = m_planner.generate(pp, s);
        plan.patientId = m_patient.id;
        plan.lossId = pp.loss.id;
        plan.title = QStringLiteral("After the loss of 1 Nov");
        return plan;
    }

private slots:
    void init()
    {
        m_plans.reset();
        m_patients.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("plans%1").arg(++m_n))));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_patient = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        m_patient.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_patients->save(m_patient));
    }

    void roundTripKeepsEveryDay()
    {
        Plan plan = makePlan();
        plan.day(4)->locked = true;
        plan.day(5)->notes = QStringLiteral("Prefers rose tea; 怕冷。");
        plan.day(5)->edited = true;
        plan.day(22)->setEntry(Slot::Lunch, QStringLiteral("hakka-yellow-wine-chicken"),
            QStringLiteral("She asked; small portion."), {QStringLiteral("contraindicated:heat-constitution")});
        QVERIFY2(m_plans->save(plan), qPrintable(m_plans->lastError().detail));
        QVERIFY(plan.id > 0);
        const auto back = m_plans->load(plan.id);
        QVERIFY(back);
        QCOMPARE(back->settings, plan.settings);
        QCOMPARE(back->days.size(), plan.days.size());
        for (int i = 0; i < plan.days.size(); ++i)
            QCOMPARE(back->days.at(i), plan.days.at(i));
        QCOMPARE(back->title, plan.title);
        QCOMPARE(m_plans->plansFor(m_patient.id).size(), 1);
    }

    void twoDesksDoNotOverwriteAPlan()
    {
        Plan plan = makePlan();
        QVERIFY(m_plans->save(plan));
        Plan a = *m_plans->load(plan.id);
        Plan b = *m_plans->load(plan.id);
        b.day(3)->notes = QStringLiteral("desk B");
        QVERIFY(m_plans->save(b));
        a.day(3)->notes = QStringLiteral("desk A");
        QVERIFY(!m_plans->save(a));
        QCOMPARE(m_plans->lastError().code, StorageError::Code::Conflict);
        QCOMPARE(m_plans->load(plan.id)->day(3)->notes, QStringLiteral("desk B"));
    }

    void duplicateAndTemplate()
    {
        Plan plan = makePlan();
        plan.day(5)->notes = QStringLiteral("private note");
        plan.day(6)->setEntry(Slot::Snack, QStringLiteral("rose-tea"), QStringLiteral("kept because…"));
        QVERIFY(m_plans->save(plan));
        const auto copy = m_plans->duplicate(plan.id, QStringLiteral("Copy"));
        QVERIFY(copy && copy->id != plan.id);
        QCOMPARE(copy->days, m_plans->load(plan.id)->days);
        QCOMPARE(m_plans->plansFor(m_patient.id).size(), 2);

        qint64 templateId = 0;
        QVERIFY(m_plans->saveAsTemplate(plan, QStringLiteral("Cold constitution, natural loss"), &templateId));
        QCOMPARE(m_plans->templates().size(), 1);
        const auto tpl = *m_plans->load(templateId);
        QCOMPARE(tpl.patientId, 0);
        QVERIFY(tpl.day(5)->notes.isEmpty()); // her notes stay hers
        QVERIFY(tpl.day(6)->entry(Slot::Snack)->keepReason.isEmpty());
        QCOMPARE(m_plans->plansFor(m_patient.id).size(), 2); // templates are not her plans
    }

    void followUpsDueOnTheirDay()
    {
        Plan plan = makePlan();
        QVERIFY(m_plans->save(plan));
        const QDate day7 = plan.day(7)->date;
        const auto due = m_plans->followUpsDue(day7);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().patientId, m_patient.id);
        QCOMPARE(due.constFirst().day, 7);
        QVERIFY(due.constFirst().patientName.contains(QStringLiteral("陳美玲")));
        QVERIFY(m_plans->followUpsDue(day7.addDays(1)).isEmpty());
        // Archived patients drop off the list.
        QVERIFY(m_patients->setArchived(m_patient.id, true));
        QVERIFY(m_plans->followUpsDue(day7).isEmpty());
    }

    void aLossWithAPlanIsNotRemoved()
    {
        Plan plan = makePlan();
        QVERIFY(m_plans->save(plan));
        Patient p = *m_patients->load(m_patient.id);
        p.losses.clear();
        QVERIFY(!m_patients->save(p));
        QCOMPARE(m_patients->lastError().code, StorageError::Code::Invalid);
        QVERIFY(m_patients->lastError().message.contains(QLatin1String("recovery plan")));
        QCOMPARE(m_patients->load(m_patient.id)->losses.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
