#pragma once

#include "patient.h"
#include "printjob.h"

#include <QList>
#include <QString>

namespace rp {

// The fields a validation message can point at, so the dialog can put the cursor there.
enum class Field {
    Record, // the record as a whole (a failed save)
    Name,
    NameEn,
    NameZh,
    BirthDate,
    Phone,
    FileNumber,
    Notes,
    LossDate,
    GestationalWeek,
    LossNotes,
    ClinicNameEn,
    ClinicNameZh,
    ClinicAddressEn,
    ClinicAddressZh,
    ClinicPhone,
    PractitionerEn,
    PractitionerZh,
    ClinicLogo,
    EmergencyNumber,
    CrisisNameEn,
    CrisisNameZh,
    CrisisNumber,
};

// One problem with what the practitioner typed, in words she can act on (translated).
struct ValidationError
{
    Field field;
    QString message;
    int lossIndex = -1; // which loss, for errors in the loss history; which crisis line, for its fields
};

// Sensible upper bounds: long enough for any real entry, short enough to keep lists readable.
namespace limits {
constexpr int nameLength = 200;
constexpr int phoneLength = 40;
constexpr int fileNumberLength = 40;
constexpr int notesLength = 20000;
constexpr int lossNotesLength = 4000;
constexpr int oldestAgeYears = 120;
constexpr int minGestationalWeek = 0;
constexpr int maxGestationalWeek = 45;
constexpr int clinicLineLength = 200; // each line of the printed header
constexpr int logoBytes = 1024 * 1024; // a logo is scaled down to fit the header before this
constexpr int logoPixels = 512; // the longest side a stored logo keeps
constexpr int emergencyNumberLength = 30; // an emergency or crisis number, as dialled
constexpr int crisisLines = 2; // the crisis lines printed with the red flag
} // namespace limits

// Every rule a patient record must meet before it is stored. `today` is passed in so the rules
// are testable on any day.
QList<ValidationError> validatePatient(const Patient &patient, const QDate &today);
QList<ValidationError> validateLoss(const Loss &loss, const QDate &birthDate, const QDate &today);
// The clinic's header on printed pages: one line each, printable, not too long.
QList<ValidationError> validateClinic(const ClinicInfo &clinic);
// The emergency number and crisis lines alone (validateClinic checks them too): each number as it
// is dialled, a line with a name needs its number, at most two lines.
QList<ValidationError> validateCrisisNumbers(const ClinicInfo &clinic);

// A one-line field as it is saved: without the surrounding spaces, and without the invisible
// byte order marks that text pasted from other programs can carry.
QString tidyLine(const QString &typed);

// Number of characters as a reader counts them (code points, not UTF-16 units).
int characterCount(const QString &text);

// The problem with one piece of free text, in the words the forms use (“%1 is too long…”, “%1
// contains characters that cannot be shown…”), or empty when it is fine. `label` is the subject
// of the sentence; `multiLine` allows line breaks and tabs.
QString textProblem(const QString &text, int maxLength, bool multiLine, const QString &label);

} // namespace rp
