#pragma once

#include "printout/printeddocument.h"

#include "core/patient.h"
#include "core/plan.h"
#include "core/printjob.h"

#include <optional>

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
    // The printout of plan `planId` as stored. Empty with a translated `error` when the plan or
    // its patient cannot be read.
    std::optional<Prepared> prepare(qint64 planId, const PrintOptions &options, QString *error);
    // The plan and her record only (no document yet), for the dialog's defaults and file name.
    std::optional<Prepared> load(qint64 planId, QString *error);
    std::optional<PrintedDocument> build(
        const Patient &patient, const Plan &plan, const PrintOptions &options, QString *error);

    // The options a print starts from: her preferred language (else `fallback`), everything else
    // as given.
    static PrintOptions defaultsFor(const Patient &patient, PrintLanguage fallback);

    // Records a printout on the patient and makes its language hers, in one transaction.
    bool record(const Patient &patient, const Plan &plan, const PrintedDocument &document, PrintOutput output,
        const QString &fileName, QString *error);
    // Records another copy of an earlier printout (a reprint is given to her too).
    bool recordAgain(const PrintRecord &earlier, PrintOutput output, const QString &fileName, QString *error);

    // Her print history, newest first, and one printout ready to print again.
    std::optional<QList<PrintRecord>> history(qint64 patientId, QString *error);
    std::optional<PrintRecord> printout(qint64 recordId, PrintedDocument *document, QString *error);

    ClinicInfo clinic(QString *error);
    bool saveClinic(const ClinicInfo &clinic, QString *error);

private:
    PatientRepository &m_patients;
    PlanRepository &m_plans;
    LibraryRepository &m_library;
    ClinicRepository &m_clinic;
    PrintHistoryRepository &m_history;
};

} // namespace rp
