//! Rules for a review: a whole-number score from 1 to 5 for every criterion, a comment and a
//! recommendation to submit (a draft may be partial), and confirmation that the member watched
//! or listened when the bid has a video or recording. Pure: no database.

use std::collections::BTreeMap;

use super::model::Recommendation;
use crate::forms::{FieldErrors, optional_text};
use crate::i18n::Message;
use crate::rounds::Criterion;

pub const LOWEST: i32 = 1;
pub const HIGHEST: i32 = 5;

/// The review form, read as name/value pairs: scores arrive under each criterion's key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewForm {
    pub scores: BTreeMap<String, String>,
    pub comment: String,
    pub recommendation: String,
    pub watched: bool,
    /// "submit" or "draft".
    pub intent: String,
}

impl ReviewForm {
    pub fn from_pairs(pairs: &[(String, String)], criteria: &[Criterion]) -> ReviewForm {
        let mut form = ReviewForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "comment" => form.comment = value.clone(),
                "recommendation" => form.recommendation = value.clone(),
                "watched" => form.watched = true,
                "intent" => form.intent = value.clone(),
                other if criteria.iter().any(|c| c.key == other) => {
                    form.scores.insert(other.to_string(), value.clone());
                }
                _ => {}
            }
        }
        form
    }

    pub fn is_submit(&self) -> bool {
        self.intent != "draft"
    }
}

/// A checked review: scores by criterion id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewInput {
    pub scores: Vec<(i64, i32)>,
    pub comment: String,
    pub recommendation: Option<Recommendation>,
    pub watched: bool,
    pub submit: bool,
}

pub fn check_review(form: &ReviewForm, criteria: &[Criterion], has_media: bool) -> Result<ReviewInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let submit = form.is_submit();
    let mut scores = Vec::new();
    for criterion in criteria {
        match form.scores.get(&criterion.key).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            None if submit => errors.add(
                &criterion.key,
                Message::new("panel-error-choose-score").arg("criterion", criterion.title.to_lowercase()),
            ),
            None => {}
            Some(text) => match text.parse::<i32>() {
                Ok(score) if (LOWEST..=HIGHEST).contains(&score) => scores.push((criterion.id, score)),
                _ => errors.add(
                    &criterion.key,
                    Message::new("panel-error-score-range")
                        .arg("criterion", criterion.title.to_lowercase())
                        .arg("lowest", LOWEST)
                        .arg("highest", HIGHEST),
                ),
            },
        }
    }
    let comment = optional_text(&mut errors, "comment", &form.comment, "what-review-comment", 5_000);
    if submit && comment.is_empty() {
        errors.add("comment", "panel-error-enter-comment");
    }
    let recommendation = match form.recommendation.as_str() {
        "" if submit => {
            errors.add("recommendation", "panel-error-choose-recommendation");
            None
        }
        "" => None,
        text => {
            let parsed = Recommendation::parse(text);
            if parsed.is_none() {
                errors.add("recommendation", "panel-error-choose-recommendation");
            }
            parsed
        }
    };
    if submit && has_media && !form.watched {
        errors.add("watched", "panel-error-confirm-watched");
    }
    errors.into_result(ReviewInput { scores, comment, recommendation, watched: form.watched, submit })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(id: i64, key: &str) -> Criterion {
        Criterion {
            id,
            round_id: 1,
            key: key.into(),
            title: key.to_uppercase(),
            description: String::new(),
            weight: 1,
            position: id as i32,
            descriptor_1: String::new(),
            descriptor_2: String::new(),
            descriptor_3: String::new(),
            descriptor_4: String::new(),
            descriptor_5: String::new(),
        }
    }

    fn form(pairs: &[(&str, &str)]) -> ReviewForm {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        ReviewForm::from_pairs(&pairs, &[criterion(1, "need"), criterion(2, "reach")])
    }

    #[test]
    fn a_full_review_becomes_scores_by_criterion() {
        let criteria = [criterion(1, "need"), criterion(2, "reach")];
        let input = check_review(
            &form(&[
                ("need", "4"),
                ("reach", "5"),
                ("comment", "Strong"),
                ("recommendation", "fund"),
                ("watched", "yes"),
            ]),
            &criteria,
            true,
        )
        .unwrap();
        assert_eq!(input.scores, [(1, 4), (2, 5)]);
        assert_eq!(input.recommendation, Some(Recommendation::Fund));
        assert!(input.submit);
    }

    #[test]
    fn scores_outside_the_scale_or_missing_are_refused() {
        let criteria = [criterion(1, "need"), criterion(2, "reach")];
        let errors = check_review(
            &form(&[("need", "6"), ("reach", "2.5"), ("comment", "x"), ("recommendation", "fund")]),
            &criteria,
            false,
        )
        .unwrap_err();
        assert!(errors.english("need").unwrap().contains("from 1 to 5"));
        assert!(errors.english("reach").unwrap().contains("whole number"));
        let errors =
            check_review(&form(&[("need", "3"), ("comment", "x"), ("recommendation", "maybe")]), &criteria, false)
                .unwrap_err();
        assert_eq!(errors.english("reach").as_deref(), Some("Choose a score for reach"));
        assert!(errors.get("recommendation").is_some());
        let errors = check_review(&form(&[("need", "0"), ("reach", "-1")]), &criteria, false).unwrap_err();
        assert!(errors.get("need").is_some() && errors.get("reach").is_some());
    }

    #[test]
    fn a_draft_may_be_partial_but_not_wrong() {
        let criteria = [criterion(1, "need"), criterion(2, "reach")];
        let draft = check_review(&form(&[("need", "3"), ("intent", "draft")]), &criteria, true).unwrap();
        assert_eq!(draft.scores, [(1, 3)]);
        assert!(!draft.submit);
        assert!(check_review(&form(&[("need", "9"), ("intent", "draft")]), &criteria, true).is_err());
    }

    #[test]
    fn media_must_be_watched_before_submitting() {
        let criteria = [criterion(1, "need"), criterion(2, "reach")];
        let errors = check_review(
            &form(&[("need", "3"), ("reach", "3"), ("comment", "ok"), ("recommendation", "discuss")]),
            &criteria,
            true,
        )
        .unwrap_err();
        assert!(errors.get("watched").is_some());
        assert!(
            check_review(
                &form(&[("need", "3"), ("reach", "3"), ("comment", "ok"), ("recommendation", "discuss")]),
                &criteria,
                false
            )
            .is_ok()
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let f = form(&[("need", "3"), ("csrf_token", "x"), ("reach", "4"), ("sneaky", "5")]);
        assert_eq!(f.scores.len(), 2);
    }
}
