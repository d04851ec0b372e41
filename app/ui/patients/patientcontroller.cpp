#include "patientcontroller.h"

#include "auditdialog.h"
#include "auditmodel.h"
#include "patientdialog.h"

#include "shell/changedelsewhere.h"

#include "storage/auditlog.h"
#include "storage/patientrepository.h"

#include <QMessageBox>

namespace rp {

PatientController::PatientController(PatientRepository &repository, QWidget *dialogParent)
    : QObject(dialogParent), m_repository(repository), m_parent(dialogParent)
{
}

bool PatientController::runDialog(PatientDialog &dialog, bool *reload)
{
    bool reloadUnused = false;
    if (!reload)
        reload = &reloadUnused;
    dialog.setSaveHandler([this, &dialog, reload](Patient &patient, ValidationError *problem) {
        if (m_repository.save(patient))
            return true;
        const StorageError e = m_repository.lastError();
        problem->message = e.message;
        problem->field = e.code == StorageError::Code::DuplicateFileNumber ? Field::FileNumber
                                                                           : Field::Record;
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
    case ChangedElsewhere::KeepCopy: {
        Patient copy = patient;
        copy.id = 0;
        copy.version = 0;
        copy.fileNumber.clear();
        for (Loss &loss : copy.losses)
            loss.id = 0;
        if (!m_repository.save(copy))
            return false;
        patient = copy;
        return true;
    }
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
        const auto patient = m_repository.load(id);
        if (!patient) {
            showStorageError(tr("Cannot open this patient"));
            emit patientChanged(0);
            return;
        }
        PatientDialog dialog(*patient, m_parent);
        dialog.setHistoryHandler([this, &dialog, name = patient->displayName()](qint64 patientId) {
            showHistory(patientId, name, &dialog);
        });
        dialog.setLossesWithPlans(m_repository.lossesWithPlans(id));
        runDialog(dialog, &reload);
    }
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

void PatientController::showHistory(qint64 patientId, const QString &name, QWidget *parent)
{
    AuditLog log(m_repository.database());
    const QList<AuditEntry> entries = log.forPatient(patientId);
    if (log.lastError().isError()) {
        QMessageBox::warning(parent, tr("Cannot show the history of changes"), log.lastError().message);
        return;
    }
    auto *model = new AuditModel;
    model->setEntries(entries);
    AuditDialog dialog(name, model, parent);
    dialog.exec();
}

void PatientController::showStorageError(const QString &title)
{
    QMessageBox::warning(m_parent, title, m_repository.lastError().message);
}

} // namespace rp
