#include "plancontroller.h"

#include "planeditor.h"
#include "plansettingsdialog.h"

#include "workspace/planservice.h"

#include <QMessageBox>
#include <algorithm>

namespace rp {

PlanController::PlanController(PlanService &plans, QWidget *parent)
    : QObject(parent)
    , m_plans(plans)
    , m_parent(parent)
{ }

PlanEditor *PlanController::newPlan(qint64 patientId)
{
    const Result<Patient> patient = m_plans.patient(patientId);
    if (!patient) {
        QMessageBox::warning(m_parent, tr("Cannot open this patient"), patient.error().message);
        return nullptr;
    }
    if (patient->losses.isEmpty()) {
        QMessageBox::information(m_parent, tr("No loss recorded"),
            tr("A plan belongs to one loss. Add her loss to her record first (Loss history)."));
        return nullptr;
    }
    auto planner = m_plans.planner();
    QList<QPair<QString, qint64>> templates;
    for (const PlanSummary &t : m_plans.templates().valueOr({}))
        templates.append({t.title, t.id});
    PlanSettingsDialog dialog(*planner, *patient,
        Planner::defaultSettings(patient->losses.constLast(), QDate::currentDate()), QString(), 0, templates, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const Result<Plan> plan
        = m_plans.start(*planner, *patient, dialog.lossId(), dialog.settings(), dialog.title(), dialog.templateId());
    if (!plan) {
        QMessageBox::warning(m_parent, tr("The plan was not saved"), plan.error().message);
        return nullptr;
    }
    emit plansChanged(patient->id);
    return showEditor(*patient, *plan, std::move(planner));
}

PlanEditor *PlanController::openPlan(qint64 planId)
{
    const Result<PlanService::Opened> opened = m_plans.open(planId);
    if (!opened) {
        QMessageBox::warning(m_parent, tr("Cannot open this plan"), opened.error().message);
        return nullptr;
    }
    return showEditor(opened->patient, opened->plan, m_plans.planner());
}

int PlanController::openWarnings(qint64 planId)
{
    const Result<int> open = m_plans.openWarnings(planId);
    return open ? *open : -1;
}

PlanEditor *PlanController::showEditor(const Patient &patient, const Plan &plan, std::unique_ptr<Planner> planner)
{
    auto *editor = new PlanEditor(
        m_plans, std::move(planner), patient, PlanPatient::forLoss(patient, plan.lossId), plan, m_parent);
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
