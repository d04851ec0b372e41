#pragma once

#include "repository.h"

#include "core/patient.h"

#include <QList>
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

// Reads and writes patients and their loss histories. Every write is one transaction.
class PatientRepository : public Repository
{
public:
    explicit PatientRepository(Database &database);

    // Inserts (id 0) or updates the patient with her patterns, conditions and losses. On success
    // the ids and timestamps are filled in; on failure `patient` is as it was.
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
    // The list's rows for `ids`, in that order (ids no longer stored are left out).
    QList<PatientSummary> summaries(const QList<qint64> &ids);
    // -1 when the database could not be read (lastError() says why).
    int count(bool includeArchived);

    // For a caller that writes several records as one (PatientTransfer): save() and load() inside
    // the write Transaction the caller holds and commits. A new record keeps `patient.createdAt`
    // when it is set (an imported patient keeps the day she was registered). On failure `patient`
    // may be partly filled in: the caller lets its transaction roll back.
    bool saveIn(Transaction &transaction, Patient &patient);
    std::optional<Patient> loadIn(Transaction &transaction, qint64 id);

    // Rebuilds every patient's search key when the way keys are folded has changed since they
    // were stored (core/search.h: searchKeyVersion). One transaction.
    bool rebuildSearchKeysIfNeeded();

private:
    bool write(Patient &patient, bool keepCreatedAt = false);
    std::optional<Patient> read(qint64 id);
    bool writeLosses(qint64 patientId, QList<Loss> &losses);
    bool audit(const std::optional<Patient> &before, const Patient &after);
    template <typename E>
    bool readCodes(const QString &table, const QString &column, qint64 id, QList<E> *out);
    bool exists(qint64 id);
};

} // namespace rp
