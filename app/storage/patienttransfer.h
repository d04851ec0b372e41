#pragma once

#include "patientrepository.h"
#include "planrepository.h"
#include "printhistoryrepository.h"
#include "repository.h"

#include "core/audit.h"

#include "core/patientfile.h"

#include <optional>

namespace rp {

class Database;

// Carries one patient between clinic computers (docs/transfer.md): reads her whole record as a
// PatientFile, and stores a checked file as a new patient or merges it into the patient already
// here. Each import is one transaction: all of it is stored, or nothing.
class PatientTransfer : public Repository
{
public:
    explicit PatientTransfer(Database &database);

    // Her record, losses, plans and print history (with the printed documents), read in one
    // snapshot so another desk's save cannot land half-way through.
    std::optional<PatientFile> exportPatient(qint64 id);

    // How a patient here was recognised as the one in the file.
    enum class Match { FileNumber, NamesAndBirthDate };
    struct Existing
    {
        Patient patient;
        Match match = Match::FileNumber;
    };
    // The patient here the file is for: the one with its file number, else the one with the same
    // English and Chinese names (case, accents and Traditional/Simplified characters aside) and
    // the same date of birth. Empty when there is none, or when the database could not be read
    // (lastError() tells the two apart).
    std::optional<Existing> findExisting(const PatientFile &file);

    // What an import stored.
    struct Result
    {
        qint64 patientId = 0;
        bool merged = false;
        int detailsAdded = 0; // merge: empty fields filled, patterns and conditions added
        int lossesAdded = 0;
        int plansAdded = 0;
        int printoutsAdded = 0;
        bool changed() const { return detailsAdded + lossesAdded + plansAdded + printoutsAdded > 0; }
    };

    // `file` as patientfile::read() returns it (checked). She is stored as a new patient, with
    // everything in the file; ids are given here. Fails (nothing stored) when her file number
    // belongs to someone here.
    std::optional<Result> importAsNew(const PatientFile &file);
    // Merges the file into patient `existingId` (docs/transfer.md, "Merging"): her record here
    // keeps its fields and gains what it lacks; losses, plans and printouts not yet here are
    // added. When nothing is new, nothing is written and her version does not move.
    std::optional<Result> importInto(qint64 existingId, const PatientFile &file);

private:
    bool auditImport(const PatientFile &file, qint64 patientId, AuditAction action);

    PatientRepository m_patients;
    PlanRepository m_plans;
    PrintHistoryRepository m_history;
};

} // namespace rp
