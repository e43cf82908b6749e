//! Round and criterion rows.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::eligibility::Answer;
use crate::db::schema::{round_criteria, round_eligibility_questions, rounds};
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = rounds)]
pub struct Round {
    pub id: i64,
    pub programme_id: i64,
    pub pot_id: i64,
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub min_award_pence: i64,
    pub max_award_pence: i64,
    /// Markdown: who may apply.
    pub eligibility: String,
    /// Markdown: what the money can be used for.
    pub uses: String,
    pub decision_target_on: NaiveDate,
    pub panel_size: i32,
    /// Set when the first bid is submitted; criteria cannot change after that.
    pub criteria_frozen_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When the lead closed panel scoring; submitted reviews can be changed until then.
    pub panel_closed_at: Option<NaiveDateTime>,
    /// The date by which the panel's reviews are due (shown to the panel; a reminder goes 3
    /// days before). None: the lead has not set one.
    pub panel_due_on: Option<NaiveDate>,
    pub panel_reminder_sent_at: Option<NaiveDateTime>,
}

/// Where a round is in its life, by the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundStatus {
    Upcoming,
    Open,
    Closed,
}

impl RoundStatus {
    /// The key of the words every page uses for the status (`locales/…/rounds.ftl`).
    pub fn label_key(self) -> &'static str {
        match self {
            RoundStatus::Upcoming => "rounds-status-upcoming",
            RoundStatus::Open => "rounds-status-open",
            RoundStatus::Closed => "rounds-status-closed",
        }
    }

    /// Still to close: open, or opening later.
    pub fn is_not_closed(self) -> bool {
        self != RoundStatus::Closed
    }
}

impl Round {
    /// The one answer to "is this round open?", which every page and rule asks.
    pub fn status(&self, now: NaiveDateTime) -> RoundStatus {
        if now < self.opens_at {
            RoundStatus::Upcoming
        } else if now < self.closes_at {
            RoundStatus::Open
        } else {
            RoundStatus::Closed
        }
    }

    /// The moments at which what the public pages say about the round changes by the clock
    /// alone: it opens, it closes, and its decisions fall due (the tracker marks that stage
    /// done at the end of the day given, as `views::public::tracker` reads it).
    pub fn moments(&self) -> [NaiveDateTime; 3] {
        Round::moments_from(self.opens_at, self.closes_at, self.decision_target_on)
    }

    /// [`Round::moments`] from the three columns they come from.
    pub fn moments_from(
        opens_at: NaiveDateTime,
        closes_at: NaiveDateTime,
        decided_on: NaiveDate,
    ) -> [NaiveDateTime; 3] {
        let decided_by = decided_on.and_hms_opt(23, 59, 59).unwrap_or(closes_at);
        [opens_at, closes_at, decided_by]
    }

    pub fn min_award(&self) -> Pence {
        Pence(self.min_award_pence)
    }

    pub fn max_award(&self) -> Pence {
        Pence(self.max_award_pence)
    }

    pub fn criteria_frozen(&self) -> bool {
        self.criteria_frozen_at.is_some()
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = rounds)]
pub struct NewRound<'a> {
    pub programme_id: i64,
    pub pot_id: i64,
    pub slug: &'a str,
    pub name: &'a str,
    pub summary: &'a str,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub min_award_pence: i64,
    pub max_award_pence: i64,
    pub eligibility: &'a str,
    pub uses: &'a str,
    pub decision_target_on: NaiveDate,
    pub panel_size: i32,
    pub panel_due_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A scoring criterion with a description of every score from 1 to 5.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = round_criteria)]
pub struct Criterion {
    pub id: i64,
    pub round_id: i64,
    /// The form field name panel members' scores arrive under (`need`, `reach`, …).
    pub key: String,
    pub title: String,
    pub description: String,
    pub weight: i32,
    pub position: i32,
    pub descriptor_1: String,
    pub descriptor_2: String,
    pub descriptor_3: String,
    pub descriptor_4: String,
    pub descriptor_5: String,
}

impl Criterion {
    /// The descriptions of scores 1 to 5, in order.
    pub fn descriptors(&self) -> [&str; 5] {
        [&self.descriptor_1, &self.descriptor_2, &self.descriptor_3, &self.descriptor_4, &self.descriptor_5]
    }

