#pragma once

#include "core/language.h"

#include <QString>

namespace rp::printfonts {

// Loads the print copies of Noto Sans CJK TC and SC (resources/fonts) once. Without them printing
// still works in the system's Noto Sans CJK, but text copied out of a PDF may then read as
// look-alike radicals: `error` says so, for the caller to show.
bool ensureLoaded(QString *error = nullptr);
// The family to set text of `script` in (English is set in the TC face's Latin letters).
QString family(Language script);

} // namespace rp::printfonts
