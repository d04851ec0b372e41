#pragma once

#include "printeddocument.h"

#include "core/planner.h"
#include "core/printjob.h"

#include <QDate>
#include <QSet>

namespace rp {

// Builds the patient's printouts from an open plan: the diet schedule, the rest and activity
// schedule, the one-page calendar and the weekly shopping list, in the print language. It decides
// what is printed and what never is (keep-anyway reasons, the practitioner's notes, doses); the
// page layout is PageRenderer's. No widgets: tests and the command line drive it directly.
class DocumentBuilder
{
public:
    // `planner` holds every library item, hidden ones too: a dish she hid after it was planned is
    // still printed for the days that have it. `hidden` leaves those items out of the general
    // guidance (foods to avoid, everyday care) the clinic chose not to give.
    DocumentBuilder(const Planner &planner, ClinicInfo clinic, QSet<QString> hidden = {});

    PrintedDocument build(const Patient &patient, const Plan &plan, const PrintOptions &options) const;

private:
    const Planner &m_planner;
    ClinicInfo m_clinic;
    QSet<QString> m_hidden;
};

} // namespace rp
