#include "mainwindow.h"

#include "aboutdialog.h"
#include "demolauncher.h"
#include "common/accessiblenames.h"
#include "geometrykeeper.h"
#include "helpwindow.h"
#include "languagemanager.h"
#include "welcomepanel.h"

#include "backup/backupcontroller.h"

#include "library/librarywindow.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/planspanel.h"
#include "print/printcontroller.h"
#include "print/printdialog.h"

#include "core/patient.h"
#include "core/settings.h"
#include "patients/mergecontroller.h"
#include "patients/patientcontroller.h"
#include "patients/patientlistmodel.h"
#include "patients/patientlistpanel.h"
#include "patients/patienttransfercontroller.h"
#include "storage/connectionwatch.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "workspace/workspace.h"

#include <QAction>
#include <algorithm>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace rp {

MainWindow::MainWindow(Workspace &workspace, LanguageManager &languages, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(workspace.libraryService())
    , m_languages(languages)
    , m_settings(settings)
    , m_databasePath(workspace.database().path())
    , m_model(new PatientListModel(workspace.patients(), this))
    , m_list(new PatientListPanel(*m_model, this))
    , m_controller(new PatientController(workspace.patientService(), this))
    , m_plansPanel(new PlansPanel(workspace.planService(), this))
    , m_planController(new PlanController(workspace.planService(), this))
    , m_print(new PrintController(workspace.printService(), this))
    , m_databaseLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_stack))
    , m_welcome(new WelcomePanel(m_stack))
{
    installAccessibleNames(); // once for the app: every window's labelled controls, by their labels
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_plansPanel);
    m_splitter->setStretchFactor(0, 5); // the list first: the panel's rows wrap
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_transfer = new PatientTransferController(workspace.database(), this);
    m_merge = new MergeController(workspace.patientService(), this);

    createActions();
    createMenus();
    chooseTextSize(m_settings.textSize());

    connect(m_list, &PatientListPanel::openRequested, m_controller, &PatientController::editPatient);
    connect(m_list, &PatientListPanel::currentPatientChanged, this, &MainWindow::updateActions);
    connect(m_list, &PatientListPanel::currentPatientChanged, this, [this](qint64 id) {
        const QModelIndex index = m_model->indexOfId(id);
        const auto *p = m_model->itemAt(index);
        Patient named;
        if (p) {
            named.nameEn = p->nameEn;
            named.nameZh = p->nameZh;
        }
        m_plansPanel->setPatient(id, named.displayName());
        updateActions();
    });
    m_plansPanel->setWarningCount([this](qint64 planId) { return m_planController->openWarnings(planId); });
    connect(m_plansPanel, &PlansPanel::newPlanRequested, m_planController, &PlanController::newPlan);
    connect(m_plansPanel, &PlansPanel::openPlanRequested, m_planController, &PlanController::openPlan);
    connect(m_planController, &PlanController::plansChanged, m_plansPanel, &PlansPanel::refresh);
    connect(m_planController, &PlanController::plansChanged, this, &MainWindow::updateActions);
    connect(m_planController, &PlanController::editorOpening, this,
        [this](QWidget *editor) { GeometryKeeper::keep(editor, m_settings, QStringLiteral("planEditor")); });
    connect(
        m_planController, &PlanController::printRequested, this, [this](qint64 planId, bool exportPdf, QWidget *from) {
            exportPdf ? m_print->exportPlan(planId, from) : m_print->printPlan(planId, std::nullopt, from);
        });
    // The menu item and the list's check box are one setting, whichever is used.
    connect(m_list, &PatientListPanel::showArchivedChanged, this, [this](bool shown) {
        const QSignalBlocker block(m_showArchived);
        m_showArchived->setChecked(shown);
        updateActions();
    });
    connect(m_controller, &PatientController::patientChanged, this, [this](qint64 id) {
        m_model->refresh();
        m_list->selectPatient(id);
        updateActions();
    });
    // An imported patient is refreshed and selected as an edited one is.
    connect(m_transfer, &PatientTransferController::patientChanged, m_controller, &PatientController::patientChanged);
    connect(m_transfer, &PatientTransferController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_merge, &MergeController::patientChanged, m_controller, &PatientController::patientChanged);
    connect(m_merge, &MergeController::statusMessage, statusBar(),
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_model, &PatientListModel::loadFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_welcome, &WelcomePanel::addPatientRequested, m_controller, &PatientController::addPatient);
    connect(m_welcome, &WelcomePanel::clinicSettingsRequested, this, [this] {
        m_welcome->setClinicOffered(false);
        m_print->editClinic();
    });
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] {
        QString message;
        if (DemoLauncher::start(m_languages.language(), &message))
            statusBar()->showMessage(tr("Opening the demo patients in a separate window…"), 10000);
        else
            QMessageBox::warning(this, tr("Demo patients"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);

    // The clinic's details are offered on the very first start only; after that they are one
    // menu item away and the welcome stays short.
    m_welcome->setClinicOffered(!m_settings.firstRunDone());
    m_settings.setFirstRunDone();

    m_model->refresh();
    retranslate();
    updateActions();

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1280, 720);
    fitOnScreen(this); // a 1024×768 desk, or a place saved on a larger screen
    restoreState(m_settings.mainWindowState());
    m_splitterMoved = m_splitter->restoreState(m_settings.mainSplitter());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(m_list, &PatientListPanel::columnsFitted, this, &MainWindow::shareWidth);
    m_splitter->installEventFilter(this);
    updateWelcome();
    // She goes on where she left off: the patient selected when the app last closed.
    if (const qint64 last = m_settings.lastPatient(m_databasePath))
        m_list->selectPatient(last);
    if (m_stack->currentWidget() == m_welcome)
        m_welcome->setFocus();
    else
        m_list->focusSearch();
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    retranslate();
}

