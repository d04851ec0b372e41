#pragma once

#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QObject>
#include <optional>

class QWidget;

namespace rp {

class PatientRepository;
struct MergeRecord;

// Patient ▸ Merge with possible duplicate…: finds her possible duplicates, shows the two records
// side by side (MergeDialog), asks before merging, and merges them or remembers that they are two
// women. PatientRepository::merge() does the work in one transaction.
class MergeController : public QObject
{
    Q_OBJECT
public:
    MergeController(PatientRepository &patients, QWidget *parent);

    // For the current patient `id`. The id of the record kept, or 0 when nothing was merged.
    qint64 mergeWith(qint64 id);

signals:
    // The list refreshes and selects her (the kept record after a merge).
    void patientChanged(qint64 id);
    void statusMessage(const QString &text);

private:
    std::optional<MergeRecord> record(qint64 id);
    void showError(const QString &title, const QString &message);

    PatientRepository &m_patients;
    PlanRepository m_plans;
    PrintHistoryRepository m_history;
    QWidget *m_parent;
};

} // namespace rp
