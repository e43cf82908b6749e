//! Rules for accepting an offer, recording a payment and the light report. Pure.

use chrono::NaiveDate;

use crate::bids::video;
use crate::forms::{FieldErrors, optional_line, optional_text, required_line};
use crate::measures::Question;
use crate::measures::rules::{GivenAnswer, check_answers};
use crate::money::{MoneyError, Pence};

/// What the acceptance form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct AcceptForm {
    pub accepted_name: String,
    pub agree: Option<String>,
    /// "yes" or "no": may the group be named on the public list of awards?
    pub public: String,
    /// Ticked: publish the group's equality answers (codes only) with a named award.
    pub share_equality: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acceptance {
    pub name: String,
    pub public_consent: bool,
    /// Only ever true with `public_consent`: answers are not published for an unnamed group.
    pub equality_consent: bool,
}

pub fn check_acceptance(form: &AcceptForm) -> Result<Acceptance, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "accepted_name", &form.accepted_name, "what-grant-accepted-name", 100);
    if form.agree.is_none() {
        errors.add("agree", "grants-error-agree");
    }
    let public_consent = match form.public.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            errors.add("public", "grants-error-public");
            false
        }
    };
    let equality_consent = public_consent && form.share_equality.is_some();
    errors.into_result(Acceptance { name, public_consent, equality_consent })
}

/// Who said yes on the phone, as the person recording the group's word wrote it.
pub fn check_spoke_with(spoke_with: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "spoke_with", spoke_with, "what-word-spoke-with", 150);
    errors.into_result(name)
}

/// An acceptance given on the phone: the acceptance's own answers, and who gave them; the
/// problems of both together.
pub fn check_phone_acceptance(form: &AcceptForm, spoke_with: &str) -> Result<(Acceptance, String), FieldErrors> {
    match (check_acceptance(form), check_spoke_with(spoke_with)) {
        (Ok(acceptance), Ok(name)) => Ok((acceptance, name)),
        (checked, name) => {
            let mut errors = name.err().unwrap_or_default();
            errors.extend(checked.err().unwrap_or_default());
            Err(errors)
        }
    }
}

/// What the payment form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PaymentForm {
    pub amount: String,
    pub paid_on: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentInput {
    pub amount: Pence,
    pub paid_on: NaiveDate,
    pub reference: String,
}

/// Checks a payment; what is left to pay is checked under the pot's lock when it is saved.
pub fn check_payment(form: &PaymentForm, today: NaiveDate) -> Result<PaymentInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let amount = match Pence::parse(&form.amount) {
        Ok(amount) if amount.is_zero() => {
            errors.add("amount", "grants-error-amount-zero");
            None
        }
        Ok(amount) => Some(amount),
        Err(MoneyError::Empty) => {
            errors.add("amount", "grants-error-amount-empty");
            None
        }
        Err(error) => {
            errors.add("amount", error);
            None
        }
    };
    let paid_on = match crate::rounds::rules::parse_date(&form.paid_on) {
        Some(date) if date > today => {
            errors.add("paid_on", "grants-error-paid-on-future");
            None
        }
        Some(date) => Some(date),
        None => {
            if form.paid_on.trim().is_empty() {
                errors.add("paid_on", "grants-error-paid-on-empty");
            } else {
                errors.add("paid_on", "grants-error-paid-on-not-a-date");
            }
            None
        }
    };
    let reference = optional_line(&mut errors, "reference", &form.reference, "what-grant-payment-reference", 100);
    match (amount, paid_on) {
        (Some(amount), Some(paid_on)) if errors.is_empty() => Ok(PaymentInput { amount, paid_on, reference }),
        _ => Err(errors),
    }
}

/// What the report form sends.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ReportForm {
    /// What was typed for each measure asked, by measure id.
    pub answers: Vec<(i64, String)>,
    pub story: String,
    pub video_url: String,
    pub spent_as_planned: String,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    /// The answers to exactly the questions asked, with the questions.
    pub answers: Vec<GivenAnswer>,
    pub story: String,
    pub video_url: String,
    pub spent_as_planned: bool,
    pub explanation: String,
}

impl ReportForm {
    /// What was typed for a measure ("" when nothing was).
    pub fn answer(&self, measure_id: i64) -> &str {
        self.answers.iter().find(|(id, _)| *id == measure_id).map(|(_, text)| text.as_str()).unwrap_or("")
    }
}

