#pragma once

#include "core/language.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QSplitter;
class QToolBar;

namespace rp {

class BackupController;
class ConnectionWatch;
class Database;
class LanguageManager;
class LibraryService;
class LibraryWindow;
class MergeController;
class PatientController;
class PatientListModel;
class PatientListPanel;
class PatientRepository;
class PatientTransferController;
class PlanController;
class PlanService;
class PlansPanel;
class PrintController;
class PrintService;
class Settings;
class HelpWindow;
class WelcomePanel;
class Workspace;

// The app's window: menus and the patient list. It wires feature widgets together; the
// features do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Its features are handed the workspace's services (the patient list and the library
    // window still read their repositories).
    MainWindow(Workspace &workspace, LanguageManager &languages, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientListPanel *patientList() const { return m_list; }
    PatientController *patientController() const { return m_controller; }
    // File ▸ Export patient… and Import patient… (one patient to or from another computer).
    PatientTransferController *transferController() const { return m_transfer; }
    PlanController *planController() const { return m_planController; }
    PlansPanel *plansPanel() const { return m_plansPanel; }
    // Null when the window was made without printing (some tests).
    PrintController *printController() const { return m_print; }
    // The library window, opened (or raised) as the Library menu does.
    LibraryWindow *openLibrary();
    // File ▸ Back up now… and Restore from backup…, for the open database. Until this is called
    // (tests that make a window without a database) those items are hidden. Startup calls
    // scheduleDailyBackup() on the result once the window shows.
    BackupController &enableBackups(Database &database);
    // Null until enableBackups().
    BackupController *backupController() const { return m_backup; }
    // A database server's connection: the status bar, the list and every editing window say
    // when it drops; the list reads again when it is back.
    void watchServer(ConnectionWatch &watch);
    // The practice window opened by "Try with demo patients" says so in its title.
    void setDemo(bool demo);
    // Shown instead of the list while the database has no patients.
    WelcomePanel *welcomePanel() const { return m_welcome; }
    // F1: the user guide in the screen's language.
    HelpWindow *showHelp();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void chooseLanguage(Language language);
    void showAbout();
    void updateWelcome();
    void chooseTextSize(int percent);
    void stepTextSize(int step);
    void printSelectedPlan(bool exportPdf);
    bool closeDataWindows();
    void reloadAfterRestore();
    void showDatabase();
    void shareWidth();

    LibraryService &m_library;
    LanguageManager &m_languages;
    Settings &m_settings;
    QString m_databasePath;
    PatientListModel *m_model;
    PatientListPanel *m_list;
    PatientController *m_controller;
    PatientTransferController *m_transfer = nullptr;
    MergeController *m_merge = nullptr;
    PlansPanel *m_plansPanel;
    PlanController *m_planController;
    PrintController *m_print; // always there: the Workspace has printing
    QLabel *m_databaseLabel;
    LibraryWindow *m_libraryWindow = nullptr;
    BackupController *m_backup = nullptr;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    WelcomePanel *m_welcome;
    HelpWindow *m_helpWindow = nullptr;
    bool m_demo = false;
    ConnectionWatch *m_watch = nullptr;
    bool m_splitterMoved = false; // she set the list's and the panel's widths herself

    QMenu *m_fileMenu = nullptr;
    QMenu *m_patientMenu = nullptr;
    QMenu *m_libraryMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_textSizeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newPatient = nullptr;
    QAction *m_openPatient = nullptr;
    QAction *m_archivePatient = nullptr;
    QAction *m_restorePatient = nullptr;
    QAction *m_showArchived = nullptr;
    QAction *m_findPatient = nullptr;
    QAction *m_printPlan = nullptr;
    QAction *m_exportPlan = nullptr;
    QAction *m_printHistory = nullptr;
    QAction *m_clinicSettings = nullptr;
    QAction *m_backUpNow = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_exportPatient = nullptr;
    QAction *m_importPatient = nullptr;
    QAction *m_mergePatient = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_newPlan = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_help = nullptr;
    QAction *m_largerText = nullptr;
    QAction *m_smallerText = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_textSizeGroup = nullptr;
};

} // namespace rp
