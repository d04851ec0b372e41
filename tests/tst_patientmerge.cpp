// Two records of one woman: flagged as possible duplicates (the same names and date of birth, or
// the same phone), dismissed as two women, or merged into one with everything that was hers, in
// one transaction that changes nothing when it fails. On SQLite and PostgreSQL.
#include "testdb.h"
#include "testutil.h"

#include "core/planner.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace rp;

class TestPatientMerge : public QObject
{
    Q_OBJECT
    test::TestDatabases m_dbs;
    int m_n = 0;
    Planner m_planner{content::builtInItems()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<PrintHistoryRepository> m_history;

    Patient add(const QString &en, const QString &zh, const QString &phone, const QDate &born = QDate(1988, 6, 1),
        const QString &file = {})
    {
        Patient p = test::makePatient(en, zh, file, phone);
        p.birthDate = born;
        if (!m_patients->save(p))
            qFatal("cannot save: %s", qPrintable(m_patients->lastError().detail));
        return p;
    }

    // Who her row in the list says she may duplicate (0: no flag).
    qint64 flagOf(qint64 id)
    {
        const auto rows = m_patients->summaries({id});
        return rows.isEmpty() ? -1 : rows.constFirst().duplicateId;
    }

    QList<qint64> duplicatesOf(qint64 id)
    {
        QList<qint64> out;
        for (const PossibleDuplicate &d : m_patients->possibleDuplicates(id))
            out << d.patient.id;
        return out;
    }

    Plan planFor(const Patient &patient, int lossIndex, const QString &title)
    {
        const Loss &loss = patient.losses.at(lossIndex);
        PlanSettings s = Planner::defaultSettings(loss);
        Plan plan = m_planner.generate(PlanPatient::forLoss(patient, loss.id), s);
        plan.patientId = patient.id;
        plan.lossId = loss.id;
        plan.title = title;
        return plan;
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // Every row of hers, by table: what a merge must move and a failed one must leave.
    QMap<QString, int> rowsOf(qint64 id)
    {
        QMap<QString, int> out;
        for (const char *table : {"losses", "plans", "print_history", "audit_log", "patient_patterns"})
            out.insert(QLatin1String(table),
                count(QStringLiteral("SELECT count(*) FROM %1 WHERE patient_id = ?").arg(QLatin1String(table)), {id}));
        out.insert(QStringLiteral("plan_days"),
            count(QStringLiteral("SELECT count(*) FROM plan_days WHERE plan_id IN "
                                 "(SELECT id FROM plans WHERE patient_id = ?)"),
                {id}));
        return out;
    }

    // Two records of Chan Mei Ling: the older with a loss and a plan; the newer, made at another
    // desk, with her file number, notes, a pattern, the same loss again (with its plan) and one more.
    struct Pair
    {
        Patient keep, other;
        Plan keepPlan, otherPlan, duplicateLossPlan;
    };
    Pair seedPair()
    {
        Pair s;
        s.keep = test::makePatient(
            QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), {}, QStringLiteral("6612 3456"));
        s.keep.notes = QStringLiteral("Cold hands.");
        s.keep.losses << test::makeLoss(QDate(2026, 3, 10), LossKind::Miscarriage, std::nullopt);
        if (!m_patients->save(s.keep))
            qFatal("cannot save");
        s.other = test::makePatient(QStringLiteral("CHAN Mei Ling"), QStringLiteral("陈美玲"),
            QStringLiteral("MO-0042"), QStringLiteral("+853 6612-3456"));
        s.other.notes = QStringLiteral("怕冷。");
        s.other.patterns = {Pattern::BloodStasis};
        s.other.losses << test::makeLoss(QDate(2026, 3, 10), LossKind::Miscarriage, 9)
                       << test::makeLoss(QDate(2026, 10, 20), LossKind::FailedIvfTransfer, 6);
        s.other.losses[0].notes = QStringLiteral("D&C");
        if (!m_patients->save(s.other))
            qFatal("cannot save");
        s.keepPlan = planFor(s.keep, 0, QStringLiteral("March"));
        s.duplicateLossPlan = planFor(s.other, 0, QStringLiteral("March, other desk"));
        s.otherPlan = planFor(s.other, 1, QStringLiteral("October"));
        for (Plan *p : {&s.keepPlan, &s.duplicateLossPlan, &s.otherPlan}) {
            if (!m_plans->save(*p))
                qFatal("cannot save plan: %s", qPrintable(m_plans->lastError().detail));
        }
        PrintRecord printed;
        printed.patientId = s.other.id;
        printed.planId = s.otherPlan.id;
        printed.planTitle = s.otherPlan.title;
        printed.options.documents = {PrintDocument::Diet};
        printed.output = PrintOutput::Printer;
        printed.snapshot = QByteArray("{}");
        if (!m_history->record(printed))
            qFatal("cannot record a printout");
        // Fresh versions, as a desk would read them.
        s.keep = *m_patients->load(s.keep.id);
        s.other = *m_patients->load(s.other.id);
        return s;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("merge%1").arg(++m_n))));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_history = std::make_unique<PrintHistoryRepository>(*m_db);
    }
    void cleanup()
    {
        m_history.reset();
        m_plans.reset();
        m_patients.reset();
        m_db.reset();
    }

    // Case, spacing and Traditional/Simplified characters aside; without a date of birth or with
    // another one, the same names are not enough.
    void sameNamesAndBirthDateAreFlagged()
    {
        const Patient a = add(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), {});
        const Patient b = add(QStringLiteral("chan  MEI ling"), QStringLiteral("陈美玲"), {});
        const Patient otherDay = add(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), {}, QDate(1990, 1, 2));
        const Patient unknownDay = add(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), {}, QDate());
        const Patient otherName = add(QStringLiteral("Chan Mei Lan"), QStringLiteral("陳美蘭"), {});

        QCOMPARE(duplicatesOf(a.id), QList<qint64>{b.id});
        QCOMPARE(duplicatesOf(b.id), QList<qint64>{a.id});
        const auto found = m_patients->possibleDuplicates(a.id);
        QVERIFY(found.constFirst().sameNames);
        QVERIFY(!found.constFirst().samePhone);
        for (const Patient &p : {otherDay, unknownDay, otherName}) {
            QVERIFY(duplicatesOf(p.id).isEmpty());
            QCOMPARE(flagOf(p.id), 0);
        }
        // The list's row carries the flag with the other record's name.
        const auto rows = m_patients->summaries({a.id, otherName.id});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).duplicateId, b.id);
        QCOMPARE(rows.at(0).duplicateName, QStringLiteral("陈美玲 chan  MEI ling"));
        QVERIFY(!rows.at(0).duplicateByPhone);
        QCOMPARE(rows.at(1).duplicateId, 0);
    }

    // A country code, spaces, dashes or full-width digits written one time and not another do not
    // matter; a few digits are not a phone number.
    void samePhoneIsFlagged()
    {
        const Patient a
            = add(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"), QStringLiteral("+853 6612 3456"));
        const Patient b
            = add(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("６６１２-３４５６"));
        const Patient other = add(QStringLiteral("Ho Siu Wai"), QStringLiteral("何少慧"), QStringLiteral("6612 3457"));
        const Patient shortA = add(QStringLiteral("Lam Ying"), QStringLiteral("林英"), QStringLiteral("12345"));
        const Patient shortB = add(QStringLiteral("Lam Yee"), QStringLiteral("林儀"), QStringLiteral("12345"));

        QCOMPARE(duplicatesOf(a.id), QList<qint64>{b.id});
        const auto found = m_patients->possibleDuplicates(b.id);
        QVERIFY(found.constFirst().samePhone);
        QVERIFY(!found.constFirst().sameNames);
        QCOMPARE(flagOf(b.id), a.id);
        QVERIFY(m_patients->summaries({b.id}).constFirst().duplicateByPhone);
        QCOMPARE(flagOf(other.id), 0);
        QCOMPARE(flagOf(shortA.id), 0);
        QCOMPARE(flagOf(shortB.id), 0);

        // Her number changed: the flag follows the record as saved.
        Patient changed = *m_patients->load(b.id);
        changed.phone = QStringLiteral("2888 1234");
        QVERIFY(m_patients->save(changed));
        QCOMPARE(flagOf(a.id), 0);
    }

    // "Not the same person": the flag is gone for both, and stays gone after either is saved; a
    // third record with the same phone is still flagged.
    void notTheSamePersonStaysDismissed()
    {
        const Patient mother
            = add(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("6612 3456"));
        Patient daughter = add(
            QStringLiteral("Chan Ka Yi"), QStringLiteral("陳嘉儀"), QStringLiteral("6612 3456"), QDate(2001, 2, 3));
        QCOMPARE(flagOf(mother.id), daughter.id);
        QVERIFY(m_patients->markDistinct(daughter.id, mother.id));
        QVERIFY(m_patients->markDistinct(daughter.id, mother.id)); // twice is harmless
        QCOMPARE(flagOf(mother.id), 0);
        QCOMPARE(flagOf(daughter.id), 0);
        QVERIFY(duplicatesOf(mother.id).isEmpty());
        daughter = *m_patients->load(daughter.id);
        daughter.notes = QStringLiteral("Came with her mother.");
        QVERIFY(m_patients->save(daughter));
        QCOMPARE(flagOf(daughter.id), 0);

        const Patient sister = add(QStringLiteral("Chan Ka Man"), QStringLiteral("陳嘉敏"), QStringLiteral("66123456"));
        QCOMPARE(duplicatesOf(mother.id), QList<qint64>{sister.id});
        QCOMPARE(flagOf(daughter.id), sister.id);
    }

    // Everything that was hers is under the kept record; the other record and its search pieces
    // are gone; what the kept one lacked is filled in; the same loss recorded twice becomes one.
    void mergeMovesEverything()
    {
        const Pair s = seedPair();
        const int daysBefore = count(QStringLiteral("SELECT count(*) FROM plan_days"));
        const int auditOfOther
            = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE patient_id = ?"), {s.other.id});
        QVERIFY(auditOfOther > 0);
        QCOMPARE(flagOf(s.keep.id), s.other.id);

        QVERIFY2(m_patients->merge(s.keep.id, s.other.id), qPrintable(m_patients->lastError().detail));

        QVERIFY(!m_patients->load(s.other.id));
        const auto kept = m_patients->load(s.keep.id);
        QVERIFY(kept);
        // Her own details stay; the empty ones are filled; both notes are kept.
        QCOMPARE(kept->nameEn, QStringLiteral("Chan Mei Ling"));
        QCOMPARE(kept->phone, QStringLiteral("6612 3456"));
        QCOMPARE(kept->fileNumber, QStringLiteral("MO-0042"));
        QCOMPARE(kept->notes, QStringLiteral("Cold hands.\n\n怕冷。"));
        QCOMPARE(kept->patterns, QList<Pattern>{Pattern::BloodStasis});
        QVERIFY(kept->version > s.keep.version);
        // The March loss once (with the week and notes only the copy had), and October.
        QCOMPARE(kept->losses.size(), 2);
        QCOMPARE(kept->losses.at(0).id, s.keep.losses.at(0).id);
        QCOMPARE(kept->losses.at(0).gestationalWeek, std::optional<int>(9));
        QCOMPARE(kept->losses.at(0).notes, QStringLiteral("D&C"));
        QCOMPARE(kept->losses.at(1).id, s.other.losses.at(1).id);

        // Every plan, with its days, on her record and on a loss of hers.
        const QList<PlanSummary> plans = m_plans->plansFor(s.keep.id);
        QCOMPARE(plans.size(), 3);
        for (const PlanSummary &p : plans)
            QVERIFY(p.lossId == kept->losses.at(0).id || p.lossId == kept->losses.at(1).id);
        QCOMPARE(m_plans->load(s.duplicateLossPlan.id)->lossId, s.keep.losses.at(0).id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_days")), daysBefore);
        // A desk that had the moved plan open is told it changed.
        QVERIFY(m_plans->load(s.otherPlan.id)->version > s.otherPlan.version);

        QCOMPARE(m_history->forPatient(s.keep.id).size(), 1);
        // Her history is all on the kept record, with the merge in it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE patient_id = ?"), {s.other.id}), 0);
        AuditLog log(*m_db);
        const QList<AuditEntry> entries = log.forPatient(s.keep.id);
        const auto merged = std::find_if(entries.cbegin(), entries.cend(),
            [](const AuditEntry &e) { return e.action == AuditAction::MergedRecord; });
        QVERIFY(merged != entries.cend());
        QCOMPARE(merged->changes.constFirst().field, QStringLiteral("mergedFrom"));
        QCOMPARE(merged->changes.constFirst().after, s.other.displayName());
        // The phone she gave the other time stays in the history.
        QVERIFY(merged->changes.contains(FieldChange{QStringLiteral("phone"), s.other.phone, s.keep.phone}));
        QVERIFY(std::count_if(entries.cbegin(), entries.cend(), [&](const AuditEntry &e) {
            return e.subject == AuditSubject::Patient && e.subjectId == s.other.id;
        }) > 0);

        // Nothing of the other record is left, and she is found by what was only on it.
        for (const char *table : {"patient_grams", "patient_patterns", "losses", "plans", "print_history"})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE patient_id = ?").arg(QLatin1String(table)),
                         {s.other.id}),
                0);
        const auto found = m_patients->find({QStringLiteral("MO-0042"), false});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().id, s.keep.id);
        QCOMPARE(found.constFirst().lossCount, 2);
        QCOMPARE(flagOf(s.keep.id), 0);
    }

    // Keeping the newer record works the same way round.
    void mergeKeepsEitherRecord()
    {
        const Pair s = seedPair();
        QVERIFY2(m_patients->merge(s.other.id, s.keep.id), qPrintable(m_patients->lastError().detail));
        QVERIFY(!m_patients->load(s.keep.id));
        const auto kept = m_patients->load(s.other.id);
        QCOMPARE(kept->nameEn, QStringLiteral("CHAN Mei Ling"));
        QCOMPARE(kept->losses.size(), 2);
        QCOMPARE(m_plans->plansFor(s.other.id).size(), 3);
        QCOMPARE(m_patients->count(true), 1);
    }

    // A failure half-way (here the audit log cannot be written, after her losses and plans have
    // moved) leaves both records exactly as they were.
    void aFailedMergeChangesNothing()
    {
        const Pair s = seedPair();
        const QMap<QString, int> keepRows = rowsOf(s.keep.id), otherRows = rowsOf(s.other.id);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_away")));

        QVERIFY(!m_patients->merge(s.keep.id, s.other.id));
        QVERIFY(m_patients->lastError().isError());

        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log_away RENAME TO audit_log")));
        QCOMPARE(rowsOf(s.keep.id), keepRows);
        QCOMPARE(rowsOf(s.other.id), otherRows);
        const auto keep = m_patients->load(s.keep.id), other = m_patients->load(s.other.id);
        QVERIFY(keep && other);
        QCOMPARE(keep->version, s.keep.version);
        QCOMPARE(keep->fileNumber, QString());
        QCOMPARE(other->fileNumber, QStringLiteral("MO-0042"));
        QCOMPARE(other->losses, s.other.losses);
        QCOMPARE(m_plans->load(s.duplicateLossPlan.id)->lossId, s.other.losses.at(0).id);
        QCOMPARE(flagOf(s.keep.id), s.other.id);
    }

    // A merged record must still make sense: a date of birth after one of her losses is refused.
    void anImpossibleMergeIsRefused()
    {
        Patient keep = test::makePatient(
            QStringLiteral("Ho Siu Wai"), QStringLiteral("何少慧"), {}, QStringLiteral("6699 1234"));
        keep.birthDate = QDate();
        keep.losses << test::makeLoss(QDate(2020, 5, 1));
        QVERIFY(m_patients->save(keep));
        const Patient other = add(
            QStringLiteral("Ho Siu Wai"), QStringLiteral("何少慧"), QStringLiteral("6699 1234"), QDate(2021, 1, 1));
        QVERIFY(!m_patients->merge(keep.id, other.id));
        QCOMPARE(m_patients->lastError().code, StorageError::Code::Invalid);
        QVERIFY(m_patients->load(other.id));
        QVERIFY(!m_patients->merge(keep.id, keep.id));
    }

    // Patients stored before this version have no keys until the upkeep step fills them.
    void keysAreRebuiltForPatientsStoredBefore()
    {
        const Patient a = add(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("6612 3456"));
        const Patient b = add(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("66123456"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET names_key = '', phone_key = ''")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM app_meta WHERE key = 'duplicate_key_version'")));
        QCOMPARE(flagOf(a.id), 0);
        QList<int> heard;
        QVERIFY(m_patients->rebuildDuplicateKeysIfNeeded([&](int done, int) { heard << done; }));
        QCOMPARE(flagOf(a.id), b.id);
        QCOMPARE(heard.constLast(), 2);
        // Once done, not again.
        heard.clear();
        QVERIFY(m_patients->rebuildDuplicateKeysIfNeeded([&](int done, int) { heard << done; }));
        QVERIFY(heard.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPatientMerge)
#include "tst_patientmerge.moc"
