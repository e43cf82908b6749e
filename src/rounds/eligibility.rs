//! Eligibility questions: a round's few yes/no questions, answered before any account at
//! `/rounds/{slug}/eligibility`. Pure: reading the lead's question form, reading a group's
//! answers from the page's query string (`q{id}=yes|no`) or from the `eligibility` value the
//! Start link carries (`12-yes.13-no`), and deciding whether the answers let the group through.

use std::collections::BTreeMap;

use super::model::{EligibilityQuestion, QuestionFields};
use crate::forms::{FieldErrors, required_line, required_text};
use crate::i18n::Message;

/// A round asks at most this many questions: a quick check, not a form.
pub const MAX_QUESTIONS: usize = 6;
pub const MAX_QUESTION: usize = 200;
pub const MAX_REASON: usize = 500;
/// Only this many pairs of a query string are read; the rest are ignored.
const MAX_PAIRS: usize = 50;
/// A longer `eligibility` value is not read at all (six answers need far fewer).
const MAX_ENCODED: usize = 200;

/// An answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    /// `yes` or `no` (as the form sends them); anything else is no answer.
    pub fn parse(text: &str) -> Option<Answer> {
        match text.trim() {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }

    /// The key of the answer's word, "Yes" or "No" (`public.ftl`).
    pub fn label_key(self) -> &'static str {
        match self {
            Answer::Yes => "public-eligibility-yes",
            Answer::No => "public-eligibility-no",
        }
    }
}

/// What the lead's question form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub question: String,
    /// `yes` or `no`: the answer that rules a group out.
    pub rules_out: String,
    pub reason: String,
}

impl From<&EligibilityQuestion> for QuestionForm {
    fn from(question: &EligibilityQuestion) -> QuestionForm {
        QuestionForm {
            question: question.question.clone(),
            rules_out: question.rules_out.clone(),
            reason: question.reason.clone(),
        }
    }
}

/// Checks a question: the question, which answer rules a group out, and why.
pub fn check_question(form: &QuestionForm) -> Result<QuestionFields, FieldErrors> {
    let mut errors = FieldErrors::new();
    let question = required_line(&mut errors, "question", &form.question, "what-eligibility-question", MAX_QUESTION);
    let rules_out = Answer::parse(&form.rules_out);
    if rules_out.is_none() {
        errors.add("rules_out", "manage-question-error-rules-out");
    }
    let reason = required_text(&mut errors, "reason", &form.reason, "what-eligibility-reason", MAX_REASON);
    errors.into_result(QuestionFields {
        question,
        rules_out: rules_out.unwrap_or(Answer::Yes).as_str().to_string(),
        reason,
    })
}

/// A group's answers, by question id. Only answers to the round's own questions are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<i64, Answer>);

impl Answers {
    /// The answers in a query string's pairs (`q12=yes`): the first answer to each of the
    /// round's questions; other names, other questions' ids and other values are ignored.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
        questions: &[EligibilityQuestion],
    ) -> Answers {
        let mut answers = BTreeMap::new();
        for (name, value) in pairs.into_iter().take(MAX_PAIRS) {
            let Some(id) = name.as_ref().strip_prefix('q').and_then(|id| id.parse::<i64>().ok()) else {
                continue;
            };
            if let Some(answer) = Answer::parse(value.as_ref())
                && questions.iter().any(|q| q.id == id)
            {
                answers.entry(id).or_insert(answer);
            }
        }
        Answers(answers)
    }

    /// The answers in the `eligibility` value of a Start link (`12-yes.13-no`), read as
    /// [`Answers::from_pairs`] reads a query string.
    pub fn decode(text: &str, questions: &[EligibilityQuestion]) -> Answers {
        if text.len() > MAX_ENCODED {
            return Answers::default();
        }
        let pairs =
            text.split('.').filter_map(|pair| pair.split_once('-')).map(|(id, answer)| (format!("q{id}"), answer));
        Answers::from_pairs(pairs, questions)
    }

    /// The `eligibility` value carrying these answers: `12-yes.13-no`.
    pub fn encode(&self) -> String {
        self.0.iter().map(|(id, answer)| format!("{id}-{}", answer.as_str())).collect::<Vec<_>>().join(".")
    }

    /// The answers as the eligibility form sends them: `q12=yes&q13=no`.
    pub fn query(&self) -> String {
        self.0.iter().map(|(id, answer)| format!("q{id}={}", answer.as_str())).collect::<Vec<_>>().join("&")
    }

    pub fn get(&self, question_id: i64) -> Option<Answer> {
        self.0.get(&question_id).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each question answered, with its words as they are now, to keep with a bid.
    pub fn given(&self, questions: &[EligibilityQuestion]) -> Vec<GivenAnswer> {
        questions
            .iter()
            .filter_map(|q| {
                self.get(q.id).map(|answer| GivenAnswer {
                    question_id: q.id,
                    answer,
                    question_text: q.question.clone(),
                })
            })
            .collect()
    }
}

