-- Possible duplicate patients: two records with the same names and date of birth, or the same
-- phone number (core/duplicates.h). Each record keeps the two keys on her row, written with every
-- save and filled for the patients already stored by an upkeep step after this one
-- (PatientRepository::rebuildDuplicateKeysIfNeeded), so "does she have a possible duplicate" is
-- one look-up in an index, and the patient list asks it for a page of rows at once.
-- The indexes hold only the records that have a key ('' is no key); queries repeat the condition.

ALTER TABLE patients ADD COLUMN names_key TEXT NOT NULL DEFAULT '';
ALTER TABLE patients ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
CREATE INDEX patients_names_key ON patients (names_key) WHERE names_key <> '';
CREATE INDEX patients_phone_key ON patients (phone_key) WHERE phone_key <> '';

-- "Not the same person": two records the practitioner said are two women, so the flag stays
-- gone. Kept both ways round (a row for each), so either record finds it with its own id first.
CREATE TABLE patients_distinct (
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    PRIMARY KEY (patient_id, other_id)
) @WITHOUT_ROWID@;
