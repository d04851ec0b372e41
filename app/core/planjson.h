#pragma once

#include "planner.h"

#include <QByteArray>
#include <QJsonDocument>
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
QJsonDocument toJson(const Plan &plan, const QList<PlanWarning> &warnings, const QStringList &redFlags,
                     const Planner &planner);

} // namespace rp::planjson
