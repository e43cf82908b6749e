-- A round's panel progress (assignments without a conflict, reviews sent, per bid) is read from
-- these two indexes alone, never from the rows: the lead's round page and dashboard count
-- thousands of them on every visit.
CREATE INDEX panel_assignments_bid_conflict ON panel_assignments (bid_id, conflict_declared_at);
CREATE INDEX reviews_bid_submitted ON reviews (bid_id, submitted_at);
