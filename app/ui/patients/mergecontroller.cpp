#include "mergecontroller.h"

#include "mergedialog.h"

#include "storage/patientrepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace rp {

MergeController::MergeController(PatientRepository &patients, QWidget *parent)
    : QObject(parent), m_patients(patients), m_plans(patients.database()), m_history(patients.database()),
      m_parent(parent)
{
}

std::optional<MergeRecord> MergeController::record(qint64 id)
{
    const auto patient = m_patients.load(id);
    if (!patient) {
        showError(tr("Records not merged"), m_patients.lastError().message);
        return std::nullopt;
    }
    MergeRecord r;
    r.patient = *patient;
    const QList<PlanSummary> plans = m_plans.plansFor(id);
    if (m_plans.lastError().isError()) {
        showError(tr("Records not merged"), m_plans.lastError().message);
        return std::nullopt;
    }
    for (const PlanSummary &plan : plans)
        r.plans << plan.title;
    const auto printed = m_history.forPatient(id);
    if (m_history.lastError().isError()) {
        showError(tr("Records not merged"), m_history.lastError().message);
        return std::nullopt;
    }
    r.printouts = int(printed.size());
    return r;
}

qint64 MergeController::mergeWith(qint64 id)
{
    if (id == 0)
        return 0;
    const QList<PossibleDuplicate> found = m_patients.possibleDuplicates(id);
    if (m_patients.lastError().isError()) {
        showError(tr("Records not merged"), m_patients.lastError().message);
        return 0;
    }
    const auto current = record(id);
    if (!current)
        return 0;
    if (found.isEmpty()) {
        QMessageBox::information(m_parent, tr("Merge with possible duplicate"),
                                 tr("No other record has the same names and date of birth or the same phone "
                                    "as %1.")
                                     .arg(current->patient.displayName()));
        return 0;
    }
    QList<MergeRecord> candidates;
    for (const PossibleDuplicate &d : found) {
        auto r = record(d.patient.id);
        if (!r)
            return 0;
        r->sameNames = d.sameNames;
        r->samePhone = d.samePhone;
        candidates << *r;
    }

    MergeDialog dialog(*current, candidates, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (dialog.choice() == MergeDialog::Choice::NotSamePerson) {
        if (!m_patients.markDistinct(dialog.keepId(), dialog.otherId())) {
            showError(tr("Not saved"), m_patients.lastError().message);
            return 0;
        }
        emit statusMessage(tr("%1 and %2 will not be flagged as possible duplicates again.")
                               .arg(dialog.kept().patient.displayName(), dialog.removed().patient.displayName()));
        emit patientChanged(id);
        return 0;
    }

    const Patient &keep = dialog.kept().patient;
    const Patient &gone = dialog.removed().patient;
    QMessageBox ask(QMessageBox::Question, tr("Merge the two records?"),
                    tr("Merge the two records of %1 into one?").arg(keep.displayName()), QMessageBox::NoButton,
                    m_parent);
    ask.setInformativeText(tr("Everything in the other record (%1) moves to the record kept, and the other "
                              "record is removed. This cannot be undone.")
                               .arg(gone.fileNumber.isEmpty() ? gone.displayName()
                                                              : tr("file %1").arg(gone.fileNumber)));
    QPushButton *merge = ask.addButton(tr("Merge"), QMessageBox::AcceptRole);
    merge->setObjectName(QStringLiteral("confirmMerge"));
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(cancel);
    ask.exec();
    if (ask.clickedButton() != merge)
        return 0;
    if (!m_patients.merge(keep.id, gone.id)) {
        showError(tr("Records not merged"),
                  tr("%1\n\nNothing was changed: both records are as they were.").arg(m_patients.lastError().message));
        return 0;
    }
    emit statusMessage(tr("Merged the two records of %1.").arg(keep.displayName()));
    emit patientChanged(keep.id);
    return keep.id;
}

void MergeController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace rp
