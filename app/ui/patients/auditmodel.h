#pragma once

#include "core/audit.h"

#include <QAbstractTableModel>

namespace rp {

// One patient's audit log, newest first: when, who at which desk, what, and the details in the
// screen's language.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Details, ColumnCount };
    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Phone: 6123 4567 → 6000 1111", the field's name and values as the screen shows them.
    static QString describe(const FieldChange &change);

private:
    QList<AuditEntry> m_entries;
};

} // namespace rp
