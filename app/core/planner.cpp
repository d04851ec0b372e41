#include "planner.h"

#include "terms.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

class PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(PlannerText)
};

namespace rp {

namespace {

const QString followUpId = QStringLiteral("milestone-follow-up-visit");

// The tags that rule an item out for each condition.
Tag tagFor(Condition c)
{
    switch (c) {
    case Condition::Diabetes:
        return Tag::Diabetes;
    case Condition::SeafoodAllergy:
        return Tag::SeafoodAllergy;
    case Condition::Anticoagulants:
        return Tag::Anticoagulants;
    case Condition::Hepatitis:
        return Tag::HepatitisAlcohol;
    case Condition::Breastfeeding:
        return Tag::Breastfeeding;
    case Condition::PlanningToConceive:
        return Tag::PlanningToConceive;
    }
    return Tag::Diabetes;
}

// Warning texts in all three languages: the headless generator prints all of them at once, so
// they cannot come from the one catalogue the UI has loaded. Written like content.
LocalizedText tagReason(Tag tag)
{
    switch (tag) {
    case Tag::Diabetes:
        return {QStringLiteral("she has diabetes"), QStringLiteral("她有糖尿病"), QStringLiteral("她有糖尿病")};
    case Tag::SeafoodAllergy:
        return {QStringLiteral("she is allergic to seafood"), QStringLiteral("她對海鮮過敏"),
            QStringLiteral("她对海鲜过敏")};
    case Tag::Anticoagulants:
        return {QStringLiteral("she takes anticoagulants"), QStringLiteral("她正服用抗凝血藥"),
            QStringLiteral("她正服用抗凝血药")};
    case Tag::HepatitisAlcohol:
        return {QStringLiteral("she has hepatitis (no alcohol in food)"), QStringLiteral("她有肝炎（食物不可含酒）"),
            QStringLiteral("她有肝炎（食物不可含酒）")};
    case Tag::HeatConstitution:
        return {
            QStringLiteral("her constitution is hot"), QStringLiteral("她屬熱性體質"), QStringLiteral("她属热性体质")};
    case Tag::ColdConstitution:
        return {
            QStringLiteral("her constitution is cold"), QStringLiteral("她屬寒性體質"), QStringLiteral("她属寒性体质")};
    case Tag::AfterSurgery:
        return {QStringLiteral("the loss was managed surgically (D&C)"), QStringLiteral("這次流產以手術（刮宮）處理"),
            QStringLiteral("这次流产以手术（刮宫）处理")};
    case Tag::HeavyBleeding:
        return {QStringLiteral("she is bleeding heavily"), QStringLiteral("她出血量多"), QStringLiteral("她出血量多")};
    case Tag::PlanningToConceive:
        return {QStringLiteral("she plans to conceive soon"), QStringLiteral("她計劃短期內懷孕"),
            QStringLiteral("她计划短期内怀孕")};
    case Tag::Breastfeeding:
        return {
            QStringLiteral("she is breastfeeding"), QStringLiteral("她正在餵哺母乳"), QStringLiteral("她正在母乳喂养")};
    case Tag::WineNotChosen:
        return {QStringLiteral("it is cooked with wine, and wine dishes were not chosen for her"),
            QStringLiteral("此菜以酒烹調，而計劃未選用酒煮菜式"), QStringLiteral("此菜以酒烹调，而计划未选用酒煮菜式")};
    }
    return {};
}

// What holds alcohol for her even when her practitioner chose wine dishes. T14: alcohol prolongs
// bleeding; T8 T29: no wine for a heat type (nor before her type is known); M12: none when trying.
const QList<Tag> alcoholHeldBy{
    Tag::HepatitisAlcohol, Tag::PlanningToConceive, Tag::Breastfeeding, Tag::HeavyBleeding, Tag::HeatConstitution};

// The contraindications an ingredient carries, from what it is. One table, so a rule written for
// alcohol holds in every dish with rice wine, yellow wine or fermented rice.
QList<Tag> tagsOf(const IngredientInfo &i)
{
    QList<Tag> out;
    auto add = [&](const QList<Tag> &tags) {
        for (Tag t : tags)
            if (!out.contains(t))
                out << t;
    };
    for (IngredientProperty p : i.properties) {
        switch (p) {
        case IngredientProperty::Alcohol:
            add({Tag::WineNotChosen});
            add(alcoholHeldBy);
            break;
        case IngredientProperty::Sweetener:
            add({Tag::Diabetes});
            break;
        case IngredientProperty::Liver:
        case IngredientProperty::NotInPregnancy:
            add({Tag::PlanningToConceive});
            break;
        case IngredientProperty::Seafood:
            add({Tag::SeafoodAllergy});
            break;
        case IngredientProperty::Tonic:
        case IngredientProperty::BloodMoving:
            add({Tag::HeavyBleeding});
            break;
        case IngredientProperty::AnticoagulantInteraction:
            add({Tag::Anticoagulants});
            break;
        case IngredientProperty::Warming:
            add({Tag::HeatConstitution});
            break;
        case IngredientProperty::Cooling:
            add({Tag::ColdConstitution});
            break;
        }
    }
    return out;
}

// The contraindications that are hers: what holds an item for this patient and plan.
QList<Tag> activeTags(const PlanPatient &patient, const PlanSettings *settings)
{
    QList<Tag> out;
    // Until her constitution is assessed, neither warming nor cooling dishes are proposed.
    if (patient.constitution == Constitution::Heat || patient.constitution == Constitution::NotAssessed)
        out << Tag::HeatConstitution;
    if (patient.constitution == Constitution::Cold || patient.constitution == Constitution::NotAssessed)
        out << Tag::ColdConstitution;
    if (settings && settings->heavyBleeding)
        out << Tag::HeavyBleeding;
    if (!settings || !settings->wineChosen)
        out << Tag::WineNotChosen;
    for (Condition c : patient.conditions)
        out << tagFor(c);
    if (patient.loss.management == Management::Surgical)
        out << Tag::AfterSurgery;
    return out;
}

QList<Tag> heldBy(const QList<Tag> &carried, const QList<Tag> &active)
{
    QList<Tag> out;
    for (Tag t : carried)
        if (active.contains(t) && !out.contains(t))
            out << t;
    return out;
}

LocalizedText fill(
    const LocalizedText &pattern, const LocalizedText &name, const QString &n = {}, const LocalizedText &more = {})
{
    auto one = [&](const QString &p, const QString &nm, const QString &m) {
        QString s = p;
        s.replace(QLatin1String("%name"), nm).replace(QLatin1String("%n"), n).replace(QLatin1String("%more"), m);
        return s;
    };
    return {one(pattern.en, name.en, more.en), one(pattern.hant, name.hant, more.hant),
        one(pattern.hans, name.hans, more.hans)};
}

const LocalizedText missingText{QStringLiteral("“%name” is no longer in the library."),
    QStringLiteral("「%name」已不在調養目錄中。"), QStringLiteral("“%name”已不在调养目录中。")};
const LocalizedText contraText{QStringLiteral("%name is not for her: %more."), QStringLiteral("%name不適合她：%more。"),
    QStringLiteral("%name不适合她：%more。")};
const LocalizedText notTickedText{QStringLiteral("%name is a practitioner-only formula not ticked in for this plan."),
    QStringLiteral("%name是醫師專用方劑，未在此計劃中勾選。"),
    QStringLiteral("%name是医师专用方剂，未在此计划中勾选。")};
const LocalizedText phaseText{QStringLiteral("%name is outside its phase (%more)."),
    QStringLiteral("%name不在適用階段（%more）。"), QStringLiteral("%name不在适用阶段（%more）。")};
const LocalizedText beforeText{QStringLiteral("%name is only from day %n after the loss."),
    QStringLiteral("%name由這次經歷後第 %n 天起才適用。"), QStringLiteral("%name由这次经历后第 %n 天起才适用。")};
const LocalizedText afterText{QStringLiteral("%name is only until day %n after the loss."),
    QStringLiteral("%name只適用至這次經歷後第 %n 天。"), QStringLiteral("%name只适用至这次经历后第 %n 天。")};
const LocalizedText ingredientBeforeText{QStringLiteral("%name has %more, which is only from day %n after the loss."),
    QStringLiteral("%name含%more，這次經歷後第 %n 天起才適用。"),
    QStringLiteral("%name含%more，这次经历后第 %n 天起才适用。")};
const LocalizedText ingredientAfterText{QStringLiteral("%name has %more, which is only until day %n after the loss."),
    QStringLiteral("%name含%more，只適用至這次經歷後第 %n 天。"),
    QStringLiteral("%name含%more，只适用至这次经历后第 %n 天。")};
const LocalizedText ingredientDaysText{QStringLiteral("%name has %more, which is past its limit of %n days in a plan."),
    QStringLiteral("%name含%more，已超過一份計劃最多 %n 天的限制。"),
    QStringLiteral("%name含%more，已超过一份计划最多 %n 天的限制。")};
const LocalizedText ingredientWeekText{QStringLiteral("%name has %more, which is past its limit of %n times a week."),
    QStringLiteral("%name含%more，已超過每週最多 %n 次的限制。"),
    QStringLiteral("%name含%more，已超过每周最多 %n 次的限制。")};
const LocalizedText unknownText{
    QStringLiteral("%name has “%more”, which is not in the ingredient list, so the rules cannot check it."),
    QStringLiteral("%name含「%more」，不在食材清單中，規則無法檢查。"),
    QStringLiteral("%name含“%more”，不在食材清单中，规则无法检查。")};
const LocalizedText tooManyText{QStringLiteral("%name is past its limit of %n days in a plan."),
    QStringLiteral("%name已超過一份計劃最多 %n 天的限制。"), QStringLiteral("%name已超过一份计划最多 %n 天的限制。")};
const LocalizedText tooOftenText{QStringLiteral("%name is past its limit of %n times a week."),
    QStringLiteral("%name已超過每週最多 %n 次的限制。"), QStringLiteral("%name已超过每周最多 %n 次的限制。")};

LocalizedText phaseNames(const QList<Phase> &phases)
{
    static const LocalizedText names[] = {{QStringLiteral("expel"), QStringLiteral("排"), QStringLiteral("排")},
        {QStringLiteral("regulate"), QStringLiteral("調"), QStringLiteral("调")},
        {QStringLiteral("tonify"), QStringLiteral("補"), QStringLiteral("补")}};
    QStringList en, hant, hans;
    for (Phase p : phases) {
        en << names[int(p)].en;
        hant << names[int(p)].hant;
        hans << names[int(p)].hans;
    }
    return {en.join(QStringLiteral(", ")), hant.join(u'、'), hans.join(u'、')};
}

const QList<Slot> &slotOrder()
{
    static const QList<Slot> order = allValues<Slot>();
    return order;
}

int weekOf(int day)
{
    return (day - 1) / 7;
}

} // namespace

Planner::Planner(QList<LibraryItem> library)
    : m_items(std::move(library))
{
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items.at(i).id, i);
}

