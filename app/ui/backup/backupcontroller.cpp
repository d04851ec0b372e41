#include "backupcontroller.h"

#include "core/language.h"
#include "shell/busycursor.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/patientrepository.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace rp {

BackupController::BackupController(Database &database, QWidget *parent)
    : QObject(parent)
    , m_database(database)
    , m_parent(parent)
{ }

QString BackupController::patientCount(int all, int archived)
{
    if (all < 0)
        return tr("unknown");
    if (archived <= 0)
        return QString::number(all);
    return tr("%1 (and %2 archived)").arg(all - archived).arg(archived);
}

void BackupController::scheduleDailyBackup()
{
    // On a worker thread with its own connection: copying a large database takes seconds, and the
    // window must paint and answer meanwhile. WAL lets both read and write while the copy is made.
    const QString path = m_database.isOpen() && m_database.backend() == Backend::SQLite ? m_database.path() : QString();
    if (path.isEmpty())
        return;
    if (m_dailyWorker)
        return;
    QPointer<BackupController> self(this);
    m_dailyWorker = QThread::create([self, path] {
        const DailyBackup result = dailyBackupIfDue(path);
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (self)
                self->report(result);
        });
    });
    connect(m_dailyWorker, &QThread::finished, m_dailyWorker, &QObject::deleteLater);
    // Quitting waits for the copy to finish rather than tear the database down under it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &BackupController::waitForDailyBackup, Qt::UniqueConnection);
    m_dailyWorker->start(QThread::LowPriority);
}

void BackupController::waitForDailyBackup()
{
    if (!m_dailyWorker)
        return;
    // She asked to quit: the windows go now, and the process ends once the copy is safe (seconds
    // on a very large database).
    for (QWidget *window : QApplication::topLevelWidgets())
        window->hide();
    m_dailyWorker->wait();
}

BackupController::~BackupController()
{
    waitForDailyBackup();
}

DailyBackup BackupController::runDailyBackup()
{
    const DailyBackup result = dailyBackupIfDue(m_database);
    report(result);
    return result;
}

