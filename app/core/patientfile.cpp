#include "patientfile.h"

#include "planjson.h"
#include "planner.h"
#include "terms.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <initializer_list>

// Translation context for this file's messages (declared outside the namespace so that lupdate
// and the runtime agree on its name).
class PatientFileText
{
    Q_DECLARE_TR_FUNCTIONS(PatientFileText)
};

namespace rp::patientfile {

namespace {

// Bounds for members the forms do not limit. Generous: a real value never comes near them.
constexpr int idLength = 100; // a library item's id
constexpr int titleLength = 1000; // a plan's title
constexpr int fileNameLength = 4096; // where a PDF was saved
constexpr int warningKeyLength = 200; // "contraindicated:heat-constitution"
constexpr int appVersionLength = 100;
constexpr int maxListEntries = 100; // codes, milestones, ticked items, kept warnings
constexpr qint64 maxKey = (qint64(1) << 53) - 1; // the largest whole number JSON carries exactly

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue keyOrNull(qint64 key)
{
    return key ? QJsonValue(key) : QJsonValue(QJsonValue::Null);
}

template <typename E> QJsonArray codeArray(const QList<E> &values)
{
    QJsonArray out;
    for (E v : values)
        out.append(codeOf(v));
    return out;
}

// A value quoted in a message: a 10 MB string must not become a 10 MB message box.
QString shown(const QString &value)
{
    constexpr int most = 40;
    return value.size() <= most ? value : value.left(most) + QStringLiteral("…");
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return shown(v.toString());
    return shown(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
}

QString at(const QString &where, const char *member)
{
    return where.isEmpty() ? QLatin1String(member) : where + u'.' + QLatin1String(member);
}

QString at(const QString &where, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(where).arg(index);
}

// Reads one member at a time and keeps the first problem, naming the member by its path in the
// file ("plans[2].days[11].items[0].slot"), so whoever opens the file can find it.
class Reader
{
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    // Exactly these members: an unknown one may be a typo or a newer version's, a missing one
    // would be read as empty; neither is guessed.
    // `optional` ones were added later (version 0.2): a file from before has none of them.
    bool members(const QJsonObject &o, std::initializer_list<const char *> known, const QString &where,
        std::initializer_list<const char *> optional = {})
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool isKnown = false;
            for (const char *k : known)
                isKnown = isKnown || it.key() == QLatin1String(k);
            for (const char *k : optional)
                isKnown = isKnown || it.key() == QLatin1String(k);
            if (isKnown)
                continue;
            return fail(where.isEmpty() ? PatientFileText::tr("The file has a member this version does not know: “%1”.")
                                              .arg(shown(it.key()))
                                        : PatientFileText::tr("“%1” has a member this version does not know: “%2”.")
                                              .arg(where, shown(it.key())));
        }
        for (const char *k : known) {
            if (!o.contains(QLatin1String(k)))
                return fail(PatientFileText::tr("“%1” is missing.").arg(at(where, k)));
        }
        return true;
    }

    // A later member: absent leaves `out` as it was (the default an older file meant).
    bool optionalBoolean(const QJsonObject &o, const char *name, const QString &where, bool *out)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        return v.isUndefined() || boolean(v, at(where, name), out);
    }

