#include "patientcontroller.h"

#include "patientdialog.h"

#include "storage/patientrepository.h"

#include <QMessageBox>

namespace rp {

PatientController::PatientController(PatientRepository &repository, QWidget *dialogParent)
    : QObject(dialogParent), m_repository(repository), m_parent(dialogParent)
{
}

bool PatientController::runDialog(PatientDialog &dialog)
{
    dialog.setSaveHandler([this](Patient &patient, ValidationError *problem) {
        if (m_repository.save(patient))
            return true;
        const StorageError e = m_repository.lastError();
        problem->message = e.message;
        problem->field = e.code == StorageError::Code::DuplicateFileNumber ? Field::FileNumber
                                                                           : Field::Record;
        return false;
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit patientChanged(dialog.patient().id);
    return true;
}

void PatientController::addPatient()
{
    PatientDialog dialog(Patient{}, m_parent);
    runDialog(dialog);
}

void PatientController::editPatient(qint64 id)
{
    const auto patient = m_repository.load(id);
    if (!patient) {
        showStorageError(tr("Cannot open this patient"));
        emit patientChanged(0);
        return;
    }
    PatientDialog dialog(*patient, m_parent);
    runDialog(dialog);
}

void PatientController::setArchived(qint64 id, bool archived)
{
    const auto patient = m_repository.load(id);
    if (!patient) {
        showStorageError(tr("Cannot open this patient"));
        return;
    }
    if (archived) {
        const auto answer = QMessageBox::question(
            m_parent, tr("Archive patient"),
            tr("Archive %1? She will be hidden from the patient list; nothing is deleted, and "
               "“Show archived” brings her back.")
                .arg(patient->displayName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (!m_repository.setArchived(id, archived)) {
        showStorageError(archived ? tr("Cannot archive this patient")
                                  : tr("Cannot restore this patient"));
        return;
    }
    emit patientChanged(id);
}

void PatientController::showStorageError(const QString &title)
{
    QMessageBox::warning(m_parent, title, m_repository.lastError().message);
}

} // namespace rp
