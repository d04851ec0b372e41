#include "ingredientmodel.h"

#include "core/chinesescript.h"

#include <QLocale>

namespace rp {

IngredientModel::IngredientModel(QObject *parent) : QAbstractTableModel(parent) { }

void IngredientModel::setIngredients(const QList<Ingredient> &ingredients)
{
    beginResetModel();
    m_rows = ingredients;
    endResetModel();
}

int IngredientModel::addRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Ingredient{});
    endInsertRows();
    return row;
}

void IngredientModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int IngredientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IngredientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IngredientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Ingredient &i = m_rows.at(index.row());
    switch (index.column()) {
    case English: return i.name.en;
    case Traditional: return i.name.hant;
    case Simplified: return i.name.hans;
    case Amount:
        if (!i.amount)
            return role == Qt::EditRole ? QVariant(0.0) : QVariant();
        return role == Qt::EditRole ? QVariant(*i.amount) : QVariant(QLocale().toString(*i.amount, 'g', 6));
    case Unit: return i.unit;
    }
    return {};
}

bool IngredientModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Ingredient &i = m_rows[index.row()];
    switch (index.column()) {
    case English: i.name.en = value.toString().trimmed(); break;
    case Traditional:
        i.name.hant = value.toString().trimmed();
        // The Simplified name follows until someone types one of her own.
        if (i.name.hans.isEmpty()) {
            i.name.hans = toSimplified(i.name.hant);
            emit dataChanged(index.siblingAtColumn(Simplified), index.siblingAtColumn(Simplified));
        }
        break;
    case Simplified: i.name.hans = value.toString().trimmed(); break;
    case Amount: {
        const double v = value.toDouble();
        i.amount = v > 0 ? std::optional<double>(v) : std::nullopt;
        if (i.amount && i.unit.isEmpty()) {
            i.unit = QStringLiteral("g");
            emit dataChanged(index.siblingAtColumn(Unit), index.siblingAtColumn(Unit));
        }
        break;
    }
    case Unit: i.unit = value.toString().trimmed(); break;
    default: return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags IngredientModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant IngredientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case English: return tr("English");
    case Traditional: return QStringLiteral("繁體中文");
    case Simplified: return QStringLiteral("简体中文");
    case Amount: return tr("Amount");
    case Unit: return tr("Unit (g, ml, piece)");
    }
    return {};
}

} // namespace rp