const LibraryItem *Planner::item(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_items.at(*it);
}

PlanSettings Planner::defaultSettings(const Loss &loss, const QDate &today)
{
    PlanSettings s;
    s.start = loss.date.isValid() ? loss.date.addDays(1) : QDate::currentDate();
    if (today.isValid() && today > s.start)
        s.start = today;
    std::tie(s.expelUntil, s.regulateUntil) = PlanSettings::defaultPhases(s.days);
    return s;
}

Phase Planner::phaseOf(const PlanSettings &s, int day)
{
    if (day <= s.expelUntil)
        return Phase::Expel;
    if (day <= s.regulateUntil)
        return Phase::Regulate;
    return Phase::Tonify;
}

QStringList Planner::checkSettings(const PlanSettings &s)
{
    QStringList problems;
    if (!s.start.isValid())
        problems << PlannerText::tr("Choose the day the plan starts.");
    if (s.days < planlimits::minDays || s.days > planlimits::maxDays)
        problems << PlannerText::tr("A plan lasts %1 to %2 days.").arg(planlimits::minDays).arg(planlimits::maxDays);
    if (s.expelUntil < 1 || s.expelUntil >= s.regulateUntil || s.regulateUntil >= s.days)
        problems << PlannerText::tr("The phases must follow each other: expel from day 1, then regulate, "
                                    "then tonify to the last day.");
    for (int d : s.followUpDays) {
        if (d < 1 || d > s.days)
            problems << PlannerText::tr("A follow-up visit on day %1 falls outside the plan.").arg(d);
    }
    return problems;
}

