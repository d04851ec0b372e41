#pragma once

#include <QObject>

class QWidget;

namespace rp {

class ConnectionWatch;
struct StorageError;
class PatientService;

// Carries out the patient commands (new, edit, archive, restore): opens the dialogs, saves
// through PatientService and reports what changed. Keeps that work out of the main window.
class PatientController : public QObject
{
    Q_OBJECT
public:
    PatientController(PatientService &patients, QWidget *dialogParent);

    void addPatient();
    void editPatient(qint64 id);
    void setArchived(qint64 id, bool archived);
    // Her audit log, in a dialog over `parent`.
    void showHistory(qint64 patientId, const QString &name, QWidget *parent);
    // A server's connection: its dialogs say when it drops and comes back.
    void setConnectionWatch(ConnectionWatch *watch) { m_watch = watch; }

signals:
    // A patient was added or changed; the list refreshes and selects her.
    void patientChanged(qint64 id);

private:
    // `reload` is set when she chose to see another desk's newer version of the record.
    bool runDialog(class PatientDialog &dialog, bool *reload = nullptr);
    bool resolveConflict(class PatientDialog &dialog, struct Patient &patient, bool *reload);
    void showStorageError(const QString &title, const StorageError &error);

    PatientService &m_patients;
    QWidget *m_parent;
    ConnectionWatch *m_watch = nullptr;
};

} // namespace rp
