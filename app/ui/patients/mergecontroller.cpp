#include "mergecontroller.h"

#include "mergedialog.h"

#include "workspace/patientservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace rp {

MergeController::MergeController(PatientService &patients, QWidget *parent)
    : QObject(parent)
    , m_patients(patients)
    , m_parent(parent)
{ }

qint64 MergeController::mergeWith(qint64 id)
{
    if (id == 0)
        return 0;
    const Result<PatientService::MergeChoice> choice = m_patients.mergeChoice(id);
    if (!choice) {
        showError(tr("Records not merged"), choice.error().message);
        return 0;
    }
    if (choice->candidates.isEmpty()) {
        QMessageBox::information(m_parent, tr("Merge with possible duplicate"),
            tr("No other record has the same names and date of birth or the same phone "
               "as %1.")
                .arg(choice->current.patient.displayName()));
        return 0;
    }

    MergeDialog dialog(choice->current, choice->candidates, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (dialog.choice() == MergeDialog::Choice::NotSamePerson) {
        if (const StorageError e = m_patients.markDistinct(dialog.keepId(), dialog.otherId()); e.isError()) {
            showError(tr("Not saved"), e.message);
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
        tr("Merge the two records of %1 into one?").arg(keep.displayName()), QMessageBox::NoButton, m_parent);
    ask.setInformativeText(
        tr("Everything in the other record (%1) moves to the record kept, and the other "
           "record is removed. This cannot be undone.")
            .arg(gone.fileNumber.isEmpty() ? gone.displayName() : tr("file %1").arg(gone.fileNumber)));
    QPushButton *merge = ask.addButton(tr("Merge"), QMessageBox::AcceptRole);
    merge->setObjectName(QStringLiteral("confirmMerge"));
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(cancel);
    ask.exec();
    if (ask.clickedButton() != merge)
        return 0;
    if (const StorageError e = m_patients.merge(keep.id, gone.id); e.isError()) {
        showError(
            tr("Records not merged"), tr("%1\n\nNothing was changed: both records are as they were.").arg(e.message));
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
