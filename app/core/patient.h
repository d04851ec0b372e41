#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "printjob.h"
#include <optional>

namespace rp {

// The practitioner's cold / heat screen (domain facts §2, "Constitution screens").
enum class Constitution { NotAssessed, Cold, Heat, Neutral };

// TCM pattern diagnoses a practitioner records (domain facts §5).
enum class Pattern {
    QiBloodDeficiency, // 氣血兩虛
    LiverQiStagnation, // 肝氣鬱結
    KidneyQiDeficiency, // 腎氣不足
    KidneyYangDeficiency, // 腎陽虛
    KidneyYinDeficiency, // 腎陰虛
    SpleenDeficiencyDamp, // 脾虛痰濕
    DampHeat, // 濕熱
    BloodStasis, // 血瘀
};

// Conditions that change what a plan may contain.
enum class Condition {
    Diabetes,
    SeafoodAllergy,
    Anticoagulants,
    Hepatitis,
    Breastfeeding,
    PlanningToConceive,
};

enum class LossKind { Miscarriage, FailedIvfTransfer, BiochemicalPregnancy, Other };
enum class Management { Natural, Medication, Surgical };

// One pregnancy loss in a patient's history.
struct Loss
{
    qint64 id = 0; // 0 until stored
    QDate date;
    LossKind kind = LossKind::Miscarriage;
    std::optional<int> gestationalWeek; // completed weeks; unknown when empty
    Management management = Management::Natural;
    QString notes;
    // The pregnancy was conceived by IVF (always so for a failed transfer): the IVF milestones and
    // the OHSS red flag then apply. Last, so positional initialisers stay as they were.
    bool conceivedByIvf = false;

    bool afterIvf() const { return conceivedByIvf || kind == LossKind::FailedIvfTransfer; }

    bool operator==(const Loss &other) const;
    bool operator!=(const Loss &other) const { return !(*this == other); }
};

// A patient's full record, as the patient dialog edits it.
struct Patient
{
    qint64 id = 0; // 0 until stored
    QString nameEn;
    QString nameZh;
    QDate birthDate; // invalid when not recorded
    QString phone;
    QString fileNumber; // the clinic's own file number; unique when given
    QString notes;
    Constitution constitution = Constitution::NotAssessed;
    QList<Pattern> patterns; // sorted, no repeats
    QList<Condition> conditions; // sorted, no repeats
    bool archived = false;
    // The language her printouts default to; empty until chosen (the print dialog then offers the
    // screen's language).
    std::optional<PrintLanguage> printLanguage;
    // Her fridge calendar leaves out private milestones (PrintOptions::calendarWithoutPrivate): a
    // preference remembered when she prints, as printLanguage is.
    bool calendarWithoutPrivate = false;
    QList<Loss> losses; // sorted by date
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the stored version this record was read at; 0 until stored

    // The name to show where one name fits: Chinese and English together when both are known.
    QString displayName() const;
};

// One row of the patient list: what the list shows, without the full record.
struct PatientSummary
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QDate birthDate;
    QString phone;
    QString fileNumber;
    Constitution constitution = Constitution::NotAssessed;
    bool archived = false;
    int lossCount = 0;
    QDate lastLossDate;
    // A possible duplicate of hers (another record with the same names and date of birth, or the
    // same phone) not dismissed as another woman; 0 when there is none. One is enough for the flag.
    qint64 duplicateId = 0;
    QString duplicateName; // that record's display name
    bool duplicateByPhone = false; // false: the same names and date of birth
};

} // namespace rp
