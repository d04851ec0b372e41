#include "patientlistmodel.h"

#include "core/language.h"
#include "core/terms.h"

#include <QCollator>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace rp {

PatientListModel::PatientListModel(PatientRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
}

void PatientListModel::setQuery(const PatientQuery &query)
{
    m_query = query;
    refresh();
}

void PatientListModel::refresh()
{
    QList<PatientSummary> rows = m_repository.find(m_query);
    if (m_repository.lastError().isError()) {
        emit loadFailed(m_repository.lastError().message);
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_total = std::max(0, m_repository.count(m_query.includeArchived));
    m_hiddenArchived = m_query.includeArchived ? 0 : std::max(0, m_repository.count(true) - m_total);
    sortRows();
    endResetModel();
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Translated cells and the new language's collation change the order.
    sort(m_sortColumn, m_sortOrder);
}

const PatientSummary *PatientListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex PatientListModel::indexOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    const PatientSummary *p = itemAt(index);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileNumber: return p->fileNumber;
        case NameZh: return p->nameZh;
        case NameEn: return p->nameEn;
        case BirthDate: return displayDate(p->birthDate);
        case Phone: return p->phone;
        case Constitution: return displayName(p->constitution);
        case Losses: return p->lossCount;
        case LastLoss: return displayDate(p->lastLossDate);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Losses)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (p->archived)
            return tr("Archived: hidden from the list unless archived patients are shown.");
        break;
    case Qt::ForegroundRole:
        if (p->archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (p->archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case IdRole:
        return p->id;
    case ArchivedRole:
        return p->archived;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNumber: return tr("File no.");
    case NameZh: return tr("Chinese name");
    case NameEn: return tr("English name");
    case BirthDate: return tr("Date of birth");
    case Phone: return tr("Phone");
    case Constitution: return tr("Constitution");
    case Losses: return tr("Losses");
    case LastLoss: return tr("Last loss");
    }
    return {};
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << m_rows.at(i.row()).id;
    sortRows();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << indexOfId(ids.at(k)).siblingAtColumn(before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, VerticalSortHint);
}

void PatientListModel::sortRows()
{
    QCollator collator; // follows the default locale: pinyin order in Chinese, A–Z in English
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto text = [this](const PatientSummary &p) -> QString {
        switch (m_sortColumn) {
        case FileNumber: return p.fileNumber;
        case NameZh: return p.nameZh;
        case NameEn: return p.nameEn;
        case Phone: return p.phone;
        case Constitution: return displayName(p.constitution);
        }
        return {};
    };
    // Returns <0, 0, >0; empty values always sort last, whatever the direction.
    auto compare = [&](const PatientSummary &a, const PatientSummary &b) -> int {
        switch (m_sortColumn) {
        case BirthDate:
        case LastLoss: {
            const QDate da = m_sortColumn == BirthDate ? a.birthDate : a.lastLossDate;
            const QDate db = m_sortColumn == BirthDate ? b.birthDate : b.lastLossDate;
            return da == db ? 0 : (da < db ? -1 : 1);
        }
        case Losses:
            return a.lossCount - b.lossCount;
        default:
            return collator.compare(text(a), text(b));
        }
    };
    auto isEmpty = [&](const PatientSummary &p) {
        switch (m_sortColumn) {
        case BirthDate: return !p.birthDate.isValid();
        case LastLoss: return !p.lastLossDate.isValid();
        case Losses: return false;
        default: return text(p).isEmpty();
        }
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PatientSummary &a, const PatientSummary &b) {
        const bool ea = isEmpty(a), eb = isEmpty(b);
        if (ea != eb)
            return eb;
        const int c = compare(a, b);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.id < b.id;
    });
}

} // namespace rp
