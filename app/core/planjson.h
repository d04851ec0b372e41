#pragma once

#include "planner.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace rp::planjson {

// A plan request read from JSON (the headless generator's input, docs/planner-rules.md).
struct Request
{
    PlanPatient patient;
    PlanSettings settings;
};

// Reads and checks a request; on failure returns nothing and says why, translated, naming the
// field. Practitioner items may be named in any of the three languages or by id.
std::optional<Request> readRequest(const QByteArray &json, const Planner &planner, QString *error);

// The plan with every item's name, the rest line and milestones in all three languages, the
// warnings, and the red flags that go with it.
QJsonDocument toJson(
    const Plan &plan, const QList<PlanWarning> &warnings, const QStringList &redFlags, const Planner &planner);

// A plan's settings as a JSON object: what the database stores for each plan (PlanRepository) and
// what a patient file carries (core/patientfile.h), so the two never drift apart.
QJsonObject settingsToJson(const PlanSettings &settings);
// Settings written by settingsToJson. Lenient: a missing or mistyped member takes its default (a
// stored plan is always readable); a patient file checks every member before it calls this.
PlanSettings settingsFromJson(const QJsonObject &object);

// The first member name given twice inside one object, or empty. QJsonDocument keeps only the last
// of two; input that says a thing twice is refused rather than read half-way.
QString firstDuplicateKey(const QByteArray &json);

} // namespace rp::planjson
