-- Involvement payments (issue #18): payments to people for their time and costs come from a
-- programme's involvement budget for the financial year, an account of its own beside the
-- ring-fenced VCSE pot, so the pot's committed and paid stay true. A help-to-apply cost for a
-- group may instead come from the VCSE pot, as its own kind of pot ledger entry.

-- The pot ledger learns one kind: 'help_to_apply'. SQLite cannot change a CHECK, so the table
-- is rebuilt with the same columns, indexes and triggers (nothing references it).
DROP TRIGGER ledger_entries_no_update;
DROP TRIGGER ledger_entries_no_delete;
CREATE TABLE ledger_entries_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pot_id BIGINT NOT NULL REFERENCES pots (id),
    round_id BIGINT REFERENCES rounds (id),
    bid_id BIGINT,
    kind TEXT NOT NULL CHECK (kind IN ('allocation', 'increase', 'decrease', 'carry_forward_in',
        'carry_forward_out', 'assign_to_round', 'unassign_from_round', 'commitment', 'release', 'payment',
        'help_to_apply')),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    reason TEXT,
    related_pot_id BIGINT REFERENCES pots (id),
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL
);
INSERT INTO ledger_entries_new SELECT * FROM ledger_entries;
DROP TABLE ledger_entries;
ALTER TABLE ledger_entries_new RENAME TO ledger_entries;
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

-- One programme's involvement budget for one UK financial year (named by its starting year).
-- What it holds is summed from involvement_entries, never stored.
CREATE TABLE involvement_budgets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    financial_year INTEGER NOT NULL,
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (programme_id, financial_year)
);

-- A payment to a person (or a help-to-apply cost for a group), as the lead recorded it. Never
-- any bank details: the finance team pays through its own process, or vouchers are given.
-- source says which account paid: the involvement budget (budget_id) or the VCSE pot (pot_id,
-- with the pot ledger's 'help_to_apply' row pot_entry_id).
CREATE TABLE involvement_payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    financial_year INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('involvement_budget', 'vcse_pot')),
    budget_id BIGINT REFERENCES involvement_budgets (id),
    pot_id BIGINT REFERENCES pots (id),
    pot_entry_id BIGINT,
    kind TEXT NOT NULL CHECK (kind IN ('panel_scoring', 'giving_views', 'help_to_apply')),
    person_id BIGINT REFERENCES people (id),
    group_name TEXT,
    help_cost TEXT CHECK (help_cost IS NULL OR help_cost IN ('interpreter', 'childcare', 'travel', 'other')),
    round_id BIGINT REFERENCES rounds (id),
    what_for TEXT NOT NULL,
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    paid_on DATE NOT NULL,
    how_paid TEXT NOT NULL CHECK (how_paid IN ('finance_process', 'vouchers')),
    note TEXT NOT NULL DEFAULT '',
    declined_before BOOLEAN NOT NULL DEFAULT FALSE,
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    CHECK ((source = 'involvement_budget' AND budget_id IS NOT NULL AND pot_id IS NULL)
        OR (source = 'vcse_pot' AND kind = 'help_to_apply' AND pot_id IS NOT NULL AND budget_id IS NULL)),
    CHECK (person_id IS NOT NULL OR group_name IS NOT NULL)
);
CREATE INDEX involvement_payments_programme ON involvement_payments (programme_id, financial_year);
CREATE INDEX involvement_payments_person ON involvement_payments (person_id);

-- Every movement of an involvement budget's money, append-only, like the pot ledger.
CREATE TABLE involvement_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    budget_id BIGINT NOT NULL REFERENCES involvement_budgets (id),
    kind TEXT NOT NULL CHECK (kind IN ('allocation', 'increase', 'decrease', 'payment')),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    payment_id BIGINT REFERENCES involvement_payments (id),
    reason TEXT,
    created_by BIGINT REFERENCES people (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX involvement_entries_budget ON involvement_entries (budget_id, kind);
CREATE TRIGGER involvement_entries_no_update BEFORE UPDATE ON involvement_entries
BEGIN
    SELECT RAISE(ABORT, 'involvement entries are append-only');
END;
CREATE TRIGGER involvement_entries_no_delete BEFORE DELETE ON involvement_entries
BEGIN
    SELECT RAISE(ABORT, 'involvement entries are append-only');
END;
CREATE TRIGGER involvement_payments_no_update BEFORE UPDATE ON involvement_payments
BEGIN
    SELECT RAISE(ABORT, 'involvement payments are append-only');
END;
CREATE TRIGGER involvement_payments_no_delete BEFORE DELETE ON involvement_payments
BEGIN
    SELECT RAISE(ABORT, 'involvement payments are append-only');
END;

-- How a panel member wants to be paid for their time in a programme, which they change
-- themselves: through the finance team, in vouchers, or not at all.
CREATE TABLE involvement_choices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    choice TEXT NOT NULL CHECK (choice IN ('finance_process', 'vouchers', 'declined')),
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (person_id, programme_id)
);
