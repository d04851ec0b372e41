#pragma once

#include <QString>
#include <QStringList>

namespace rp {

// How a Chinese name is said, so the patient list finds 陳小明 by "chen", "cxm", "can" or "csm":
// the practitioner may not have a Chinese input method at hand, or may only have heard the name.
// Readings come from Unicode's Unihan data, built into the app (resources/unihan); tones are
// dropped.

// The toneless readings of one character, the most usual first, from Unihan alone: Mandarin
// pinyin (ü written "v") and Cantonese Jyutping. Empty when Unihan has none.
QStringList mandarinReadings(char32_t c);
QStringList cantoneseReadings(char32_t c);

// The words a name is found by: for each run of Chinese characters that all have readings, the
// pinyin run together ("chenxiaoming") and its initials ("cxm"), the Jyutping likewise
// ("cansiuming", "csm"). A character with several readings gives several spellings, at most
// `maxNameSpellings` for each language, the surname's other readings first (曾 céng/zēng);
// a syllable with ü is spelled with both "u" and "v" (吕: "lu", "lv"). A character Unihan has no
// reading for ends one run and starts the next. Empty for a name without Chinese.
constexpr int maxNameSpellings = 4;
QStringList nameReadingWords(const QString &name);

} // namespace rp
