#include "plan.h"

namespace rp {

const PlanEntry *PlanDay::entry(Slot slot) const
{
    for (const PlanEntry &e : entries) {
        if (e.slot == slot)
            return &e;
    }
    return nullptr;
}

int planDayOn(const QDate &start, int days, const QDate &date)
{
    if (!start.isValid() || !date.isValid())
        return 0;
    const qint64 day = start.daysTo(date) + 1;
    return day >= 1 && day <= days ? int(day) : 0;
}

void PlanDay::setEntry(Slot slot, const QString &itemId, const QString &keepReason, const QStringList &keptWarnings)
{
    clearEntry(slot);
    int at = 0;
    while (at < entries.size() && entries.at(at).slot < slot)
        ++at;
    entries.insert(at, PlanEntry{slot, itemId, keepReason, keptWarnings});
}

QString PlanWarning::key() const
{
    static const char *kinds[] = {"missing", "contraindicated", "not-ticked", "outside-phase", "before-day",
        "after-day", "too-many-days", "too-often", "unknown-ingredient"};
    return QStringLiteral("%1:%2").arg(QLatin1String(kinds[int(kind)]), detail);
}

void PlanDay::clearEntry(Slot slot)
{
    entries.removeIf([slot](const PlanEntry &e) { return e.slot == slot; });
}

bool PlanDay::operator==(const PlanDay &o) const
{
    return day == o.day && date == o.date && phase == o.phase && entries == o.entries && restId == o.restId
        && milestoneIds == o.milestoneIds && notes == o.notes && locked == o.locked && edited == o.edited;
}

bool PlanSettings::operator==(const PlanSettings &o) const
{
    return start == o.start && days == o.days && expelUntil == o.expelUntil && regulateUntil == o.regulateUntil
        && followUpDays == o.followUpDays && practitionerItems == o.practitionerItems
        && heavyBleeding == o.heavyBleeding && wineChosen == o.wineChosen;
}

std::pair<int, int> PlanSettings::defaultPhases(int days)
{
    if (days >= 21)
        return {7, 14};
    // A short plan keeps the same proportions: 14 days → expel to 3, regulate to 7.
    const int expel = std::max(1, days * 7 / 30);
    return {expel, std::max(expel + 1, days * 14 / 30)};
}

PlanPatient PlanPatient::forLoss(const Patient &patient, qint64 lossId)
{
    PlanPatient p;
    p.constitution = patient.constitution;
    p.conditions = patient.conditions;
    for (const Loss &l : patient.losses) {
        if (l.id == lossId)
            p.loss = l;
    }
    p.lossCount = 0;
    for (const Loss &l : patient.losses)
        p.lossCount += !p.loss.date.isValid() || l.date <= p.loss.date;
    p.lossCount = std::max(1, p.lossCount);
    p.miscarriageCount = p.failedTransferCount = 0;
    for (const Loss &l : patient.losses) {
        if (p.loss.date.isValid() && l.date > p.loss.date)
            continue;
        if (l.kind == LossKind::FailedIvfTransfer)
            ++p.failedTransferCount;
        else
            ++p.miscarriageCount;
    }
    if (p.miscarriageCount + p.failedTransferCount == 0)
        (p.loss.kind == LossKind::FailedIvfTransfer ? p.failedTransferCount : p.miscarriageCount) = 1;
    return p;
}

const PlanDay *Plan::day(int number) const
{
    return number >= 1 && number <= days.size() ? &days.at(number - 1) : nullptr;
}

PlanDay *Plan::day(int number)
{
    return number >= 1 && number <= days.size() ? &days[number - 1] : nullptr;
}

} // namespace rp
