#include "patienttransfer.h"

#include "auditlog.h"

#include "database.h"
#include "transaction.h"

#include "core/duplicates.h"
#include "core/search.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

// Translation context for this file's messages (declared outside the namespace so that lupdate
// and the runtime agree on its name).
class PatientTransferText
{
    Q_DECLARE_TR_FUNCTIONS(PatientTransferText)
};

namespace rp {

namespace {

// Names compared as the search compares them: "CHAN Mei Ling" is "Chan Mei Ling", 陈美玲 is 陳美玲.
bool sameName(const QString &a, const QString &b)
{
    return foldForSearch(a.simplified()) == foldForSearch(b.simplified());
}

// Losses in date order, each with the file's key (0 for one already here). The repository keeps
// a history in date order; handing it one already sorted means the i-th loss it stores is the
// i-th here, so each key finds its new id.
using KeyedLosses = QList<std::pair<Loss, qint64>>;

void sortByDate(KeyedLosses &losses)
{
    std::stable_sort(
        losses.begin(), losses.end(), [](const auto &a, const auto &b) { return a.first.date < b.first.date; });
}

// Each key's loss as stored, or false when the stored history is not in the order handed over
// (then no plan could be put on the right loss).
bool mapKeys(const KeyedLosses &handed, const QList<Loss> &stored, QHash<qint64, qint64> *ids)
{
    if (stored.size() != handed.size())
        return false;
    for (qsizetype i = 0; i < handed.size(); ++i) {
        if (stored.at(i).date != handed.at(i).first.date || stored.at(i).kind != handed.at(i).first.kind)
            return false;
        if (handed.at(i).second != 0)
            ids->insert(handed.at(i).second, stored.at(i).id);
    }
    return true;
}

StorageError lossesUnmatched()
{
    return {StorageError::Code::Other,
        PatientTransferText::tr("Her losses could not be matched to their plans, so nothing was imported."), {}};
}

} // namespace

PatientTransfer::PatientTransfer(Database &database)
    : Repository(database)
    , m_patients(database)
    , m_plans(database)
    , m_history(database)
{ }

std::optional<PatientFile> PatientTransfer::exportPatient(qint64 id)
{
    m_error = {};
    Transaction snapshot(m_db.connection(), Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        failSql(snapshot.error());
        return std::nullopt;
    }
    PatientFile file;
    const auto patient = m_patients.loadIn(snapshot, id);
    if (!patient) {
        fail(m_patients.lastError());
        return std::nullopt;
    }
    file.patient = *patient;
    file.patient.id = 0;
    file.patient.version = 0;
    QSet<qint64> lossIds;
    for (const Loss &l : file.patient.losses)
        lossIds.insert(l.id);

    const QList<PlanSummary> summaries = m_plans.plansFor(id);
    if (m_plans.lastError().isError()) {
        fail(m_plans.lastError());
        return std::nullopt;
    }
    QSet<qint64> planIds;
    for (const PlanSummary &s : summaries) {
        auto plan = m_plans.loadIn(snapshot, s.id);
        if (!plan) {
            fail(m_plans.lastError());
            return std::nullopt;
        }
        plan->patientId = 0;
        plan->version = 0;
        if (!lossIds.contains(plan->lossId))
            plan->lossId = 0;
        planIds.insert(plan->id);
        file.plans << *plan;
    }

    const QList<PrintRecord> records = m_history.forPatient(id); // newest first
    if (m_history.lastError().isError()) {
        fail(m_history.lastError());
        return std::nullopt;
    }
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        auto record = m_history.load(it->id);
        if (!record) {
            fail(m_history.lastError());
            return std::nullopt;
        }
        record->id = 0;
        record->patientId = 0;
        if (!planIds.contains(record->planId))
            record->planId = 0;
        file.printHistory << *record;
    }
    file.exportedAt
        = QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    file.appVersion = QCoreApplication::applicationVersion();
    return file;
}

