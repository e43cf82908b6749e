DROP TABLE payment_file_layouts;
DROP TABLE payment_run_items;
DROP TABLE payment_runs;
