// What a person types into a date field, and the date it becomes or the reason it is refused:
// a table generated over every day of every month, every month name in full and short, in
// English and Chinese, leap years and two-digit years, read with each UI language's locale.
// Nothing typed may ever become another date (issue: "31 Sep" was 31 Dec, "15 Sep" was 15 Jan).
#include "core/datetext.h"
#include "core/language.h"

#include <QLocale>
#include <QTest>

using namespace rp;

namespace {

const QDate today(2026, 12, 2);

const char *const englishFull[] = {"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"};
const char *const englishShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const chineseMonth[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

// Every way the table writes one date.
QStringList writings(const QDate &d)
{
    const int m = d.month() - 1;
    const QString day = QString::number(d.day()), month = QString::number(d.month()), year = QString::number(d.year());
    const QString full = QString::fromLatin1(englishFull[m]), shortName = QString::fromLatin1(englishShort[m]);
    QStringList out{
        day + u' ' + shortName + u' ' + year, // 15 Sep 1990
        day + u' ' + full + u' ' + year, // 15 September 1990
        day + u' ' + full.toUpper() + u' ' + year, // 15 SEPTEMBER 1990
        day + u' ' + shortName.toLower() + u' ' + year, // 15 sep 1990
        day + u' ' + shortName + QStringLiteral(". ") + year, // 15 Sep. 1990
        day + u'-' + shortName + u'-' + year, // 15-Sep-1990
        full + u' ' + day + QStringLiteral(", ") + year, // September 15, 1990
        d.toString(Qt::ISODate), // 1990-09-15
        year + u'/' + month + u'/' + day, // 1990/9/15
        day + u'/' + month + u'/' + year, // 15/9/1990
        day + u'.' + month + u'.' + year, // 15.9.1990
        year + u'年' + month + u'月' + day + u'日', // 1990年9月15日
        year + u'年' + QString::fromUtf8(chineseMonth[m]) + u'月' + day + u'日', // 1990年九月15日
        year + QStringLiteral(" 年 ") + month + QStringLiteral(" 月 ") + day + QStringLiteral(" 號"),
    };
    if (d.month() == 9)
        out << day + QStringLiteral(" Sept ") + year; // what the app itself writes in English
    // Full-width digits, as a Chinese input method types them.
    QString wide = year + u'年' + month + u'月' + day + u'日';
    for (QChar &c : wide) {
        if (c.isDigit())
            c = QChar(0xFF10 + c.digitValue());
    }
    out << wide;
    return out;
}

} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(localeFor(Language::English)); }
    void cleanupTestCase() { QLocale::setDefault(localeFor(Language::English)); }

    void everyDayOfEveryMonth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("date");
        for (const Language l : allLanguages()) {
            for (const int year : {1990, 2024, 2026}) { // 2024 is a leap year
                for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                    QTest::addRow("%s %s", qPrintable(languageCode(l)), qPrintable(d.toString(Qt::ISODate)))
                        << languageCode(l) << d;
            }
        }
    }
    void everyDayOfEveryMonth()
    {
        QFETCH(QString, language);
        QFETCH(QDate, date);
        QLocale::setDefault(localeFor(*languageFromCode(language)));
        for (const QString &typed : writings(date)) {
            const TypedDate read = readTypedDate(typed, today);
            QVERIFY2(read.ok(), qPrintable(typed + QStringLiteral(": ") + read.problem));
            QVERIFY2(
                read.date == date, qPrintable(typed + QStringLiteral(" became ") + read.date.toString(Qt::ISODate)));
            QVERIFY(read.problem.isEmpty());
        }
        // What the field writes back after she leaves it is read as the same date.
        QCOMPARE(readTypedDate(displayDate(date), today).date, date);
    }

    void daysThatDoNotExistAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("because");
        for (int m = 1; m <= 12; ++m) {
            const int days = QDate(2026, m, 1).daysInMonth();
            const QString name = QString::fromLatin1(englishShort[m - 1]);
            QTest::addRow("%d %s", days + 1, englishShort[m - 1])
                << QStringLiteral("%1 %2 2026").arg(days + 1).arg(name) << QString::number(days);
            QTest::addRow("%d/%d", days + 1, m)
                << QStringLiteral("%1/%2/2026").arg(days + 1).arg(m) << QString::number(days);
            QTest::addRow("年%d月%d", m, days + 1)
                << QStringLiteral("2026年%1月%2日").arg(m).arg(days + 1) << QString::number(days);
        }
        QTest::newRow("31 Sep") << QStringLiteral("31 Sep 2026") << QStringLiteral("30 days");
        QTest::newRow("31 Feb") << QStringLiteral("31 Feb 1990") << QStringLiteral("28 days");
        QTest::newRow("29 Feb not leap") << QStringLiteral("29 Feb 2026") << QStringLiteral("leap");
        QTest::newRow("29 Feb 1900") << QStringLiteral("29/2/1900") << QStringLiteral("leap");
        QTest::newRow("day 0") << QStringLiteral("0 Mar 2026") << QStringLiteral("no day 0");
        QTest::newRow("month 13") << QStringLiteral("15/13/1990") << QStringLiteral("no month 13");
        QTest::newRow("month 0") << QStringLiteral("1990-00-15") << QStringLiteral("no month 0");
        QTest::newRow("not a month") << QStringLiteral("15 Smarch 1990") << QStringLiteral("Smarch");
        QTest::newRow("too short to tell") << QStringLiteral("15 Ju 1990") << QStringLiteral("Ju");
        QTest::newRow("year 1066") << QStringLiteral("15 Sep 1066") << QStringLiteral("1066");
        QTest::newRow("no year") << QStringLiteral("15 Sep") << QStringLiteral("15 Sep");
        QTest::newRow("words") << QStringLiteral("last Tuesday") << QStringLiteral("last Tuesday");
        QTest::newRow("digits only") << QStringLiteral("15091990") << QStringLiteral("15091990");
        QTest::newRow("odd unicode") << QStringLiteral("１５\u200B/9/1990") << QStringLiteral("1990");
    }
    void daysThatDoNotExistAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, because);
        for (const Language l : allLanguages()) {
            QLocale::setDefault(localeFor(l));
            const TypedDate read = readTypedDate(typed, today);
            QVERIFY2(!read.ok(), qPrintable(typed + QStringLiteral(" became ") + read.date.toString(Qt::ISODate)));
            QVERIFY2(!read.empty, qPrintable(typed));
            if (l == Language::English) // the reason names what was wrong (untranslated in this test)
                QVERIFY2(read.problem.contains(because), qPrintable(typed + QStringLiteral(": ") + read.problem));
            else
                QVERIFY2(!read.problem.isEmpty(), qPrintable(typed));
        }
    }

    // Two digits of a year are the latest such year not after this one; the field says so.
    void twoDigitYears_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("90") << QStringLiteral("15/9/90") << QDate(1990, 9, 15);
        QTest::newRow("26") << QStringLiteral("2 Dec 26") << QDate(2026, 12, 2);
        QTest::newRow("27") << QStringLiteral("1/1/27") << QDate(1927, 1, 1);
        QTest::newRow("00") << QStringLiteral("29/2/00") << QDate(2000, 2, 29);
        QTest::newRow("年") << QStringLiteral("89年4月12日") << QDate(1989, 4, 12);
    }
    void twoDigitYears()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        const TypedDate read = readTypedDate(typed, today);
        QCOMPARE(read.date, date);
        QVERIFY(read.widenedYear);
        QVERIFY(!readTypedDate(QStringLiteral("15/9/1990"), today).widenedYear);
    }

    void emptyIsEmptyNotADate()
    {
        for (const QString &typed : {QString(), QStringLiteral("   "), QStringLiteral("\u3000")}) {
            const TypedDate read = readTypedDate(typed, today);
            QVERIFY(read.empty);
            QVERIFY(!read.ok());
        }
    }

    // A huge paste is refused in words, without a crash or a wait.
    void hugeTextIsRefused()
    {
        const TypedDate read = readTypedDate(QString(100000, u'9'), today);
        QVERIFY(!read.ok());
        QVERIFY(!read.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