std::optional<PatientTransfer::Existing> PatientTransfer::findExisting(const PatientFile &file)
{
    m_error = {};
    const Patient &theirs = file.patient;
    const QSqlDatabase db = m_db.connection();
    qint64 id = 0;
    Match match = Match::FileNumber;
    QSqlQuery q(db);
    if (!theirs.fileNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM patients WHERE file_number = ?"));
        q.addBindValue(theirs.fileNumber);
        if (!q.exec()) {
            failSql(q.lastError());
            return std::nullopt;
        }
        if (q.next())
            id = q.value(0).toLongLong();
    }
    // Without a date of birth two names alone are too weak a match to offer.
    if (id == 0 && theirs.birthDate.isValid()) {
        q.prepare(QStringLiteral("SELECT id, name_en, name_zh FROM patients WHERE birth_date = ? ORDER BY id"));
        q.addBindValue(theirs.birthDate.toString(Qt::ISODate));
        if (!q.exec()) {
            failSql(q.lastError());
            return std::nullopt;
        }
        while (id == 0 && q.next()) {
            if (sameName(q.value(1).toString(), theirs.nameEn) && sameName(q.value(2).toString(), theirs.nameZh)) {
                id = q.value(0).toLongLong();
                match = Match::NamesAndBirthDate;
            }
        }
        if (q.lastError().isValid()) {
            failSql(q.lastError());
            return std::nullopt;
        }
    }
    if (id == 0)
        return std::nullopt;
    q.finish();
    auto patient = m_patients.load(id);
    if (!patient) {
        fail(m_patients.lastError());
        return std::nullopt;
    }
    return Existing{*patient, match};
}

std::optional<PatientTransfer::Result> PatientTransfer::importAsNew(const PatientFile &file)
{
    m_error = {};
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        failSql(tx.error());
        return std::nullopt;
    }
    Result result;
    Patient patient = file.patient;
    patient.id = 0;
    patient.version = 0;
    KeyedLosses losses;
    for (const Loss &l : file.patient.losses)
        losses.append({l, l.id});
    sortByDate(losses);
    patient.losses.clear();
    for (auto &[loss, key] : losses) {
        loss.id = 0;
        patient.losses << loss;
    }
    if (!m_patients.saveIn(tx, patient)) {
        fail(m_patients.lastError());
        return std::nullopt;
    }
    QHash<qint64, qint64> lossIds; // the file's key → the id here
    if (!mapKeys(losses, patient.losses, &lossIds)) {
        fail(lossesUnmatched());
        return std::nullopt;
    }
    result.patientId = patient.id;
    result.lossesAdded = int(losses.size());

    QHash<qint64, qint64> planIds;
    for (const Plan &theirs : file.plans) {
        Plan plan = theirs;
        plan.id = 0;
        plan.version = 0;
        plan.patientId = patient.id;
        plan.lossId = lossIds.value(theirs.lossId, 0);
        if (!m_plans.insertIn(tx, plan)) {
            fail(m_plans.lastError());
            return std::nullopt;
        }
        planIds.insert(theirs.id, plan.id);
        ++result.plansAdded;
    }
    for (const PrintRecord &theirs : file.printHistory) {
        PrintRecord record = theirs;
        record.id = 0;
        record.patientId = patient.id;
        record.planId = planIds.value(theirs.planId, 0);
        if (!m_history.insertIn(tx, record)) {
            fail(m_history.lastError());
            return std::nullopt;
        }
        ++result.printoutsAdded;
    }
    if (!auditImport(file, patient.id, AuditAction::Imported))
        return std::nullopt;
    if (!tx.commit()) {
        failCommit(tx);
        return std::nullopt;
    }
    return result;
}

