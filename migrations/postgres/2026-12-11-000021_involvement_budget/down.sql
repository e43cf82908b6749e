DROP TABLE involvement_choices;
DROP TRIGGER involvement_payments_append_only ON involvement_payments;
DROP TRIGGER involvement_entries_append_only ON involvement_entries;
DROP TABLE involvement_entries;
DROP TABLE involvement_payments;
DROP TABLE involvement_budgets;
-- Back to the pot ledger without 'help_to_apply' (refused if any such row exists).
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN ('allocation', 'increase',
    'decrease', 'carry_forward_in', 'carry_forward_out', 'assign_to_round', 'unassign_from_round', 'commitment',
    'release', 'payment'));
