-- Schema version 4: versions 2 and 3 kept a full-text index of the claims (claim_text) and three
-- lookup indexes that nothing read: the program searches in memory, and the indexes doubled the
-- file and the time an import took. A database of any earlier version comes straight here.
DROP TABLE IF EXISTS claim_text;
DROP INDEX IF EXISTS claim_actors_by_actor;
DROP INDEX IF EXISTS claims_by_date;
DROP INDEX IF EXISTS citations_by_source;
