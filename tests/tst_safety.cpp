// Safe for every loss (issue 16, "Done when"): a property test over every loss kind ×
// constitution × condition (one, or two) × management × heavy bleeding × wine chosen, plus a late
// start with an unrecorded week, a pregnancy conceived by IVF, ticked practitioner items, plans of
// 14, 30 and 42 days and a lengthened expel stage. Every plan
// the generator makes is checked against its own warnings, against what its printed avoid list and
// red flags warn of, and against the clinical rules one by one (domain facts §2, §4). A second part
// puts each restricted ingredient into a clinic's own dish, so no rule can match by name or id.
//
// Plans are generated once (initTestCase); each test then reads all of them and reports every
// violation it finds, grouped, rather than stopping at the first.
#include "testutil.h"

#include "core/ingredients.h"
#include "core/planner.h"
#include "core/terms.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

using namespace rp;

namespace {

const QDate lossDate{2026, 11, 1};

// One generated plan and what it was made for.
struct Case
{
    QString name; // e.g. "failed-ivf/heat/diabetes/surgical/heavy-bleeding/wine-chosen/late-start"
    PlanPatient patient;
    PlanSettings settings;
    Plan plan;
    bool late = false;
    // Each scheduled item as she cooks it (Planner::resolve), worked out once for every check.
    QHash<QString, DishForHer> dishes;
    // What she cooks with for each scheduled item: the ingredients she uses, and a held dish's
    // required lines too (she would cook those), so the rule checks below do not depend on
    // `holds` being right.
    QHash<QString, QList<const IngredientInfo *>> cooked;
};

bool matches(const IngredientInfo &i, const QString &idOrProperty)
{
    const auto property = fromCode<IngredientProperty>(idOrProperty);
    return i.id == idOrProperty || (property && i.has(*property));
}

// One broken rule in one plan. `key` groups the same break across plans (item and ingredient),
// `message` says exactly what broke.
struct Violation
{
    QString key;
    QString message;
};

using Check = std::function<QList<Violation>(const Case &)>;

} // namespace

class TestSafety : public QObject
{
    Q_OBJECT
    QList<LibraryItem> m_library = content::builtInItems();
    Planner m_planner{m_library};
    QList<Case> m_cases;
    QStringList m_practitionerIds;
    QString m_crisisId;

    // The dish as she cooks it, for a scheduled entry.
    const DishForHer &dishOf(const Case &c, const PlanEntry &e) const
    {
        static const DishForHer none;
        const auto it = c.dishes.constFind(e.itemId);
        return it == c.dishes.constEnd() ? none : *it;
    }

    const QList<const IngredientInfo *> &cookedWith(const Case &c, const PlanEntry &e) const
    {
        static const QList<const IngredientInfo *> none;
        const auto it = c.cooked.constFind(e.itemId);
        return it == c.cooked.constEnd() ? none : *it;
    }
    bool cooks(const Case &c, const PlanEntry &e, const QString &idOrProperty) const
    {
        const auto &list = cookedWith(c, e);
        return std::any_of(list.cbegin(), list.cend(), [&](const IngredientInfo *i) {
            return matches(*i, idOrProperty);
        }) || dishOf(c, e).contains(idOrProperty);
    }
    // Works out, once, how each scheduled item is cooked for her.
    void resolveAll(Case &c) const
    {
        for (const PlanDay &d : c.plan.days)
            for (const PlanEntry &e : d.entries) {
                const LibraryItem *item = m_planner.item(e.itemId);
                if (!item || c.dishes.contains(e.itemId))
                    continue;
                const DishForHer dish = Planner::resolve(*item, c.patient, &c.settings);
                QList<const IngredientInfo *> cooked = dish.used;
                for (const Ingredient &line : item->ingredients) {
                    QStringList options{line.id};
                    options << line.alternatives;
                    const bool chosen = std::any_of(dish.used.cbegin(), dish.used.cend(),
                        [&](const IngredientInfo *i) { return options.contains(i->id); });
                    const IngredientInfo *first = ingredients::find(line.id);
                    if (!chosen && !line.optional && first && !cooked.contains(first))
                        cooked << first;
                }
                c.dishes.insert(e.itemId, dish);
                c.cooked.insert(e.itemId, cooked);
            }
    }

    static QString where(const PlanDay &d, const PlanEntry &e, int sinceLoss)
    {
        return QStringLiteral("plan day %1 (day %2 after the loss) %3: %4")
            .arg(d.day)
            .arg(sinceLoss)
            .arg(codeOf(e.slot), e.itemId);
    }

    static bool has(const Case &c, Condition condition) { return c.patient.conditions.contains(condition); }

    // Every scheduled dish that uses an ingredient with `property` breaks the rule.
    QList<Violation> noUsedWith(const Case &c, IngredientProperty property, const QString &why) const
    {
        QList<Violation> out;
        for (const PlanDay &d : c.plan.days)
            for (const PlanEntry &e : d.entries)
                for (const IngredientInfo *i : cookedWith(c, e))
                    if (i->has(property))
                        out << Violation{e.itemId + u'/' + i->id,
                            QStringLiteral("%1 uses %2 (%3) although %4")
                                .arg(where(d, e, Planner::daysSinceLoss(c.patient, c.settings, d.day)), i->id,
                                    codeOf(property), why)};
        return out;
    }

