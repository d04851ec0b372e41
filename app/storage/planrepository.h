#pragma once

#include "repository.h"

#include "core/plan.h"

#include <QList>
#include <optional>

namespace rp {

class Database;
class Transaction;

// A plan as the patient's plan list shows it.
struct PlanSummary
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 lossId = 0;
    QString title;
    QDate start;
    int days = 0;
    QDateTime updatedAt;
    int rulesVersion = 1; // the planner's rules it was last saved under (planrules::version)
};

// A follow-up due on a day, for the main window's "Today" list.
struct FollowUpDue
{
    qint64 patientId = 0;
    qint64 planId = 0;
    QString patientName;
    int day = 0;
};

// Reads and writes plans and templates. Every write is one transaction; a save based on an
// older version of the plan is refused, as for patients.
class PlanRepository : public Repository
{
public:
    explicit PlanRepository(Database &database);

    // After a save whose commit went unanswered (StorageError::Code::Unconfirmed), the next save of
    // the same plan first asks the server whether it kept that one, as PatientRepository::save.
    bool save(Plan &plan);
    std::optional<Plan> load(qint64 id);
    QList<PlanSummary> plansFor(qint64 patientId);
    // The plan copied for the same patient and loss (a new plan, days and all).
    std::optional<Plan> duplicate(qint64 id, const QString &title);
    // A copy with no patient, to start other plans from.
    bool saveAsTemplate(const Plan &plan, const QString &title, qint64 *templateId);
    QList<PlanSummary> templates();
    QList<FollowUpDue> followUpsDue(const QDate &date);

    // For a caller that writes several records as one (PatientTransfer): a new plan stored, or a
    // plan read, inside the write Transaction the caller holds and commits. The new plan keeps
    // its createdAt and updatedAt when they are set (an imported plan keeps its history).
    bool insertIn(Transaction &transaction, Plan &plan);
    std::optional<Plan> loadIn(Transaction &transaction, qint64 id);

private:
    struct Unsettled
    {
        Plan sent;
        Plan written;
    };
    // As PatientRepository::settle.
    std::optional<bool> settle(Plan &plan);
    bool write(Plan &plan, bool isTemplate, bool keepTimestamps = false);
    std::optional<Plan> read(qint64 id);
    QList<PlanSummary> summaries(const QString &where, const QVariant &value);

    std::optional<Unsettled> m_unsettled;
};

} // namespace rp
