#pragma once

#include <QString>
#include <QStringList>

namespace rp {

// Text folded for matching: compatibility forms (full-width digits, ligatures) unified, Latin
// case and accents removed, Traditional Chinese written in Simplified characters. Search keys and search terms
// go through the same folding, so "chan", "CHAN" and "Chán" all find "Chan Mei Ling".
QString foldForSearch(const QString &text);

// Raised whenever foldForSearch() or patientSearchKey() changes, so stored keys are rebuilt.
constexpr int searchKeyVersion = 4;

// The patient's searchable text in one string: both names, the phone (also as digits only), the
// file number and the Chinese name's pinyin and Jyutping (nameReadingWords), folded. Stored beside the record so any
// back end can match it with LIKE.
QString patientSearchKey(const QString &nameEn, const QString &nameZh, const QString &phone, const QString &fileNumber);

// What the practitioner typed, split into folded terms; a patient matches when every term is
// found somewhere in her key ("chan 9123" finds Chan whose phone has 9123).
QStringList searchTerms(const QString &query);

// The index behind a search at clinic-group scale (a million patients): every piece of up to
// `searchGramLength` characters that starts somewhere in a word of the key, shorter at a word's
// end ("ling" gives "lin", "ing", "ng", "g"). Any term of up to three characters is then the
// start of one of her pieces (so two-character Chinese names are found, which a trigram index
// cannot do), and a longer term contains only pieces she has.
constexpr int searchGramLength = 3;
QStringList searchGrams(const QString &searchKey);

// One lookup in that index: exactly the piece `from`, or for a prefix every piece from `from`
// (inclusive) up to `to` (exclusive; no end when empty).
struct GramProbe
{
    QString from;
    QString to;
    bool prefix = false;
};
// What a term needs from the index: a term of up to three characters is a range of pieces (all
// that start with it); a longer one needs each of its pieces at 0, 3, 6… and its last three, so
// the patients holding all of them are the only ones that can contain it.
QList<GramProbe> gramProbes(const QString &term);

} // namespace rp
