-- Emails waiting to be sent, written in the same transaction as the change that causes them.
CREATE TABLE outbox_emails (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    to_name TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    sensitive BOOLEAN NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    leased_until TIMESTAMP,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_emails_due ON outbox_emails (next_attempt_at, id) WHERE sent_at IS NULL;

-- Append-only trail of every state change and sensitive action. No foreign key to people:
-- the trail outlives the accounts it mentions.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TIMESTAMP NOT NULL,
    actor_id BIGINT,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id BIGINT,
    from_state TEXT,
    to_state TEXT,
    reason TEXT,
    details TEXT
);
CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id, id);
CREATE INDEX audit_events_actor ON audit_events (actor_id, id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
