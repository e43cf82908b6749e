-- A programme's tracker: the decisions and pieces of work people can influence, what they can
-- and cannot change, and, once decided, what was decided and what changed because of their views.
-- status: 'planned', 'open' (for views), 'in_progress' or 'decided'. round_id: set when the item
-- asks for views on a round's draft criteria. Who changed an item, and when, is in the audit log.
CREATE TABLE tracker_items (
    id BIGSERIAL PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    round_id BIGINT REFERENCES rounds (id),
    title TEXT NOT NULL,
    aim TEXT NOT NULL DEFAULT '',
    can_influence TEXT NOT NULL DEFAULT '',
    cannot_influence TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    starts_on DATE,
    decide_by DATE,
    how_to_take_part TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    you_said_we_did TEXT NOT NULL DEFAULT '',
    views_summary TEXT NOT NULL DEFAULT '',
    decided_on DATE,
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX tracker_items_by_programme ON tracker_items (programme_id, status);

-- A signed-in person's view on an item open for views, seen by the programme's leads only,
-- with the lead's answer to that person, and whether a lead passed it to the programme's
-- safeguarding contact.
CREATE TABLE tracker_views (
    id BIGSERIAL PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES tracker_items (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    answered_by BIGINT REFERENCES people (id),
    answered_at TIMESTAMP,
    safeguarding_flagged_at TIMESTAMP,
    safeguarding_flagged_by BIGINT REFERENCES people (id)
);
CREATE INDEX tracker_views_by_item ON tracker_views (item_id, created_at);
CREATE INDEX tracker_views_by_person ON tracker_views (person_id, created_at);

-- Who a lead passes a worry about someone's safety to.
ALTER TABLE programmes ADD COLUMN safeguarding_name TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN safeguarding_email TEXT NOT NULL DEFAULT '';