int Planner::effectiveGestationalWeek(const Loss &loss)
{
    if (loss.gestationalWeek)
        return *loss.gestationalWeek;
    switch (loss.kind) {
    case LossKind::BiochemicalPregnancy:
    case LossKind::FailedIvfTransfer:
        return 5;
    default:
        return 13; // unknown: the longer, more cautious rest
    }
}

namespace {
// Whether one of the ingredients is `idOrProperty` (an ingredient's id) or has it (a property).
bool anyIs(const QList<const IngredientInfo *> &list, const QString &idOrProperty)
{
    const auto property = fromCode<IngredientProperty>(idOrProperty);
    return std::any_of(list.cbegin(), list.cend(),
        [&](const IngredientInfo *i) { return i->id == idOrProperty || (property && i->has(*property)); });
}
} // namespace

bool DishForHer::contains(const QString &idOrProperty) const
{
    return anyIs(used, idOrProperty);
}

bool DishForHer::cooks(const QString &idOrProperty) const
{
    return anyIs(used, idOrProperty) || anyIs(heldLines, idOrProperty);
}

DishForHer Planner::resolve(const LibraryItem &item, const PlanPatient &patient, const PlanSettings *settings)
{
    DishForHer dish;
    const QList<Tag> active = activeTags(patient, settings);
    dish.holds = heldBy(item.tags, active);
    for (const Ingredient &line : item.ingredients) {
        const IngredientInfo *first = ingredients::find(line.id);
        if (!first) {
            dish.unknown << (line.name.en.isEmpty() ? line.name.hant : line.name.en);
            continue;
        }
        // The first of the line and its alternatives that nothing holds for her.
        const IngredientInfo *chosen = nullptr;
        QStringList options{line.id};
        options << line.alternatives;
        for (const QString &id : options) {
            const IngredientInfo *i = ingredients::find(id);
            if (i && heldBy(tagsOf(*i), active).isEmpty()) {
                chosen = i;
                break;
            }
        }
        if (chosen)
            dish.used << chosen;
        else if (line.optional)
            dish.leftOut << first;
        else {
            dish.heldLines << first;
            for (Tag t : heldBy(tagsOf(*first), active))
                if (!dish.holds.contains(t))
                    dish.holds << t;
        }
    }
    return dish;
}

