#include "printservice.h"

#include "printout/documentbuilder.h"

#include "core/planner.h"
#include "storage/clinicrepository.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QCoreApplication>

namespace rp {

PrintService::PrintService(PatientRepository &patients, PlanRepository &plans, LibraryRepository &library,
    ClinicRepository &clinic, PrintHistoryRepository &history)
    : m_patients(patients)
    , m_plans(plans)
    , m_library(library)
    , m_clinic(clinic)
    , m_history(history)
{ }

namespace {

StorageError refused(StorageError::Code code, const QString &message)
{
    StorageError e;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

Result<PrintService::Prepared> PrintService::prepare(qint64 planId, const PrintOptions &options)
{
    Result<Prepared> prepared = load(planId);
    if (!prepared)
        return prepared;
    Result<PrintedDocument> document = build(prepared->patient, prepared->plan, options);
    if (!document)
        return document.error();
    prepared->document = std::move(*document);
    return prepared;
}

Result<PrintService::Prepared> PrintService::load(qint64 planId)
{
    const auto plan = m_plans.load(planId);
    if (!plan) {
        StorageError e = m_plans.lastError();
        if (e.message.isEmpty())
            e = refused(StorageError::Code::NotFound,
                QCoreApplication::translate("Print", "There is no plan number %1 in this database.").arg(planId));
        return e;
    }
    const auto patient = m_patients.load(plan->patientId);
    if (!patient)
        return m_patients.lastError();
    return Prepared{*patient, *plan, {}};
}

Result<PrintedDocument> PrintService::build(const Patient &patient, const Plan &plan, const PrintOptions &options)
{
    if (options.documents.isEmpty())
        return refused(StorageError::Code::Invalid,
            QCoreApplication::translate("Print", "Choose at least one document to print."));
    const ClinicInfo clinic = m_clinic.load();
    if (m_clinic.lastError().isError())
        return m_clinic.lastError();
    // Every item, hidden ones too: a dish hidden after it was planned still prints on its days.
    QList<LibraryItem> items;
    QSet<QString> hidden;
    for (const LibraryEntry &e : m_library.entries()) {
        items << e.item;
        if (e.hidden)
            hidden << e.item.id;
    }
    if (m_library.lastError().isError())
        return m_library.lastError();
    const Planner planner(items);
    return DocumentBuilder(planner, clinic, hidden).build(patient, plan, options);
}

PrintOptions PrintService::defaultsFor(const Patient &patient, PrintLanguage fallback)
{
    PrintOptions o;
    o.language = patient.printLanguage.value_or(fallback);
    o.calendarWithoutPrivate = patient.calendarWithoutPrivate;
    return o;
}

StorageError PrintService::record(const Patient &patient, const Plan &plan, const PrintedDocument &document,
    PrintOutput output, const QString &fileName)
{
    PrintRecord r;
    r.patientId = patient.id;
    r.planId = plan.id;
    r.planTitle = plan.title;
    r.options = document.options;
    r.output = output;
    r.fileName = fileName;
    r.snapshot = document.toJson();
    // and her print language is now this one (the same transaction)
    return errorOf(m_history.record(r), m_history);
}

StorageError PrintService::recordAgain(const PrintRecord &earlier, PrintOutput output, const QString &fileName)
{
    PrintRecord r = earlier;
    r.id = 0;
    r.printedAt = {};
    r.output = output;
    r.fileName = fileName;
    return errorOf(m_history.record(r), m_history);
}

Result<QList<PrintRecord>> PrintService::history(qint64 patientId)
{
    return rowsOf(m_history.forPatient(patientId), m_history);
}

Result<PrintService::Printout> PrintService::printout(qint64 recordId)
{
    auto record = m_history.load(recordId);
    if (!record)
        return m_history.lastError();
    QString problem;
    auto document = PrintedDocument::fromJson(record->snapshot, &problem);
    if (!document)
        return refused(StorageError::Code::Invalid, problem);
    return Printout{std::move(*record), std::move(*document)};
}

Result<ClinicInfo> PrintService::clinic()
{
    ClinicInfo c = m_clinic.load();
    if (m_clinic.lastError().isError())
        return m_clinic.lastError();
    return c;
}

StorageError PrintService::saveClinic(const ClinicInfo &clinic)
{
    return errorOf(m_clinic.save(clinic), m_clinic);
}

} // namespace rp
