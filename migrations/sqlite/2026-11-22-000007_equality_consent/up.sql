-- Whether the group, accepting its award, agreed to publish its equality answers (the DEI
-- codes it chose, never its notes) with the award in the 360Giving open data.
ALTER TABLE awards ADD COLUMN equality_consent BOOLEAN NOT NULL DEFAULT 0;
