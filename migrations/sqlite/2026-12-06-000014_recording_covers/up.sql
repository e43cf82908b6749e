-- Which parts of the case (need, reach, impact) a bid's video or recording tells, as the group
-- says: a comma-separated list, all three unless the group says otherwise. A part told there
-- reads "Told in the video" rather than "Not answered".
ALTER TABLE bids ADD COLUMN recording_covers TEXT NOT NULL DEFAULT 'need,reach,impact';