// The welcome replaces the list only while there is no one at all (archived patients count);
// an empty search shows the list with its "no match" line, not the welcome.
void MainWindow::updateWelcome()
{
    const bool empty = m_model->totalCount() + m_model->hiddenArchivedCount() == 0
        && m_list->searchField()->text().isEmpty() && !m_showArchived->isChecked();
    QWidget *want = empty ? static_cast<QWidget *>(m_welcome) : m_splitter;
    if (m_stack->currentWidget() == want)
        return;
    const bool hadFocus = m_stack->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(want);
    if (hadFocus || !QApplication::focusWidget())
        empty ? m_welcome->setFocus() : m_list->focusSearch();
}

HelpWindow *MainWindow::showHelp()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->showGuide(m_languages.language());
    return m_helpWindow;
}

// Ctrl++ and Ctrl+-: the next size up or down, stopping at either end.
void MainWindow::stepTextSize(int step)
{
    const QList<int> sizes = Settings::textSizes();
    const int at = std::clamp(int(sizes.indexOf(m_languages.textSize())) + step, 0, int(sizes.size()) - 1);
    chooseTextSize(sizes.at(at));
}

void MainWindow::chooseTextSize(int percent)
{
    m_languages.setTextSize(percent);
    m_settings.setTextSize(percent);
    for (QAction *a : m_textSizeGroup->actions())
        a->setChecked(a->data().toInt() == percent);
    const QList<int> sizes = Settings::textSizes();
    m_largerText->setEnabled(percent < sizes.constLast());
    m_smallerText->setEnabled(percent > sizes.constFirst());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newPatient = new QAction(this);
    m_newPatient->setShortcut(QKeySequence::New);
    connect(m_newPatient, &QAction::triggered, m_controller, &PatientController::addPatient);

    m_openPatient = new QAction(this);
    m_openPatient->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(
        m_openPatient, &QAction::triggered, this, [this] { m_controller->editPatient(m_list->currentPatientId()); });

    m_archivePatient = new QAction(this);
    connect(m_archivePatient, &QAction::triggered, this,
        [this] { m_controller->setArchived(m_list->currentPatientId(), true); });

    m_restorePatient = new QAction(this);
    connect(m_restorePatient, &QAction::triggered, this,
        [this] { m_controller->setArchived(m_list->currentPatientId(), false); });

    m_showArchived = new QAction(this);
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, m_list, &PatientListPanel::setShowArchived);
    m_newPatient->setObjectName(QStringLiteral("newPatient"));
    m_openPatient->setObjectName(QStringLiteral("openPatient"));
    m_archivePatient->setObjectName(QStringLiteral("archivePatient"));
    m_restorePatient->setObjectName(QStringLiteral("restorePatient"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedAction"));

    m_findPatient = new QAction(this);
    m_findPatient->setShortcut(QKeySequence::Find);
    connect(m_findPatient, &QAction::triggered, m_list, &PatientListPanel::focusSearch);

    m_newPlan = new QAction(this);
    m_newPlan->setObjectName(QStringLiteral("newPlan"));
    m_newPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_newPlan, &QAction::triggered, this, [this] { m_planController->newPlan(m_list->currentPatientId()); });

    m_printPlan = new QAction(this);
    m_printPlan->setObjectName(QStringLiteral("printPlan"));
    m_printPlan->setShortcut(QKeySequence::Print);
    connect(m_printPlan, &QAction::triggered, this, [this] { printSelectedPlan(false); });
    m_exportPlan = new QAction(this);
    m_exportPlan->setObjectName(QStringLiteral("exportPlan"));
    m_exportPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPlan, &QAction::triggered, this, [this] { printSelectedPlan(true); });
    m_printHistory = new QAction(this);
    m_printHistory->setObjectName(QStringLiteral("printHistory"));
    connect(m_printHistory, &QAction::triggered, this, [this] {
        const auto *p = m_model->itemAt(m_model->indexOfId(m_list->currentPatientId()));
        if (p) {
            Patient named;
            named.nameEn = p->nameEn;
            named.nameZh = p->nameZh;
            m_print->showHistory(p->id, named.displayName());
        }
    });
    m_clinicSettings = new QAction(this);
    m_clinicSettings->setObjectName(QStringLiteral("clinicSettings"));
    connect(m_clinicSettings, &QAction::triggered, this, [this] { m_print->editClinic(); });
    m_backUpNow = new QAction(this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    connect(m_backUpNow, &QAction::triggered, this, [this] {
        if (m_backup)
            m_backup->backUpNow();
    });
    m_restoreBackup = new QAction(this);
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_restoreBackup, &QAction::triggered, this, [this] {
        if (m_backup)
            m_backup->restoreFromBackup();
    });
    m_exportPatient = new QAction(this);
    m_exportPatient->setObjectName(QStringLiteral("exportPatient"));
    connect(m_exportPatient, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentPatientId())
            m_transfer->exportPatient(id);
    });
    m_importPatient = new QAction(this);
    m_importPatient->setObjectName(QStringLiteral("importPatient"));
    connect(m_importPatient, &QAction::triggered, m_transfer, &PatientTransferController::importPatient);
    m_mergePatient = new QAction(this);
    m_mergePatient->setObjectName(QStringLiteral("mergePatient"));
    connect(m_mergePatient, &QAction::triggered, this, [this] { m_merge->mergeWith(m_list->currentPatientId()); });

    m_openLibrary = new QAction(this);
    m_openLibrary->setObjectName(QStringLiteral("openLibrary"));
    m_openLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openLibrary, &QAction::triggered, this, &MainWindow::openLibrary);

    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_help = new QAction(QIcon(QStringLiteral(":/icons/help.svg")), QString(), this);
    m_help->setObjectName(QStringLiteral("userGuide"));
    m_help->setShortcut(QKeySequence::HelpContents);
    // F1 works in every window of the app, dialogs and the plan editor included.
    m_help->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_help, &QAction::triggered, this, &MainWindow::showHelp);

    m_textSizeGroup = new QActionGroup(this);
    for (int percent : Settings::textSizes()) {
        auto *action = new QAction(m_textSizeGroup);
        action->setCheckable(true);
        action->setData(percent);
        action->setObjectName(QStringLiteral("textSize-%1").arg(percent));
        connect(action, &QAction::triggered, this, [this, percent] { chooseTextSize(percent); });
    }
    m_largerText = new QAction(this);
    m_largerText->setObjectName(QStringLiteral("largerText"));
    m_largerText->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_largerText, &QAction::triggered, this, [this] { stepTextSize(+1); });
    m_smallerText = new QAction(this);
    m_smallerText->setObjectName(QStringLiteral("smallerText"));
    m_smallerText->setShortcut(QKeySequence::ZoomOut);
    connect(m_smallerText, &QAction::triggered, this, [this] { stepTextSize(-1); });

    m_newPatient->setIcon(QIcon(QStringLiteral(":/icons/new-patient.svg")));
    m_openPatient->setIcon(QIcon(QStringLiteral(":/icons/open-patient.svg")));
    m_archivePatient->setIcon(QIcon(QStringLiteral(":/icons/archive.svg")));
    m_restorePatient->setIcon(QIcon(QStringLiteral(":/icons/restore.svg")));
    m_newPlan->setIcon(QIcon(QStringLiteral(":/icons/new-plan.svg")));
    m_printPlan->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_exportPlan->setIcon(QIcon(QStringLiteral(":/icons/export-pdf.svg")));
    m_openLibrary->setIcon(QIcon(QStringLiteral(":/icons/library.svg")));
    m_clinicSettings->setIcon(QIcon(QStringLiteral(":/icons/clinic.svg")));

    m_languageGroup = new QActionGroup(this);
    for (Language l : allLanguages()) {
        // Each language is named in itself, so anyone can find her own in any UI language.
        auto *action = new QAction(nativeLanguageName(l), m_languageGroup);
        action->setCheckable(true);
        action->setChecked(l == m_languages.language());
        action->setData(languageCode(l));
        action->setObjectName(QStringLiteral("language-") + languageCode(l));
        connect(action, &QAction::triggered, this, [this, l] { chooseLanguage(l); });
    }
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](Language l) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == languageCode(l));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newPatient);
    m_fileMenu->addAction(m_importPatient);
    m_fileMenu->addAction(m_exportPatient);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printPlan);
    m_fileMenu->addAction(m_exportPlan);
    m_fileMenu->addAction(m_clinicSettings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backUpNow);
    m_fileMenu->addAction(m_restoreBackup);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_patientMenu = menuBar()->addMenu(QString());
    m_patientMenu->addAction(m_openPatient);
    m_patientMenu->addAction(m_newPlan);
    m_patientMenu->addAction(m_findPatient);
    m_patientMenu->addAction(m_printHistory);
    m_patientMenu->addAction(m_mergePatient);
    m_patientMenu->addSeparator();
    m_patientMenu->addAction(m_archivePatient);
    m_patientMenu->addAction(m_restorePatient);
    m_patientMenu->addAction(m_showArchived);

    m_libraryMenu = menuBar()->addMenu(QString());
    m_libraryMenu->addAction(m_openLibrary);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_viewMenu = new QMenu(this);
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_textSizeMenu = m_viewMenu->addMenu(QString());
    m_textSizeMenu->addActions(m_textSizeGroup->actions());
    m_viewMenu->addAction(m_largerText);
    m_viewMenu->addAction(m_smallerText);
    // The Language menu sits after View so that it stays the one beside Help.
    menuBar()->insertMenu(m_languageMenu->menuAction(), m_viewMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_help);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newPatient);
    m_toolBar->addAction(m_openPatient);
    m_toolBar->addAction(m_archivePatient);
    m_toolBar->addAction(m_restorePatient);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newPlan);
    m_toolBar->addAction(m_printPlan);
    m_toolBar->addAction(m_exportPlan);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openLibrary);
    m_toolBar->addAction(m_help);
}

