#include "workspace.h"

#include "libraryservice.h"
#include "patientservice.h"
#include "planservice.h"
#include "printservice.h"

#include "storage/auditlog.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

namespace rp {

// The repositories only keep a reference to the database, so they can exist before it is open.
Workspace::Workspace()
    : m_database(std::make_unique<Database>())
    , m_patients(std::make_unique<PatientRepository>(*m_database))
    , m_plans(std::make_unique<PlanRepository>(*m_database))
    , m_library(std::make_unique<LibraryRepository>(*m_database))
    , m_clinic(std::make_unique<ClinicRepository>(*m_database))
    , m_history(std::make_unique<PrintHistoryRepository>(*m_database))
    , m_audit(std::make_unique<AuditLog>(*m_database))
    , m_printing(std::make_unique<PrintService>(*m_patients, *m_plans, *m_library, *m_clinic, *m_history))
    , m_planning(std::make_unique<PlanService>(*m_plans, *m_patients, *m_library))
    , m_patientService(std::make_unique<PatientService>(*m_patients, *m_plans, *m_history, *m_audit))
    , m_libraryService(std::make_unique<LibraryService>(*m_library))
{ }

Workspace::~Workspace() = default;

bool Workspace::open(const QString &location, QString *error, const UpkeepProgress &progress)
{
    if (!m_database->open(location)) {
        if (error)
            *error = m_database->errorMessage();
        return false;
    }
    return bringUpToDate(error, progress);
}

bool Workspace::bringUpToDate(QString *error, const UpkeepProgress &progress)
{
    QString message;
    if (bringDataUpToDate(*m_database, &message, progress))
        return true;
    if (error)
        *error = message;
    return false;
}

} // namespace rp
