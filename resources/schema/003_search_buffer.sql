-- Schema version 3: a larger write buffer for the full-text index. FTS5 flushes its in-memory
-- terms to the index each time they reach `hashsize` bytes (1 MB by default); an import of a
-- million claims then merges thousands of small segments. 64 MB keeps that to a few.
INSERT INTO claim_text (claim_text, rank) VALUES ('hashsize', 67108864);
