ALTER TABLE awards DROP COLUMN paid_through;
ALTER TABLE bank_details DROP COLUMN host_id;
DROP TABLE group_hosts;