LibraryWindow *MainWindow::openLibrary()
{
    if (!m_libraryWindow) {
        m_libraryWindow = new LibraryWindow(m_library, this);
        GeometryKeeper::keep(m_libraryWindow, m_settings, QStringLiteral("libraryWindow"));
    }
    m_libraryWindow->show();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
    return m_libraryWindow;
}

BackupController &MainWindow::enableBackups(Database &database)
{
    if (!m_backup) {
        m_backup = new BackupController(database, this);
        m_backup->setCloseDataWindows([this] { return closeDataWindows(); });
        connect(m_backup, &BackupController::databaseReplaced, this, &MainWindow::reloadAfterRestore);
        connect(m_backup, &BackupController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }
    updateActions();
    return *m_backup;
}

void MainWindow::watchServer(ConnectionWatch &watch)
{
    m_watch = &watch;
    m_controller->setConnectionWatch(&watch);
    m_planController->setConnectionWatch(&watch);
    connect(&watch, &ConnectionWatch::lost, this, &MainWindow::showDatabase);
    connect(&watch, &ConnectionWatch::restored, this, [this] {
        showDatabase();
        statusBar()->showMessage(tr("Connected to the database server again."), 15000);
        const qint64 selected = m_list->currentPatientId();
        m_model->refresh(); // what other desks saved meanwhile
        m_list->selectPatient(selected);
        m_plansPanel->refresh();
        updateActions();
    });
}

void MainWindow::showDatabase()
{
    const QString where = QDir::toNativeSeparators(m_databasePath);
    if (m_watch && m_watch->isLost()) {
        m_databaseLabel->setText(tr("Not connected: %1 (trying again)").arg(where));
        m_databaseLabel->setToolTip(m_watch->why());
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(where));
        m_databaseLabel->setToolTip({});
    }
}

