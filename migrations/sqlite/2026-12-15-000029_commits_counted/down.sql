DROP TABLE change_count;
