#include "patientlistmodel.h"

#include "core/language.h"
#include "core/search.h"
#include "core/terms.h"

#include <QCollator>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <algorithm>

namespace rp {

PatientListModel::PatientListModel(PatientRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{ }

namespace {

constexpr int pageSize = 100;

// The possible-duplicate flag: two small overlapping cards in the text's colour, faded, so it is
// seen when looked for and does not alarm anyone.
QIcon duplicateIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            QColor colour = QGuiApplication::palette().color(QPalette::Text);
            colour.setAlphaF(0.55);
            painter.setPen(QPen(colour, size / 12.0));
            const qreal unit = size / 16.0;
            painter.setBrush(QGuiApplication::palette().color(QPalette::Base));
            painter.drawRoundedRect(QRectF(2 * unit, 2 * unit, 8 * unit, 9 * unit), unit, unit);
            painter.drawRoundedRect(QRectF(6 * unit, 5 * unit, 8 * unit, 9 * unit), unit, unit);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}
// Rows kept read; past this the cache starts again (a screenful is a few dozen rows).
constexpr int cacheLimit = 5000;

PatientSort sortOf(int column)
{
    switch (column) {
    case PatientListModel::FileNumber:
        return PatientSort::FileNumber;
    case PatientListModel::NameZh:
        return PatientSort::NameZh;
    case PatientListModel::NameEn:
        return PatientSort::NameEn;
    case PatientListModel::BirthDate:
        return PatientSort::BirthDate;
    case PatientListModel::Phone:
        return PatientSort::Phone;
    case PatientListModel::Constitution:
        return PatientSort::Constitution;
    case PatientListModel::Losses:
        return PatientSort::LossCount;
    default:
        return PatientSort::LastLoss;
    }
}

} // namespace

void PatientListModel::setQuery(const PatientQuery &query)
{
    m_query = query;
    beginResetModel();
    // Typing does not change how many patients there are: they are counted on the first search,
    // on refresh(), and when the whole list is shown (it is as long as that count).
    if (m_all < 0 || searchTerms(query.text).isEmpty())
        readTotals();
    m_total = m_query.includeArchived ? m_all : m_all - m_archived;
    m_hiddenArchived = m_query.includeArchived ? 0 : m_archived;
    rematch();
    endResetModel();
}

void PatientListModel::refresh()
{
    beginResetModel();
    readTotals();
    m_total = m_query.includeArchived ? m_all : m_all - m_archived;
    m_hiddenArchived = m_query.includeArchived ? 0 : m_archived;
    rematch();
    endResetModel();
}

void PatientListModel::readTotals()
{
    const PatientRepository::Counts counts = m_repository.counts();
    if (counts.all < 0) {
        emit loadFailed(m_repository.lastError().message);
        m_all = std::max(m_all, 0);
        return;
    }
    m_all = counts.all;
    m_archived = counts.archived;
}

bool PatientListModel::rematch()
{
    const PatientSearch search = m_repository.prepareSearch(m_query);
    if (m_repository.lastError().isError()) {
        emit loadFailed(m_repository.lastError().message);
        return false;
    }
    m_search = search;
    m_cache.clear();
    m_gone.clear();
    m_paged = pagedInOrder();
    m_more = false;
    if (m_paged && m_search.everyone()) {
        m_ids = QList<qint64>(m_total, 0); // read a page at a time as the view shows them
        return true;
    }
    if (m_paged) {
        const QList<qint64> ids = m_repository.recent(m_search, 0, pageSize);
        if (m_repository.lastError().isError()) {
            emit loadFailed(m_repository.lastError().message);
            m_ids.clear();
            return false;
        }
        m_ids = ids;
        m_more = ids.size() == pageSize;
        return true;
    }
    QList<PatientMatch> matches = m_repository.match(m_search, sortOf(m_sortColumn));
    if (m_repository.lastError().isError()) {
        emit loadFailed(m_repository.lastError().message);
        return false;
    }
    sortMatches(matches);
    m_ids.clear();
    m_ids.reserve(matches.size());
    for (const PatientMatch &m : std::as_const(matches))
        m_ids << m.id;
    return true;
}

bool PatientListModel::pagedInOrder() const
{
    return m_sortColumn == LastLoss && m_sortOrder == Qt::DescendingOrder && (m_search.everyone() || m_search.broad());
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<qint64> ids = m_repository.recent(m_search, int(m_ids.size()), pageSize);
    if (m_repository.lastError().isError()) {
        m_more = false; // said once; a new search or a refresh tries again
        emit loadFailed(m_repository.lastError().message);
        return;
    }
    m_more = ids.size() == pageSize;
    // A patient another desk moved up meanwhile would come round twice: listed once.
    const QSet<qint64> listed(m_ids.cbegin(), m_ids.cend());
    ids.removeIf([&](qint64 id) { return listed.contains(id); });
    if (!ids.isEmpty()) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + ids.size() - 1));
        m_ids << ids;
        endInsertRows();
    }
    emit matchCountChanged();
}

