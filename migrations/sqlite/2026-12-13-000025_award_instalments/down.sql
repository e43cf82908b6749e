DROP TABLE award_instalments;
