#include "losstablemodel.h"

#include "core/language.h"
#include "core/terms.h"

namespace rp {

LossTableModel::LossTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LossTableModel::setLosses(const QList<Loss> &losses)
{
    beginResetModel();
    m_losses.clear();
    for (const Loss &l : losses) {
        auto it = std::upper_bound(
            m_losses.begin(), m_losses.end(), l, [](const Loss &a, const Loss &b) { return a.date < b.date; });
        m_losses.insert(it, l);
    }
    endResetModel();
}

const Loss *LossTableModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_losses.at(index.row());
}

int LossTableModel::insertSorted(const Loss &loss)
{
    int row = 0;
    while (row < m_losses.size() && !(loss.date < m_losses.at(row).date))
        ++row;
    beginInsertRows({}, row, row);
    m_losses.insert(row, loss);
    endInsertRows();
    return row;
}

int LossTableModel::addLoss(const Loss &loss)
{
    return insertSorted(loss);
}

int LossTableModel::replaceLoss(int row, const Loss &loss)
{
    if (row < 0 || row >= m_losses.size())
        return -1;
    removeLoss(row);
    return insertSorted(loss);
}

void LossTableModel::removeLoss(int row)
{
    if (row < 0 || row >= m_losses.size())
        return;
    beginRemoveRows({}, row, row);
    m_losses.removeAt(row);
    endRemoveRows();
}

int LossTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_losses.size());
}

int LossTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LossTableModel::data(const QModelIndex &index, int role) const
{
    const Loss *l = itemAt(index);
    if (!l || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Date:
        return displayDate(l->date);
    case Kind:
        // A failed transfer says IVF in its name already.
        return l->conceivedByIvf && l->kind != LossKind::FailedIvfTransfer ? tr("%1 (IVF)").arg(displayName(l->kind))
                                                                           : displayName(l->kind);
    case Week:
        return l->gestationalWeek ? tr("%1 weeks").arg(*l->gestationalWeek) : tr("Not known");
    case Management:
        return displayName(l->management);
    case Notes:
        return role == Qt::DisplayRole ? l->notes.section(u'\n', 0, 0) : l->notes;
    }
    return {};
}

QVariant LossTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Week:
        return tr("Gestation");
    case Management:
        return tr("Management");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace rp
