DROP TRIGGER ledger_entries_counted ON ledger_entries;
DROP TRIGGER audit_events_counted ON audit_events;
DROP FUNCTION count_committed_change();
DROP TABLE change_count;

CREATE FUNCTION writers_running_here() RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    SELECT (count(*) << 32) + coalesce(max(activity.backend_xid::text::bigint), 0)
    FROM pg_stat_get_activity(NULL) AS activity
    WHERE activity.datid = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND activity.backend_xid IS NOT NULL
$$;