/// The programme's measures (`questions`, in the community's words), a short story (written,
/// or as a video link or recording) and whether the money was spent as planned — nothing more.
pub fn check_report(
    form: &ReportForm,
    has_recording: bool,
    questions: &[Question],
) -> Result<ReportInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let answers = check_answers(&mut errors, questions, |id| form.answer(id));
    let story = optional_text(&mut errors, "story", &form.story, "what-grant-story", 6_000);
    let video_url = match form.video_url.trim() {
        "" => String::new(),
        link => match video::parse(link) {
            Ok(parsed) => parsed.watch_url(),
            Err(error) => {
                errors.add("video_url", error);
                String::new()
            }
        },
    };
    if story.is_empty() && video_url.is_empty() && !has_recording && errors.get("video_url").is_none() {
        errors.add("story", "grants-error-story");
    }
    let spent_as_planned = match form.spent_as_planned.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            errors.add("spent_as_planned", "grants-error-spent-as-planned");
            true
        }
    };
    let explanation = optional_text(&mut errors, "explanation", &form.explanation, "what-grant-explanation", 3_000);
    errors.into_result(ReportInput { answers, story, video_url, spent_as_planned, explanation })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acceptance_needs_a_name_agreement_and_a_choice_about_publicity() {
        let errors = check_acceptance(&AcceptForm::default()).unwrap_err();
        assert!(
            errors.get("accepted_name").is_some() && errors.get("agree").is_some() && errors.get("public").is_some()
        );
        let unnamed = AcceptForm {
            accepted_name: " Aisha Rahman ".into(),
            agree: Some("yes".into()),
            public: "no".into(),
            share_equality: Some("yes".into()),
        };
        let ok = check_acceptance(&unnamed).unwrap();
        assert_eq!(
            ok,
            Acceptance { name: "Aisha Rahman".into(), public_consent: false, equality_consent: false },
            "an unnamed group's answers are never published"
        );
        let named = check_acceptance(&AcceptForm { public: "yes".into(), ..unnamed }).unwrap();
        assert!(named.public_consent && named.equality_consent);
    }

    #[test]
    fn payments_are_money_on_a_real_past_date() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let ok = check_payment(
            &PaymentForm { amount: "£1,250".into(), paid_on: "2027-02-14".into(), reference: "BACS 42".into() },
            today,
        )
        .unwrap();
        assert_eq!(ok.amount, Pence::from_pounds(1_250));
        let errors = check_payment(
            &PaymentForm { amount: "-5".into(), paid_on: "2027-04-01".into(), reference: String::new() },
            today,
        )
        .unwrap_err();
        assert!(errors.get("amount").is_some());
        assert_eq!(errors.english("paid_on").as_deref(), Some("The payment date cannot be in the future"));
    }

    fn people_reached() -> Question {
        Question {
            measure_id: 3,
            position: 1,
            wording: "People reached".into(),
            kind: crate::measures::MeasureKind::Number,
            national: None,
            national_other: String::new(),
        }
    }

    #[test]
    fn the_report_is_light_but_tells_something() {
        let asked = [people_reached()];
        let counted =
            ReportForm { answers: vec![(3, "40".into())], spent_as_planned: "yes".into(), ..ReportForm::default() };
        let empty = check_report(&counted, false, &asked);
        assert!(empty.unwrap_err().get("story").is_some());
        let by_recording = check_report(&counted, true, &asked).unwrap();
        assert_eq!(by_recording.answers.len(), 1, "a recording is the story");
        let bad = check_report(
            &ReportForm {
                answers: vec![(3, "lots".into())],
                video_url: "http://x.org".into(),
                ..ReportForm::default()
            },
            false,
            &asked,
        )
        .unwrap_err();
        assert!(
            bad.get("measure-3").is_some() && bad.get("video_url").is_some() && bad.get("spent_as_planned").is_some()
        );
        let none_asked = check_report(
            &ReportForm { story: "We met weekly".into(), spent_as_planned: "no".into(), ..ReportForm::default() },
            false,
            &[],
        );
        assert!(none_asked.unwrap().answers.is_empty(), "a programme may ask no measures");
    }
}