    // A whole number from 1 to `max` that files from before it leave out: then 1.
    bool optionalWhole(const QJsonObject &o, const char *name, const QString &where, qint64 max, int *out)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        qint64 n = 1;
        if (!v.isUndefined() && !whole(v, at(where, name), 1, max, &n))
            return false;
        *out = int(n);
        return true;
    }

    // The planner's rules a plan or printout was made under: absent, the first.
    bool rulesVersion(const QJsonObject &o, const QString &where, int *out)
    {
        return optionalWhole(o, "rulesVersion", where, planrules::version, out);
    }

    bool object(const QJsonValue &v, const QString &where, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(PatientFileText::tr("“%1” must be an object (members in braces).").arg(where));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonValue &v, const QString &where, int most, QJsonArray *out)
    {
        if (!v.isArray())
            return fail(PatientFileText::tr("“%1” must be a list.").arg(where));
        *out = v.toArray();
        if (out->size() > most)
            return fail(PatientFileText::tr("“%1” has %2 entries; a patient file has at most %3.")
                            .arg(where)
                            .arg(out->size())
                            .arg(most));
        return true;
    }

    // Text of any length: the caller checks it (the patient's own fields go through
    // validatePatient, with the dialog's words).
    bool string(const QJsonValue &v, const QString &where, QString *out)
    {
        if (!v.isString())
            return fail(PatientFileText::tr("“%1” must be text.").arg(where));
        *out = v.toString();
        return true;
    }

    // Text held to the forms' rules: printable, at most `maxLength` characters.
    bool text(const QJsonValue &v, const QString &where, int maxLength, bool multiLine, QString *out)
    {
        if (!string(v, where, out))
            return false;
        const QString problem = textProblem(*out, maxLength, multiLine, PatientFileText::tr("“%1”").arg(where));
        return problem.isEmpty() || fail(problem);
    }

    bool boolean(const QJsonValue &v, const QString &where, bool *out)
    {
        if (!v.isBool())
            return fail(PatientFileText::tr("“%1” must be true or false.").arg(where));
        *out = v.toBool();
        return true;
    }

    bool whole(const QJsonValue &v, const QString &where, qint64 min, qint64 max, qint64 *out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return fail(PatientFileText::tr("“%1” must be a whole number from %2 to %3.").arg(where).arg(min).arg(max));
        *out = qint64(d);
        return true;
    }

    bool whole(const QJsonValue &v, const QString &where, int min, int max, int *out)
    {
        qint64 n = 0;
        if (!whole(v, where, qint64(min), qint64(max), &n))
            return false;
        *out = int(n);
        return true;
    }

    bool key(const QJsonValue &v, const QString &where, qint64 *out) { return whole(v, where, 1, maxKey, out); }

    // A calendar date written YYYY-MM-DD that exists (no 30 February). Null reads as no date
    // where `nullable`.
    bool date(const QJsonValue &v, const QString &where, bool nullable, QDate *out)
    {
        if (nullable && v.isNull()) {
            *out = QDate();
            return true;
        }
        const QString s = v.toString();
        *out = s.size() == 10 ? QDate::fromString(s, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!v.isString() || !out->isValid())
            return fail(
                PatientFileText::tr("“%1” must be a real date written YYYY-MM-DD, not “%2”.").arg(where, shown(v)));
        return true;
    }

    // A moment, as the app stores them: ISO 8601 (to the millisecond), read as UTC.
    bool dateTime(const QJsonValue &v, const QString &where, QDateTime *out)
    {
        const QString s = v.toString();
        *out = s.size() <= 40 ? QDateTime::fromString(s, Qt::ISODateWithMs) : QDateTime();
        if (!v.isString() || !out->isValid())
            return fail(PatientFileText::tr("“%1” must be a date and time such as 2024-03-05T09:30:00.000Z, "
                                            "not “%2”.")
                            .arg(where, shown(v)));
        *out = out->toUTC();
        return true;
    }

    template <typename E> bool code(const QJsonValue &v, const QString &where, E *out)
    {
        const auto value = fromCode<E>(v.toString());
        if (!v.isString() || !value) {
            QStringList allowed;
            for (E e : allValues<E>())
                allowed << codeOf(e);
            return fail(PatientFileText::tr("“%1” must be one of: %2; not “%3”.")
                            .arg(where, allowed.join(QStringLiteral(", ")), shown(v)));
        }
        *out = *value;
        return true;
    }

    template <typename E> bool codes(const QJsonValue &v, const QString &where, QList<E> *out)
    {
        QJsonArray list;
        if (!array(v, where, maxListEntries, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            E e;
            if (!code(list.at(i), at(where, i), &e))
                return false;
            out->append(e);
        }
        return true;
    }

    // A library item's id (lower-case letters, digits and dashes), as plans refer to items.
    bool itemId(const QJsonValue &v, const QString &where, bool allowEmpty, QString *out)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        const QString s = v.toString();
        if (!v.isString() || s.size() > idLength || (s.isEmpty() ? !allowEmpty : !pattern.match(s).hasMatch()))
            return fail(PatientFileText::tr("“%1” must be an item id (lower-case letters, digits and dashes), "
                                            "not “%2”.")
                            .arg(where, shown(v)));
        *out = s;
        return true;
    }

    bool itemIds(const QJsonValue &v, const QString &where, QStringList *out)
    {
        QJsonArray list;
        if (!array(v, where, maxListEntries, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString id;
            if (!itemId(list.at(i), at(where, i), false, &id))
                return false;
            *out << id;
        }
        return true;
    }

    // The warnings a keep-anyway reason answers, as PlanWarning::key() writes them. Stored
    // space-separated, so a key may not hold a space.
    bool warningKeys(const QJsonValue &v, const QString &where, QStringList *out)
    {
        QJsonArray list;
        if (!array(v, where, maxListEntries, &list))
            return false;
        static const QRegularExpression pattern(QStringLiteral("^[a-z-]+:[A-Za-z0-9._-]*$"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString s = list.at(i).toString();
            if (!list.at(i).isString() || s.size() > warningKeyLength || !pattern.match(s).hasMatch())
                return fail(PatientFileText::tr("“%1” must be a warning such as “contraindicated:diabetes”, "
                                                "not “%2”.")
                                .arg(at(where, i), shown(list.at(i))));
            *out << s;
        }
        return true;
    }

    bool settings(const QJsonValue &v, const QString &where, PlanSettings *out)
    {
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(o,
                {"start", "days", "expelUntil", "regulateUntil", "followUpDays", "practitionerItems", "heavyBleeding"},
                where, {"wineChosen"}))
            return false;
        QDate start;
        int n = 0;
        bool flag = false;
        QStringList items;
        QJsonArray followUps;
        if (!date(o.value(QStringLiteral("start")), at(where, "start"), false, &start)
            || !whole(o.value(QStringLiteral("days")), at(where, "days"), planlimits::minDays, planlimits::maxDays, &n)
            || !whole(o.value(QStringLiteral("expelUntil")), at(where, "expelUntil"), 1, planlimits::maxDays, &n)
            || !whole(o.value(QStringLiteral("regulateUntil")), at(where, "regulateUntil"), 1, planlimits::maxDays, &n)
            || !array(o.value(QStringLiteral("followUpDays")), at(where, "followUpDays"), maxListEntries, &followUps)
            || !itemIds(o.value(QStringLiteral("practitionerItems")), at(where, "practitionerItems"), &items)
            || !boolean(o.value(QStringLiteral("heavyBleeding")), at(where, "heavyBleeding"), &flag)
            || !optionalBoolean(o, "wineChosen", where, &flag))
            return false;
        for (qsizetype i = 0; i < followUps.size(); ++i) {
            if (!whole(followUps.at(i), at(at(where, "followUpDays"), i), 1, planlimits::maxDays, &n))
                return false;
        }
        // Every member checked: read them as the database's column is read, so the two agree.
        *out = planjson::settingsFromJson(o);
        const QStringList problems = Planner::checkSettings(*out);
        if (!problems.isEmpty())
            return fail(PatientFileText::tr("“%1”: %2").arg(where, problems.join(u' ')));
        return true;
    }

    bool entry(const QJsonValue &v, const QString &where, PlanDay *day)
    {
        QJsonObject o;
        if (!object(v, where, &o) || !members(o, {"slot", "itemId", "keepReason", "keptWarnings"}, where))
            return false;
        Slot slot = Slot::Breakfast;
        QString itemIdValue, reason;
        QStringList kept;
        if (!code(o.value(QStringLiteral("slot")), at(where, "slot"), &slot)
            || !itemId(o.value(QStringLiteral("itemId")), at(where, "itemId"), false, &itemIdValue)
            || !text(o.value(QStringLiteral("keepReason")), at(where, "keepReason"), limits::notesLength, true, &reason)
            || !warningKeys(o.value(QStringLiteral("keptWarnings")), at(where, "keptWarnings"), &kept))
            return false;
        if (day->entry(slot))
            return fail(PatientFileText::tr("“%1” fills the slot “%2” a second time on the same day.")
                            .arg(where, codeOf(slot)));
        day->setEntry(slot, itemIdValue, reason, kept);
        return true;
    }

    bool day(const QJsonValue &v, const QString &where, int number, const PlanSettings &settings, PlanDay *out)
    {
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(o, {"day", "date", "restId", "milestoneIds", "notes", "locked", "edited", "items"}, where))
            return false;
        int n = 0;
        if (!whole(o.value(QStringLiteral("day")), at(where, "day"), 1, planlimits::maxDays, &n))
            return false;
        // The database finds a day by its place in the plan: 1, 2, 3 … with none left out.
        if (n != number)
            return fail(PatientFileText::tr("“%1” must be day %2: a plan's days are numbered 1, 2, 3 … in "
                                            "order.")
                            .arg(at(where, "day"))
                            .arg(number));
        out->day = n;
        out->phase = Planner::phaseOf(settings, n);
        QJsonArray items;
        if (!date(o.value(QStringLiteral("date")), at(where, "date"), false, &out->date)
            || !itemId(o.value(QStringLiteral("restId")), at(where, "restId"), true, &out->restId)
            || !itemIds(o.value(QStringLiteral("milestoneIds")), at(where, "milestoneIds"), &out->milestoneIds)
            || !text(o.value(QStringLiteral("notes")), at(where, "notes"), limits::notesLength, true, &out->notes)
            || !boolean(o.value(QStringLiteral("locked")), at(where, "locked"), &out->locked)
            || !boolean(o.value(QStringLiteral("edited")), at(where, "edited"), &out->edited)
            || !array(o.value(QStringLiteral("items")), at(where, "items"), int(allValues<Slot>().size()), &items))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!entry(items.at(i), at(at(where, "items"), i), out))
                return false;
        }
        return true;
    }

    bool loss(const QJsonValue &v, const QString &where, Loss *out)
    {
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(
                o, {"key", "date", "kind", "gestationalWeek", "management", "notes"}, where, {"conceivedByIvf"}))
            return false;
        const QJsonValue week = o.value(QStringLiteral("gestationalWeek"));
        int w = 0;
        if (!key(o.value(QStringLiteral("key")), at(where, "key"), &out->id)
            || !date(o.value(QStringLiteral("date")), at(where, "date"), false, &out->date)
            || !code(o.value(QStringLiteral("kind")), at(where, "kind"), &out->kind)
            || !(week.isNull()
                || whole(
                    week, at(where, "gestationalWeek"), limits::minGestationalWeek, limits::maxGestationalWeek, &w))
            || !code(o.value(QStringLiteral("management")), at(where, "management"), &out->management)
            || !string(o.value(QStringLiteral("notes")), at(where, "notes"), &out->notes)
            || !optionalBoolean(o, "conceivedByIvf", where, &out->conceivedByIvf))
            return false;
        out->gestationalWeek = week.isNull() ? std::nullopt : std::optional<int>(w);
        return true;
    }

    bool patient(const QJsonValue &v, const QDate &today, Patient *out)
    {
        const QString where = QStringLiteral("patient");
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(o,
                {"nameEn", "nameZh", "birthDate", "phone", "fileNumber", "notes", "constitution", "patterns",
                    "conditions", "archived", "printLanguage", "createdAt", "updatedAt", "losses"},
                where, {"calendarWithoutPrivate"}))
            return false;
        Patient &p = *out;
        QJsonArray losses;
        if (!string(o.value(QStringLiteral("nameEn")), at(where, "nameEn"), &p.nameEn)
            || !string(o.value(QStringLiteral("nameZh")), at(where, "nameZh"), &p.nameZh)
            || !date(o.value(QStringLiteral("birthDate")), at(where, "birthDate"), true, &p.birthDate)
            || !string(o.value(QStringLiteral("phone")), at(where, "phone"), &p.phone)
            || !string(o.value(QStringLiteral("fileNumber")), at(where, "fileNumber"), &p.fileNumber)
            || !string(o.value(QStringLiteral("notes")), at(where, "notes"), &p.notes)
            || !code(o.value(QStringLiteral("constitution")), at(where, "constitution"), &p.constitution)
            || !codes(o.value(QStringLiteral("patterns")), at(where, "patterns"), &p.patterns)
            || !codes(o.value(QStringLiteral("conditions")), at(where, "conditions"), &p.conditions)
            || !boolean(o.value(QStringLiteral("archived")), at(where, "archived"), &p.archived)
            || !dateTime(o.value(QStringLiteral("createdAt")), at(where, "createdAt"), &p.createdAt)
            || !dateTime(o.value(QStringLiteral("updatedAt")), at(where, "updatedAt"), &p.updatedAt)
            || !array(o.value(QStringLiteral("losses")), at(where, "losses"), maxLosses, &losses)
            || !optionalBoolean(o, "calendarWithoutPrivate", where, &p.calendarWithoutPrivate))
            return false;
        const QJsonValue language = o.value(QStringLiteral("printLanguage"));
        if (!language.isNull()) {
            PrintLanguage l = PrintLanguage::English;
            if (!code(language, at(where, "printLanguage"), &l))
                return false;
            p.printLanguage = l;
        }
        // Sets, as the record keeps them: sorted, each once.
        std::sort(p.patterns.begin(), p.patterns.end());
        p.patterns.erase(std::unique(p.patterns.begin(), p.patterns.end()), p.patterns.end());
        std::sort(p.conditions.begin(), p.conditions.end());
        p.conditions.erase(std::unique(p.conditions.begin(), p.conditions.end()), p.conditions.end());

        QSet<qint64> keys;
        for (qsizetype i = 0; i < losses.size(); ++i) {
            Loss l;
            const QString lossWhere = at(at(where, "losses"), i);
            if (!loss(losses.at(i), lossWhere, &l))
                return false;
            if (keys.contains(l.id))
                return fail(PatientFileText::tr("“%1”: the key %2 is used twice.").arg(at(lossWhere, "key")).arg(l.id));
            keys.insert(l.id);
            p.losses << l;
        }

        // The same rules as the patient dialog, with its words.
        for (const ValidationError &e : validatePatient(p, today)) {
            const QString lossWhere = at(at(where, "losses"), e.lossIndex);
            const char *member = nullptr;
            switch (e.field) {
            case Field::Name:
            case Field::NameEn:
                member = "nameEn";
                break;
            case Field::NameZh:
                member = "nameZh";
                break;
            case Field::BirthDate:
                member = "birthDate";
                break;
            case Field::Phone:
                member = "phone";
                break;
            case Field::FileNumber:
                member = "fileNumber";
                break;
            case Field::Notes:
                member = "notes";
                break;
            case Field::LossDate:
                return fail(PatientFileText::tr("“%1”: %2").arg(at(lossWhere, "date"), e.message));
            case Field::GestationalWeek:
                return fail(PatientFileText::tr("“%1”: %2").arg(at(lossWhere, "gestationalWeek"), e.message));
            case Field::LossNotes:
                return fail(PatientFileText::tr("“%1”: %2").arg(at(lossWhere, "notes"), e.message));
            default:
                break;
            }
            return fail(PatientFileText::tr("“%1”: %2").arg(member ? at(where, member) : where, e.message));
        }
        std::stable_sort(
            p.losses.begin(), p.losses.end(), [](const Loss &a, const Loss &b) { return a.date < b.date; });
        return true;
    }

    bool plan(const QJsonValue &v, const QString &where, const QSet<qint64> &lossKeys, Plan *out)
    {
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(
                o, {"key", "loss", "title", "createdAt", "updatedAt", "settings", "days"}, where, {"rulesVersion"}))
            return false;
        const QJsonValue lossKey = o.value(QStringLiteral("loss"));
        QJsonArray days;
        if (!key(o.value(QStringLiteral("key")), at(where, "key"), &out->id)
            || !(lossKey.isNull() || key(lossKey, at(where, "loss"), &out->lossId))
            || !text(o.value(QStringLiteral("title")), at(where, "title"), titleLength, false, &out->title)
            || !dateTime(o.value(QStringLiteral("createdAt")), at(where, "createdAt"), &out->createdAt)
            || !dateTime(o.value(QStringLiteral("updatedAt")), at(where, "updatedAt"), &out->updatedAt)
            || !settings(o.value(QStringLiteral("settings")), at(where, "settings"), &out->settings)
            || !array(o.value(QStringLiteral("days")), at(where, "days"), planlimits::maxDays, &days)
            || !rulesVersion(o, where, &out->rulesVersion))
            return false;
        if (out->lossId && !lossKeys.contains(out->lossId))
            return fail(PatientFileText::tr("“%1” refers to loss %2, which is not in the file.")
                            .arg(at(where, "loss"))
                            .arg(out->lossId));
        for (qsizetype i = 0; i < days.size(); ++i) {
            PlanDay d;
            if (!day(days.at(i), at(at(where, "days"), i), int(i) + 1, out->settings, &d))
                return false;
            out->days << d;
        }
        return true;
    }

    bool printout(const QJsonValue &v, const QString &where, const QSet<qint64> &planKeys, PrintRecord *out)
    {
        QJsonObject o;
        if (!object(v, where, &o)
            || !members(o,
                {"plan", "planTitle", "documents", "language", "layout", "paper", "largePrint", "output", "fileName",
                    "printedAt", "snapshot"},
                where, {"rulesVersion", "calendarWithoutPrivate", "fromDay"}))
            return false;
        const QJsonValue planKey = o.value(QStringLiteral("plan"));
        QString snapshot;
        out->options.documents.clear();
        if (!(planKey.isNull() || key(planKey, at(where, "plan"), &out->planId))
            || !text(o.value(QStringLiteral("planTitle")), at(where, "planTitle"), titleLength, false, &out->planTitle)
            || !codes(o.value(QStringLiteral("documents")), at(where, "documents"), &out->options.documents)
            || !code(o.value(QStringLiteral("language")), at(where, "language"), &out->options.language)
            || !code(o.value(QStringLiteral("layout")), at(where, "layout"), &out->options.layout)
            || !code(o.value(QStringLiteral("paper")), at(where, "paper"), &out->options.paper)
            || !boolean(o.value(QStringLiteral("largePrint")), at(where, "largePrint"), &out->options.largePrint)
            || !code(o.value(QStringLiteral("output")), at(where, "output"), &out->output)
            || !text(o.value(QStringLiteral("fileName")), at(where, "fileName"), fileNameLength, false, &out->fileName)
            || !dateTime(o.value(QStringLiteral("printedAt")), at(where, "printedAt"), &out->printedAt)
            || !string(o.value(QStringLiteral("snapshot")), at(where, "snapshot"), &snapshot)
            || !rulesVersion(o, where, &out->rulesVersion)
            || !optionalBoolean(o, "calendarWithoutPrivate", where, &out->options.calendarWithoutPrivate)
            || !optionalWhole(
                o, "fromDay", where, planlimits::maxDays, &out->options.fromDay)) // from today on; absent: day 1
            return false;
        if (out->planId && !planKeys.contains(out->planId))
            return fail(PatientFileText::tr("“%1” refers to plan %2, which is not in the file.")
                            .arg(at(where, "plan"))
                            .arg(out->planId));
        const QList<PrintDocument> &documents = out->options.documents;
        if (documents.isEmpty())
            return fail(PatientFileText::tr("“%1” must name at least one document.").arg(at(where, "documents")));
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (documents.indexOf(documents.at(i)) != i)
                return fail(
                    PatientFileText::tr("“%1” names “%2” twice.").arg(at(where, "documents"), codeOf(documents.at(i))));
        }
        // The document as the print history stores it; the print layer checks its contents when
        // it is printed again, as it does for every stored printout.
        const auto decoded = QByteArray::fromBase64Encoding(
            snapshot.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(PatientFileText::tr("“%1” must be the printed document in base64 (A–Z, a–z, 0–9, +, /).")
                            .arg(at(where, "snapshot")));
        out->snapshot = decoded.decoded;
        return true;
    }
};

} // namespace

