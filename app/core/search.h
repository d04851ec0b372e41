#pragma once

#include <QString>
#include <QStringList>

namespace rp {

// Text folded for matching: compatibility forms (full-width digits, ligatures) unified, Latin
// case and accents removed, Traditional Chinese written in Simplified characters. Search keys and search terms
// go through the same folding, so "chan", "CHAN" and "Chán" all find "Chan Mei Ling".
QString foldForSearch(const QString &text);

// Raised whenever foldForSearch() or patientSearchKey() changes, so stored keys are rebuilt.
constexpr int searchKeyVersion = 2;

// The patient's searchable text in one string: both names, the phone (also as digits only) and
// the file number, folded. Stored beside the record so any back end can match it with LIKE.
QString patientSearchKey(const QString &nameEn, const QString &nameZh, const QString &phone,
                         const QString &fileNumber);

// What the practitioner typed, split into folded terms; a patient matches when every term is
// found somewhere in her key ("chan 9123" finds Chan whose phone has 9123).
QStringList searchTerms(const QString &query);

} // namespace rp
