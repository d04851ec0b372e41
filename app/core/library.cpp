#include "library.h"

#include "chinesescript.h"
#include "ingredients.h"
#include "search.h"
#include "terms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

class LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(LibraryText)
};

namespace rp {

QString LocalizedText::in(Language language) const
{
    switch (language) {
    case Language::English:
        return en;
    case Language::TraditionalChinese:
        return hant.isEmpty() ? hans : hant;
    case Language::SimplifiedChinese:
        return hans.isEmpty() ? toSimplified(hant) : hans;
    }
    return en;
}

bool isFood(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Dish:
    case ItemKind::Soup:
    case ItemKind::Tea:
    case ItemKind::Porridge:
    case ItemKind::Formula:
        return true;
    default:
        return false;
    }
}

QList<Tag> contentTags()
{
    QList<Tag> tags = allValues<Tag>();
    tags.removeAll(Tag::WineNotChosen);
    return tags;
}

QString LibraryItem::screenName(Language language) const
{
    if (language == Language::English && kind == ItemKind::Formula && !name.hant.isEmpty()
        && !name.en.contains(name.hant))
        return name.en + u' ' + name.hant;
    return name.in(language);
}

bool LibraryItem::operator==(const LibraryItem &o) const
{
    return id == o.id && kind == o.kind && name == o.name && description == o.description
        && ingredients == o.ingredients && mealSlots == o.mealSlots && phases == o.phases && fromDay == o.fromDay
        && untilDay == o.untilDay && maxDays == o.maxDays && perWeek == o.perWeek && suits == o.suits && tags == o.tags
        && lossKinds == o.lossKinds && minGestationalWeek == o.minGestationalWeek
        && maxGestationalWeek == o.maxGestationalWeek && minLossCount == o.minLossCount
        && practitionerOnly == o.practitionerOnly && sources == o.sources && notes == o.notes && onlyWhen == o.onlyWhen
        && avoids == o.avoids && privateMilestone == o.privateMilestone;
}

bool matches(const LibraryEntry &entry, const LibraryFilter &f)
{
    const LibraryItem &item = entry.item;
    if (entry.hidden && !f.includeHidden)
        return false;
    if (f.kind && item.kind != *f.kind)
        return false;
    if (f.phase && !item.phases.contains(*f.phase))
        return false;
    if (f.slot && !item.mealSlots.contains(*f.slot))
        return false;
    if (f.tag && !item.tags.contains(*f.tag))
        return false;
    if (f.constitution) {
        if (*f.constitution == Constitution::Heat && item.tags.contains(Tag::HeatConstitution))
            return false;
        if (*f.constitution == Constitution::Cold && item.tags.contains(Tag::ColdConstitution))
            return false;
    }
    const QStringList terms = searchTerms(f.text);
    if (terms.isEmpty())
        return true;
    QStringList haystack{item.id, item.name.en, item.name.hant, item.name.hans};
    for (const Ingredient &i : item.ingredients)
        haystack << i.name.en << i.name.hant << i.name.hans;
    haystack << item.sources;
    const QString folded = foldForSearch(haystack.join(u'\n'));
    for (const QString &term : terms) {
        if (!folded.contains(term))
            return false;
    }
    return true;
}

namespace content {
namespace {

const QString kEn = QStringLiteral("en");
const QString kHant = QStringLiteral("zh-Hant");
const QString kHans = QStringLiteral("zh-Hans");

QJsonObject textToJson(const LocalizedText &t)
{
    return {{kEn, t.en}, {kHant, t.hant}, {kHans, t.hans}};
}

LocalizedText textFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(kEn).toString(), o.value(kHant).toString(), o.value(kHans).toString()};
}

template <typename E> QJsonArray codesToJson(const QList<E> &values)
{
    QJsonArray a;
    for (E v : values)
        a.append(codeOf(v));
    return a;
}

template <typename E>
QList<E> codesFromJson(const QJsonValue &v, const QString &id, const QString &field, QStringList *errors)
{
    QList<E> out;
    for (const QJsonValue &c : v.toArray()) {
        if (auto e = fromCode<E>(c.toString()))
            out << *e;
        else
            errors->append(QStringLiteral("%1: unknown %2 “%3”").arg(id, field, c.toString()));
    }
    return out;
}

