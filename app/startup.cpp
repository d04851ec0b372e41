#include "startup.h"

#include "commandline.h"
#include "generatepatients.h"

#include "core/datetext.h"
#include "core/planjson.h"
#include "core/planner.h"
#include "core/settings.h"
#include "shell/demolauncher.h"
#include "shell/languagemanager.h"
#include "backup/backupcontroller.h"
#include "shell/mainwindow.h"
#include "storage/connectionwatch.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "workspace/printservice.h"
#include "printout/pagerenderer.h"
#include "printout/printfonts.h"
#include "core/terms.h"
#include "workspace/patientservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QLabel>
#include <QProgressDialog>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// Exit codes, for scripts: 0 fine, 2 bad command line, 3 database refused, 4 --demo refused,
// 5 a save failed, 6 a bad patient file, 7 no such plan, 8 the PDF could not be written.
enum ExitCode {
    Ok = 0,
    BadArguments = 2,
    DatabaseRefused = 3,
    DemoRefused = 4,
    SaveFailed = 5,
    BadInput = 6,
    NoSuchPlan = 7,
    ExportFailed = 8
};

struct StartupText
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
}

// A message box when someone is looking; always the terminal too, for scripts and logs.
void reportError(const QString &title, const QString &message, bool interactive)
{
    print(stderr, message);
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
}

// Quits once the window has been painted for the first time (for scripts and startup timing).
class QuitWhenPainted : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Once this paint (the window and everything in it) is done: not after what was
            // queued to happen just after the first paint (today's follow-ups, the font check),
            // so a start-up timing is the time to the painted window.
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// The database this run uses: --database, else the one set in settings, else the default file.
QString databaseLocation(const CommandLine &options, const rp::Settings &settings)
{
    if (options.hasDatabase())
        return options.database();
    const QString chosen = settings.databaseLocation();
    return chosen.isEmpty() ? rp::Database::defaultPath() : chosen;
}

