#include "patienttransfercontroller.h"

#include "core/language.h"
#include "core/patientfile.h"
#include "shell/busycursor.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace rp {

PatientTransferController::PatientTransferController(Database &database, QWidget *parent)
    : QObject(parent)
    , m_transfer(database)
    , m_parent(parent)
{ }

QString PatientTransferController::suggestedFileName(const Patient &patient, const QDate &date)
{
    QString who = patient.fileNumber;
    if (who.isEmpty())
        who = patient.nameEn.isEmpty() ? patient.nameZh : patient.nameEn;
    QString file = QStringLiteral("%1-%2.rpatient.json").arg(who.simplified(), date.toString(Qt::ISODate));
    // Characters file systems refuse.
    file.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return file;
}

QString PatientTransferController::exportPatient(qint64 patientId)
{
    std::optional<PatientFile> file;
    {
        BusyCursor busy;
        file = m_transfer.exportPatient(patientId);
    }
    if (!file) {
        QMessageBox::warning(
            m_parent, tr("Patient not exported"), tr("%1\n\nNo file was written.").arg(m_transfer.lastError().message));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog files(m_parent, tr("Export patient"),
        QDir(folder).filePath(suggestedFileName(file->patient, QDate::currentDate())),
        tr("Patient files (*.rpatient.json)"));
    files.setObjectName(QStringLiteral("exportPatientDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("rpatient.json"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return {};
    const QString path = files.selectedFiles().constFirst();
    QString message;
    if (!exportTo(patientId, path, &message)) {
        QMessageBox::warning(m_parent, tr("Patient not exported"), message);
        return {};
    }
    emit statusMessage(tr("Exported %1 to %2.").arg(file->patient.displayName(), shownPath(path)));
    QMessageBox::information(m_parent, tr("Patient exported"), message);
    return path;
}

bool PatientTransferController::exportTo(qint64 patientId, const QString &path, QString *message)
{
    std::optional<PatientFile> file;
    QByteArray bytes;
    QString problem;
    {
        BusyCursor busy;
        file = m_transfer.exportPatient(patientId);
        if (file) {
            bytes = patientfile::toJson(*file);
            // The importer's own checks, before anything is written: a file that would be
            // refused on the other computer is better not made.
            if (!patientfile::read(bytes, &problem))
                file.reset();
        }
    }
    if (!file) {
        *message = problem.isEmpty()
            ? tr("%1\n\nNo file was written.").arg(m_transfer.lastError().message)
            : tr("Her record cannot be exported as it is stored: %1\n\nCorrect it in her record, then export "
                 "again. No file was written.")
                  .arg(problem);
        return false;
    }
    // Her medical record: readable by this computer's user only, from the first byte on; and
    // written to a temporary file renamed into place, so a failed write never leaves half a file.
    QSaveFile out(path);
    const bool written = out.open(QIODevice::WriteOnly)
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && out.write(bytes) == bytes.size()
        && out.commit();
    if (!written) {
        *message = tr("The file “%1” could not be written (%2). No file was written, and her record is "
                      "unchanged.")
                       .arg(shownPath(path), out.errorString());
        return false;
    }
    *message = tr("%1 was exported to “%2”.\n\nLosses: %3. Plans: %4. Printouts: %5.\n\nThe file holds her "
                  "medical record: keep it safe, and delete it once she has been imported on the other "
                  "computer.")
                   .arg(file->patient.displayName(), shownPath(path))
                   .arg(file->patient.losses.size())
                   .arg(file->plans.size())
                   .arg(file->printHistory.size());
    return true;
}

qint64 PatientTransferController::importPatient()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog files(
        m_parent, tr("Import patient"), folder, tr("Patient files (*.rpatient.json *.json);;All files (*)"));
    files.setObjectName(QStringLiteral("importPatientDialog"));
    files.setAcceptMode(QFileDialog::AcceptOpen);
    files.setFileMode(QFileDialog::ExistingFile);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return 0;
    return importFrom(files.selectedFiles().constFirst());
}

qint64 PatientTransferController::importFrom(const QString &path)
{
    const QString title = tr("Patient not imported");
    std::optional<PatientFile> file;
    QString problem;
    {
        BusyCursor busy;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            problem = tr("The file “%1” cannot be opened (%2).").arg(shownPath(path), in.errorString());
        } else {
            // Never more than a patient file can be: a larger one is refused without being read
            // whole (read() says so).
            const QByteArray bytes = in.read(patientfile::maxFileBytes + 1);
            if (in.error() != QFileDevice::NoError)
                problem = tr("The file “%1” cannot be read (%2).").arg(shownPath(path), in.errorString());
            else
                file = patientfile::read(bytes, &problem);
        }
    }
    if (!file) {
        QMessageBox::warning(
            m_parent, title, tr("%1\n\nNothing was imported, and nothing here was changed.").arg(problem));
        return 0;
    }

    const auto existing = m_transfer.findExisting(*file);
    if (!existing && m_transfer.lastError().isError()) {
        QMessageBox::warning(m_parent, title, tr("%1\n\nNothing was imported.").arg(m_transfer.lastError().message));
        return 0;
    }

    qint64 mergeInto = 0;
    if (existing) {
        auto describe = [](const Patient &p) {
            const QString name = p.displayName();
            if (!p.fileNumber.isEmpty() && p.birthDate.isValid())
                return tr("%1 (file number %2, born %3)").arg(name, p.fileNumber, displayDate(p.birthDate));
            if (!p.fileNumber.isEmpty())
                return tr("%1 (file number %2)").arg(name, p.fileNumber);
            if (p.birthDate.isValid())
                return tr("%1 (born %2)").arg(name, displayDate(p.birthDate));
            return name;
        };
        const bool byFileNumber = existing->match == PatientTransfer::Match::FileNumber;
        QStringList details;
        details << tr("The file is for %1.").arg(describe(file->patient));
        details << (byFileNumber ? tr("This database already has a patient with the file number “%1”: %2.")
                                       .arg(file->patient.fileNumber, describe(existing->patient))
                                 : tr("This database already has a patient with the same names and date of birth: %1.")
                                       .arg(describe(existing->patient)));
        details << tr("Merging keeps her record here as it is and only fills in what it leaves empty; losses, "
                      "plans and printouts that are not here yet are added. Nothing is removed or duplicated.");
        details << (byFileNumber ? tr("Each patient needs her own file number, so the file cannot be imported as "
                                      "a new patient. If these are two different women, cancel, and correct "
                                      "the file number in one of the records first.")
                                 : tr("If they are two different women, import the file as a new patient."));

        QMessageBox ask(QMessageBox::Question, tr("Patient already here"),
            tr("%1 may already be in this database.").arg(file->patient.displayName()), QMessageBox::Cancel, m_parent);
        ask.setObjectName(QStringLiteral("importMatchQuestion"));
        ask.setInformativeText(details.join(QStringLiteral("\n\n")));
        QPushButton *merge
            = ask.addButton(tr("&Merge into %1").arg(existing->patient.displayName()), QMessageBox::AcceptRole);
        merge->setObjectName(QStringLiteral("mergeButton"));
        QPushButton *asNew = nullptr;
        if (!byFileNumber) {
            asNew = ask.addButton(tr("Import as a &new patient"), QMessageBox::AcceptRole);
            asNew->setObjectName(QStringLiteral("importAsNewButton"));
        }
        ask.setDefaultButton(merge);
        ask.setEscapeButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() == merge)
            mergeInto = existing->patient.id;
        else if (!asNew || ask.clickedButton() != asNew)
            return 0;
    }

    std::optional<PatientTransfer::Result> result;
    {
        BusyCursor busy;
        result = mergeInto ? m_transfer.importInto(mergeInto, *file) : m_transfer.importAsNew(*file);
    }
    if (!result) {
        QMessageBox::warning(m_parent, title, tr("%1\n\nNothing was imported.").arg(m_transfer.lastError().message));
        return 0;
    }
    emit patientChanged(result->patientId);

    const QString name = existing && mergeInto ? existing->patient.displayName() : file->patient.displayName();
    emit statusMessage(tr("Imported %1.").arg(name));
    QString report;
    if (!result->merged) {
        report = tr("%1 was added as a new patient.\n\nLosses: %2. Plans: %3. Printouts: %4.")
                     .arg(name)
                     .arg(result->lossesAdded)
                     .arg(result->plansAdded)
                     .arg(result->printoutsAdded);
        if (file->patient.archived)
            report += QStringLiteral("\n\n")
                + tr("She is archived, as she was on the other computer: tick “Show archived” to see her in "
                     "the "
                     "list.");
    } else if (result->changed()) {
        report = tr("The file was merged into %1's record.\n\nAdded: losses %2, plans %3, printouts %4. Details "
                    "filled in or added to her record: %5. Everything already here was kept as it was.")
                     .arg(name)
                     .arg(result->lossesAdded)
                     .arg(result->plansAdded)
                     .arg(result->printoutsAdded)
                     .arg(result->detailsAdded);
    } else {
        report = tr("%1's record here already has everything in this file. Nothing was changed.").arg(name);
    }
    QMessageBox::information(m_parent, tr("Patient imported"), report);
    return result->patientId;
}

} // namespace rp
