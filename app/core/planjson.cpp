#include "planjson.h"

#include "terms.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

class PlanRequestText
{
    Q_DECLARE_TR_FUNCTIONS(PlanRequest)
};

namespace rp::planjson {

namespace {

QJsonObject text(const LocalizedText &t)
{
    return {{QStringLiteral("en"), t.en}, {QStringLiteral("zh-Hant"), t.hant}, {QStringLiteral("zh-Hans"), t.hans}};
}

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

// A calendar date written YYYY-MM-DD that exists (no 30 February).
bool readDate(const QJsonValue &v, const QString &field, QDate *out, QString *error)
{
    const QString s = v.toString();
    *out = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
    if (!v.isString() || !out->isValid())
        return fail(error,
            PlanRequestText::tr("“%1” must be a real date written YYYY-MM-DD, not “%2”.")
                .arg(field,
                    v.isString() ? s : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
    return true;
}

template <typename E> bool readCode(const QJsonValue &v, const QString &field, E *out, QString *error)
{
    QStringList allowed;
    for (E e : allValues<E>())
        allowed << codeOf(e);
    const auto e = fromCode<E>(v.toString());
    if (!v.isString() || !e)
        return fail(
            error, PlanRequestText::tr("“%1” must be one of %2.").arg(field, allowed.join(QStringLiteral(", "))));
    *out = *e;
    return true;
}

bool onlyKnownFields(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(error,
                where.isEmpty() ? PlanRequestText::tr("Unknown field “%1”.").arg(it.key())
                                : PlanRequestText::tr("Unknown field “%1” in “%2”.").arg(it.key(), where));
    }
    return true;
}

bool readWhole(const QJsonValue &v, const QString &field, int min, int max, int *out, QString *error)
{
    const double d = v.toDouble(-1e9);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return fail(
            error, PlanRequestText::tr("“%1” must be a whole number from %2 to %3.").arg(field).arg(min).arg(max));
    *out = int(d);
    return true;
}

} // namespace

// For a patient's details a repeated name would silently drop a condition, so it is refused.
QString firstDuplicateKey(const QByteArray &json)
{
    struct Scope
    {
        bool isObject;
        QSet<QString> keys;
    };
    QList<Scope> scopes;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{') {
            scopes.append(Scope{true, {}});
            expectKey = true;
        } else if (c == '[') {
            scopes.append(Scope{false, {}});
        } else if ((c == '}' || c == ']') && !scopes.isEmpty()) {
            scopes.removeLast();
        } else if (c == ',') {
            expectKey = !scopes.isEmpty() && scopes.last().isObject;
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < json.size() && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            if (expectKey && !scopes.isEmpty() && scopes.last().isObject) {
                const QString key = QString::fromUtf8(json.mid(i + 1, j - i - 1));
                if (scopes.last().keys.contains(key))
                    return key;
                scopes.last().keys.insert(key);
                expectKey = false;
            }
            i = j;
        }
    }
    return {};
}

std::optional<Request> readRequest(const QByteArray &json, const Planner &planner, QString *error)
{
    // A patient's details are a few hundred bytes; anything near a megabyte is not one.
    constexpr qsizetype maxInput = 1024 * 1024;
    if (json.size() > maxInput) {
        fail(error, PlanRequestText::tr("The input is larger than 1 MB; it cannot be a patient's details."));
        return std::nullopt;
    }
    if (const QString key = firstDuplicateKey(json); !key.isEmpty()) {
        fail(error, PlanRequestText::tr("The field “%1” is given twice; say it once.").arg(key));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        fail(error,
            PlanRequestText::tr("The input is not valid JSON (at character %1: %2).")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, PlanRequestText::tr("The input must be a JSON object with the patient's details."));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("constitution"), QStringLiteral("conditions"), QStringLiteral("loss"),
        QStringLiteral("start"), QStringLiteral("days"), QStringLiteral("practitionerItems"),
        QStringLiteral("lossCount"), QStringLiteral("followUpDays"), QStringLiteral("expelUntil"),
        QStringLiteral("regulateUntil"), QStringLiteral("heavyBleeding"), QStringLiteral("wineChosen")};
    if (!onlyKnownFields(o, known, {}, error))
        return std::nullopt;
    for (const char *list : {"conditions", "practitionerItems", "followUpDays"}) {
        const QJsonValue v = o.value(QLatin1String(list));
        if (!v.isUndefined() && !v.isArray()) {
            fail(error, PlanRequestText::tr("“%1” must be a list.").arg(QLatin1String(list)));
            return std::nullopt;
        }
    }

    Request r;
    PlanPatient &p = r.patient;
    if (o.contains(QStringLiteral("constitution"))
        && !readCode(o.value(QStringLiteral("constitution")), QStringLiteral("constitution"), &p.constitution, error))
        return std::nullopt;
    const QJsonValue conditions = o.value(QStringLiteral("conditions"));
    if (!conditions.isUndefined() && !conditions.isArray()) {
        fail(error, PlanRequestText::tr("“conditions” must be a list."));
        return std::nullopt;
    }
    for (const QJsonValue &c : conditions.toArray()) {
        Condition condition;
        if (!readCode(c, QStringLiteral("conditions"), &condition, error))
            return std::nullopt;
        if (!p.conditions.contains(condition))
            p.conditions << condition;
    }

    const QJsonValue lossValue = o.value(QStringLiteral("loss"));
    if (!lossValue.isObject()) {
        fail(error,
            PlanRequestText::tr("“loss” is required: an object with kind, date, gestationalWeek and management."));
        return std::nullopt;
    }
    const QJsonObject loss = lossValue.toObject();
    if (!onlyKnownFields(loss,
            {QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("gestationalWeek"),
                QStringLiteral("management"), QStringLiteral("conceivedByIvf")},
            QStringLiteral("loss"), error))
        return std::nullopt;
    if (!readCode(loss.value(QStringLiteral("kind")), QStringLiteral("loss.kind"), &p.loss.kind, error)
        || !readDate(loss.value(QStringLiteral("date")), QStringLiteral("loss.date"), &p.loss.date, error))
        return std::nullopt;
    if (loss.contains(QStringLiteral("management"))
        && !readCode(
            loss.value(QStringLiteral("management")), QStringLiteral("loss.management"), &p.loss.management, error))
        return std::nullopt;
    if (loss.contains(QStringLiteral("conceivedByIvf"))) {
        if (!loss.value(QStringLiteral("conceivedByIvf")).isBool()) {
            fail(error, PlanRequestText::tr("“%1” must be true or false.").arg(QStringLiteral("loss.conceivedByIvf")));
            return std::nullopt;
        }
        p.loss.conceivedByIvf = loss.value(QStringLiteral("conceivedByIvf")).toBool();
    }
    const QJsonValue week = loss.value(QStringLiteral("gestationalWeek"));
    if (!week.isUndefined() && !week.isNull()) {
        const double w = week.toDouble(-1);
        if (!week.isDouble() || w != int(w) || w < limits::minGestationalWeek || w > limits::maxGestationalWeek) {
            fail(error,
                PlanRequestText::tr("“loss.gestationalWeek” must be a whole number from %1 to %2.")
                    .arg(limits::minGestationalWeek)
                    .arg(limits::maxGestationalWeek));
            return std::nullopt;
        }
        p.loss.gestationalWeek = int(w);
    }
    if (o.contains(QStringLiteral("lossCount"))) {
        const double n = o.value(QStringLiteral("lossCount")).toDouble(-1);
        if (n < 1 || n > 50 || n != int(n)) {
            fail(error, PlanRequestText::tr("“lossCount” must be a whole number from 1 to 50."));
            return std::nullopt;
        }
        p.lossCount = int(n);
    }
    // Counted as losses of this one's kind: the headless request gives no history by kind.
    p.miscarriageCount = p.loss.kind == LossKind::FailedIvfTransfer ? 0 : p.lossCount;
    p.failedTransferCount = p.loss.kind == LossKind::FailedIvfTransfer ? p.lossCount : 0;

    if (p.loss.date > QDate::currentDate()) {
        fail(error, PlanRequestText::tr("“loss.date” cannot be in the future."));
        return std::nullopt;
    }
    r.settings = Planner::defaultSettings(p.loss);
    if (o.contains(QStringLiteral("start"))
        && !readDate(o.value(QStringLiteral("start")), QStringLiteral("start"), &r.settings.start, error))
        return std::nullopt;
    if (r.settings.start < p.loss.date || r.settings.start > p.loss.date.addYears(1)) {
        fail(error, PlanRequestText::tr("“start” must be from the day of the loss to a year after it."));
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("days"))) {
        const QJsonValue days = o.value(QStringLiteral("days"));
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d != int(d) || d < planlimits::minDays || d > planlimits::maxDays) {
            fail(error,
                PlanRequestText::tr("“days” must be a whole number from %1 to %2.")
                    .arg(planlimits::minDays)
                    .arg(planlimits::maxDays));
            return std::nullopt;
        }
        r.settings.days = int(d);
        std::tie(r.settings.expelUntil, r.settings.regulateUntil) = PlanSettings::defaultPhases(r.settings.days);
        r.settings.followUpDays.removeIf([&](int f) { return f > r.settings.days; });
        if (!r.settings.followUpDays.contains(r.settings.days))
            r.settings.followUpDays << r.settings.days;
    }
    if (o.contains(QStringLiteral("expelUntil"))
        && !readWhole(o.value(QStringLiteral("expelUntil")), QStringLiteral("expelUntil"), 1, r.settings.days,
            &r.settings.expelUntil, error))
        return std::nullopt;
    if (o.contains(QStringLiteral("regulateUntil"))
        && !readWhole(o.value(QStringLiteral("regulateUntil")), QStringLiteral("regulateUntil"), 1, r.settings.days,
            &r.settings.regulateUntil, error))
        return std::nullopt;
    if (o.contains(QStringLiteral("heavyBleeding"))) {
        if (!o.value(QStringLiteral("heavyBleeding")).isBool()) {
            fail(error, PlanRequestText::tr("“heavyBleeding” must be true or false."));
            return std::nullopt;
        }
        r.settings.heavyBleeding = o.value(QStringLiteral("heavyBleeding")).toBool();
    }
    if (o.contains(QStringLiteral("wineChosen"))) {
        if (!o.value(QStringLiteral("wineChosen")).isBool()) {
            fail(error, PlanRequestText::tr("“%1” must be true or false.").arg(QStringLiteral("wineChosen")));
            return std::nullopt;
        }
        r.settings.wineChosen = o.value(QStringLiteral("wineChosen")).toBool();
    }
    if (o.contains(QStringLiteral("followUpDays"))) {
        r.settings.followUpDays.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("followUpDays")).toArray()) {
            int d = 0;
            if (!readWhole(v, QStringLiteral("followUpDays"), 1, r.settings.days, &d, error))
                return std::nullopt;
            r.settings.followUpDays << d;
        }
    }
    for (const QJsonValue &v : o.value(QStringLiteral("practitionerItems")).toArray()) {
        if (!v.isString()) {
            fail(error, PlanRequestText::tr("“practitionerItems” must list names."));
            return std::nullopt;
        }
        const QString wanted = v.toString().trimmed();
        QString found;
        for (const LibraryItem &item : planner.library()) {
            if (item.practitionerOnly
                && (item.id == wanted || item.name.en == wanted || item.name.hant == wanted
                    || item.name.hans == wanted))
                found = item.id;
        }
        if (found.isEmpty()) {
            fail(error, PlanRequestText::tr("“%1” is not a practitioner-only formula in the library.").arg(wanted));
            return std::nullopt;
        }
        r.settings.practitionerItems << found;
    }
    const QStringList problems = Planner::checkSettings(r.settings);
    if (!problems.isEmpty()) {
        fail(error, problems.join(u' '));
        return std::nullopt;
    }
    return r;
}

