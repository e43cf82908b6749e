-- A community group (organisation) that applies: profile made once, reused for every bid.
CREATE TABLE community_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unregistered', 'faith', 'charity', 'cio', 'cic', 'community_benefit_society',
        'social_enterprise', 'other')),
    charity_number TEXT NOT NULL DEFAULT '',
    company_number TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Who acts for a group. Community connectors who set a group up or help it are members too,
-- marked as such, so the group can see who helps it.
CREATE TABLE group_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    is_connector BOOLEAN NOT NULL DEFAULT 0,
    added_by BIGINT REFERENCES people (id),
    added_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, person_id)
);
CREATE INDEX group_members_person ON group_members (person_id);

-- Emailed invitations to join a group; only the link's hash is kept.
CREATE TABLE group_invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_by BIGINT REFERENCES people (id)
);
CREATE INDEX group_invitations_group ON group_invitations (group_id);

-- How a group describes who leads it and whom it serves, in the 360Giving DEI categories.
-- Voluntary, kept apart from bids, never shown to panels. A status per question:
-- 'answered', 'prefer_not_to_say' or 'general'; no row means not asked yet.
CREATE TABLE group_equality (
    group_id BIGINT PRIMARY KEY REFERENCES community_groups (id),
    leadership_status TEXT NOT NULL CHECK (leadership_status IN ('answered', 'prefer_not_to_say', 'general')),
    leadership_codes TEXT NOT NULL DEFAULT '',
    leadership_note TEXT NOT NULL DEFAULT '',
    beneficiaries_status TEXT NOT NULL CHECK (beneficiaries_status IN ('answered', 'prefer_not_to_say', 'general')),
    beneficiaries_codes TEXT NOT NULL DEFAULT '',
    beneficiaries_note TEXT NOT NULL DEFAULT '',
    updated_by BIGINT REFERENCES people (id),
    updated_at TIMESTAMP NOT NULL
);

-- A bid for a round. The state moves only through the lifecycle rules; version rises with
-- every change so two people editing at once notice each other.
CREATE TABLE bids (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    reference TEXT UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'ineligible', 'in_review', 'awarded',
        'declined', 'waitlisted', 'active', 'cancelled', 'completed', 'withdrawn')),
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    amount_requested_pence BIGINT,
    purpose TEXT NOT NULL DEFAULT '',
    video_url TEXT NOT NULL DEFAULT '',
    need TEXT NOT NULL DEFAULT '',
    reach TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    assisted_by BIGINT REFERENCES people (id),
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    returned_at TIMESTAMP,
    return_note TEXT NOT NULL DEFAULT '',
    confirmed_by_group_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX bids_round_state ON bids (round_id, state);
CREATE INDEX bids_group ON bids (group_id);

-- Recordings and supporting files, kept in the object store under random keys.
CREATE TABLE bid_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    kind TEXT NOT NULL CHECK (kind IN ('recording', 'attachment')),
    storage_key TEXT NOT NULL UNIQUE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES people (id),
    uploaded_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP
);
CREATE INDEX bid_files_bid ON bid_files (bid_id) WHERE deleted_at IS NULL;

-- The last bid reference number used in each year (SG-2027-0042).
CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Links sent to a group's contact to see and confirm a bid a connector made with them.
CREATE TABLE bid_confirmations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP
);

-- What someone typed into a form when their session had ended, kept (for a day) until they
-- sign in again in the same browser.
CREATE TABLE form_drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    fields TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
