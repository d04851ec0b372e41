#pragma once

#include "storage/patienttransfer.h"

#include <QObject>

class QWidget;

namespace rp {

class Database;

// File ▸ Export patient… and File ▸ Import patient…: asks where, checks the file, asks whether
// to merge into a patient already here, and says what was done. storage/patienttransfer.h and
// core/patientfile.h do the work (docs/transfer.md).
class PatientTransferController : public QObject
{
    Q_OBJECT
public:
    PatientTransferController(Database &database, QWidget *parent);

    // Asks where (her file number or name and today's date), writes her file. The file's path,
    // or empty when she cancelled or it could not be written (she was told why).
    QString exportPatient(qint64 patientId);
    // Writes her file to `path`, readable by its owner only, whole or not at all. `message`: what
    // was written, or why nothing was.
    bool exportTo(qint64 patientId, const QString &path, QString *message);

    // Asks for a file, then importFrom() it.
    qint64 importPatient();
    // Checks everything in the file, offers a merge when she is already here, imports and
    // reports. Her id here, or 0 when nothing was imported.
    qint64 importFrom(const QString &path);

    // "HK-0042-2026-11-25.rpatient.json", or her name when she has no file number.
    static QString suggestedFileName(const Patient &patient, const QDate &date);

signals:
    // A patient was imported or merged: the list refreshes and selects her.
    void patientChanged(qint64 id);
    // A short note for the status bar.
    void statusMessage(const QString &text);

private:
    PatientTransfer m_transfer;
    QWidget *m_parent;
};

} // namespace rp
