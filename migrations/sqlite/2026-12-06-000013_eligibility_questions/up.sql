-- A round's yes/no eligibility questions, asked before any account (/rounds/{slug}/eligibility):
-- the question, the answer that rules a group out ('yes' or 'no'), and why, in the group's terms.
-- They change only until the round's first bid is sent, like its criteria.
CREATE TABLE round_eligibility_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    rules_out TEXT NOT NULL CHECK (rules_out IN ('yes', 'no')),
    reason TEXT NOT NULL
);
CREATE INDEX round_eligibility_questions_round ON round_eligibility_questions (round_id, position);

-- What a group answered when its bid started, with the question's words as they were then, so a
-- later change to the question does not change what the group answered. question_id names no
-- row: the question may be removed later while the answer stays with the bid.
CREATE TABLE bid_eligibility_answers (
    bid_id BIGINT NOT NULL REFERENCES bids (id),
    question_id BIGINT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    question_text TEXT NOT NULL,
    PRIMARY KEY (bid_id, question_id)
);
