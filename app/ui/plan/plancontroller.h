#pragma once

#include "core/planner.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace rp {

class ConnectionWatch;
class PlanEditor;
class PlanService;

// Starts and opens plans: builds the planner from the clinic's library (hidden items left out),
// the patient's profile for the plan's loss, and the editor window.
class PlanController : public QObject
{
    Q_OBJECT
public:
    PlanController(PlanService &plans, QWidget *parent);

    // Asks for the plan's settings, generates it, saves it and opens it. Null if she cancelled.
    PlanEditor *newPlan(qint64 patientId);
    PlanEditor *openPlan(qint64 planId);
    // The warnings the plan has under today's rules and library, not kept anyway; -1 when it
    // cannot be read. What the plans list asks of a plan saved under earlier rules.
    int openWarnings(qint64 planId);
    // A server's connection: its editors say when it drops and comes back.
    void setConnectionWatch(ConnectionWatch *watch) { m_watch = watch; }

signals:
    void plansChanged(qint64 patientId);
    // An open editor asks to print its (saved) plan.
    // `from`: the editor it was asked from, which the print dialog then stays over.
    void printRequested(qint64 planId, bool exportPdf, QWidget *from);
    // An editor is about to be shown (the main window gives it back its last size and place).
    void editorOpening(QWidget *editor);

private:
    PlanEditor *showEditor(const Patient &patient, const Plan &plan, std::unique_ptr<Planner> planner);

    PlanService &m_plans;
    QWidget *m_parent;
    ConnectionWatch *m_watch = nullptr;
};

} // namespace rp