    QList<Violation> noItem(const Case &c, const QString &id, const QString &why) const
    {
        QList<Violation> out;
        for (const PlanDay &d : c.plan.days)
            for (const PlanEntry &e : d.entries)
                if (e.itemId == id)
                    out << Violation{id,
                        QStringLiteral("%1 is scheduled although %2")
                            .arg(where(d, e, Planner::daysSinceLoss(c.patient, c.settings, d.day)), why)};
        return out;
    }

    // Runs a check over every plan and fails with every violation, grouped by what broke.
    void checkAll(const Check &check) const
    {
        struct Group
        {
            int plans = 0;
            QString example;
        };
        QMap<QString, Group> groups;
        int broken = 0;
        for (const Case &c : m_cases) {
            const QList<Violation> found = check(c);
            if (found.isEmpty())
                continue;
            ++broken;
            QSet<QString> seen;
            for (const Violation &v : found) {
                Group &g = groups[v.key];
                if (!seen.contains(v.key)) {
                    seen.insert(v.key);
                    ++g.plans;
                }
                if (g.example.isEmpty())
                    g.example = c.name + QStringLiteral(": ") + v.message;
            }
        }
        if (!broken)
            return;
        QStringList lines;
        lines << QStringLiteral("%1 of %2 plans break it:").arg(broken).arg(m_cases.size());
        int shown = 0;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (++shown > 30) {
                lines << QStringLiteral("  ... and %1 more kinds of break").arg(groups.size() - 30);
                break;
            }
            lines << QStringLiteral("  [%1] in %2 plans, e.g. %3")
                         .arg(it.key())
                         .arg(it.value().plans)
                         .arg(it.value().example);
        }
        QFAIL(qPrintable(lines.join(u'\n')));
    }

    // The rules of part 4, each a sentence and a check.
    QList<std::pair<const char *, Check>> clinicalRules() const
    {
        QList<std::pair<const char *, Check>> rules;
        rules << std::pair{
            "heavy bleeding holds every tonic, blood-moving and alcohol ingredient", Check([this](const Case &c) {
                QList<Violation> out;
                if (!c.settings.heavyBleeding)
                    return out;
                const QString why = QStringLiteral("she is still bleeding heavily");
                out << noUsedWith(c, IngredientProperty::Tonic, why)
                    << noUsedWith(c, IngredientProperty::BloodMoving, why)
                    << noUsedWith(c, IngredientProperty::Alcohol, why);
                return out;
            })};
        rules << std::pair{"heavy bleeding never gets sheng-hua-tang", Check([this](const Case &c) {
                               return c.settings.heavyBleeding ? noItem(c, QStringLiteral("sheng-hua-tang"),
                                          QStringLiteral("she is still bleeding heavily"))
                                                               : QList<Violation>{};
                           })};
        rules << std::pair{"diabetes holds every sweetener", Check([this](const Case &c) {
                               return has(c, Condition::Diabetes)
                                   ? noUsedWith(c, IngredientProperty::Sweetener, QStringLiteral("she has diabetes"))
                                   : QList<Violation>{};
                           })};
        rules << std::pair{"wine not chosen means no alcohol", Check([this](const Case &c) {
                               return !c.settings.wineChosen ? noUsedWith(
                                          c, IngredientProperty::Alcohol, QStringLiteral("wine was not chosen for her"))
                                                             : QList<Violation>{};
                           })};
        rules << std::pair{"planning to conceive, hepatitis or breastfeeding means no alcohol even with wine chosen",
            Check([this](const Case &c) {
                for (Condition x : {Condition::PlanningToConceive, Condition::Hepatitis, Condition::Breastfeeding})
                    if (has(c, x))
                        return noUsedWith(c, IngredientProperty::Alcohol, QStringLiteral("she has %1").arg(codeOf(x)));
                return QList<Violation>{};
            })};
        rules << std::pair{"planning to conceive means no liver", Check([this](const Case &c) {
                               return has(c, Condition::PlanningToConceive)
                                   ? noUsedWith(c, IngredientProperty::Liver, QStringLiteral("she plans to conceive"))
                                   : QList<Violation>{};
                           })};
        rules << std::pair{"a seafood allergy means no seafood", Check([this](const Case &c) {
                               return has(c, Condition::SeafoodAllergy) ? noUsedWith(
                                          c, IngredientProperty::Seafood, QStringLiteral("she is allergic to seafood"))
                                                                        : QList<Violation>{};
                           })};
        rules << std::pair{"anticoagulants mean nothing that interacts with them", Check([this](const Case &c) {
                               return has(c, Condition::Anticoagulants)
                                   ? noUsedWith(c, IngredientProperty::AnticoagulantInteraction,
                                       QStringLiteral("she takes anticoagulants"))
                                   : QList<Violation>{};
                           })};
        rules << std::pair{
            "a surgical management never gets sheng-hua-tang", Check([this](const Case &c) {
                return c.patient.loss.management == Management::Surgical
                    ? noItem(c, QStringLiteral("sheng-hua-tang"), QStringLiteral("the loss was managed surgically"))
                    : QList<Violation>{};
            })};
        rules << std::pair{
            "brown sugar only within 14 days of the loss and on at most 7 days", Check([this](const Case &c) {
                QList<Violation> out;
                QSet<int> days;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    for (const PlanEntry &e : d.entries)
                        if (cooks(c, e, QStringLiteral("brown-sugar"))) {
                            days.insert(d.day);
                            if (since > 14)
                                out << Violation{e.itemId + QStringLiteral("/brown-sugar/after-day-14"),
                                    where(d, e, since)
                                        + QStringLiteral(" has brown sugar after day 14 after the loss")};
                        }
                }
                if (days.size() > 7) {
                    QList<int> sorted(days.cbegin(), days.cend());
                    std::sort(sorted.begin(), sorted.end());
                    QStringList list;
                    for (int d : sorted)
                        list << QString::number(d);
                    out << Violation{QStringLiteral("brown-sugar/more-than-7-days"),
                        QStringLiteral("brown sugar on %1 plan days (%2), more than 7")
                            .arg(days.size())
                            .arg(list.join(u','))};
                }
                return out;
            })};
        rules << std::pair{"brown-sugar water only within 7 days of the loss", Check([this](const Case &c) {
                               QList<Violation> out;
                               for (const PlanDay &d : c.plan.days) {
                                   const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                                   for (const PlanEntry &e : d.entries)
                                       if (e.itemId == u"brown-sugar-water" && since > 7)
                                           out << Violation{e.itemId,
                                               where(d, e, since) + QStringLiteral(" is after day 7 after the loss")};
                               }
                               return out;
                           })};
        rules << std::pair{"pork liver at most twice in any week of the plan", Check([this](const Case &c) {
                               QList<Violation> out;
                               QMap<int, QStringList> byWeek;
                               for (const PlanDay &d : c.plan.days)
                                   for (const PlanEntry &e : d.entries)
                                       if (cooks(c, e, QStringLiteral("pork-liver")))
                                           byWeek[(d.day - 1) / 7 + 1]
                                               << QStringLiteral("day %1 %2").arg(d.day).arg(e.itemId);
                               for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it)
                                   if (it.value().size() > 2)
                                       out << Violation{QStringLiteral("pork-liver/week"),
                                           QStringLiteral("pork liver %1 times in plan week %2 (%3)")
                                               .arg(it.value().size())
                                               .arg(it.key())
                                               .arg(it.value().join(QStringLiteral(", ")))};
                               return out;
                           })};
        rules << std::pair{"the printout says wine dishes were chosen for her only when it schedules one",
            Check([this](const Case &c) {
                QList<Violation> out;
                const bool saysChosen = m_planner.guidanceFor(ItemKind::Avoid, c.patient, c.settings)
                                            .contains(QStringLiteral("avoid-alcohol-wine-chosen"));
                bool scheduled = false;
                for (const PlanDay &d : c.plan.days)
                    for (const PlanEntry &e : d.entries)
                        scheduled = scheduled || cooks(c, e, QStringLiteral("alcohol"));
                if (saysChosen && !scheduled)
                    out << Violation{QStringLiteral("wine-chosen-none-scheduled"),
                        QStringLiteral("the avoid list says wine dishes were chosen, and none is scheduled")};
                if (!saysChosen && scheduled)
                    out << Violation{QStringLiteral("wine-scheduled-unsaid"),
                        QStringLiteral("a wine dish is scheduled, and the avoid list says no dish has wine")};
                return out;
            })};
        // The ginger-and-vinegar note printed under "Chilli and pepper" (avoid-pungent) names these
        // limits; the schedule keeps them whatever the plan's length or stages.
        rules << std::pair{"old ginger and sesame oil from day 8 after the loss, ginger-vinegar trotters from day 15",
            Check([this](const Case &c) {
                QList<Violation> out;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    for (const PlanEntry &e : d.entries) {
                        for (const char *early : {"old-ginger", "sesame-oil"})
                            if (since < 8 && cooks(c, e, QLatin1String(early)))
                                out << Violation{e.itemId + u'/' + QLatin1String(early),
                                    where(d, e, since)
                                        + QStringLiteral(" uses %1 before day 8").arg(QLatin1String(early))};
                        if (since < 15 && e.itemId == QLatin1String("pork-trotters-ginger-vinegar"))
                            out << Violation{e.itemId, where(d, e, since) + QStringLiteral(" before day 15")};
                    }
                }
                return out;
            })};
        // The notice printed while she bleeds heavily says the plan leaves out tonics: so nothing
        // scheduled is called a tonic by its own printed words (its description, its notes, the
        // cautions of what it is cooked with), whatever the ingredient tables say.
        rules << std::pair{
            "heavy bleeding schedules nothing its own printed words call a tonic", Check([this](const Case &c) {
                QList<Violation> out;
                if (!c.settings.heavyBleeding)
                    return out;
                static const QRegularExpression tonic(
                    QStringLiteral("\\btonic|\\btonif"), QRegularExpression::CaseInsensitiveOption);
                for (const PlanDay &d : c.plan.days)
                    for (const PlanEntry &e : d.entries) {
                        const LibraryItem *item = m_planner.item(e.itemId);
                        if (!item)
                            continue;
                        QStringList words{item->description.en};
                        for (const ItemNote &n : item->notes)
                            words << n.text.en;
                        for (const IngredientInfo *i : cookedWith(c, e))
                            for (const ItemNote &n : i->notes)
                                words << n.text.en;
                        if (tonic.match(words.join(u' ')).hasMatch())
                            out << Violation{e.itemId,
                                where(d, e, Planner::daysSinceLoss(c.patient, c.settings, d.day))
                                    + QStringLiteral(" is called a tonic on the page")};
                    }
                return out;
            })};
        rules << std::pair{
            "heavy bleeding holds liver, which the printout calls a blood tonic", Check([this](const Case &c) {
                return c.settings.heavyBleeding
                    ? noUsedWith(c, IngredientProperty::Liver, QStringLiteral("she is still bleeding heavily"))
                    : QList<Violation>{};
            })};
        rules << std::pair{"motherwort on at most 7 days, whichever dishes carry it", Check([this](const Case &c) {
                               QSet<int> days;
                               for (const PlanDay &d : c.plan.days)
                                   for (const PlanEntry &e : d.entries)
                                       if (cooks(c, e, QStringLiteral("motherwort")))
                                           days.insert(d.day);
                               return days.size() > 7 ? QList<Violation>{Violation{QStringLiteral("motherwort"),
                                          QStringLiteral("motherwort on %1 days").arg(days.size())}}
                                                      : QList<Violation>{};
                           })};
        // Their printed words: motherwort is "a traditional first-week dish"; donkey-hide gelatin
        // is "only once bleeding has stopped", which the printout says takes about 2 weeks.
        rules << std::pair{"motherwort only in the first week after the loss, donkey-hide gelatin from day 15",
            Check([this](const Case &c) {
                QList<Violation> out;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    for (const PlanEntry &e : d.entries) {
                        if (since > 7 && cooks(c, e, QStringLiteral("motherwort")))
                            out << Violation{e.itemId + QStringLiteral("/motherwort"),
                                where(d, e, since) + QStringLiteral(" after the first week")};
                        if (since < 15 && e.itemId == QLatin1String("donkey-hide-gelatin-chicken"))
                            out << Violation{e.itemId, where(d, e, since) + QStringLiteral(" before day 15")};
                    }
                }
                return out;
            })};
        rules << std::pair{
            "no alcohol before day 8 after the loss", Check([this](const Case &c) {
                QList<Violation> out;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    if (since >= 8)
                        continue;
                    for (const PlanEntry &e : d.entries)
                        for (const IngredientInfo *i : cookedWith(c, e))
                            if (i->has(IngredientProperty::Alcohol))
                                out << Violation{e.itemId + u'/' + i->id,
                                    where(d, e, since) + QStringLiteral(" uses %1 before day 8").arg(i->id)};
                }
                return out;
            })};
        rules << std::pair{"sheng-hua-tang only on days 3 to 7 after the loss, so a late start gets only what is left",
            Check([this](const Case &c) {
                QList<Violation> out;
                int scheduled = 0, window = 0;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    window += since >= 3 && since <= 7;
                    for (const PlanEntry &e : d.entries)
                        if (e.itemId == u"sheng-hua-tang") {
                            ++scheduled;
                            if (since < 3 || since > 7)
                                out << Violation{e.itemId,
                                    where(d, e, since) + QStringLiteral(" is outside days 3 to 7 after the loss")};
                        }
                }
                // A start 6 days after the loss leaves days 6 and 7 of the window.
                if (c.late && window != 2)
                    out << Violation{QStringLiteral("late-window"),
                        QStringLiteral("a plan starting 6 days after the loss has %1 plan days "
                                       "in days 3 to 7 after the loss, not 2")
                            .arg(window)};
                if (scheduled > window)
                    out << Violation{QStringLiteral("sheng-hua-tang/count"),
                        QStringLiteral("sheng-hua-tang on %1 days, only %2 left in days 3 to 7")
                            .arg(scheduled)
                            .arg(window)};
                return out;
            })};
        rules << std::pair{
            "no ginseng before day 8 after the loss", Check([this](const Case &c) {
                QList<Violation> out;
                for (const PlanDay &d : c.plan.days) {
                    const int since = Planner::daysSinceLoss(c.patient, c.settings, d.day);
                    if (since >= 8)
                        continue;
                    for (const PlanEntry &e : d.entries) {
                        for (const char *id : {"ginseng", "ginseng-fibres"})
                            if (cooks(c, e, QLatin1String(id)))
                                out << Violation{e.itemId + u'/' + QLatin1String(id),
                                    where(d, e, since)
                                        + QStringLiteral(" uses %1 before day 8").arg(QLatin1String(id))};
                    }
                }
                return out;
            })};
        return rules;
    }

    // The patient the clinic-dish test holds a property for, with its settings.
    struct Profile
    {
        QString name;
        PlanPatient patient;
        PlanSettings settings;
    };
    static Profile neutralProfile()
    {
        Profile p;
        p.name = QStringLiteral("a neutral patient with wine chosen");
        p.patient.constitution = Constitution::Neutral;
        p.patient.loss = test::makeLoss(lossDate);
        p.settings = Planner::defaultSettings(p.patient.loss);
        p.settings.wineChosen = true;
        return p;
    }
    static Profile holdingProfile(IngredientProperty property)
    {
        Profile p = neutralProfile();
        switch (property) {
        case IngredientProperty::Alcohol:
            p.name = QStringLiteral("wine not chosen");
            p.settings.wineChosen = false;
            break;
        case IngredientProperty::Sweetener:
            p.name = QStringLiteral("diabetes");
            p.patient.conditions = {Condition::Diabetes};
            break;
        case IngredientProperty::NotInPregnancy:
        case IngredientProperty::Liver:
            p.name = QStringLiteral("planning to conceive");
            p.patient.conditions = {Condition::PlanningToConceive};
            break;
        case IngredientProperty::Seafood:
            p.name = QStringLiteral("a seafood allergy");
            p.patient.conditions = {Condition::SeafoodAllergy};
            break;
        case IngredientProperty::Tonic:
        case IngredientProperty::BloodMoving:
            p.name = QStringLiteral("heavy bleeding");
            p.settings.heavyBleeding = true;
            break;
        case IngredientProperty::AnticoagulantInteraction:
            p.name = QStringLiteral("anticoagulants");
            p.patient.conditions = {Condition::Anticoagulants};
            break;
        case IngredientProperty::Warming:
            p.name = QStringLiteral("a heat constitution");
            p.patient.constitution = Constitution::Heat;
            break;
        case IngredientProperty::Cooling:
            p.name = QStringLiteral("a cold constitution");
            p.patient.constitution = Constitution::Cold;
            break;
        }
        return p;
    }
    // A plan day on which the ingredient's own day limits let it be used (plans start the day
    // after the loss, so plan day = days since the loss).
    static int dayFor(const IngredientInfo &info) { return std::max(info.fromDay.value_or(1), 1); }

    static Ingredient line(const IngredientInfo &info, bool optional = false)
    {
        Ingredient i;
        i.id = info.id;
        i.name = info.name;
        i.optional = optional;
        return i;
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        content::builtInItems(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!m_library.isEmpty());
        for (const LibraryItem &i : m_library) {
            if (i.practitionerOnly)
                m_practitionerIds << i.id;
            if (i.kind == ItemKind::RedFlag
                && (i.id.startsWith(u"red-flag-crisis") || i.id.startsWith(u"red-flag-self-harm")))
                m_crisisId = i.id;
        }
        QVERIFY(!m_practitionerIds.isEmpty());

        QElapsedTimer timer;
        timer.start();
        QList<std::optional<Condition>> conditions{std::nullopt};
        for (Condition c : allValues<Condition>())
            conditions << c;
        // Variants: 0 as recorded; 1 a late start (6 days after the loss) with no gestational week;
        // 2 conceived by IVF; 3 both. Practitioner items are ticked in every other combination,
        // alternating so each variant is seen both ticked and unticked.
        int n = 0;
        for (LossKind kind : allValues<LossKind>())
            for (Constitution constitution : allValues<Constitution>())
                for (const std::optional<Condition> &condition : conditions)
                    for (Management management : allValues<Management>())
                        for (bool heavy : {false, true})
                            for (bool wine : {false, true})
                                for (int variant = 0; variant < 4; ++variant, ++n) {
                                    const bool late = variant & 1;
                                    const bool ivf = variant & 2;
                                    const bool ticked = (n + n / 4) % 2;
                                    Case c;
                                    c.late = late;
                                    c.patient.constitution = constitution;
                                    if (condition)
                                        c.patient.conditions = {*condition};
                                    c.patient.loss = test::makeLoss(
                                        lossDate, kind, late ? std::nullopt : std::optional<int>(8), management);
                                    c.patient.loss.conceivedByIvf = ivf;
                                    c.patient.miscarriageCount = kind == LossKind::FailedIvfTransfer ? 0 : 1;
                                    c.patient.failedTransferCount = kind == LossKind::FailedIvfTransfer ? 1 : 0;
                                    c.settings = Planner::defaultSettings(c.patient.loss);
                                    // Lengths and stages as a practitioner sets them: a third of the
                                    // plans run 14 days and a third 42; every fifth has its expel stage
                                    // lengthened to day 12 (what a note's "first week" must survive).
                                    c.settings.days = QList<int>{30, 14, 42}.at(n % 3);
                                    std::tie(c.settings.expelUntil, c.settings.regulateUntil)
                                        = PlanSettings::defaultPhases(c.settings.days);
                                    const bool longExpel = n % 5 == 0 && c.settings.days >= 30;
                                    if (longExpel)
                                        c.settings.expelUntil = 12;
                                    // Every other plan with one condition gets a second one too.
                                    if (condition && n % 2) {
                                        const Condition second = allValues<Condition>().at(
                                            (int(*condition) + 3) % int(allValues<Condition>().size()));
                                        if (second != *condition)
                                            c.patient.conditions << second;
                                    }
                                    c.settings.heavyBleeding = heavy;
                                    c.settings.wineChosen = wine;
                                    if (late)
                                        c.settings.start = lossDate.addDays(6);
                                    if (ticked)
                                        c.settings.practitionerItems = m_practitionerIds;
                                    QStringList conditionNames;
                                    for (Condition x : std::as_const(c.patient.conditions))
                                        conditionNames << codeOf(x);
                                    QStringList name{codeOf(kind), codeOf(constitution),
                                        condition ? conditionNames.join(u'+') : QStringLiteral("no-condition"),
                                        codeOf(management),
                                        heavy ? QStringLiteral("heavy-bleeding")
                                              : QStringLiteral("not-bleeding-heavily"),
                                        wine ? QStringLiteral("wine-chosen") : QStringLiteral("wine-not-chosen")};
                                    name << QStringLiteral("%1-days").arg(c.settings.days);
                                    if (longExpel)
                                        name << QStringLiteral("expel-until-12");
                                    if (late)
                                        name << QStringLiteral("late-start-unrecorded-week");
                                    if (ivf)
                                        name << QStringLiteral("conceived-by-ivf");
                                    if (ticked)
                                        name << QStringLiteral("practitioner-items-ticked");
                                    c.name = name.join(u'/');
                                    c.plan = m_planner.generate(c.patient, c.settings);
                                    resolveAll(c);
                                    m_cases << c;
                                }
        qInfo("%lld combinations generated in %lld ms", qlonglong(m_cases.size()), qlonglong(timer.elapsed()));
    }

    // 1.
    void noGeneratedPlanHasAnyWarning()
    {
        checkAll([this](const Case &c) {
            QList<Violation> out;
            for (const PlanWarning &w : m_planner.warnings(c.plan, c.patient))
                out << Violation{w.itemId + u'/' + w.detail,
                    QStringLiteral("warning on plan day %1 (day %2 after the loss) %3: %4 [%5]")
                        .arg(w.day)
                        .arg(Planner::daysSinceLoss(c.patient, c.settings, w.day))
                        .arg(codeOf(w.slot), w.reason.en, w.detail)};
            return out;
        });
    }

    // 2.
    void noScheduledDishIsHeldForHer()
    {
        checkAll([this](const Case &c) {
            QList<Violation> out;
            for (const PlanDay &d : c.plan.days)
                for (const PlanEntry &e : d.entries) {
                    const DishForHer &dish = dishOf(c, e);
                    QStringList tags;
                    for (Tag t : dish.holds)
                        tags << codeOf(t);
                    if (!tags.isEmpty())
                        out << Violation{e.itemId + u'/' + tags.join(u','),
                            where(d, e, Planner::daysSinceLoss(c.patient, c.settings, d.day))
                                + QStringLiteral(" is held for her by ") + tags.join(QStringLiteral(", "))};
                }
            return out;
        });
    }

    // 3, made meaningful: an avoids entry that names nothing would make the next check vacuous.
    void everyAvoidsEntryNamesAnIngredientOrAProperty()
    {
        QStringList bad;
        for (const LibraryItem &i : m_library)
            for (const QString &a : i.avoids)
                if (!ingredients::find(a) && !fromCode<IngredientProperty>(a))
                    bad << i.id + QStringLiteral(": ") + a;
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // 3.
    void nothingScheduledIsWhatItsOwnAvoidListOrRedFlagsWarnAgainst()
    {
        checkAll([this](const Case &c) {
            QList<Violation> out;
            QStringList printed = m_planner.guidanceFor(ItemKind::Avoid, c.patient, c.settings);
            printed << m_planner.guidanceFor(ItemKind::RedFlag, c.patient, c.settings);
            for (const QString &id : printed) {
                const LibraryItem *guidance = m_planner.item(id);
                for (const QString &avoided : guidance->avoids)
                    for (const PlanDay &d : c.plan.days)
                        for (const PlanEntry &e : d.entries) {
                            // DishForHer::contains, and what a held dish would have her cook.
                            if (!cooks(c, e, avoided))
                                continue;
                            QStringList which;
                            for (const IngredientInfo *i : cookedWith(c, e))
                                if (matches(*i, avoided))
                                    which << i->id;
                            out << Violation{id + u'/' + avoided + u'/' + e.itemId,
                                QStringLiteral("%1 warns against \"%2\" but %3 schedules %4")
                                    .arg(id, avoided, where(d, e, Planner::daysSinceLoss(c.patient, c.settings, d.day)),
                                        which.join(QStringLiteral(", ")))};
                        }
            }
            return out;
        });
    }

    // 4.
    void everyClinicalRuleHoldsInEveryPlan_data()
    {
        QTest::addColumn<int>("rule");
        const auto rules = clinicalRules();
        for (int i = 0; i < rules.size(); ++i)
            QTest::newRow(rules.at(i).first) << i;
    }
    void everyClinicalRuleHoldsInEveryPlan()
    {
        QFETCH(int, rule);
        for (const char *id : {"brown-sugar", "pork-liver", "ginseng", "ginseng-fibres"})
            QVERIFY2(ingredients::find(QLatin1String(id)), id); // a rule naming a missing ingredient checks nothing
        QVERIFY(m_planner.item(QStringLiteral("sheng-hua-tang")));
        QVERIFY(m_planner.item(QStringLiteral("brown-sugar-water")));
        checkAll(clinicalRules().at(rule).second);
    }

    // A plan edited by hand to break every rule.
    Case handBroken() const
    {
        Case c;
        c.name = QStringLiteral("hand-broken");
        c.patient.constitution = Constitution::Neutral;
        c.patient.conditions = {
            Condition::Diabetes, Condition::SeafoodAllergy, Condition::Anticoagulants, Condition::PlanningToConceive};
        c.patient.loss = test::makeLoss(lossDate, LossKind::Miscarriage, 8, Management::Surgical);
        c.settings = Planner::defaultSettings(c.patient.loss);
        c.settings.heavyBleeding = true;
        c.settings.practitionerItems = m_practitionerIds;
        c.plan = m_planner.generate(c.patient, c.settings);
        const QList<std::tuple<int, Slot, const char *>> edits{{2, Slot::Lunch, "hakka-yellow-wine-chicken"},
            {3, Slot::Soup, "ginseng-chicken-soup"}, {4, Slot::Soup, "sea-bass-soup"},
            {9, Slot::Tea, "brown-sugar-water"}, {10, Slot::Tea, "sheng-hua-tang"}, {15, Slot::Soup, "pork-liver-soup"},
            {16, Slot::Soup, "pork-liver-soup"}, {17, Slot::Soup, "pork-liver-soup"},
            {20, Slot::Breakfast, "egg-red-date-soup"}};
        for (const auto &[day, slot, id] : edits)
            if (m_planner.item(QLatin1String(id)))
                c.plan.day(day)->setEntry(slot, QLatin1String(id));
        if (m_planner.item(QStringLiteral("donkey-hide-gelatin-chicken")))
            c.plan.day(5)->setEntry(Slot::Soup, QStringLiteral("donkey-hide-gelatin-chicken"));
        c.plan.day(10)->setEntry(Slot::Snack, QStringLiteral("motherwort-egg"));
        for (int day = 1; day <= 8; ++day) {
            c.plan.day(day)->setEntry(Slot::Breakfast, QStringLiteral("egg-red-date-soup"));
            c.plan.day(day)->setEntry(Slot::Snack, day % 2 ? QStringLiteral("motherwort-egg") : QString());
            c.plan.day(day)->setEntry(Slot::Tea, day % 2 ? QString() : QStringLiteral("motherwort-brown-sugar-drink"));
        }
        resolveAll(c);
        c.late = false;
        return c;
    }

    // The checks above are not vacuous: a plan edited by hand to break every rule breaks each one.
    void theChecksCatchAPlanThatBreaksEveryRule()
    {
        for (const char *id : {"hakka-yellow-wine-chicken", "ginseng-chicken-soup", "sea-bass-soup",
                 "brown-sugar-water", "sheng-hua-tang", "pork-liver-soup", "egg-red-date-soup"})
            QVERIFY2(m_planner.item(QLatin1String(id)), id);
        const Case c = handBroken();
        QVERIFY(!m_planner.warnings(c.plan, c.patient).isEmpty());
        for (const auto &[sentence, check] : clinicalRules())
            QVERIFY2(!check(c).isEmpty(), sentence);
    }

    // What the practitioner kept against the avoid list is still printed, so the printout names
    // it under that avoid line (Planner::goingAgainst). The hand-broken plan goes against every
    // printed avoid line that names something; each break this test finds on its own must be
    // among those named, and nothing else.
    void everyEntryKeptAgainstAnAvoidLineIsNamedThere()
    {
        const Case c = handBroken();
        int named = 0;
        for (const QString &id : m_planner.guidanceFor(ItemKind::Avoid, c.patient, c.settings)) {
            const LibraryItem *guidance = m_planner.item(id);
            QStringList found, listed;
            for (const PlanDay &d : c.plan.days)
                for (const PlanEntry &e : d.entries)
                    if (std::any_of(guidance->avoids.cbegin(), guidance->avoids.cend(),
                            [&](const QString &a) { return cooks(c, e, a); }))
                        found << QStringLiteral("%1/%2").arg(d.day).arg(e.itemId);
            for (const ScheduledEntry &k : m_planner.goingAgainst(*guidance, c.plan, c.patient))
                listed << QStringLiteral("%1/%2").arg(k.day).arg(k.entry.itemId);
            QCOMPARE(listed, found);
            if (!guidance->avoids.isEmpty())
                QVERIFY2(!found.isEmpty(), qPrintable(id + QStringLiteral(" is not broken by the hand-broken plan")));
            named += int(listed.size());
        }
        QVERIFY(named >= 3);
    }

    // 5.
    void aFailedTransferNeverGetsAPregnancyTestOrNextPeriodMilestone()
    {
        checkAll([this](const Case &c) {
            QList<Violation> out;
            if (c.patient.loss.kind != LossKind::FailedIvfTransfer)
                return out;
            const QStringList banned{
                QStringLiteral("milestone-pregnancy-test"), QStringLiteral("milestone-next-period")};
            for (const PlanDay &d : c.plan.days)
                for (const QString &m : d.milestoneIds)
                    if (banned.contains(m))
                        out << Violation{m, QStringLiteral("%1 on plan day %2").arg(m).arg(d.day)};
            for (const QString &m : m_planner.guidanceFor(ItemKind::Milestone, c.patient, c.settings))
                if (banned.contains(m))
                    out << Violation{m + QStringLiteral("/guidance"), m + QStringLiteral(" applies to her")};
            return out;
        });
    }

    // A failed transfer is not a pregnancy that grew: even with a week recorded (typed by mistake),
    // nothing about milk coming in.
    void aFailedTransferNeverGetsTheMilkAdvice()
    {
        PlanPatient patient;
        patient.loss = test::makeLoss(lossDate, LossKind::FailedIvfTransfer, 14);
        patient.failedTransferCount = 1;
        const PlanSettings settings = Planner::defaultSettings(patient.loss);
        QVERIFY(!m_planner.guidanceFor(ItemKind::Rest, patient, settings).contains(u"rest-milk-after-later-loss"));
        patient.loss.kind = LossKind::Miscarriage;
        QVERIFY(m_planner.guidanceFor(ItemKind::Rest, patient, settings).contains(u"rest-milk-after-later-loss"));
    }

    void theOhssRedFlagIsPrintedExactlyAfterIvf()
    {
        QVERIFY(m_planner.item(QStringLiteral("red-flag-ohss")));
        checkAll([this](const Case &c) {
            QList<Violation> out;
            const bool afterIvf = c.patient.loss.kind == LossKind::FailedIvfTransfer || c.patient.loss.conceivedByIvf;
            const bool printed = m_planner.redFlagsFor(c.patient, c.settings).contains(u"red-flag-ohss");
            if (printed != afterIvf)
                out << Violation{afterIvf ? QStringLiteral("ohss-missing") : QStringLiteral("ohss-without-ivf"),
                    afterIvf ? QStringLiteral("red-flag-ohss is not printed after IVF")
                             : QStringLiteral("red-flag-ohss is printed for a pregnancy not conceived by IVF")};
            return out;
        });
    }

    void theCrisisRedFlagIsInEveryPlan()
    {
        QVERIFY2(!m_crisisId.isEmpty(), "no red flag red-flag-crisis* or red-flag-self-harm* in the library");
        checkAll([this](const Case &c) {
            QList<Violation> out;
            if (!m_planner.redFlagsFor(c.patient, c.settings).contains(m_crisisId))
                out << Violation{m_crisisId, m_crisisId + QStringLiteral(" is not among her red flags")};
            return out;
        });
    }

    // Second part: a clinic's dish holding each restricted ingredient.
    void aClinicEditedDishHoldingEachRestrictedIngredientIsHeldWhereTheRulesSay_data()
    {
        QTest::addColumn<QString>("ingredient");
        QTest::addColumn<bool>("editedBuiltIn");
        int restricted = 0;
        for (const IngredientInfo &i : ingredients::all()) {
            if (i.properties.isEmpty())
                continue;
            ++restricted;
            QTest::addRow("%s in the clinic's own stew", qPrintable(i.id)) << i.id << false;
            QTest::addRow("%s added to the clinic's edited sweet-potato-leaves", qPrintable(i.id)) << i.id << true;
        }
        QVERIFY(restricted > 0);
    }
    void aClinicEditedDishHoldingEachRestrictedIngredientIsHeldWhereTheRulesSay()
    {
        QFETCH(QString, ingredient);
        QFETCH(bool, editedBuiltIn);
        const IngredientInfo *info = ingredients::find(ingredient);
        QVERIFY(info);

        // The dish: a new one with an innocent name, or a built-in the clinic edited (same id).
        QList<LibraryItem> library = m_library;
        LibraryItem dish;
        if (editedBuiltIn) {
            auto it = std::find_if(
                library.begin(), library.end(), [](const LibraryItem &i) { return i.id == u"sweet-potato-leaves"; });
            QVERIFY(it != library.end());
            it->ingredients << line(*info);
            dish = *it;
        } else {
            dish.id = QStringLiteral("clinic-stew");
            dish.kind = ItemKind::Dish;
            dish.name = {QStringLiteral("Clinic stew"), QStringLiteral("診所燉菜"), QStringLiteral("诊所炖菜")};
            dish.mealSlots = {Slot::Lunch, Slot::Dinner};
            dish.phases = {Phase::Expel, Phase::Regulate, Phase::Tonify};
            dish.sources = {content::clinicSourceCode()};
            dish.ingredients = {line(*info)};
            library << dish;
        }
        const Planner planner(library);
        const LibraryItem *item = planner.item(dish.id);
        QVERIFY(item);
        const int day = dayFor(*info);

        const Profile neutral = neutralProfile();
        const QList<Tag> none = Planner::exclusions(*item, neutral.patient, &neutral.settings);
        QVERIFY2(none.isEmpty(), qPrintable(QStringLiteral("%1 is held for %2").arg(dish.id, neutral.name)));
        QVERIFY2(planner.allowed(*item, neutral.patient, neutral.settings, day),
            qPrintable(QStringLiteral("%1 is not allowed on day %2 for %3").arg(dish.id).arg(day).arg(neutral.name)));

        for (IngredientProperty property : info->properties) {
            const Profile holding = holdingProfile(property);
            const QString what = QStringLiteral("%1 (%2) with %3").arg(dish.id, codeOf(property), holding.name);
            QVERIFY2(!Planner::exclusions(*item, holding.patient, &holding.settings).isEmpty(),
                qPrintable(what + QStringLiteral(": not held")));
            for (int d = 1; d <= holding.settings.days; ++d)
                QVERIFY2(!planner.allowed(*item, holding.patient, holding.settings, d),
                    qPrintable(what + QStringLiteral(": allowed on day %1").arg(d)));
            const Plan plan = planner.generate(holding.patient, holding.settings);
            for (const PlanDay &d : plan.days)
                for (const PlanEntry &e : d.entries)
                    QVERIFY2(
                        e.itemId != dish.id, qPrintable(what + QStringLiteral(": scheduled on day %1").arg(d.day)));
            QVERIFY2(planner.warnings(plan, holding.patient).isEmpty(),
                qPrintable(what + QStringLiteral(": its plan has warnings")));

            // The same ingredient on an optional line: the dish stays, cooked without it.
            LibraryItem withOptional = *item;
            for (Ingredient &l : withOptional.ingredients)
                if (l.id == info->id)
                    l.optional = true;
            if (!editedBuiltIn) // a dish of nothing but an optional line: give it a base
                withOptional.ingredients.prepend(line(*ingredients::find(QStringLiteral("chicken"))));
            const DishForHer held = Planner::resolve(withOptional, holding.patient, &holding.settings);
            QVERIFY2(
                held.holds.isEmpty(), qPrintable(what + QStringLiteral(": an optional line holds the whole dish")));
            QVERIFY2(
                held.leftOut.contains(info), qPrintable(what + QStringLiteral(": the optional line is not left out")));
            QVERIFY2(!held.contains(info->id), qPrintable(what + QStringLiteral(": she still cooks with it")));
            QVERIFY2(planner.allowed(withOptional, holding.patient, holding.settings, 1)
                    || planner.allowed(withOptional, holding.patient, holding.settings, 15),
                qPrintable(what + QStringLiteral(": the dish with an optional line is not allowed")));
            const DishForHer kept = Planner::resolve(withOptional, neutral.patient, &neutral.settings);
            QVERIFY2(kept.contains(info->id) && kept.leftOut.isEmpty(),
                qPrintable(
                    QStringLiteral("%1: for %2 the optional %3 is not used").arg(dish.id, neutral.name, info->id)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
