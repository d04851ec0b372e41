#include "patientservice.h"

#include "planservice.h"

#include "core/demopatients.h"
#include "storage/auditlog.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"
#include "storage/transaction.h"

namespace rp {

PatientService::PatientService(
    PatientRepository &patients, PlanRepository &plans, PrintHistoryRepository &history, AuditLog &audit)
    : m_patients(patients)
    , m_plans(plans)
    , m_history(history)
    , m_audit(audit)
{ }

Result<Patient> PatientService::load(qint64 id)
{
    return resultOf(m_patients.load(id), m_patients);
}

StorageError PatientService::save(Patient &patient)
{
    return errorOf(m_patients.save(patient), m_patients);
}

StorageError PatientService::saveAsCopy(Patient &patient)
{
    Patient copy = patient;
    copy.id = 0;
    copy.version = 0;
    copy.fileNumber.clear();
    for (Loss &loss : copy.losses)
        loss.id = 0;
    if (!m_patients.save(copy))
        return m_patients.lastError();
    patient = copy;
    return {};
}

StorageError PatientService::setArchived(qint64 id, bool archived)
{
    return errorOf(m_patients.setArchived(id, archived), m_patients);
}

Result<QSet<qint64>> PatientService::lossesWithPlans(qint64 id)
{
    return rowsOf(m_patients.lossesWithPlans(id), m_patients);
}

Result<QList<AuditEntry>> PatientService::history(qint64 id)
{
    return rowsOf(m_audit.forPatient(id), m_audit);
}

Result<MergeRecord> PatientService::mergeRecord(qint64 id)
{
    const auto patient = m_patients.load(id);
    if (!patient)
        return m_patients.lastError();
    MergeRecord r;
    r.patient = *patient;
    const QList<PlanSummary> plans = m_plans.plansFor(id);
    if (m_plans.lastError().isError())
        return m_plans.lastError();
    for (const PlanSummary &plan : plans)
        r.plans << plan.title;
    const auto printed = m_history.forPatient(id);
    if (m_history.lastError().isError())
        return m_history.lastError();
    r.printouts = int(printed.size());
    return r;
}

Result<PatientService::MergeChoice> PatientService::mergeChoice(qint64 id)
{
    const QList<PossibleDuplicate> found = m_patients.possibleDuplicates(id);
    if (m_patients.lastError().isError())
        return m_patients.lastError();
    Result<MergeRecord> current = mergeRecord(id);
    if (!current)
        return current.error();
    MergeChoice choice{*current, {}};
    for (const PossibleDuplicate &d : found) {
        Result<MergeRecord> r = mergeRecord(d.patient.id);
        if (!r)
            return r.error();
        r->sameNames = d.sameNames;
        r->samePhone = d.samePhone;
        choice.candidates << *r;
    }
    return choice;
}

StorageError PatientService::merge(qint64 keepId, qint64 otherId)
{
    return errorOf(m_patients.merge(keepId, otherId), m_patients);
}

StorageError PatientService::markDistinct(qint64 id, qint64 otherId)
{
    return errorOf(m_patients.markDistinct(id, otherId), m_patients);
}

StorageError PatientService::addDemoPatients(const Planner &planner, const QDate &today)
{
    const int existing = m_patients.count(true);
    if (existing < 0)
        return m_patients.lastError();
    if (existing != 0) {
        StorageError refused;
        refused.code = StorageError::Code::Invalid;
        refused.message = tr("This database already has patients, so no demo patients were added. Use --demo with "
                             "a new, empty database file, for example --database demo.sqlite.");
        return refused;
    }
    QList<Patient> demo = demoPatients(today);
    if (!m_patients.saveAll(demo))
        return m_patients.lastError();
    // Each comes with a plan for her latest loss, so the editor has something to show.
    for (const Patient &p : std::as_const(demo)) {
        if (p.losses.isEmpty())
            continue;
        Plan plan = PlanService::firstPlanFor(planner, p, p.losses.constLast());
        if (!m_plans.save(plan))
            return m_plans.lastError();
    }
    return {};
}

StorageError PatientService::addWithFirstPlans(const QList<Patient> &patients, const Planner &planner)
{
    Database &database = m_patients.database();
    QList<Patient> toStore = patients;
    StorageError error;
    {
        Transaction tx(database.connection());
        if (!tx.isActive())
            error = StorageError::fromSql(tx.error(), database.backend());
        for (Patient &p : toStore) {
            if (error.isError())
                break;
            if (!m_patients.saveIn(tx, p)) {
                error = m_patients.lastError();
                break;
            }
            Plan plan = PlanService::firstPlanFor(planner, p, p.losses.constLast());
            if (!m_plans.insertIn(tx, plan))
                error = m_plans.lastError();
        }
        if (!error.isError() && tx.commit())
            return {};
        if (!error.isError())
            error = tx.outcomeUnknown() ? StorageError::unconfirmed(tx.error().text())
                                        : StorageError::fromSql(tx.error(), database.backend());
    }
    // Qt closes a dropped server connection: what fails next has no words of its own.
    if (database.backend() == Backend::PostgreSQL && !database.isConnected()
        && error.code != StorageError::Code::Unconfirmed)
        error = StorageError::disconnected(error.detail);
    return error;
}

} // namespace rp
