#pragma once

#include "result.h"

#include "printout/printeddocument.h"

#include "core/patient.h"
#include "core/plan.h"
#include "core/printjob.h"

namespace rp {

class ClinicRepository;
class LibraryRepository;
class PatientRepository;
class PlanRepository;
class PrintHistoryRepository;

// Turns a stored plan into the patient's printout and keeps the record of what she was given.
// Shared by the print dialog and `--export-pdf`, so both print the same thing the same way.
class PrintService
{
public:
    PrintService(PatientRepository &patients, PlanRepository &plans, LibraryRepository &library,
        ClinicRepository &clinic, PrintHistoryRepository &history);

    struct Prepared
    {
        Patient patient;
        Plan plan;
        PrintedDocument document;
    };
    // The printout of plan `planId` as stored, or why not (the plan or its patient cannot be
    // read, no document chosen).
    Result<Prepared> prepare(qint64 planId, const PrintOptions &options);
    // The plan and her record only (no document yet), for the dialog's defaults and file name.
    Result<Prepared> load(qint64 planId);
    Result<PrintedDocument> build(const Patient &patient, const Plan &plan, const PrintOptions &options);

    // The options a print starts from: her preferred language (else `fallback`), everything else
    // as given.
    static PrintOptions defaultsFor(const Patient &patient, PrintLanguage fallback);

    // Records a printout on the patient and makes its language hers, in one transaction.
    StorageError record(const Patient &patient, const Plan &plan, const PrintedDocument &document, PrintOutput output,
        const QString &fileName);
    // Records another copy of an earlier printout (a reprint is given to her too).
    StorageError recordAgain(const PrintRecord &earlier, PrintOutput output, const QString &fileName);

    // Her print history, newest first, and one printout ready to print again, as it was printed.
    Result<QList<PrintRecord>> history(qint64 patientId);
    struct Printout
    {
        PrintRecord record;
        PrintedDocument document;
    };
    Result<Printout> printout(qint64 recordId);

    Result<ClinicInfo> clinic();
    StorageError saveClinic(const ClinicInfo &clinic);

private:
    PatientRepository &m_patients;
    PlanRepository &m_plans;
    LibraryRepository &m_library;
    ClinicRepository &m_clinic;
    PrintHistoryRepository &m_history;
};

} // namespace rp