QList<Tag> Planner::exclusions(const LibraryItem &item, const PlanPatient &patient, const PlanSettings *settings)
{
    return resolve(item, patient, settings).holds;
}

int Planner::daysSinceLoss(const PlanPatient &patient, const PlanSettings &settings, int day)
{
    if (!patient.loss.date.isValid() || !settings.start.isValid())
        return day;
    return int(patient.loss.date.daysTo(settings.start.addDays(day - 1)));
}

bool Planner::applies(const LibraryItem &i, const PlanPatient &patient, const PlanSettings &settings)
{
    if (!i.lossKinds.isEmpty() && !i.lossKinds.contains(patient.loss.kind))
        return false;
    const int week = effectiveGestationalWeek(patient.loss);
    if ((i.minGestationalWeek && week < *i.minGestationalWeek)
        || (i.maxGestationalWeek && week > *i.maxGestationalWeek))
        return false;
    if (i.minLossCount) {
        // Losses of the item's own kind: repeated failed transfers are implantation failure,
        // repeated miscarriages (biochemical ones included) recurrent pregnancy loss.
        const bool transfers = i.lossKinds == QList<LossKind>{LossKind::FailedIvfTransfer};
        const int count = i.lossKinds.isEmpty() ? patient.lossCount
            : transfers                         ? patient.failedTransferCount
                                                : patient.miscarriageCount;
        if (count < *i.minLossCount)
            return false;
    }
    return std::all_of(i.onlyWhen.cbegin(), i.onlyWhen.cend(), [&](PlanFact f) { return holds(f, patient, settings); });
}

bool Planner::holds(PlanFact fact, const PlanPatient &patient, const PlanSettings &settings)
{
    switch (fact) {
    // Chosen and possible: what the printout says about wine is what the plan can schedule.
    case PlanFact::WineChosen:
        return settings.wineChosen && wineHeldBy(patient, settings).isEmpty();
    case PlanFact::WineNotChosen:
        return !settings.wineChosen || !wineHeldBy(patient, settings).isEmpty();
    case PlanFact::HeavyBleeding:
        return settings.heavyBleeding;
    case PlanFact::AfterIvf:
        return patient.loss.afterIvf();
    case PlanFact::NotAfterIvf:
        return !patient.loss.afterIvf();
    case PlanFact::PlanningToConceive:
        return patient.conditions.contains(Condition::PlanningToConceive);
    }
    return false;
}

QList<Tag> Planner::wineHeldBy(const PlanPatient &patient, const PlanSettings &settings)
{
    return heldBy(alcoholHeldBy, activeTags(patient, &settings));
}