void BackupController::report(const DailyBackup &result)
{
    if (result.outcome == DailyBackup::Outcome::Made) {
        emit statusMessage(tr("Today's backup was made: %1").arg(shownPath(result.path)));
    } else if (result.outcome == DailyBackup::Outcome::Failed) {
        qWarning("%s", qPrintable(result.error));
        emit statusMessage(tr("Today's automatic backup was not made."));
        // Not modal: she can go on working and read it when she likes.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Automatic backup not made"), result.error, QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("dailyBackupWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
}

QString BackupController::backUpNow()
{
    if (const QString why = backupUnavailableReason(m_database); !why.isEmpty()) {
        QMessageBox::information(m_parent, tr("Back up now"), why);
        return {};
    }
    const BackupFolder folder(m_database.path());
    QString error;
    // When the backups folder cannot be made, she can still choose another place.
    const QString suggested = folder.create(&error)
        ? folder.newBackupPath(BackupKind::Manual, QDateTime::currentDateTime())
        : QFileInfo(m_database.path())
              .absoluteDir()
              .filePath(BackupFolder::fileName(folder.baseName(), BackupKind::Manual, QDateTime::currentDateTime()));

    QFileDialog files(m_parent, tr("Back up now"), suggested, tr("Recovery Planner backups (*.sqlite)"));
    files.setObjectName(QStringLiteral("backupFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("sqlite"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return {};
    const QString target = files.selectedFiles().constFirst();

    bool ok = false;
    {
        BusyCursor busy;
        ok = backUp(m_database, target, &error);
    }
    if (!ok) {
        QMessageBox::warning(m_parent, tr("Backup not made"), error);
        return {};
    }
    const QString size = QLocale().formattedDataSize(QFileInfo(target).size());
    emit statusMessage(tr("Backed up to %1 (%2).").arg(shownPath(target), size));
    QMessageBox::information(m_parent, tr("Backup made"),
        tr("The backup was saved as “%1” (%2).\n\nTo be safe from a broken or lost computer, "
           "also copy it to another disk from time to time.")
            .arg(shownPath(target), size));
    return target;
}

bool BackupController::restoreFromBackup()
{
    // Replacing the file while today's backup still reads it would be refused as "open
    // elsewhere"; say what is really going on.
    if (m_dailyWorker && m_dailyWorker->isRunning()) {
        QMessageBox::information(m_parent, tr("Restore from backup"),
            tr("Today's automatic backup is still being made. Try again in a moment; "
               "nothing was changed."));
        return false;
    }
    if (const QString why = backupUnavailableReason(m_database); !why.isEmpty()) {
        QMessageBox::information(m_parent, tr("Restore from backup"), why);
        return false;
    }
    const BackupFolder folder(m_database.path());
    const QString start
        = QFileInfo(folder.path()).isDir() ? folder.path() : QFileInfo(m_database.path()).absolutePath();
    QFileDialog files(
        m_parent, tr("Restore from backup"), start, tr("Recovery Planner backups (*.sqlite);;All files (*)"));
    files.setObjectName(QStringLiteral("restoreFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptOpen);
    files.setFileMode(QFileDialog::ExistingFile);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return false;
    const QString path = files.selectedFiles().constFirst();

    BackupCheck check;
    int patientsNow = -1, archivedNow = -1;
    {
        BusyCursor busy;
        check = checkBackupFile(path);
        PatientRepository patients(m_database);
        patientsNow = patients.count(true);
        const int shownNow = patients.count(false);
        archivedNow = patientsNow < 0 || shownNow < 0 ? -1 : patientsNow - shownNow;
    }
    if (!check.canRestore()) {
        QMessageBox::warning(m_parent, tr("This file cannot be restored"), check.message);
        return false;
    }

    const QString madeAt = displayDateTime(check.madeAt);
    QString details = tr("Made: %1\nPatients in the backup: %2\nPatients now: %3\n\nAll the current data will be "
                         "replaced by the backup's: whatever was entered or changed since it was made will no "
                         "longer be there. First, a safety copy of the current data is made in the folder “%4”, "
                         "so nothing is lost: it can be restored the same way.")
                          .arg(madeAt, patientCount(check.patients, check.archivedPatients),
                              patientCount(patientsNow, archivedNow), QDir::toNativeSeparators(folder.path()));
    if (check.status == BackupCheck::Status::OlderVersion)
        details += QStringLiteral("\n\n") + check.message;
    QMessageBox confirm(QMessageBox::Warning, tr("Replace the current data?"),
        tr("Restore the backup “%1”?").arg(QFileInfo(path).fileName()), QMessageBox::Cancel, m_parent);
    confirm.setObjectName(QStringLiteral("confirmRestore"));
    confirm.setInformativeText(details);
    QPushButton *replace = confirm.addButton(tr("&Replace with this backup"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.setEscapeButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != replace)
        return false;

    // Plan editors ask about unsaved changes; she may keep one open, and then nothing happens.
    if (m_closeDataWindows && !m_closeDataWindows())
        return false;

    QString safety, error;
    bool ok = false;
    {
        BusyCursor busy;
        ok = restore(m_database, path, &safety, &error);
    }
    emit databaseReplaced();
    if (!ok) {
        QMessageBox::warning(m_parent, tr("Backup not restored"), error);
        return false;
    }
    emit statusMessage(tr("Restored %1.").arg(shownPath(path)));
    QMessageBox::information(m_parent, tr("Backup restored"),
        tr("The data from “%1” is now in use (patients: %2).\n\nThe data you had before is "
           "kept in the safety copy “%3”.")
            .arg(shownPath(path), patientCount(check.patients, check.archivedPatients), shownPath(safety)));
    return true;
}

} // namespace rp
