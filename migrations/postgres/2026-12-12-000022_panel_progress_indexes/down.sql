DROP INDEX reviews_bid_submitted;
DROP INDEX panel_assignments_bid_conflict;
