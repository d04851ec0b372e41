#pragma once

#include "core/planner.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rp {

// A plan as a grid: one row a day (date, phase, week), one column a meal slot, then the day's
// rest line and milestones. Editing goes through the plan editor, which replaces the plan.
class PlanGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Breakfast, Lunch, Dinner, Soup, Tea, Snack, Rest, Milestones, ColumnCount };
    enum Role { WarningRole = Qt::UserRole + 1, LockedRole };

    PlanGridModel(const Planner &planner, QObject *parent = nullptr);

    void setPlan(const Plan &plan, const QList<PlanWarning> &warnings);
    void retranslate();

    static std::optional<Slot> slotOf(int column);
    static int columnOf(Slot slot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Planner &m_planner;
    Plan m_plan;
    // Each cell's warnings, grouped once per change rather than searched on every paint.
    QHash<QPair<int, int>, QList<PlanWarning>> m_cellWarnings; // (day, slot) → warnings
};

// The warnings panel: every clash in the plan, live.
class WarningModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit WarningModel(QObject *parent = nullptr);
    void setWarnings(const QList<PlanWarning> &warnings);
    const PlanWarning *itemAt(const QModelIndex &index) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<PlanWarning> m_warnings;
};

} // namespace rp
