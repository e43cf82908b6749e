-- The language a person reads the portal in (a code from locales/, e.g. "pl"); emails to them go
-- out in it. Empty until they choose one or register while reading a language.
ALTER TABLE people ADD COLUMN language TEXT;

-- The language a bid is written or recorded in: a code from bids::language (e.g. "pl", "bfi"
-- for British Sign Language, "other"), and the language's name when it is "another language".
ALTER TABLE bids ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE bids ADD COLUMN language_other TEXT NOT NULL DEFAULT '';

-- An English translation of a bid written in another language, kept apart from the group's own
-- words, with who made it and when.
CREATE TABLE bid_translations (
    bid_id BIGINT PRIMARY KEY REFERENCES bids (id),
    text TEXT NOT NULL,
    translated_by BIGINT NOT NULL REFERENCES people (id),
    translated_at TIMESTAMP NOT NULL
);