// Opens the database; a server that asks for a password gets one typed into a prompt (kept in
// memory only), three tries at most. Without a window there is no prompt: the pgpass file it is.
bool openDatabase(rp::Database &database, const QString &location, bool interactive)
{
    for (int attempt = 0;; ++attempt) {
        if (database.open(location))
            return true;
        if (database.status() != rp::Database::Status::NeedsPassword || !interactive || attempt == 3)
            break;
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, StartupText::tr("Database server password"),
            database.errorMessage() + u'\n' + StartupText::tr("Password:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            break;
        database.setPassword(password);
    }
    if (database.status() == rp::Database::Status::NeedsPassword)
        print(stderr,
            StartupText::tr("Give the password when asked, or put it in a pgpass file (~/.pgpass, "
                            "readable only by you); see docs/postgresql.md."));
    return false;
}

// --generate-plan: the plan for a patient described in JSON, from the built-in library only.
int generatePlan(const QString &file)
{
    QByteArray input;
    if (file == QLatin1String("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            input = in.readAll();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            print(stderr, StartupText::tr("Cannot read “%1”: %2").arg(file, in.errorString()));
            return BadInput;
        }
        input = in.readAll();
    }
    const rp::Planner planner(rp::content::builtInItems());
    QString error;
    const auto request = rp::planjson::readRequest(input, planner, &error);
    if (!request) {
        print(stderr, StartupText::tr("The patient file was not used: %1").arg(error));
        return BadInput;
    }
    const rp::Plan plan = planner.generate(request->patient, request->settings);
    const QByteArray json = rp::planjson::toJson(plan, planner.warnings(plan, request->patient),
        planner.redFlagsFor(request->patient, request->settings), planner)
                                .toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return Ok;
}

// --export-pdf: the plan's printout, written and recorded on the patient, with no window.
int exportPdf(const CommandLine &options)
{
    // Reading a plan from a database file that is not there would only create an empty one.
    const bool server = rp::Database::isServerAddress(options.database());
    if (!server && (!QFileInfo::exists(options.database()) || QFileInfo(options.database()).size() == 0)) {
        print(stderr, StartupText::tr("There is no database at %1.").arg(options.database()));
        return DatabaseRefused;
    }
    rp::Workspace workspace;
    if (!openDatabase(workspace.database(), options.database(), false)) {
        print(stderr, workspace.database().errorMessage());
        return DatabaseRefused;
    }
    QString message;
    if (!workspace.bringUpToDate(&message)) {
        print(stderr, message);
        return DatabaseRefused;
    }
    rp::PlanRepository &plans = workspace.plans();
    rp::PatientRepository &patients = workspace.patients();
    rp::PrintService &service = workspace.printService();

    const auto plan = plans.load(options.planId());
    if (!plan) {
        print(stderr, StartupText::tr("There is no plan number %1 in this database.").arg(options.planId()));
        return NoSuchPlan;
    }
    if (plan->patientId == 0) {
        print(stderr,
            StartupText::tr("Plan number %1 is a template, not a patient's plan: there is no one to print it "
                            "for.")
                .arg(options.planId()));
        return NoSuchPlan;
    }
    const auto patient = patients.load(plan->patientId);
    if (!patient) {
        print(stderr, patients.lastError().message);
        return DatabaseRefused;
    }
    rp::PrintOptions printOptions = rp::PrintService::defaultsFor(*patient, rp::PrintLanguage::English);
    const QString language = options.printLanguage();
    if (language == QLatin1String("bilingual"))
        printOptions.language = rp::chineseScriptOf(printOptions.language) == rp::Language::SimplifiedChinese
            ? rp::PrintLanguage::EnglishSimplified
            : rp::PrintLanguage::EnglishTraditional;
    else if (!language.isEmpty())
        printOptions.language = *rp::fromCode<rp::PrintLanguage>(language);
    if (options.document() != QLatin1String("all"))
        printOptions.documents = {*rp::fromCode<rp::PrintDocument>(options.document())};
    printOptions.paper = *rp::fromCode<rp::PaperSize>(options.paper());
    printOptions.layout = *rp::fromCode<rp::BilingualLayout>(options.layout());
    printOptions.largePrint = options.largePrint();
    // Set, or as she last chose in the print dialog (defaultsFor).
    printOptions.calendarWithoutPrivate = printOptions.calendarWithoutPrivate || options.calendarWithoutPrivate();

    QString error;
    const rp::Result<rp::PrintedDocument> document = service.build(*patient, *plan, printOptions);
    if (!document) {
        print(stderr, document.error().message);
        return ExportFailed;
    }
    if (!rp::printfonts::ensureLoaded(&error))
        print(stderr, error);
    const int pages = rp::PageRenderer(*document).exportPdf(options.exportPdf(), &error);
    if (pages == 0) {
        print(stderr, error);
        return ExportFailed;
    }
    if (const rp::StorageError e
        = service.record(*patient, *plan, *document, rp::PrintOutput::Pdf, options.exportPdf());
        e.isError()) {
        print(stderr,
            StartupText::tr("The PDF was written, but it could not be recorded on the patient: %1").arg(e.message));
        return SaveFailed;
    }
    print(stdout, StartupText::tr("Wrote %1 (%2 pages).").arg(options.exportPdf()).arg(pages));
    return Ok;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out << QString::fromLocal8Bit(argv[i]);
    return out;
}

// SQLite on a network share can corrupt the file when two desks write: said once per file.
void warnIfOnNetworkShare(QWidget &window, const rp::Database &database, rp::Settings &settings, bool interactive)
{
    if (!database.onNetworkShare())
        return;
    const QString message
        = StartupText::tr("The database file “%1” is on a network share. SQLite is not safe there: its write-ahead "
                          "log does not work over a network file system, and two desks writing at once can damage "
                          "the file. Keep the file on this computer's own disk, or, for several desks, set up a "
                          "PostgreSQL server (see docs/postgresql.md).")
              .arg(QDir::toNativeSeparators(database.path()));
    print(stderr, message);
    if (!interactive || !settings.takeNetworkShareWarning(database.path()))
        return;
    QTimer::singleShot(0, &window,
        [&window, message] { QMessageBox::warning(&window, StartupText::tr("Database on a network share"), message); });
}

int runWindow(CommandLine &options, rp::Settings &settings, rp::LanguageManager &languages)
{
    const bool interactive = !options.exitWhenReady() && QGuiApplication::platformName() != QLatin1String("offscreen")
        && QGuiApplication::platformName() != QLatin1String("minimal");

    const QString path = databaseLocation(options, settings);
    rp::Workspace workspace;
    rp::Database &database = workspace.database();
    if (!openDatabase(database, path, interactive)) {
        reportError(StartupText::tr("Cannot open the database"), database.errorMessage(), interactive);
        return DatabaseRefused;
    }
    // A server can go away while the window is open; a file cannot.
    std::unique_ptr<rp::ConnectionWatch> watch;
    if (database.backend() == rp::Backend::PostgreSQL)
        watch = std::make_unique<rp::ConnectionWatch>(database);
    QString upkeepMessage;
    // Rebuilding the search index after an upgrade takes a minute or more at a hundred thousand
    // patients: said in a window (if it lasts more than a moment), not a silent wait.
    std::unique_ptr<QProgressDialog> rebuilding;
    const auto progress = [&rebuilding, interactive](int done, int total) {
        if (!interactive)
            return;
        if (!rebuilding) {
            rebuilding = std::make_unique<QProgressDialog>();
            rebuilding->setWindowTitle(StartupText::tr("Recovery Planner"));
            rebuilding->setLabelText(
                StartupText::tr("Updating the patient search for this version of Recovery Planner. This is "
                                "done once; with many patients it takes a few minutes. If the computer stops "
                                "meanwhile, nothing is lost: it starts again next time."));
            rebuilding->setCancelButton(nullptr);
            if (auto *label = rebuilding->findChild<QLabel *>()) {
                label->setWordWrap(true);
                label->setMinimumWidth(420);
            }
            rebuilding->setWindowModality(Qt::ApplicationModal);
            rebuilding->setMinimumDuration(1500);
            rebuilding->setAutoClose(false);
        }
        rebuilding->setMaximum(std::max(total, 1));
        rebuilding->setValue(done); // modal: paints it and keeps the desktop answered
    };
    if (!workspace.bringUpToDate(&upkeepMessage, progress)) {
        rebuilding.reset();
        reportError(StartupText::tr("Cannot open the database"), upkeepMessage, interactive);
        return DatabaseRefused;
    }
    rebuilding.reset();

    if (options.demo()) {
        const rp::Planner planner(rp::content::builtInItems());
        const rp::StorageError e = workspace.patientService().addDemoPatients(planner, QDate::currentDate());
        if (e.isError()) {
            reportError(StartupText::tr("Demo patients not added"), e.message, interactive);
            return e.code == rp::StorageError::Code::Invalid ? DemoRefused : SaveFailed;
        }
    }

    rp::MainWindow window(workspace, languages, settings);
    window.setDemo(options.demo() || QFileInfo(database.path()) == QFileInfo(rp::DemoLauncher::databasePath()));
    QuitWhenPainted quitter;
    if (options.exitWhenReady())
        window.installEventFilter(&quitter);
    window.show();
    if (watch)
        window.watchServer(*watch);
    rp::BackupController &backups = window.enableBackups(database);
    // A run that quits once painted (screenshots, scripts) is not a working day: no daily backup.
    if (!options.exitWhenReady())
        backups.scheduleDailyBackup();
    warnIfOnNetworkShare(window, database, settings, interactive);
    // After the first paint: finding the Chinese fonts reads their files, and the window need not
    // wait for that to show.
    QTimer::singleShot(0, &window, [&window, interactive] {
        const QString fontProblem = rp::LanguageManager::fontProblem();
        if (fontProblem.isEmpty())
            return;
        print(stderr, fontProblem);
        if (interactive)
            QMessageBox::warning(&window, StartupText::tr("Chinese font missing"), fontProblem);
    });
    return QApplication::exec();
}

} // namespace

