#pragma once

#include "result.h"

#include "core/patient.h"
#include "core/plan.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace rp {

class LibraryRepository;
class PatientRepository;
class Planner;

// A patient's plans: starting one, opening, saving (and what to do when another desk saved it
// first), copying, templates, and the day's follow-up visits. The plan editor, the plans panel
// and the command line's patient generator all go through this.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    PlanService(PlanRepository &plans, PatientRepository &patients, LibraryRepository &library);

    // A planner over the clinic's library as offered today (its own items, hidden ones left out).
    std::unique_ptr<Planner> planner();

    struct Opened
    {
        Patient patient;
        Plan plan;
    };
    // Her record, to start a plan for one of her losses.
    Result<Patient> patient(qint64 patientId);
    // A new plan for her loss, filled by `planner` from the settings (or from a clinic template
    // when `templateId` is set), titled `title`, and saved.
    Result<Plan> start(const Planner &planner, const Patient &patient, qint64 lossId, const PlanSettings &settings,
        const QString &title, qint64 templateId = 0);
    // A stored plan with the patient it is for.
    Result<Opened> open(qint64 planId);
    // How many of a stored plan's warnings are still open (not kept anyway), under today's rules.
    Result<int> openWarnings(qint64 planId);
    Result<Plan> load(qint64 planId);

    // Saves her plan. Code::Conflict: another desk saved it first; load() it again, or
    // saveAsCopy().
    StorageError save(Plan &plan);
    // Her version of a plan another desk changed meanwhile, stored as a new plan for the same loss
    // ("… (my copy)"), never over theirs. `plan` becomes the copy.
    StorageError saveAsCopy(Plan &plan);
    // The stored plan copied for the same loss ("… (copy)"), days and all.
    Result<Plan> duplicate(const Plan &plan);
    // A copy with no patient, to start other plans from. Gives the template's id.
    Result<qint64> saveAsTemplate(const Plan &plan, const QString &title);

    Result<QList<PlanSummary>> plansFor(qint64 patientId);
    Result<QList<PlanSummary>> templates();
    Result<QList<FollowUpDue>> followUpsDue(const QDate &date);

    // The plan a new patient's latest loss starts with, titled by the loss date: what demo
    // patients and generated patients are given. Not saved.
    static Plan firstPlanFor(const Planner &planner, const Patient &patient, const Loss &loss);

private:
    PlanRepository &m_plans;
    PatientRepository &m_patients;
    LibraryRepository &m_library;
};

} // namespace rp
