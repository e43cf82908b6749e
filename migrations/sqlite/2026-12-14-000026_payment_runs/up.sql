-- A payment run: the instalments a lead chose to pay together, with the file the finance team
-- takes to the bank. Nothing enters the ledger until the lead marks the run paid, in one
-- transaction that claims the run (paid_at set only where it is still empty) and records every
-- item's payment, or none of them.
CREATE TABLE payment_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    paid_on DATE,
    paid_by BIGINT REFERENCES people (id),
    paid_at TIMESTAMP,
    cancelled_by BIGINT REFERENCES people (id),
    cancelled_at TIMESTAMP
);
CREATE INDEX payment_runs_programme ON payment_runs (programme_id, created_at);

-- One payment in a run: the amount due on an award when the run was made, and the bank details
-- (confirmed then) it is paid to. The details are opened only to write the file.
CREATE TABLE payment_run_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id BIGINT NOT NULL REFERENCES payment_runs (id),
    award_id BIGINT NOT NULL REFERENCES awards (id),
    bank_details_id BIGINT NOT NULL REFERENCES bank_details (id),
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    UNIQUE (run_id, award_id)
);
CREATE INDEX payment_run_items_award ON payment_run_items (award_id);

-- The second layout of the payment file, set by the site admin to match the finance system's
-- supplier payment import: its columns in order, each a heading and what goes in it, as JSON.
-- The newest row is the layout in use; earlier rows are kept as its history.
CREATE TABLE payment_file_layouts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    columns_json TEXT NOT NULL,
    changed_by BIGINT NOT NULL REFERENCES people (id),
    changed_at TIMESTAMP NOT NULL
);
