-- The offer: how it will be paid, when the light report is due, and its acceptance (by a named
-- person, with the group's choice whether to be named publicly). accepted_by has no foreign
-- key so the column can be dropped again on SQLite.
ALTER TABLE awards ADD COLUMN payment_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN report_due_on DATE;
ALTER TABLE awards ADD COLUMN accepted_at TIMESTAMP;
ALTER TABLE awards ADD COLUMN accepted_by BIGINT;
ALTER TABLE awards ADD COLUMN accepted_name TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN public_consent BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE awards ADD COLUMN reminder_before_sent_at TIMESTAMP;
ALTER TABLE awards ADD COLUMN reminder_after_sent_at TIMESTAMP;
ALTER TABLE awards ADD COLUMN closed_at TIMESTAMP;

-- Money paid to a group, in one payment or several; each is also a ledger row.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    award_id BIGINT NOT NULL REFERENCES awards (id),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    paid_on DATE NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT NOT NULL REFERENCES people (id),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX payments_award ON payments (award_id);

-- The light end-of-grant report: a few numbers, a short story (or a video or recording), and
-- whether the money was spent as planned.
CREATE TABLE grant_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL UNIQUE REFERENCES bids (id),
    people_reached INTEGER NOT NULL,
    activities INTEGER NOT NULL,
    story TEXT NOT NULL DEFAULT '',
    video_url TEXT NOT NULL DEFAULT '',
    recording_key TEXT,
    recording_type TEXT,
    recording_size BIGINT,
    spent_as_planned BOOLEAN NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    submitted_by BIGINT NOT NULL REFERENCES people (id),
    submitted_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
