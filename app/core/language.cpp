#include "language.h"

#include <QDate>
#include <QDateTime>

namespace rp {

QList<Language> allLanguages()
{
    return {Language::English, Language::TraditionalChinese, Language::SimplifiedChinese};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::TraditionalChinese:
        return QStringLiteral("zh-Hant");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh-Hans");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language l : allLanguages()) {
        if (languageCode(l).compare(code, Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::TraditionalChinese:
        return QStringLiteral("繁體中文");
    case Language::SimplifiedChinese:
        return QStringLiteral("简体中文");
    }
    return {};
}

QLocale localeFor(Language language)
{
    switch (language) {
    // Hong Kong English: day-month order and the clinic's own conventions.
    case Language::English:
        return QLocale(QLocale::English, QLocale::HongKong);
    case Language::TraditionalChinese:
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::HongKong);
    case Language::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    }
    return QLocale::c();
}

Language languageForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return Language::English;
    if (locale.script() == QLocale::TraditionalChineseScript)
        return Language::TraditionalChinese;
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return Language::SimplifiedChinese;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return Language::TraditionalChinese;
    default:
        return Language::SimplifiedChinese;
    }
}

QString catalogueSuffix(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::TraditionalChinese:
        return QStringLiteral("zh_TW");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    }
    return {};
}

QString cjkFontFamily(Language language)
{
    // English screens still show Chinese names: a Hong Kong or Macau clinic writes them in
    // Traditional characters, so English falls back to the TC family.
    return language == Language::SimplifiedChinese ? QStringLiteral("Noto Sans CJK SC")
                                                   : QStringLiteral("Noto Sans CJK TC");
}

Language currentLanguage()
{
    return languageForLocale(QLocale());
}

QString displayDateFormat()
{
    return currentLanguage() == Language::English ? QStringLiteral("d MMM yyyy") : QStringLiteral("yyyy年M月d日");
}

QString listSeparator()
{
    return currentLanguage() == Language::English ? QStringLiteral(", ") : QStringLiteral("、");
}

QString clauseSeparator()
{
    return currentLanguage() == Language::English ? QStringLiteral("; ") : QStringLiteral("；");
}

QString displayDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return displayDate(local.date()) + u' ' + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, displayDateFormat());
}

} // namespace rp
