#include "startup.h"

#include "core/demopatients.h"
#include "core/settings.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/patientrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

namespace {

// Exit codes, for scripts: 0 fine, 2 bad command line, 3 database refused, 4 --demo refused.
enum ExitCode { Ok = 0, BadArguments = 2, DatabaseRefused = 3, DemoRefused = 4, SaveFailed = 5 };

// Translated names for the command line, so `--help` reads in the user's language too.
struct StartupText
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// A message box when someone is looking; always the terminal too, for scripts and logs.
void reportError(const QString &title, const QString &message, bool interactive)
{
    printError(message);
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
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int runRecoveryPlanner(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recovery-planner"));
    QApplication::setApplicationVersion(QStringLiteral(RP_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Recovery Planner"));

    rp::Settings settings;
    rp::LanguageManager languages;
    // The language first, so that every message after this line is in it.
    QString languageArg;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0)
            languageArg = QString::fromLocal8Bit(argv[i + 1]);
    }
    const auto chosen = rp::languageFromCode(languageArg);
    languages.setLanguage(chosen.value_or(settings.language().value_or(
        rp::languageForLocale(QLocale::system()))));

    QCommandLineParser parser;
    parser.setApplicationDescription(StartupText::tr(
        "Recovery Planner: 30-day recovery plans after a miscarriage or a failed IVF cycle."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        StartupText::tr("Use the SQLite database at <path> instead of the default one."),
        StartupText::tr("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        StartupText::tr("Fill an empty database with demo patients (refused if it has patients)."));
    const QCommandLineOption exitOption(
        QStringLiteral("exit-when-ready"),
        StartupText::tr("Open the database and the main window, then exit once it is painted."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        StartupText::tr("Show the interface in <language> (en, zh-Hant or zh-Hans) for this run."),
        StartupText::tr("language"));
    parser.addOptions({databaseOption, demoOption, exitOption, languageOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        printError(parser.helpText());
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(QStringLiteral("recovery-planner %1\n").arg(QStringLiteral(RP_VERSION))), stdout);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(StartupText::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        printError(parser.helpText());
        return BadArguments;
    }
    if (parser.isSet(languageOption) && !chosen) {
        printError(StartupText::tr("Unknown language “%1”: use en, zh-Hant or zh-Hans.")
                       .arg(parser.value(languageOption)));
        return BadArguments;
    }

    const bool interactive = !parser.isSet(exitOption)
        && QGuiApplication::platformName() != QLatin1String("offscreen")
        && QGuiApplication::platformName() != QLatin1String("minimal");

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : rp::Database::defaultPath();
    rp::Database database;
    if (!database.open(path)) {
        reportError(StartupText::tr("Cannot open the database"), database.errorMessage(), interactive);
        return DatabaseRefused;
    }
    rp::PatientRepository patients(database);

    if (parser.isSet(demoOption)) {
        if (patients.count(true) != 0) {
            reportError(StartupText::tr("Demo patients not added"),
                        StartupText::tr("This database already has patients, so no demo patients "
                                        "were added. Use --demo with a new, empty database file, "
                                        "for example --database demo.sqlite."),
                        interactive);
            return DemoRefused;
        }
        QList<rp::Patient> demo = rp::demoPatients(QDate::currentDate());
        if (!patients.saveAll(demo)) {
            reportError(StartupText::tr("Demo patients not added"), patients.lastError().message,
                        interactive);
            return SaveFailed;
        }
    }

    if (const QString problem = rp::LanguageManager::fontProblem(); !problem.isEmpty())
        printError(problem);

    rp::MainWindow window(patients, languages, settings, database.path());
    QuitWhenPainted quitter;
    if (parser.isSet(exitOption))
        window.installEventFilter(&quitter);
    window.show();

    if (const QString problem = rp::LanguageManager::fontProblem(); !problem.isEmpty() && interactive)
        QTimer::singleShot(0, &window, [&window, problem] {
            QMessageBox::warning(&window, StartupText::tr("Chinese font missing"), problem);
        });
    return QApplication::exec();
}
