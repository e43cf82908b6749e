//! The lead's form for a measure, and a group's answers checked. Pure.

use super::model::{MeasureKind, NationalMeasure, Question};
use crate::forms::{FieldErrors, optional_line, required_line};
use crate::i18n::Message;

/// A programme asks at most this many measures at once: the report stays light.
pub const MAX_ACTIVE: usize = 6;
/// The largest number a group may give: more is a typing slip, not a small grant's reach.
pub const MAX_NUMBER: i64 = 1_000_000;
/// The longest few-words answer, in characters.
pub const MAX_WORDS: usize = 300;
/// The longest wording of a measure.
const MAX_WORDING: usize = 200;
/// The longest name of an "other" national measure.
const MAX_NATIONAL_OTHER: usize = 150;

/// The lead's form for one measure, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct MeasureForm {
    pub wording: String,
    /// `MeasureKind::key`.
    pub kind: String,
    /// `NationalMeasure::key`, or "" for none.
    pub national: String,
    pub national_other: String,
}

impl MeasureForm {
    pub fn from_measure(measure: &super::Measure) -> MeasureForm {
        MeasureForm {
            wording: measure.wording.clone(),
            kind: measure.kind.clone(),
            national: measure.national.clone(),
            national_other: measure.national_other.clone(),
        }
    }
}

/// A measure's form checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureInput {
    pub wording: String,
    pub kind: MeasureKind,
    pub national: Option<NationalMeasure>,
    /// Empty unless `national` is `Other`.
    pub national_other: String,
}

/// Checks a measure. Only a number can count toward a national measure: national returns ask
/// for counts of people, and yes/no or a few words cannot be added up into one.
pub fn check_measure(form: &MeasureForm) -> Result<MeasureInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let wording = required_line(&mut errors, "wording", &form.wording, "what-measure-wording", MAX_WORDING);
    let wording = wording.split_whitespace().collect::<Vec<_>>().join(" ");
    let kind = MeasureKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", "measures-error-kind");
    }
    let national = match form.national.trim() {
        "" => None,
        key => match NationalMeasure::parse(key) {
            Some(national) => Some(national),
            None => {
                errors.add("national", "measures-error-national");
                None
            }
        },
    };
    let national_other = if national == Some(NationalMeasure::Other) {
        required_line(
            &mut errors,
            "national_other",
            &form.national_other,
            "what-measure-national-other",
            MAX_NATIONAL_OTHER,
        )
    } else {
        String::new()
    };
    if national.is_some() && kind.is_some_and(|kind| kind != MeasureKind::Number) {
        errors.add("national", "measures-error-national-number");
    }
    errors.into_result(MeasureInput { wording, kind: kind.unwrap_or(MeasureKind::Number), national, national_other })
}

/// One checked answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerValue {
    Number(i64),
    YesNo(bool),
    Words(String),
}

/// A question and its checked answer, ready to keep with the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenAnswer {
    pub question: Question,
    pub value: AnswerValue,
}

/// Reads a typed number: spaces and thousands commas are allowed ("1,200"); it must be whole,
/// not negative and at most [`MAX_NUMBER`].
pub fn parse_number(text: &str) -> Result<i64, &'static str> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != ',').collect();
    if cleaned.is_empty() {
        return Err("measures-error-number-empty");
    }
    match cleaned.parse::<i64>() {
        Ok(n) if n < 0 => Err("measures-error-number-negative"),
        Ok(n) if n > MAX_NUMBER => Err("measures-error-number-too-large"),
        Ok(n) => Ok(n),
        Err(_) if cleaned.starts_with('-') && cleaned[1..].chars().all(|c| c.is_ascii_digit()) => {
            Err("measures-error-number-negative")
        }
        Err(_) if cleaned.chars().all(|c| c.is_ascii_digit()) => Err("measures-error-number-too-large"),
        Err(_) => Err("measures-error-number"),
    }
}

/// Checks the answer typed for one question; a problem goes at the question's field, naming it
/// in the community's words. A number and a yes/no must be answered; a few words may be left
/// empty.
pub fn check_answer(errors: &mut FieldErrors, question: &Question, typed: &str) -> AnswerValue {
    let field = question.field();
    let problem = |key: &'static str| Message::new(key).arg("question", question.wording.as_str());
    match question.kind {
        MeasureKind::Number => match parse_number(typed) {
            Ok(n) => AnswerValue::Number(n),
            Err(key) => {
                errors.add(&field, problem(key));
                AnswerValue::Number(0)
            }
        },
        MeasureKind::YesNo => match typed {
            "yes" => AnswerValue::YesNo(true),
            "no" => AnswerValue::YesNo(false),
            _ => {
                errors.add(&field, problem("measures-error-yes-no"));
                AnswerValue::YesNo(false)
            }
        },
        MeasureKind::Words => {
            AnswerValue::Words(optional_line(errors, &field, typed, "what-measure-answer", MAX_WORDS))
        }
    }
}

