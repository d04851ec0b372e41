#pragma once

#include <QDate>
#include <QString>

namespace rp {

// A date as a person types it into a date field, read without guessing: the result is the date
// she meant or a reason it could not be read, never another date (docs/keyboard.md, "Dates").
struct TypedDate
{
    QDate date; // valid when read
    QString problem; // translated, for the field's message; empty when read (or when empty)
    bool empty = false;
    // A two-digit year was widened: the field says which century it took.
    bool widenedYear = false;

    bool ok() const { return date.isValid(); }
};

// Reads day month year in any of the app's languages ("15 Sep 1990", "15 Sept 1990",
// "15 September 1990", "September 15, 1990", "1990年9月15日", "1990年九月15日"), ISO
// ("1990-09-15") and digits ("15/9/1990", day first as in Hong Kong, Macau; year first when it
// has four digits: "1990/9/15"). Full-width digits count as digits. A two-digit year is the latest
// year ending in those digits that is not after `today`'s year (90 → 1990, 26 → 2026).
TypedDate readTypedDate(const QString &text, const QDate &today = QDate::currentDate());

// The title the app gives a new plan, in the UI's language ("Recovery after 27 Nov 2026").
QString defaultPlanTitle(const QDate &lossDate);
// A plan's title as a window shows it: a title the app made, in whichever language it was made,
// follows the UI's language; one she typed herself is shown as typed.
QString shownPlanTitle(const QString &stored);

} // namespace rp
