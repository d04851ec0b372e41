#pragma once

#include "core/library.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace rp {

// An item's ingredients as the item dialog edits them. Each line names an entry of the controlled
// list (core/ingredients.h), so the rules read what the clinic typed; only amounts, the optional
// mark and, for a medicinal herb, the clinic's own pack amount are hers to set.
class IngredientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Amount, Unit, Optional, Pack, ColumnCount };

    explicit IngredientModel(QObject *parent = nullptr);

    void setIngredients(const QList<Ingredient> &ingredients);
    QList<Ingredient> ingredients() const { return m_rows; }
    int addRow();
    void removeRow(int row);
    // Lines that name nothing in the list (an old clinic item's free text), by row.
    QList<int> unlistedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant nameData(const Ingredient &i, int role) const;
    QVariant amountData(const std::optional<double> &amount, int role) const;
    bool isHerb(const Ingredient &i) const;
    void setAmount(Ingredient &i, std::optional<double> &amount, const QVariant &value, const QModelIndex &index);

    QList<Ingredient> m_rows;
};

// The picker for the Name column: every entry of the list, searchable by any of its names.
class IngredientDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace rp
