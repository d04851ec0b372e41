-- Search and the patient list at clinic-group scale (a million patients).
--
-- patient_grams: every piece of up to three characters that starts in a word of a patient's
-- search key (core/search.h: searchGrams). A keystroke looks up the rarest piece of what was
-- typed instead of reading every patient's key. Filled by PatientRepository: on each save, and
-- for the patients already stored by the search-key rebuild that follows this step (the key
-- version was raised with it). Pieces compare by code point on both back ends (@BINARY@), so a
-- prefix is one range of the index.
--
-- patients_recent: the list's default order, the most recent loss first, read a page at a time
-- without sorting; it holds `archived` so the unsearched list is read from the index alone.

CREATE TABLE patient_grams (
    gram TEXT @BINARY@ NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    PRIMARY KEY (gram, patient_id)
) @WITHOUT_ROWID@;
CREATE INDEX patient_grams_patient ON patient_grams (patient_id);
CREATE INDEX patients_recent ON patients (last_loss @DESC_NULLS_LAST@, id @DESC@, archived);

-- "Today: follow-up visits due": only the plan days that hold a follow-up visit, by date, so the
-- panel reads those instead of every plan day that falls today (50,000 at 100,000 patients). The
-- query repeats this condition word for word, which is how both back ends know the index serves it.
CREATE INDEX plan_days_follow_ups ON plan_days (day_date, plan_id, day)
    WHERE milestones LIKE '%milestone-follow-up-visit%';
