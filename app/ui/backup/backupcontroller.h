#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

class QWidget;

namespace rp {

class Database;
struct DailyBackup;

// File ▸ Back up now… and File ▸ Restore from backup…, and the daily backup at start: asks where,
// shows what a chosen file holds, confirms and reports. storage/backup.h does the work.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(Database &database, QWidget *parent);
    ~BackupController() override;

    // Before a restore, every window showing data lets go of it (plan editors ask about unsaved
    // changes). Returns false when one stayed open: the restore is then not done.
    void setCloseDataWindows(std::function<bool()> closeAll) { m_closeDataWindows = std::move(closeAll); }

    // Runs the daily backup beside the window, on a thread of its own with its own connection, so
    // start-up and work go on while a large file is copied. A failure is reported without a modal
    // question and stops nothing.
    void scheduleDailyBackup();
    // The same, here and now (tests).
    DailyBackup runDailyBackup();

    // Asks where (the backups folder, a "-manual" name), backs up, says where it went and its
    // size. The backup's path, or empty when cancelled or failed.
    QString backUpNow();
    // Asks for a file (starting in the backups folder), shows when it was made and how many
    // patients it holds, confirms, closes the windows that show data, restores. True when the
    // backup's data is now in use.
    bool restoreFromBackup();

signals:
    // The database was closed and opened again (restored, or put back after a failed restore):
    // every view reads it again.
    void databaseReplaced();
    // A short note for the status bar.
    void statusMessage(const QString &text);

private:
    // "7", or "7 (and 1 archived)": the first number is what the patient list shows.
    static QString patientCount(int all, int archived);
    void report(const DailyBackup &result);
    void waitForDailyBackup();

    Database &m_database;
    QPointer<QThread> m_dailyWorker; // today's backup, while it runs
    QWidget *m_parent;
    std::function<bool()> m_closeDataWindows;
};

} // namespace rp
