-- PostgreSQL keeps each listing's stemmed words in a column of their own from this migration on.
-- SQLite's search index (directory_search, FTS5, kept by triggers) already holds them, so there
-- is nothing to do here; the migration is listed so that both backends have the same ones.
SELECT 1;