    /// What a change to `after` changes, for the criteria's public history: the title it had,
    /// the parts changed (`title`, `description`, `weight`, and `score_1`…`score_5` for the
    /// meaning of each score), and the weight before and after.
    pub fn changes_to(&self, after: &CriterionFields) -> serde_json::Value {
        let after_descriptors =
            [&after.descriptor_1, &after.descriptor_2, &after.descriptor_3, &after.descriptor_4, &after.descriptor_5];
        let mut changed: Vec<String> = Vec::new();
        if self.title != after.title {
            changed.push("title".into());
        }
        if self.description != after.description {
            changed.push("description".into());
        }
        if self.weight != after.weight {
            changed.push("weight".into());
        }
        for (score, (before, after)) in self.descriptors().iter().zip(after_descriptors).enumerate() {
            if before != after {
                changed.push(format!("score_{}", score + 1));
            }
        }
        serde_json::json!({
            "key": self.key,
            "title": self.title,
            "new_title": after.title,
            "changed": changed,
            "weight_from": self.weight,
            "weight_to": after.weight,
        })
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = round_criteria)]
pub struct CriterionFields {
    pub key: String,
    pub title: String,
    pub description: String,
    pub weight: i32,
    pub descriptor_1: String,
    pub descriptor_2: String,
    pub descriptor_3: String,
    pub descriptor_4: String,
    pub descriptor_5: String,
}

/// A yes/no question a group answers before applying (`/rounds/{slug}/eligibility`).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = round_eligibility_questions)]
pub struct EligibilityQuestion {
    pub id: i64,
    pub round_id: i64,
    pub position: i32,
    /// The question, in the lead's words ("Is your group based in Riverside?").
    pub question: String,
    /// The answer that rules a group out: `yes` or `no`.
    pub rules_out: String,
    /// Why that answer rules a group out, in the group's terms.
    pub reason: String,
}

impl EligibilityQuestion {
    /// The answer that rules a group out; the database holds it to `yes` or `no`.
    pub fn ruling_out(&self) -> Answer {
        Answer::parse(&self.rules_out).unwrap_or(Answer::Yes)
    }

    /// The name of the question's field on the eligibility form: `q{id}`.
    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Insertable, AsChangeset)]
#[diesel(table_name = round_eligibility_questions)]
pub struct QuestionFields {
    pub question: String,
    pub rules_out: String,
    pub reason: String,
}

#[cfg(test)]
impl Round {
    /// A round of `programme_id` open from `opens_at` to `closes_at`, for unit tests of what
    /// reads a round's times.
    pub fn for_tests(programme_id: i64, slug: &str, opens_at: NaiveDateTime, closes_at: NaiveDateTime) -> Round {
        Round {
            id: 1,
            programme_id,
            pot_id: 1,
            slug: slug.into(),
            name: slug.into(),
            summary: String::new(),
            opens_at,
            closes_at,
            min_award_pence: 0,
            max_award_pence: 0,
            eligibility: String::new(),
            uses: String::new(),
            decision_target_on: closes_at.date() + chrono::Duration::days(42),
            panel_size: 2,
            criteria_frozen_at: None,
            created_at: opens_at,
            updated_at: opens_at,
            panel_closed_at: None,
            panel_due_on: None,
            panel_reminder_sent_at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn a_round_opens_at_its_opening_time_and_closes_at_its_closing_time() {
        let round = Round::for_tests(1, "winter", at(1, 9), at(20, 12));
        assert_eq!(round.status(at(1, 8)), RoundStatus::Upcoming);
        assert_eq!(round.status(at(1, 9)), RoundStatus::Open);
        assert_eq!(round.status(at(20, 11)), RoundStatus::Open);
        assert_eq!(round.status(at(20, 12)), RoundStatus::Closed);
        assert!(round.status(at(1, 8)).is_not_closed() && !round.status(at(21, 0)).is_not_closed());
        assert_eq!(crate::i18n::Tr::source().t(RoundStatus::Upcoming.label_key()), "Opening soon");
    }
}
