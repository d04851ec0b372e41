#include "planjson.h"

#include "terms.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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
        return fail(error, PlanRequestText::tr("“%1” must be a real date written YYYY-MM-DD, not “%2”.")
                               .arg(field, v.isString() ? s : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
    return true;
}

template <typename E> bool readCode(const QJsonValue &v, const QString &field, E *out, QString *error)
{
    QStringList allowed;
    for (E e : allValues<E>())
        allowed << codeOf(e);
    const auto e = fromCode<E>(v.toString());
    if (!v.isString() || !e)
        return fail(error, PlanRequestText::tr("“%1” must be one of %2.").arg(field, allowed.join(QStringLiteral(", "))));
    *out = *e;
    return true;
}

} // namespace

std::optional<Request> readRequest(const QByteArray &json, const Planner &planner, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        fail(error, PlanRequestText::tr("The input is not valid JSON (at character %1: %2).")
                        .arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, PlanRequestText::tr("The input must be a JSON object with the patient's details."));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("constitution"), QStringLiteral("conditions"), QStringLiteral("loss"),
                                   QStringLiteral("start"), QStringLiteral("days"), QStringLiteral("practitionerItems"),
                                   QStringLiteral("lossCount"), QStringLiteral("followUpDays")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, PlanRequestText::tr("Unknown field “%1”.").arg(it.key()));
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
        fail(error, PlanRequestText::tr("“loss” is required: an object with kind, date, gestationalWeek and management."));
        return std::nullopt;
    }
    const QJsonObject loss = lossValue.toObject();
    if (!readCode(loss.value(QStringLiteral("kind")), QStringLiteral("loss.kind"), &p.loss.kind, error)
        || !readDate(loss.value(QStringLiteral("date")), QStringLiteral("loss.date"), &p.loss.date, error))
        return std::nullopt;
    if (loss.contains(QStringLiteral("management"))
        && !readCode(loss.value(QStringLiteral("management")), QStringLiteral("loss.management"), &p.loss.management, error))
        return std::nullopt;
    const QJsonValue week = loss.value(QStringLiteral("gestationalWeek"));
    if (!week.isUndefined() && !week.isNull()) {
        const double w = week.toDouble(-1);
        if (!week.isDouble() || w != int(w) || w < limits::minGestationalWeek || w > limits::maxGestationalWeek) {
            fail(error, PlanRequestText::tr("“loss.gestationalWeek” must be a whole number from %1 to %2.")
                            .arg(limits::minGestationalWeek).arg(limits::maxGestationalWeek));
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

    r.settings = Planner::defaultSettings(p.loss);
    if (o.contains(QStringLiteral("start")) && !readDate(o.value(QStringLiteral("start")), QStringLiteral("start"), &r.settings.start, error))
        return std::nullopt;
    if (r.settings.start < p.loss.date) {
        fail(error, PlanRequestText::tr("“start” cannot be before the loss."));
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("days"))) {
        const QJsonValue days = o.value(QStringLiteral("days"));
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d != int(d) || d < planlimits::minDays || d > planlimits::maxDays) {
            fail(error, PlanRequestText::tr("“days” must be a whole number from %1 to %2.").arg(planlimits::minDays).arg(planlimits::maxDays));
            return std::nullopt;
        }
        r.settings.days = int(d);
        r.settings.followUpDays.removeIf([&](int f) { return f > r.settings.days; });
        if (!r.settings.followUpDays.contains(r.settings.days))
            r.settings.followUpDays << r.settings.days;
    }
    if (o.contains(QStringLiteral("followUpDays"))) {
        r.settings.followUpDays.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("followUpDays")).toArray())
            r.settings.followUpDays << v.toInt(-1);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("practitionerItems")).toArray()) {
        const QString wanted = v.toString().trimmed();
        QString found;
        for (const LibraryItem &item : planner.library()) {
            if (item.practitionerOnly
                && (item.id == wanted || item.name.en == wanted || item.name.hant == wanted || item.name.hans == wanted))
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

QJsonDocument toJson(const Plan &plan, const QList<PlanWarning> &warnings, const QStringList &redFlags,
                     const Planner &planner)
{
    QJsonArray days;
    for (const PlanDay &d : plan.days) {
        QJsonArray items;
        for (const PlanEntry &e : d.entries) {
            const LibraryItem *item = planner.item(e.itemId);
            items.append(QJsonObject{{QStringLiteral("slot"), codeOf(e.slot)},
                                     {QStringLiteral("id"), e.itemId},
                                     {QStringLiteral("name"), item ? text(item->name) : QJsonObject{}}});
        }
        QJsonArray milestones;
        for (const QString &id : d.milestoneIds) {
            if (const LibraryItem *m = planner.item(id))
                milestones.append(text(m->name));
        }
        const LibraryItem *rest = planner.item(d.restId);
        days.append(QJsonObject{{QStringLiteral("day"), d.day},
                                {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("phase"), codeOf(d.phase)},
                                {QStringLiteral("items"), items},
                                {QStringLiteral("rest"), rest ? text(rest->description) : QJsonObject{}},
                                {QStringLiteral("milestones"), milestones}});
    }
    QJsonArray warned;
    for (const PlanWarning &w : warnings) {
        warned.append(QJsonObject{{QStringLiteral("day"), w.day},
                                  {QStringLiteral("slot"), codeOf(w.slot)},
                                  {QStringLiteral("item"), w.itemId},
                                  {QStringLiteral("reason"), text(w.reason)}});
    }
    QJsonArray flags;
    for (const QString &id : redFlags) {
        if (const LibraryItem *f = planner.item(id))
            flags.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), text(f->name)},
                                     {QStringLiteral("description"), text(f->description)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("days"), days},
                                     {QStringLiteral("warnings"), warned},
                                     {QStringLiteral("redFlags"), flags}});
}

} // namespace rp::planjson