QStringList Planner::guidanceFor(ItemKind kind, const PlanPatient &patient, const PlanSettings &settings) const
{
    QStringList out;
    for (const LibraryItem &i : m_items)
        if (i.kind == kind && applies(i, patient, settings))
            out << i.id;
    return out;
}

QList<ScheduledEntry> Planner::goingAgainst(
    const LibraryItem &guidance, const Plan &plan, const PlanPatient &patient) const
{
    QList<ScheduledEntry> out;
    if (guidance.avoids.isEmpty())
        return out;
    for (const PlanDay &d : plan.days)
        for (const PlanEntry &e : d.entries) {
            const LibraryItem *i = item(e.itemId);
            if (!i)
                continue;
            const DishForHer dish = resolve(*i, patient, &plan.settings);
            if (std::any_of(
                    guidance.avoids.cbegin(), guidance.avoids.cend(), [&](const QString &a) { return dish.cooks(a); }))
                out << ScheduledEntry{d.day, e};
        }
    return out;
}

bool Planner::allowed(const LibraryItem &item, const PlanPatient &patient, const PlanSettings &settings, int day) const
{
    if (!isFood(item.kind) || (item.practitionerOnly && !settings.practitionerItems.contains(item.id)))
        return false;
    const DishForHer dish = resolve(item, patient, &settings);
    return dish.holds.isEmpty() && fitsDay(item, dish, settings, day, daysSinceLoss(patient, settings, day));
}

bool Planner::fitsDay(
    const LibraryItem &item, const DishForHer &dish, const PlanSettings &settings, int day, int sinceLoss) const
{
    auto within = [sinceLoss](const std::optional<int> &from, const std::optional<int> &until) {
        return (!from || sinceLoss >= *from) && (!until || sinceLoss <= *until);
    };
    if (!item.phases.contains(phaseOf(settings, day)) || !within(item.fromDay, item.untilDay))
        return false;
    return std::all_of(
        dish.used.cbegin(), dish.used.cend(), [&](const IngredientInfo *i) { return within(i->fromDay, i->untilDay); });
}

QString Planner::restFor(const PlanPatient &patient, const PlanSettings &settings, int day) const
{
    const int sinceLoss = daysSinceLoss(patient, settings, day);
    for (const LibraryItem &i : m_items) {
        if (i.kind != ItemKind::DailyRest || !applies(i, patient, settings))
            continue;
        if ((i.fromDay && sinceLoss < *i.fromDay) || (i.untilDay && sinceLoss > *i.untilDay))
            continue;
        return i.id;
    }
    return {};
}

QStringList Planner::milestonesFor(
    const PlanPatient &patient, const PlanSettings &settings, int day, const QDate &date) const
{
    QStringList out;
    if (settings.followUpDays.contains(day) && item(followUpId))
        out << followUpId;
    const int sinceLoss = patient.loss.date.isValid() ? int(patient.loss.date.daysTo(date)) : day;
    for (const LibraryItem &i : m_items) {
        if (i.kind != ItemKind::Milestone || i.id == followUpId || !applies(i, patient, settings))
            continue;
        bool due;
        if (i.fromDay) {
            // Counted from the loss. One already due when the plan starts shows on day 1 (a
            // pregnancy test missed at three weeks is still worth doing), for two weeks past it.
            const int until = i.untilDay.value_or(*i.fromDay) + 14;
            due = sinceLoss == *i.fromDay || (day == 1 && sinceLoss > *i.fromDay && sinceLoss <= until);
        } else {
            due = day == settings.days; // general milestones close the plan
        }
        if (due)
            out << i.id;
    }
    return out;
}

Plan Planner::generateForLoss(const Patient &patient, const Loss &loss) const
{
    Plan plan = generate(PlanPatient::forLoss(patient, loss.id), defaultSettings(loss));
    plan.patientId = patient.id;
    plan.lossId = loss.id;
    return plan;
}

namespace {

// What a plan has used so far, item by item and ingredient by ingredient, so a limit holds across
// every dish that shares an ingredient (brown sugar in tea, soup and sweet soup alike).
struct Usage
{
    QHash<QString, QList<int>> items; // item → days it is on
    QHash<QString, QList<int>> ingredients; // ingredient → a day for each dish holding it

