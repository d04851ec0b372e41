#pragma once

#include "patient.h"

#include <QList>

namespace rp {

// A handful of realistic patients with varied histories, so a new user sees the app at work.
// Loss dates are relative to `today`, so the demo is always current.
QList<Patient> demoPatients(const QDate &today);

} // namespace rp
