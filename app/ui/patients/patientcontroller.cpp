#include "patientcontroller.h"

#include "auditdialog.h"
#include "auditmodel.h"
#include "patientdialog.h"

#include "shell/changedelsewhere.h"

#include "workspace/patientservice.h"

#include <QMessageBox>

namespace rp {

PatientController::PatientController(PatientService &patients, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_patients(patients)
    , m_parent(dialogParent)
{ }

bool PatientController::runDialog(PatientDialog &dialog, bool *reload)
{
    bool reloadUnused = false;
    if (!reload)
        reload = &reloadUnused;
    dialog.setSaveHandler([this, &dialog, reload](Patient &patient, ValidationError *problem) {
        const StorageError e = m_patients.save(patient);
        if (!e.isError())
            return true;
        problem->message = e.message;
        problem->field = e.code == StorageError::Code::DuplicateFileNumber ? Field::FileNumber : Field::Record;
        if (e.code == StorageError::Code::Conflict)
            return resolveConflict(dialog, patient, reload);
        return false;
    });
    dialog.followServer(m_watch);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit patientChanged(dialog.patient().id);
    return true;
}

// Another desk saved her first. Either the dialog opens again on the latest record, or her
// version is stored beside it as a new record: never over it.
bool PatientController::resolveConflict(PatientDialog &dialog, Patient &patient, bool *reload)
{
    switch (askAboutChangeElsewhere(&dialog, tr("this patient's record"),
        tr("“Keep mine as a copy” saves your version as a separate patient record "
           "(without the file number, which stays with the other), so you can "
           "compare the two and archive the one you do not need."))) {
    case ChangedElsewhere::Reload:
        *reload = true;
        dialog.done(QDialog::Rejected); // her edits go with the reload: she chose it, no second question
        return false;
    case ChangedElsewhere::KeepCopy:
        return !m_patients.saveAsCopy(patient).isError();
    case ChangedElsewhere::Cancel:
        break;
    }
    return false;
}

void PatientController::addPatient()
{
    PatientDialog dialog(Patient{}, m_parent);
    runDialog(dialog);
}

void PatientController::editPatient(qint64 id)
{
    for (bool reload = true; reload;) {
        reload = false;
        const Result<Patient> patient = m_patients.load(id);
        if (!patient) {
            showStorageError(tr("Cannot open this patient"), patient.error());
            emit patientChanged(0);
            return;
        }
        PatientDialog dialog(*patient, m_parent);
        dialog.setHistoryHandler([this, &dialog, name = patient->displayName()](
                                     qint64 patientId) { showHistory(patientId, name, &dialog); });
        dialog.setLossesWithPlans(m_patients.lossesWithPlans(id).valueOr({}));
        runDialog(dialog, &reload);
    }
}

void PatientController::setArchived(qint64 id, bool archived)
{
    const Result<Patient> patient = m_patients.load(id);
    if (!patient) {
        showStorageError(tr("Cannot open this patient"), patient.error());
        return;
    }
    if (archived) {
        const auto answer = QMessageBox::question(m_parent, tr("Archive patient"),
            tr("Archive %1? She will be hidden from the patient list; nothing is deleted, and "
               "“Show archived” brings her back.")
                .arg(patient->displayName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (const StorageError e = m_patients.setArchived(id, archived); e.isError()) {
        showStorageError(archived ? tr("Cannot archive this patient") : tr("Cannot restore this patient"), e);
        return;
    }
    emit patientChanged(id);
}

void PatientController::showHistory(qint64 patientId, const QString &name, QWidget *parent)
{
    const Result<QList<AuditEntry>> entries = m_patients.history(patientId);
    if (!entries) {
        QMessageBox::warning(parent, tr("Cannot show the history of changes"), entries.error().message);
        return;
    }
    auto *model = new AuditModel;
    model->setEntries(*entries);
    AuditDialog dialog(name, model, parent);
    dialog.exec();
}

void PatientController::showStorageError(const QString &title, const StorageError &error)
{
    QMessageBox::warning(m_parent, title, error.message);
}

} // namespace rp
