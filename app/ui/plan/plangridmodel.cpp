#include "plangridmodel.h"

#include "core/terms.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace rp {

namespace {
// Calm tints, one a phase, so the three stages read at a glance.
QColor phaseTint(Phase p)
{
    switch (p) {
    case Phase::Expel:
        return QColor(0xfb, 0xf1, 0xec);
    case Phase::Regulate:
        return QColor(0xf1, 0xf6, 0xee);
    case Phase::Tonify:
        return QColor(0xee, 0xf2, 0xf8);
    }
    return {};
}
} // namespace

PlanGridModel::PlanGridModel(const Planner &planner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_planner(planner)
{ }

void PlanGridModel::setPlan(const Plan &plan, const QList<PlanWarning> &warnings)
{
    const bool sameShape = plan.days.size() == m_plan.days.size();
    if (!sameShape)
        beginResetModel();
    m_plan = plan;
    m_cellWarnings.clear();
    for (const PlanWarning &w : warnings)
        m_cellWarnings[{w.day, int(w.slot)}] << w;
    if (!sameShape)
        endResetModel();
    else if (!m_plan.days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanGridModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_plan.days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<Slot> PlanGridModel::slotOf(int column)
{
    if (column >= Breakfast && column <= Snack)
        return Slot(column - Breakfast);
    return std::nullopt;
}

int PlanGridModel::columnOf(Slot slot)
{
    return Breakfast + int(slot);
}

int PlanGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.days.size());
}

int PlanGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanDay &day = m_plan.days.at(index.row());
    const auto slot = slotOf(index.column());
    const Language lang = currentLanguage();
    const QList<PlanWarning> cell = slot ? m_cellWarnings.value({day.day, int(*slot)}) : QList<PlanWarning>{};
    QStringList warned;
    bool allKept = true;
    for (const PlanWarning &w : cell) {
        warned << w.reason.in(lang) + (w.keptAnyway() ? tr(" (kept: %1)").arg(w.keepReason) : QString());
        allKept &= w.keptAnyway();
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Day) {
            return tr("Day %1 · %2\nWeek %3 · %4")
                       .arg(day.day)
                       .arg(displayName(day.phase))
                       .arg((day.day - 1) / 7 + 1)
                       .arg(displayDate(day.date))
                + (day.date == QDate::currentDate() ? tr(" · today") : QString())
                + (day.locked ? tr(" · locked") : QString());
        }
        if (slot) {
            const PlanEntry *e = day.entry(*slot);
            const LibraryItem *item = e ? m_planner.item(e->itemId) : nullptr;
            return item ? item->screenName(lang) : (e ? e->itemId : QString());
        }
        if (index.column() == Rest) {
            const LibraryItem *rest = m_planner.item(day.restId);
            return rest ? rest->name.in(lang) : QString();
        }
        if (index.column() == Milestones) {
            QStringList names;
            for (const QString &id : day.milestoneIds) {
                if (const LibraryItem *m = m_planner.item(id))
                    names << m->name.in(lang);
            }
            return names.join(u'\n');
        }
        break;
    case Qt::ToolTipRole:
        if (!warned.isEmpty())
            return warned.join(u'\n');
        if (index.column() == Rest) {
            const LibraryItem *rest = m_planner.item(day.restId);
            return rest ? rest->description.in(lang) : QString();
        }
        if (index.column() == Day && !day.notes.isEmpty())
            return day.notes;
        break;
    case Qt::DecorationRole:
        // A mark that does not depend on colour (the first week's pink all but hid the tint):
        // the warning sign while a clash is open, a tick once each was kept with a reason.
        if (!warned.isEmpty())
            return QApplication::style()->standardIcon(
                allKept ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::AccessibleDescriptionRole:
        if (!warned.isEmpty())
            return (allKept ? tr("Kept despite a warning: %1") : tr("Warning: %1")).arg(warned.join(u'\n'));
        break;
    case Qt::BackgroundRole:
        if (!warned.isEmpty())
            return QBrush(allKept ? QColor(0xf5, 0xed, 0xd0) : QColor(0xf7, 0xd9, 0xd6));
        return QBrush(phaseTint(day.phase));
    case Qt::FontRole:
        if (index.column() == Day || !warned.isEmpty()) {
            QFont f;
            f.setBold(index.column() == Day);
            f.setUnderline(!warned.isEmpty());
            return f;
        }
        break;
    case WarningRole:
        return !warned.isEmpty();
    case LockedRole:
        return day.locked;
    }
    return {};
}

QVariant PlanGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto slot = slotOf(section))
        return displayName(*slot);
    switch (section) {
    case Day:
        return tr("Day");
    case Rest:
        return tr("Rest and activity");
    case Milestones:
        return tr("Milestones");
    }
    return {};
}

WarningModel::WarningModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void WarningModel::setWarnings(const QList<PlanWarning> &warnings)
{
    beginResetModel();
    m_warnings = warnings;
    endResetModel();
}

const PlanWarning *WarningModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_warnings.at(index.row());
}

int WarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

QVariant WarningModel::data(const QModelIndex &index, int role) const
{
    const PlanWarning *w = itemAt(index);
    if (!w)
        return {};
    if (role == Qt::DisplayRole) {
        QString text = tr("Day %1, %2: %3").arg(w->day).arg(displayName(w->slot), w->reason.in(currentLanguage()));
        if (w->keptAnyway())
            text += u'\n' + tr("Kept anyway: %1").arg(w->keepReason);
        return text;
    }
    if (role == Qt::ForegroundRole && w->keptAnyway())
        return QBrush(QColor(0x6b, 0x5a, 0x2a));
    return {};
}

} // namespace rp
