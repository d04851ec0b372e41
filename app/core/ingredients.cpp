#include "ingredients.h"

#include "terms.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rp::ingredients {
namespace {

LocalizedText text(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("zh-Hant")).toString(),
        o.value(QStringLiteral("zh-Hans")).toString()};
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QString k = QLatin1String(key);
    return o.contains(k) ? std::optional<int>(o.value(k).toInt()) : std::nullopt;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

IngredientInfo fromJson(const QJsonObject &o, QStringList *errors)
{
    IngredientInfo i;
    i.id = o.value(QStringLiteral("id")).toString();
    i.name = text(o.value(QStringLiteral("name")));
    i.herb = o.value(QStringLiteral("herb")).toBool();
    for (const QString &code : strings(o.value(QStringLiteral("properties")))) {
        if (auto p = fromCode<IngredientProperty>(code))
            i.properties << *p;
        else
            errors->append(QStringLiteral("ingredient %1: unknown property “%2”").arg(i.id, code));
    }
    i.fromDay = optionalInt(o, "fromDay");
    i.untilDay = optionalInt(o, "untilDay");
    i.maxDays = optionalInt(o, "maxDays");
    i.perWeek = optionalInt(o, "perWeek");
    i.sources = strings(o.value(QStringLiteral("sources")));
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        ItemNote note{text(n.value(QStringLiteral("text"))), strings(n.value(QStringLiteral("sources"))),
            n.value(QStringLiteral("conflict")).toBool()};
        note.home = n.value(QStringLiteral("home")).toBool();
        i.notes << note;
    }
    return i;
}

struct Table
{
    QList<IngredientInfo> items;
    QHash<QString, int> byId;
    QHash<QString, int> byName; // English (lower-case) and Chinese names
    QStringList errors;
};

const Table &table()
{
    static const Table t = [] {
        Table t;
        QFile f(QStringLiteral(":/content/ingredients.json"));
        if (!f.open(QIODevice::ReadOnly))
            t.errors << QStringLiteral("ingredients.json is missing from the build");
        t.items = parse(f.readAll(), &t.errors);
        for (int n = 0; n < t.items.size(); ++n) {
            const IngredientInfo &i = t.items.at(n);
            t.byId.insert(i.id, n);
            for (const QString &name : {i.name.en.toLower(), i.name.hant, i.name.hans})
                t.byName.insert(name, n);
        }
        return t;
    }();
    return t;
}

} // namespace

QList<IngredientInfo> parse(const QByteArray &json, QStringList *errors)
{
    QList<IngredientInfo> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        errors->append(QStringLiteral("ingredients.json: not a JSON object"));
        return out;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("ingredients")).toArray())
        out << fromJson(v.toObject(), errors);
    return out;
}

const QList<IngredientInfo> &all(QStringList *errors)
{
    if (errors)
        *errors = table().errors;
    return table().items;
}

const IngredientInfo *find(const QString &id)
{
    const Table &t = table();
    const auto it = t.byId.constFind(id);
    return it == t.byId.constEnd() ? nullptr : &t.items.at(*it);
}

const IngredientInfo *byName(const LocalizedText &name)
{
    const Table &t = table();
    // Names as version 0.1 wrote them, before the list had its own words for them.
    static const QHash<QString, QString> older{
        {QStringLiteral("ginger shreds"), QStringLiteral("fresh-ginger")},
        {QStringLiteral("atractylodes"), QStringLiteral("atractylodes")},
        {QStringLiteral("licorice"), QStringLiteral("gan-cao")},
        {QStringLiteral("black-bone chicken"), QStringLiteral("black-chicken")},
        {QStringLiteral("hakka yellow wine"), QStringLiteral("yellow-wine")},
        {QStringLiteral("fermented glutinous rice"), QStringLiteral("fermented-rice")},
        {QStringLiteral("donkey-hide gelatin"), QStringLiteral("donkey-hide-gelatin")},
        {QStringLiteral("rice wine (optional)"), QStringLiteral("rice-wine")},
        {QStringLiteral("豬肝"), QStringLiteral("pork-liver")},
        {QStringLiteral("山藥"), QStringLiteral("chinese-yam")},
        {QStringLiteral("黃芪"), QStringLiteral("astragalus")},
        {QStringLiteral("烏雞"), QStringLiteral("black-chicken")},
        {QStringLiteral("地瓜葉"), QStringLiteral("sweet-potato-leaves")},
        {QStringLiteral("桂圓肉"), QStringLiteral("dried-longan")},
        {QStringLiteral("枸杞子"), QStringLiteral("goji")},
        {QStringLiteral("醪糟"), QStringLiteral("fermented-rice")},
    };
    for (const QString &key : {name.en.trimmed().toLower(), name.hant.trimmed(), name.hans.trimmed()}) {
        if (key.isEmpty())
            continue;
        if (const auto it = t.byName.constFind(key); it != t.byName.constEnd())
            return &t.items.at(*it);
        if (const auto it = older.constFind(key); it != older.constEnd())
            return find(*it);
    }
    return nullptr;
}

} // namespace rp::ingredients
