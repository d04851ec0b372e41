#pragma once

#include <QString>

namespace rp {
class Workspace;
}

// --generate-patients: adds `count` made-up patients, each with a loss and a plan, in batches of
// one transaction each, printing progress. Safe beside the app or another copy of itself: a batch
// that finds the database busy waits and tries again. Returns the process exit code.
int generatePatients(rp::Workspace &workspace, int count);
