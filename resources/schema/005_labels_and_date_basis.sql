-- Schema version 5: sources have a label readers know them by and notes for a reader weighing
-- them; a claim may be dated only by its report. A store written before has none of these: its
-- sources are then known by the label Source::fallbackLabel() gives, as a format 1 file's are.
ALTER TABLE sources ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN date_basis TEXT NOT NULL DEFAULT '' CHECK (date_basis IN ('', 'reported'));
