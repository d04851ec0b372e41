#include "shoppinglistdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace rp {

ShoppingListModel::ShoppingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ShoppingListModel::setLines(const QList<ShoppingLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int ShoppingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ShoppingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShoppingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const ShoppingLine &l = m_lines.at(index.row());
    switch (index.column()) {
    case Ingredient:
        return l.name.in(currentLanguage());
    case Amount:
        if (!l.amount)
            return tr("as needed");
        return l.unit == QLatin1String("piece")
            ? tr("%1 pieces").arg(QLocale().toString(*l.amount, 'g', 6))
            : QStringLiteral("%1 %2").arg(QLocale().toString(*l.amount, 'g', 6), l.unit);
    case Servings:
        return l.dishes;
    }
    return {};
}

QVariant ShoppingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ingredient:
        return tr("Ingredient");
    case Amount:
        return tr("Amount for the week");
    case Servings:
        return tr("Dishes using it");
    }
    return {};
}

ShoppingListDialog::ShoppingListDialog(
    const Planner &planner, const Plan &plan, const PlanPatient &patient, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shoppingList"));
    setWindowTitle(tr("Shopping list"));
    auto *week = new QComboBox(this);
    const int weeks = (plan.settings.days + 6) / 7;
    for (int w = 1; w <= weeks; ++w)
        week->addItem(tr("Week %1").arg(w), w);
    week->setObjectName(QStringLiteral("shoppingWeek"));
    auto *weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(week);
    auto *model = new ShoppingListModel(this);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("shoppingTable"));
    table->setAccessibleName(tr("Ingredients to buy"));
    table->setModel(model);
    // Tab goes on to the next control; the arrow keys move within the table.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Amounts are added up where the recipes give them. Practitioner-only formulas come "
                               "from the clinic and are not listed."),
        this);
    note->setWordWrap(true);
    auto update = [&planner, &plan, patient, model, week] {
        model->setLines(planner.shoppingList(plan, patient, week->currentData().toInt()));
    };
    connect(week, &QComboBox::currentIndexChanged, this, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(weekLabel);
    weekRow->addWidget(week);
    weekRow->addStretch(1);
    layout->addLayout(weekRow);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace rp
