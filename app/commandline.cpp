#include "commandline.h"

#include "core/language.h"
#include "core/printjob.h"
#include "core/terms.h"

#include <QCoreApplication>

namespace {
// Translated texts for the command line, so --help reads in the user's language.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

CommandLine::CommandLine()
    : m_database(QStringLiteral("database"),
        CommandLineText::tr("Use the SQLite database file at <path>, or the PostgreSQL server at "
                            "postgresql://user@host:port/dbname, instead of the one in settings."),
        CommandLineText::tr("path"))
    , m_demo(QStringLiteral("demo"),
          CommandLineText::tr("Fill an empty database with demo patients (refused if it has patients)."))
    , m_exitWhenReady(QStringLiteral("exit-when-ready"),
          CommandLineText::tr("Open the database and the main window, then exit once it is painted."))
    , m_language(QStringLiteral("language"),
          CommandLineText::tr("Show the interface in <language> (en, zh-Hant or zh-Hans) for this run; "
                              "with --export-pdf, the printout's language (en, zh-Hant, zh-Hans, en+zh-Hant, "
                              "en+zh-Hans, or bilingual: English with the Chinese she last had; default: "
                              "the patient's own)."),
          CommandLineText::tr("language"))
    , m_generatePlan(QStringLiteral("generate-plan"),
          CommandLineText::tr("Print the plan generated for the patient described in <file> (JSON; - for "
                              "standard input) as JSON, from the built-in library, without a database."),
          CommandLineText::tr("file"))
    , m_generatePatients(QStringLiteral("generate-patients"),
          CommandLineText::tr("Add <count> made-up patients to the database given by --database, each "
                              "with a loss and a plan (for tests and benchmarks), without a window."),
          CommandLineText::tr("count"))
    , m_exportPdf(QStringLiteral("export-pdf"),
          CommandLineText::tr("Export the printout of the plan given by --plan to the PDF <file>, without a "
                              "window, and record it on the patient."),
          CommandLineText::tr("file"))
    , m_plan(QStringLiteral("plan"), CommandLineText::tr("The plan to export (its number)."), CommandLineText::tr("id"))
    , m_document(QStringLiteral("document"),
          CommandLineText::tr("What to export: diet, rest, calendar, shopping or all (default)."),
          CommandLineText::tr("document"), QStringLiteral("all"))
    , m_paper(QStringLiteral("paper"), CommandLineText::tr("Paper size: a4 (default) or letter."),
          CommandLineText::tr("size"), QStringLiteral("a4"))
    , m_layout(QStringLiteral("layout"), CommandLineText::tr("Bilingual layout: stacked (default) or side-by-side."),
          CommandLineText::tr("layout"), QStringLiteral("stacked"))
    , m_largePrint(QStringLiteral("large-print"), CommandLineText::tr("Use large print."))
    , m_calendarWithoutPrivate(QStringLiteral("calendar-without-private"),
          CommandLineText::tr("Leave private milestones (pregnancy test, trying again) off the "
                              "fridge calendar. Without it, the patient's own choice."))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, CommandLineText::tr("Show this help."))
    , m_version({QStringLiteral("v"), QStringLiteral("version")}, CommandLineText::tr("Show the version."))
{
    m_parser.setApplicationDescription(
        CommandLineText::tr("Recovery Planner: 30-day recovery plans after a miscarriage or a failed IVF cycle."));
    m_parser.addOptions({m_database, m_demo, m_exitWhenReady, m_language, m_generatePlan, m_generatePatients,
        m_exportPdf, m_plan, m_document, m_paper, m_layout, m_largePrint, m_calendarWithoutPrivate, m_help, m_version});
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Result::Error;
    }
    if (m_parser.isSet(m_help))
        return Result::Help;
    if (m_parser.isSet(m_version))
        return Result::Version;
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = CommandLineText::tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return Result::Error;
    }
    if (m_parser.isSet(m_generatePatients)) {
        bool ok = false;
        const int count = m_parser.value(m_generatePatients).toInt(&ok);
        if (!ok || count <= 0 || count > maxGeneratedPatients) {
            m_error = CommandLineText::tr("--generate-patients needs a number of patients from 1 to %1.")
                          .arg(maxGeneratedPatients);
            return Result::Error;
        }
        if (!m_parser.isSet(m_database)) {
            m_error = CommandLineText::tr("--generate-patients needs --database with the database to add them to.");
            return Result::Error;
        }
        if (m_parser.isSet(m_demo) || m_parser.isSet(m_exportPdf) || m_parser.isSet(m_generatePlan)) {
            m_error = CommandLineText::tr("--generate-patients goes with --database only.");
            return Result::Error;
        }
    }
    const bool exporting = m_parser.isSet(m_exportPdf);
    if (exporting) {
        bool ok = false;
        const qint64 plan = m_parser.value(m_plan).toLongLong(&ok);
        if (!m_parser.isSet(m_plan) || !ok || plan <= 0) {
            m_error = CommandLineText::tr("--export-pdf needs --plan with the plan's number, for example --plan 3.");
            return Result::Error;
        }
        if (m_parser.value(m_exportPdf).isEmpty()) {
            m_error = CommandLineText::tr("--export-pdf needs the path of the PDF file to write.");
            return Result::Error;
        }
        if (m_parser.isSet(m_demo)) {
            m_error = CommandLineText::tr("--demo does not go with --export-pdf: make the demo database first, "
                                          "then export from it.");
            return Result::Error;
        }
        if (!m_parser.isSet(m_database)) {
            m_error = CommandLineText::tr("--export-pdf needs --database with the database to read the plan from.");
            return Result::Error;
        }
        const QString language = m_parser.value(m_language);
        if (m_parser.isSet(m_language) && language != QLatin1String("bilingual")
            && !rp::fromCode<rp::PrintLanguage>(language)) {
            m_error = CommandLineText::tr("Unknown print language “%1”: use en, zh-Hant, zh-Hans or bilingual.")
                          .arg(language);
            return Result::Error;
        }
        const QString document = m_parser.value(m_document);
        if (document != QLatin1String("all") && !rp::fromCode<rp::PrintDocument>(document)) {
            m_error = CommandLineText::tr("Unknown document “%1”: use diet, rest, calendar, shopping or all.")
                          .arg(document);
            return Result::Error;
        }
        if (!rp::fromCode<rp::PaperSize>(m_parser.value(m_paper))) {
            m_error = CommandLineText::tr("Unknown paper size “%1”: use a4 or letter.").arg(m_parser.value(m_paper));
            return Result::Error;
        }
        if (!rp::fromCode<rp::BilingualLayout>(m_parser.value(m_layout))) {
            m_error = CommandLineText::tr("Unknown layout “%1”: use stacked or side-by-side.")
                          .arg(m_parser.value(m_layout));
            return Result::Error;
        }
    } else {
        for (const QCommandLineOption *o :
            {&m_plan, &m_document, &m_paper, &m_layout, &m_largePrint, &m_calendarWithoutPrivate}) {
            if (m_parser.isSet(*o)) {
                m_error = CommandLineText::tr("--%1 only goes with --export-pdf.").arg(o->names().constFirst());
                return Result::Error;
            }
        }
    }
    if (!exporting && m_parser.isSet(m_language) && !rp::languageFromCode(m_parser.value(m_language))) {
        m_error
            = CommandLineText::tr("Unknown language “%1”: use en, zh-Hant or zh-Hans.").arg(m_parser.value(m_language));
        return Result::Error;
    }
    if (m_parser.isSet(m_database) && m_parser.value(m_database).isEmpty()) {
        m_error = CommandLineText::tr("--database needs the path of a file or a postgresql:// address.");
        return Result::Error;
    }
    return Result::Run;
}

QString CommandLine::scanLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--language=")))
            return a.mid(11);
    }
    return {};
}
