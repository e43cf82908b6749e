-- An award's payment plan as dated instalments, summing to the award (the free-text plan stays
-- as a note). Whether an instalment is paid is worked out from the award's payments, taken in
-- order of due date (grants::instalments), so a payment recorded by hand and one from a payment
-- run count alike.
CREATE TABLE award_instalments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    award_id BIGINT NOT NULL REFERENCES awards (id),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    due_on DATE NOT NULL,
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX award_instalments_award ON award_instalments (award_id, due_on);

-- Awards accepted before instalments existed: one instalment of the whole award, due on the day
-- it was accepted (payments already made count toward it).
INSERT INTO award_instalments (award_id, amount_pence, due_on, created_by, created_at)
SELECT a.id, a.amount_pence, date(a.accepted_at), a.decided_by, a.accepted_at
FROM awards a
WHERE a.accepted_at IS NOT NULL AND a.closed_at IS NULL;