QModelIndex PatientListModel::locate(qint64 id)
{
    if (const QModelIndex known = indexOfId(id); known.isValid() || !m_paged || id <= 0)
        return known;
    const int row = m_repository.recentRow(m_search, id);
    if (row < 0)
        return {};
    // A broad search is read up to her row, if she is not too far down to read at once.
    constexpr int readAtMost = 10000;
    while (m_more && row >= m_ids.size() && m_ids.size() < readAtMost)
        fetchMore({});
    if (row >= m_ids.size())
        return {};
    if (m_ids.at(row) == 0)
        loadPage(row);
    return m_ids.at(row) == id ? index(row, 0) : QModelIndex();
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Translated cells and the new language's collation change the order of text columns;
    // dates and counts stay where they are.
    const bool textOrder = m_sortColumn != BirthDate && m_sortColumn != LastLoss && m_sortColumn != Losses;
    if (textOrder)
        sort(m_sortColumn, m_sortOrder);
}

void PatientListModel::loadPage(int row) const
{
    if (m_cache.size() > cacheLimit) {
        m_cache.clear();
        m_gone.clear();
    }
    const int from = row - row % pageSize;
    if (m_ids.at(from) == 0 && !readRecent(from))
        return;
    QList<qint64> ids = m_ids.mid(from, pageSize);
    ids.removeAll(0);
    const QList<PatientSummary> rows = m_repository.summaries(ids);
    if (m_repository.lastError().isError()) {
        // Said once; the rows stay blank until the next search or refresh reads them again.
        for (qint64 id : std::as_const(ids))
            m_gone.insert(id);
        emit const_cast<PatientListModel *>(this)->loadFailed(m_repository.lastError().message);
        return;
    }
    for (const PatientSummary &s : rows)
        m_cache.insert(s.id, s);
    // Removed at another desk since the search: not asked for again until a refresh.
    for (qint64 id : std::as_const(ids)) {
        if (!m_cache.contains(id))
            m_gone.insert(id);
    }
}

bool PatientListModel::readRecent(int from) const
{
    const QList<qint64> ids = m_repository.recent(m_search, from, pageSize);
    const bool failed = m_repository.lastError().isError();
    // Rows the database no longer has (removed at another desk since the count), or a page that
    // could not be read, stay blank (-1 is no patient's id) until the next search or refresh.
    const int end = std::min<int>(from + pageSize, int(m_ids.size()));
    for (int row = from; row < end; ++row) {
        const int k = row - from;
        m_ids[row] = !failed && k < ids.size() ? ids.at(k) : -1;
    }
    if (failed)
        emit const_cast<PatientListModel *>(this)->loadFailed(m_repository.lastError().message);
    return !failed;
}

const PatientSummary *PatientListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    qint64 id = m_ids.at(index.row());
    if (id < 0)
        return nullptr;
    auto it = m_cache.constFind(id);
    if (it == m_cache.cend()) {
        if (m_gone.contains(id))
            return nullptr;
        loadPage(index.row());
        id = m_ids.at(index.row());
        it = m_cache.constFind(id);
        if (it == m_cache.cend()) // removed at another desk since the search; a refresh will drop it
            return nullptr;
    }
    return &*it;
}

QModelIndex PatientListModel::indexOfId(qint64 id) const
{
    if (id <= 0)
        return {};
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
        case FileNumber:
            return p->fileNumber;
        case NameZh:
            return p->nameZh;
        case NameEn:
            return p->nameEn;
        case BirthDate:
            return displayDate(p->birthDate);
        case Phone:
            return p->phone;
        case Constitution:
            return displayName(p->constitution);
        case Losses:
            return p->lossCount;
        case LastLoss:
            return displayDate(p->lastLossDate);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Losses)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == FileNumber && p->duplicateId)
            return duplicateIcon();
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (p->duplicateId)
            lines << duplicateText(*p);
        if (p->archived)
            lines << tr("Archived: hidden from the list unless archived patients are shown.");
        if (!lines.isEmpty())
            return lines.join(u'\n');
        break;
    }
    case Qt::AccessibleDescriptionRole:
        if (p->duplicateId)
            return duplicateText(*p);
        break;
    case DuplicateRole:
        return p->duplicateId;
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

