#pragma once

#include "core/printjob.h"

#include <QAbstractTableModel>

namespace rp {

// One patient's printouts, newest first: when, what, in which language, where it went.
class PrintHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Documents, Language, Paper, Output, PlanTitle, ColumnCount };
    explicit PrintHistoryModel(QObject *parent = nullptr);

    void setRecords(const QList<PrintRecord> &records);
    const PrintRecord *recordAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PrintRecord> m_records;
};

} // namespace rp
