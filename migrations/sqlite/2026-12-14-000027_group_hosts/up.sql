-- A host organisation: a registered charity or council for voluntary service that holds money
-- for a group without a bank account of its own. A member of the group names it; its contact
-- confirms by an emailed link (only the hash of the link's token is kept) and gives the host's
-- bank details, which are then where the group's grants are paid. Naming another host, or the
-- group giving its own bank details, ends the one before.
CREATE TABLE group_hosts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    name TEXT NOT NULL,
    charity_number TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    requested_by BIGINT NOT NULL REFERENCES people (id),
    requested_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    -- Who at the host confirmed, and their role there, as they typed it.
    confirmed_name TEXT NOT NULL DEFAULT '',
    declined_at TIMESTAMP,
    ended_at TIMESTAMP
);
CREATE INDEX group_hosts_group ON group_hosts (group_id, id);

-- Bank details a host gave for a group (entered_by is then the member who named the host: the
-- host's contact has no account).
ALTER TABLE bank_details ADD COLUMN host_id BIGINT REFERENCES group_hosts (id);

-- The host a grant is paid through, as it was named when it confirmed ("" when paid to the
-- group itself): kept on the award so reports and open data say where the money went.
ALTER TABLE awards ADD COLUMN paid_through TEXT NOT NULL DEFAULT '';
