ALTER TABLE bids DROP COLUMN recording_covers;
