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
    case Condition::Diabetes: return Tag::Diabetes;
    case Condition::SeafoodAllergy: return Tag::SeafoodAllergy;
    case Condition::Anticoagulants: return Tag::Anticoagulants;
    case Condition::Hepatitis: return Tag::HepatitisAlcohol;
    case Condition::Breastfeeding: return Tag::Breastfeeding;
    case Condition::PlanningToConceive: return Tag::PlanningToConceive;
    }
    return Tag::Diabetes;
}

// Warning texts in all three languages: the headless generator prints all of them at once, so
// they cannot come from the one catalogue the UI has loaded. Written like content.
LocalizedText tagReason(Tag tag)
{
    switch (tag) {
    case Tag::Diabetes: return {QStringLiteral("she has diabetes"), QStringLiteral("她有糖尿病"), QStringLiteral("她有糖尿病")};
    case Tag::SeafoodAllergy: return {QStringLiteral("she is allergic to seafood"), QStringLiteral("她對海鮮過敏"), QStringLiteral("她对海鲜过敏")};
    case Tag::Anticoagulants: return {QStringLiteral("she takes anticoagulants"), QStringLiteral("她正服用抗凝血藥"), QStringLiteral("她正服用抗凝血药")};
    case Tag::HepatitisAlcohol: return {QStringLiteral("she has hepatitis (no alcohol in food)"), QStringLiteral("她有肝炎（食物不可含酒）"), QStringLiteral("她有肝炎（食物不可含酒）")};
    case Tag::HeatConstitution: return {QStringLiteral("her constitution is hot"), QStringLiteral("她屬熱性體質"), QStringLiteral("她属热性体质")};
    case Tag::ColdConstitution: return {QStringLiteral("her constitution is cold"), QStringLiteral("她屬寒性體質"), QStringLiteral("她属寒性体质")};
    case Tag::AfterSurgery: return {QStringLiteral("the loss was managed surgically (D&C)"), QStringLiteral("這次流產以手術（刮宮）處理"), QStringLiteral("这次流产以手术（刮宫）处理")};
    case Tag::HeavyBleeding: return {QStringLiteral("she is bleeding heavily"), QStringLiteral("她出血量多"), QStringLiteral("她出血量多")};
    case Tag::PlanningToConceive: return {QStringLiteral("she plans to conceive soon"), QStringLiteral("她計劃短期內懷孕"), QStringLiteral("她计划短期内怀孕")};
    case Tag::Breastfeeding: return {QStringLiteral("she is breastfeeding"), QStringLiteral("她正在餵哺母乳"), QStringLiteral("她正在母乳喂养")};
    }
    return {};
}

LocalizedText fill(const LocalizedText &pattern, const LocalizedText &name, const QString &n = {}, const LocalizedText &more = {})
{
    auto one = [&](const QString &p, const QString &nm, const QString &m) {
        QString s = p;
        s.replace(QLatin1String("%name"), nm).replace(QLatin1String("%n"), n).replace(QLatin1String("%more"), m);
        return s;
    };
    return {one(pattern.en, name.en, more.en), one(pattern.hant, name.hant, more.hant), one(pattern.hans, name.hans, more.hans)};
}

const LocalizedText missingText{QStringLiteral("“%name” is no longer in the library."), QStringLiteral("「%name」已不在調養目錄中。"), QStringLiteral("“%name”已不在调养目录中。")};
const LocalizedText contraText{QStringLiteral("%name is not for her: %more."), QStringLiteral("%name不適合她：%more。"), QStringLiteral("%name不适合她：%more。")};
const LocalizedText notTickedText{QStringLiteral("%name is a practitioner-only formula not ticked in for this plan."), QStringLiteral("%name是醫師專用方劑，未在此計劃中勾選。"), QStringLiteral("%name是医师专用方剂，未在此计划中勾选。")};
const LocalizedText phaseText{QStringLiteral("%name is outside its phase (%more)."), QStringLiteral("%name不在適用階段（%more）。"), QStringLiteral("%name不在适用阶段（%more）。")};
const LocalizedText beforeText{QStringLiteral("%name is only from day %n."), QStringLiteral("%name由第 %n 天起才適用。"), QStringLiteral("%name由第 %n 天起才适用。")};
const LocalizedText afterText{QStringLiteral("%name is only until day %n."), QStringLiteral("%name只適用至第 %n 天。"), QStringLiteral("%name只适用至第 %n 天。")};
const LocalizedText tooManyText{QStringLiteral("%name is past its limit of %n days in a plan."), QStringLiteral("%name已超過一份計劃最多 %n 天的限制。"), QStringLiteral("%name已超过一份计划最多 %n 天的限制。")};
const LocalizedText tooOftenText{QStringLiteral("%name is past its limit of %n times a week."), QStringLiteral("%name已超過每週最多 %n 次的限制。"), QStringLiteral("%name已超过每周最多 %n 次的限制。")};

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

Planner::Planner(QList<LibraryItem> library) : m_items(std::move(library))
{
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items.at(i).id, i);
}

