#include "datetext.h"

#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

namespace rp {

namespace {

// English names in full, short and the CLDR "Sept" the app itself writes; Chinese month names.
int monthFromName(const QString &word)
{
    static const QStringList english{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"), QStringLiteral("may"), QStringLiteral("june"), QStringLiteral("july"),
        QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"),
        QStringLiteral("december")};
    static const QStringList chinese{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
        QStringLiteral("九"), QStringLiteral("十"), QStringLiteral("十一"), QStringLiteral("十二")};
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    if (w.endsWith(u'月'))
        w.chop(1);
    if (w.isEmpty())
        return 0;
    const int zh = int(chinese.indexOf(w));
    if (zh >= 0)
        return zh + 1;
    if (w == QLatin1String("sept"))
        return 9;
    for (int m = 0; m < english.size(); ++m) {
        // Full name, or at least its first three letters ("sep", "sept", "septem" would be odd
        // but harmless; "ju" is too short to tell June from July).
        if (w.size() >= 3 && english.at(m).startsWith(w))
            return m + 1;
    }
    return 0;
}

QString normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0F))
            c = u'/';
        else if (c == QChar(0xFF0D))
            c = u'-';
        else if (c == QChar(0x3000))
            c = u' ';
        out += c;
    }
    return out.trimmed();
}

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

TypedDate refused(const QString &why)
{
    TypedDate t;
    t.problem = why;
    return t;
}

// Day, month and year as numbers: the checks a person would make, in words she understands.
TypedDate fromParts(int year, int month, int day, bool twoDigitYear, const QDate &today)
{
    if (month < 1 || month > 12)
        return refused(
            DateText::tr("There is no month %1. Type the month as a number from 1 to 12 or by its name.").arg(month));
    TypedDate t;
    if (twoDigitYear) {
        const int century = today.year() / 100 * 100;
        year = century + year > today.year() ? century - 100 + year : century + year;
        t.widenedYear = true;
    }
    if (year < 1900 || year > 2200)
        return refused(DateText::tr("The year %1 cannot be right. Type the year in full, such as %2.")
                           .arg(year)
                           .arg(today.year()));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        if (month == 2 && day == 29)
            return refused(DateText::tr("%1 is not a leap year: February has 28 days.").arg(year));
        return refused(DateText::tr("%1 has %2 days, so there is no day %3.").arg(monthName(month)).arg(days).arg(day));
    }
    t.date = QDate(year, month, day);
    return t;
}

} // namespace

TypedDate readTypedDate(const QString &typed, const QDate &today)
{
    const QString text = normalized(typed);
    if (text.isEmpty()) {
        TypedDate t;
        t.empty = true;
        return t;
    }
    const QString unreadable
        = DateText::tr("“%1” is not a date this field can read. Type it as %2, %3 or %4.")
              .arg(typed.trimmed().size() > 40 ? typed.trimmed().left(40) + u'…' : typed.trimmed(),
                  QStringLiteral("15 Sep 1990"), QStringLiteral("15/9/1990"), QStringLiteral("1990年9月15日"));

    // 1990年9月15日, 1990年九月15號, 1990年9月15 (the 日 can be left off).
    static const QRegularExpression chinese(QStringLiteral(
        "^(\\d{2}|\\d{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2})\\s*[日號号]?$"));
    if (const auto m = chinese.match(text); m.hasMatch()) {
        bool isNumber = false;
        int month = m.captured(2).toInt(&isNumber);
        if (!isNumber)
            month = monthFromName(m.captured(2));
        return fromParts(m.captured(1).toInt(), month, m.captured(3).toInt(), m.captured(1).size() == 2, today);
    }
    // 1990-09-15, 1990/9/15, 1990.9.15: four digits first is always the year.
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"));
    if (const auto m = yearFirst.match(text); m.hasMatch())
        return fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), false, today);
    // 15/9/1990, 15-9-90, 15.9.1990: day first, as dates are written in Hong Kong, Macau and China
    // when the year is last.
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{2}|\\d{4})$"));
    if (const auto m = dayFirst.match(text); m.hasMatch())
        return fromParts(
            m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(), m.captured(3).size() == 2, today);
    // 15 Sep 1990, 15-Sept-1990, 15 September, 1990; and September 15, 1990.
    static const QRegularExpression dayName(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?[\\s,./-]*([^\\d\\s,./-]+)[\\s,./-]*(\\d{2}|\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameDay(
        QStringLiteral("^([^\\d\\s,./-]+)[\\s,./-]*(\\d{1,2})(?:st|nd|rd|th)?[\\s,./-]+(\\d{2}|\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = dayName.match(text);
    int dayAt = 1, nameAt = 2;
    if (!m.hasMatch()) {
        m = nameDay.match(text);
        dayAt = 2;
        nameAt = 1;
    }
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(nameAt));
        if (month == 0)
            return refused(DateText::tr(
                "“%1” is not a month name. Type the month as a name, such as Sep or September, or as a number.")
                               .arg(m.captured(nameAt)));
        return fromParts(m.captured(3).toInt(), month, m.captured(dayAt).toInt(), m.captured(3).size() == 2, today);
    }
    return refused(unreadable);
}

QString defaultPlanTitle(const QDate &lossDate)
{
    return QCoreApplication::translate("PlanTitle", "Recovery after %1").arg(displayDate(lossDate));
}

QString shownPlanTitle(const QString &stored)
{
    // The app's own title in the three languages it has shipped: "Recovery after <date>" and its
    // translations. Anything else (her own words around a date too) is hers.
    static const QRegularExpression made[] = {
        QRegularExpression(QStringLiteral("^Recovery after (.+)$")),
        QRegularExpression(QStringLiteral("^(.+) 之後的調養$")),
        QRegularExpression(QStringLiteral("^(.+) 之后的调养$")),
    };
    for (const QRegularExpression &pattern : made) {
        const QRegularExpressionMatch m = pattern.match(stored);
        if (!m.hasMatch())
            continue;
        const TypedDate date = readTypedDate(m.captured(1));
        if (date.ok() && !date.widenedYear)
            return defaultPlanTitle(date.date);
    }
    return stored;
}

} // namespace rp
