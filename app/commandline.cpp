#include "commandline.h"

#include "core/language.h"

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
                 CommandLineText::tr("Use the SQLite database at <path> instead of the default one."),
                 CommandLineText::tr("path")),
      m_demo(QStringLiteral("demo"),
             CommandLineText::tr("Fill an empty database with demo patients (refused if it has patients).")),
      m_exitWhenReady(QStringLiteral("exit-when-ready"),
                      CommandLineText::tr("Open the database and the main window, then exit once it is painted.")),
      m_language(QStringLiteral("language"),
                 CommandLineText::tr("Show the interface in <language> (en, zh-Hant or zh-Hans) for this run."),
                 CommandLineText::tr("language")),
      m_generatePlan(QStringLiteral("generate-plan"),
                     CommandLineText::tr("Print the plan generated for the patient described in <file> (JSON; - for "
                                         "standard input) as JSON, from the built-in library, without a database."),
                     CommandLineText::tr("file")),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, CommandLineText::tr("Show this help.")),
      m_version({QStringLiteral("v"), QStringLiteral("version")}, CommandLineText::tr("Show the version."))
{
    m_parser.setApplicationDescription(CommandLineText::tr(
        "Recovery Planner: 30-day recovery plans after a miscarriage or a failed IVF cycle."));
    m_parser.addOptions({m_database, m_demo, m_exitWhenReady, m_language, m_generatePlan, m_help, m_version});
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
    if (m_parser.isSet(m_language) && !rp::languageFromCode(m_parser.value(m_language))) {
        m_error = CommandLineText::tr("Unknown language “%1”: use en, zh-Hant or zh-Hans.")
                      .arg(m_parser.value(m_language));
        return Result::Error;
    }
    if (m_parser.isSet(m_database) && m_parser.value(m_database).isEmpty()) {
        m_error = CommandLineText::tr("--database needs the path of a file.");
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
