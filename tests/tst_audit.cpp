// The audit log: every change to a patient, her losses and her plans is recorded with who, from
// which desk and when, in the same transaction as the change; on both back ends.
#include "testdb.h"
#include "testutil.h"

#include "core/library.h"
#include "core/planner.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QSysInfo>
#include <QTest>

using namespace rp;

class TestAudit : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<AuditLog> m_log;
    int m_n = 0;

    QList<AuditEntry> entries(qint64 patientId)
    {
        const auto out = m_log->forPatient(patientId);
        if (m_log->lastError().isError())
            qWarning("%s", qPrintable(m_log->lastError().detail));
        return out;
    }

    static QStringList fields(const AuditEntry &e)
    {
        QStringList out;
        for (const FieldChange &c : e.changes)
            out << c.field;
        return out;
    }

private slots:
    void init()
    {
        m_log.reset();
        m_plans.reset();
        m_patients.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("audit%1").arg(++m_n))));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_log = std::make_unique<AuditLog>(*m_db);
    }

    void aNewPatientIsRecordedWithWhoAndWhere()
    {
        Patient p
            = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("HK-1"));
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(m_patients->save(p));
        const auto log = entries(p.id);
        QCOMPARE(log.size(), 2);
        const AuditEntry &record = log.at(log.at(0).subject == AuditSubject::Patient ? 0 : 1);
        QCOMPARE(record.action, AuditAction::Created);
        QVERIFY(fields(record).contains(QStringLiteral("nameZh")));
        QCOMPARE(record.user, AuditIdentity::current().user);
        QCOMPARE(record.desk, QSysInfo::machineHostName());
        QVERIFY(!record.desk.isEmpty());
        QVERIFY(record.at >= before && record.at <= QDateTime::currentDateTimeUtc().addSecs(1));
        const AuditEntry &loss = log.at(log.at(0).subject == AuditSubject::Loss ? 0 : 1);
        QCOMPARE(loss.subject, AuditSubject::Loss);
        QCOMPARE(loss.action, AuditAction::Created);
        QCOMPARE(loss.subjectId, p.losses.constFirst().id);
        QVERIFY(fields(loss).contains(QStringLiteral("lossDate")));
    }

    void anEditRecordsExactlyWhatChanged()
    {
        Patient p
            = test::makePatient(QStringLiteral("Ho Ka Yan"), QStringLiteral("何嘉欣"), {}, QStringLiteral("6123 4567"));
        p.losses << test::makeLoss(QDate(2026, 10, 1)) << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_patients->save(p));
        p.phone = QStringLiteral("6000 1111");
        p.patterns = {Pattern::BloodStasis};
        p.losses[1].gestationalWeek = 9;
        const Loss removed = p.losses.takeFirst();
        QVERIFY(m_patients->save(p));

        const auto log = entries(p.id);
        const AuditEntry &latest = *std::find_if(log.cbegin(), log.cend(),
            [](const AuditEntry &e) { return e.subject == AuditSubject::Patient && e.action == AuditAction::Changed; });
        QCOMPARE(latest.changes,
            (QList<FieldChange>{{QStringLiteral("phone"), QStringLiteral("6123 4567"), QStringLiteral("6000 1111")},
                {QStringLiteral("patterns"), QString(), QStringLiteral("blood-stasis")}}));
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AuditEntry &e) {
            return e.subject == AuditSubject::Loss && e.action == AuditAction::Deleted && e.subjectId == removed.id;
        }));
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const AuditEntry &e) {
            return e.subject == AuditSubject::Loss && e.action == AuditAction::Changed
                && e.changes
                == QList<FieldChange>{{QStringLiteral("gestationalWeek"), QStringLiteral("8"), QStringLiteral("9")}};
        }));

        // A save that changes nothing adds nothing.
        const int count = int(log.size());
        QVERIFY(m_patients->save(p));
        QCOMPARE(entries(p.id).size(), count);
    }

    void archivingIsRecorded()
    {
        Patient p = test::makePatient(QStringLiteral("Lau Pui Yee"), {});
        QVERIFY(m_patients->save(p));
        QVERIFY(m_patients->setArchived(p.id, true));
        QVERIFY(m_patients->setArchived(p.id, false));
        const auto log = entries(p.id);
        QCOMPARE(log.at(0).action, AuditAction::Restored); // newest first
        QCOMPARE(log.at(1).action, AuditAction::Archived);
    }

    // A refused save leaves no entry: the entry is in the same transaction as the change.
    void aRefusedSaveLeavesNoEntry()
    {
        Patient p = test::makePatient(QStringLiteral("Wong Siu Man"), {});
        QVERIFY(m_patients->save(p));
        Patient stale = p;
        p.phone = QStringLiteral("1");
        QVERIFY(m_patients->save(p));
        const int count = int(entries(p.id).size());
        stale.phone = QStringLiteral("2");
        QVERIFY(!m_patients->save(stale));
        QCOMPARE(m_patients->lastError().code, StorageError::Code::Conflict);
        QCOMPARE(entries(p.id).size(), count);
    }

    void planChangesNameTheDays()
    {
        Patient p = test::makePatient(QStringLiteral("Tam Lok Yee"), QStringLiteral("譚樂怡"));
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_patients->save(p));
        const Planner planner(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(p, p.losses.constFirst().id);
        Plan plan = planner.generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = p.id;
        plan.lossId = profile.loss.id;
        plan.title = QStringLiteral("After 1 Nov");
        QVERIFY(m_plans->save(plan));
        plan.day(5)->notes = QStringLiteral("Called: sleeping better.");
        plan.day(12)->locked = true;
        plan.title = QStringLiteral("After 1 November");
        QVERIFY(m_plans->save(plan));

        const auto log = entries(p.id);
        QCOMPARE(log.at(0).subject, AuditSubject::Plan);
        QCOMPARE(log.at(0).subjectId, plan.id);
        QCOMPARE(log.at(0).action, AuditAction::Changed);
        QCOMPARE(log.at(0).changes,
            (QList<FieldChange>{
                {QStringLiteral("title"), QStringLiteral("After 1 Nov"), QStringLiteral("After 1 November")},
                {QStringLiteral("changedDays"), QString(), QStringLiteral("5 12")}}));
        QCOMPARE(log.at(1).action, AuditAction::Created);
        QVERIFY(fields(log.at(1)).contains(QStringLiteral("start")));
        // A new plan's length is what it is, not a change from nothing ("0 → 30").
        const auto length = std::find_if(log.at(1).changes.cbegin(), log.at(1).changes.cend(),
            [](const FieldChange &c) { return c.field == QLatin1String("days"); });
        QVERIFY(length != log.at(1).changes.cend());
        QCOMPARE(length->before, QString());
        QCOMPARE(length->after, QStringLiteral("30"));

        // A clinic template belongs to no patient and is not in anyone's log.
        qint64 templateId = 0;
        const int before = int(log.size());
        QVERIFY(m_plans->saveAsTemplate(plan, QStringLiteral("Standard"), &templateId));
        QCOMPARE(entries(p.id).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