QJsonDocument toJson(
    const Plan &plan, const QList<PlanWarning> &warnings, const QStringList &redFlags, const Planner &planner)
{
    QJsonArray days;
    for (const PlanDay &d : plan.days) {
        QJsonArray items;
        for (const PlanEntry &e : d.entries) {
            const LibraryItem *item = planner.item(e.itemId);
            items.append(QJsonObject{{QStringLiteral("slot"), codeOf(e.slot)}, {QStringLiteral("id"), e.itemId},
                {QStringLiteral("name"), item ? text(item->name) : QJsonObject{}}});
        }
        QJsonArray milestones;
        for (const QString &id : d.milestoneIds) {
            if (const LibraryItem *m = planner.item(id))
                milestones.append(text(m->name));
        }
        const LibraryItem *rest = planner.item(d.restId);
        days.append(QJsonObject{{QStringLiteral("day"), d.day}, {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("phase"), codeOf(d.phase)}, {QStringLiteral("items"), items},
            {QStringLiteral("rest"), rest ? text(rest->description) : QJsonObject{}},
            {QStringLiteral("milestones"), milestones}});
    }
    QJsonArray warned;
    for (const PlanWarning &w : warnings) {
        warned.append(QJsonObject{{QStringLiteral("day"), w.day}, {QStringLiteral("slot"), codeOf(w.slot)},
            {QStringLiteral("item"), w.itemId}, {QStringLiteral("reason"), text(w.reason)}});
    }
    QJsonArray flags;
    for (const QString &id : redFlags) {
        if (const LibraryItem *f = planner.item(id))
            flags.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), text(f->name)},
                {QStringLiteral("description"), text(f->description)}});
    }
    return QJsonDocument(QJsonObject{
        {QStringLiteral("days"), days}, {QStringLiteral("warnings"), warned}, {QStringLiteral("redFlags"), flags}});
}

