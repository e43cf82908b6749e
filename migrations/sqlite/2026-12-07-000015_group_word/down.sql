DROP TABLE group_words;
