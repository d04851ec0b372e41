#pragma once

#include "core/library.h"

#include <QAbstractTableModel>

namespace rp {

// The library list: the entries that pass the current filter, in the content's own order.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Phases, Slots, Origin, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEntries(const QList<LibraryEntry> &entries);
    void setFilter(const LibraryFilter &filter);
    LibraryFilter filter() const { return m_filter; }
    void retranslate();

    const LibraryEntry *itemAt(const QModelIndex &index) const;
    QModelIndex indexOfId(const QString &id) const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<LibraryEntry> m_all;
    QList<int> m_rows; // indexes into m_all
    LibraryFilter m_filter;
};

} // namespace rp
