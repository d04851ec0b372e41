#pragma once

#include <QObject>

class QWidget;

namespace rp {

class PatientService;

// Patient ▸ Merge with possible duplicate…: finds her possible duplicates, shows the two records
// side by side (MergeDialog), asks before merging, and merges them or remembers that they are two
// women. PatientService::merge() does the work in one transaction.
class MergeController : public QObject
{
    Q_OBJECT
public:
    MergeController(PatientService &patients, QWidget *parent);

    // For the current patient `id`. The id of the record kept, or 0 when nothing was merged.
    qint64 mergeWith(qint64 id);

signals:
    // The list refreshes and selects her (the kept record after a merge).
    void patientChanged(qint64 id);
    void statusMessage(const QString &text);

private:
    void showError(const QString &title, const QString &message);

    PatientService &m_patients;
    QWidget *m_parent;
};

} // namespace rp
