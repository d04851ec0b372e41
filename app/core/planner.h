#pragma once

#include "plan.h"

#include <QHash>

namespace rp {

// The rules that fill a 30-day plan from the library and check it against the patient
// (docs/planner-rules.md). The same inputs always give the same plan.
class Planner
{
public:
    // `library`: the items the clinic offers (hidden ones left out by the caller).
    explicit Planner(QList<LibraryItem> library);

    static PlanSettings defaultSettings(const Loss &loss);
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
    QStringList milestonesFor(const PlanPatient &patient, const PlanSettings &settings, int day, const QDate &date) const;
    // The items that fit this day and slot for this patient, best first (the editor's picker).
    QList<const LibraryItem *> candidates(const Plan &plan, const PlanPatient &patient, int day, Slot slot) const;
    // The red flags that go with her plan (every general one; the OHSS signs after a failed IVF
    // transfer), in content order. Never fewer: they are printed with every plan.
    QStringList redFlagsFor(const PlanPatient &patient) const;
    // A new plan that takes its meals from a template: the template's days fill the same day
    // numbers, her own rest lines and milestones stay; warnings then show what does not suit her.
    Plan fromTemplate(const PlanPatient &patient, const PlanSettings &settings, const Plan &templ) const;
    // The ingredients of one week (1-based) of the plan, added up.
    QList<ShoppingLine> shoppingList(const Plan &plan, int week) const;

    const LibraryItem *item(const QString &id) const;
    const QList<LibraryItem> &library() const { return m_items; }
    // The patient's conditions that rule this item out (empty: she may have it).
    static QList<Tag> exclusions(const LibraryItem &item, const PlanPatient &patient,
                                 const PlanSettings *settings = nullptr);
    // Whether the rules would place this item on this day of this plan (not counting limits).
    bool allowed(const LibraryItem &item, const PlanPatient &patient, const PlanSettings &settings, int day) const;
    // A loss's gestational week as the rest rules read it: unknown means the longer rest after a
    // miscarriage, and an early loss after a biochemical pregnancy or a failed transfer.
    static int effectiveGestationalWeek(const Loss &loss);

private:
    bool fitsDay(const LibraryItem &item, const PlanSettings &settings, int day) const;
    QString restFor(const PlanPatient &patient, int day) const;

    QList<LibraryItem> m_items;
    QHash<QString, int> m_index;
};

} // namespace rp
