-- A funder's scheme. Its money, rounds and people arrive in later tables; roles need it now.
CREATE TABLE programmes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    funder_name TEXT NOT NULL,
    funder_org_id TEXT NOT NULL DEFAULT '',
    identifier_prefix TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Everyone with an account. Email is stored trimmed and lower-cased, so it is unique
-- whatever case people type.
CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    email_verified_at TIMESTAMP,
    is_site_admin BOOLEAN NOT NULL DEFAULT 0,
    disabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Roles granted per programme: lead, panel (optionally lived experience) or connector.
CREATE TABLE role_grants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'panel', 'connector')),
    lived_experience BOOLEAN NOT NULL DEFAULT 0,
    granted_by BIGINT REFERENCES people (id),
    granted_at TIMESTAMP NOT NULL,
    UNIQUE (person_id, programme_id, role)
);
CREATE INDEX role_grants_programme ON role_grants (programme_id, role);

-- Signed-in sessions. The cookie holds a random token; only its hash is kept here, so a copy
-- of the database cannot be used to sign in. Revoking rows ends sessions at once.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    user_agent TEXT
);
CREATE INDEX sessions_person ON sessions (person_id) WHERE revoked_at IS NULL;

-- Single-use links sent by email (verify address, reset password); only hashes are kept.
CREATE TABLE account_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX account_tokens_person ON account_tokens (person_id, purpose);

-- Failed sign-ins, by submitted email and by client address, for throttling.
CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (throttle_key, failed_at);
