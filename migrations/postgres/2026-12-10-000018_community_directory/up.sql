-- The community directory: what groups run, searchable by anyone, kept current by directory
-- editors (a site-wide role: the directory belongs to the installation, not to one programme).

ALTER TABLE people ADD COLUMN is_directory_editor BOOLEAN NOT NULL DEFAULT FALSE;

-- The categories listings are filed under: a list the site admin edits.
CREATE TABLE directory_categories (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

-- One activity a group runs. status: 'pending' (waiting for an editor), 'approved' (public) or
-- 'hidden' (by an editor, or because the group has not confirmed it for 12 months).
-- schedule: 'weekly' (weekday 1-7, Monday first, with start and end times 'HH:MM'),
-- 'monthly' or 'dates' (both told in schedule_note). Lists (languages, accessibility) are
-- comma-separated codes. Who approved, edited or hid a listing, and when, is in the audit log.
CREATE TABLE directory_listings (
    id BIGSERIAL PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES community_groups (id),
    status TEXT NOT NULL DEFAULT 'pending',
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    schedule TEXT NOT NULL,
    weekday INTEGER,
    starts_at TEXT NOT NULL DEFAULT '',
    ends_at TEXT NOT NULL DEFAULT '',
    schedule_note TEXT NOT NULL DEFAULT '',
    venue_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    online BOOLEAN NOT NULL DEFAULT FALSE,
    by_phone BOOLEAN NOT NULL DEFAULT FALSE,
    ages TEXT NOT NULL DEFAULT '',
    communities TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    free BOOLEAN NOT NULL DEFAULT TRUE,
    cost_note TEXT NOT NULL DEFAULT '',
    how_to_join TEXT NOT NULL,
    accessibility TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    confirmed_at TIMESTAMP NOT NULL,
    stale_notice_sent_at TIMESTAMP,
    -- The language the listing is written in (a `bids::language` code), so its words are read
    -- out in it. Who added the listing is in the audit log.
    language TEXT NOT NULL DEFAULT 'en',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- The words search finds the listing by (its name, description, categories, who it is for
    -- and where), written by the application with each change.
    search_body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_listings_status ON directory_listings (status, updated_at);
CREATE INDEX directory_listings_group ON directory_listings (group_id);
-- The public directory lists by name: walked in this order, a page stops after its 20 rows.
CREATE INDEX directory_listings_by_name ON directory_listings (status, name, id);

CREATE TABLE directory_listing_categories (
    listing_id BIGINT NOT NULL REFERENCES directory_listings (id),
    category_id BIGINT NOT NULL REFERENCES directory_categories (id),
    PRIMARY KEY (listing_id, category_id)
);

-- The search index over search_body, stemmed as English words.
CREATE INDEX directory_listings_search ON directory_listings USING GIN (to_tsvector('english', search_body));

INSERT INTO directory_categories (slug, name, position) VALUES
    ('peer-support', 'Peer support', 1),
    ('social-isolation', 'Loneliness and social isolation', 2),
    ('faith-based-support', 'Faith-based support', 3),
    ('physical-activity', 'Physical activity', 4),
    ('arts-and-creativity', 'Arts and creativity', 5),
    ('food', 'Food', 6),
    ('carers', 'Carers', 7),
    ('young-people', 'Young people', 8),
    ('older-people', 'Older people', 9),
    ('bereavement', 'Bereavement', 10),
    ('money-and-housing-advice', 'Money and housing advice', 11),
    ('mental-health', 'Mental health and wellbeing', 12),
    ('language-and-culture', 'Language and culture', 13),
    ('nature-and-gardening', 'Nature and gardening', 14);
