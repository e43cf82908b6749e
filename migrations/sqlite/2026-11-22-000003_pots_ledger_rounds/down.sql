DROP TRIGGER ledger_entries_no_delete;
DROP TRIGGER ledger_entries_no_update;
DROP TABLE ledger_entries;
DROP TABLE round_criteria;
DROP TABLE rounds;
DROP TABLE pots;
