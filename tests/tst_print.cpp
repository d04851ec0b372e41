// The patient's printouts: what they say (and never say), in her language, and the PDFs as a
// reader gets them: every page headed with her name, numbered "Page n of m", fonts embedded, and
// text that copies out as the same characters that were printed.
#include "testutil.h"

#include "printout/documentbuilder.h"
#include "printout/pagerenderer.h"
#include "printout/printfonts.h"

#include "core/planner.h"
#include "core/terms.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// -raw keeps a hyphen at the end of a line, which the default mode takes for a hyphenation.
QString pageText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, QStringLiteral("-")});
}

// The characters of a text with white space dropped, sorted: two texts with the same characters
// in any order and line breaking give the same string.
QString characters(const QString &text)
{
    QList<uint> ucs = text.toUcs4();
    ucs.erase(
        std::remove_if(ucs.begin(), ucs.end(), [](uint c) { return QChar::isSpace(c) || c == 0xFEFF; }), ucs.end());
    std::sort(ucs.begin(), ucs.end());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), ucs.size());
}

QString pageLabel(PrintLanguage language, int n, int m)
{
    switch (language) {
    case PrintLanguage::English:
        return QStringLiteral("Page %1 of %2").arg(n).arg(m);
    case PrintLanguage::Traditional:
        return QStringLiteral("第%1頁，共%2頁").arg(n).arg(m);
    case PrintLanguage::Simplified:
        return QStringLiteral("第%1页，共%2页").arg(n).arg(m);
    default:
        return QStringLiteral("Page %1 of %2").arg(n).arg(m);
    }
}

} // namespace

