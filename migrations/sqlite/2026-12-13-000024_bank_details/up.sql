-- Where a group's grant is paid. Each time the details are given a new row is written and the
-- one before is marked replaced, so the history of changes stays. The name, sort code, account
-- number and roll number are sealed together with the data key (bank_details::sealing); only
-- the last four digits and a keyed fingerprint (to find the same account behind another group)
-- are kept as they are. Details take effect when confirmed by a second member of the group or
-- by a lead after a call back; until then, or after a member says they are not right, payments
-- to the group are held.
CREATE TABLE bank_details (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    sealed TEXT NOT NULL,
    account_ending TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    entered_by BIGINT NOT NULL REFERENCES people (id),
    entered_at TIMESTAMP NOT NULL,
    confirmed_by BIGINT REFERENCES people (id),
    confirmed_at TIMESTAMP,
    call_back_note TEXT NOT NULL DEFAULT '',
    disputed_by BIGINT REFERENCES people (id),
    disputed_at TIMESTAMP,
    replaced_at TIMESTAMP
);
CREATE INDEX bank_details_group ON bank_details (group_id, id);
CREATE INDEX bank_details_fingerprint ON bank_details (fingerprint);
