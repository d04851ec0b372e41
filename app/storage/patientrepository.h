#pragma once

#include "repository.h"

#include "core/patient.h"
#include "core/search.h"

#include <QList>
#include <QSet>
#include <functional>
#include <optional>

namespace rp {

class Database;
class Transaction;

// What the patient list asks for: search text as typed, and whether archived patients count.
struct PatientQuery
{
    QString text;
    bool includeArchived = false;
};

// A search made ready to run: its terms, and the piece of the index that narrows it most with how
// many patients' pieces it holds, when it holds few enough to be worth reading (prepareSearch()).
struct PatientSearch
{
    // Up to this many, the patients holding the rarest piece are all read and the matches
    // counted and sorted; past it the search is broad().
    static constexpr int rarePieces = 5000;
    // Up to this many, even a broad search reads through the index (its first page sorted from
    // them); past it, the table in list order finds a page of matches sooner.
    static constexpr int guidingPieces = 20000;

    PatientQuery query;
    QStringList terms;
    std::optional<GramProbe> narrowest;
    int pieces = 0; // held by `narrowest`
    // Nothing typed: every patient.
    bool everyone() const { return terms.isEmpty(); }
    // Typed, but every piece of it is common ("c", "陳"): many patients match, and reading them
    // all would take as long as reading the table.
    bool broad() const { return !terms.isEmpty() && (!narrowest || pieces > rarePieces); }
};

// What the patient list can be sorted by.
enum class PatientSort { FileNumber, NameZh, NameEn, BirthDate, Phone, Constitution, LossCount, LastLoss };

// One patient found by a search, with the value the list sorts by: the column's text (the
// constitution's code), or `number` for the loss count and for dates (20261128; 0 when not
// recorded).
struct PatientMatch
{
    qint64 id = 0;
    QString text;
    int number = 0;
};

// Another record that may be the same woman (docs/architecture.md, "Possible duplicates").
struct PossibleDuplicate
{
    PatientSummary patient;
    bool sameNames = false; // the same names and date of birth
    bool samePhone = false;
};

// Reads and writes patients and their loss histories. Every write is one transaction.
class PatientRepository : public Repository
{
public:
    explicit PatientRepository(Database &database);

    // Inserts (id 0) or updates the patient with her patterns, conditions and losses. On success
    // the ids and timestamps are filled in; on failure `patient` is as it was.
    // After a save whose commit went unanswered (StorageError::Code::Unconfirmed), the next save of
    // the same record first asks the server whether it kept that one: if it did, that is her
    // record, and only what changed since is written; it is never stored twice.
    bool save(Patient &patient);
    // All or nothing: either every patient is stored or none is.
    bool saveAll(QList<Patient> &patients);
    bool setArchived(qint64 id, bool archived);

    std::optional<Patient> load(qint64 id);
    // Every patient matching `query`, in id order.
    QList<PatientSummary> find(const PatientQuery &query);
    // The patients matching `query`, in no particular order, with what `sort` sorts by: a list of
    // a million stays a few bytes a patient until rows are shown (summaries()).
    QList<PatientMatch> match(const PatientQuery &query, PatientSort sort);
    QList<PatientMatch> match(const PatientSearch &search, PatientSort sort);
    // Looks up how common each piece of the typed terms is, a bounded count each.
    PatientSearch prepareSearch(const PatientQuery &query);
    // The list's default order, the most recent loss first (none recorded last, then newest
    // registered first), a page at a time: what a broad search or the unsearched list shows
    // without reading every match.
    QList<qint64> recent(const PatientSearch &search, int offset, int limit);
    // Where the patient is in that order among the search's matches; -1 when she does not match
    // (or the database could not be read: lastError() says).
    int recentRow(const PatientSearch &search, qint64 id);
    // The list's rows for `ids`, in that order (ids no longer stored are left out).
    QList<PatientSummary> summaries(const QList<qint64> &ids);
    // -1 when the database could not be read (lastError() says why).
    int count(bool includeArchived);
    // Her losses that a recovery plan was made for: the patient dialog refuses to remove them.
    // Empty, with lastError() set, when the database could not be read.
    QSet<qint64> lossesWithPlans(qint64 patientId);
    // Every patient and the archived among them; all is -1 when the database could
    // not be read.
    struct Counts
    {
        int all = -1;
        int archived = 0;
    };
    Counts counts();

    // Records that may be the same woman as patient `id` (the same names and date of birth, or the
    // same phone), in id order; those she said are another woman (markDistinct) are left out.
    QList<PossibleDuplicate> possibleDuplicates(qint64 id);
    // Makes two records of one woman one (docs/transfer.md, "Merging two records here"): the
    // losses, plans, printouts and audit entries of `otherId` move to `keepId`, which keeps its
    // own details and gains what it lacks; `otherId` is then removed. One transaction: on failure
    // nothing has changed.
    bool merge(qint64 keepId, qint64 otherId);
    // She said the two records are two women: neither is flagged as the other's duplicate again.
    bool markDistinct(qint64 id, qint64 otherId);

    // For a caller that writes several records as one (PatientTransfer): save() and load() inside
    // the write Transaction the caller holds and commits. A new record keeps `patient.createdAt`
    // when it is set (an imported patient keeps the day she was registered). On failure `patient`
    // may be partly filled in: the caller lets its transaction roll back.
    bool saveIn(Transaction &transaction, Patient &patient);
    std::optional<Patient> loadIn(Transaction &transaction, qint64 id);

    // Rebuilds every patient's search key when the way keys are folded has changed since they
    // were stored (core/search.h: searchKeyVersion), and the search index with them. One
    // transaction. `progress` (if set) hears how many of how many patients are done.
    bool rebuildSearchKeysIfNeeded(const std::function<void(int done, int total)> &progress = {});

    // Fills the duplicate keys (core/duplicates.h) of every patient when the way they are made has
    // changed since they were stored, and after the upgrade that added them. One transaction.
    bool rebuildDuplicateKeysIfNeeded(const std::function<void(int done, int total)> &progress = {});

private:
    // A save whose commit's answer was lost: what was asked, and what the commit would store.
    struct Unsettled
    {
        Patient sent;
        Patient written;
    };
    bool commitAll(QList<Patient> &written);
    // Settles an unconfirmed save of this record: true when the server kept it and nothing has
    // changed since (`patient` is then the stored record), false to save as usual (`patient`
    // then carries the kept ids and version), no value when the server cannot be asked.
    std::optional<bool> settle(Patient &patient);
    bool write(Patient &patient, bool keepCreatedAt = false);
    std::optional<Patient> read(qint64 id);
    bool writeLosses(qint64 patientId, QList<Loss> &losses);
    bool writeGrams(qint64 patientId, const QString &searchKey, bool replace);
    // The WHERE clause of a search (without "WHERE"), its values appended to `values`.
    QString searchFilter(const PatientSearch &search, QVariantList *values) const;
    bool audit(const std::optional<Patient> &before, const Patient &after);
    template <typename E> bool readCodes(const QString &table, const QString &column, qint64 id, QList<E> *out);
    bool exists(qint64 id);
    // The names of the possible duplicates the page's rows point at (duplicateId).
    bool readDuplicateNames(QHash<qint64, PatientSummary> &rows);

    std::optional<Unsettled> m_unsettled;
};

} // namespace rp
