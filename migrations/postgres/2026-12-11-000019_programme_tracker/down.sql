ALTER TABLE programmes DROP COLUMN safeguarding_email;
ALTER TABLE programmes DROP COLUMN safeguarding_name;
DROP TABLE tracker_views;
DROP TABLE tracker_items;
