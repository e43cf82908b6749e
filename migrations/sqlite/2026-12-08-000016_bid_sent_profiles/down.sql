DROP TABLE bid_sent_profiles;
