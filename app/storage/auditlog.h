#pragma once

#include "repository.h"

#include "core/audit.h"

#include <QList>

namespace rp {

// The audit log: appended to by the repositories inside each write's own transaction (so an
// entry exists exactly when its change does), read for a patient's window.
class AuditLog : public Repository
{
public:
    explicit AuditLog(Database &database);

    // Her entries, newest first. Empty when there are none or the database could not be read
    // (lastError() tells the two apart).
    QList<AuditEntry> forPatient(qint64 patientId);

    // Inside the caller's write transaction: stores `entry` stamped with now and this desk's
    // identity. A Changed entry with no changes is not worth keeping and is skipped.
    static bool append(const QSqlDatabase &db, const AuditEntry &entry, QSqlError *error);
};

} // namespace rp