QJsonObject settingsToJson(const PlanSettings &s)
{
    QJsonArray followUps;
    for (int d : s.followUpDays)
        followUps.append(d);
    return QJsonObject{{QStringLiteral("start"), s.start.toString(Qt::ISODate)}, {QStringLiteral("days"), s.days},
        {QStringLiteral("expelUntil"), s.expelUntil}, {QStringLiteral("regulateUntil"), s.regulateUntil},
        {QStringLiteral("followUpDays"), followUps},
        {QStringLiteral("practitionerItems"), QJsonArray::fromStringList(s.practitionerItems)},
        {QStringLiteral("heavyBleeding"), s.heavyBleeding}, {QStringLiteral("wineChosen"), s.wineChosen}};
}

PlanSettings settingsFromJson(const QJsonObject &o)
{
    PlanSettings s;
    s.start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    s.days = o.value(QStringLiteral("days")).toInt(30);
    s.expelUntil = o.value(QStringLiteral("expelUntil")).toInt(7);
    s.regulateUntil = o.value(QStringLiteral("regulateUntil")).toInt(14);
    s.followUpDays.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("followUpDays")).toArray())
        s.followUpDays << v.toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("practitionerItems")).toArray())
        s.practitionerItems << v.toString();
    s.heavyBleeding = o.value(QStringLiteral("heavyBleeding")).toBool();
    s.wineChosen = o.value(QStringLiteral("wineChosen")).toBool();
    return s;
}

} // namespace rp::planjson
