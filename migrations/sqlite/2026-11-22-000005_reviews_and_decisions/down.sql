ALTER TABLE rounds DROP COLUMN panel_closed_at;
ALTER TABLE bids DROP COLUMN decision_note;
DROP TABLE awards;
DROP TABLE review_scores;
DROP TABLE reviews;
DROP TABLE panel_assignments;
