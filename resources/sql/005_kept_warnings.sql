-- Which warnings a keep-anyway reason answers (space-separated keys such as
-- "contraindicated:diabetes"): a warning that appears later stays open.
ALTER TABLE plan_items ADD COLUMN kept_warnings TEXT NOT NULL DEFAULT '';
