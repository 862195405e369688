-- PostgreSQL schema version 1: the record tables of the SQLite store's schema 5, with the same
-- columns in the same order, plus a version on each record (sources, actors, claims,
-- conflicts) that a write will check. The schema's version and the dossier's revision are meta
-- rows: a dump restored elsewhere carries them along.
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE sources (
    id             text PRIMARY KEY,
    position       integer NOT NULL,
    file           text NOT NULL,
    outlet         text NOT NULL,
    title          text NOT NULL,
    author         text,
    published      text NOT NULL,
    published_note text NOT NULL,
    language       text NOT NULL,
    sha256         text NOT NULL,
    label          text NOT NULL DEFAULT '',
    notes          text NOT NULL DEFAULT '',
    version        integer NOT NULL DEFAULT 1
);
CREATE TABLE actors (
    id          text PRIMARY KEY,
    position    integer NOT NULL,
    name        text NOT NULL,
    kind        text NOT NULL,
    description text NOT NULL,
    version     integer NOT NULL DEFAULT 1
);
CREATE TABLE actor_aliases (
    actor_id text NOT NULL REFERENCES actors(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position integer NOT NULL,
    alias    text NOT NULL,
    PRIMARY KEY (actor_id, position)
);
CREATE TABLE claims (
    id          text PRIMARY KEY,
    position    integer NOT NULL,
    date        text NOT NULL,
    first_day   bigint NOT NULL,
    last_day    bigint NOT NULL,
    date_note   text NOT NULL,
    kind        text NOT NULL,
    statement   text NOT NULL CHECK (length(statement) > 0),
    claimant    text REFERENCES actors(id) DEFERRABLE INITIALLY DEFERRED,
    responds_to text REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
    date_basis  text NOT NULL DEFAULT '' CHECK (date_basis IN ('', 'reported')),
    version     integer NOT NULL DEFAULT 1
);
CREATE TABLE claim_actors (
    claim_id text NOT NULL REFERENCES claims(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position integer NOT NULL,
    actor_id text NOT NULL REFERENCES actors(id) DEFERRABLE INITIALLY DEFERRED,
    role     text NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE citations (
    claim_id  text NOT NULL REFERENCES claims(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position  integer NOT NULL,
    source_id text NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,
    paragraph integer NOT NULL CHECK (paragraph > 0),
    quote     text NOT NULL CHECK (length(quote) BETWEEN 1 AND 300),
    prefix    text NOT NULL DEFAULT '',
    suffix    text NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE conflicts (
    id       text PRIMARY KEY,
    position integer NOT NULL,
    about    text NOT NULL,
    version  integer NOT NULL DEFAULT 1
);
CREATE TABLE conflict_claims (
    conflict_id text NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    integer NOT NULL,
    claim_id    text NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (conflict_id, position)
);
INSERT INTO meta VALUES ('revision', '0');
