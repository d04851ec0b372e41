#include "auditmodel.h"

#include "core/language.h"
#include "core/terms.h"

#include <QHash>
#include <QLocale>

namespace rp {

namespace {

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("nameEn"), QT_TRANSLATE_NOOP("rp::AuditModel", "English name")},
        {QStringLiteral("nameZh"), QT_TRANSLATE_NOOP("rp::AuditModel", "Chinese name")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("rp::AuditModel", "Date of birth")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("rp::AuditModel", "Phone")},
        {QStringLiteral("fileNumber"), QT_TRANSLATE_NOOP("rp::AuditModel", "File number")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("rp::AuditModel", "Notes")},
        {QStringLiteral("constitution"), QT_TRANSLATE_NOOP("rp::AuditModel", "Constitution")},
        {QStringLiteral("patterns"), QT_TRANSLATE_NOOP("rp::AuditModel", "TCM patterns")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("rp::AuditModel", "Conditions")},
        {QStringLiteral("printLanguage"), QT_TRANSLATE_NOOP("rp::AuditModel", "Printouts in")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("rp::AuditModel", "Archived")},
        {QStringLiteral("lossDate"), QT_TRANSLATE_NOOP("rp::AuditModel", "Date of the loss")},
        {QStringLiteral("lossKind"), QT_TRANSLATE_NOOP("rp::AuditModel", "Kind of loss")},
        {QStringLiteral("gestationalWeek"), QT_TRANSLATE_NOOP("rp::AuditModel", "Week")},
        {QStringLiteral("management"), QT_TRANSLATE_NOOP("rp::AuditModel", "Management")},
        {QStringLiteral("lossNotes"), QT_TRANSLATE_NOOP("rp::AuditModel", "Notes on the loss")},
        {QStringLiteral("conceivedByIvf"), QT_TRANSLATE_NOOP("rp::AuditModel", "Conceived by IVF")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("rp::AuditModel", "Title")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("rp::AuditModel", "First day")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("rp::AuditModel", "Length in days")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("rp::AuditModel", "Stages, follow-ups or practitioner items")},
        {QStringLiteral("changedDays"), QT_TRANSLATE_NOOP("rp::AuditModel", "Days changed")},
        {QStringLiteral("exportedAt"), QT_TRANSLATE_NOOP("rp::AuditModel", "From a file exported on")},
        {QStringLiteral("appVersion"), QT_TRANSLATE_NOOP("rp::AuditModel", "by Recovery Planner")},
        {QStringLiteral("mergedFrom"), QT_TRANSLATE_NOOP("rp::AuditModel", "Merged with the record of")},
    };
    const char *name = names.value(field);
    return name ? AuditModel::tr(name) : field;
}

template <typename E> QString namesOf(const QString &codes)
{
    QStringList out;
    for (const QString &code : codes.split(u' ', Qt::SkipEmptyParts)) {
        const auto value = fromCode<E>(code);
        out << (value ? displayName(*value) : code);
    }
    return QLocale().createSeparatedList(out);
}

// A stored value as the screen shows it: codes by name, dates as dates, long notes shortened.
QString valueText(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return AuditModel::tr("(none)");
    if (field == QLatin1String("birthDate") || field == QLatin1String("lossDate") || field == QLatin1String("start"))
        return displayDate(QDate::fromString(value, Qt::ISODate));
    if (field == QLatin1String("exportedAt"))
        return displayDateTime(QDateTime::fromString(value, Qt::ISODate));
    if (field == QLatin1String("constitution"))
        return namesOf<Constitution>(value);
    if (field == QLatin1String("patterns"))
        return namesOf<Pattern>(value);
    if (field == QLatin1String("conditions"))
        return namesOf<Condition>(value);
    if (field == QLatin1String("lossKind"))
        return namesOf<LossKind>(value);
    if (field == QLatin1String("management"))
        return namesOf<Management>(value);
    if (field == QLatin1String("printLanguage"))
        return namesOf<PrintLanguage>(value);
    if (field == QLatin1String("archived") || field == QLatin1String("conceivedByIvf"))
        return value == QLatin1String("yes") ? AuditModel::tr("yes") : AuditModel::tr("no");
    QString text = value.simplified();
    if (text.size() > 80)
        text = text.left(79) + u'…';
    return text;
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::describe(const FieldChange &c)
{
    if (c.field == QLatin1String("settings"))
        return fieldName(c.field);
    if (c.field == QLatin1String("changedDays"))
        return tr("%1: %2").arg(fieldName(c.field), QLocale().createSeparatedList(c.after.split(u' ')));
    if (c.before.isEmpty())
        return tr("%1: %2").arg(fieldName(c.field), valueText(c.field, c.after));
    if (c.after.isEmpty())
        return tr("%1: %2 removed").arg(fieldName(c.field), valueText(c.field, c.before));
    return tr("%1: %2 → %3").arg(fieldName(c.field), valueText(c.field, c.before), valueText(c.field, c.after));
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details) {
        QStringList lines;
        for (const FieldChange &c : e.changes)
            lines << describe(c);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return displayDateTime(e.at);
    case Who:
        if (e.user.isEmpty())
            return e.desk;
        return e.desk.isEmpty() ? e.user : tr("%1 at %2").arg(e.user, e.desk);
    case What:
        return tr("%1: %2").arg(displayName(e.subject), displayName(e.action));
    case Details: {
        QStringList parts;
        for (const FieldChange &c : e.changes)
            parts << describe(c);
        return parts.join(clauseSeparator());
    }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace rp
