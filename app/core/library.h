#pragma once

#include "language.h"
#include "patient.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rp {

// One text in the app's three languages.
struct LocalizedText
{
    QString en;
    QString hant; // 繁體中文
    QString hans; // 简体中文

    QString in(Language language) const;
    bool isEmpty() const { return en.isEmpty() && hant.isEmpty() && hans.isEmpty(); }
    bool operator==(const LocalizedText &o) const { return en == o.en && hant == o.hant && hans == o.hans; }
};

// The three stages of the 30 days: expel 排 (days 1–7), regulate 調 (8–14), tonify 補 (15–end).
enum class Phase { Expel, Regulate, Tonify };
// The places in a day's plan an item can fill.
enum class Slot { Breakfast, Lunch, Dinner, Soup, Tea, Snack };
// What an item is.
enum class ItemKind { Dish, Soup, Tea, Porridge, Formula, Avoid, Rest, DailyRest, Milestone, RedFlag };
// Reasons an item must not be given to a patient (contraindications).
enum class Tag {
    Diabetes,
    SeafoodAllergy,
    Anticoagulants,
    HepatitisAlcohol,
    HeatConstitution,
    ColdConstitution,
    AfterSurgery,
    HeavyBleeding,
    PlanningToConceive,
    Breastfeeding,
    WineNotChosen, // held because the practitioner did not choose wine dishes for her (never in content)
};
// What a guidance item's printing depends on beyond her loss (content's "onlyWhen").
enum class PlanFact { WineChosen, WineNotChosen, HeavyBleeding, AfterIvf, NotAfterIvf, PlanningToConceive };

bool isFood(ItemKind kind);
// The contraindications an item may name: every tag but those the planner sets itself (wine).
QList<Tag> contentTags();

// One line of an item's ingredients, naming an entry of the controlled list (core/ingredients.h).
struct Ingredient
{
    LocalizedText name; // the list's name, filled in when read; free text only for an old
                        // clinic item whose ingredient the list does not know
    std::optional<double> amount; // as the sources give it; empty when they give none
    QString unit; // "g", "ml", "piece"; empty with no amount
    QString id; // in the controlled list; empty: not known to it (the rules warn)
    // Left out for her when a rule holds it (the dish is then printed "without" it) rather than
    // holding the whole dish.
    bool optional = false;
    QStringList alternatives; // list ids that can stand in for it, first allowed wins ("garlic or ginger")
    // The clinic's own pack of a medicinal herb: the only herb amount a patient ever reads.
    std::optional<double> packAmount;
    bool operator==(const Ingredient &o) const
    {
        return name == o.name && amount == o.amount && unit == o.unit && id == o.id && optional == o.optional
            && alternatives == o.alternatives && packAmount == o.packAmount;
    }
};

// A point where sources disagree, or a caution, shown beside the item with both sides.
struct ItemNote
{
    LocalizedText text;
    QStringList sources;
    bool conflict = false; // sources disagree (domain facts §6): both sides are in the text
    bool home = false; // a caution that matters at home: printed with the dish, in her language
    bool operator==(const ItemNote &o) const
    {
        return text == o.text && sources == o.sources && conflict == o.conflict && home == o.home;
    }
};

// One entry of the content library: a dish, soup, tea or formula, a piece of rest advice, a
// follow-up milestone, a red flag or a list of foods to avoid.
struct LibraryItem
{
    QString id;
    ItemKind kind = ItemKind::Dish;
    LocalizedText name;
    LocalizedText description;
    QList<Ingredient> ingredients;
    QList<Slot> mealSlots;
    QList<Phase> phases;
    std::optional<int> fromDay; // not before this day after the loss (the day after it is day 1)
    std::optional<int> untilDay; // not after this day after the loss
    std::optional<int> maxDays; // on at most this many days of one plan
    std::optional<int> perWeek; // at most this many times a week
    QList<Constitution> suits;
    QList<Tag> tags;
    QList<LossKind> lossKinds; // empty: every kind of loss
    std::optional<int> minGestationalWeek; // e.g. advice after a later loss
    std::optional<int> maxGestationalWeek; // e.g. the shorter rest after an early loss
    std::optional<int> minLossCount; // e.g. advice after repeated losses
    bool practitionerOnly = false;
    QStringList sources;
    QList<ItemNote> notes;
    // Guidance: printed only when all of these hold for her plan (wine chosen, heavy bleeding …).
    QList<PlanFact> onlyWhen;
    // Avoid lists and red flags: the ingredients (list ids) or properties ("alcohol") the text
    // warns against. No printout that carries the text schedules one of them.
    QStringList avoids;
    bool privateMilestone = false; // a milestone the fridge calendar may leave out

    bool operator==(const LibraryItem &o) const;
    bool operator!=(const LibraryItem &o) const { return !(*this == o); }

    // The name a screen shows: in English a formula keeps its Chinese name beside the English
    // one ("Generation and Transformation Decoction (Sheng Hua Tang) 生化湯"), as the
    // practitioner knows it and the herb shop's pack is labelled.
    QString screenName(Language language) const;
};

// Where an item in the clinic's library comes from.
enum class ItemOrigin { BuiltIn, ClinicEdited, ClinicOwn };

// An item as the clinic sees it: the built-in original or the clinic's version, and its state.
struct LibraryEntry
{
    LibraryItem item;
    ItemOrigin origin = ItemOrigin::BuiltIn;
    bool hidden = false;
    // The built-in original changed after the clinic edited it (the practitioner may compare).
    bool originalUpdated = false;
    std::optional<LibraryItem> original; // for edited built-ins
};

// What the library window filters by. Empty optionals mean "any".
struct LibraryFilter
{
    QString text;
    std::optional<ItemKind> kind;
    std::optional<Phase> phase;
    std::optional<Slot> slot;
    std::optional<Constitution> constitution; // items she may have: not contraindicated for it
    std::optional<Tag> tag; // items carrying this contraindication
    bool includeHidden = false;
};

bool matches(const LibraryEntry &entry, const LibraryFilter &filter);

// The source key: what "T4" or "M28" refers to.
struct Source
{
    QString code;
    QString title;
};

// Reading and checking content JSON. Errors name the item and the field.
namespace content {

struct ParseResult
{
    QList<LibraryItem> items;
    QStringList errors;
};

ParseResult parseItems(const QByteArray &json, const QString &fileName);
std::optional<LibraryItem> itemFromJson(const QJsonObject &object, QStringList *errors);
QJsonObject toJson(const LibraryItem &item);
QList<Source> parseSources(const QByteArray &json, QStringList *errors);

// Every rule a library item must meet (also for the clinic's own items).
QStringList check(const LibraryItem &item, const QSet<QString> &knownSources);

// The library shipped inside the app (resources/content), and a fingerprint of it that changes
// whenever any built-in item does.
QList<LibraryItem> builtInItems(QStringList *errors = nullptr);
QList<Source> builtInSources();
QSet<QString> builtInSourceCodes();
// The source code of the clinic's own practice, for items she adds.
inline QString clinicSourceCode()
{
    return QStringLiteral("CLINIC");
}
QByteArray builtInFingerprint();

} // namespace content

} // namespace rp
