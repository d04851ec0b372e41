#pragma once

#include "storage/upkeep.h"

#include <QString>

#include <memory>

namespace rp {

class AuditLog;
class ClinicRepository;
class Database;
class LibraryRepository;
class LibraryService;
class PatientRepository;
class PlanRepository;
class PatientService;
class PlanService;
class PrintHistoryRepository;
class PrintService;

// One clinic's data for one run: the database connection, the repositories on it and the
// services built on them, made once and handed out by reference. The window, the command line,
// the benchmarks and the GUI tests all start from one of these, so they reach storage the same
// way. Widget-free: this target does not link Qt Widgets.
class Workspace
{
public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens the database at `location` (a file, or a postgresql:// address) and brings its data
    // up to date. False with a translated `error` when it cannot be opened or is refused (newer
    // than this version, not ours, unreadable); the file is then left as it was. A caller that
    // can ask for a server's password opens database() itself, then calls bringUpToDate().
    bool open(const QString &location, QString *error, const UpkeepProgress &progress = {});
    bool bringUpToDate(QString *error, const UpkeepProgress &progress = {});

    Database &database() { return *m_database; }
    PatientRepository &patients() { return *m_patients; }
    PlanRepository &plans() { return *m_plans; }
    LibraryRepository &library() { return *m_library; }
    ClinicRepository &clinic() { return *m_clinic; }
    PrintHistoryRepository &printHistory() { return *m_history; }
    PrintService &printService() { return *m_printing; }
    PlanService &planService() { return *m_planning; }
    PatientService &patientService() { return *m_patientService; }
    LibraryService &libraryService() { return *m_libraryService; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<LibraryRepository> m_library;
    std::unique_ptr<ClinicRepository> m_clinic;
    std::unique_ptr<PrintHistoryRepository> m_history;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PrintService> m_printing;
    std::unique_ptr<PlanService> m_planning;
    std::unique_ptr<PatientService> m_patientService;
    std::unique_ptr<LibraryService> m_libraryService;
};

} // namespace rp
