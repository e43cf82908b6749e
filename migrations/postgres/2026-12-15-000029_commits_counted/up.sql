-- The change marker's PostgreSQL part (src/db/changes.rs), moved from "the writing transactions
-- running now" to "the transactions that have committed a change". The old part changed
-- whenever any writing transaction began or ended, including the portal's own bookkeeping
-- (sessions' last-seen times, the outbox's leases) that shows on no page, so every kept page and
-- kept result was thrown away every few seconds under load; reading it also scanned the
-- server's activity table on every request.
--
-- Every change the portal makes writes an audit event, and every movement of money a ledger
-- row, in the same transaction. A constraint trigger on those two tables, deferred to the
-- commit, adds one to a single counter row once per transaction. A transaction that took a
-- lower id and commits after a higher one has therefore still moves the marker, when it
-- commits and not before; a transaction that rolls back never counts.
DROP FUNCTION writers_running_here();

CREATE TABLE change_count (
    id smallint PRIMARY KEY CHECK (id = 1),
    commits bigint NOT NULL
);
INSERT INTO change_count (id, commits) VALUES (1, 0);

-- Counts the transaction once however many rows it wrote (a payment run writes hundreds): the
-- first firing marks the transaction in a setting local to it. The row is written at the commit
-- itself, so its lock is held only while the transaction commits.
CREATE FUNCTION count_committed_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('smallgrants.change_counted', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('smallgrants.change_counted', 'yes', true);
        INSERT INTO change_count (id, commits) VALUES (1, 1)
        ON CONFLICT (id) DO UPDATE SET commits = change_count.commits + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_events_counted AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_committed_change();
CREATE CONSTRAINT TRIGGER ledger_entries_counted AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_committed_change();
