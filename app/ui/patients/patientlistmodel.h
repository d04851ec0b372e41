#pragma once

#include "core/patient.h"
#include "storage/patientrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace rp {

// The patient list: the patients matching the current search, sortable by any column. It holds
// only the matching ids in order; a row's details are read when the view first shows it, a page
// at a time, so a search over a hundred thousand patients reads a screenful, not the lot.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileNumber, NameZh, NameEn, BirthDate, Phone, Constitution, Losses, LastLoss, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };

    explicit PatientListModel(PatientRepository &repository, QObject *parent = nullptr);

    void setQuery(const PatientQuery &query);
    PatientQuery query() const { return m_query; }
    // Reads the list again from the database (after a save, or another desk's change).
    void refresh();
    // Headers and translated cells follow a language switch.
    void retranslate();

    const PatientSummary *itemAt(const QModelIndex &index) const;
    QModelIndex indexOfId(qint64 id) const;
    // How many patients the search runs over (archived ones only when they are shown).
    int totalCount() const { return m_total; }
    // Archived patients left out because archived ones are not shown.
    int hiddenArchivedCount() const { return m_hiddenArchived; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A read failed; the list keeps what it showed.
    void loadFailed(const QString &message);

private:
    // Reads the matches for m_query and puts them in m_ids, sorted; false when the read failed.
    bool rematch();
    void reorder();
    void readTotals();
    void sortMatches(QList<PatientMatch> &matches) const;
    // The page of rows around `row`, read into the cache.
    void loadPage(int row) const;

    PatientRepository &m_repository;
    PatientQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, PatientSummary> m_cache;
    mutable QSet<qint64> m_gone; // listed, but not readable now (removed elsewhere, or a read failed)
    int m_all = -1; // every stored patient, archived included; -1 until first counted
    int m_archived = 0;
    int m_total = 0;
    int m_hiddenArchived = 0;
    int m_sortColumn = LastLoss;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace rp
