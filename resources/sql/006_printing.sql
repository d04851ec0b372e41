-- Printing: each patient's printout language, the clinic's header for every page, and what was
-- printed for whom, kept as the finished document so a reprint gives exactly what she was given.

-- A PrintLanguage code ("en", "zh-Hant", "en+zh-Hans"…); NULL until chosen. A preference, not
-- clinical data: setting it from the print dialog does not raise the record's version.
ALTER TABLE patients ADD COLUMN print_language TEXT;

-- One row (id 1): the clinic has one header. Chinese is entered once, usually in Traditional
-- characters, and converted for Simplified printouts.
CREATE TABLE clinic_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    address_en TEXT NOT NULL DEFAULT '',
    address_zh TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    practitioner_en TEXT NOT NULL DEFAULT '',
    practitioner_zh TEXT NOT NULL DEFAULT '',
    logo @BLOB@,                                            -- PNG; NULL when there is none
    updated_at TEXT NOT NULL
);

-- The history outlives the plan (plan_id set to NULL, plan_title kept), so the list can still say
-- what she was given.
CREATE TABLE print_history (
    id @ID@,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    plan_title TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL,                              -- PrintDocument codes, space-separated, in print order
    language TEXT NOT NULL,                               -- PrintLanguage code
    layout TEXT NOT NULL,                                 -- BilingualLayout code
    paper TEXT NOT NULL,                                  -- PaperSize code
    large_print INTEGER NOT NULL DEFAULT 0 CHECK (large_print IN (0, 1)),
    output TEXT NOT NULL,                                 -- 'printer' or 'pdf'
    file_name TEXT NOT NULL DEFAULT '',                   -- the PDF's path; '' for a printer
    printed_at TEXT NOT NULL,                             -- ISO 8601 UTC, as created_at elsewhere
    snapshot @BLOB@ NOT NULL                                -- the finished document (print layer's JSON)
);
CREATE INDEX print_history_patient ON print_history (patient_id, printed_at);
