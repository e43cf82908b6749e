-- The transactions that have written something and are still running in this database, summed
-- up as one number for the change marker (src/db/changes.rs): how many there are, shifted high,
-- plus the newest of them. Transaction ids only grow, so the number is different whenever one
-- of them finishes, even one that is not the oldest; and transactions in other databases of the
-- same server (another application, or the test suite's other databases) never move it.
CREATE FUNCTION writers_running_here() RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    SELECT (count(*) << 32) + coalesce(max(activity.backend_xid::text::bigint), 0)
    FROM pg_stat_get_activity(NULL) AS activity
    WHERE activity.datid = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND activity.backend_xid IS NOT NULL
$$;
