-- Which panel members score which bid. A declared conflict keeps the row (so the member is not
-- assigned again) but removes the bid from their queue.
CREATE TABLE panel_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    panel_member_id BIGINT NOT NULL REFERENCES people (id),
    assigned_by BIGINT REFERENCES people (id),
    assigned_at TIMESTAMP NOT NULL,
    conflict_declared_at TIMESTAMP,
    conflict_note TEXT NOT NULL DEFAULT '',
    UNIQUE (bid_id, panel_member_id)
);
CREATE INDEX panel_assignments_member ON panel_assignments (panel_member_id);

-- One panel member's review of one bid: a draft until submitted.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    reviewer_id BIGINT NOT NULL REFERENCES people (id),
    comment TEXT NOT NULL DEFAULT '',
    recommendation TEXT CHECK (recommendation IN ('fund', 'do_not_fund', 'discuss')),
    watched BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    UNIQUE (bid_id, reviewer_id)
);

CREATE TABLE review_scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id BIGINT NOT NULL REFERENCES reviews (id),
    criterion_id BIGINT NOT NULL REFERENCES round_criteria (id),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    UNIQUE (review_id, criterion_id)
);
CREATE INDEX review_scores_criterion ON review_scores (criterion_id);

-- An award: the amount committed from the pot, the conditions, and (later) its acceptance.
CREATE TABLE awards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL UNIQUE REFERENCES bids (id),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    conditions TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    decided_by BIGINT NOT NULL REFERENCES people (id),
    decided_at TIMESTAMP NOT NULL
);

-- The lead's words to the group with a decision (why ineligible, feedback when declined).
ALTER TABLE bids ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';
-- When panel scoring ends; until then submitted reviews may be changed.
ALTER TABLE rounds ADD COLUMN panel_closed_at TIMESTAMP;
