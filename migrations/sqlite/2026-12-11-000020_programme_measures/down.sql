DROP TABLE report_answers;
DROP TABLE programme_measures;
