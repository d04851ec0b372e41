-- Patients, their TCM patterns and conditions, and their loss history.
-- Portable SQL: @ID@ is the back end's auto-increment key, filled in by storage/dialect.
-- Statements end with a semicolon at the end of a line.

CREATE TABLE patients (
    id @ID@,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    birth_date TEXT,                 -- ISO 8601 date, NULL when not recorded
    phone TEXT NOT NULL DEFAULT '',
    file_number TEXT,                -- NULL when not given; unique otherwise
    notes TEXT NOT NULL DEFAULT '',
    constitution TEXT NOT NULL DEFAULT 'unknown'
        CHECK (constitution IN ('unknown', 'cold', 'heat', 'neutral')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (name_en <> '' OR name_zh <> '')
);
CREATE UNIQUE INDEX patients_file_number ON patients (file_number);
CREATE INDEX patients_archived ON patients (archived);

CREATE TABLE patient_patterns (
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    pattern TEXT NOT NULL,
    PRIMARY KEY (patient_id, pattern)
);

CREATE TABLE patient_conditions (
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    condition TEXT NOT NULL,
    PRIMARY KEY (patient_id, condition)
);

CREATE TABLE losses (
    id @ID@,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    loss_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('miscarriage', 'failed-ivf', 'biochemical', 'other')),
    gestational_week INTEGER CHECK (gestational_week BETWEEN 0 AND 45),
    management TEXT NOT NULL CHECK (management IN ('natural', 'medication', 'surgical')),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX losses_patient ON losses (patient_id, loss_date);
