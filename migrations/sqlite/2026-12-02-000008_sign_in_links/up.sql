-- Single-use links that sign a person in, sent by email. A link for a registration carries the
-- account to create (name and optional password hash): the account exists only once the
-- address's owner follows the link, so nobody can claim someone else's address in advance.
-- Only the token's hash is kept.
CREATE TABLE sign_in_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    person_id BIGINT REFERENCES people (id),
    new_name TEXT,
    new_password_hash TEXT,
    next_path TEXT NOT NULL DEFAULT '',
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX sign_in_links_email ON sign_in_links (email);

-- Requests that send an email to an address someone typed (registration, sign-in link,
-- password reset), by that address and by client address, so they can be limited.
CREATE TABLE email_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL
);
CREATE INDEX email_requests_key ON email_requests (throttle_key, requested_at);
