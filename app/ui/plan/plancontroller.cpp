#include "plancontroller.h"

#include "planeditor.h"
#include "plansettingsdialog.h"

#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QMessageBox>
#include <algorithm>

namespace rp {

PlanController::PlanController(PatientRepository &patients, PlanRepository &plans, LibraryRepository &library,
                               QWidget *parent)
    : QObject(parent), m_patients(patients), m_plans(plans), m_library(library), m_parent(parent)
{
}

std::unique_ptr<Planner> PlanController::makePlanner()
{
    return std::make_unique<Planner>(m_library.offeredItems());
}

PlanEditor *PlanController::newPlan(qint64 patientId)
{
    const auto patient = m_patients.load(patientId);
    if (!patient) {
        QMessageBox::warning(m_parent, tr("Cannot open this patient"), m_patients.lastError().message);
        return nullptr;
    }
    if (patient->losses.isEmpty()) {
        QMessageBox::information(m_parent, tr("No loss recorded"),
                                 tr("A plan belongs to one loss. Add her loss to her record first (Loss history)."));
        return nullptr;
    }
    auto planner = makePlanner();
    QList<QPair<QString, qint64>> templates;
    for (const PlanSummary &t : m_plans.templates())
        templates.append({t.title, t.id});
    PlanSettingsDialog dialog(*planner, *patient, Planner::defaultSettings(patient->losses.constLast(), QDate::currentDate()), QString(), 0,
                              templates, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const PlanPatient profile = PlanPatient::forLoss(*patient, dialog.lossId());
    Plan plan;
    if (dialog.templateId()) {
        const auto templ = m_plans.load(dialog.templateId());
        if (!templ) {
            QMessageBox::warning(m_parent, tr("Cannot open this plan"), m_plans.lastError().message);
            return nullptr;
        }
        plan = planner->fromTemplate(profile, dialog.settings(), *templ);
    } else {
        plan = planner->generate(profile, dialog.settings());
    }
    plan.patientId = patient->id;
    plan.lossId = dialog.lossId();
    plan.title = dialog.title();
    if (!m_plans.save(plan)) {
        QMessageBox::warning(m_parent, tr("The plan was not saved"), m_plans.lastError().message);
        return nullptr;
    }
    emit plansChanged(patient->id);
    return showEditor(*patient, plan, std::move(planner));
}

PlanEditor *PlanController::openPlan(qint64 planId)
{
    const auto plan = m_plans.load(planId);
    const auto patient = plan ? m_patients.load(plan->patientId) : std::nullopt;
    if (!plan || !patient) {
        QMessageBox::warning(m_parent, tr("Cannot open this plan"),
                             plan ? m_patients.lastError().message : m_plans.lastError().message);
        return nullptr;
    }
    return showEditor(*patient, *plan, makePlanner());
}

int PlanController::openWarnings(qint64 planId)
{
    const auto plan = m_plans.load(planId);
    const auto patient = plan ? m_patients.load(plan->patientId) : std::nullopt;
    if (!plan || !patient)
        return -1;
    const auto planner = makePlanner();
    const QList<PlanWarning> warnings = planner->warnings(*plan, PlanPatient::forLoss(*patient, plan->lossId));
    return int(std::count_if(warnings.cbegin(), warnings.cend(), [](const PlanWarning &w) { return !w.keptAnyway(); }));
}

PlanEditor *PlanController::showEditor(const Patient &patient, const Plan &plan, std::unique_ptr<Planner> planner)
{
    auto *editor = new PlanEditor(m_plans, std::move(planner), patient, PlanPatient::forLoss(patient, plan.lossId), plan, m_parent);
    editor->followServer(m_watch);
    connect(editor, &PlanEditor::saved, this, [this, id = patient.id] { emit plansChanged(id); });
    connect(editor, &PlanEditor::printRequested, this,
            [this, editor](qint64 planId, bool exportPdf) { emit printRequested(planId, exportPdf, editor); });
    emit editorOpening(editor);
    editor->show();
    editor->raise();
    // She goes on in the editor: keys typed next belong to its grid, not to the list behind it.
    editor->activateWindow();
    return editor;
}

} // namespace rp
