#pragma once

#include "library.h"

#include <QList>
#include <QString>
#include <optional>

namespace rp {

// What the rules read of an ingredient (docs/planner-rules.md, "Rules hold at the ingredient").
enum class IngredientProperty {
    Alcohol, // rice wine, yellow wine, fermented rice
    Sweetener, // brown sugar, rock sugar, sweet vinegar, fermented rice
    Liver,
    Seafood, // fish and seafood
    Tonic, // 當歸, 人參, 黨參, 阿膠, 黃芪 and the other tonic herbs
    BloodMoving, // 當歸, 川芎, 桃仁, 益母草, brown sugar, rose buds
    AnticoagulantInteraction, // 當歸, 益母草
    Warming, // held for a heat constitution (wine, sesame oil, mutton, cinnamon)
    Cooling, // held for a cold constitution (winter melon, loofah, lotus root)
    NotInPregnancy, // a source says not in pregnancy (rose buds, R70): held while trying to conceive
};

// One entry of the controlled ingredient list (resources/content/ingredients.json). Every food,
// recipe and clinic item names its ingredients from this list, so a rule written for brown sugar
// holds in every dish that contains it, whatever the dish is called.
struct IngredientInfo
{
    QString id;
    LocalizedText name; // zh-Hant in Hong Kong and Macau market words, zh-Hans in mainland words
    bool herb = false; // a medicinal herb: no amount where the patient reads, unless the clinic's pack
    QList<IngredientProperty> properties;
    // Limits counted over every dish that contains it; days are days since the loss.
    std::optional<int> fromDay;
    std::optional<int> untilDay;
    std::optional<int> maxDays; // on at most this many days of a plan
    std::optional<int> perWeek; // at most this many times in a week of the plan
    QStringList sources;
    QList<ItemNote> notes; // cautions; those marked home are printed with every dish holding it

    bool has(IngredientProperty p) const { return properties.contains(p); }
};

namespace ingredients {

// The built-in list, parsed once. `errors` names what could not be read.
const QList<IngredientInfo> &all(QStringList *errors = nullptr);
const IngredientInfo *find(const QString &id);
// The list entry an old free-text ingredient means, by its English or Chinese name (clinic items
// saved before the list existed); nullptr when none does.
const IngredientInfo *byName(const LocalizedText &name);
QList<IngredientInfo> parse(const QByteArray &json, QStringList *errors);

} // namespace ingredients
} // namespace rp
