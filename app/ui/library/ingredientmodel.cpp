#include "ingredientmodel.h"

#include "core/ingredients.h"
#include "core/language.h"

#include <QBrush>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>

namespace rp {

namespace {

// All three names, so a practitioner finds 淮山 by typing "yam", 淮山 or 山药.
QString pickerText(const LocalizedText &name)
{
    QStringList parts{name.in(currentLanguage())};
    for (const QString &n : {name.en, name.hant, name.hans}) {
        if (!parts.contains(n))
            parts << n;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

IngredientModel::IngredientModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

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

QList<int> IngredientModel::unlistedRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!ingredients::find(m_rows.at(r).id))
            rows << r;
    }
    return rows;
}

int IngredientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IngredientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IngredientModel::isHerb(const Ingredient &i) const
{
    const IngredientInfo *info = ingredients::find(i.id);
    return info && info->herb;
}

QVariant IngredientModel::nameData(const Ingredient &i, int role) const
{
    const IngredientInfo *info = ingredients::find(i.id);
    if (role == Qt::EditRole)
        return i.id;
    if (!info) {
        if (role == Qt::ForegroundRole)
            return QBrush(QPalette().color(QPalette::Active, QPalette::Link));
        const QString typed = i.name.in(currentLanguage());
        if (role == Qt::ToolTipRole || !typed.isEmpty())
            return typed.isEmpty() ? tr("Choose an ingredient from the list.")
                                   : tr("%1 (not in the ingredient list: choose the one it is)").arg(typed);
        return tr("Choose an ingredient…");
    }
    if (role == Qt::ToolTipRole) {
        QString tip = pickerText(info->name);
        if (!i.alternatives.isEmpty()) {
            QStringList names;
            for (const QString &alt : i.alternatives) {
                if (const IngredientInfo *a = ingredients::find(alt))
                    names << a->name.in(currentLanguage());
            }
            tip += u'\n' + tr("Or, when a rule holds it: %1").arg(names.join(listSeparator()));
        }
        if (info->herb)
            tip += u'\n' + tr("A medicinal herb: its amount is never printed unless you set the clinic's pack.");
        return tip;
    }
    return info->name.in(currentLanguage());
}

QVariant IngredientModel::amountData(const std::optional<double> &amount, int role) const
{
    if (!amount)
        return role == Qt::EditRole ? QVariant(0.0) : QVariant();
    return role == Qt::EditRole ? QVariant(*amount) : QVariant(QLocale().toString(*amount, 'g', 6));
}

QVariant IngredientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Ingredient &i = m_rows.at(index.row());
    if (index.column() == Name && (role == Qt::ToolTipRole || role == Qt::ForegroundRole))
        return nameData(i, role);
    if (index.column() == Optional && role == Qt::CheckStateRole)
        return i.optional ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Pack && role == Qt::ToolTipRole)
        return isHerb(i) ? tr("The amount in the clinic's own pack: the only herb amount the patient reads.")
                         : tr("Only a medicinal herb has a clinic pack.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return nameData(i, role);
    case Amount:
        return amountData(i.amount, role);
    case Unit:
        return i.unit;
    case Pack:
        if (!isHerb(i))
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
        return amountData(i.packAmount, role);
    }
    return {};
}

// An amount needs a unit; grams unless she says otherwise.
void IngredientModel::setAmount(
    Ingredient &i, std::optional<double> &amount, const QVariant &value, const QModelIndex &index)
{
    const double v = value.toDouble();
    amount = v > 0 ? std::optional<double>(v) : std::nullopt;
    if (amount && i.unit.isEmpty()) {
        i.unit = QStringLiteral("g");
        emit dataChanged(index.siblingAtColumn(Unit), index.siblingAtColumn(Unit));
    }
}

bool IngredientModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Ingredient &i = m_rows[index.row()];
    if (index.column() == Optional && role == Qt::CheckStateRole) {
        i.optional = value.toInt() == Qt::Checked;
        emit dataChanged(index, index);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Name: {
        const IngredientInfo *info = ingredients::find(value.toString());
        if (!info)
            return false;
        i.id = info->id;
        i.name = info->name;
        if (!info->herb)
            i.packAmount.reset();
        emit dataChanged(index, index.siblingAtColumn(Pack));
        return true;
    }
    case Amount:
        setAmount(i, i.amount, value, index);
        break;
    case Unit:
        i.unit = value.toString().trimmed();
        break;
    case Pack:
        if (!isHerb(i))
            return false;
        setAmount(i, i.packAmount, value, index);
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags IngredientModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Optional)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Pack && !isHerb(m_rows.at(index.row())))
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant IngredientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Ingredient");
    case Amount:
        return tr("Amount");
    case Unit:
        return tr("Unit (g, ml, piece)");
    case Optional:
        return tr("Optional");
    case Pack:
        return tr("Clinic pack");
    }
    return {};
}

QWidget *IngredientDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != IngredientModel::Name)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(IngredientModel::tr("Ingredient"));
    QList<const IngredientInfo *> sorted;
    for (const IngredientInfo &info : ingredients::all())
        sorted << &info;
    const Language language = currentLanguage();
    std::sort(sorted.begin(), sorted.end(), [language](const IngredientInfo *a, const IngredientInfo *b) {
        return QString::localeAwareCompare(a->name.in(language), b->name.in(language)) < 0;
    });
    for (const IngredientInfo *info : std::as_const(sorted))
        box->addItem(pickerText(info->name), info->id);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Choosing a name, from the list or from the matches as she types, finishes the line.
    auto *self = const_cast<IngredientDelegate *>(this); // createEditor is const; its signals are not
    auto done = [self, box] {
        emit self->commitData(box);
        emit self->closeEditor(box, QAbstractItemDelegate::EditNextItem);
    };
    connect(box, qOverload<int>(&QComboBox::activated), self, done, Qt::QueuedConnection);
    connect(box->completer(), qOverload<const QString &>(&QCompleter::activated), self, done, Qt::QueuedConnection);
    return box;
}

void IngredientDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int at = box->findData(index.data(Qt::EditRole));
    box->setCurrentIndex(at);
    if (at < 0)
        box->lineEdit()->clear();
}

void IngredientDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Only a name of the list is taken: the one chosen, or the only one that holds what was typed
    // ("yam", 淮山). Anything else leaves the line as it was.
    int at = box->findText(box->currentText());
    if (at < 0) {
        const QString typed = box->currentText().trimmed();
        for (int i = 0; i < box->count() && !typed.isEmpty(); ++i) {
            if (!box->itemText(i).contains(typed, Qt::CaseInsensitive))
                continue;
            if (at >= 0)
                return; // more than one: she has to choose
            at = i;
        }
    }
    if (at >= 0)
        model->setData(index, box->itemData(at), Qt::EditRole);
}

} // namespace rp