/// Checks the answers to exactly `questions`, in their order; answers to anything else are
/// ignored. `typed` gives what was typed for a measure id.
pub fn check_answers<'a>(
    errors: &mut FieldErrors,
    questions: &[Question],
    typed: impl Fn(i64) -> &'a str,
) -> Vec<GivenAnswer> {
    questions
        .iter()
        .map(|question| GivenAnswer {
            question: question.clone(),
            value: check_answer(errors, question, typed(question.measure_id)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: MeasureKind) -> Question {
        Question {
            measure_id: 7,
            position: 1,
            wording: "People new to any support".into(),
            kind,
            national: None,
            national_other: String::new(),
        }
    }

    #[test]
    fn numbers_are_whole_not_negative_and_not_absurd() {
        assert_eq!(parse_number(" 1,200 "), Ok(1_200));
        assert_eq!(parse_number("0"), Ok(0));
        assert_eq!(parse_number("1000000"), Ok(MAX_NUMBER));
        assert_eq!(parse_number(""), Err("measures-error-number-empty"));
        assert_eq!(parse_number("lots"), Err("measures-error-number"));
        assert_eq!(parse_number("12.5"), Err("measures-error-number"));
        assert_eq!(parse_number("-3"), Err("measures-error-number-negative"));
        assert_eq!(parse_number("1000001"), Err("measures-error-number-too-large"));
        assert_eq!(parse_number("99999999999999999999999"), Err("measures-error-number-too-large"));
    }

    #[test]
    fn an_answer_is_checked_by_the_kind_of_question() {
        let mut errors = FieldErrors::new();
        assert_eq!(check_answer(&mut errors, &question(MeasureKind::Number), "40"), AnswerValue::Number(40));
        assert_eq!(check_answer(&mut errors, &question(MeasureKind::YesNo), "no"), AnswerValue::YesNo(false));
        assert_eq!(
            check_answer(&mut errors, &question(MeasureKind::Words), "  Less lonely  "),
            AnswerValue::Words("Less lonely".into())
        );
        assert_eq!(check_answer(&mut errors, &question(MeasureKind::Words), ""), AnswerValue::Words(String::new()));
        assert!(errors.is_empty());
        check_answer(&mut errors, &question(MeasureKind::Number), "about forty");
        let said = errors.english("measure-7").unwrap();
        assert!(said.contains("People new to any support") && said.contains("number"), "{said}");
        let mut errors = FieldErrors::new();
        check_answer(&mut errors, &question(MeasureKind::YesNo), "");
        assert!(errors.get("measure-7").is_some(), "yes or no must be chosen");
        let mut errors = FieldErrors::new();
        check_answer(&mut errors, &question(MeasureKind::Words), &"word ".repeat(100));
        assert!(errors.get("measure-7").is_some(), "a few words, not an essay");
    }

    #[test]
    fn only_the_questions_asked_are_answered() {
        let mut errors = FieldErrors::new();
        let asked = [question(MeasureKind::Number)];
        let answers = check_answers(&mut errors, &asked, |id| if id == 7 { "5" } else { "99" });
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].value, AnswerValue::Number(5));
    }

    #[test]
    fn a_measure_is_checked() {
        let form = MeasureForm {
            wording: "  People   who came twice ".into(),
            kind: "number".into(),
            national: "two_contacts".into(),
            national_other: "ignored".into(),
        };
        let input = check_measure(&form).unwrap();
        assert_eq!(input.wording, "People who came twice");
        assert_eq!(input.national, Some(NationalMeasure::TwoOrMoreContacts));
        assert_eq!(input.national_other, "");
        let errors =
            check_measure(&MeasureForm { kind: "essay".into(), national: "other".into(), ..MeasureForm::default() })
                .unwrap_err();
        assert!(
            errors.get("wording").is_some() && errors.get("kind").is_some() && errors.get("national_other").is_some()
        );
        let words_national = MeasureForm {
            wording: "What changed".into(),
            kind: "words".into(),
            national: "new_to_support".into(),
            ..MeasureForm::default()
        };
        assert!(check_measure(&words_national).unwrap_err().get("national").is_some());
    }
}