std::optional<int> optionalInt(const QJsonObject &o, const QString &key)
{
    return o.contains(key) ? std::optional<int>(o.value(key).toInt()) : std::nullopt;
}

void putOptional(QJsonObject &o, const QString &key, const std::optional<int> &v)
{
    if (v)
        o.insert(key, *v);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList builtInFiles{QStringLiteral(":/content/foods.json"), QStringLiteral(":/content/guidance.json")};

QJsonObject ingredientToJson(const Ingredient &i)
{
    QJsonObject io;
    if (!i.id.isEmpty())
        io.insert(QStringLiteral("id"), i.id); // its names come from the list when read
    else
        io.insert(QStringLiteral("name"), textToJson(i.name));
    if (i.amount) {
        io.insert(QStringLiteral("amount"), *i.amount);
        io.insert(QStringLiteral("unit"), i.unit);
    }
    if (i.optional)
        io.insert(QStringLiteral("optional"), true);
    if (!i.alternatives.isEmpty())
        io.insert(QStringLiteral("or"), QJsonArray::fromStringList(i.alternatives));
    if (i.packAmount) {
        io.insert(QStringLiteral("packAmount"), *i.packAmount);
        io.insert(QStringLiteral("unit"), i.unit.isEmpty() ? QStringLiteral("g") : i.unit);
    }
    return io;
}

// An ingredient line names the controlled list by id. One written as free text (a clinic item
// saved before the list existed) is matched to the list by name, so the rules still read it.
Ingredient ingredientFromJson(const QJsonObject &io, const QString &itemId, QStringList *errors)
{
    Ingredient i;
    i.id = io.value(QStringLiteral("id")).toString();
    i.name = textFromJson(io.value(QStringLiteral("name")));
    if (io.contains(QStringLiteral("amount")))
        i.amount = io.value(QStringLiteral("amount")).toDouble();
    if (io.contains(QStringLiteral("packAmount")))
        i.packAmount = io.value(QStringLiteral("packAmount")).toDouble();
    i.unit = io.value(QStringLiteral("unit")).toString();
    i.optional = io.value(QStringLiteral("optional")).toBool();
    i.alternatives = stringList(io.value(QStringLiteral("or")));
    if (i.id.isEmpty()) {
        if (const IngredientInfo *known = ingredients::byName(i.name)) {
            i.optional = i.optional || i.name.en.contains(QLatin1String("optional"), Qt::CaseInsensitive);
            i.id = known->id;
        }
    }
    if (!i.id.isEmpty()) {
        const IngredientInfo *known = ingredients::find(i.id);
        if (!known)
            errors->append(QStringLiteral("%1: unknown ingredient “%2”").arg(itemId, i.id));
        else
            i.name = known->name;
    }
    for (const QString &alt : std::as_const(i.alternatives)) {
        if (!ingredients::find(alt))
            errors->append(QStringLiteral("%1: unknown ingredient “%2”").arg(itemId, alt));
    }
    return i;
}

} // namespace

QJsonObject toJson(const LibraryItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("kind"), codeOf(item.kind));
    o.insert(QStringLiteral("name"), textToJson(item.name));
    o.insert(QStringLiteral("description"), textToJson(item.description));
    if (!item.ingredients.isEmpty()) {
        QJsonArray a;
        for (const Ingredient &i : item.ingredients)
            a.append(ingredientToJson(i));
        o.insert(QStringLiteral("ingredients"), a);
    }
    if (!item.mealSlots.isEmpty())
        o.insert(QStringLiteral("slots"), codesToJson(item.mealSlots));
    if (!item.phases.isEmpty())
        o.insert(QStringLiteral("phases"), codesToJson(item.phases));
    putOptional(o, QStringLiteral("fromDay"), item.fromDay);
    putOptional(o, QStringLiteral("untilDay"), item.untilDay);
    putOptional(o, QStringLiteral("maxDays"), item.maxDays);
    putOptional(o, QStringLiteral("perWeek"), item.perWeek);
    if (!item.suits.isEmpty())
        o.insert(QStringLiteral("suits"), codesToJson(item.suits));
    if (!item.tags.isEmpty())
        o.insert(QStringLiteral("tags"), codesToJson(item.tags));
    if (!item.lossKinds.isEmpty())
        o.insert(QStringLiteral("lossKinds"), codesToJson(item.lossKinds));
    putOptional(o, QStringLiteral("minGestationalWeek"), item.minGestationalWeek);
    putOptional(o, QStringLiteral("maxGestationalWeek"), item.maxGestationalWeek);
    putOptional(o, QStringLiteral("minLossCount"), item.minLossCount);
    if (item.practitionerOnly)
        o.insert(QStringLiteral("practitionerOnly"), true);
    if (!item.onlyWhen.isEmpty())
        o.insert(QStringLiteral("onlyWhen"), codesToJson(item.onlyWhen));
    if (!item.avoids.isEmpty())
        o.insert(QStringLiteral("avoids"), QJsonArray::fromStringList(item.avoids));
    if (item.privateMilestone)
        o.insert(QStringLiteral("private"), true);
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(item.sources));
    if (!item.notes.isEmpty()) {
        QJsonArray a;
        for (const ItemNote &n : item.notes) {
            QJsonObject no{{QStringLiteral("text"), textToJson(n.text)},
                {QStringLiteral("sources"), QJsonArray::fromStringList(n.sources)}};
            if (n.conflict)
                no.insert(QStringLiteral("conflict"), true);
            if (n.home)
                no.insert(QStringLiteral("home"), true);
            a.append(no);
        }
        o.insert(QStringLiteral("notes"), a);
    }
    return o;
}

