#pragma once

#include "patient.h"
#include "plan.h"
#include "printjob.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rp {

// One patient as a file carries her from one clinic computer to another (docs/transfer.md): her
// record with its losses, her plans with their days, and her print history with the documents
// she was given. The ids in it are the file's own keys, not rows of any database:
// - each Loss::id in `patient.losses` is its key in the file (never 0);
// - each Plan::id is its key; Plan::lossId is the key of its loss (0: none);
// - each PrintRecord::planId is the key of its plan (0: none; the plan was deleted).
// Patient::id, Plan::patientId and PrintRecord::patientId are 0; versions are not carried.
struct PatientFile
{
    Patient patient;
    QList<Plan> plans;
    QList<PrintRecord> printHistory; // oldest first
    QDateTime exportedAt; // UTC
    QString appVersion; // the version of the app that wrote the file
};

namespace patientfile {

// What the "format" member says, and the version of the format this build writes and reads.
inline constexpr char formatName[] = "recovery-planner-patient";
constexpr int formatVersion = 1;
// A patient file is a few hundred kilobytes (each printout is kept whole); anything this large is
// not one, and is refused before it is read into memory.
constexpr qint64 maxFileBytes = 50 * 1024 * 1024;
// More than any one patient has; a file with more is refused rather than stored.
constexpr int maxLosses = 100;
constexpr int maxPlans = 200;
constexpr int maxPrintouts = 2000;

// The file's bytes (UTF-8 JSON, indented).
QByteArray toJson(const PatientFile &file);

// Reads and checks everything: the format and its version, the type and length of every member,
// every date, every code, every item id and the references between losses, plans and printouts,
// and the record against the same rules as the patient dialog (`today` as they use it). Returns
// the checked contents, or nothing with a translated `error` naming the member at fault.
std::optional<PatientFile> read(const QByteArray &bytes, QString *error, const QDate &today = QDate::currentDate());

} // namespace patientfile
} // namespace rp
