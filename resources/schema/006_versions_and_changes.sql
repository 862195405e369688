-- Schema version 6: editing (docs/design-editing.md, step 2). Each record carries the version a
-- change must find it at (1 as imported, one more per change that writes it), so that two
-- windows or clients never overwrite each other's edit silently. The changes table is the
-- history: one row per change written, the change as JSON (models/store/ChangeJson.h), and
-- change_records indexes it by record, so that a record's history is one indexed query. The
-- dossier's revision (meta 'revision') counts the changes since the last import.
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actors ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE conflicts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- A record created at a place among the others needs its neighbours' positions, and one
-- appended the largest: without these a single edit would read the whole table.
CREATE INDEX sources_by_position ON sources(position);
CREATE INDEX actors_by_position ON actors(position);
CREATE INDEX claims_by_position ON claims(position);
CREATE INDEX conflicts_by_position ON conflicts(position);
CREATE TABLE changes (
    revision    INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    user        TEXT NOT NULL,
    description TEXT NOT NULL,
    change      TEXT NOT NULL
);
CREATE TABLE change_records (
    record_table TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    revision     INTEGER NOT NULL REFERENCES changes(revision) ON DELETE CASCADE,
    PRIMARY KEY (record_table, record_id, revision)
) WITHOUT ROWID;
