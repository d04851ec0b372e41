#pragma once

#include <QLocale>
#include <QString>
#include <QList>
#include <optional>

namespace rp {

// The three languages the app speaks, on screen and in print.
enum class Language { English, TraditionalChinese, SimplifiedChinese };

QList<Language> allLanguages();

// Stable codes used in settings, files and the command line: "en", "zh-Hant", "zh-Hans".
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);

// The language's name written in that language, as a language menu shows it.
QString nativeLanguageName(Language language);

QLocale localeFor(Language language);
Language languageForLocale(const QLocale &locale);

// Suffix of the translation catalogues: recovery-planner_zh_TW.qm, qtbase_zh_TW.qm.
QString catalogueSuffix(Language language);

// The CJK font family whose glyphs match the script (never the Japanese forms a plain fallback picks).
QString cjkFontFamily(Language language);

// The language the current default QLocale was set to by the language switch.
Language currentLanguage();

// A date written the way a reader of the current language expects, unambiguously:
// "5 Mar 2024" in English, "2024年3月5日" in Chinese.
QString displayDate(const QDate &date);
QString displayDateFormat();
// A moment in local time: the date as displayDate() writes it, then the time ("5 Mar 2024 9:30 AM").
QString displayDateTime(const QDateTime &moment);

// Between the items of a short list: ", " in English, "、" in Chinese.
QString listSeparator();
// Between clauses of one line: "; " in English, "；" in Chinese.
QString clauseSeparator();

} // namespace rp
