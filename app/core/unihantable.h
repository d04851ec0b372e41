#pragma once

// The character readings made at build time from Unihan (resources/unihan/make-name-readings.py
// writes the definitions). Only core/namereadings.cpp reads these.

#include <cstddef>
#include <cstdint>

namespace rp::unihan {

// One character's readings: `mandarin` then `cantonese` indices into `syllables`, from
// readings[first]. Sorted by code point.
struct Entry
{
    std::uint32_t point;
    std::uint32_t first;
    std::uint8_t mandarin;
    std::uint8_t cantonese;
};

// Toneless syllables, pinyin and Jyutping together; ü is written "v".
extern const char *const syllables[];
extern const std::uint16_t readings[];
extern const Entry entries[];
extern const std::size_t entryCount;

} // namespace rp::unihan