int runRecoveryPlanner(int argc, char *argv[])
{
    // A first, untranslated parse decides whether a window is needed: --help, --version and a
    // mistyped option must work on a machine without a display.
    const QStringList arguments = argumentList(argc, argv);
    CommandLine first;
    const bool run = first.parse(arguments) == CommandLine::Result::Run;
    std::unique_ptr<QCoreApplication> app;
    if (run && first.needsWindow()) {
        app = std::make_unique<QApplication>(argc, argv);
        // Ties the windows to the installed launcher (Wayland's app_id, the taskbar's icon).
        QGuiApplication::setDesktopFileName(QStringLiteral(RP_APP_ID));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" RP_APP_ID ".svg")));
    } else if (run && first.needsGui()) {
        // Fonts and painting, but no display: a PDF export runs on a server or in CI.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recovery-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RP_VERSION));

    rp::Settings settings;
    rp::LanguageManager languages;
    // The language first, so that every message after this line is in it.
    const auto asked = rp::languageFromCode(CommandLine::scanLanguage(arguments));
    languages.setLanguage(asked.value_or(settings.language().value_or(rp::languageForLocale(QLocale::system()))));

    CommandLine options;
    switch (options.parse(arguments)) {
    case CommandLine::Result::Help:
        print(stdout, options.helpText());
        return Ok;
    case CommandLine::Result::Version:
        print(stdout, QStringLiteral("recovery-planner %1").arg(QStringLiteral(RP_VERSION)));
        return Ok;
    case CommandLine::Result::Error:
        print(stderr, options.errorText());
        print(stderr, options.helpText());
        return BadArguments;
    case CommandLine::Result::Run:
        break;
    }
    if (!options.generatePlan().isEmpty())
        return generatePlan(options.generatePlan());
    if (!options.exportPdf().isEmpty())
        return exportPdf(options);
    if (options.generatePatients() > 0) {
        rp::Workspace workspace;
        QString message;
        if (!openDatabase(workspace.database(), options.database(), false) || !workspace.bringUpToDate(&message)) {
            print(stderr, message.isEmpty() ? workspace.database().errorMessage() : message);
            return DatabaseRefused;
        }
        return generatePatients(workspace, options.generatePatients());
    }
    return runWindow(options, settings, languages);
}