    void add(const QString &itemId, const DishForHer &dish, int day)
    {
        items[itemId] << day;
        for (const IngredientInfo *i : dish.used)
            ingredients[i->id] << day;
    }
    static int inWeek(const QList<int> &days, int day)
    {
        return int(std::count_if(days.cbegin(), days.cend(), [&](int d) { return weekOf(d) == weekOf(day); }));
    }
    static int distinctDays(QList<int> days, int plus = 0)
    {
        if (plus)
            days << plus;
        return int(QSet<int>(days.cbegin(), days.cend()).size());
    }
    // Whether one more use on `day` stays within every limit of the item and its ingredients.
    bool fits(const LibraryItem &item, const DishForHer &dish, int day) const
    {
        if (item.maxDays && items.value(item.id).size() >= *item.maxDays)
            return false;
        if (item.perWeek && inWeek(items.value(item.id), day) >= *item.perWeek)
            return false;
        for (const IngredientInfo *i : dish.used) {
            const QList<int> &days = ingredients.value(i->id);
            if (i->maxDays && distinctDays(days, day) > *i->maxDays)
                return false;
            if (i->perWeek && inWeek(days, day) >= *i->perWeek)
                return false;
        }
        return true;
    }
};

} // namespace

Plan Planner::generate(const PlanPatient &patient, const PlanSettings &settings, const Plan *previous) const
{
    Plan plan;
    if (previous) {
        plan = *previous;
        plan.days.clear();
    }
    plan.settings = settings;

    // How each item is cooked for her does not change from day to day: resolve it once.
    QList<DishForHer> dishes;
    dishes.reserve(m_items.size());
    for (const LibraryItem &item : m_items)
        dishes << resolve(item, patient, &settings);
    auto dishOf = [&](const QString &id) {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? DishForHer{} : dishes.at(*it);
    };

    Usage used;
    // Days she locked or edited are counted first, wherever they fall, so a filled day never
    // pushes an item past its limit together with a kept day later in the plan.
    auto keptDay = [&](int d) -> const PlanDay * {
        const PlanDay *kept = previous ? previous->day(d) : nullptr;
        return kept && (kept->locked || kept->edited) ? kept : nullptr;
    };
    for (int d = 1; d <= settings.days; ++d) {
        if (const PlanDay *kept = keptDay(d))
            for (const PlanEntry &e : kept->entries)
                used.add(e.itemId, dishOf(e.itemId), d);
    }

    for (int d = 1; d <= settings.days; ++d) {
        PlanDay day;
        const PlanDay *kept = keptDay(d);
        if (kept)
            day = *kept;
        day.day = d;
        day.date = settings.start.addDays(d - 1);
        day.phase = phaseOf(settings, d);
        day.milestoneIds = milestonesFor(patient, settings, d, day.date);
        if (kept) {
            plan.days << day;
            continue;
        }
        day.restId = restFor(patient, settings, d);
        const int sinceLoss = daysSinceLoss(patient, settings, d);
        const PlanDay *yesterday = d > 1 ? &plan.days.at(d - 2) : nullptr;
        const PlanDay *tomorrow = keptDay(d + 1);
        QSet<QString> today;
        // One dish a day for each main ingredient (its first line): not eucommia kidney both
        // stir-fried and in the soup, nor motherwort egg and motherwort drink on one day.
        QSet<QString> mains;
        auto mainOf = [](const LibraryItem &item) {
            return item.ingredients.isEmpty() ? QString() : item.ingredients.constFirst().id;
        };
        for (int s = 0; s < slotOrder().size(); ++s) {
            const Slot slot = slotOrder().at(s);
            QList<int> candidates;
            for (int i = 0; i < m_items.size(); ++i) {
                const LibraryItem &item = m_items.at(i);
                const DishForHer &dish = dishes.at(i);
                if (!isFood(item.kind) || !item.mealSlots.contains(slot)
                    || !fitsDay(item, dish, settings, d, sinceLoss))
                    continue;
                if (item.practitionerOnly && !settings.practitionerItems.contains(item.id))
                    continue;
                if (!dish.holds.isEmpty() || today.contains(item.id) || !used.fits(item, dish, d))
                    continue;
                if (const QString main = mainOf(item); !main.isEmpty() && mains.contains(main))
                    continue;
                // Variety: never the same item in a slot two days running.
                if (yesterday && yesterday->entry(slot) && yesterday->entry(slot)->itemId == item.id)
                    continue;
                if (tomorrow && tomorrow->entry(slot) && tomorrow->entry(slot)->itemId == item.id)
                    continue;
                candidates << i;
            }
            if (candidates.isEmpty())
                continue;
            const int n = int(candidates.size());
            auto key = [&](int i) {
                const LibraryItem &item = m_items.at(i);
                const bool ticked = item.practitionerOnly; // she asked for it
                const bool suits = item.suits.contains(patient.constitution);
                const int rotation = (int(candidates.indexOf(i)) + d * 5 + s * 3) % n; // spreads dishes
                const QList<int> &days = used.items.value(item.id);
                return std::make_tuple(!ticked, Usage::inWeek(days, d), !suits, int(days.size()), rotation);
            };
            const int best = *std::min_element(
                candidates.begin(), candidates.end(), [&](int a, int b) { return key(a) < key(b); });
            const QString id = m_items.at(best).id;
            day.setEntry(slot, id);
            today.insert(id);
            mains.insert(mainOf(m_items.at(best)));
            used.add(id, dishes.at(best), d);
        }
        plan.days << day;
    }
    return plan;
}

