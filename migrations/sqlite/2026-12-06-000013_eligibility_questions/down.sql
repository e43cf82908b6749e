DROP TABLE bid_eligibility_answers;
DROP TABLE round_eligibility_questions;
