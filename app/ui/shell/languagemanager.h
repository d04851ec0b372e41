#pragma once

#include "core/language.h"

#include <QObject>
#include <QTranslator>

namespace rp {

// Switches the whole UI between English, 繁體中文 and 简体中文 while the app runs: the app's and
// Qt's own translations, the default locale (dates) and the font that matches the script (at the
// text size she chose).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    // Returns false if a catalogue could not be loaded; the UI then falls back to English text.
    bool setLanguage(Language language);

    // The screen's text size in percent of the system's (Settings::textSizes()). Printouts are
    // not affected: they have their own sizes.
    int textSize() const { return m_textSize; }
    void setTextSize(int percent);

    // Empty when the Chinese fonts resolve; otherwise what to install, in the current language.
    static QString fontProblem();
    // The same check for the given families (tests pass one that is not installed).
    static QString fontProblem(const QStringList &families);

signals:
    void languageChanged(rp::Language language);

private:
    void applyFont(Language language);

    Language m_language = Language::English;
    int m_textSize = 100;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
};

} // namespace rp