QList<PlanWarning> Planner::warnings(const Plan &plan, const PlanPatient &patient) const
{
    QList<PlanWarning> out;
    Usage used;
    for (const PlanDay &day : plan.days) {
        const int sinceLoss = daysSinceLoss(patient, plan.settings, day.day);
        for (const PlanEntry &e : day.entries) {
            auto add = [&](PlanWarning::Kind kind, const LocalizedText &reason, const QString &detail = {}) {
                PlanWarning w{day.day, e.slot, e.itemId, kind, reason, detail, {}};
                // Kept only if her reason answered this very warning.
                if (e.keptWarnings.contains(w.key()))
                    w.keepReason = e.keepReason;
                out << w;
            };
            const LibraryItem *item = this->item(e.itemId);
            if (!item) {
                used.items[e.itemId] << day.day;
                add(PlanWarning::Kind::Missing, fill(missingText, {e.itemId, e.itemId, e.itemId}));
                continue;
            }
            const DishForHer dish = resolve(*item, patient, &plan.settings);
            used.add(item->id, dish, day.day);
            for (Tag t : dish.holds)
                add(PlanWarning::Kind::Contraindicated, fill(contraText, item->name, {}, tagReason(t)), codeOf(t));
            for (const QString &name : dish.unknown)
                add(PlanWarning::Kind::UnknownIngredient, fill(unknownText, item->name, {}, {name, name, name}), name);
            if (item->practitionerOnly && !plan.settings.practitionerItems.contains(item->id))
                add(PlanWarning::Kind::NotTicked, fill(notTickedText, item->name));
            if (!item->phases.isEmpty() && !item->phases.contains(phaseOf(plan.settings, day.day)))
                add(PlanWarning::Kind::OutsidePhase, fill(phaseText, item->name, {}, phaseNames(item->phases)));
            if (item->fromDay && sinceLoss < *item->fromDay)
                add(PlanWarning::Kind::BeforeDay, fill(beforeText, item->name, QString::number(*item->fromDay)));
            if (item->untilDay && sinceLoss > *item->untilDay)
                add(PlanWarning::Kind::AfterDay, fill(afterText, item->name, QString::number(*item->untilDay)));
            if (item->maxDays && used.items.value(item->id).size() > *item->maxDays)
                add(PlanWarning::Kind::TooManyDays, fill(tooManyText, item->name, QString::number(*item->maxDays)),
                    QString::number(*item->maxDays));
            if (item->perWeek && Usage::inWeek(used.items.value(item->id), day.day) > *item->perWeek)
                add(PlanWarning::Kind::TooOftenInWeek, fill(tooOftenText, item->name, QString::number(*item->perWeek)),
                    QString::number(*item->perWeek));
            for (const IngredientInfo *i : dish.used) {
                const QList<int> &days = used.ingredients.value(i->id);
                const QString tag = i->id + u':';
                if (i->fromDay && sinceLoss < *i->fromDay)
                    add(PlanWarning::Kind::BeforeDay,
                        fill(ingredientBeforeText, item->name, QString::number(*i->fromDay), i->name),
                        tag + QString::number(*i->fromDay));
                if (i->untilDay && sinceLoss > *i->untilDay)
                    add(PlanWarning::Kind::AfterDay,
                        fill(ingredientAfterText, item->name, QString::number(*i->untilDay), i->name),
                        tag + QString::number(*i->untilDay));
                if (i->maxDays && Usage::distinctDays(days) > *i->maxDays)
                    add(PlanWarning::Kind::TooManyDays,
                        fill(ingredientDaysText, item->name, QString::number(*i->maxDays), i->name),
                        tag + QString::number(*i->maxDays));
                if (i->perWeek && Usage::inWeek(days, day.day) > *i->perWeek)
                    add(PlanWarning::Kind::TooOftenInWeek,
                        fill(ingredientWeekText, item->name, QString::number(*i->perWeek), i->name),
                        tag + QString::number(*i->perWeek));
            }
        }
    }
    return out;
}

