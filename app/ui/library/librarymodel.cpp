#include "librarymodel.h"

#include "core/terms.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace rp {

namespace {
template <typename E> QString joinNames(const QList<E> &values)
{
    QStringList names;
    for (E v : values)
        names << displayName(v);
    return names.join(QStringLiteral(" · "));
}
} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LibraryModel::setEntries(const QList<LibraryEntry> &entries)
{
    beginResetModel();
    m_all = entries;
    applyFilter();
    endResetModel();
}

void LibraryModel::setFilter(const LibraryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void LibraryModel::applyFilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i), m_filter))
            m_rows << i;
    }
}

void LibraryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const LibraryEntry *LibraryModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_all.at(m_rows.at(index.row()));
}

QModelIndex LibraryModel::indexOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).item.id == id)
            return index(row, 0);
    }
    return {};
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = itemAt(index);
    if (!e)
        return {};
    const LibraryItem &item = e->item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return item.screenName(currentLanguage());
        case Kind:
            return displayName(item.kind);
        case Phases:
            return joinNames(item.phases);
        case Slots:
            return joinNames(item.mealSlots);
        case Origin:
            return e->hidden ? tr("%1, hidden").arg(displayName(e->origin)) : displayName(e->origin);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QStringLiteral("%1\n%2\n%3").arg(item.name.en, item.name.hant, item.name.hans);
        break;
    case Qt::ForegroundRole:
        if (e->hidden)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == Name && (item.practitionerOnly || item.kind == ItemKind::RedFlag)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole:
        return item.id;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Phases:
        return tr("Phases");
    case Slots:
        return tr("Meals");
    case Origin:
        return tr("Origin");
    }
    return {};
}

} // namespace rp
