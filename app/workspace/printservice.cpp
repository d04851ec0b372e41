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

std::optional<PrintService::Prepared> PrintService::prepare(qint64 planId, const PrintOptions &options, QString *error)
{
    auto prepared = load(planId, error);
    if (!prepared)
        return std::nullopt;
    auto document = build(prepared->patient, prepared->plan, options, error);
    if (!document)
        return std::nullopt;
    prepared->document = *document;
    return prepared;
}

std::optional<PrintService::Prepared> PrintService::load(qint64 planId, QString *error)
{
    const auto plan = m_plans.load(planId);
    if (!plan) {
        if (error)
            *error = m_plans.lastError().message.isEmpty()
                ? QCoreApplication::translate("Print", "There is no plan number %1 in this database.").arg(planId)
                : m_plans.lastError().message;
        return std::nullopt;
    }
    const auto patient = m_patients.load(plan->patientId);
    if (!patient) {
        if (error)
            *error = m_patients.lastError().message;
        return std::nullopt;
    }
    return Prepared{*patient, *plan, {}};
}

std::optional<PrintedDocument> PrintService::build(
    const Patient &patient, const Plan &plan, const PrintOptions &options, QString *error)
{
    if (options.documents.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Print", "Choose at least one document to print.");
        return std::nullopt;
    }
    const ClinicInfo clinic = m_clinic.load();
    if (m_clinic.lastError().isError()) {
        if (error)
            *error = m_clinic.lastError().message;
        return std::nullopt;
    }
    // Every item, hidden ones too: a dish hidden after it was planned still prints on its days.
    QList<LibraryItem> items;
    QSet<QString> hidden;
    for (const LibraryEntry &e : m_library.entries()) {
        items << e.item;
        if (e.hidden)
            hidden << e.item.id;
    }
    if (m_library.lastError().isError()) {
        if (error)
            *error = m_library.lastError().message;
        return std::nullopt;
    }
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

bool PrintService::record(const Patient &patient, const Plan &plan, const PrintedDocument &document, PrintOutput output,
    const QString &fileName, QString *error)
{
    PrintRecord r;
    r.patientId = patient.id;
    r.planId = plan.id;
    r.planTitle = plan.title;
    r.options = document.options;
    r.output = output;
    r.fileName = fileName;
    r.snapshot = document.toJson();
    if (!m_history.record(r)) {
        if (error)
            *error = m_history.lastError().message;
        return false;
    }
    return true; // and her print language is now this one (the same transaction)
}

bool PrintService::recordAgain(const PrintRecord &earlier, PrintOutput output, const QString &fileName, QString *error)
{
    PrintRecord r = earlier;
    r.id = 0;
    r.printedAt = {};
    r.output = output;
    r.fileName = fileName;
    if (!m_history.record(r)) {
        if (error)
            *error = m_history.lastError().message;
        return false;
    }
    return true;
}

std::optional<QList<PrintRecord>> PrintService::history(qint64 patientId, QString *error)
{
    QList<PrintRecord> records = m_history.forPatient(patientId);
    if (m_history.lastError().isError()) {
        if (error)
            *error = m_history.lastError().message;
        return std::nullopt;
    }
    return records;
}

std::optional<PrintRecord> PrintService::printout(qint64 recordId, PrintedDocument *document, QString *error)
{
    auto record = m_history.load(recordId);
    if (!record) {
        if (error)
            *error = m_history.lastError().message;
        return std::nullopt;
    }
    auto doc = PrintedDocument::fromJson(record->snapshot, error);
    if (!doc)
        return std::nullopt;
    *document = *doc;
    return record;
}

ClinicInfo PrintService::clinic(QString *error)
{
    ClinicInfo c = m_clinic.load();
    if (error && m_clinic.lastError().isError())
        *error = m_clinic.lastError().message;
    return c;
}

bool PrintService::saveClinic(const ClinicInfo &clinic, QString *error)
{
    if (m_clinic.save(clinic))
        return true;
    if (error)
        *error = m_clinic.lastError().message;
    return false;
}

} // namespace rp