// Before the database is replaced: plan editors close (each asks about unsaved changes) and the
// library window closes. False when she kept an editor open.
bool MainWindow::closeDataWindows()
{
    for (PlanEditor *editor : findChildren<PlanEditor *>()) {
        if (editor->isVisible() && !editor->close())
            return false;
    }
    if (m_libraryWindow)
        m_libraryWindow->close();
    return true;
}

// After a restore every view reads the database again; her selection stays when she is still there.
void MainWindow::reloadAfterRestore()
{
    const qint64 current = m_list->currentPatientId();
    m_model->refresh();
    m_list->selectPatient(current);
    m_plansPanel->refresh();
    if (m_libraryWindow)
        m_libraryWindow->reload();
    updateActions();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_demo ? tr("Recovery Planner — demo patients (practice only)") : tr("Recovery Planner"));
    m_fileMenu->setTitle(tr("&File"));
    m_patientMenu->setTitle(tr("&Patient"));
    // The menu stays findable by someone who switched to a language she cannot read.
    m_languageMenu->setTitle(tr("&Language")
        + (m_languages.language() == Language::English ? QStringLiteral(" / 語言") : QStringLiteral(" / Language")));
    m_libraryMenu->setTitle(tr("Li&brary"));
    m_helpMenu->setTitle(tr("&Help"));
    m_viewMenu->setTitle(tr("&View"));
    m_textSizeMenu->setTitle(tr("&Text size"));
    for (QAction *a : m_textSizeGroup->actions()) {
        const int percent = a->data().toInt();
        a->setText(percent == 100 ? tr("&Normal") : percent == 125 ? tr("&Larger") : tr("Lar&gest"));
    }
    m_largerText->setText(tr("&Bigger text"));
    m_smallerText->setText(tr("&Smaller text"));
    m_help->setText(tr("&User guide"));
    m_help->setToolTip(tr("Open the user guide (%1)").arg(m_help->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setWindowTitle(tr("Patient actions"));

    m_newPatient->setText(tr("&New patient…"));
    m_newPatient->setToolTip(
        tr("Add a new patient (%1)").arg(m_newPatient->shortcut().toString(QKeySequence::NativeText)));
    m_openPatient->setText(tr("&Open patient…"));
    m_openPatient->setToolTip(tr("Open the selected patient's record (Enter)"));
    m_archivePatient->setText(tr("&Archive patient…"));
    m_archivePatient->setToolTip(tr("Hide the selected patient from the list; nothing is deleted"));
    m_restorePatient->setText(tr("&Restore from archive"));
    m_restorePatient->setToolTip(tr("Return the selected archived patient to the list"));
    m_showArchived->setText(tr("&Show archived patients"));
    m_findPatient->setText(tr("&Find patient"));
    m_printPlan->setText(tr("P&rint plan…"));
    m_printPlan->setToolTip(tr("Print the selected plan for the patient, in her language (%1)")
                                .arg(m_printPlan->shortcut().toString(QKeySequence::NativeText)));
    m_exportPlan->setText(tr("&Export plan as PDF…"));
    m_printHistory->setText(tr("Print &history…"));
    m_mergePatient->setText(tr("&Merge with possible duplicate…"));
    m_clinicSettings->setText(tr("&Clinic settings…"));
    m_backUpNow->setText(tr("&Back up now…"));
    m_backUpNow->setToolTip(tr("Save a copy of all the data, as it is now, to a file"));
    m_restoreBackup->setText(tr("Res&tore from backup…"));
    m_restoreBackup->setToolTip(tr("Replace all the data with a backup's; a safety copy is made first"));
    m_exportPatient->setText(tr("E&xport patient…"));
    m_exportPatient->setToolTip(
        tr("Save the selected patient, with her losses, plans and printouts, to a file for another computer"));
    m_importPatient->setText(tr("&Import patient…"));
    m_importPatient->setToolTip(
        tr("Add a patient from a file exported on another computer, or merge it into her record here"));
    m_newPlan->setText(tr("New recovery &plan…"));
    m_newPlan->setToolTip(tr("A 30-day plan for the selected patient's loss (%1)")
                              .arg(m_newPlan->shortcut().toString(QKeySequence::NativeText)));
    m_openLibrary->setText(tr("&Library…"));
    m_openLibrary->setToolTip(tr("Dishes, soups, teas, formulas, rest advice, milestones and red flags (%1)")
                                  .arg(m_openLibrary->shortcut().toString(QKeySequence::NativeText)));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Recovery Planner"));
    showDatabase();

    // Toolbar buttons show the action's text without its accelerator: "開啟病人紀錄(&O)…" would
    // read "開啟病人紀錄(O)…" there, and would take Alt+O from the buttons beside the list.
    static const QRegularExpression accelerator(QStringLiteral("\\(&\\w\\)|&"));
    for (QAction *a : m_toolBar->actions())
        a->setIconText(a->text().remove(accelerator).remove(QStringLiteral("…")).trimmed());
}

void MainWindow::updateActions()
{
    const bool has = m_list->currentPatientId() != 0;
    const bool archived = m_list->currentPatientArchived();
    m_openPatient->setEnabled(has);
    m_newPlan->setEnabled(has && !archived);
    const bool hasPlan = has && m_plansPanel->currentPlanId() != 0;
    m_printPlan->setEnabled(hasPlan);
    m_exportPlan->setEnabled(hasPlan);
    m_printHistory->setEnabled(has);
    m_exportPatient->setEnabled(has);
    m_mergePatient->setEnabled(
        m_model->indexOfId(m_list->currentPatientId()).data(PatientListModel::DuplicateRole).toLongLong() != 0);
    m_backUpNow->setVisible(m_backup);
    m_restoreBackup->setVisible(m_backup);
    m_archivePatient->setEnabled(has && !archived);
    m_restorePatient->setEnabled(has && archived);
    m_restorePatient->setVisible(m_showArchived->isChecked());
}

void MainWindow::chooseLanguage(Language language)
{
    m_languages.setLanguage(language);
    m_settings.setLanguage(language);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_databasePath, this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// The list's columns first, so that none scrolls out of sight; the plans panel takes the rest, its
// usual sixth when there is room, never less than it needs. Until she drags the divider herself.
void MainWindow::shareWidth()
{
    if (m_splitterMoved || m_splitter->count() != 2)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int panelLeast = m_plansPanel->minimumSizeHint().width();
    const int panelUsual = total / 6;
    const int panel = std::max(panelLeast, std::min(panelUsual, total - m_list->widthForColumns()));
    m_splitter->setSizes({total - panel, panel});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        shareWidth();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open plans are asked first: a plan with unsaved changes must not vanish with the window.
    for (PlanEditor *editor : findChildren<PlanEditor *>()) {
        if (editor->isVisible() && !editor->close()) {
            event->ignore();
            return;
        }
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    // Only a width she chose is kept; otherwise each start shares the width out afresh.
    m_settings.setMainSplitter(m_splitterMoved ? m_splitter->saveState() : QByteArray());
    m_settings.setLastPatient(m_databasePath, m_list->currentPatientId());
    event->accept();
}

void MainWindow::printSelectedPlan(bool exportPdf)
{
    const qint64 planId = m_plansPanel->currentPlanId();
    if (planId == 0)
        return;
    // An open editor with unsaved changes for this plan saves first: the printout is of the stored plan.
    for (PlanEditor *editor : findChildren<PlanEditor *>()) {
        if (editor->plan().id == planId && editor->isDirty()) {
            editor->requestPrint(exportPdf);
            return;
        }
    }
    exportPdf ? m_print->exportPlan(planId) : m_print->printPlan(planId);
}

} // namespace rp
