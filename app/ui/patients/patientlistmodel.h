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
//
// In the default order (the most recent loss first) the unsearched list and a broad search ("c",
// "陳") do not even read every id: pages come from the database in that order as the view needs
// them. The unsearched list knows its length; a broad search grows as she scrolls (fetchMore),
// and says only that more match (matchCountKnown()).
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileNumber, NameZh, NameEn, BirthDate, Phone, Constitution, Losses, LastLoss, ColumnCount };
    // DuplicateRole: the id of a possible duplicate of hers (0 when none), flagged on the row.
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, DuplicateRole };

    explicit PatientListModel(PatientRepository &repository, QObject *parent = nullptr);

    void setQuery(const PatientQuery &query);
    PatientQuery query() const { return m_query; }
    // Reads the list again from the database (after a save, or another desk's change).
    void refresh();
    // Headers and translated cells follow a language switch.
    void retranslate();

    // Valid until the list is next read (the next call may read a page and move the rows).
    const PatientSummary *itemAt(const QModelIndex &index) const;
    // Her row among the rows read so far.
    QModelIndex indexOfId(qint64 id) const;
    // Her row, reading as much of a paged list as it takes to find it.
    QModelIndex locate(qint64 id);
    // How many patients the search runs over (archived ones only when they are shown).
    int totalCount() const { return m_total; }
    // Archived patients left out because archived ones are not shown.
    int hiddenArchivedCount() const { return m_hiddenArchived; }
    // False while a broad search has more matches than the rows read so far.
    bool matchCountKnown() const { return !m_more; }
    // "Possible duplicate of 陳小明 (same phone)": the row's flag in words.
    static QString duplicateText(const PatientSummary &patient);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A read failed; the list keeps what it showed.
    void loadFailed(const QString &message);
    // A broad search read more rows, or found its last one (matchCountKnown()).
    void matchCountChanged();

private:
    // Reads the matches for m_query and puts them in m_ids, sorted; false when the read failed.
    bool rematch();
    void reorder();
    void readTotals();
    void sortMatches(QList<PatientMatch> &matches) const;
    // The page of rows around `row`, read into the cache.
    void loadPage(int row) const;
    // Read in the database's order, not as a list of every match (see the class comment).
    bool pagedInOrder() const;
    // The ids of the page at `from` in that order, into m_ids; false when the read failed.
    bool readRecent(int from) const;

    PatientRepository &m_repository;
    PatientQuery m_query;
    PatientSearch m_search;
    bool m_paged = false; // pagedInOrder() when the rows were read
    mutable bool m_more = false; // paged, and more match than m_ids holds
    mutable QList<qint64> m_ids; // 0: a row of the paged list not read yet
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
