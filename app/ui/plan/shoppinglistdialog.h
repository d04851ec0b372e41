#pragma once

#include "core/planner.h"

#include <QAbstractTableModel>
#include <QDialog>

namespace rp {

// One week's ingredients, added up, for whoever cooks.
class ShoppingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ingredient, Amount, Servings, ColumnCount };
    explicit ShoppingListModel(QObject *parent = nullptr);
    void setLines(const QList<ShoppingLine> &lines);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ShoppingLine> m_lines;
};

class ShoppingListDialog : public QDialog
{
    Q_OBJECT
public:
    ShoppingListDialog(const Planner &planner, const Plan &plan, const PlanPatient &patient, QWidget *parent = nullptr);
};

} // namespace rp
