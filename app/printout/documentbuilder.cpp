#include "documentbuilder.h"

#include "phrasebook.h"

#include "core/chinesescript.h"

#include <QLocale>

namespace rp {
namespace {

QString cssClass(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::TraditionalChinese:
        return QStringLiteral("hant");
    case Language::SimplifiedChinese:
        return QStringLiteral("hans");
    }
    return QStringLiteral("en");
}

// Rules between cells: the table's background shows through one pixel of cell spacing (Qt's
// collapsed borders draw the outer frame heavier than the inner rules). Sizes are CSS pixels,
// which the renderer scales to the page's resolution.
QString table(const QString &cssClass, int padding = 3, const QString &rule = QStringLiteral("#7d8781"))
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"0\" cellspacing=\"1\" cellpadding=\"%2\" "
                          "bgcolor=\"%3\">")
        .arg(cssClass)
        .arg(padding)
        .arg(rule);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// What one printout is being written in, and the words it uses.
class Writer
{
public:
    Writer(const PrintOptions &options, const Phrasebook &phrases)
        : m_options(options)
        , m_languages(printLanguages(options.language))
        , m_phrases(phrases)
    { }

    const QList<Language> &languages() const { return m_languages; }
    bool sideBySide() const { return m_languages.size() > 1 && m_options.layout == BilingualLayout::SideBySide; }

    LocalizedText phrase(const char *source) const { return m_phrases(source); }

    // A text in each print language, each in its script's font, one under the other.
    QString stacked(const LocalizedText &text, const QString &separator = QStringLiteral("<br/>")) const
    {
        QStringList parts;
        for (Language l : m_languages) {
            const QString t = text.in(l);
            if (!t.isEmpty() && !(parts.size() && l != Language::English && t == text.en))
                parts << QStringLiteral("<span class=\"%1\">%2</span>").arg(cssClass(l), escaped(t));
        }
        return parts.join(separator);
    }

    // A paragraph-sized text: side by side in two columns when the practitioner chose that.
    QString block(const LocalizedText &text, const QString &tag = QStringLiteral("p"), const QString &extra = {}) const
    {
        if (!sideBySide())
            return QStringLiteral("<%1%3>%2</%1>").arg(tag, stacked(text), extra);
        QString cells;
        for (Language l : m_languages)
            cells += QStringLiteral("<td width=\"50%\" class=\"pair\"><%1%4><span class=\"%2\">%3</span></%1></td>")
                         .arg(tag, cssClass(l), escaped(text.in(l)), extra);
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1</tr></table>")
            .arg(cells);
    }

    QString date(const QDate &d, bool withYear = true) const
    {
        return stacked(dateText(d, withYear), QStringLiteral(" / "));
    }

    static LocalizedText dateText(const QDate &d, bool withYear)
    {
        const QLocale english(QLocale::English, QLocale::HongKong);
        LocalizedText t;
        t.en = english.toString(d, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
        t.hant = withYear ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                          : QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
        t.hans = t.hant;
        return t;
    }

    static LocalizedText dateRange(const QDate &from, const QDate &to)
    {
        const LocalizedText a = dateText(from, true), b = dateText(to, true);
        return {a.en + QStringLiteral(" – ") + b.en, a.hant + QStringLiteral("至") + b.hant,
            a.hans + QStringLiteral("至") + b.hans};
    }

    LocalizedText weekday(const QDate &d) const
    {
        static const char *const zhHant[] = {"週一", "週二", "週三", "週四", "週五", "週六", "週日"};
        static const char *const zhHans[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        const int i = d.dayOfWeek() - 1;
        return {QLocale(QLocale::English).dayName(d.dayOfWeek(), QLocale::ShortFormat), QString::fromUtf8(zhHant[i]),
            QString::fromUtf8(zhHans[i])};
    }

    // "%1" style substitution in every language at once.
    LocalizedText arg(LocalizedText t, const QString &a) const { return {t.en.arg(a), t.hant.arg(a), t.hans.arg(a)}; }
    LocalizedText arg(LocalizedText t, const LocalizedText &a) const
    {
        return {t.en.arg(a.en), t.hant.arg(a.hant), t.hans.arg(a.hans)};
    }

    // The source codes behind a text, small and grey, so a practitioner can trace it.
    static QString sources(const QStringList &codes)
    {
        if (codes.isEmpty())
            return {};
        return QStringLiteral(" <span class=\"src\">[%1]</span>").arg(escaped(codes.join(QStringLiteral(", "))));
    }

private:
    PrintOptions m_options;
    QList<Language> m_languages;
    const Phrasebook &m_phrases;
};

PrintBlock wholeBlock(const QString &html)
{
    PrintBlock b;
    b.html = html;
    return b;
}

class Build
{
public:
    Build(const Planner &planner, const ClinicInfo &clinic, const QSet<QString> &hidden, const Patient &patient,
        const Plan &plan, const PrintOptions &options)
        : m_planner(planner)
        , m_clinic(clinic)
        , m_hidden(hidden)
        , m_patient(patient)
        , m_plan(plan)
        , m_profile(PlanPatient::forLoss(patient, plan.lossId))
        , m_w(options, m_phrases)
        , m_options(options)
    {
        m_options.fromDay = std::clamp(m_options.fromDay, 1, std::max(1, m_plan.settings.days));
        for (const LibraryItem &i : m_planner.library()) {
            if (!printsAvoid(i))
                continue;
            QList<ScheduledEntry> kept = m_planner.goingAgainst(i, m_plan, m_profile);
            kept.erase(std::remove_if(kept.begin(), kept.end(),
                           [&](const ScheduledEntry &k) { return k.day < m_options.fromDay; }),
                kept.end());
            if (!kept.isEmpty())
                m_keptAgainst.insert(i.id, kept);
        }
    }

    PrintedDocument run()
    {
        PrintedDocument doc;
        doc.options = m_options;
        doc.title = titleText();
        doc.headerHtml = header();
        doc.logo = m_clinic.logo;
        doc.footerHtml = QStringLiteral("<p class=\"foot\">%1</p>")
                             .arg(m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print",
                                                  "This plan supports your recovery. It does not "
                                                  "replace care from your doctor or hospital.")),
                                 QStringLiteral(" · ")));
        // Each language's "Page n of m" in its own script's font.
        QStringList labels;
        for (Language l : m_w.languages())
            labels << QStringLiteral("<span class=\"%1\">%2</span>")
                          .arg(cssClass(l), m_phrases.in(l, QT_TRANSLATE_NOOP("Print", "Page %1 of %2")));
        doc.pageLabel = labels.join(QStringLiteral(" · "));
        for (PrintDocument kind : m_options.documents) {
            const int first = int(m_blocks.size());
            switch (kind) {
            case PrintDocument::Diet:
                diet();
                break;
            case PrintDocument::Rest:
                rest();
                break;
            case PrintDocument::Calendar:
                calendar();
                break;
            case PrintDocument::Shopping:
                shopping();
                break;
            }
            if (!m_pendingTitle.isEmpty()) // a document with no weeks (nothing to buy)
                add(wholeBlock(QString()));
            if (kind != PrintDocument::Calendar) // the calendar carries them on its own page
                redFlags();
            if (first < m_blocks.size())
                m_blocks[first].newPage = true;
        }
        doc.blocks = m_blocks;
        return doc;
    }

