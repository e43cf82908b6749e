DROP TRIGGER audit_events_append_only ON audit_events;
DROP FUNCTION refuse_change();
DROP TABLE audit_events;
DROP TABLE outbox_emails;
