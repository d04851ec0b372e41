#pragma once

#include "core/library.h"

#include <QString>

namespace rp {

// An item's full description for the practitioner, as HTML in the given language: what it is
// for, when and for whom, ingredients, cautions and conflicting sources, and where each claim
// comes from.
QString itemDetailsHtml(const LibraryEntry &entry, Language language);

} // namespace rp
