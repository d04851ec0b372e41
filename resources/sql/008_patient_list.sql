-- The patient list at clinic scale: how many losses she has and the date of the last one are kept
-- on her row (PatientRepository updates them with her losses, in the same transaction), so the
-- list reads one table and sorts by either without visiting her losses.

ALTER TABLE patients ADD COLUMN loss_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE patients ADD COLUMN last_loss TEXT;
UPDATE patients SET
    loss_count = (SELECT count(*) FROM losses l WHERE l.patient_id = patients.id),
    last_loss = (SELECT max(l.loss_date) FROM losses l WHERE l.patient_id = patients.id);