QByteArray toJson(const PatientFile &file)
{
    const Patient &p = file.patient;
    QJsonArray losses;
    for (const Loss &l : p.losses) {
        losses.append(QJsonObject{
            {QStringLiteral("key"), l.id},
            {QStringLiteral("date"), dateOrNull(l.date)},
            {QStringLiteral("kind"), codeOf(l.kind)},
            {QStringLiteral("gestationalWeek"),
                l.gestationalWeek ? QJsonValue(*l.gestationalWeek) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("management"), codeOf(l.management)},
            {QStringLiteral("notes"), l.notes},
            {QStringLiteral("conceivedByIvf"), l.conceivedByIvf},
        });
    }
    const QJsonObject patient{
        {QStringLiteral("nameEn"), p.nameEn},
        {QStringLiteral("nameZh"), p.nameZh},
        {QStringLiteral("birthDate"), dateOrNull(p.birthDate)},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("fileNumber"), p.fileNumber},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("constitution"), codeOf(p.constitution)},
        {QStringLiteral("patterns"), codeArray(p.patterns)},
        {QStringLiteral("conditions"), codeArray(p.conditions)},
        {QStringLiteral("archived"), p.archived},
        {QStringLiteral("printLanguage"),
            p.printLanguage ? QJsonValue(codeOf(*p.printLanguage)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), timestamp(p.createdAt)},
        {QStringLiteral("updatedAt"), timestamp(p.updatedAt)},
        {QStringLiteral("losses"), losses},
        {QStringLiteral("calendarWithoutPrivate"), p.calendarWithoutPrivate},
    };

    QJsonArray plans;
    for (const Plan &plan : file.plans) {
        QJsonArray days;
        for (const PlanDay &d : plan.days) {
            QJsonArray items;
            for (const PlanEntry &e : d.entries) {
                items.append(QJsonObject{{QStringLiteral("slot"), codeOf(e.slot)}, {QStringLiteral("itemId"), e.itemId},
                    {QStringLiteral("keepReason"), e.keepReason},
                    {QStringLiteral("keptWarnings"), QJsonArray::fromStringList(e.keptWarnings)}});
            }
            days.append(QJsonObject{{QStringLiteral("day"), d.day}, {QStringLiteral("date"), dateOrNull(d.date)},
                {QStringLiteral("restId"), d.restId},
                {QStringLiteral("milestoneIds"), QJsonArray::fromStringList(d.milestoneIds)},
                {QStringLiteral("notes"), d.notes}, {QStringLiteral("locked"), d.locked},
                {QStringLiteral("edited"), d.edited}, {QStringLiteral("items"), items}});
        }
        plans.append(QJsonObject{{QStringLiteral("key"), plan.id}, {QStringLiteral("loss"), keyOrNull(plan.lossId)},
            {QStringLiteral("title"), plan.title}, {QStringLiteral("createdAt"), timestamp(plan.createdAt)},
            {QStringLiteral("updatedAt"), timestamp(plan.updatedAt)},
            {QStringLiteral("settings"), planjson::settingsToJson(plan.settings)}, {QStringLiteral("days"), days},
            {QStringLiteral("rulesVersion"), plan.rulesVersion}});
    }

    QJsonArray history;
    for (const PrintRecord &r : file.printHistory) {
        history.append(QJsonObject{
            {QStringLiteral("plan"), keyOrNull(r.planId)},
            {QStringLiteral("planTitle"), r.planTitle},
            {QStringLiteral("documents"), codeArray(r.options.documents)},
            {QStringLiteral("language"), codeOf(r.options.language)},
            {QStringLiteral("layout"), codeOf(r.options.layout)},
            {QStringLiteral("paper"), codeOf(r.options.paper)},
            {QStringLiteral("largePrint"), r.options.largePrint},
            {QStringLiteral("output"), codeOf(r.output)},
            {QStringLiteral("fileName"), r.fileName},
            {QStringLiteral("printedAt"), timestamp(r.printedAt)},
            {QStringLiteral("snapshot"), QString::fromLatin1(r.snapshot.toBase64())},
            {QStringLiteral("rulesVersion"), std::max(1, r.rulesVersion)},
            {QStringLiteral("calendarWithoutPrivate"), r.options.calendarWithoutPrivate},
            {QStringLiteral("fromDay"), std::max(1, r.options.fromDay)},
        });
    }

    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(formatName)},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("exportedAt"), timestamp(file.exportedAt)},
        {QStringLiteral("appVersion"), file.appVersion},
        {QStringLiteral("patient"), patient},
        {QStringLiteral("plans"), plans},
        {QStringLiteral("printHistory"), history},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PatientFile> read(const QByteArray &bytes, QString *error, const QDate &today)
{
    Reader r;
    auto failed = [&]() -> std::optional<PatientFile> {
        if (error)
            *error = r.error;
        return std::nullopt;
    };
    if (bytes.size() > maxFileBytes) {
        r.fail(PatientFileText::tr("The file is larger than %1 MB; a patient file is far smaller, so it was not "
                                   "read.")
                   .arg(maxFileBytes / (1024 * 1024)));
        return failed();
    }
    if (bytes.trimmed().isEmpty()) {
        r.fail(PatientFileText::tr("The file is empty."));
        return failed();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(PatientFileText::tr("The file cannot be read as a patient file: it is damaged or incomplete "
                                   "(at byte %1: %2).")
                   .arg(parseError.offset)
                   .arg(parseError.errorString()));
        return failed();
    }
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")) != QJsonValue(QLatin1String(formatName))) {
        r.fail(PatientFileText::tr("This is not a patient file from Recovery Planner."));
        return failed();
    }
    const QJsonValue version = o.value(QStringLiteral("formatVersion"));
    if (version.isDouble() && version.toDouble() > formatVersion) {
        r.fail(PatientFileText::tr("This patient file was made by a newer version of Recovery Planner (file "
                                   "version %1; this version reads version %2). Update Recovery Planner on this "
                                   "computer, then import it again.")
                   .arg(shown(version))
                   .arg(formatVersion));
        return failed();
    }
    int v = 0;
    if (!r.whole(version, QStringLiteral("formatVersion"), formatVersion, formatVersion, &v))
        return failed();
    if (const QString key = planjson::firstDuplicateKey(bytes); !key.isEmpty()) {
        r.fail(PatientFileText::tr("The member “%1” is given twice in one place, so the file cannot be read "
                                   "safely.")
                   .arg(shown(key)));
        return failed();
    }
    if (!r.members(
            o, {"format", "formatVersion", "exportedAt", "appVersion", "patient", "plans", "printHistory"}, QString()))
        return failed();

    PatientFile file;
    QJsonArray plans, history;
    if (!r.dateTime(o.value(QStringLiteral("exportedAt")), QStringLiteral("exportedAt"), &file.exportedAt)
        || !r.text(o.value(QStringLiteral("appVersion")), QStringLiteral("appVersion"), appVersionLength, false,
            &file.appVersion)
        || !r.patient(o.value(QStringLiteral("patient")), today, &file.patient)
        || !r.array(o.value(QStringLiteral("plans")), QStringLiteral("plans"), maxPlans, &plans)
        || !r.array(o.value(QStringLiteral("printHistory")), QStringLiteral("printHistory"), maxPrintouts, &history))
        return failed();

    QSet<qint64> lossKeys;
    for (const Loss &l : file.patient.losses)
        lossKeys.insert(l.id);
    QSet<qint64> planKeys;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QString where = at(QStringLiteral("plans"), i);
        Plan plan;
        if (!r.plan(plans.at(i), where, lossKeys, &plan))
            return failed();
        if (planKeys.contains(plan.id)) {
            r.fail(PatientFileText::tr("“%1”: the key %2 is used twice.").arg(at(where, "key")).arg(plan.id));
            return failed();
        }
        planKeys.insert(plan.id);
        file.plans << plan;
    }
    for (qsizetype i = 0; i < history.size(); ++i) {
        PrintRecord record;
        if (!r.printout(history.at(i), at(QStringLiteral("printHistory"), i), planKeys, &record))
            return failed();
        file.printHistory << record;
    }
    return file;
}

} // namespace rp::patientfile
