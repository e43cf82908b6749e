-- The group's own word where a connector helps it: sending its bid and accepting its offer
-- need it. Given through a link emailed to the group's contact (a row with the link's hash,
-- given_at set when the contact uses it), or on the phone to the connector or a lead (a row
-- with who recorded it, the person they spoke to and when).
CREATE TABLE group_words (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    -- 'send' (the bid) or 'accept' (the offer).
    purpose TEXT NOT NULL,
    -- 'email' or 'phone'.
    channel TEXT NOT NULL,
    -- The connector or lead who asked by email, or who was on the phone.
    asked_by BIGINT NOT NULL REFERENCES people (id),
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    created_at TIMESTAMP NOT NULL,
    given_at TIMESTAMP
);
CREATE INDEX group_words_bid ON group_words (bid_id, purpose);
