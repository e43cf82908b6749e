DROP TABLE bid_translations;
ALTER TABLE bids DROP COLUMN language_other;
ALTER TABLE bids DROP COLUMN language;
ALTER TABLE people DROP COLUMN language;
