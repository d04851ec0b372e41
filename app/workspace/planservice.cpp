#include "planservice.h"

#include "core/datetext.h"
#include "core/planner.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"

#include <algorithm>

namespace rp {

PlanService::PlanService(PlanRepository &plans, PatientRepository &patients, LibraryRepository &library)
    : m_plans(plans)
    , m_patients(patients)
    , m_library(library)
{ }

std::unique_ptr<Planner> PlanService::planner()
{
    return std::make_unique<Planner>(m_library.offeredItems());
}

Result<Patient> PlanService::patient(qint64 patientId)
{
    return resultOf(m_patients.load(patientId), m_patients);
}

Result<Plan> PlanService::start(const Planner &planner, const Patient &patient, qint64 lossId,
    const PlanSettings &settings, const QString &title, qint64 templateId)
{
    const PlanPatient profile = PlanPatient::forLoss(patient, lossId);
    Plan plan;
    if (templateId) {
        const auto templ = m_plans.load(templateId);
        if (!templ)
            return m_plans.lastError();
        plan = planner.fromTemplate(profile, settings, *templ);
    } else {
        plan = planner.generate(profile, settings);
    }
    plan.patientId = patient.id;
    plan.lossId = lossId;
    plan.title = title;
    if (!m_plans.save(plan))
        return m_plans.lastError();
    return plan;
}

Result<PlanService::Opened> PlanService::open(qint64 planId)
{
    auto plan = m_plans.load(planId);
    if (!plan)
        return m_plans.lastError();
    auto patient = m_patients.load(plan->patientId);
    if (!patient)
        return m_patients.lastError();
    return Opened{std::move(*patient), std::move(*plan)};
}

Result<int> PlanService::openWarnings(qint64 planId)
{
    const Result<Opened> opened = open(planId);
    if (!opened)
        return opened.error();
    const QList<PlanWarning> warnings
        = planner()->warnings(opened->plan, PlanPatient::forLoss(opened->patient, opened->plan.lossId));
    return int(std::count_if(warnings.cbegin(), warnings.cend(), [](const PlanWarning &w) { return !w.keptAnyway(); }));
}

Result<Plan> PlanService::load(qint64 planId)
{
    return resultOf(m_plans.load(planId), m_plans);
}

StorageError PlanService::save(Plan &plan)
{
    return errorOf(m_plans.save(plan), m_plans);
}

StorageError PlanService::saveAsCopy(Plan &plan)
{
    Plan copy = plan;
    copy.id = 0;
    copy.version = 0;
    copy.title = tr("%1 (my copy)").arg(plan.title);
    if (!m_plans.save(copy))
        return m_plans.lastError();
    plan = copy;
    return {};
}

Result<Plan> PlanService::duplicate(const Plan &plan)
{
    auto copy = m_plans.duplicate(plan.id, tr("%1 (copy)").arg(plan.title));
    if (!copy)
        return m_plans.lastError();
    return std::move(*copy);
}

Result<qint64> PlanService::saveAsTemplate(const Plan &plan, const QString &title)
{
    qint64 id = 0;
    if (!m_plans.saveAsTemplate(plan, title, &id))
        return m_plans.lastError();
    return id;
}

Result<QList<PlanSummary>> PlanService::plansFor(qint64 patientId)
{
    return rowsOf(m_plans.plansFor(patientId), m_plans);
}

Result<QList<PlanSummary>> PlanService::templates()
{
    return rowsOf(m_plans.templates(), m_plans);
}

Result<QList<FollowUpDue>> PlanService::followUpsDue(const QDate &date)
{
    return rowsOf(m_plans.followUpsDue(date), m_plans);
}

Plan PlanService::firstPlanFor(const Planner &planner, const Patient &patient, const Loss &loss)
{
    Plan plan = planner.generateForLoss(patient, loss);
    plan.title = defaultPlanTitle(loss.date);
    return plan;
}

} // namespace rp
