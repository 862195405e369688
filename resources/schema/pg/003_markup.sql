-- PostgreSQL schema version 3: markup (issue 21), as SQLite's schema 7. The users' own reading
-- of the claims, kept apart from the evidence: no foreign key to claims, since a claim's markup
-- outlives the claim (an undo of its removal brings both back), and an import of the evidence
-- leaves these tables alone. Being tables of their own, they can be granted apart: a reviewer's
-- role may write them and nothing else (README, "A team dossier on PostgreSQL").
CREATE TABLE markup_claims (
    claim_id text PRIMARY KEY,
    key      boolean NOT NULL DEFAULT false,
    note     text NOT NULL DEFAULT ''
);
CREATE TABLE markup_claim_tags (
    claim_id text NOT NULL REFERENCES markup_claims(claim_id) ON DELETE CASCADE,
    position integer NOT NULL,
    tag      text NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE markup_tags (
    tag    text PRIMARY KEY,
    colour text NOT NULL
);
