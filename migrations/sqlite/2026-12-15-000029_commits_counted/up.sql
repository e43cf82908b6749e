-- The counter of committed changes that PostgreSQL's change marker reads (see the PostgreSQL
-- migration of the same name). SQLite has one writer at a time, so its ids are in commit order
-- and the marker needs no counter: the row is made so both backends share one schema, and it
-- stays at 0.
CREATE TABLE change_count (
    id SMALLINT PRIMARY KEY CHECK (id = 1),
    commits BIGINT NOT NULL
);
INSERT INTO change_count (id, commits) VALUES (1, 0);
