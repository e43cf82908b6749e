-- Who runs a programme and how a group reaches a person there: shown on its rounds, its bids'
-- pages and the footer of its pages, and used as the Reply-To and signature of its emails.
ALTER TABLE programmes ADD COLUMN team_name TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN contact_hours TEXT NOT NULL DEFAULT '';
-- The programme's logo in file storage, with the image type found from its content.
ALTER TABLE programmes ADD COLUMN logo_key TEXT;
ALTER TABLE programmes ADD COLUMN logo_content_type TEXT;
-- The programme's part of the privacy notice: the data controller (empty: the funder), its
-- contact, the data protection officer, how long bids and grants are kept, and anything more
-- (markdown, cleaned when shown).
ALTER TABLE programmes ADD COLUMN privacy_controller TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN privacy_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN privacy_dpo TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN records_retention TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN privacy_notes TEXT NOT NULL DEFAULT '';

-- Where a reply to an email goes: the programme team's address for emails about its bids.
ALTER TABLE outbox_emails ADD COLUMN reply_to TEXT;

-- By when a group is asked to accept an offer.
ALTER TABLE awards ADD COLUMN accept_by_on DATE;

-- The installation's own notices, edited by a site admin: one row (id 1), absent until the
-- first save (the pages then show defaults from the configuration).
CREATE TABLE site_notices (
    id BIGINT PRIMARY KEY,
    operator_name TEXT NOT NULL,
    operator_contact TEXT NOT NULL,
    dpo_contact TEXT NOT NULL,
    privacy_notes TEXT NOT NULL,
    accessibility_status TEXT NOT NULL,
    accessibility_gaps TEXT NOT NULL,
    accessibility_contact TEXT NOT NULL,
    accessibility_prepared_on DATE NOT NULL,
    accessibility_reviewed_on DATE NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES people (id),
    updated_at TIMESTAMP NOT NULL
);
