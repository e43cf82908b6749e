DROP TABLE round_invitations;
DROP TABLE round_reservations;
DROP TABLE area_mappings;
ALTER TABLE bids DROP COLUMN serves_elsewhere;
DROP TABLE bid_areas;
DROP TABLE programme_areas;
DROP TABLE decision_reasons;
ALTER TABLE rounds DROP COLUMN panel_reminder_sent_at;
ALTER TABLE rounds DROP COLUMN panel_due_on;