// The English date range as the printout writes it ("10 Mar 2026 – 14 Mar 2026").
QString englishDateRange(const QDate &from, const QDate &to)
{
    const QLocale english(QLocale::English, QLocale::HongKong);
    return english.toString(from, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ")
        + english.toString(to, QStringLiteral("d MMM yyyy"));
}

class TestPrint : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Planner m_planner{content::builtInItems()};
    Patient m_patient;
    Plan m_plan;
    ClinicInfo m_clinic;

    PrintedDocument build(PrintLanguage language, QList<PrintDocument> documents = {}, PaperSize paper = PaperSize::A4,
        bool large = false, BilingualLayout layout = BilingualLayout::Stacked) const
    {
        PrintOptions o;
        if (!documents.isEmpty())
            o.documents = documents;
        o.language = language;
        o.paper = paper;
        o.largePrint = large;
        o.layout = layout;
        return DocumentBuilder(m_planner, m_clinic).build(m_patient, m_plan, o);
    }

    QString blocksText(const PrintedDocument &d) const
    {
        QStringList parts;
        for (const PrintBlock &b : d.blocks)
            parts << htmlToPlainText(b.html);
        return parts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(printfonts::ensureLoaded(), "the print fonts (resources/fonts) must be built");
        m_patient = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("F-1"));
        m_patient.id = 7;
        m_patient.notes = QStringLiteral("PATIENT-NOTE-NEVER-PRINTED");
        m_patient.constitution = Constitution::Cold;
        Loss loss = test::makeLoss(QDate(2026, 3, 1));
        loss.id = 11;
        m_patient.losses = {loss};
        PlanSettings settings = Planner::defaultSettings(loss);
        settings.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        m_plan = m_planner.generate(PlanPatient::forLoss(m_patient, loss.id), settings);
        m_plan.id = 3;
        m_plan.patientId = m_patient.id;
        m_plan.lossId = loss.id;
        m_plan.title = QStringLiteral("After 1 Mar");
        // What the practitioner writes for herself never reaches the patient's page.
        PlanDay *day2 = m_plan.day(2);
        day2->notes = QStringLiteral("DAY-NOTE-NEVER-PRINTED");
        const PlanEntry first = day2->entries.constFirst();
        day2->setEntry(first.slot, first.itemId, QStringLiteral("KEEP-REASON-NEVER-PRINTED"), {QStringLiteral("x")});
        m_plan.day(4)->setEntry(Slot::Tea, QStringLiteral("sheng-hua-tang"));

        m_clinic.nameEn = QStringLiteral("Harbour TCM Clinic");
        m_clinic.nameZh = QStringLiteral("海港中醫診所");
        m_clinic.addressEn = QStringLiteral("12 Rua do Campo, Macau");
        m_clinic.addressZh = QStringLiteral("澳門水坑尾街12號");
        m_clinic.phone = QStringLiteral("+853 2833 0000");
        m_clinic.practitionerEn = QStringLiteral("Dr Wong Ka Yan");
        m_clinic.practitionerZh = QStringLiteral("黃嘉欣醫師");
        QImage logo(64, 64, QImage::Format_RGB32);
        logo.fill(QColor(0x3b, 0x6e, 0x5a));
        QBuffer buffer(&m_clinic.logo);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
    }

    void neverPrintsNotesReasonsOrFormulaHerbs()
    {
        for (PrintLanguage l : {PrintLanguage::English, PrintLanguage::Traditional}) {
            const QString text = build(l).plainText();
            QVERIFY(!text.contains(QLatin1String("NEVER-PRINTED")));
            // 生化湯 is on day 4 by name only, as the practitioner directs: never its herbs or amounts.
            const LibraryItem *formula = m_planner.item(QStringLiteral("sheng-hua-tang"));
            QVERIFY(formula);
            QVERIFY(text.contains(formula->name.in(printLanguages(l).constFirst())));
            for (const QString &herb : {QStringLiteral("桃仁"), QStringLiteral("川芎"), QStringLiteral("炮薑")})
                QVERIFY2(!text.contains(herb), qPrintable(herb));
        }
        const QString english = build(PrintLanguage::English).plainText();
        QVERIFY(english.contains(QLatin1String("as your practitioner directs")));
        QVERIFY(!english.contains(QLatin1String("Peach kernel"), Qt::CaseInsensitive));
    }

    void everyDayIsOnTheDietAndRestSchedules_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::addColumn<QString>("dayLabel");
        QTest::newRow("en") << PrintLanguage::English << QStringLiteral("Day %1");
        QTest::newRow("zh-Hant") << PrintLanguage::Traditional << QStringLiteral("第%1天");
        QTest::newRow("zh-Hans") << PrintLanguage::Simplified << QStringLiteral("第%1天");
    }
    void everyDayIsOnTheDietAndRestSchedules()
    {
        QFETCH(PrintLanguage, language);
        QFETCH(QString, dayLabel);
        for (PrintDocument doc : {PrintDocument::Diet, PrintDocument::Rest, PrintDocument::Calendar}) {
            const QString text = blocksText(build(language, {doc}));
            for (int day = 1; day <= m_plan.settings.days; ++day)
                QVERIFY2(text.contains(dayLabel.arg(day) + QLatin1Char('\n'))
                        || text.contains(dayLabel.arg(day) + QLatin1Char(' ')),
                    qPrintable(QStringLiteral("%1 in document %2").arg(dayLabel.arg(day)).arg(int(doc))));
            QVERIFY(!text.contains(dayLabel.arg(m_plan.settings.days + 1)));
        }
    }

    void everyDocumentCarriesTheRedFlagsAndTheCareLine_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::newRow("en") << PrintLanguage::English;
        QTest::newRow("zh-Hant") << PrintLanguage::Traditional;
        QTest::newRow("zh-Hans") << PrintLanguage::Simplified;
        QTest::newRow("bilingual") << PrintLanguage::EnglishTraditional;
    }
    void everyDocumentCarriesTheRedFlagsAndTheCareLine()
    {
        QFETCH(PrintLanguage, language);
        const QStringList flags = m_planner.redFlagsFor(PlanPatient::forLoss(m_patient, m_plan.lossId));
        QCOMPARE(flags.size(), 9);
        for (PrintDocument doc : allValues<PrintDocument>()) {
            const PrintedDocument d = build(language, {doc});
            const QString text = d.plainText();
            for (Language l : printLanguages(language)) {
                for (const QString &id : flags) {
                    const LibraryItem *flag = m_planner.item(id);
                    // The crisis flag carries the clinic's numbers in place of its placeholders.
                    const QString description = QString(flag->description.in(l)).section(QLatin1Char('{'), 0, 0);
                    QVERIFY2(text.contains(flag->name.in(l)) && text.contains(description), qPrintable(id));
                    QVERIFY2(!text.contains(QLatin1String("{emergency}")), qPrintable(id));
                }
            }
            const QString go = language == PrintLanguage::Traditional ? QStringLiteral("急症室")
                : language == PrintLanguage::Simplified               ? QStringLiteral("急诊室")
                                                                      : QStringLiteral("emergency department now");
            QVERIFY2(text.contains(go), qPrintable(go));
            QVERIFY(d.blocks.constFirst().newPage);
        }
    }

    // Any one page may be the one she keeps (the calendar goes on the fridge alone): each says
    // plainly, at its top, that food does not treat heavy bleeding.
    void everyDocumentOpensWithTheHeavyBleedingNotice_data() { everyDocumentCarriesTheRedFlagsAndTheCareLine_data(); }
    void everyDocumentOpensWithTheHeavyBleedingNotice()
    {
        QFETCH(PrintLanguage, language);
        Plan plan = m_plan;
        const QString notice = language == PrintLanguage::Traditional ? QStringLiteral("食物不能治療大量出血")
            : language == PrintLanguage::Simplified                   ? QStringLiteral("食物不能治疗大量出血")
                                                    : QStringLiteral("Food does not treat heavy bleeding");
        for (bool heavy : {false, true}) {
            plan.settings.heavyBleeding = heavy;
            for (PrintDocument doc : allValues<PrintDocument>()) {
                PrintOptions o;
                o.documents = {doc};
                o.language = language;
                const PrintedDocument d = DocumentBuilder(m_planner, m_clinic).build(m_patient, plan, o);
                QVERIFY(!d.blocks.isEmpty());
                const QString first = htmlToPlainText(d.blocks.constFirst().html);
                QVERIFY2(first.contains(notice) == heavy, qPrintable(codeOf(doc) + u' ' + first.left(300)));
            }
        }
    }

    void printsInThePatientsLanguageWhateverTheScreensIs()
    {
        const QString hant = build(PrintLanguage::Traditional).plainText();
        const QString hans = build(PrintLanguage::Simplified).plainText();
        const QString both = build(PrintLanguage::EnglishSimplified).plainText();
        const LibraryItem *flag = m_planner.item(QStringLiteral("red-flag-heavy-bleeding"));
        QVERIFY(hant.contains(flag->name.hant) && !hant.contains(flag->name.en));
        QVERIFY(hant.contains(QStringLiteral("飲食安排")));
        QVERIFY(hans.contains(QStringLiteral("饮食安排")) && !hans.contains(QStringLiteral("飲食安排")));
        QVERIFY(both.contains(QStringLiteral("Diet schedule")) && both.contains(QStringLiteral("饮食安排")));
        // Her name is as she registered it; the clinic's Chinese follows the printout's script.
        QVERIFY(hans.contains(QStringLiteral("陳美玲")));
        QVERIFY(hans.contains(QStringLiteral("海港中医诊所")));
        QVERIFY(hant.contains(QStringLiteral("海港中醫診所")));
        QVERIFY(!hant.contains(QStringLiteral("Harbour TCM Clinic")));
        QVERIFY(build(PrintLanguage::English).plainText().contains(QStringLiteral("Harbour TCM Clinic")));
    }

    void theTextMatchesTheGoldenFiles_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::addColumn<PrintDocument>("document");
        for (PrintLanguage l : {PrintLanguage::English, PrintLanguage::Traditional, PrintLanguage::Simplified}) {
            for (PrintDocument d : allValues<PrintDocument>())
                QTest::newRow(qPrintable(codeOf(d) + QLatin1Char('-') + codeOf(l))) << l << d;
        }
    }
    // The whole text of each document, checked in: a change to wording, content or rules shows up
    // in review as a diff of what the patient reads. RP_UPDATE_GOLDEN=1 rewrites them.
    void theTextMatchesTheGoldenFiles()
    {
        QFETCH(PrintLanguage, language);
        QFETCH(PrintDocument, document);
        const QString text = build(language, {document}).plainText() + QLatin1Char('\n');
        const QString file = QStringLiteral(RP_GOLDEN_DIR "/%1-%2.txt").arg(codeOf(document), codeOf(language));
        if (qEnvironmentVariableIsSet("RP_UPDATE_GOLDEN")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        const QString golden = QString::fromUtf8(in.readAll());
        if (golden != text) {
            const QStringList a = golden.split(QLatin1Char('\n')), b = text.split(QLatin1Char('\n'));
            for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                QVERIFY2(a[i] == b[i],
                    qPrintable(QStringLiteral("line %1:\n  golden: %2\n  now:    %3").arg(i + 1).arg(a[i], b[i])));
            QCOMPARE(b.size(), a.size());
        }
    }

    void thePdfReadsBackAsPrinted_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<QString>("fontScript");
        QTest::addColumn<QString>("name");
        QTest::newRow("en-a4") << PrintLanguage::English << PaperSize::A4 << QStringLiteral("tc")
                               << QStringLiteral("Chan Mei Ling");
        QTest::newRow("en-letter") << PrintLanguage::English << PaperSize::Letter << QStringLiteral("tc")
                                   << QStringLiteral("Chan Mei Ling");
        QTest::newRow("zh-Hant-a4") << PrintLanguage::Traditional << PaperSize::A4 << QStringLiteral("tc")
                                    << QStringLiteral("陳美玲");
        QTest::newRow("zh-Hans-letter") << PrintLanguage::Simplified << PaperSize::Letter << QStringLiteral("sc")
                                        << QStringLiteral("陳美玲");
        QTest::newRow("bilingual-a4") << PrintLanguage::EnglishTraditional << PaperSize::A4 << QStringLiteral("tc")
                                      << QStringLiteral("Chan Mei Ling");
    }
    void thePdfReadsBackAsPrinted()
    {
        QFETCH(PrintLanguage, language);
        QFETCH(PaperSize, paper);
        QFETCH(QString, fontScript);
        QFETCH(QString, name);
        const PrintedDocument doc = build(language, {}, paper);
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(codeOf(language), codeOf(paper)));
        QString error;
        const PageRenderer renderer(doc);
        const int pages = renderer.exportPdf(pdf, &error);
        QVERIFY2(pages > 0, qPrintable(error));

        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(info));
        QVERIFY(info.contains(paper == PaperSize::A4 ? QLatin1String("(A4)") : QLatin1String("(letter)")));

        // Fonts: embedded, and the print copies of the script's own face.
        const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QStringList cols = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(cols.constFirst().startsWith(QLatin1String("RPNotoSansCJK")), qPrintable(row));
            QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row)); // emb
        }
        if (fontScript == QLatin1String("sc"))
            QVERIFY2(fonts.contains(QLatin1String("RPNotoSansCJKSC")), qPrintable(fonts));

        // Every page: her name, "Page n of m"; all pages together carry exactly the characters
        // the builder wrote, so copy-paste and search get what the patient sees.
        QString all;
        const QString header = htmlToPlainText(doc.headerHtml) + htmlToPlainText(doc.footerHtml);
        QString expected;
        for (const QString &html : renderer.placedHtml())
            expected += htmlToPlainText(html);
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(pdf, p);
            QVERIFY2(text.contains(name), qPrintable(QStringLiteral("page %1").arg(p)));
            const QString label
                = pageLabel(printLanguages(language).size() > 1 ? PrintLanguage::English : language, p, pages);
            QVERIFY2(text.simplified().contains(label), qPrintable(QStringLiteral("%1 on page %2").arg(label).arg(p)));
            all += text;
            expected += header + htmlToPlainText(QString(doc.pageLabel).arg(p).arg(pages));
        }
        for (uint radical = 0x2E80; radical <= 0x2FDF; ++radical)
            QVERIFY(!all.contains(QString::fromUcs4(reinterpret_cast<const char32_t *>(&radical), 1)));
        const QString got = characters(all), want = characters(expected);
        if (got != want) {
            // Name the characters that differ, so a failure says what a reader would miss.
            QMap<uint, int> diff;
            for (uint c : all.toUcs4())
                ++diff[c];
            for (uint c : expected.toUcs4())
                --diff[c];
            QStringList report;
            for (auto it = diff.cbegin(); it != diff.cend(); ++it) {
                if (it.value() != 0 && !QChar::isSpace(it.key()))
                    report << QStringLiteral("U+%1 %2").arg(it.key(), 4, 16, QLatin1Char('0')).arg(it.value());
            }
            QVERIFY2(report.isEmpty(), qPrintable(report.join(QStringLiteral(", "))));
        }
    }

    // No day is ever printed apart from its week's heading ("Week 2" or "Week 2 (continued)"), in
    // any size or language; and a week that fits one page is printed whole.
    void weeksDoNotSplitAcrossPages_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::addColumn<bool>("large");
        QTest::addColumn<PrintDocument>("document");
        for (PrintDocument d : {PrintDocument::Diet, PrintDocument::Rest}) {
            QTest::newRow(qPrintable(codeOf(d) + QStringLiteral("-en"))) << PrintLanguage::English << false << d;
            QTest::newRow(qPrintable(codeOf(d) + QStringLiteral("-en-large"))) << PrintLanguage::English << true << d;
            QTest::newRow(qPrintable(codeOf(d) + QStringLiteral("-bilingual")))
                << PrintLanguage::EnglishTraditional << false << d;
            QTest::newRow(qPrintable(codeOf(d) + QStringLiteral("-bilingual-large")))
                << PrintLanguage::EnglishTraditional << true << d;
        }
    }
    void weeksDoNotSplitAcrossPages()
    {
        QFETCH(PrintLanguage, language);
        QFETCH(bool, large);
        QFETCH(PrintDocument, document);
        const PrintedDocument doc = build(language, {document}, PaperSize::A4, large);
        const QString pdf = m_dir.filePath(QStringLiteral("weeks.pdf"));
        const int pages = PageRenderer(doc).exportPdf(pdf);
        QVERIFY(pages > 0);
        QStringList texts;
        for (int p = 1; p <= pages; ++p)
            texts << pageText(pdf, p);
        for (int day = 1; day <= m_plan.settings.days; ++day) {
            const int week = (day - 1) / 7 + 1;
            const QRegularExpression row(QStringLiteral("^Day %1\\b").arg(day), QRegularExpression::MultilineOption);
            const QRegularExpression heading(QStringLiteral("Week %1 (·|\\(continued\\))").arg(week));
            int found = 0;
            for (const QString &text : texts) {
                if (text.contains(row)) {
                    ++found;
                    QVERIFY2(text.contains(heading), qPrintable(QStringLiteral("day %1 without its heading").arg(day)));
                }
            }
            QCOMPARE(found, 1);
        }
        // The document's title is never alone on its page: day 1 is under it.
        const QString title = document == PrintDocument::Diet ? QStringLiteral("Diet schedule")
                                                              : QStringLiteral("Rest and activity schedule");
        for (const QString &text : texts) {
            if (text.contains(title))
                QVERIFY2(
                    text.contains(QRegularExpression(QStringLiteral("^Day 1\\b"), QRegularExpression::MultilineOption)),
                    "the title stands alone");
        }
        // Unsplit unless needed: in normal print, one language, every week after the first is
        // whole (the first may be halved to go on the same page as the document's title).
        if (!large && !isBilingual(language))
            QVERIFY(!texts.join(QString()).contains(QRegularExpression(QStringLiteral("Week [2-9] \\(continued\\)"))));
    }

    void largePrintIsLarger()
    {
        const int normal = PageRenderer(build(PrintLanguage::English, {PrintDocument::Rest}))
                               .exportPdf(m_dir.filePath(QStringLiteral("n.pdf")));
        const int large = PageRenderer(build(PrintLanguage::English, {PrintDocument::Rest}, PaperSize::A4, true))
                              .exportPdf(m_dir.filePath(QStringLiteral("l.pdf")));
        QVERIFY(normal > 0);
        QVERIFY2(large > normal, qPrintable(QStringLiteral("%1 vs %2").arg(large).arg(normal)));
    }

    void theCalendarIsOnePage_data()
    {
        QTest::addColumn<PrintLanguage>("language");
        QTest::addColumn<bool>("large");
        QTest::newRow("en") << PrintLanguage::English << false;
        QTest::newRow("zh-Hant") << PrintLanguage::Traditional << false;
        QTest::newRow("bilingual") << PrintLanguage::EnglishTraditional << false;
        QTest::newRow("en-large") << PrintLanguage::English << true;
        QTest::newRow("zh-Hans-large") << PrintLanguage::Simplified << true;
    }
    // The whole month on one page, never set too small to read; the red flags on the same page
    // when they fit there at a readable size (one language, normal print), else on the next.
    void theCalendarIsOnePage()
    {
        QFETCH(PrintLanguage, language);
        QFETCH(bool, large);
        const PrintedDocument doc = build(language, {PrintDocument::Calendar}, PaperSize::A4, large);
        const QString pdf = m_dir.filePath(QStringLiteral("cal.pdf"));
        const int pages = PageRenderer(doc).exportPdf(pdf);
        if (!large && !isBilingual(language))
            QCOMPARE(pages, 1);
        QVERIFY(pages == 1 || pages == 2);
        const bool english = printLanguages(language).contains(Language::English);
        // In Chinese the date has a line of its own under the day.
        const QString day = english ? QStringLiteral("Day %1 ") : QStringLiteral("第%1天\\s");
        const QString page = pageText(pdf, 1);
        for (int d = 1; d <= m_plan.settings.days; ++d)
            QVERIFY2(page.contains(QRegularExpression(day.arg(d))), qPrintable(day.arg(d)));
        QString both = page;
        if (pages == 2)
            both += pageText(pdf, 2);
        const Language flags = printLanguages(language).constLast();
        for (const QString &id : m_planner.redFlagsFor(PlanPatient::forLoss(m_patient, m_plan.lossId)))
            QVERIFY2(characters(both).size()
                    && both.simplified().remove(u' ').contains(m_planner.item(id)->name.in(flags).remove(u' ')),
                qPrintable(id));
        // 生化湯 is on day 4: on the fridge it says it is taken as the practitioner directs.
        if (english)
            QVERIFY(page.simplified().contains(QLatin1String("(as your practitioner directs")));
        // Readable: no text on the calendar page under 5 pt.
        const QString xml = runTool(QStringLiteral("pdftohtml"),
            {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), QStringLiteral("-q"),
                QStringLiteral("-zoom"), QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("1"),
                QStringLiteral("-l"), QStringLiteral("1"), pdf});
        const QRegularExpression size(QStringLiteral("<fontspec [^>]*size=\"(\\d+)\""));
        int smallest = 100;
        for (auto it = size.globalMatch(xml); it.hasNext();)
            smallest = std::min(smallest, it.next().captured(1).toInt());
        QVERIFY2(smallest >= 5, qPrintable(QString::number(smallest)));
    }

    // A dish hidden in the library after it was planned still prints on its days; hidden guidance
    // is not given.
    void hiddenItemsStillPrintWhereThePlanHasThem()
    {
        const PlanEntry *soup = m_plan.day(1)->entry(Slot::Soup);
        QVERIFY(soup);
        const QSet<QString> hidden{soup->itemId, QStringLiteral("avoid-pungent")};
        PrintOptions o;
        o.documents = {PrintDocument::Diet};
        const QString text = DocumentBuilder(m_planner, m_clinic, hidden).build(m_patient, m_plan, o).plainText();
        QVERIFY(text.contains(m_planner.item(soup->itemId)->name.en));
        QVERIFY(!text.contains(m_planner.item(QStringLiteral("avoid-pungent"))->name.en));
        QVERIFY(build(PrintLanguage::English, {PrintDocument::Diet})
                    .plainText()
                    .contains(m_planner.item(QStringLiteral("avoid-pungent"))->name.en));
    }

    // The fridge calendar is seen by visitors: with "leave out private dates" it shows no
    // pregnancy-test, next-attempt or repeated-loss milestone, in any language; without it, it does.
    void theFridgeCalendarCanKeepPrivateDatesOff_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("third failed transfer") << int(LossKind::FailedIvfTransfer);
        QTest::newRow("third miscarriage") << int(LossKind::Miscarriage);
    }
    void theFridgeCalendarCanKeepPrivateDatesOff()
    {
        QFETCH(int, kind);
        Patient patient = m_patient;
        patient.losses.clear();
        for (int i = 0; i < 3; ++i) {
            Loss loss = test::makeLoss(QDate(2024 + i, 3, 1), LossKind(kind));
            loss.id = 20 + i;
            patient.losses << loss;
        }
        const Loss &last = patient.losses.constLast();
        const Plan plan = m_planner.generate(PlanPatient::forLoss(patient, last.id), Planner::defaultSettings(last));
        QStringList privateNames;
        for (const PlanDay &d : plan.days)
            for (const QString &id : d.milestoneIds)
                if (m_planner.item(id)->privateMilestone)
                    privateNames << m_planner.item(id)->name.en << m_planner.item(id)->name.hant;
        QVERIFY2(privateNames.size() >= 2, "a third loss has a repeated-loss milestone, and it is private");
        for (bool leaveOut : {false, true}) {
            PrintOptions o;
            o.documents = {PrintDocument::Calendar};
            o.language = PrintLanguage::EnglishTraditional;
            o.calendarWithoutPrivate = leaveOut;
            const QString text = DocumentBuilder(m_planner, m_clinic).build(patient, plan, o).plainText();
            for (const QString &name : privateNames)
                QVERIFY2(text.contains(name) != leaveOut, qPrintable(name));
        }
    }

    // A dish the practitioner kept in the face of a warning is still on her printout, so the avoid
    // line that names it says so, with the day, and the schedule marks it: never a flat "avoid"
    // above the very dish.
    void aDishKeptAnywayIsNamedUnderItsAvoidLine_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("avoidId");
        QTest::addColumn<bool>("heavyBleeding");
        QTest::addColumn<bool>("conceiving");
        QTest::newRow("wine dish, wine not chosen")
            << QStringLiteral("hakka-yellow-wine-chicken") << QStringLiteral("avoid-alcohol") << false << false;
        QTest::newRow("dang gui while bleeding heavily")
            << QStringLiteral("ginseng-chicken-soup") << QStringLiteral("avoid-tonics-while-bleeding") << true << false;
        QTest::newRow("liver while trying to conceive")
            << QStringLiteral("pork-liver-soup") << QStringLiteral("avoid-liver-conceiving") << false << true;
    }
    void aDishKeptAnywayIsNamedUnderItsAvoidLine()
    {
        QFETCH(QString, itemId);
        QFETCH(QString, avoidId);
        QFETCH(bool, heavyBleeding);
        QFETCH(bool, conceiving);
        Patient patient = m_patient;
        if (conceiving)
            patient.conditions << Condition::PlanningToConceive;
        const Loss &loss = patient.losses.constFirst();
        const PlanPatient profile = PlanPatient::forLoss(patient, loss.id);
        PlanSettings settings = Planner::defaultSettings(loss);
        settings.heavyBleeding = heavyBleeding;
        Plan plan = m_planner.generate(profile, settings);
        plan.lossId = loss.id;
        const LibraryItem *avoid = m_planner.item(avoidId);
        QVERIFY(avoid);
        QVERIFY2(m_planner.goingAgainst(*avoid, plan, profile).isEmpty(), "the planner never schedules it");
        plan.day(12)->setEntry(Slot::Soup, itemId, QStringLiteral("She asked for it"), {QStringLiteral("x")});
        const QList<ScheduledEntry> kept = m_planner.goingAgainst(*avoid, plan, profile);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().day, 12);
        // She cooks it as the recipe says, so what a rule held is on the week's shopping list too.
        const DishForHer cooked = Planner::resolve(*m_planner.item(itemId), profile, &plan.settings);
        QStringList bought;
        for (const ShoppingLine &line : m_planner.shoppingList(plan, profile, 2))
            bought << line.id;
        for (const IngredientInfo *held : cooked.heldLines)
            QVERIFY2(bought.contains(held->id), qPrintable(held->id));

        const LibraryItem *dish = m_planner.item(itemId);
        for (PrintLanguage language : {PrintLanguage::English, PrintLanguage::Traditional, PrintLanguage::Simplified}) {
            PrintOptions o;
            o.documents = {PrintDocument::Diet};
            o.language = language;
            const PrintedDocument doc = DocumentBuilder(m_planner, m_clinic).build(patient, plan, o);
            const Language l = printLanguages(language).first();
            QString avoidBlock;
            for (const PrintBlock &b : doc.blocks)
                if (htmlToPlainText(b.html).contains(avoid->name.in(l)))
                    avoidBlock = htmlToPlainText(b.html);
            QVERIFY2(!avoidBlock.isEmpty(), "the avoid line is printed");
            const QString day = l == Language::English ? QStringLiteral("day 12") : QStringLiteral("第12天");
            QVERIFY2(avoidBlock.contains(day) && avoidBlock.contains(dish->name.in(l)), qPrintable(avoidBlock));
            const QString mark = l == Language::English ? QStringLiteral("chosen by your practitioner")
                : l == Language::TraditionalChinese     ? QStringLiteral("醫師為你選")
                                                        : QStringLiteral("医师为您选");
            QVERIFY2(doc.plainText().count(mark) == 1, qPrintable(doc.plainText()));
            QVERIFY(!doc.plainText().contains(QStringLiteral("She asked for it")));
        }
    }

    // From today on: every document leaves out the days before, week 1 and its shopping are gone,
    // week 2 starts on day 10, and the calendar keeps each day in its column.
    void aPrintoutFromADayOnLeavesOutTheDaysBefore()
    {
        PrintOptions o;
        o.language = PrintLanguage::English;
        o.fromDay = 10;
        const PrintedDocument doc = DocumentBuilder(m_planner, m_clinic).build(m_patient, m_plan, o);
        QCOMPARE(doc.options.fromDay, 10);
        const QString text = doc.plainText();
        QVERIFY(text.contains(QLatin1String("from day 10 (")));
        for (int day = 1; day < 10; ++day)
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\bDay %1\\b").arg(day))),
                qPrintable(QString::number(day)));
        for (int day = 10; day <= m_plan.settings.days; ++day)
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\bDay %1\\b").arg(day))),
                qPrintable(QString::number(day)));
        QVERIFY(!text.contains(QLatin1String("Week 1 ·")));
        const QString week2
            = QStringLiteral("Week 2 · ") + englishDateRange(m_plan.day(10)->date, m_plan.day(14)->date);
        QVERIFY2(text.contains(week2), qPrintable(week2));
        // The shopping for week 2 buys only days 10 to 14.
        const PlanPatient profile = PlanPatient::forLoss(m_patient, m_plan.lossId);
        QVERIFY(m_planner.shoppingList(m_plan, profile, 1, 10).isEmpty());
        auto servings = [](const QList<ShoppingLine> &lines) {
            int n = 0;
            for (const ShoppingLine &l : lines)
                n += l.dishes;
            return n;
        };
        QVERIFY(servings(m_planner.shoppingList(m_plan, profile, 2, 10))
            < servings(m_planner.shoppingList(m_plan, profile, 2)));
        // The calendar's week 2 row: days 8 and 9 blank, day 10 in the third column.
        o.documents = {PrintDocument::Calendar};
        const PrintedDocument calendar = DocumentBuilder(m_planner, m_clinic).build(m_patient, m_plan, o);
        const QString html = calendar.blocks.constFirst().html;
        const int row = html.indexOf(QLatin1String("Day 10"));
        QVERIFY(row > 0);
        const int rowStart = html.lastIndexOf(QLatin1String("<tr>"), row);
        QCOMPARE(html.mid(rowStart, row - rowStart).count(QLatin1String("<td")), 3);
    }

    // Short and long plans: every day, and weeks that hold two stages say which day is which.
    void shortAndLongPlansPrintEveryDay_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("14 days") << 14;
        QTest::newRow("42 days") << 42;
    }
    void shortAndLongPlansPrintEveryDay()
    {
        QFETCH(int, days);
        PlanSettings settings = m_plan.settings;
        settings.days = days;
        std::tie(settings.expelUntil, settings.regulateUntil) = PlanSettings::defaultPhases(days);
        Plan plan = m_planner.generate(PlanPatient::forLoss(m_patient, m_plan.lossId), settings);
        plan.id = m_plan.id;
        plan.patientId = m_patient.id;
        plan.lossId = m_plan.lossId;
        PrintOptions o;
        o.documents = {PrintDocument::Diet, PrintDocument::Calendar};
        const PrintedDocument doc = DocumentBuilder(m_planner, m_clinic).build(m_patient, plan, o);
        const QString text = doc.plainText();
        for (int d = 1; d <= days; ++d)
            QVERIFY2(text.contains(QStringLiteral("Day %1\n").arg(d)), qPrintable(QString::number(d)));
        QVERIFY(!text.contains(QStringLiteral("Day %1\n").arg(days + 1)));
        if (days == 14) { // stages end on days 3 and 7: week 1 holds two, and its rows say which
            QVERIFY2(text.contains(QStringLiteral("Regulate (調)\n")),
                qPrintable(text.mid(text.indexOf(QLatin1String("Day 4")), 200)));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("days.pdf"));
        QVERIFY(PageRenderer(doc).exportPdf(pdf) > 0);
        QVERIFY(pageText(pdf, 1).contains(QLatin1String("Day 1")));
    }

    // Simplified printouts set every Chinese character in the SC face, the page numbers too.
    void simplifiedChineseIsSetInTheScFace()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sc.pdf"));
        QVERIFY(PageRenderer(build(PrintLanguage::Simplified, {PrintDocument::Calendar})).exportPdf(pdf) > 0);
        const QString xml = runTool(QStringLiteral("pdftohtml"),
            {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), QStringLiteral("-q"), pdf});
        QHash<QString, QString> fonts;
        const QRegularExpression spec(QStringLiteral("<fontspec id=\"(\\d+)\"[^>]*family=\"([^\"]+)\""));
        for (auto it = spec.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            fonts.insert(m.captured(1), m.captured(2));
        }
        const QRegularExpression text(QStringLiteral("<text [^>]*font=\"(\\d+)\"[^>]*>(.*?)</text>"));
        int chinese = 0;
        for (auto it = text.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            const QString content = m.captured(2);
            const bool han = std::any_of(content.cbegin(), content.cend(), [](QChar c) {
                return c.script() == QChar::Script_Han || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
            });
            if (!han)
                continue;
            ++chinese;
            QVERIFY2(fonts.value(m.captured(1)).contains(QLatin1String("SC")),
                qPrintable(content + QStringLiteral(" in ") + fonts.value(m.captured(1))));
        }
        QVERIFY(chinese > 20);
    }

    void sideBySideKeepsBothLanguages()
    {
        const PrintedDocument doc = build(PrintLanguage::EnglishTraditional, {PrintDocument::Rest}, PaperSize::A4,
            false, BilingualLayout::SideBySide);
        const QString text = doc.plainText();
        QVERIFY(text.contains(QStringLiteral("Rest and activity schedule")));
        QVERIFY(text.contains(QStringLiteral("休息與活動安排")));
        QVERIFY(doc.blocks.constFirst().html.contains(QLatin1String("width=\"50%\"")));
    }

    // A reprint gives exactly what was given: the document survives the history's JSON unchanged.
    void theSnapshotReprintsTheSameDocument()
    {
        const PrintedDocument doc = build(PrintLanguage::EnglishTraditional,
            {PrintDocument::Diet, PrintDocument::Shopping}, PaperSize::Letter, true, BilingualLayout::SideBySide);
        QString error;
        const auto back = PrintedDocument::fromJson(doc.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == doc);
        QVERIFY(!PrintedDocument::fromJson("{not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PrintedDocument::fromJson(R"({"format": 99, "blocks": []})", &error));
        QVERIFY(error.contains(QLatin1String("newer")));
    }

    // The longest header the settings allow never leaves a page with no room: it is set smaller,
    // or refused with a message, never an endless run of empty pages.
    void anOverlongHeaderIsSetSmallerOrRefused()
    {
        ClinicInfo clinic;
        for (QString *line : {&clinic.nameEn, &clinic.addressEn, &clinic.practitionerEn})
            *line = QString(200, u'W');
        for (QString *line : {&clinic.nameZh, &clinic.addressZh, &clinic.practitionerZh})
            *line = QString(200, u'龍');
        clinic.phone = QString(200, u'8');
        Patient patient = m_patient;
        patient.nameEn = QString(200, u'M');
        patient.nameZh = QString(200, u'鑫');
        PrintOptions o;
        o.documents = {PrintDocument::Calendar};
        o.language = PrintLanguage::EnglishTraditional;
        o.paper = PaperSize::Letter;
        o.largePrint = true;
        QString error;
        const int pages = PageRenderer(DocumentBuilder(m_planner, clinic).build(patient, m_plan, o))
                              .exportPdf(m_dir.filePath(QStringLiteral("long.pdf")), &error);
        QCOMPARE(pages, 0);
        QVERIFY(error.contains(QLatin1String("Clinic settings")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("long.pdf"))));
        // A long but real header still prints, a little smaller.
        clinic.nameEn = QStringLiteral("Harbour Traditional Chinese Medicine Women's Health Clinic");
        clinic.nameZh = QStringLiteral("海港中醫婦科健康診所");
        clinic.addressEn
            = QStringLiteral("Flat 12B, 18/F, Harbour Commercial Building, 123 Avenida de Almeida Ribeiro, Macau");
        clinic.addressZh = QStringLiteral("澳門新馬路123號海港商業大廈18樓12B室");
        clinic.phone = QStringLiteral("+853 2833 0000");
        clinic.practitionerEn = QStringLiteral("Dr Wong Ka Yan, Registered Chinese Medicine Practitioner");
        clinic.practitionerZh = QStringLiteral("黃嘉欣註冊中醫師");
        const int printed = PageRenderer(DocumentBuilder(m_planner, clinic).build(m_patient, m_plan, o))
                                .exportPdf(m_dir.filePath(QStringLiteral("long.pdf")), &error);
        QVERIFY2(printed == 1 || printed == 2,
            qPrintable(QString::number(printed))); // the flags may take a second page
    }

    void anUnwritablePathIsRefusedClearly()
    {
        QString error;
        const int pages = PageRenderer(build(PrintLanguage::English, {PrintDocument::Calendar}))
                              .exportPdf(QStringLiteral("/nonexistent-folder/plan.pdf"), &error);
        QCOMPARE(pages, 0);
        QVERIFY(error.contains(QLatin1String("/nonexistent-folder/plan.pdf")));
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
