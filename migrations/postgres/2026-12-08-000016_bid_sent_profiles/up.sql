-- Who a group was when it sent a bid: its kind, its area and its own equality answers, kept with
-- the bid, so the lead's equity figures for a year do not change when a group edits its details
-- later. 'not_answered' where the group had given no answer. Written at each send; a group that
-- answers the equality questions for the first time (they are offered on "Bid sent") fills in
-- the profiles still not answered; a group that removes its answers removes them here too.
CREATE TABLE bid_sent_profiles (
    bid_id BIGINT PRIMARY KEY REFERENCES bids (id),
    group_kind TEXT NOT NULL,
    area TEXT NOT NULL,
    leadership_status TEXT NOT NULL,
    leadership_codes TEXT NOT NULL,
    beneficiaries_status TEXT NOT NULL,
    beneficiaries_codes TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

-- Bids sent before the profiles existed: the group as it is now, the best there is.
INSERT INTO bid_sent_profiles (
    bid_id, group_kind, area, leadership_status, leadership_codes, beneficiaries_status,
    beneficiaries_codes, recorded_at
)
SELECT b.id, g.kind, g.area,
    COALESCE(e.leadership_status, 'not_answered'), COALESCE(e.leadership_codes, ''),
    COALESCE(e.beneficiaries_status, 'not_answered'), COALESCE(e.beneficiaries_codes, ''),
    b.submitted_at
FROM bids b
JOIN community_groups g ON g.id = b.group_id
LEFT JOIN group_equality e ON e.group_id = b.group_id
WHERE b.submitted_at IS NOT NULL;
