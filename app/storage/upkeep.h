#pragma once

#include <QString>

namespace rp {

class Database;

// The data steps that follow the schema migrations, each run only when needed: patients' search
// keys rebuilt when the way they are folded changes, and the shipped content library installed
// when it differs from the one stored. Returns false with a translated message on failure.
bool bringDataUpToDate(Database &database, QString *message);

} // namespace rp
