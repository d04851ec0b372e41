#pragma once

#include <QString>

namespace rp {

// Traditional Chinese text written in Simplified characters, through OpenCC's t2s conversion
// (Debian's libopencc). Returns the text unchanged if OpenCC or its data cannot be loaded.
QString toSimplified(const QString &text);

// True when OpenCC loaded; false means toSimplified() passes text through unchanged.
bool simplifiedConversionAvailable();

} // namespace rp
