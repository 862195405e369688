-- PostgreSQL schema version 2: editing, as SQLite's schema 6. The changes table is the history:
-- one row per change written, the change as JSON (models/store/ChangeJson.h), by the database
-- user unless the program names one; change_records indexes it by record, so that a record's
-- history is one indexed query. The dossier's revision stays a meta row: a write locks that row
-- first, so two clients never number their changes alike.
CREATE INDEX sources_by_position ON sources(position);
CREATE INDEX actors_by_position ON actors(position);
CREATE INDEX claims_by_position ON claims(position);
CREATE INDEX conflicts_by_position ON conflicts(position);
CREATE TABLE changes (
    revision    bigint PRIMARY KEY,
    time        timestamptz NOT NULL DEFAULT now(),
    user_name   text NOT NULL DEFAULT current_user,
    description text NOT NULL,
    change      text NOT NULL
);
CREATE TABLE change_records (
    record_table text NOT NULL,
    record_id    text NOT NULL,
    revision     bigint NOT NULL REFERENCES changes(revision) ON DELETE CASCADE,
    PRIMARY KEY (record_table, record_id, revision)
);
