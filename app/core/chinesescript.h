#pragma once

#include <QString>

namespace rp {

// Traditional Chinese text written the mainland way, phrases included (OpenCC's tw2sp, from
// Debian's libopencc): for text a reader will see. Unchanged if OpenCC cannot be loaded.
QString toSimplified(const QString &text);

// Each Traditional character replaced by its Simplified form, one by one (OpenCC's character
// table, no phrases): for matching, where the same character must always fold the same way
// whatever surrounds it (陳乾 must find 陳乾坤), and for spotting Traditional characters.
QString simplifiedCharacters(const QString &text);

// True when OpenCC loaded; false means both functions pass text through unchanged.
bool simplifiedConversionAvailable();

} // namespace rp
