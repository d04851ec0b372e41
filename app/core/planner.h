#pragma once

#include "ingredients.h"
#include "plan.h"

#include <QHash>

namespace rp {

// A dish as she will cook it: the ingredients she uses, the optional ones left out for her, and
// what holds the whole dish (docs/planner-rules.md, "Rules hold at the ingredient").
struct DishForHer
{
    QList<const IngredientInfo *> used; // the list entries she cooks with (an alternative chosen)
    QList<const IngredientInfo *> leftOut; // optional lines a rule holds: printed "without"
    QList<const IngredientInfo *> heldLines; // required lines a rule holds: a dish kept anyway is cooked with them
    QList<Tag> holds; // her conditions that rule the whole dish out, item tags included
    QStringList unknown; // free-text ingredients the rules cannot read (old clinic items)
    bool contains(const QString &idOrProperty) const;
    // What a dish kept anyway has her cook: `used` and the required lines a rule holds.
    bool cooks(const QString &idOrProperty) const;
};

// One scheduled entry and its day.
struct ScheduledEntry
{
    int day = 0;
    PlanEntry entry;
};

// The rules that fill a 30-day plan from the library and check it against the patient
// (docs/planner-rules.md). The same inputs always give the same plan.
class Planner
{
public:
    // `library`: the items the clinic offers (hidden ones left out by the caller).
    explicit Planner(QList<LibraryItem> library);

    // A new plan starts the day after the loss, or on `today` when she comes later: a plan made on
    // day 10 starts on day 10 (what is left of the day limits then applies), never in the past.
    static PlanSettings defaultSettings(const Loss &loss, const QDate &today = {});
    static Phase phaseOf(const PlanSettings &settings, int day);
    // Problems with the settings, translated; empty when they are fine.
    static QStringList checkSettings(const PlanSettings &settings);

    // Fills every day. With `previous`, days she locked or edited are kept as they were.
    Plan generate(const PlanPatient &patient, const PlanSettings &settings, const Plan *previous = nullptr) const;
    // A first plan for one of her stored losses, with the default settings and linked to her and
    // the loss (the demo patients and --generate-patients start from it). The title is the caller's.
    Plan generateForLoss(const Patient &patient, const Loss &loss) const;
    // Every clash between the plan and the patient, live as she edits.
    QList<PlanWarning> warnings(const Plan &plan, const PlanPatient &patient) const;
    // The milestones falling on one day of a plan (follow-ups, and those counted from the loss).
    QStringList milestonesFor(
        const PlanPatient &patient, const PlanSettings &settings, int day, const QDate &date) const;
    // The items that fit this day and slot for this patient, best first (the editor's picker).
    QList<const LibraryItem *> candidates(const Plan &plan, const PlanPatient &patient, int day, Slot slot) const;
    // The red flags that go with her plan (every general one; the OHSS signs after IVF), in
    // content order. Never fewer: they are printed with every plan.
    QStringList redFlagsFor(const PlanPatient &patient, const PlanSettings &settings = {}) const;
    // A new plan that takes its meals from a template: the template's days fill the same day
    // numbers, her own rest lines and milestones stay; warnings then show what does not suit her.
    Plan fromTemplate(const PlanPatient &patient, const PlanSettings &settings, const Plan &templ) const;
    // The ingredients of one week (1-based) of the plan, added up.
    // Only what she cooks with: optional ingredients held for her are left off, alternatives are
    // the ones chosen for her, and medicinal herbs are marked so no amount is printed for them.
    // `fromDay`: a printout from today on buys nothing for the days before it.
    QList<ShoppingLine> shoppingList(const Plan &plan, const PlanPatient &patient, int week, int fromDay = 1) const;

    const LibraryItem *item(const QString &id) const;
    const QList<LibraryItem> &library() const { return m_items; }
    // The patient's conditions that rule this item out (empty: she may have it), read at the
    // ingredient: a clinic's dish with brown sugar is held for diabetes whatever it is called.
    static QList<Tag> exclusions(
        const LibraryItem &item, const PlanPatient &patient, const PlanSettings *settings = nullptr);
    static DishForHer resolve(const LibraryItem &item, const PlanPatient &patient, const PlanSettings *settings);
    // Whether the rules would place this item on this day of this plan (not counting limits).
    bool allowed(const LibraryItem &item, const PlanPatient &patient, const PlanSettings &settings, int day) const;
    // Whether a piece of guidance (rest, milestone, red flag, avoid list) is for her plan: its
    // kind of loss, gestational week, number of losses of that kind and plan facts.
    static bool applies(const LibraryItem &item, const PlanPatient &patient, const PlanSettings &settings);
    // Whether one plan fact (an item's "onlyWhen") is true of her plan.
    static bool holds(PlanFact fact, const PlanPatient &patient, const PlanSettings &settings);
    // What keeps wine dishes off her plan even when her practitioner chose them (heavy bleeding, a
    // hot or not yet assessed constitution, hepatitis, planning to conceive, breastfeeding). Empty:
    // the chosen wine dishes can be planned, and the printout says they are.
    static QList<Tag> wineHeldBy(const PlanPatient &patient, const PlanSettings &settings);
    // The guidance of one kind that is for her, in content order.
    QStringList guidanceFor(ItemKind kind, const PlanPatient &patient, const PlanSettings &settings) const;
    // The scheduled entries that cook what a piece of guidance's "avoids" names. The planner never
    // places one; only an entry the practitioner kept anyway can be, and the printout names it there.
    QList<ScheduledEntry> goingAgainst(const LibraryItem &guidance, const Plan &plan, const PlanPatient &patient) const;
    // Days since the loss on a day of the plan (plan day 1 is day 1 when the plan starts the day
    // after the loss). Every day limit counts these, so a plan started late gets what is left.
    static int daysSinceLoss(const PlanPatient &patient, const PlanSettings &settings, int day);
    // A loss's gestational week as the rest rules read it: unknown means the longer rest after a
    // miscarriage, and an early loss after a biochemical pregnancy or a failed transfer.
    static int effectiveGestationalWeek(const Loss &loss);

private:
    bool fitsDay(
        const LibraryItem &item, const DishForHer &dish, const PlanSettings &settings, int day, int sinceLoss) const;
    QString restFor(const PlanPatient &patient, const PlanSettings &settings, int day) const;

    QList<LibraryItem> m_items;
    QHash<QString, int> m_index;
};

} // namespace rp
