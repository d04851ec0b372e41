-- The audit log: who (the desk's operating-system user and computer name) changed what about a
-- patient, her losses and her plans, and when. Written in the same transaction as the change.
-- No foreign keys: an entry outlives what it describes.

CREATE TABLE audit_log (
    id @ID@,
    at TEXT NOT NULL,                                     -- ISO 8601 UTC, as created_at elsewhere
    os_user TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL DEFAULT '',
    patient_id INTEGER NOT NULL,
    subject TEXT NOT NULL,                                -- AuditSubject code: patient, loss, plan
    subject_id INTEGER NOT NULL,
    action TEXT NOT NULL,                                 -- AuditAction code
    changes TEXT NOT NULL DEFAULT '[]'                    -- JSON: [{"field", "before", "after"}]
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, at);
