#pragma once

#include "core/library.h"

#include <QAbstractTableModel>

namespace rp {

// An item's ingredients as the item dialog edits them: a name in each language, an amount
// and a unit.
class IngredientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { English, Traditional, Simplified, Amount, Unit, ColumnCount };

    explicit IngredientModel(QObject *parent = nullptr);

    void setIngredients(const QList<Ingredient> &ingredients);
    QList<Ingredient> ingredients() const { return m_rows; }
    int addRow();
    void removeRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Ingredient> m_rows;
};

} // namespace rp
