ALTER TABLE awards DROP COLUMN equality_consent;
