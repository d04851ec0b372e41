#pragma once

#include <QString>

#include <functional>

namespace rp {

class Database;

// The data steps that follow the schema migrations, each run only when needed: patients' search
// keys rebuilt when the way they are folded changes, and the shipped content library installed
// when it differs from the one stored. Returns false with a translated message on failure.
// `progress` hears how many of how many patients are done while keys are rebuilt (a minute or
// more at a hundred thousand patients), so a window can say so.
using UpkeepProgress = std::function<void(int done, int total)>;
bool bringDataUpToDate(Database &database, QString *message, const UpkeepProgress &progress = {});

} // namespace rp
