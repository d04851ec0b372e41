#pragma once

#include "library.h"
#include "patient.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rp {

// One filled meal slot of a day.
struct PlanEntry
{
    Slot slot = Slot::Breakfast;
    QString itemId;
    // Why the practitioner kept an item the plan warns about. Saved, never printed.
    QString keepReason;
    // The warnings that reason answers (PlanWarning::key()); any other warning stays open.
    QStringList keptWarnings;
    bool operator==(const PlanEntry &o) const
    {
        return slot == o.slot && itemId == o.itemId && keepReason == o.keepReason && keptWarnings == o.keptWarnings;
    }
};

// One day of a plan.
struct PlanDay
{
    int day = 1;
    QDate date;
    Phase phase = Phase::Expel;
    QList<PlanEntry> entries; // at most one per slot, in slot order
    QString restId; // the day's rest-and-activity line (a daily-rest item)
    QStringList milestoneIds; // follow-up milestones falling on this day
    QString notes; // the practitioner's notes for the day
    bool locked = false; // regeneration leaves a locked day alone
    bool edited = false; // ... and a day she changed by hand

    const PlanEntry *entry(Slot slot) const;
    void setEntry(
        Slot slot, const QString &itemId, const QString &keepReason = {}, const QStringList &keptWarnings = {});
    void clearEntry(Slot slot);
    bool operator==(const PlanDay &o) const;
};

// What the practitioner sets for a plan.
// The day of a plan starting on `start` and running `days` days that `date` falls on; 0 when the
// plan does not run then.
int planDayOn(const QDate &start, int days, const QDate &date);

struct PlanSettings
{
    int dayOn(const QDate &date) const { return planDayOn(start, days, date); }

    QDate start; // default: the day after the loss
    int days = 30; // 14 to 42
    int expelUntil = 7; // last day of 排
    int regulateUntil = 14; // last day of 調; 補 runs to the end
    QList<int> followUpDays{7, 14, 30};
    QStringList practitionerItems; // practitioner-only items she ticked in for this plan (ids)
    bool heavyBleeding = false; // she is still bleeding heavily: tonics and blood-moving items held
    // The practitioner chose dishes cooked with wine for her. Unchosen, or chosen where alcohol is
    // not for her (Planner::wineHeldBy), no dish with alcohol is scheduled.
    bool wineChosen = false;
    bool operator==(const PlanSettings &o) const;
    // Phase boundaries that fit a plan of `days` days (7 and 14 for 30 days, scaled for others).
    static std::pair<int, int> defaultPhases(int days);
};

namespace planlimits {
constexpr int minDays = 14;
constexpr int maxDays = 42;
} // namespace planlimits

// The version of the planner's rules (docs/planner-rules.md). A plan saved, or a printout made,
// under an earlier version is re-checked and marked: 1 was version 0.1's rules, 2 reads every
// rule at the ingredient and counts days from the loss, 3 holds chosen wine where alcohol is not
// for her, liver as a tonic, old ginger and ginger-vinegar trotters by the week after the loss.
namespace planrules {
constexpr int version = 3;
}

// A plan for one patient and one loss.
struct Plan
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 lossId = 0;
    QString title;
    PlanSettings settings;
    QList<PlanDay> days;
    int version = 0;
    // The planner's rules it was last saved under (planrules::version): a plan stored under
    // earlier rules is marked while it has open warnings, and saving it writes the current rules.
    int rulesVersion = planrules::version;
    QDateTime createdAt;
    QDateTime updatedAt;

    const PlanDay *day(int number) const;
    PlanDay *day(int number);
};

// What the rules need to know about the patient.
struct PlanPatient
{
    Constitution constitution = Constitution::NotAssessed;
    QList<Condition> conditions;
    Loss loss;
    int lossCount = 1; // losses up to and including this one
    // The same, by kind: repeated failed transfers are read as implantation failure, repeated
    // miscarriages (biochemical ones included) as recurrent pregnancy loss.
    int miscarriageCount = 1;
    int failedTransferCount = 0;

    // Her profile for the plan of one of her losses.
    static PlanPatient forLoss(const Patient &patient, qint64 lossId);
};

// A clash between the plan and the patient, or an item used outside its limits.
struct PlanWarning
{
    enum class Kind {
        Missing,
        Contraindicated,
        NotTicked,
        OutsidePhase,
        BeforeDay,
        AfterDay,
        TooManyDays,
        TooOftenInWeek,
        UnknownIngredient
    };
    int day = 0;
    Slot slot = Slot::Breakfast;
    QString itemId;
    Kind kind = Kind::Missing;
    LocalizedText reason;
    QString detail; // the tag or limit behind it, so a kept warning is told from a new one
    QString keepReason; // non-empty: she kept the item anyway in the face of this warning
    bool keptAnyway() const { return !keepReason.isEmpty(); }
    QString key() const;
};

// One line of a week's shopping list: an ingredient and how much of it, added up.
struct ShoppingLine
{
    QString id; // in the ingredient list
    bool herb = false; // a medicinal herb: printed "from your practitioner" unless the clinic's pack
    LocalizedText name;
    std::optional<double> amount; // summed where the content gives amounts
    QString unit;
    int dishes = 0; // how many servings in the week use it
};

} // namespace rp
