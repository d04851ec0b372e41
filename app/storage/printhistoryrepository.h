#pragma once

#include "repository.h"

#include "core/printjob.h"

#include <QList>
#include <optional>

namespace rp {

class Database;
class Transaction;

// Keeps what was printed for each patient, with the finished document, so the print history can
// list it and a reprint gives exactly what she was given. Every write is one transaction.
class PrintHistoryRepository : public Repository
{
public:
    explicit PrintHistoryRepository(Database &database);

    // Stores a new record and makes its language the patient's print language, in one
    // transaction. On success its id is filled in, and printedAt when it was not set (now, UTC);
    // on failure `record` is as it was.
    bool record(PrintRecord &record);
    // Her printouts, newest first, without their snapshots (a list need not carry every
    // document): load() one to reprint it. Empty when there are none or the database could not be
    // read (lastError() tells the two apart).
    QList<PrintRecord> forPatient(qint64 patientId);
    // One printout with its snapshot.
    std::optional<PrintRecord> load(qint64 id);

    // For a caller that writes several records as one (PatientTransfer): stores the record as it
    // is, inside the write Transaction the caller holds and commits. Unlike record(), her print
    // language is left alone: an earlier printout is history, not her latest choice.
    bool insertIn(Transaction &transaction, PrintRecord &record);

private:
    bool insert(PrintRecord &record);
    bool hasSnapshot(const PrintRecord &record);
};

} // namespace rp
