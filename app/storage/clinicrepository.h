#pragma once

#include "repository.h"

#include "core/printjob.h"

namespace rp {

class Database;

// Reads and writes the clinic's header for printed pages (Clinic settings). There is one.
class ClinicRepository : public Repository
{
public:
    explicit ClinicRepository(Database &database);

    // An empty ClinicInfo when none was set yet, or when the database could not be read
    // (lastError() tells the two apart).
    ClinicInfo load();
    // Replaces the stored header, with the emergency number and up to two crisis lines (more are
    // refused). One transaction.
    bool save(const ClinicInfo &info);
};

} // namespace rp