std::optional<PatientTransfer::Result> PatientTransfer::importInto(qint64 existingId, const PatientFile &file)
{
    m_error = {};
    // The write lock first: what is compared below is what the merge then writes over.
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        failSql(tx.error());
        return std::nullopt;
    }
    const auto existing = m_patients.loadIn(tx, existingId);
    if (!existing) {
        fail(m_patients.lastError());
        return std::nullopt;
    }
    Result result;
    result.patientId = existingId;
    result.merged = true;

    // Her record here stays as it is; what it lacks comes from the file.
    Patient merged = *existing;
    const Patient &theirs = file.patient;
    result.detailsAdded = fillMissing(merged, theirs);

    // A loss on the same date and of the same kind is the same loss; each loss here answers for
    // one loss in the file at most.
    QHash<qint64, qint64> lossIds; // the file's key → the id here (for losses already here)
    QSet<qint64> newLossKeys;
    QSet<qint64> matched;
    KeyedLosses losses;
    for (const Loss &l : merged.losses)
        losses.append({l, 0});
    for (const Loss &l : theirs.losses) {
        const auto same = std::find_if(merged.losses.cbegin(), merged.losses.cend(),
            [&](const Loss &mine) { return !matched.contains(mine.id) && mine.date == l.date && mine.kind == l.kind; });
        if (same != merged.losses.cend()) {
            matched.insert(same->id);
            lossIds.insert(l.id, same->id);
            continue;
        }
        Loss added = l;
        added.id = 0;
        losses.append({added, l.id});
        newLossKeys.insert(l.id);
        ++result.lossesAdded;
    }
    sortByDate(losses);
    merged.losses.clear();
    for (const auto &[loss, key] : losses)
        merged.losses << loss;

    // The merged record must meet the same rules as one typed in (a date of birth from the file
    // after a loss recorded here, say).
    const QList<ValidationError> problems = validatePatient(merged, QDate::currentDate());
    if (!problems.isEmpty()) {
        fail({StorageError::Code::Invalid,
            PatientTransferText::tr("Her record here and the file cannot be merged: %1")
                .arg(problems.constFirst().message),
            {}});
        return std::nullopt;
    }

    // A plan already here (same loss, same start, made at the same moment) is skipped.
    struct Known
    {
        qint64 id, lossId;
        QDate start;
        QDateTime createdAt;
    };
    QList<Known> known;
    const QList<PlanSummary> summaries = m_plans.plansFor(existingId);
    if (m_plans.lastError().isError()) {
        fail(m_plans.lastError());
        return std::nullopt;
    }
    for (const PlanSummary &s : summaries) {
        const auto plan = m_plans.loadIn(tx, s.id);
        if (!plan) {
            fail(m_plans.lastError());
            return std::nullopt;
        }
        known.append({plan->id, plan->lossId, plan->settings.start, plan->createdAt});
    }
    QHash<qint64, qint64> planIds; // the file's key → the id here
    QList<const Plan *> newPlans;
    for (const Plan &plan : file.plans) {
        const bool newLoss = newLossKeys.contains(plan.lossId);
        const qint64 lossHere = lossIds.value(plan.lossId, 0);
        const auto same = std::find_if(known.cbegin(), known.cend(), [&](const Known &k) {
            return !newLoss && k.lossId == lossHere && k.start == plan.settings.start && k.createdAt == plan.createdAt;
        });
        if (same != known.cend())
            planIds.insert(plan.id, same->id);
        else
            newPlans << &plan;
    }
    result.plansAdded = int(newPlans.size());

    // A printout already here (printed at the same moment, the same documents) is skipped.
    const QList<PrintRecord> printed = m_history.forPatient(existingId);
    if (m_history.lastError().isError()) {
        fail(m_history.lastError());
        return std::nullopt;
    }
    QList<const PrintRecord *> newPrintouts;
    for (const PrintRecord &record : file.printHistory) {
        const bool here = std::any_of(printed.cbegin(), printed.cend(), [&](const PrintRecord &p) {
            return p.printedAt == record.printedAt && p.options.documents == record.options.documents;
        });
        if (!here)
            newPrintouts << &record;
    }
    result.printoutsAdded = int(newPrintouts.size());

    // Nothing new: nothing is written, and other desks have nothing to reload.
    if (!result.changed())
        return result;

    // Saved even when only plans or printouts are new: her version moves, so another desk with
    // her record open sees that it changed.
    if (!m_patients.saveIn(tx, merged)) {
        fail(m_patients.lastError());
        return std::nullopt;
    }
    if (!mapKeys(losses, merged.losses, &lossIds)) {
        fail(lossesUnmatched());
        return std::nullopt;
    }
    for (const Plan *theirsPlan : newPlans) {
        Plan plan = *theirsPlan;
        plan.id = 0;
        plan.version = 0;
        plan.patientId = existingId;
        plan.lossId = lossIds.value(theirsPlan->lossId, 0);
        if (!m_plans.insertIn(tx, plan)) {
            fail(m_plans.lastError());
            return std::nullopt;
        }
        planIds.insert(theirsPlan->id, plan.id);
    }
    for (const PrintRecord *theirsRecord : newPrintouts) {
        PrintRecord record = *theirsRecord;
        record.id = 0;
        record.patientId = existingId;
        record.planId = planIds.value(theirsRecord->planId, 0);
        if (!m_history.insertIn(tx, record)) {
            fail(m_history.lastError());
            return std::nullopt;
        }
    }
    if (!auditImport(file, existingId, AuditAction::Merged))
        return std::nullopt;
    if (!tx.commit()) {
        failCommit(tx);
        return std::nullopt;
    }
    return result;
}

// Says in her history which file the import came from (when it was exported, by which version).
bool PatientTransfer::auditImport(const PatientFile &file, qint64 patientId, AuditAction action)
{
    const AuditEntry entry{0, {}, {}, {}, patientId, AuditSubject::Patient, patientId, action,
        {{QStringLiteral("exportedAt"), QString(), file.exportedAt.toString(Qt::ISODate)},
            {QStringLiteral("appVersion"), QString(), file.appVersion}}};
    QSqlError error;
    return AuditLog::append(m_db.connection(), entry, &error) || failSql(error);
}

} // namespace rp