private:
    QString titleText() const
    {
        return m_patient.displayName() + QStringLiteral(" · ")
            + Writer::dateRange(m_plan.settings.start, lastDate()).in(m_w.languages().first());
    }

    QDate lastDate() const { return m_plan.settings.start.addDays(m_plan.settings.days - 1); }

    QString chinese(const QString &text) const
    {
        return chineseScriptOf(m_options.language) == Language::SimplifiedChinese ? toSimplified(text) : text;
    }

    // The clinic's header and the patient's line, on every page.
    QString header() const
    {
        const Language zh = chineseScriptOf(m_options.language);
        const bool english = m_w.languages().contains(Language::English);
        const bool hasChinese = m_w.languages().size() > 1 || !english;
        auto pick = [&](const QString &en, const QString &zhText) {
            QStringList parts;
            if ((english || zhText.isEmpty()) && !en.isEmpty())
                parts << QStringLiteral("<span class=\"en\">%1</span>").arg(escaped(en));
            if ((hasChinese || en.isEmpty()) && !zhText.isEmpty())
                parts << QStringLiteral("<span class=\"%1\">%2</span>").arg(cssClass(zh), escaped(chinese(zhText)));
            return parts.join(QStringLiteral(" "));
        };
        QString clinic;
        const QString name = pick(m_clinic.nameEn, m_clinic.nameZh);
        if (!name.isEmpty())
            clinic += QStringLiteral("<p class=\"clinic\">%1</p>").arg(name);
        QStringList details;
        for (const QString &d : {pick(m_clinic.addressEn, m_clinic.addressZh),
                 m_clinic.phone.isEmpty() ? QString()
                                          : QStringLiteral("<span class=\"en\">%1</span>").arg(escaped(m_clinic.phone)),
                 pick(m_clinic.practitionerEn, m_clinic.practitionerZh)}) {
            if (!d.isEmpty())
                details << d;
        }
        if (!details.isEmpty())
            clinic += QStringLiteral("<p class=\"clinicdetail\">%1</p>").arg(details.join(QStringLiteral(" · ")));

        // Her name as it is on her record: a name is never converted between scripts.
        QStringList names;
        if (!m_patient.nameZh.isEmpty())
            names << QStringLiteral("<span class=\"%1\">%2</span>").arg(cssClass(zh), escaped(m_patient.nameZh));
        if (!m_patient.nameEn.isEmpty())
            names << QStringLiteral("<span class=\"en\">%1</span>").arg(escaped(m_patient.nameEn));
        LocalizedText plan = m_w.arg(
            m_w.phrase(QT_TRANSLATE_NOOP("Print", "Plan %1")), Writer::dateRange(m_plan.settings.start, lastDate()));
        // From today on: which day this printout starts, so she knows the days before are not lost.
        if (m_options.fromDay > 1) {
            const LocalizedText from = m_w.arg(m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "%1, from day %2")), plan),
                QString::number(m_options.fromDay));
            plan = m_w.arg(m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "%1 (%2)")), from),
                Writer::dateText(m_plan.settings.start.addDays(m_options.fromDay - 1), false));
        }
        const QString who = QStringLiteral("<p class=\"patient\"><b>%1</b> · %2</p>")
                                .arg(names.join(QStringLiteral(" ")), m_w.stacked(plan, QStringLiteral(" · ")));
        return clinic + who;
    }

    QString title(const char *source, const LocalizedText &intro)
    {
        return m_w.block(m_w.phrase(source), QStringLiteral("h1"))
            + m_w.block(intro, QStringLiteral("p"), QStringLiteral(" class=\"intro\""));
    }

    LocalizedText itemName(const QString &id) const
    {
        if (const LibraryItem *i = m_planner.item(id))
            return i->name;
        return {};
    }

    LocalizedText phaseLine(Phase phase) const
    {
        switch (phase) {
        case Phase::Expel:
            // After a failed transfer nothing is cleared: the bleeding is a period after the
            // support medicines stop.
            if (m_profile.loss.kind == LossKind::FailedIvfTransfer)
                return m_w.phrase(QT_TRANSLATE_NOOP("Print",
                    "Expel (排): warm, light food that is easy to digest, while the bleeding after "
                    "stopping the support medicines comes and settles."));
            return m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "Expel (排): warm, light food that is easy to digest, while the body clears and the "
                "bleeding settles."));
        case Phase::Regulate:
            return m_w.phrase(
                QT_TRANSLATE_NOOP("Print", "Regulate (調): strengthen digestion and begin to rebuild qi and blood."));
        case Phase::Tonify:
            return m_w.phrase(
                QT_TRANSLATE_NOOP("Print", "Tonify (補): nourish qi and blood and build up strength again."));
        }
        return {};
    }

    static QStringList phaseSources() { return {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T7")}; }

    // The days of week `w` that are printed: a printout from today on leaves out those before.
    QList<const PlanDay *> week(int w) const
    {
        QList<const PlanDay *> out;
        for (const PlanDay &d : m_plan.days) {
            if ((d.day - 1) / 7 == w && d.day >= m_options.fromDay)
                out << &d;
        }
        return out;
    }

    int weeks() const { return (m_plan.settings.days + 6) / 7; }
    // The first week with a printed day.
    int firstWeek() const { return std::clamp((m_options.fromDay - 1) / 7, 0, weeks()); }

    QString weekHeading(int w, const QList<const PlanDay *> &days, bool continued = false) const
    {
        const LocalizedText format = continued ? m_w.phrase(QT_TRANSLATE_NOOP("Print", "Week %1 (continued) · %2"))
                                               : m_w.phrase(QT_TRANSLATE_NOOP("Print", "Week %1 · %2"));
        const QDate first = days.first()->date, last = days.last()->date;
        const LocalizedText heading = m_w.arg(m_w.arg(format, QString::number(w + 1)),
            first == last ? Writer::dateText(first, true) : Writer::dateRange(first, last));
        return m_w.block(heading, QStringLiteral("h2"));
    }

    // One week as a block: the whole week under its heading, and the parts it is printed in when
    // it does not fit one page (see below for the sizes of the parts),
    // each part under its own heading, so no day is ever apart from its week's heading.
    // `body(days)` gives the part's content after the heading.
    template <typename Body> PrintBlock weekBlock(int w, Body body) const
    {
        const QList<const PlanDay *> days = week(w);
        PrintBlock block;
        block.html = weekHeading(w, days) + body(days);
        // Halves; thirds in large print or with two languages; single days with both.
        const bool both = m_w.languages().size() > 1;
        const int size = m_options.largePrint && both ? 1 : (m_options.largePrint || both ? 3 : 4);
        for (int i = 0; i < days.size();) {
            const int n = size == 3 && days.size() - i == 4 ? 2 : size; // 3 + 2 + 2, not 3 + 3 + 1
            const QList<const PlanDay *> part = days.mid(i, n);
            block.pieces << weekHeading(w, part, i > 0) + body(part);
            i += n;
        }
        return block;
    }

    // The day, its weekday and date; with `phase`, which stage it belongs to (for a week that
    // holds two stages).
    QString dayCell(const PlanDay &d, bool phase = false) const
    {
        const LocalizedText label = m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Day %1")), QString::number(d.day));
        QString stage;
        if (phase)
            stage = QStringLiteral("<br/><i>%1</i>").arg(m_w.stacked(phaseName(d.phase), QStringLiteral(" ")));
        return QStringLiteral("<td class=\"day\"><b>%1</b><br/>%2<br/>%3%4</td>")
            .arg(m_w.stacked(label, QStringLiteral(" ")), m_w.stacked(m_w.weekday(d.date), QStringLiteral(" ")),
                m_w.date(d.date, false), stage);
    }

    LocalizedText phaseName(Phase phase) const
    {
        switch (phase) {
        case Phase::Expel:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Expel (排)"));
        case Phase::Regulate:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Regulate (調)"));
        case Phase::Tonify:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Tonify (補)"));
        }
        return {};
    }

    LocalizedText slotName(Slot slot) const
    {
        switch (slot) {
        case Slot::Breakfast:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Breakfast"));
        case Slot::Lunch:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Lunch"));
        case Slot::Dinner:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Dinner"));
        case Slot::Soup:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Soup"));
        case Slot::Tea:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Tea"));
        case Slot::Snack:
            return m_w.phrase(QT_TRANSLATE_NOOP("Print", "Snack"));
        }
        return {};
    }

    // A meal as the patient reads it: the dish's name; a formula only as "from your practitioner",
    // never with its herbs or amounts.
    // `keptAgainst`: she kept it though the printout's avoid list names it; the cell says so.
    QString mealCell(const PlanEntry *e, bool keptAgainst = false) const
    {
        if (!e)
            return QStringLiteral("<td class=\"meal\">–</td>");
        const LibraryItem *item = m_planner.item(e->itemId);
        if (!item)
            return QStringLiteral("<td class=\"meal\">–</td>");
        QString html = m_w.stacked(item->name);
        if (!dishNotes(*item).isEmpty())
            html += QStringLiteral(" *");
        if (item->practitionerOnly)
            html += QStringLiteral("<br/><i>%1</i>")
                        .arg(m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "as your practitioner directs")),
                            QStringLiteral(" ")));
        else if (const LocalizedText without = leftOut(*item); !without.isEmpty())
            html += QStringLiteral("<br/><i>%1</i>").arg(m_w.stacked(without, QStringLiteral(" ")));
        if (keptAgainst)
            html += QStringLiteral("<br/><i>%1</i>")
                        .arg(m_w.stacked(
                            m_w.phrase(QT_TRANSLATE_NOOP("Print", "chosen by your practitioner: see foods to avoid")),
                            QStringLiteral(" ")));
        return QStringLiteral("<td class=\"meal\">%1</td>").arg(html);
    }

    // "without rice wine": the optional ingredients a rule holds for her, so the cook leaves them out.
    LocalizedText leftOut(const LibraryItem &item) const
    {
        const DishForHer dish = Planner::resolve(item, m_profile, &m_plan.settings);
        if (dish.leftOut.isEmpty())
            return {};
        QStringList en, hant, hans;
        for (const IngredientInfo *i : dish.leftOut) {
            en << i->name.en.toLower();
            hant << i->name.hant;
            hans << i->name.hans;
        }
        return m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "without %1")),
            LocalizedText{en.join(QStringLiteral(", ")), hant.join(u'、'), hans.join(u'、')});
    }

    // The cautions that matter at home for one dish, in her language: its own, and those of every
    // ingredient she cooks it with (liver, 阿膠, what cooking leaves of wine), each once.
    QList<ItemNote> dishNotes(const LibraryItem &item) const
    {
        QList<ItemNote> out;
        // A formula's own notes are for the practitioner, who explains it herself; its herbs'
        // cautions (stop 當歸 if bleeding gets heavier) are the patient's too.
        for (const ItemNote &n : item.notes)
            if (n.home && !item.practitionerOnly && !out.contains(n))
                out << n;
        // A dish she kept anyway is cooked with the lines a rule holds, so their cautions go too.
        const DishForHer dish = Planner::resolve(item, m_profile, &m_plan.settings);
        for (const IngredientInfo *i : dish.used + dish.heldLines)
            for (const ItemNote &n : i->notes)
                if (n.home && !out.contains(n))
                    out << n;
        return out;
    }

    // Under a week's table, the notes of the dishes marked * in it, each dish once.
    QString weekDishNotes(const QList<const PlanDay *> &days) const
    {
        QStringList seen;
        QString html;
        for (const PlanDay *d : days) {
            for (const PlanEntry &e : d->entries) {
                const LibraryItem *item = m_planner.item(e.itemId);
                if (!item || seen.contains(e.itemId))
                    continue;
                seen << e.itemId;
                for (const ItemNote &n : dishNotes(*item)) {
                    LocalizedText text = m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "* %1: %2")), item->name);
                    text = m_w.arg(text, n.conflict ? noteText(n) : n.text);
                    QString note = m_w.block(text, QStringLiteral("p"), QStringLiteral(" class=\"dishnote\""));
                    note.insert(note.lastIndexOf(QStringLiteral("</")), Writer::sources(n.sources));
                    html += note;
                }
            }
        }
        return html;
    }

    // A note where sources differ: "Sources differ:" and both sides, never the label alone.
    LocalizedText noteText(const ItemNote &n) const
    {
        return m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Sources differ: %1")), n.text);
    }

    // Said plainly at the top of every document while she is still bleeding heavily.
    QString heavyBleedingNotice() const
    {
        if (!m_plan.settings.heavyBleeding)
            return {};
        // A tonic she kept anyway is named under the avoid line and marked where it is scheduled.
        const bool tonicKept = std::any_of(m_keptAgainst.keyBegin(), m_keptAgainst.keyEnd(), [&](const QString &id) {
            const LibraryItem *i = m_planner.item(id);
            return i && i->onlyWhen.contains(PlanFact::HeavyBleeding);
        });
        const LocalizedText text = tonicKept
            ? m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "You are still bleeding heavily. Food does not treat heavy bleeding: if you soak "
                "a pad in an hour or less, pass clots the size of a walnut or larger, or feel "
                "faint, go to an emergency department now. Until the bleeding settles, this plan "
                "leaves out tonic herbs and rich tonic dishes, brown sugar, wine and the foods said to move blood (its "
                "tonify weeks keep to gentle food), except "
                "where your practitioner has chosen one for you: the diet schedule marks it."))
            : m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "You are still bleeding heavily. Food does not treat heavy bleeding: if you soak "
                "a pad in an hour or less, pass clots the size of a walnut or larger, or feel "
                "faint, go to an emergency department now. Until the bleeding settles, this plan "
                "leaves out tonic herbs and rich tonic dishes, brown sugar, wine and the foods said to move blood (its "
                "tonify weeks keep to gentle food)."));
        return m_w.block(text, QStringLiteral("p"), QStringLiteral(" class=\"urgent\""));
    }

    void diet()
    {
        // Short, so the first week fits beside it: each week's own heading says what its stage is for.
        QString intro = title(QT_TRANSLATE_NOOP("Print", "Diet schedule"),
            m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "Warm, gentle food for the weeks of rest after your loss. Eat what you can manage; warm "
                "water or the day's tea is fine between meals. The weeks follow three stages, expel (排), "
                "regulate (調) and tonify (補); each week says what its stage is for.")));
        intro.insert(intro.lastIndexOf(QStringLiteral("</")), Writer::sources(phaseSources()));
        m_pendingTitle = intro + heavyBleedingNotice();

        QList<Slot> used;
        for (Slot s : {Slot::Breakfast, Slot::Lunch, Slot::Dinner, Slot::Soup, Slot::Tea, Slot::Snack}) {
            for (const PlanDay &d : m_plan.days) {
                if (d.entry(s)) {
                    used << s;
                    break;
                }
            }
        }
        for (int w = firstWeek(); w < weeks(); ++w) {
            add(weekBlock(w, [&](const QList<const PlanDay *> &days) {
                QList<Phase> phases;
                for (const PlanDay *d : days) {
                    if (!phases.contains(d->phase))
                        phases << d->phase;
                }
                QString html;
                for (Phase p : phases)
                    html += m_w.block(phaseLine(p), QStringLiteral("p"), QStringLiteral(" class=\"phase\""));
                html += table(QStringLiteral("grid")) + QStringLiteral("<tr><th></th>");
                for (Slot s : used)
                    html += QStringLiteral("<th>%1</th>").arg(m_w.stacked(slotName(s)));
                html += QStringLiteral("</tr>");
                for (const PlanDay *d : days) {
                    html += QStringLiteral("<tr>") + dayCell(*d, phases.size() > 1);
                    for (Slot s : used)
                        html += mealCell(d->entry(s), isKeptAgainstAvoid(d->day, s));
                    html += QStringLiteral("</tr>");
                }
                return html + QStringLiteral("</table>");
            }));
            // The week's dish cautions follow its table as a block of their own, so the table
            // still fits its page as it did.
            if (const QString notes = weekDishNotes(week(w)); !notes.isEmpty())
                m_blocks << wholeBlock(notes);
        }
        // The heading goes with the first item, so it never ends a page on its own.
        QString heading
            = m_w.block(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Foods to avoid for now")), QStringLiteral("h2"));
        for (const LibraryItem &i : m_planner.library()) {
            if (printsAvoid(i)) {
                m_blocks << wholeBlock(heading + guidanceItem(i) + keptAnyway(i.id));
                heading.clear();
            }
        }
    }

    bool printsAvoid(const LibraryItem &i) const
    {
        return i.kind == ItemKind::Avoid && !m_hidden.contains(i.id) && Planner::applies(i, m_profile, m_plan.settings);
    }

    bool isKeptAgainstAvoid(int day, Slot slot) const
    {
        for (const QList<ScheduledEntry> &kept : m_keptAgainst)
            for (const ScheduledEntry &k : kept)
                if (k.day == day && k.entry.slot == slot)
                    return true;
        return false;
    }

    // Under an avoid line: the days on which her practitioner kept such a dish all the same.
    QString keptAnyway(const QString &avoidId) const
    {
        const QList<ScheduledEntry> kept = m_keptAgainst.value(avoidId);
        if (kept.isEmpty())
            return {};
        QStringList en, hant, hans;
        for (const ScheduledEntry &k : kept) {
            const LibraryItem *item = m_planner.item(k.entry.itemId);
            LocalizedText slot = slotName(k.entry.slot);
            slot.en = slot.en.toLower();
            LocalizedText one
                = m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "day %1, %2: %3")), QString::number(k.day));
            one = m_w.arg(m_w.arg(one, slot), item ? item->name : LocalizedText{});
            en << one.en;
            hant << one.hant;
            hans << one.hans;
        }
        const LocalizedText days{en.join(QStringLiteral("; ")), hant.join(u'；'), hans.join(u'；')};
        return m_w.block(m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print",
                                     "Except: your practitioner has chosen this for you all the same on these days: "
                                     "%1. Ask her about it if you are unsure.")),
                             days),
            QStringLiteral("p"), QStringLiteral(" class=\"differ\""));
    }

    // Adds a block; a document's title and intro go just before it, on the same page as its
    // first week (or that week's first part), so a title never stands alone at the foot of a page.
    void add(PrintBlock block)
    {
        if (!m_pendingTitle.isEmpty()) {
            PrintBlock title = wholeBlock(m_pendingTitle);
            title.keepWithNext = true;
            m_blocks << title;
            m_pendingTitle.clear();
        }
        m_blocks << block;
    }

    // A piece of guidance: its name, what to do, and both sides where sources differ.
    QString guidanceItem(const LibraryItem &i) const
    {
        QString html = m_w.block(i.name, QStringLiteral("h3"));
        html += m_w.block(i.description);
        html.insert(html.lastIndexOf(QStringLiteral("</")), Writer::sources(i.sources));
        for (const ItemNote &n : i.notes) {
            if (!n.conflict)
                continue;
            QString note = m_w.block(noteText(n), QStringLiteral("p"), QStringLiteral(" class=\"differ\""));
            note.insert(note.lastIndexOf(QStringLiteral("</")), Writer::sources(n.sources));
            html += note;
        }
        return html;
    }

    void rest()
    {
        m_pendingTitle = (title(QT_TRANSLATE_NOOP("Print", "Rest and activity schedule"),
            m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "Rest comes first in these weeks, with gentle movement every "
                "day. Each day's line says how much to do; go at your own pace "
                "and rest more whenever you need to."))));
        m_pendingTitle += heavyBleedingNotice();
        for (int w = firstWeek(); w < weeks(); ++w) {
            add(weekBlock(w, [&](const QList<const PlanDay *> &days) {
                QString html
                    = (table(QStringLiteral("grid")) + QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>"))
                          .arg(m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Rest and activity"))),
                              m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Appointments and dates"))));
                for (const PlanDay *d : days) {
                    QString restText = QStringLiteral("–");
                    if (const LibraryItem *r = m_planner.item(d->restId))
                        restText = QStringLiteral("<b>%1</b><br/>%2")
                                       .arg(m_w.stacked(r->name, QStringLiteral(" / ")), m_w.stacked(r->description));
                    QStringList milestones;
                    for (const QString &id : d->milestoneIds) {
                        if (const LibraryItem *m = m_planner.item(id))
                            milestones << QStringLiteral("<b>%1</b><br/>%2")
                                              .arg(m_w.stacked(m->name, QStringLiteral(" / ")),
                                                  m_w.stacked(m->description));
                    }
                    html += QStringLiteral("<tr>%1<td class=\"rest\">%2</td><td class=\"rest\">%3</td></tr>")
                                .arg(dayCell(*d), restText, milestones.join(QStringLiteral("<br/><br/>")));
                }
                return html + QStringLiteral("</table>");
            }));
            if (const QString notes = milestoneNotes(week(w)); !notes.isEmpty())
                m_blocks << wholeBlock(notes);
        }
        QString heading
            = m_w.block(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Everyday care in these weeks")), QStringLiteral("h2"));
        for (const LibraryItem &i : m_planner.library()) {
            if (i.kind == ItemKind::Rest && !m_hidden.contains(i.id)
                && Planner::applies(i, m_profile, m_plan.settings)) {
                m_blocks << wholeBlock(heading + guidanceItem(i));
                heading.clear();
            }
        }
    }

    // Where sources differ on a week's milestone (when to try again), both sides follow its table.
    QString milestoneNotes(const QList<const PlanDay *> &days) const
    {
        QString html;
        for (const PlanDay *d : days) {
            for (const QString &id : d->milestoneIds) {
                const LibraryItem *m = m_planner.item(id);
                if (!m)
                    continue;
                for (const ItemNote &n : m->notes) {
                    if (!n.conflict)
                        continue;
                    QString note = m_w.block(
                        m_w.arg(m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "* %1: %2")), m->name), noteText(n)),
                        QStringLiteral("p"), QStringLiteral(" class=\"differ\""));
                    note.insert(note.lastIndexOf(QStringLiteral("</")), Writer::sources(n.sources));
                    html += note;
                }
            }
        }
        return html;
    }

    void calendar()
    {
        QString html = title(QT_TRANSLATE_NOOP("Print", "Calendar"),
            m_w.phrase(QT_TRANSLATE_NOOP(
                "Print", "Each day shows its soup, then its tea in italics, and ★ the dates to remember.")));
        // The calendar goes on the fridge alone: it says so as plainly as the schedules do.
        html += heavyBleedingNotice();
        // One page for the fridge: with two languages the cells carry twice the names, so the
        // table is set smaller, and the date in one language only.
        const bool both = m_w.languages().size() > 1;
        html += table(both ? QStringLiteral("caltwo") : QStringLiteral("cal"), 2);
        for (int w = firstWeek(); w < weeks(); ++w) {
            html += QStringLiteral("<tr>");
            QList<const PlanDay *> days(7, nullptr); // each day in its column, those not printed blank
            for (const PlanDay *d : week(w))
                days[(d->day - 1) % 7] = d;
            for (int i = 0; i < 7; ++i) {
                if (!days[i]) {
                    html += QStringLiteral("<td width=\"14%\"></td>");
                    continue;
                }
                const PlanDay &d = *days[i];
                // "Day 1 · 16 Nov" in the first language only: one line, so five weeks fit a page.
                // A Chinese date is longer (「第10天 · 12月10日」 broke before its last 日, alone
                // on a line): there the date has a line of its own.
                const Language first = m_w.languages().constFirst();
                const QString between = first == Language::English ? QStringLiteral(" · ") : QStringLiteral("<br/>");
                QString cell
                    = QStringLiteral("<b><span class=\"%1\">%2%4%3</span></b>")
                          .arg(cssClass(first), m_phrases.in(first, QT_TRANSLATE_NOOP("Print", "Day %1")).arg(d.day),
                              Writer::dateText(d.date, false).in(first), between);
                // Both names run on in one line ("Sea bass soup / 鱸魚湯"): no half-empty lines.
                const QString sep = QStringLiteral(" / ");
                if (const PlanEntry *e = d.entry(Slot::Soup))
                    cell += QStringLiteral("<br/>%1").arg(calendarItem(e->itemId));
                if (const PlanEntry *e = d.entry(Slot::Tea))
                    cell += QStringLiteral("<br/><i>%1</i>").arg(calendarItem(e->itemId));
                for (const QString &id : d.milestoneIds) {
                    const LibraryItem *milestone = m_planner.item(id);
                    if (m_options.calendarWithoutPrivate && milestone && milestone->privateMilestone)
                        continue;
                    cell += QStringLiteral("<br/><b>★ %1</b>").arg(m_w.stacked(itemName(id), sep));
                }
                html += QStringLiteral("<td width=\"14%\" class=\"calday\">%1</td>").arg(cell);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        // The red flags on the same page: the calendar is the sheet that stays on the fridge.
        PrintBlock block = wholeBlock(html + redFlagsHtml(true));
        block.fitOnePage = true;
        // Where they cannot share a page at a readable size (two languages, large print, long
        // plans), the flags follow on the next page and the calendar keeps its size.
        block.pieces = QStringList{html, redFlagsHtml(true)};
        m_blocks << block;
    }

    // A name on the calendar; a practitioner-only item (生化湯) says it is taken as she directs.
    QString calendarItem(const QString &id) const
    {
        const LibraryItem *item = m_planner.item(id);
        if (!item)
            return QStringLiteral("–");
        QString html = m_w.stacked(item->name, QStringLiteral(" / "));
        if (item->practitionerOnly)
            html += QStringLiteral(" (%1)").arg(m_w.stacked(
                m_w.phrase(QT_TRANSLATE_NOOP("Print", "as your practitioner directs")), QStringLiteral(" / ")));
        return html;
    }

    QString amount(const ShoppingLine &line) const
    {
        // A medicinal herb's amount is the clinic's pack or the practitioner's word, never the
        // sources' figure: the same words in every document.
        if (line.herb && !line.amount)
            return m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "from your practitioner")), QStringLiteral(" / "));
        if (!line.amount)
            return m_w.stacked(line.dishes == 1
                    ? m_w.phrase(QT_TRANSLATE_NOOP("Print", "for 1 serving"))
                    : m_w.arg(m_w.phrase(QT_TRANSLATE_NOOP("Print", "for %1 servings")), QString::number(line.dishes)),
                QStringLiteral(" / "));
        const QString number = QLocale::c().toString(*line.amount, 'g', 6);
        LocalizedText unit{line.unit, line.unit, line.unit};
        if (line.unit == QLatin1String("g"))
            unit = {QStringLiteral("g"), QStringLiteral("克"), QStringLiteral("克")};
        else if (line.unit == QLatin1String("ml"))
            unit = {QStringLiteral("ml"), QStringLiteral("毫升"), QStringLiteral("毫升")};
        else if (line.unit == QLatin1String("piece"))
            unit = m_w.phrase(QT_TRANSLATE_NOOP("Print", "pieces"));
        return number + QLatin1Char(' ') + m_w.stacked(unit, QStringLiteral(" / "));
    }

    void shopping()
    {
        m_pendingTitle = (title(QT_TRANSLATE_NOOP("Print", "Weekly shopping list"),
            m_w.phrase(QT_TRANSLATE_NOOP("Print",
                "What the week's dishes, soups and teas need, added up. Herbs for "
                "anything your practitioner prescribes come from the clinic."))));
        m_pendingTitle += heavyBleedingNotice();
        for (int w = firstWeek(); w < weeks(); ++w) {
            const QList<const PlanDay *> days = week(w);
            const QList<ShoppingLine> lines = m_planner.shoppingList(m_plan, m_profile, w + 1, m_options.fromDay);
            if (days.isEmpty() || lines.isEmpty())
                continue;
            // One row per ingredient however many units it comes in ("40 pieces + for 5 servings").
            QList<QPair<LocalizedText, QStringList>> merged;
            for (const ShoppingLine &line : lines) {
                auto it
                    = std::find_if(merged.begin(), merged.end(), [&](const auto &m) { return m.first == line.name; });
                if (it == merged.end())
                    merged.append({line.name, {amount(line)}});
                else
                    it->second << amount(line);
            }
            PrintBlock block;
            block.html = weekHeading(w, days) + shoppingTable(merged);
            // Only when a week does not fit one page: in parts, each under its heading.
            const int perPiece = m_options.largePrint && m_w.languages().size() > 1 ? 12 : 24;
            for (int first = 0; first < merged.size(); first += perPiece)
                block.pieces << weekHeading(w, days, first > 0) + shoppingTable(merged.mid(first, perPiece));
            add(block);
        }
    }

    // Two ingredients to a row, in columns.
    QString shoppingTable(const QList<QPair<LocalizedText, QStringList>> &lines) const
    {
        const QString head = QStringLiteral("<th>%1</th><th>%2</th>")
                                 .arg(m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "Ingredient"))),
                                     m_w.stacked(m_w.phrase(QT_TRANSLATE_NOOP("Print", "How much"))));
        QString html = table(QStringLiteral("grid")) + QStringLiteral("<tr>") + head + head + QStringLiteral("</tr>");
        const int rows = int(lines.size() + 1) / 2;
        for (int r = 0; r < rows; ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < 2; ++c) {
                const int i = r + c * rows;
                if (i < lines.size())
                    html += QStringLiteral("<td class=\"meal\">%1</td><td class=\"num\">%2</td>")
                                .arg(m_w.stacked(lines[i].first, QStringLiteral(" / ")),
                                    lines[i].second.join(QStringLiteral(" + ")));
                else
                    html += QStringLiteral("<td></td><td></td>");
            }
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }

    // The crisis flag's {emergency} and {crisis-lines}: the clinic's own numbers, as digits in
    // every language; "your local emergency number" while the clinic has not set one.
    LibraryItem withClinicNumbers(LibraryItem f) const
    {
        const LocalizedText emergency = m_clinic.emergencyNumber.trimmed().isEmpty()
            ? m_w.phrase(QT_TRANSLATE_NOOP("Print", "your local emergency number"))
            : LocalizedText{m_clinic.emergencyNumber.trimmed(), m_clinic.emergencyNumber.trimmed(),
                m_clinic.emergencyNumber.trimmed()};
        QStringList en, zh;
        for (const ClinicInfo::CrisisLine &line : m_clinic.crisisLines) {
            if (line.number.trimmed().isEmpty())
                continue;
            const QString nameEn = line.nameEn.isEmpty() ? line.nameZh : line.nameEn;
            const QString nameZh = chinese(line.nameZh.isEmpty() ? line.nameEn : line.nameZh);
            en << (nameEn.isEmpty() ? line.number : nameEn + u' ' + line.number.trimmed());
            zh << (nameZh.isEmpty() ? line.number : nameZh + u' ' + line.number.trimmed());
        }
        const LocalizedText lines = en.isEmpty() ? LocalizedText{}
                                                 : LocalizedText{QStringLiteral(": ") + en.join(QStringLiteral("; ")),
                                                     u'：' + zh.join(u'；'), u'：' + zh.join(u'；')};
        auto fill = [](QString &text, const QString &number, const QString &crisis) {
            text.replace(QLatin1String("{emergency}"), number).replace(QLatin1String("{crisis-lines}"), crisis);
        };
        fill(f.description.en, emergency.en, lines.en);
        fill(f.description.hant, emergency.hant, lines.hant);
        fill(f.description.hans, emergency.hans, lines.hans);
        return f;
    }

    // Every printed document ends with the red flags in their most cautious form.
    void redFlags() { m_blocks << wholeBlock(redFlagsHtml(false)); }

    QString redFlagsHtml(bool compact) const
    {
        QString html = m_w.block(m_w.phrase(QT_TRANSLATE_NOOP("Print",
                                     "Go to a doctor or an emergency department now if you have any of these:")),
            QStringLiteral("h2"), QStringLiteral(" class=\"flaghead\""));
        html
            += table(compact ? QStringLiteral("flags compact") : QStringLiteral("flags"), 3, QStringLiteral("#8c1d18"));
        QStringList cells;
        for (const QString &id : m_planner.redFlagsFor(m_profile, m_plan.settings)) {
            const LibraryItem *found = m_planner.item(id);
            if (!found)
                continue;
            const LibraryItem filled = withClinicNumbers(*found);
            const LibraryItem *f = &filled;
            if (m_w.sideBySide()) {
                QString row;
                for (Language l : m_w.languages())
                    row += QStringLiteral("<td width=\"50%\"><b><span class=\"%1\">%2</span></b> <span "
                                          "class=\"%1\">%3</span></td>")
                               .arg(cssClass(l), escaped(f->name.in(l)), escaped(f->description.in(l)));
                cells << row;
            } else {
                cells << QStringLiteral("<td width=\"%4\"><b>%1</b><br/>%2%3</td>")
                             .arg(m_w.stacked(f->name, QStringLiteral(" / ")), m_w.stacked(f->description),
                                 Writer::sources(f->sources), compact ? QStringLiteral("50%") : QStringLiteral("100%"));
            }
        }
        // The calendar's box sets the flags two to a row, so the calendar stays one page.
        const int perRow = compact && !m_w.sideBySide() ? 2 : 1;
        for (int i = 0; i < cells.size(); i += perRow) {
            html += QStringLiteral("<tr>") + cells[i];
            if (perRow == 2)
                html += i + 1 < cells.size() ? cells[i + 1] : QStringLiteral("<td></td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        html += m_w.block(m_w.phrase(QT_TRANSLATE_NOOP("Print",
                              "This plan does not replace medical care. If something worries you, contact "
                              "your doctor or the clinic.")),
            QStringLiteral("p"), QStringLiteral(" class=\"disclaimer\""));
        return html;
    }

    QString m_pendingTitle; // a document's title and intro, waiting to go with its first week
    const Planner &m_planner;
    const ClinicInfo &m_clinic;
    const QSet<QString> &m_hidden;
    const Patient &m_patient;
    const Plan &m_plan;
    PlanPatient m_profile;
    Phrasebook m_phrases;
    Writer m_w;
    PrintOptions m_options;
    QList<PrintBlock> m_blocks;
    // Entries she kept anyway that a printed avoid line names, by avoid item; marked where they
    // are scheduled and named under that line, so the printout never contradicts itself.
    QHash<QString, QList<ScheduledEntry>> m_keptAgainst;
};

} // namespace

DocumentBuilder::DocumentBuilder(const Planner &planner, ClinicInfo clinic, QSet<QString> hidden)
    : m_planner(planner)
    , m_clinic(std::move(clinic))
    , m_hidden(std::move(hidden))
{ }

PrintedDocument DocumentBuilder::build(const Patient &patient, const Plan &plan, const PrintOptions &options) const
{
    return Build(m_planner, m_clinic, m_hidden, patient, plan, options).run();
}

} // namespace rp
