#pragma once

#include "result.h"

#include "core/audit.h"
#include "core/patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

namespace rp {

class AuditLog;
class PatientRepository;
class PlanRepository;
class Planner;
class PrintHistoryRepository;

// One record as the merge dialog shows it beside another.
struct MergeRecord
{
    Patient patient;
    QStringList plans; // titles
    int printouts = 0;
    // Why she may be the same woman as the current record (for a possible duplicate).
    bool sameNames = false;
    bool samePhone = false;
};

// A patient's record: opening and saving it (and what to do when another desk saved it first),
// archiving, its history of changes, merging two records of one woman, and the demo patients.
class PatientService
{
    Q_DECLARE_TR_FUNCTIONS(PatientService)

public:
    PatientService(
        PatientRepository &patients, PlanRepository &plans, PrintHistoryRepository &history, AuditLog &audit);

    Result<Patient> load(qint64 id);
    // Adds or updates her record. Code::Conflict: another desk saved it first; load() it again, or
    // saveAsCopy(). Code::DuplicateFileNumber: another record has the file number.
    StorageError save(Patient &patient);
    // Her version of a record another desk changed meanwhile, stored as a separate record
    // (without the file number, which stays with the other), never over theirs. `patient` becomes
    // the copy.
    StorageError saveAsCopy(Patient &patient);
    StorageError setArchived(qint64 id, bool archived);
    // Her losses that a plan was made for, which her record cannot lose.
    Result<QSet<qint64>> lossesWithPlans(qint64 id);
    // What was changed in her record, and when (the audit log).
    Result<QList<AuditEntry>> history(qint64 id);

    // The record `id` and the records that may be the same woman, each with its plans and
    // printouts, for the merge dialog. No candidates: nobody else has her names and date of birth
    // or her phone (or she said they are other women).
    struct MergeChoice
    {
        MergeRecord current;
        QList<MergeRecord> candidates;
    };
    Result<MergeChoice> mergeChoice(qint64 id);
    // Makes two records one (PatientRepository::merge); nothing changes when it fails.
    StorageError merge(qint64 keepId, qint64 otherId);
    // She said the two records are two women: they are not offered for merging again.
    StorageError markDistinct(qint64 id, qint64 otherId);

    // Fills an empty database with the demo patients, each with a plan for her latest loss.
    // Code::Invalid when it has patients already (nothing is added).
    StorageError addDemoPatients(const Planner &planner, const QDate &today);
    // Stores `patients` (made up, for tests and benchmarks), each with the first plan for her
    // latest loss, in one transaction: all of them or none. Code::Busy: another desk was writing,
    // try again; Code::Unconfirmed: the server may or may not have the batch.
    StorageError addWithFirstPlans(const QList<Patient> &patients, const Planner &planner);

private:
    Result<MergeRecord> mergeRecord(qint64 id);

    PatientRepository &m_patients;
    PlanRepository &m_plans;
    PrintHistoryRepository &m_history;
    AuditLog &m_audit;
};

} // namespace rp
