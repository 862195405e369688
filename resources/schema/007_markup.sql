-- Schema version 7: markup (issue 21). The user's own reading of the claims, kept apart from
-- the evidence: no foreign key to claims, since a claim's markup outlives the claim (an undo of
-- its removal brings both back), and an import of the evidence leaves these tables alone.
-- Tags are kept as first spelt; the program compares them case-insensitively (MarkupTags).
CREATE TABLE markup_claims (
    claim_id TEXT PRIMARY KEY,
    key      INTEGER NOT NULL DEFAULT 0 CHECK (key IN (0, 1)),
    note     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE markup_claim_tags (
    claim_id TEXT NOT NULL REFERENCES markup_claims(claim_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;
CREATE TABLE markup_tags (
    tag    TEXT PRIMARY KEY,
    colour TEXT NOT NULL
) WITHOUT ROWID;
