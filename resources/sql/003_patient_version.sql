-- A version number on each patient record, raised by every save. A save based on an older
-- version is refused, so two desks never silently overwrite each other's changes.
ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
