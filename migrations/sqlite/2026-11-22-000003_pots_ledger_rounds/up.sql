-- One programme's ring-fenced money for one UK financial year (named by its starting year).
CREATE TABLE pots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    financial_year INTEGER NOT NULL,
    name TEXT NOT NULL,
    transformation_total_pence BIGINT,
    ring_fence_basis_points INTEGER,
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (programme_id, financial_year)
);

-- A call for bids drawing on a pot. Its budget is not stored here: it is the sum of the
-- ledger's assign/unassign entries for the round.
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    pot_id BIGINT NOT NULL REFERENCES pots (id),
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    opens_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    min_award_pence BIGINT NOT NULL,
    max_award_pence BIGINT NOT NULL,
    eligibility TEXT NOT NULL DEFAULT '',
    uses TEXT NOT NULL DEFAULT '',
    decision_target_on DATE NOT NULL,
    panel_size INTEGER NOT NULL DEFAULT 2,
    criteria_frozen_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX rounds_programme ON rounds (programme_id);
CREATE INDEX rounds_closes ON rounds (closes_at);

-- What panels score a round's bids on, each on a scale of 1 to 5 with a description of
-- every score.
CREATE TABLE round_criteria (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    descriptor_1 TEXT NOT NULL DEFAULT '',
    descriptor_2 TEXT NOT NULL DEFAULT '',
    descriptor_3 TEXT NOT NULL DEFAULT '',
    descriptor_4 TEXT NOT NULL DEFAULT '',
    descriptor_5 TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, key)
);

-- Every movement of money, append-only. Amounts are positive pence; the kind gives the
-- direction. bid_id names the bid a commitment, release or payment belongs to.
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pot_id BIGINT NOT NULL REFERENCES pots (id),
    round_id BIGINT REFERENCES rounds (id),
    bid_id BIGINT,
    kind TEXT NOT NULL CHECK (kind IN ('allocation', 'increase', 'decrease', 'carry_forward_in',
        'carry_forward_out', 'assign_to_round', 'unassign_from_round', 'commitment', 'release', 'payment')),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    reason TEXT,
    related_pot_id BIGINT REFERENCES pots (id),
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ledger_entries_pot ON ledger_entries (pot_id, kind);
CREATE INDEX ledger_entries_round ON ledger_entries (round_id, kind);
CREATE INDEX ledger_entries_bid ON ledger_entries (bid_id, kind);
-- A pot is carried forward once.
CREATE UNIQUE INDEX ledger_entries_one_carry_forward ON ledger_entries (pot_id) WHERE kind = 'carry_forward_out';

CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