const LibraryItem *Planner::item(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_items.at(*it);
}

PlanSettings Planner::defaultSettings(const Loss &loss)
{
    PlanSettings s;
    s.start = loss.date.isValid() ? loss.date.addDays(1) : QDate::currentDate();
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

QList<Tag> Planner::exclusions(const LibraryItem &item, const PlanPatient &patient, const PlanSettings *settings)
{
    QList<Tag> out;
    auto check = [&](Tag t) {
        if (item.tags.contains(t) && !out.contains(t))
            out << t;
    };
    // Until her constitution is assessed, neither warming nor cooling dishes are proposed.
    if (patient.constitution == Constitution::Heat || patient.constitution == Constitution::NotAssessed)
        check(Tag::HeatConstitution);
    if (patient.constitution == Constitution::Cold || patient.constitution == Constitution::NotAssessed)
        check(Tag::ColdConstitution);
    if (settings && settings->heavyBleeding)
        check(Tag::HeavyBleeding);
    for (Condition c : patient.conditions)
        check(tagFor(c));
    if (patient.loss.management == Management::Surgical)
        check(Tag::AfterSurgery);
    return out;
}

bool Planner::allowed(const LibraryItem &item, const PlanPatient &patient, const PlanSettings &settings, int day) const
{
    return isFood(item.kind) && fitsDay(item, settings, day) && exclusions(item, patient, &settings).isEmpty()
        && (!item.practitionerOnly || settings.practitionerItems.contains(item.id));
}

bool Planner::fitsDay(const LibraryItem &item, const PlanSettings &settings, int day) const
{
    return item.phases.contains(phaseOf(settings, day)) && (!item.fromDay || day >= *item.fromDay)
        && (!item.untilDay || day <= *item.untilDay);
}

QString Planner::restFor(const PlanPatient &patient, int day) const
{
    const int week = effectiveGestationalWeek(patient.loss);
    for (const LibraryItem &i : m_items) {
        if (i.kind != ItemKind::DailyRest)
            continue;
        if ((i.fromDay && day < *i.fromDay) || (i.untilDay && day > *i.untilDay))
            continue;
        if ((i.minGestationalWeek && week < *i.minGestationalWeek) || (i.maxGestationalWeek && week > *i.maxGestationalWeek))
            continue;
        return i.id;
    }
    return {};
}

QStringList Planner::milestonesFor(const PlanPatient &patient, const PlanSettings &settings, int day,
                                   const QDate &date) const
{
    QStringList out;
    if (settings.followUpDays.contains(day) && item(followUpId))
        out << followUpId;
    const int sinceLoss = patient.loss.date.isValid() ? int(patient.loss.date.daysTo(date)) : day;
    for (const LibraryItem &i : m_items) {
        if (i.kind != ItemKind::Milestone || i.id == followUpId)
            continue;
        if (!i.lossKinds.isEmpty() && !i.lossKinds.contains(patient.loss.kind))
            continue;
        if (i.minLossCount && patient.lossCount < *i.minLossCount)
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

Plan Planner::generate(const PlanPatient &patient, const PlanSettings &settings, const Plan *previous) const
{
    Plan plan;
    if (previous) {
        plan = *previous;
        plan.days.clear();
    }
    plan.settings = settings;

    QHash<QString, QList<int>> used; // item → days it is on
    // Days she locked or edited are counted first, wherever they fall, so a filled day never
    // pushes an item past its limit together with a kept day later in the plan.
    auto keptDay = [&](int d) -> const PlanDay * {
        const PlanDay *kept = previous ? previous->day(d) : nullptr;
        return kept && (kept->locked || kept->edited) ? kept : nullptr;
    };
    for (int d = 1; d <= settings.days; ++d) {
        if (const PlanDay *kept = keptDay(d))
            for (const PlanEntry &e : kept->entries)
                used[e.itemId] << d;
    }
    auto usesInWeek = [&](const QString &id, int day) {
        int n = 0;
        for (int d : used.value(id))
            n += weekOf(d) == weekOf(day);
        return n;
    };

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
        day.restId = restFor(patient, d);
        const PlanDay *yesterday = d > 1 ? &plan.days.at(d - 2) : nullptr;
        const PlanDay *tomorrow = keptDay(d + 1);
        QSet<QString> today;
        for (int s = 0; s < slotOrder().size(); ++s) {
            const Slot slot = slotOrder().at(s);
            QList<int> candidates;
            for (int i = 0; i < m_items.size(); ++i) {
                const LibraryItem &item = m_items.at(i);
                if (!isFood(item.kind) || !item.mealSlots.contains(slot) || !fitsDay(item, settings, d))
                    continue;
                if (item.practitionerOnly && !settings.practitionerItems.contains(item.id))
                    continue;
                if (!exclusions(item, patient, &settings).isEmpty() || today.contains(item.id))
                    continue;
                if (item.maxDays && used.value(item.id).size() >= *item.maxDays)
                    continue;
                if (item.perWeek && usesInWeek(item.id, d) >= *item.perWeek)
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
                const bool ticked = item.practitionerOnly;          // she asked for it
                const bool suits = item.suits.contains(patient.constitution);
                const int rotation = (int(candidates.indexOf(i)) + d * 5 + s * 3) % n; // spreads dishes
                return std::make_tuple(!ticked, usesInWeek(item.id, d), !suits, int(used.value(item.id).size()), rotation);
            };
            const int best = *std::min_element(candidates.begin(), candidates.end(),
                                               [&](int a, int b) { return key(a) < key(b); });
            const QString id = m_items.at(best).id;
            day.setEntry(slot, id);
            today.insert(id);
            used[id] << d;
        }
        plan.days << day;
    }
    return plan;
}

QList<PlanWarning> Planner::warnings(const Plan &plan, const PlanPatient &patient) const
{
    QList<PlanWarning> out;
    QHash<QString, QList<int>> used;
    for (const PlanDay &day : plan.days) {
        for (const PlanEntry &e : day.entries) {
            used[e.itemId] << day.day;
            auto add = [&](PlanWarning::Kind kind, const LocalizedText &reason, const QString &detail = {}) {
                PlanWarning w{day.day, e.slot, e.itemId, kind, reason, detail, {}};
                // Kept only if her reason answered this very warning.
                if (e.keptWarnings.contains(w.key()))
                    w.keepReason = e.keepReason;
                out << w;
            };
            const LibraryItem *item = this->item(e.itemId);
            if (!item) {
                add(PlanWarning::Kind::Missing, fill(missingText, {e.itemId, e.itemId, e.itemId}));
                continue;
            }
            for (Tag t : exclusions(*item, patient, &plan.settings))
                add(PlanWarning::Kind::Contraindicated, fill(contraText, item->name, {}, tagReason(t)), codeOf(t));
            if (item->practitionerOnly && !plan.settings.practitionerItems.contains(item->id))
                add(PlanWarning::Kind::NotTicked, fill(notTickedText, item->name));
            if (!item->phases.isEmpty() && !item->phases.contains(phaseOf(plan.settings, day.day)))
                add(PlanWarning::Kind::OutsidePhase, fill(phaseText, item->name, {}, phaseNames(item->phases)));
            if (item->fromDay && day.day < *item->fromDay)
                add(PlanWarning::Kind::BeforeDay, fill(beforeText, item->name, QString::number(*item->fromDay)));
            if (item->untilDay && day.day > *item->untilDay)
                add(PlanWarning::Kind::AfterDay, fill(afterText, item->name, QString::number(*item->untilDay)));
            if (item->maxDays && used.value(item->id).size() > *item->maxDays)
                add(PlanWarning::Kind::TooManyDays, fill(tooManyText, item->name, QString::number(*item->maxDays)),
                    QString::number(*item->maxDays));
            if (item->perWeek) {
                int inWeek = 0;
                for (int d : used.value(item->id))
                    inWeek += weekOf(d) == weekOf(day.day);
                if (inWeek > *item->perWeek)
                    add(PlanWarning::Kind::TooOftenInWeek, fill(tooOftenText, item->name, QString::number(*item->perWeek)),
                        QString::number(*item->perWeek));
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
        if (exclusions(item, patient, &plan.settings).isEmpty() && fitsDay(item, plan.settings, day))
            fits << &item;
        else
            others << &item;
    }
    // What fits first; the rest after, for a practitioner who chooses to keep one anyway.
    return fits + others;
}

QStringList Planner::redFlagsFor(const PlanPatient &patient) const
{
    QStringList out;
    for (const LibraryItem &i : m_items) {
        // Every flag, OHSS included: an IVF pregnancy can also end as a biochemical pregnancy or a
        // miscarriage, and the record does not say how she conceived. Its title says "After IVF".
        Q_UNUSED(patient)
        if (i.kind == ItemKind::RedFlag)
            out << i.id;
    }
    return out;
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

QList<ShoppingLine> Planner::shoppingList(const Plan &plan, int week) const
{
    QList<ShoppingLine> lines;
    auto find = [&](const Ingredient &i) -> ShoppingLine * {
        for (ShoppingLine &l : lines) {
            if (l.name.hant == i.name.hant && l.name.en == i.name.en && l.unit == i.unit)
                return &l;
        }
        return nullptr;
    };
    for (const PlanDay &day : plan.days) {
        if (weekOf(day.day) != week - 1)
            continue;
        for (const PlanEntry &e : day.entries) {
            const LibraryItem *item = this->item(e.itemId);
            if (!item || item->practitionerOnly) // formulas come from the clinic's dispensary
                continue;
            for (const Ingredient &i : item->ingredients) {
                ShoppingLine *line = find(i);
                if (!line) {
                    lines << ShoppingLine{i.name, std::nullopt, i.unit, 0};
                    line = &lines.last();
                }
                if (i.amount)
                    line->amount = line->amount.value_or(0) + *i.amount;
                ++line->dishes;
            }
        }
    }
    return lines;
}

} // namespace rp
