-- Equity before the decision: the panel's deadline, the lead's reason for a decision out of rank
-- order, the programme's own list of areas, money reserved for groups led by and for a community,
-- and invitations to groups that have never applied.

-- The date by which the round's reviews are due, shown to the panel; a reminder goes 3 days
-- before to panel members with reviews still to send (once: panel_reminder_sent_at).
ALTER TABLE rounds ADD COLUMN panel_due_on DATE;
ALTER TABLE rounds ADD COLUMN panel_reminder_sent_at TIMESTAMP;

-- Why the lead decided a bid out of rank order (awarded below the funding line, or declined or
-- waitlisted above it), shown to the round's panel. The latest such decision for each bid.
CREATE TABLE decision_reasons (
    bid_id BIGINT PRIMARY KEY REFERENCES bids (id),
    -- 'award', 'decline' or 'waitlist'.
    decision TEXT NOT NULL,
    -- 'below_line' or 'above_line': where the ranking had the bid when it was decided.
    position TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by BIGINT NOT NULL REFERENCES people (id),
    decided_at TIMESTAMP NOT NULL
);

-- The places a programme serves (wards, neighbourhoods, primary care networks or places), a
-- list its lead edits. postcodes: the postcode districts or sectors that lie in the area,
-- separated by spaces, so a group's postcode can offer the right one.
CREATE TABLE programme_areas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    postcodes TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (programme_id, name)
);

-- Which of its programme's areas a bid serves (several allowed); serves_elsewhere when it
-- (also) serves somewhere not on the list.
CREATE TABLE bid_areas (
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    area_id BIGINT NOT NULL REFERENCES programme_areas (id),
    PRIMARY KEY (bid_id, area_id)
);
ALTER TABLE bids ADD COLUMN serves_elsewhere BOOLEAN NOT NULL DEFAULT FALSE;

-- The lead's mapping of the free-text areas groups typed before the programme had a list.
CREATE TABLE area_mappings (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    free_text TEXT NOT NULL,
    area_id BIGINT NOT NULL REFERENCES programme_areas (id),
    PRIMARY KEY (programme_id, free_text)
);

-- A share of a round's budget kept for bids from groups led by and for a community named by a
-- DEI taxonomy code: an amount in pence or a percentage of the budget (exactly one is set).
CREATE TABLE round_reservations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    dei_code TEXT NOT NULL,
    amount_pence BIGINT,
    percent INTEGER,
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (round_id, dei_code)
);

-- A lead's invitation to a group that has never applied: at most one per group per round.
CREATE TABLE round_invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    invited_by BIGINT NOT NULL REFERENCES people (id),
    invited_at TIMESTAMP NOT NULL,
    UNIQUE (round_id, group_id)
);
