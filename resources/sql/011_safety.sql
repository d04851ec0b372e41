-- The safety work (issue 16): a loss conceived by IVF, the planner's rules each plan and printout
-- was made under, the clinic's emergency and crisis numbers, and her calendar choice.
-- Booleans are INTEGER 0/1 with a CHECK, as archived and large_print are, on both back ends.

-- A miscarriage (or biochemical pregnancy) of an IVF pregnancy: the IVF milestones and the OHSS
-- red flag then apply. A failed transfer is IVF whatever this says (core: Loss::afterIvf).
ALTER TABLE losses ADD COLUMN conceived_by_ivf INTEGER NOT NULL DEFAULT 0 CHECK (conceived_by_ivf IN (0, 1));

-- The planner's rules a plan was last saved under (core: planrules::version), and a printout made
-- under. Everything stored before this step was made under the first rules.
ALTER TABLE plans ADD COLUMN rules_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE print_history ADD COLUMN rules_version INTEGER NOT NULL DEFAULT 1;
-- The print option a printout was made with, so its options round-trip like the others.
ALTER TABLE print_history ADD COLUMN calendar_without_private INTEGER NOT NULL DEFAULT 0
    CHECK (calendar_without_private IN (0, 1));

-- Her fridge calendar without private milestones (pregnancy test, trying again): remembered with
-- her print language, a preference like it (her record's version does not move).
ALTER TABLE patients ADD COLUMN print_calendar_without_private INTEGER NOT NULL DEFAULT 0
    CHECK (print_calendar_without_private IN (0, 1));

-- Numbers printed with the crisis red flag. Empty until the clinic enters and confirms them: the
-- app ships no number as fact, and printouts then say "your local emergency number".
ALTER TABLE clinic_settings ADD COLUMN emergency_number TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis1_name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis1_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis1_number TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis2_name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis2_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE clinic_settings ADD COLUMN crisis2_number TEXT NOT NULL DEFAULT '';
