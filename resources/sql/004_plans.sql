-- Recovery plans: one per patient and loss (several per patient), and the clinic's templates
-- (no patient). Each day's date is stored so "follow-ups due today" is a plain query.

CREATE TABLE plans (
    id @ID@,
    patient_id INTEGER REFERENCES patients (id),         -- NULL for a template
    loss_id INTEGER REFERENCES losses (id),               -- a loss with a plan is never deleted
    title TEXT NOT NULL DEFAULT '',
    is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    settings TEXT NOT NULL,                               -- JSON: start, days, phases, follow-ups, ticked items
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX plans_patient ON plans (patient_id);

CREATE TABLE plan_days (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    day_date TEXT NOT NULL,
    rest_id TEXT NOT NULL DEFAULT '',
    milestones TEXT NOT NULL DEFAULT '',                  -- milestone ids, space-separated
    notes TEXT NOT NULL DEFAULT '',
    locked INTEGER NOT NULL DEFAULT 0,
    edited INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, day)
);
CREATE INDEX plan_days_date ON plan_days (day_date);

CREATE TABLE plan_items (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    slot TEXT NOT NULL,
    item_id TEXT NOT NULL,
    keep_reason TEXT NOT NULL DEFAULT '',                 -- why she kept a flagged item; never printed
    PRIMARY KEY (plan_id, day, slot)
);
