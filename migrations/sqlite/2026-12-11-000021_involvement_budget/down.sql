DROP TABLE involvement_choices;
DROP TRIGGER involvement_payments_no_update;
DROP TRIGGER involvement_payments_no_delete;
DROP TRIGGER involvement_entries_no_update;
DROP TRIGGER involvement_entries_no_delete;
DROP TABLE involvement_entries;
DROP TABLE involvement_payments;
DROP TABLE involvement_budgets;

-- Back to the pot ledger without 'help_to_apply' (refused if any such row exists).
DROP TRIGGER ledger_entries_no_update;
DROP TRIGGER ledger_entries_no_delete;
CREATE TABLE ledger_entries_old (
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
INSERT INTO ledger_entries_old SELECT * FROM ledger_entries;
DROP TABLE ledger_entries;
ALTER TABLE ledger_entries_old RENAME TO ledger_entries;
CREATE INDEX ledger_entries_pot ON ledger_entries (pot_id, kind);
CREATE INDEX ledger_entries_round ON ledger_entries (round_id, kind);
CREATE INDEX ledger_entries_bid ON ledger_entries (bid_id, kind);
CREATE UNIQUE INDEX ledger_entries_one_carry_forward ON ledger_entries (pot_id) WHERE kind = 'carry_forward_out';
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
