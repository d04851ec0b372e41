#include "terms.h"
#include "printjob.h"

#include <QCoreApplication>

namespace rp {
namespace {

template <typename E> struct Term
{
    E value;
    const char *code;
    const char *name; // English source text, translated in context "Terms"
};

// Pattern names carry the Chinese term in English too: it is what practitioners write.
const Term<Constitution> constitutions[] = {
    {Constitution::NotAssessed, "unknown", QT_TRANSLATE_NOOP("Terms", "Not assessed")},
    {Constitution::Cold, "cold", QT_TRANSLATE_NOOP("Terms", "Cold (寒)")},
    {Constitution::Heat, "heat", QT_TRANSLATE_NOOP("Terms", "Heat (熱)")},
    {Constitution::Neutral, "neutral", QT_TRANSLATE_NOOP("Terms", "Neutral (平和)")},
};

const Term<Pattern> patterns[] = {
    {Pattern::QiBloodDeficiency, "qi-blood-deficiency",
        QT_TRANSLATE_NOOP("Terms", "Qi and blood deficiency (氣血兩虛)")},
    {Pattern::LiverQiStagnation, "liver-qi-stagnation", QT_TRANSLATE_NOOP("Terms", "Liver Qi stagnation (肝氣鬱結)")},
    {Pattern::KidneyQiDeficiency, "kidney-qi-deficiency",
        QT_TRANSLATE_NOOP("Terms", "Kidney Qi deficiency (腎氣不足)")},
    {Pattern::KidneyYangDeficiency, "kidney-yang-deficiency",
        QT_TRANSLATE_NOOP("Terms", "Kidney Yang deficiency (腎陽虛)")},
    {Pattern::KidneyYinDeficiency, "kidney-yin-deficiency",
        QT_TRANSLATE_NOOP("Terms", "Kidney Yin deficiency (腎陰虛)")},
    {Pattern::SpleenDeficiencyDamp, "spleen-deficiency-damp",
        QT_TRANSLATE_NOOP("Terms", "Spleen deficiency with phlegm-damp (脾虛痰濕)")},
    {Pattern::DampHeat, "damp-heat", QT_TRANSLATE_NOOP("Terms", "Damp-heat (濕熱)")},
    {Pattern::BloodStasis, "blood-stasis", QT_TRANSLATE_NOOP("Terms", "Blood stasis (血瘀)")},
};

const Term<Condition> conditions[] = {
    {Condition::Diabetes, "diabetes", QT_TRANSLATE_NOOP("Terms", "Diabetes")},
    {Condition::SeafoodAllergy, "seafood-allergy", QT_TRANSLATE_NOOP("Terms", "Seafood allergy")},
    {Condition::Anticoagulants, "anticoagulants", QT_TRANSLATE_NOOP("Terms", "Takes anticoagulants")},
    {Condition::Hepatitis, "hepatitis", QT_TRANSLATE_NOOP("Terms", "Hepatitis")},
    {Condition::Breastfeeding, "breastfeeding", QT_TRANSLATE_NOOP("Terms", "Breastfeeding")},
    {Condition::PlanningToConceive, "planning-to-conceive", QT_TRANSLATE_NOOP("Terms", "Planning to conceive soon")},
};

const Term<LossKind> lossKinds[] = {
    {LossKind::Miscarriage, "miscarriage", QT_TRANSLATE_NOOP("Terms", "Miscarriage")},
    {LossKind::FailedIvfTransfer, "failed-ivf", QT_TRANSLATE_NOOP("Terms", "Failed IVF transfer")},
    {LossKind::BiochemicalPregnancy, "biochemical", QT_TRANSLATE_NOOP("Terms", "Biochemical pregnancy")},
    {LossKind::Other, "other", QT_TRANSLATE_NOOP("Terms", "Other")},
};

const Term<Management> managements[] = {
    {Management::Natural, "natural", QT_TRANSLATE_NOOP("Terms", "Natural")},
    {Management::Medication, "medication", QT_TRANSLATE_NOOP("Terms", "Medication")},
    {Management::Surgical, "surgical", QT_TRANSLATE_NOOP("Terms", "Surgical (D&C)")},
};

const Term<Phase> phases[] = {
    {Phase::Expel, "expel", QT_TRANSLATE_NOOP("Terms", "Expel (排)")},
    {Phase::Regulate, "regulate", QT_TRANSLATE_NOOP("Terms", "Regulate (調)")},
    {Phase::Tonify, "tonify", QT_TRANSLATE_NOOP("Terms", "Tonify (補)")},
};

const Term<Slot> mealSlotTerms[] = {
    {Slot::Breakfast, "breakfast", QT_TRANSLATE_NOOP("Terms", "Breakfast")},
    {Slot::Lunch, "lunch", QT_TRANSLATE_NOOP("Terms", "Lunch")},
    {Slot::Dinner, "dinner", QT_TRANSLATE_NOOP("Terms", "Dinner")},
    {Slot::Soup, "soup", QT_TRANSLATE_NOOP("Terms", "Soup")},
    {Slot::Tea, "tea", QT_TRANSLATE_NOOP("Terms", "Tea")},
    {Slot::Snack, "snack", QT_TRANSLATE_NOOP("Terms", "Snack")},
};

const Term<ItemKind> itemKinds[] = {
    {ItemKind::Dish, "dish", QT_TRANSLATE_NOOP("Terms", "Dish")},
    {ItemKind::Soup, "soup", QT_TRANSLATE_NOOP("Terms", "Soup")},
    {ItemKind::Tea, "tea", QT_TRANSLATE_NOOP("Terms", "Tea or drink")},
    {ItemKind::Porridge, "porridge", QT_TRANSLATE_NOOP("Terms", "Porridge")},
    {ItemKind::Formula, "formula", QT_TRANSLATE_NOOP("Terms", "Formula (practitioner only)")},
    {ItemKind::Avoid, "avoid", QT_TRANSLATE_NOOP("Terms", "Foods to avoid")},
    {ItemKind::Rest, "rest", QT_TRANSLATE_NOOP("Terms", "Rest and daily life")},
    {ItemKind::DailyRest, "daily-rest", QT_TRANSLATE_NOOP("Terms", "Day's rest and activity")},
    {ItemKind::Milestone, "milestone", QT_TRANSLATE_NOOP("Terms", "Follow-up milestone")},
    {ItemKind::RedFlag, "red-flag", QT_TRANSLATE_NOOP("Terms", "Red flag")},
};

const Term<Tag> tags[] = {
    {Tag::Diabetes, "diabetes", QT_TRANSLATE_NOOP("Terms", "Diabetes")},
    {Tag::SeafoodAllergy, "seafood-allergy", QT_TRANSLATE_NOOP("Terms", "Seafood allergy")},
    {Tag::Anticoagulants, "anticoagulants", QT_TRANSLATE_NOOP("Terms", "Anticoagulants")},
    {Tag::HepatitisAlcohol, "hepatitis-alcohol", QT_TRANSLATE_NOOP("Terms", "Hepatitis or alcohol")},
    {Tag::HeatConstitution, "heat-constitution", QT_TRANSLATE_NOOP("Terms", "Heat constitution")},
    {Tag::ColdConstitution, "cold-constitution", QT_TRANSLATE_NOOP("Terms", "Cold constitution")},
    {Tag::AfterSurgery, "after-surgery", QT_TRANSLATE_NOOP("Terms", "After surgical management")},
    {Tag::HeavyBleeding, "heavy-bleeding", QT_TRANSLATE_NOOP("Terms", "Heavy bleeding")},
    {Tag::PlanningToConceive, "planning-to-conceive", QT_TRANSLATE_NOOP("Terms", "Planning to conceive")},
    {Tag::Breastfeeding, "breastfeeding", QT_TRANSLATE_NOOP("Terms", "Breastfeeding")},
    {Tag::WineNotChosen, "wine-not-chosen", QT_TRANSLATE_NOOP("Terms", "Wine not chosen for her")},
};

const Term<PlanFact> planFacts[] = {
    {PlanFact::WineChosen, "wine-chosen", QT_TRANSLATE_NOOP("Terms", "Wine dishes chosen")},
    {PlanFact::WineNotChosen, "wine-not-chosen", QT_TRANSLATE_NOOP("Terms", "No wine dishes")},
    {PlanFact::HeavyBleeding, "heavy-bleeding", QT_TRANSLATE_NOOP("Terms", "Still bleeding heavily")},
    {PlanFact::AfterIvf, "after-ivf", QT_TRANSLATE_NOOP("Terms", "After IVF")},
    {PlanFact::NotAfterIvf, "not-after-ivf", QT_TRANSLATE_NOOP("Terms", "Not after IVF")},
    {PlanFact::PlanningToConceive, "planning-to-conceive", QT_TRANSLATE_NOOP("Terms", "Planning to conceive")},
};

const Term<IngredientProperty> ingredientProperties[] = {
    {IngredientProperty::Alcohol, "alcohol", QT_TRANSLATE_NOOP("Terms", "Alcohol")},
    {IngredientProperty::Sweetener, "sweetener", QT_TRANSLATE_NOOP("Terms", "Sweetener")},
    {IngredientProperty::Liver, "liver", QT_TRANSLATE_NOOP("Terms", "Liver")},
    {IngredientProperty::Seafood, "seafood", QT_TRANSLATE_NOOP("Terms", "Fish or seafood")},
    {IngredientProperty::Tonic, "tonic", QT_TRANSLATE_NOOP("Terms", "Tonic")},
    {IngredientProperty::BloodMoving, "blood-moving", QT_TRANSLATE_NOOP("Terms", "Blood-moving")},
    {IngredientProperty::AnticoagulantInteraction, "anticoagulant-interaction",
        QT_TRANSLATE_NOOP("Terms", "Interacts with anticoagulants")},
    {IngredientProperty::Warming, "warming", QT_TRANSLATE_NOOP("Terms", "Warming")},
    {IngredientProperty::Cooling, "cooling", QT_TRANSLATE_NOOP("Terms", "Cooling")},
    {IngredientProperty::NotInPregnancy, "not-in-pregnancy", QT_TRANSLATE_NOOP("Terms", "Not in pregnancy")},
};

const Term<PrintDocument> printDocuments[] = {
    {PrintDocument::Diet, "diet", QT_TRANSLATE_NOOP("Terms", "Diet schedule")},
    {PrintDocument::Rest, "rest", QT_TRANSLATE_NOOP("Terms", "Rest and activity schedule")},
    {PrintDocument::Calendar, "calendar", QT_TRANSLATE_NOOP("Terms", "Calendar for the fridge")},
    {PrintDocument::Shopping, "shopping", QT_TRANSLATE_NOOP("Terms", "Weekly shopping list")},
};

// The Chinese names stay in Chinese in every UI language: the practitioner reads them to a patient.
const Term<PrintLanguage> printLanguageTerms[] = {
    {PrintLanguage::English, "en", QT_TRANSLATE_NOOP("Terms", "English")},
    {PrintLanguage::Traditional, "zh-Hant", QT_TRANSLATE_NOOP("Terms", "Traditional Chinese (繁體中文)")},
    {PrintLanguage::Simplified, "zh-Hans", QT_TRANSLATE_NOOP("Terms", "Simplified Chinese (简体中文)")},
    {PrintLanguage::EnglishTraditional, "en+zh-Hant",
        QT_TRANSLATE_NOOP("Terms", "English and Traditional Chinese (繁體中文)")},
    {PrintLanguage::EnglishSimplified, "en+zh-Hans",
        QT_TRANSLATE_NOOP("Terms", "English and Simplified Chinese (简体中文)")},
};

const Term<BilingualLayout> bilingualLayouts[] = {
    {BilingualLayout::Stacked, "stacked", QT_TRANSLATE_NOOP("Terms", "One under the other")},
    {BilingualLayout::SideBySide, "side-by-side", QT_TRANSLATE_NOOP("Terms", "Side by side")},
};

const Term<PaperSize> paperSizes[] = {
    {PaperSize::A4, "a4", QT_TRANSLATE_NOOP("Terms", "A4")},
    {PaperSize::Letter, "letter", QT_TRANSLATE_NOOP("Terms", "Letter")},
};

const Term<PrintOutput> printOutputs[] = {
    {PrintOutput::Printer, "printer", QT_TRANSLATE_NOOP("Terms", "Printer")},
    {PrintOutput::Pdf, "pdf", QT_TRANSLATE_NOOP("Terms", "PDF")},
};

const Term<AuditSubject> auditSubjects[] = {
    {AuditSubject::Patient, "patient", QT_TRANSLATE_NOOP("Terms", "Patient record")},
    {AuditSubject::Loss, "loss", QT_TRANSLATE_NOOP("Terms", "Loss")},
    {AuditSubject::Plan, "plan", QT_TRANSLATE_NOOP("Terms", "Plan")},
};

const Term<AuditAction> auditActions[] = {
    {AuditAction::Created, "created", QT_TRANSLATE_NOOP("Terms", "Added")},
    {AuditAction::Changed, "changed", QT_TRANSLATE_NOOP("Terms", "Changed")},
    {AuditAction::Archived, "archived", QT_TRANSLATE_NOOP("Terms", "Archived")},
    {AuditAction::Restored, "restored", QT_TRANSLATE_NOOP("Terms", "Restored")},
    {AuditAction::Deleted, "deleted", QT_TRANSLATE_NOOP("Terms", "Removed")},
    {AuditAction::Imported, "imported", QT_TRANSLATE_NOOP("Terms", "Imported")},
    {AuditAction::Merged, "merged", QT_TRANSLATE_NOOP("Terms", "Merged from an import")},
    {AuditAction::MergedRecord, "merged-record", QT_TRANSLATE_NOOP("Terms", "Merged with another record")},
};

const Term<ItemOrigin> origins[] = {
    {ItemOrigin::BuiltIn, "built-in", QT_TRANSLATE_NOOP("Terms", "Built-in")},
    {ItemOrigin::ClinicEdited, "clinic-edited", QT_TRANSLATE_NOOP("Terms", "Clinic's version")},
    {ItemOrigin::ClinicOwn, "clinic-own", QT_TRANSLATE_NOOP("Terms", "Clinic's own")},
};

template <typename E, std::size_t N> QList<E> valuesOf(const Term<E> (&table)[N])
{
    QList<E> out;
    for (const auto &t : table)
        out << t.value;
    return out;
}

template <typename E, std::size_t N> const Term<E> *find(const Term<E> (&table)[N], E value)
{
    for (const auto &t : table) {
        if (t.value == value)
            return &t;
    }
    return nullptr;
}

template <typename E, std::size_t N> std::optional<E> findCode(const Term<E> (&table)[N], const QString &code)
{
    for (const auto &t : table) {
        if (code == QLatin1String(t.code))
            return t.value;
    }
    return std::nullopt;
}

} // namespace

#define RP_DEFINE_TERMS(E, table)                                                                                      \
    template <> QList<E> allValues<E>()                                                                                \
    {                                                                                                                  \
        return valuesOf(table);                                                                                        \
    }                                                                                                                  \
    template <> QString codeOf<E>(E v)                                                                                 \
    {                                                                                                                  \
        const auto *t = find(table, v);                                                                                \
        return t ? QString::fromLatin1(t->code) : QString();                                                           \
    }                                                                                                                  \
    template <> std::optional<E> fromCode<E>(const QString &c)                                                         \
    {                                                                                                                  \
        return findCode(table, c);                                                                                     \
    }                                                                                                                  \
    template <> QString displayName<E>(E v)                                                                            \
    {                                                                                                                  \
        const auto *t = find(table, v);                                                                                \
        return t ? QCoreApplication::translate("Terms", t->name) : QString();                                          \
    }

RP_DEFINE_TERMS(Constitution, constitutions)
RP_DEFINE_TERMS(Pattern, patterns)
RP_DEFINE_TERMS(Condition, conditions)
RP_DEFINE_TERMS(LossKind, lossKinds)
RP_DEFINE_TERMS(Management, managements)
RP_DEFINE_TERMS(Phase, phases)
RP_DEFINE_TERMS(Slot, mealSlotTerms)
RP_DEFINE_TERMS(ItemKind, itemKinds)
RP_DEFINE_TERMS(Tag, tags)
RP_DEFINE_TERMS(PlanFact, planFacts)
RP_DEFINE_TERMS(IngredientProperty, ingredientProperties)
RP_DEFINE_TERMS(ItemOrigin, origins)
RP_DEFINE_TERMS(PrintDocument, printDocuments)
RP_DEFINE_TERMS(PrintLanguage, printLanguageTerms)
RP_DEFINE_TERMS(BilingualLayout, bilingualLayouts)
RP_DEFINE_TERMS(PaperSize, paperSizes)
RP_DEFINE_TERMS(PrintOutput, printOutputs)
RP_DEFINE_TERMS(AuditSubject, auditSubjects)
RP_DEFINE_TERMS(AuditAction, auditActions)

#undef RP_DEFINE_TERMS

} // namespace rp
