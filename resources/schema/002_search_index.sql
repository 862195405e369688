-- Schema version 2: full-text search over statements and quotes, and lookup indexes.
CREATE VIRTUAL TABLE claim_text USING fts5(
    claim_id UNINDEXED,
    statement,
    quotes,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claim_text (claim_id, statement, quotes)
    SELECT c.id, c.statement, coalesce((SELECT group_concat(quote, ' ') FROM citations WHERE claim_id = c.id), '')
    FROM claims c;
CREATE INDEX claim_actors_by_actor ON claim_actors(actor_id);
CREATE INDEX claims_by_date ON claims(first_day, last_day);
CREATE INDEX citations_by_source ON citations(source_id);
