#include "audit.h"

#include "terms.h"

#include <algorithm>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rp {

AuditIdentity AuditIdentity::current()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Started from a service or a bare shell, the environment may not name her.
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return {user, QSysInfo::machineHostName()};
}

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

template <typename E> QString codesText(const QList<E> &values)
{
    QStringList codes;
    for (E v : values)
        codes << codeOf(v);
    return codes.join(u' ');
}

void compare(QList<FieldChange> &out, const char *field, const QString &before, const QString &after)
{
    if (before != after)
        out.append({QLatin1String(field), before, after});
}

} // namespace

QList<FieldChange> patientChanges(const Patient &b, const Patient &a)
{
    QList<FieldChange> out;
    compare(out, "nameEn", b.nameEn, a.nameEn);
    compare(out, "nameZh", b.nameZh, a.nameZh);
    compare(out, "birthDate", dateText(b.birthDate), dateText(a.birthDate));
    compare(out, "phone", b.phone, a.phone);
    compare(out, "fileNumber", b.fileNumber, a.fileNumber);
    compare(out, "notes", b.notes, a.notes);
    compare(out, "constitution", codeOf(b.constitution), codeOf(a.constitution));
    compare(out, "patterns", codesText(b.patterns), codesText(a.patterns));
    compare(out, "conditions", codesText(b.conditions), codesText(a.conditions));
    compare(out, "printLanguage", b.printLanguage ? codeOf(*b.printLanguage) : QString(),
        a.printLanguage ? codeOf(*a.printLanguage) : QString());
    compare(out, "archived", b.archived ? QStringLiteral("yes") : QStringLiteral("no"),
        a.archived ? QStringLiteral("yes") : QStringLiteral("no"));
    return out;
}

QList<FieldChange> lossChanges(const Loss &b, const Loss &a)
{
    QList<FieldChange> out;
    compare(out, "lossDate", dateText(b.date), dateText(a.date));
    compare(out, "lossKind", codeOf(b.kind), codeOf(a.kind));
    compare(out, "gestationalWeek", b.gestationalWeek ? QString::number(*b.gestationalWeek) : QString(),
        a.gestationalWeek ? QString::number(*a.gestationalWeek) : QString());
    compare(out, "management", codeOf(b.management), codeOf(a.management));
    compare(out, "lossNotes", b.notes, a.notes);
    compare(out, "conceivedByIvf", b.conceivedByIvf ? QStringLiteral("yes") : QStringLiteral("no"),
        a.conceivedByIvf ? QStringLiteral("yes") : QStringLiteral("no"));
    return out;
}

QList<FieldChange> lossFields(const Loss &loss, bool removed)
{
    const Loss none{0, QDate(), loss.kind, std::nullopt, loss.management, QString()};
    QList<FieldChange> out = removed ? lossChanges(loss, none) : lossChanges(none, loss);
    // Kind and management always say what the loss was.
    for (const char *field : {"lossKind", "management"}) {
        const bool present = std::any_of(
            out.cbegin(), out.cend(), [field](const FieldChange &c) { return c.field == QLatin1String(field); });
        if (!present) {
            const QString value
                = QLatin1String(field) == QLatin1String("lossKind") ? codeOf(loss.kind) : codeOf(loss.management);
            out.append(removed ? FieldChange{QLatin1String(field), value, QString()}
                               : FieldChange{QLatin1String(field), QString(), value});
        }
    }
    return out;
}

QList<FieldChange> planChanges(const Plan &b, const Plan &a)
{
    QList<FieldChange> out;
    compare(out, "title", b.title, a.title);
    compare(out, "start", dateText(b.settings.start), dateText(a.settings.start));
    // A plan being added has no length before (0 days), nor one removed after.
    const auto daysText = [](int days) { return days > 0 ? QString::number(days) : QString(); };
    compare(out, "days", daysText(b.settings.days), daysText(a.settings.days));
    const bool settingsChanged = b.settings.expelUntil != a.settings.expelUntil
        || b.settings.regulateUntil != a.settings.regulateUntil || b.settings.followUpDays != a.settings.followUpDays
        || b.settings.practitionerItems != a.settings.practitionerItems
        || b.settings.heavyBleeding != a.settings.heavyBleeding || b.settings.wineChosen != a.settings.wineChosen;
    if (settingsChanged)
        out.append({QStringLiteral("settings"), QString(), QString()});
    QStringList changedDays;
    const qsizetype n = std::max(b.days.size(), a.days.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool same = i < b.days.size() && i < a.days.size() && b.days.at(i) == a.days.at(i);
        if (!same)
            changedDays << QString::number(i + 1);
    }
    if (!changedDays.isEmpty())
        out.append({QStringLiteral("changedDays"), QString(), changedDays.join(u' ')});
    return out;
}

} // namespace rp
