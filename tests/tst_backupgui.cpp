// File ▸ Back up now… and File ▸ Restore from backup… through the real menus and dialogs, and the
// daily backup's warning when it cannot be made.
#include "guitestutil.h"
#include "testutil.h"

#include "backup/backupcontroller.h"
#include "core/planner.h"
#include "core/settings.h"
#include "patients/patientlistpanel.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace rp;

class TestBackupGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_folder;
    std::unique_ptr<Workspace> m_workspace;
    Database *m_db = nullptr;
    PatientRepository *m_patients = nullptr;
    PlanRepository *m_plans = nullptr;
    LibraryRepository *m_library = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    Patient m_chan;

    QString livePath() const { return QDir(m_folder).filePath(QStringLiteral("recovery-planner.sqlite")); }
    QString backupsPath() const { return QDir(m_folder).filePath(QStringLiteral("backups")); }
    int listed() const { return m_window->patientList()->table()->model()->rowCount(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages, *m_settings);
        m_window->enableBackups(*m_db);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    qint64 savePlan()
    {
        Planner planner(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(m_chan, m_chan.losses.constFirst().id);
        Plan plan = planner.generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = m_chan.id;
        plan.lossId = profile.loss.id;
        plan.title = QStringLiteral("After the loss");
        return m_plans->save(plan) ? plan.id : 0;
    }

    // Chooses `path` in the file dialog that opens next, then runs `after` on the dialog after it.
    static void chooseFile(const char *dialogName, const QString &path, std::function<void(QDialog *)> after)
    {
        test::onNextDialog([=](QDialog *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            QCOMPARE(files->objectName(), QString::fromLatin1(dialogName));
            if (after)
                test::onNextDialog(after);
            files->selectFile(path);
            // QFileDialog::accept() is protected; it is a slot.
            QMetaObject::invokeMethod(files, "accept");
        });
    }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b;
        return nullptr;
    }

private slots:
    void initTestCase() { QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        m_folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QVERIFY(QDir().mkpath(m_folder));
        m_workspace = std::make_unique<Workspace>();
        m_db = &m_workspace->database();
        QVERIFY2(m_db->open(livePath()), qPrintable(m_db->errorMessage()));
        QString message;
        QVERIFY2(m_workspace->bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace->patients();
        m_plans = &m_workspace->plans();
        m_library = &m_workspace->library();
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_n)), QSettings::IniFormat));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(Language::English);
        m_chan = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        m_chan.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_patients->save(m_chan));
    }
    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
        m_settings.reset();
        m_library = nullptr;
        m_plans = nullptr;
        m_patients = nullptr;
        m_db = nullptr;
        m_workspace.reset();
    }

    void menuItemsAreHiddenWithoutADatabase()
    {
        MainWindow window(*m_workspace, *m_languages, *m_settings);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("backUpNow"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("restoreBackup"))->isVisible());
        QVERIFY(!window.backupController());
        window.enableBackups(*m_db);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("backUpNow"))->isVisible());
        QVERIFY(window.backupController());
    }

    void backUpNowSuggestsTheBackupsFolderAndSaysWhereItWent()
    {
        openWindow();
        QString suggested;
        QString reported;
        test::onNextDialog([&](QDialog *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            QCOMPARE(files->objectName(), QStringLiteral("backupFileDialog"));
            QCOMPARE(QDir(files->directory()).absolutePath(), QDir(backupsPath()).absolutePath());
            suggested = files->selectedFiles().value(0);
            test::onNextDialog([&](QDialog *done) {
                reported = qobject_cast<QMessageBox *>(done)->text();
                done->accept();
            });
            QMetaObject::invokeMethod(files, "accept");
        });
        action("backUpNow")->trigger();

        QVERIFY2(QFileInfo(suggested).fileName().endsWith(QLatin1String("-manual.sqlite")), qPrintable(suggested));
        QVERIFY(QFile::exists(suggested));
        const auto parsed = BackupFolder::parse(QStringLiteral("recovery-planner"), QFileInfo(suggested).fileName());
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, BackupKind::Manual);
        QVERIFY2(reported.contains(QDir::toNativeSeparators(suggested)), qPrintable(reported));
        QVERIFY2(reported.contains(QLocale().formattedDataSize(QFileInfo(suggested).size())), qPrintable(reported));
        const BackupCheck check = checkBackupFile(suggested);
        QCOMPARE(check.status, BackupCheck::Status::Good);
        QCOMPARE(check.patients, 1);
    }

    void restoreAsksClosesEditorsAndReloadsTheList()
    {
        // A backup with one patient; then a second patient and a plan being edited.
        const QString backup = QDir(m_folder).filePath(QStringLiteral("one-patient.sqlite"));
        QString error;
        QVERIFY2(backUp(*m_db, backup, &error), qPrintable(error));
        Patient wong = test::makePatient(QStringLiteral("Wong Ka Yan"), QStringLiteral("王嘉欣"));
        QVERIFY(m_patients->save(wong));
        // Archived: not in the list, and the confirmation counts her apart.
        Patient archived = test::makePatient(QStringLiteral("Ho Wai Man"), QStringLiteral("何慧敏"));
        archived.archived = true;
        QVERIFY(m_patients->save(archived));
        const qint64 planId = savePlan();
        QVERIFY(planId);
        openWindow();
        QCOMPARE(listed(), 2);
        m_window->patientList()->selectPatient(m_chan.id);
        PlanEditor *editor = m_window->planController()->openPlan(planId);
        QVERIFY(editor);
        editor->setSlot(3, Slot::Tea, QStringLiteral("red-date-longan-tea"));
        QVERIFY(editor->isDirty());

        // First she keeps the editor open when asked: nothing is restored.
        QString details;
        chooseFile("restoreFileDialog", backup, [&](QDialog *dialog) {
            auto *confirm = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(confirm);
            QCOMPARE(confirm->objectName(), QStringLiteral("confirmRestore"));
            details = confirm->informativeText();
            test::onNextDialog([](QDialog *unsaved) {
                auto *box = qobject_cast<QMessageBox *>(unsaved);
                QVERIFY(box);
                box->button(QMessageBox::Cancel)->click();
            });
            buttonWithRole(confirm, QMessageBox::DestructiveRole)->click();
        });
        QVERIFY(!m_window->backupController()->restoreFromBackup());
        QVERIFY2(details.contains(QLatin1String("Patients in the backup: 1\n")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Patients now: 2 (and 1 archived)\n")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("safety copy")), qPrintable(details));
        QVERIFY2(details.contains(QDir::toNativeSeparators(backupsPath())), qPrintable(details));
        QVERIFY(editor->isVisible());
        QCOMPARE(m_patients->count(true), 3);
        QVERIFY(!QFileInfo::exists(backupsPath()));

        // Cancelling the confirmation changes nothing either.
        chooseFile("restoreFileDialog", backup,
            [](QDialog *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!m_window->backupController()->restoreFromBackup());
        QVERIFY(editor->isVisible());
        QCOMPARE(m_patients->count(true), 3);

        // Then she lets the plan's changes go, and the backup is restored.
        QPointer<PlanEditor> watched(editor);
        QString done;
        chooseFile("restoreFileDialog", backup, [&](QDialog *dialog) {
            auto *confirm = qobject_cast<QMessageBox *>(dialog);
            test::onNextDialog([&](QDialog *unsaved) {
                test::onNextDialog([&](QDialog *finished) {
                    done = qobject_cast<QMessageBox *>(finished)->text();
                    finished->accept();
                });
                qobject_cast<QMessageBox *>(unsaved)->button(QMessageBox::Discard)->click();
            });
            buttonWithRole(confirm, QMessageBox::DestructiveRole)->click();
        });
        action("restoreBackup")->trigger();
        QVERIFY2(done.contains(QLatin1String("now in use")), qPrintable(done));
        QTRY_VERIFY(!watched);
        QCOMPARE(m_patients->count(true), 1);
        QCOMPARE(listed(), 1);
        QCOMPARE(m_window->patientList()->currentPatientId(), m_chan.id);
        // The safety copy named in the message holds both patients.
        const QStringList backups = BackupFolder(livePath()).backups();
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.constFirst().endsWith(QLatin1String("-before-restore.sqlite")));
        QVERIFY2(done.contains(backups.constFirst()), qPrintable(done));
        const BackupCheck safety = checkBackupFile(QDir(backupsPath()).filePath(backups.constFirst()));
        QCOMPARE(safety.patients, 3);
        QCOMPARE(safety.archivedPatients, 1);
    }

    void restoreExplainsAFileItCannotUse()
    {
        openWindow();
        const QString letter = QDir(m_folder).filePath(QStringLiteral("letter.sqlite"));
        QFile f(letter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear Dr Wong,\n");
        f.close();
        QString shown;
        chooseFile("restoreFileDialog", letter, [&](QDialog *dialog) {
            shown = qobject_cast<QMessageBox *>(dialog)->text();
            dialog->accept();
        });
        QVERIFY(!m_window->backupController()->restoreFromBackup());
        QVERIFY2(shown.contains(QLatin1String("not a SQLite database")), qPrintable(shown));
        QCOMPARE(m_patients->count(true), 1);
    }

    void aFailedDailyBackupWarnsWithoutStoppingAnything()
    {
        QFile blocker(backupsPath());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        openWindow();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("automatic backup was not made")));
        m_window->backupController()->scheduleDailyBackup();
        QMessageBox *warning = nullptr;
        QTRY_VERIFY((warning = m_window->findChild<QMessageBox *>(QStringLiteral("dailyBackupWarning"))));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(!warning->isModal());
        QVERIFY(warning->text().contains(QLatin1String("Nothing was lost")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("not made")));
        warning->close();
    }

    void theDailyBackupIsMadeOnce()
    {
        openWindow();
        QCOMPARE(m_window->backupController()->runDailyBackup().outcome, DailyBackup::Outcome::Made);
        QCOMPARE(m_window->backupController()->runDailyBackup().outcome, DailyBackup::Outcome::NotDue);
        QCOMPARE(BackupFolder(livePath()).backups().size(), 1);
    }
};

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
