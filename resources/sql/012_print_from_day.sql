-- A printout made from a day of the plan on ("print from today on", issue 17): the first plan day
-- it holds, so the print history says exactly what she was given. Everything before was whole.
ALTER TABLE print_history ADD COLUMN from_day INTEGER NOT NULL DEFAULT 1 CHECK (from_day >= 1);
