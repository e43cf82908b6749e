-- Nothing on SQLite: it has one writer at a time, so the change marker (src/db/changes.rs) needs
-- no count of the writing transactions still running. The migration exists so both backends
-- list the same migrations.
SELECT 1;
