DROP TRIGGER ledger_entries_append_only ON ledger_entries;
DROP TABLE ledger_entries;
DROP TABLE round_criteria;
DROP TABLE rounds;
DROP TABLE pots;
