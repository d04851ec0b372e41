#pragma once

#include <QCommandLineParser>
#include <QStringList>

// The app's command-line options, parsed once before any application object exists (to decide
// whether a window is needed at all) and again, translated, once the language is known.
class CommandLine
{
public:
    enum class Result { Run, Help, Version, Error };

    CommandLine();
    Result parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

    QString database() const { return m_parser.value(m_database); }
    bool hasDatabase() const { return m_parser.isSet(m_database); }
    bool demo() const { return m_parser.isSet(m_demo); }
    bool exitWhenReady() const { return m_parser.isSet(m_exitWhenReady); }
    QString language() const { return m_parser.value(m_language); }
    // The patient file for --generate-plan ("-" reads standard input); empty when not asked.
    QString generatePlan() const { return m_parser.value(m_generatePlan); }
    // --generate-patients: how many to add; 0 when not asked.
    int generatePatients() const { return m_parser.value(m_generatePatients).toInt(); }
    static constexpr int maxGeneratedPatients = 1000000;
    // --export-pdf: the file to write, the plan, and how (values checked by parse()).
    QString exportPdf() const { return m_parser.value(m_exportPdf); }
    qint64 planId() const { return m_parser.value(m_plan).toLongLong(); }
    // Empty when not given: the patient's preferred language then.
    QString printLanguage() const { return m_parser.value(m_language); }
    QString document() const { return m_parser.value(m_document); }
    QString paper() const { return m_parser.value(m_paper); }
    QString layout() const { return m_parser.value(m_layout); }
    bool largePrint() const { return m_parser.isSet(m_largePrint); }
    bool calendarWithoutPrivate() const { return m_parser.isSet(m_calendarWithoutPrivate); }
    // Whether this run opens a window (the headless commands do not).
    bool needsWindow() const { return generatePlan().isEmpty() && exportPdf().isEmpty() && generatePatients() == 0; }
    // Whether it needs fonts and painting, though no window (--export-pdf).
    bool needsGui() const { return !exportPdf().isEmpty(); }

    // The --language value found by a plain scan, for choosing the language before parsing.
    static QString scanLanguage(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_demo;
    QCommandLineOption m_exitWhenReady;
    QCommandLineOption m_language;
    QCommandLineOption m_generatePlan;
    QCommandLineOption m_generatePatients;
    QCommandLineOption m_exportPdf;
    QCommandLineOption m_plan;
    QCommandLineOption m_document;
    QCommandLineOption m_paper;
    QCommandLineOption m_layout;
    QCommandLineOption m_largePrint;
    QCommandLineOption m_calendarWithoutPrivate;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QString m_error;
};
