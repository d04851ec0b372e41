#pragma once

#include "patient.h"

#include <QString>

namespace rp {

// Two records of one woman: how they are recognised, and how one fills in the other. Shared by
// the duplicate flag and merge (storage/patientrepository) and by importing a patient file into
// the record already here (storage/patienttransfer), so both follow the same rules.

// Raised whenever duplicateNamesKey() or duplicatePhoneKey() changes, so stored keys are rebuilt
// (they also depend on foldForSearch(): the stored version includes searchKeyVersion).
constexpr int duplicateKeyVersion = 1;

// Her date of birth with both names folded as search folds them (case, accents, spacing,
// Traditional/Simplified characters aside): equal for two records with the same names and date
// of birth. Empty without a date of birth: names alone are too weak a match to offer.
QString duplicateNamesKey(const QString &nameEn, const QString &nameZh, const QDate &birthDate);
// The last eight digits of her phone number (Macau and Hong Kong numbers are eight; a country
// code or spaces written one time and not another do not matter). Empty when the number has
// fewer than seven digits: not enough to say two records share a phone.
QString duplicatePhoneKey(const QString &phone);

// Fills what `mine` lacks from `theirs` (docs/transfer.md, "Merging"): empty names, phone, file
// number, notes and date of birth, an unassessed constitution, an unchosen print language; and
// adds their patterns and conditions. Her own values are never replaced. Returns how many
// details were filled or added. Losses are not touched.
int fillMissing(Patient &mine, const Patient &theirs);

} // namespace rp
