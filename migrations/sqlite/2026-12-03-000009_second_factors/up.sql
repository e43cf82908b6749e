-- A person's authenticator app (RFC 6238 time-based codes): the shared secret, when it was
-- confirmed with a first code, and the last time step a code was accepted for, so a code works
-- once. One row a person at most; resetting the second factor deletes it.
CREATE TABLE second_factors (
    person_id BIGINT PRIMARY KEY REFERENCES people (id),
    secret_base32 TEXT NOT NULL,
    confirmed_at TIMESTAMP NOT NULL,
    last_used_step BIGINT NOT NULL DEFAULT 0
);

-- Single-use codes for signing in without the authenticator app; only their hashes are kept.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id),
    code_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_person ON recovery_codes (person_id);

-- When this session passed the second step of signing in (NULL: it has not).
ALTER TABLE sessions ADD COLUMN second_factor_at TIMESTAMP;