QString PatientListModel::duplicateText(const PatientSummary &p)
{
    return p.duplicateByPhone ? tr("Possible duplicate of %1 (same phone)").arg(p.duplicateName)
                              : tr("Possible duplicate of %1 (same names and date of birth)").arg(p.duplicateName);
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNumber:
        return tr("File no.");
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case BirthDate:
        return tr("Date of birth");
    case Phone:
        return tr("Phone");
    case Constitution:
        return tr("Constitution");
    case Losses:
        return tr("Losses");
    case LastLoss:
        return tr("Last loss");
    }
    return {};
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_all < 0) // nothing read yet: the first refresh() or setQuery() sorts
        return;
    // To or from the order read a page at a time: read again (the view keeps her selection).
    if (m_paged || pagedInOrder()) {
        beginResetModel();
        rematch();
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << m_ids.at(i.row());
    reorder();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << indexOfId(ids.at(k)).siblingAtColumn(before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, VerticalSortHint);
}

// A new order for the rows already listed: the same rows, as a layout change must keep them
// (patients added or removed at another desk meanwhile show at the next search or refresh).
void PatientListModel::reorder()
{
    QList<PatientMatch> matches = m_repository.match(m_search, sortOf(m_sortColumn));
    if (m_repository.lastError().isError()) {
        emit loadFailed(m_repository.lastError().message);
        return;
    }
    QSet<qint64> listed(m_ids.cbegin(), m_ids.cend());
    matches.removeIf([&](const PatientMatch &m) { return !listed.remove(m.id); });
    sortMatches(matches);
    QList<qint64> ids;
    ids.reserve(m_ids.size());
    for (const PatientMatch &m : std::as_const(matches))
        ids << m.id;
    for (qint64 id : std::as_const(m_ids)) { // no longer matching: kept, at the end
        if (listed.contains(id))
            ids << id;
    }
    m_ids = std::move(ids);
}

void PatientListModel::sortMatches(QList<PatientMatch> &matches) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Ties, and the rows with nothing to sort by, by id in the same direction: newest registered
    // first when descending, as the list read a page at a time orders them (PatientRepository::
    // recent), so the rows do not swap places as a search narrows from broad to exact.
    const auto byId
        = [ascending](const PatientMatch &a, const PatientMatch &b) { return ascending ? a.id < b.id : b.id < a.id; };
    auto byKey = [ascending, byId](auto keyOf) {
        return [ascending, keyOf, byId](const PatientMatch &a, const PatientMatch &b) {
            const auto &ka = keyOf(a), &kb = keyOf(b);
            if (ka < kb)
                return ascending;
            if (kb < ka)
                return !ascending;
            return byId(a, b);
        };
    };
    // Empty values go last, whatever the direction.
    auto emptyLast = [](QList<PatientMatch> &list, auto isEmpty) {
        return std::stable_partition(list.begin(), list.end(), [&](const PatientMatch &m) { return !isEmpty(m); });
    };

    switch (m_sortColumn) {
    case Losses: {
        std::sort(matches.begin(), matches.end(), byKey([](const PatientMatch &m) -> const int & { return m.number; }));
        return;
    }
    case BirthDate:
    case LastLoss: {
        // Dates as yyyymmdd numbers; not recorded (0) goes last.
        auto end = emptyLast(matches, [](const PatientMatch &m) { return m.number == 0; });
        std::sort(matches.begin(), end, byKey([](const PatientMatch &m) -> const int & { return m.number; }));
        std::sort(end, matches.end(), byId);
        return;
    }
    default:
        break;
    }

    // Text in the reader's collation (pinyin or stroke order in Chinese, A–Z in English, numbers
    // by value). Each distinct text gets one sort key, so a long list costs one key per name.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (m_sortColumn == Constitution) {
        for (PatientMatch &m : matches)
            m.text = displayName(fromCode<rp::Constitution>(m.text).value_or(rp::Constitution::NotAssessed));
    }
    auto end = emptyLast(matches, [](const PatientMatch &m) { return m.text.isEmpty(); });
    QHash<QString, int> rank;
    {
        QStringList distinct;
        for (auto it = matches.begin(); it != end; ++it) {
            if (!rank.contains(it->text)) {
                rank.insert(it->text, 0);
                distinct << it->text;
            }
        }
        QList<std::pair<QCollatorSortKey, QString>> keys;
        keys.reserve(distinct.size());
        for (const QString &t : std::as_const(distinct))
            keys.append({collator.sortKey(t), t});
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        int r = 0;
        for (qsizetype k = 0; k < keys.size(); ++k) {
            if (k > 0 && keys.at(k - 1).first.compare(keys.at(k).first) != 0)
                ++r;
            rank[keys.at(k).second] = r;
        }
    }
    for (auto it = matches.begin(); it != end; ++it)
        it->number = rank.value(it->text);
    std::sort(matches.begin(), end, byKey([](const PatientMatch &m) -> const int & { return m.number; }));
    std::sort(end, matches.end(), byId);
}

} // namespace rp