/// An answer kept with a bid, with the question as the group read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenAnswer {
    pub question_id: i64,
    pub answer: Answer,
    pub question_text: String,
}

/// What a group's answers mean for its bid.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// Every question answered and none rules the group out (or there are no questions).
    Through,
    /// The questions whose answers rule the group out. Said as soon as one does, even with
    /// questions left unanswered: the rest would not change it.
    RuledOut(Vec<&'a EligibilityQuestion>),
    /// The questions still to answer; none answered so far rules the group out.
    Missing(Vec<&'a EligibilityQuestion>),
}

/// Whether `answers` let a group through the round's `questions`.
pub fn assess<'a>(questions: &'a [EligibilityQuestion], answers: &Answers) -> Outcome<'a> {
    let ruled_out: Vec<&EligibilityQuestion> =
        questions.iter().filter(|q| answers.get(q.id) == Some(q.ruling_out())).collect();
    if !ruled_out.is_empty() {
        return Outcome::RuledOut(ruled_out);
    }
    let missing: Vec<&EligibilityQuestion> = questions.iter().filter(|q| answers.get(q.id).is_none()).collect();
    if missing.is_empty() { Outcome::Through } else { Outcome::Missing(missing) }
}

/// A problem at each question still to answer, naming the question (the error summary lists
/// them all).
pub fn missing_errors(missing: &[&EligibilityQuestion]) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for question in missing {
        errors.add(
            &question.field(),
            Message::new("public-eligibility-error-answer").arg("question", question.question.as_str()),
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: i64, rules_out: &str) -> EligibilityQuestion {
        EligibilityQuestion {
            id,
            round_id: 1,
            position: id as i32,
            question: format!("Question {id}?"),
            rules_out: rules_out.into(),
            reason: format!("Reason {id}."),
        }
    }

    fn questions() -> Vec<EligibilityQuestion> {
        // Based in Riverside? ("no" rules out) and a large national charity? ("yes" rules out)
        vec![question(12, "no"), question(13, "yes")]
    }

    #[test]
    fn answers_are_read_from_the_query_string_for_the_rounds_questions_only() {
        let qs = questions();
        let pairs = [
            ("q12", "yes"),
            ("q13", "no"),
            ("q14", "yes"),   // another round's question
            ("q12", "no"),    // a second answer: the first counts
            ("check", "yes"), // not an answer
            ("q", "yes"),
            ("q-1", "no"),
            ("12", "yes"),
        ];
        let answers = Answers::from_pairs(pairs, &qs);
        assert_eq!(answers.get(12), Some(Answer::Yes));
        assert_eq!(answers.get(13), Some(Answer::No));
        assert_eq!(answers.get(14), None);
        assert_eq!(answers.query(), "q12=yes&q13=no");
    }

    #[test]
    fn odd_values_are_no_answer() {
        let qs = questions();
        for odd in ["", "YES", "y", "true", "1", "maybe", "yes please", "\u{0}yes"] {
            let answers = Answers::from_pairs([("q12", odd)], &qs);
            assert_eq!(answers.get(12), None, "{odd:?}");
        }
        assert_eq!(Answers::from_pairs([("q12", " no ")], &qs).get(12), Some(Answer::No), "spaces around are fine");
        assert_eq!(Answers::from_pairs([("q99999999999999999999999", "yes")], &qs), Answers::default());
    }

    #[test]
    fn only_the_first_pairs_of_a_long_query_are_read() {
        let qs = questions();
        let mut pairs: Vec<(String, String)> = (0..1000).map(|i| (format!("x{i}"), "yes".to_string())).collect();
        pairs.push(("q12".into(), "yes".into()));
        assert!(Answers::from_pairs(pairs, &qs).is_empty());
    }

    #[test]
    fn the_start_links_value_carries_the_answers_both_ways() {
        let qs = questions();
        let answers = Answers::from_pairs([("q13", "no"), ("q12", "yes")], &qs);
        assert_eq!(answers.encode(), "12-yes.13-no");
        assert_eq!(Answers::decode("12-yes.13-no", &qs), answers);
        assert_eq!(Answers::decode("", &qs), Answers::default());
        assert_eq!(Answers::decode("12-yes.99-no.13-perhaps.nonsense.-.12", &qs).encode(), "12-yes");
        assert_eq!(Answers::decode(&"12-yes.".repeat(100), &qs), Answers::default(), "too long: not read");
    }

    #[test]
    fn every_answer_given_and_none_ruling_out_lets_a_group_through() {
        let qs = questions();
        let through = Answers::from_pairs([("q12", "yes"), ("q13", "no")], &qs);
        assert_eq!(assess(&qs, &through), Outcome::Through);
        assert_eq!(assess(&[], &Answers::default()), Outcome::Through, "no questions: nothing to check");
    }

    #[test]
    fn the_answer_that_rules_a_group_out_is_said_with_its_question() {
        let qs = questions();
        let both = Answers::from_pairs([("q12", "no"), ("q13", "yes")], &qs);
        assert_eq!(assess(&qs, &both), Outcome::RuledOut(vec![&qs[0], &qs[1]]));
        let one = Answers::from_pairs([("q12", "yes"), ("q13", "yes")], &qs);
        assert_eq!(assess(&qs, &one), Outcome::RuledOut(vec![&qs[1]]));
        // Ruled out already: the question left unanswered would not change it.
        let early = Answers::from_pairs([("q12", "no")], &qs);
        assert_eq!(assess(&qs, &early), Outcome::RuledOut(vec![&qs[0]]));
    }

    #[test]
    fn questions_left_unanswered_are_missing() {
        let qs = questions();
        assert_eq!(assess(&qs, &Answers::default()), Outcome::Missing(vec![&qs[0], &qs[1]]));
        let half = Answers::from_pairs([("q13", "no")], &qs);
        let Outcome::Missing(missing) = assess(&qs, &half) else { panic!("missing") };
        assert_eq!(missing, vec![&qs[0]]);
        let errors = missing_errors(&missing);
        assert_eq!(errors.english("q12").as_deref(), Some("Answer yes or no: Question 12?"));
        assert!(errors.get("q13").is_none());
    }

    #[test]
    fn answers_kept_with_a_bid_copy_the_question() {
        let qs = questions();
        let answers = Answers::from_pairs([("q12", "yes"), ("q13", "no")], &qs);
        let given = answers.given(&qs);
        assert_eq!(given.len(), 2);
        assert_eq!(
            given[0],
            GivenAnswer { question_id: 12, answer: Answer::Yes, question_text: "Question 12?".into() }
        );
    }

    #[test]
    fn a_question_needs_its_words_its_ruling_out_answer_and_why() {
        let errors = check_question(&QuestionForm::default()).unwrap_err();
        assert_eq!(errors.english("question").as_deref(), Some("Enter the question"));
        assert_eq!(errors.english("rules_out").as_deref(), Some("Choose which answer means a group cannot apply"));
        assert_eq!(errors.english("reason").as_deref(), Some("Enter why that answer means a group cannot apply"));
        let form = QuestionForm {
            question: " Is your group based in Riverside? ".into(),
            rules_out: "no".into(),
            reason: "This fund is for groups working in Riverside.".into(),
        };
        let fields = check_question(&form).unwrap();
        assert_eq!(fields.question, "Is your group based in Riverside?");
        assert_eq!(fields.rules_out, "no");
        let long = QuestionForm { question: "a".repeat(MAX_QUESTION + 1), ..form };
        assert!(check_question(&long).unwrap_err().get("question").is_some());
    }
}