QList<const LibraryItem *> Planner::candidates(const Plan &plan, const PlanPatient &patient, int day, Slot slot) const
{
    QList<const LibraryItem *> fits, others;
    for (const LibraryItem &item : m_items) {
        if (!isFood(item.kind) || !item.mealSlots.contains(slot))
            continue;
        if (item.practitionerOnly && !plan.settings.practitionerItems.contains(item.id))
            continue;
        if (allowed(item, patient, plan.settings, day))
            fits << &item;
        else
            others << &item;
    }
    // What fits first; the rest after, for a practitioner who chooses to keep one anyway.
    return fits + others;
}

QStringList Planner::redFlagsFor(const PlanPatient &patient, const PlanSettings &settings) const
{
    // Every general flag; the OHSS signs only after IVF (a failed transfer, or a pregnancy she
    // conceived by IVF), so a natural pregnancy's printout does not carry them.
    return guidanceFor(ItemKind::RedFlag, patient, settings);
}

Plan Planner::fromTemplate(const PlanPatient &patient, const PlanSettings &settings, const Plan &templ) const
{
    // The template's meals are kept where the rules allow them for her; a slot it cannot give her
    // takes what the rules would have put there.
    Plan plan = generate(patient, settings);
    for (PlanDay &day : plan.days) {
        const PlanDay *t = templ.day(day.day);
        if (!t)
            continue;
        const QList<PlanEntry> byRules = day.entries;
        day.entries.clear();
        for (const PlanEntry &e : t->entries) {
            const LibraryItem *item = this->item(e.itemId);
            if (item && allowed(*item, patient, settings, day.day))
                day.setEntry(e.slot, e.itemId);
        }
        for (const PlanEntry &e : byRules) {
            bool usedToday = false;
            for (const PlanEntry &mine : day.entries)
                usedToday |= mine.itemId == e.itemId;
            if (!day.entry(e.slot) && !usedToday)
                day.setEntry(e.slot, e.itemId);
        }
    }
    return plan;
}

QList<ShoppingLine> Planner::shoppingList(const Plan &plan, const PlanPatient &patient, int week, int fromDay) const
{
    QList<ShoppingLine> lines;
    for (const PlanDay &day : plan.days) {
        if (weekOf(day.day) != week - 1 || day.day < fromDay)
            continue;
        for (const PlanEntry &e : day.entries) {
            const LibraryItem *item = this->item(e.itemId);
            if (!item || item->practitionerOnly) // formulas come from the clinic's dispensary
                continue;
            const DishForHer dish = resolve(*item, patient, &plan.settings);
            for (const Ingredient &line : item->ingredients) {
                // The line as she cooks it: the alternative chosen for her, or nothing if left out.
                // A dish she kept anyway is cooked with the required lines a rule holds.
                const IngredientInfo *info = nullptr;
                for (const QList<const IngredientInfo *> *cooked : {&dish.used, &dish.heldLines})
                    for (const IngredientInfo *u : *cooked)
                        if (u->id == line.id || line.alternatives.contains(u->id))
                            info = u;
                if (!info)
                    continue;
                const bool herb = info->herb;
                // A herb's amount is the clinic's pack or none; a food's as the sources give it.
                const std::optional<double> amount
                    = herb ? line.packAmount : (info->id == line.id ? line.amount : std::nullopt);
                // Measured uses add up by unit; unmeasured ones count servings on a line of their
                // own (folded into a measured line, they were lost from the printout).
                const QString unit = amount ? line.unit : QString();
                auto it = std::find_if(lines.begin(), lines.end(), [&](const ShoppingLine &l) {
                    return l.id == info->id && l.amount.has_value() == amount.has_value() && l.unit == unit;
                });
                if (it == lines.end()) {
                    lines << ShoppingLine{info->id, herb, info->name, std::nullopt, unit, 0};
                    it = lines.end() - 1;
                }
                if (amount)
                    it->amount = it->amount.value_or(0) + *amount;
                ++it->dishes;
            }
        }
    }
    return lines;
}

} // namespace rp
