-- Schema version 1: the dataset's records, in authoring order (position columns).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sources (
    id             TEXT PRIMARY KEY,
    position       INTEGER NOT NULL,
    file           TEXT NOT NULL,
    outlet         TEXT NOT NULL,
    title          TEXT NOT NULL,
    author         TEXT,
    published      TEXT NOT NULL,
    published_note TEXT NOT NULL,
    language       TEXT NOT NULL,
    sha256         TEXT NOT NULL
);
CREATE TABLE actors (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, position)
);
CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    date        TEXT NOT NULL,
    first_day   INTEGER NOT NULL,
    last_day    INTEGER NOT NULL,
    date_note   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    statement   TEXT NOT NULL CHECK (length(statement) > 0),
    claimant    TEXT REFERENCES actors(id),
    responds_to TEXT REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE claim_actors (
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role     TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE citations (
    claim_id  TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    paragraph INTEGER NOT NULL CHECK (paragraph > 0),
    quote     TEXT NOT NULL CHECK (length(quote) BETWEEN 1 AND 300),
    prefix    TEXT NOT NULL DEFAULT '',
    suffix    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE conflicts (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    about    TEXT NOT NULL
);
CREATE TABLE conflict_claims (
    conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    claim_id    TEXT NOT NULL REFERENCES claims(id),
    PRIMARY KEY (conflict_id, position)
);
