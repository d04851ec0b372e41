#pragma once

#include "patient.h"
#include "plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rp {

// What an audit entry is about, and what happened to it.
enum class AuditSubject { Patient, Loss, Plan };
enum class AuditAction { Created, Changed, Archived, Restored, Deleted, Imported, Merged, MergedRecord };

// One field of a record, before and after, as stored: codes, ISO dates and plain text. The
// patient's window translates field names and codes when it shows them.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange &o) const { return field == o.field && before == o.before && after == o.after; }
};

// Who changed what about a patient, when, and from which desk: kept for every save of a patient,
// a loss or a plan, in the same transaction as the change itself.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user; // the operating-system user at the desk
    QString desk; // the desk's computer name
    qint64 patientId = 0;
    AuditSubject subject = AuditSubject::Patient;
    qint64 subjectId = 0;
    AuditAction action = AuditAction::Changed;
    QList<FieldChange> changes;
};

// The operating-system user and computer name of this desk.
struct AuditIdentity
{
    QString user;
    QString desk;
    static AuditIdentity current();
};

// The fields that differ between two versions of her record (losses are compared separately).
QList<FieldChange> patientChanges(const Patient &before, const Patient &after);
QList<FieldChange> lossChanges(const Loss &before, const Loss &after);
// A loss as a list of fields, for a loss that was added or removed.
QList<FieldChange> lossFields(const Loss &loss, bool removed);
// A plan's title, dates, length and settings, and which days changed ("days": "3 5 12").
QList<FieldChange> planChanges(const Plan &before, const Plan &after);

} // namespace rp
