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
    // Whether this run opens a window (the headless commands do not).
    bool needsWindow() const { return generatePlan().isEmpty(); }

    // The --language value found by a plain scan, for choosing the language before parsing.
    static QString scanLanguage(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_demo;
    QCommandLineOption m_exitWhenReady;
    QCommandLineOption m_language;
    QCommandLineOption m_generatePlan;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QString m_error;
};