std::optional<LibraryItem> itemFromJson(const QJsonObject &o, QStringList *errors)
{
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("ingredients"), QStringLiteral("slots"), QStringLiteral("phases"),
        QStringLiteral("fromDay"), QStringLiteral("untilDay"), QStringLiteral("maxDays"), QStringLiteral("perWeek"),
        QStringLiteral("suits"), QStringLiteral("tags"), QStringLiteral("lossKinds"),
        QStringLiteral("minGestationalWeek"), QStringLiteral("maxGestationalWeek"), QStringLiteral("minLossCount"),
        QStringLiteral("onlyWhen"), QStringLiteral("avoids"), QStringLiteral("private"),
        QStringLiteral("practitionerOnly"), QStringLiteral("sources"), QStringLiteral("notes")};
    const int errorsBefore = int(errors->size());
    LibraryItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    const QString id = item.id.isEmpty() ? QStringLiteral("(no id)") : item.id;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append(QStringLiteral("%1: unknown field “%2”").arg(id, it.key()));
    }
    const auto kind = fromCode<ItemKind>(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        errors->append(QStringLiteral("%1: unknown kind “%2”").arg(id, o.value(QStringLiteral("kind")).toString()));
    item.kind = kind.value_or(ItemKind::Dish);
    item.name = textFromJson(o.value(QStringLiteral("name")));
    item.description = textFromJson(o.value(QStringLiteral("description")));
    for (const QJsonValue &v : o.value(QStringLiteral("ingredients")).toArray())
        item.ingredients << ingredientFromJson(v.toObject(), id, errors);
    item.mealSlots = codesFromJson<Slot>(o.value(QStringLiteral("slots")), id, QStringLiteral("slot"), errors);
    item.phases = codesFromJson<Phase>(o.value(QStringLiteral("phases")), id, QStringLiteral("phase"), errors);
    item.fromDay = optionalInt(o, QStringLiteral("fromDay"));
    item.untilDay = optionalInt(o, QStringLiteral("untilDay"));
    item.maxDays = optionalInt(o, QStringLiteral("maxDays"));
    item.perWeek = optionalInt(o, QStringLiteral("perWeek"));
    item.suits
        = codesFromJson<Constitution>(o.value(QStringLiteral("suits")), id, QStringLiteral("constitution"), errors);
    item.tags = codesFromJson<Tag>(o.value(QStringLiteral("tags")), id, QStringLiteral("tag"), errors);
    item.lossKinds
        = codesFromJson<LossKind>(o.value(QStringLiteral("lossKinds")), id, QStringLiteral("loss kind"), errors);
    item.minGestationalWeek = optionalInt(o, QStringLiteral("minGestationalWeek"));
    item.maxGestationalWeek = optionalInt(o, QStringLiteral("maxGestationalWeek"));
    item.minLossCount = optionalInt(o, QStringLiteral("minLossCount"));
    item.practitionerOnly = o.value(QStringLiteral("practitionerOnly")).toBool();
    item.onlyWhen
        = codesFromJson<PlanFact>(o.value(QStringLiteral("onlyWhen")), id, QStringLiteral("plan fact"), errors);
    item.avoids = stringList(o.value(QStringLiteral("avoids")));
    item.privateMilestone = o.value(QStringLiteral("private")).toBool();
    item.sources = stringList(o.value(QStringLiteral("sources")));
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject no = v.toObject();
        item.notes << ItemNote{textFromJson(no.value(QStringLiteral("text"))),
            stringList(no.value(QStringLiteral("sources"))), no.value(QStringLiteral("conflict")).toBool(),
            no.value(QStringLiteral("home")).toBool()};
    }
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return item;
}

