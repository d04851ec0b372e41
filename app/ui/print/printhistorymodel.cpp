#include "printhistorymodel.h"

#include "core/language.h"
#include "core/terms.h"

#include <QFileInfo>
#include <QLocale>

namespace rp {

PrintHistoryModel::PrintHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PrintHistoryModel::setRecords(const QList<PrintRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

const PrintRecord *PrintHistoryModel::recordAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_records.size() ? &m_records.at(index.row()) : nullptr;
}

int PrintHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PrintHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintHistoryModel::data(const QModelIndex &index, int role) const
{
    const PrintRecord *r = recordAt(index);
    if (!r || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case When:
        return displayDateTime(r->printedAt);
    case Documents: {
        QStringList names;
        for (PrintDocument d : r->options.documents)
            names << displayName(d);
        // A printout from today on holds only the days from then.
        if (r->options.fromDay > 1)
            return tr("%1 (from day %2)").arg(names.join(listSeparator())).arg(r->options.fromDay);
        return names.join(listSeparator());
    }
    case Language:
        return displayName(r->options.language);
    case Paper:
        return r->options.largePrint ? tr("%1, large print").arg(displayName(r->options.paper))
                                     : displayName(r->options.paper);
    case Output:
        if (r->output == PrintOutput::Printer)
            return displayName(r->output);
        return role == Qt::ToolTipRole ? r->fileName : tr("PDF: %1").arg(QFileInfo(r->fileName).fileName());
    case PlanTitle:
        return r->planTitle;
    }
    return {};
}

QVariant PrintHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Printed");
    case Documents:
        return tr("Documents");
    case Language:
        return tr("Language");
    case Paper:
        return tr("Paper");
    case Output:
        return tr("Given as");
    case PlanTitle:
        return tr("Plan");
    }
    return {};
}

} // namespace rp