ParseResult parseItems(const QByteArray &json, const QString &fileName)
{
    ParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        result.errors << QStringLiteral("%1: not valid JSON at offset %2: %3")
                             .arg(fileName)
                             .arg(error.offset)
                             .arg(error.errorString());
        return result;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        if (auto item = itemFromJson(v.toObject(), &result.errors))
            result.items << *item;
    }
    return result;
}

QList<Source> parseSources(const QByteArray &json, QStringList *errors)
{
    QList<Source> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isNull()) {
        errors->append(QStringLiteral("sources: not valid JSON"));
        return out;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        out << Source{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("title")).toString()};
    }
    return out;
}

QStringList check(const LibraryItem &item, const QSet<QString> &knownSources)
{
    QStringList errors;
    auto err = [&](const QString &message) { errors << message; };

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idPattern.match(item.id).hasMatch())
        err(LibraryText::tr("the id must be lower-case letters, digits and dashes"));

    auto checkText = [&](const LocalizedText &t, const QString &what) {
        if (t.en.trimmed().isEmpty())
            err(LibraryText::tr("%1 in English is empty").arg(what));
        if (t.hant.trimmed().isEmpty())
            err(LibraryText::tr("%1 in Traditional Chinese is empty").arg(what));
        if (t.hans.trimmed().isEmpty())
            err(LibraryText::tr("%1 in Simplified Chinese is empty").arg(what));
        else if (simplifiedConversionAvailable() && simplifiedCharacters(t.hans) != t.hans)
            err(LibraryText::tr("%1 in Simplified Chinese still has Traditional characters: %2").arg(what, t.hans));
        // Nothing about medicines or their doses: those are the doctor's.
        static const QRegularExpression dose(
            QStringLiteral(
                "\\d\\s*((mg|mcg|µg|μg|iu)\\b|毫克|微克|國際單位|国际单位)|paracetamol|acetaminophen|ibuprofen|aspirin|"
                "撲熱息痛|扑热息痛|必理痛|布洛芬|阿士匹靈|阿司匹林|阿斯匹林|阿斯匹靈"),
            QRegularExpression::CaseInsensitiveOption);
        // Loss-sensitive wording: she has lost a pregnancy.
        static const QRegularExpression insensitive(
            QStringLiteral("\\bbab(y|ies)\\b|newborn|congratulat|寶寶|宝宝|(?<!試管)嬰兒|(?<!试管)婴儿|"
                           "新生兒|新生儿|恭喜|餵奶|喂奶|初生"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &s : {t.en, t.hant, t.hans}) {
            if (dose.match(s).hasMatch())
                err(LibraryText::tr("%1 mentions a medicine or a dose: %2").arg(what, s));
            if (insensitive.match(s).hasMatch())
                err(LibraryText::tr("%1 uses wording unkind after a loss: %2").arg(what, s));
        }
    };
    checkText(item.name, LibraryText::tr("The name"));
    checkText(item.description, LibraryText::tr("The description"));
    int herbs = 0;
    for (const Ingredient &i : item.ingredients) {
        const IngredientInfo *known = ingredients::find(i.id);
        if (!known)
            err(LibraryText::tr("“%1” is not in the ingredient list: choose it from the list so the rules can read it")
                    .arg(i.name.en.isEmpty() ? i.name.hant : i.name.en));
        else
            herbs += known->herb;
        static const QStringList units{QStringLiteral("g"), QStringLiteral("ml"), QStringLiteral("piece")};
        if ((i.amount || i.packAmount)
            && (i.amount.value_or(1) <= 0 || i.packAmount.value_or(1) <= 0 || !units.contains(i.unit)))
            err(LibraryText::tr("the amount of %1 needs a positive number and a unit: g, ml or piece").arg(i.name.en));
        if (i.packAmount && !(known && known->herb))
            err(LibraryText::tr("only a medicinal herb has a pack amount (%1)").arg(i.name.en));
        // Motherwort's use while bleeding is disputed: the practitioner decides, every time.
        if (i.id == QLatin1String("motherwort") && !item.practitionerOnly)
            err(LibraryText::tr("an item with motherwort (益母草) must be practitioner-only"));
        if (item.kind == ItemKind::Formula && i.amount)
            err(LibraryText::tr("a practitioner-only formula lists no amounts (%1)").arg(i.name.en));
    }
    // Three medicinal herbs or more make a formula, whatever the dish is called (四君子 in a soup).
    if (herbs >= 3 && !item.practitionerOnly)
        err(LibraryText::tr(
            "an item with three or more medicinal herbs is built on a formula and must be practitioner-only"));
    if (item.tags.contains(Tag::WineNotChosen))
        err(LibraryText::tr("“wine not chosen” is the planner's own reason, not a contraindication"));
    for (const QString &a : item.avoids) {
        if (!ingredients::find(a) && !fromCode<IngredientProperty>(a))
            err(LibraryText::tr("“%1” in what it warns against is neither an ingredient nor a property").arg(a));
    }
    if (isFood(item.kind) && (!item.onlyWhen.isEmpty() || !item.avoids.isEmpty()))
        err(LibraryText::tr("a food has no printing conditions and warns against nothing"));
    if (item.privateMilestone && item.kind != ItemKind::Milestone)
        err(LibraryText::tr("only a milestone is private"));
    for (const ItemNote &n : item.notes) {
        checkText(n.text, LibraryText::tr("A note"));
        for (const QString &s : n.sources) {
            if (!knownSources.contains(s))
                err(LibraryText::tr("unknown source code %1").arg(s));
        }
    }
    if (item.sources.isEmpty())
        err(LibraryText::tr("no source is given"));
    for (const QString &s : item.sources) {
        if (!knownSources.contains(s))
            err(LibraryText::tr("unknown source code %1").arg(s));
    }

    if (isFood(item.kind)) {
        if (item.mealSlots.isEmpty())
            err(LibraryText::tr("a food needs at least one meal slot"));
        if (item.phases.isEmpty())
            err(LibraryText::tr("a food needs at least one phase"));
    } else if (!item.mealSlots.isEmpty() || !item.ingredients.isEmpty()) {
        err(LibraryText::tr("only foods have meal slots and ingredients"));
    }
    if (item.kind == ItemKind::Formula && !item.practitionerOnly)
        err(LibraryText::tr("a formula is always practitioner-only"));
    if (item.practitionerOnly && !isFood(item.kind))
        err(LibraryText::tr("only foods and formulas can be practitioner-only"));
    auto inDays = [](const std::optional<int> &d) { return !d || (*d >= 1 && *d <= 42); };
    if (!inDays(item.fromDay) || !inDays(item.untilDay) || !inDays(item.maxDays))
        err(LibraryText::tr("days must be between 1 and 42"));
    if (item.fromDay && item.untilDay && *item.fromDay > *item.untilDay)
        err(LibraryText::tr("the first day comes after the last day"));
    if (item.perWeek && (*item.perWeek < 1 || *item.perWeek > 7))
        err(LibraryText::tr("times a week must be between 1 and 7"));
    return errors;
}

QList<LibraryItem> builtInItems(QStringList *errors)
{
    static const ParseResult all = [] {
        ParseResult r;
        for (const QString &file : builtInFiles) {
            ParseResult one = parseItems(readResource(file), file);
            r.items << one.items;
            r.errors << one.errors;
        }
        return r;
    }();
    if (errors)
        *errors = all.errors;
    return all.items;
}

QList<Source> builtInSources()
{
    static const QList<Source> sources = [] {
        QStringList ignored;
        return parseSources(readResource(QStringLiteral(":/content/sources.json")), &ignored);
    }();
    return sources;
}

QSet<QString> builtInSourceCodes()
{
    QSet<QString> codes;
    for (const Source &s : builtInSources())
        codes.insert(s.code);
    return codes;
}

QByteArray builtInFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : builtInFiles)
        hash.addData(readResource(file));
    hash.addData(readResource(QStringLiteral(":/content/ingredients.json")));
    return hash.result().toHex();
}

} // namespace content
} // namespace rp
