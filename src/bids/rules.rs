//! Rules for a bid's answers and for sending it. Pure: no database.

use chrono::{Duration, NaiveDateTime, Timelike};

use super::language::{self, LanguageAnswer};
use super::lifecycle::BidState;
use super::model::Bid;
use super::places::{BidPlaces, PlacesAnswer, check_places};
use super::video;
use crate::forms::{FieldErrors, optional_line, optional_text};
use crate::i18n::Message;
use crate::money::{MoneyError, Pence};
use crate::programmes::areas::ProgrammeArea;
use crate::rounds::{Round, RoundStatus};

/// About how many words each written answer needs: a guide, not a limit.
pub const NEED_WORDS: usize = 150;
pub const REACH_WORDS: usize = 150;
pub const IMPACT_WORDS: usize = 100;
/// The most any written answer may hold.
pub const MAX_ANSWER_CHARS: usize = 6_000;
/// How long a group has to answer and send again after its bid was returned, even once the
/// round has closed.
pub const RETURN_WINDOW: Duration = Duration::days(14);

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The "about the money" answers as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct MoneyForm {
    pub title: String,
    pub summary: String,
    pub amount_requested: String,
    pub purpose: String,
    /// The areas ticked where the bid serves (each sends its id, or `places::ELSEWHERE`); a
    /// field given many times, so the form is read by `forms::from_pairs`.
    pub area: Vec<String>,
    /// `yes` when the form showed the areas (so no box ticked means none, not "not asked").
    pub area_asked: String,
    pub version: String,
}

/// The money answers that can be kept: any may still be empty (a draft is saved as far as it
/// goes; only sending insists on every answer).
#[derive(Debug, Clone)]
pub struct MoneyAnswers {
    pub title: String,
    pub summary: String,
    pub amount: Option<Pence>,
    pub purpose: String,
    /// Where the bid serves, when the form asked.
    pub places: Option<PlacesAnswer>,
}

impl MoneyAnswers {
    /// The answers still to give before the bid can be sent, as `what-…` keys ("the amount").
    pub fn missing(&self) -> Vec<&'static str> {
        [
            (self.title.is_empty(), "what-bid-title"),
            (self.summary.is_empty(), "what-bid-summary"),
            (self.amount.is_none(), "what-bid-amount"),
            (self.purpose.is_empty(), "what-bid-purpose"),
        ]
        .into_iter()
        .filter_map(|(missing, what)| missing.then_some(what))
        .collect()
    }
}

impl MoneyForm {
    pub fn from_bid(bid: &Bid) -> MoneyForm {
        MoneyForm {
            title: bid.title.clone(),
            summary: bid.summary.clone(),
            amount_requested: bid.amount().map(Pence::to_input).unwrap_or_default(),
            purpose: bid.purpose.clone(),
            area: Vec::new(),
            area_asked: String::new(),
            version: bid.version.to_string(),
        }
    }

    /// The form as saved, with the areas the bid serves ticked (or, before it has said, those
    /// its group's postcode lies in).
    pub fn with_places(self, places: &BidPlaces, group_postcode: &str) -> MoneyForm {
        let asked = if places.asked() { "yes" } else { "" };
        MoneyForm { area: places.form_values(group_postcode), area_asked: asked.to_string(), ..self }
    }
}

/// The amount, if one was typed, must be a sum of money inside the round's limits.
fn optional_amount(errors: &mut FieldErrors, raw: &str, round: &Round) -> Option<Pence> {
    if raw.trim().is_empty() { None } else { check_amount(errors, raw, round) }
}

/// The amount must be a sum of money inside the round's limits.
pub fn check_amount(errors: &mut FieldErrors, raw: &str, round: &Round) -> Option<Pence> {
    match Pence::parse(raw) {
        Ok(amount) if amount < round.min_award() || amount > round.max_award() => {
            errors.add("amount_requested", amount_between(round));
            None
        }
        Ok(amount) => Some(amount),
        Err(MoneyError::Empty) => {
            errors.add("amount_requested", "bids-error-amount-empty");
            None
        }
        Err(error) => {
            errors.add("amount_requested", error);
            None
        }
    }
}

/// "About the money" as far as it goes: empty answers are kept empty (see
/// [`MoneyAnswers::missing`]); an answer that is there but wrong (an amount that is not money or
/// outside the round's limits, a title too long) is a message at its field, and nothing is saved.
/// `areas` are the programme's: only those can be ticked.
pub fn check_money(form: &MoneyForm, round: &Round, areas: &[ProgrammeArea]) -> Result<MoneyAnswers, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = optional_line(&mut errors, "title", &form.title, "what-bid-title", 120);
    let summary = optional_line(&mut errors, "summary", &form.summary, "what-bid-summary", 250);
    let amount = optional_amount(&mut errors, &form.amount_requested, round);
    let purpose = optional_text(&mut errors, "purpose", &form.purpose, "what-bid-purpose", 3_000);
    let places = (form.area_asked == "yes").then(|| check_places(&form.area, areas));
    errors.into_result(MoneyAnswers { title, summary, amount, purpose, places })
}

/// The case for need, reach and impact, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct CaseForm {
    /// The language the bid is in (`bids::language`); absent from a form that does not ask.
    pub language: String,
    pub language_other: String,
    pub video_url: String,
    pub need: String,
    pub reach: String,
    pub impact: String,
    /// The parts the video or recording tells: each box sends `yes` when ticked; `covers_asked`
    /// says the form showed them (so no box ticked means none, not "not asked").
    pub covers_need: String,
    pub covers_reach: String,
    pub covers_impact: String,
    pub covers_asked: String,
    pub version: String,
}

#[derive(Debug, Clone)]
pub struct CaseAnswers {
    /// The bid's language, when the form asked (it is kept as it was otherwise).
    pub language: Option<LanguageAnswer>,
    /// Empty, or a link that parsed.
    pub video_url: String,
    pub need: String,
    pub reach: String,
    pub impact: String,
    /// The parts the video or recording tells (`need,reach,impact`), when the form asked.
    pub recording_covers: Option<String>,
}

impl CaseAnswers {
    /// Nothing was typed: no video link and no written answer.
    pub fn is_empty(&self) -> bool {
        self.video_url.is_empty() && self.need.is_empty() && self.reach.is_empty() && self.impact.is_empty()
    }

    /// The case is told by these answers (with the recording, if there is one), as
    /// [`case_is_told`] judges a saved bid. `saved_covers` stands in when the form did not ask.
    pub fn tells_the_case(&self, has_recording: bool, saved_covers: &str) -> bool {
        let covers = self.recording_covers.as_deref().unwrap_or(saved_covers);
        told(has_recording || !self.video_url.is_empty(), covers, [&self.need, &self.reach, &self.impact])
    }
}

impl CaseForm {
    pub fn from_bid(bid: &Bid) -> CaseForm {
        CaseForm {
            language: bid.language.clone(),
            language_other: bid.language_other.clone(),
            video_url: bid.video_url.clone(),
            need: bid.need.clone(),
            reach: bid.reach.clone(),
            impact: bid.impact.clone(),
            covers_need: yes_if(bid.told_in_recording("need")),
            covers_reach: yes_if(bid.told_in_recording("reach")),
            covers_impact: yes_if(bid.told_in_recording("impact")),
            covers_asked: "yes".into(),
            version: bid.version.to_string(),
        }
    }

    /// The ticked parts, as stored; `None` when the form did not show the question.
    fn recording_covers(&self) -> Option<String> {
        (self.covers_asked == "yes").then(|| {
            [("need", &self.covers_need), ("reach", &self.covers_reach), ("impact", &self.covers_impact)]
                .into_iter()
                .filter(|(_, ticked)| ticked.as_str() == "yes")
                .map(|(part, _)| part)
                .collect::<Vec<_>>()
                .join(",")
        })
    }
}

fn yes_if(ticked: bool) -> String {
    if ticked { "yes".into() } else { String::new() }
}

/// Each part of the case (need, reach, impact, in that order) is written, or told in a video or
/// recording (`has_media`) that the group says covers it.
fn told(has_media: bool, covers: &str, written: [&String; 3]) -> bool {
    super::model::CASE_PARTS
        .iter()
        .zip(written)
        .all(|(part, text)| !text.is_empty() || (has_media && covers.split(',').any(|covered| covered == *part)))
}

/// Every part is optional here (a draft may be saved half done); what must be present is
/// checked when the bid is sent.
pub fn check_case(form: &CaseForm) -> Result<CaseAnswers, FieldErrors> {
    let mut errors = FieldErrors::new();
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
    let need = optional_text(&mut errors, "need", &form.need, "what-bid-need", MAX_ANSWER_CHARS);
    let reach = optional_text(&mut errors, "reach", &form.reach, "what-bid-reach", MAX_ANSWER_CHARS);
    let impact = optional_text(&mut errors, "impact", &form.impact, "what-bid-impact", MAX_ANSWER_CHARS);
    let language = match form.language.trim() {
        "" => None,
        code => language::check(code, &form.language_other).map_err(|problems| errors.extend(problems)).ok(),
    };
    let recording_covers = form.recording_covers();
    errors.into_result(CaseAnswers { language, video_url, need, reach, impact, recording_covers })
}

/// How far along a part of the bid is, for the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    NotStarted,
    InProgress,
    Completed,
    Optional,
}

impl Progress {
    /// The key of the task list's tag.
    pub fn label_key(self) -> &'static str {
        match self {
            Progress::NotStarted => "bids-progress-not-started",
            Progress::InProgress => "bids-progress-in-progress",
            Progress::Completed => "bids-progress-completed",
            Progress::Optional => "bids-progress-optional",
        }
    }
}

pub fn money_progress(bid: &Bid) -> Progress {
    let parts =
        [!bid.title.is_empty(), !bid.summary.is_empty(), bid.amount_requested_pence.is_some(), !bid.purpose.is_empty()];
    progress_of(&parts)
}

/// The case is told when each of need, reach and impact is written, or told in the video or
/// recording (which the group says covers it: all three unless it says otherwise).
pub fn case_is_told(bid: &Bid, has_recording: bool) -> bool {
    told(has_recording || !bid.video_url.is_empty(), &bid.recording_covers, [&bid.need, &bid.reach, &bid.impact])
}

pub fn case_progress(bid: &Bid, has_recording: bool) -> Progress {
    if case_is_told(bid, has_recording) {
        Progress::Completed
    } else if !bid.need.is_empty() || !bid.reach.is_empty() || !bid.impact.is_empty() {
        Progress::InProgress
    } else {
        Progress::NotStarted
    }
}

fn progress_of(parts: &[bool]) -> Progress {
    if parts.iter().all(|p| *p) {
        Progress::Completed
    } else if parts.iter().any(|p| *p) {
        Progress::InProgress
    } else {
        Progress::NotStarted
    }
}

/// One reason a bid cannot be sent yet, with where to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The task-list page (or field) the person should go to.
    pub fix_at: &'static str,
    pub message: Message,
}

/// Everything `check_submission` needs to know.
pub struct Submission<'a> {
    pub bid: &'a Bid,
    pub round: &'a Round,
    pub has_recording: bool,
    pub sender_verified: bool,
    pub now: NaiveDateTime,
}

/// Why the bid cannot be sent now, every reason at once (empty when it can). The lifecycle's
/// own rules (which states can be sent) are checked separately by `next_state`.
pub fn check_submission(s: &Submission<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |fix_at, message: Message| problems.push(Problem { fix_at, message });
    if !s.sender_verified {
        problem("account", Message::new("bids-problem-verify-email"));
    }
    match s.bid.state {
        BidState::Returned => {
            let deadline = s.bid.returned_at.map(|at| at + RETURN_WINDOW);
            if deadline.is_some_and(|d| s.now >= d) && s.round.status(s.now) == RoundStatus::Closed {
                problem("round", Message::new("bids-problem-return-window-passed"));
            }
        }
        _ => match s.round.status(s.now) {
            RoundStatus::Open => {}
            RoundStatus::Upcoming => problem("round", Message::new("bids-problem-round-upcoming")),
            RoundStatus::Closed => problem(
                "round",
                Message::new("bids-problem-round-closed").arg("closed", london_datetime(s.round.closes_at)),
            ),
        },
    }
    if money_progress(s.bid) != Progress::Completed {
        problem("money", Message::new("bids-problem-money-incomplete"));
    }
    if let Some(amount) = s.bid.amount()
        && (amount < s.round.min_award() || amount > s.round.max_award())
    {
        problem("money", amount_between(s.round));
    }
    if !case_is_told(s.bid, s.has_recording) {
        problem("case", Message::new("bids-problem-case-untold"));
    }
    problems
}

/// "Ask for between £500 and £5,000", with the round's limits.
fn amount_between(round: &Round) -> Message {
    Message::new("bids-error-amount-between").arg("min", round.min_award()).arg("max", round.max_award())
}

/// A moment in London as a message ("20 January 2027 at 5:00pm"), written in each reader's
/// language with the same `format-…` messages as `Tr::london_datetime`.
fn london_datetime(utc: NaiveDateTime) -> Message {
    let local = crate::time::in_london(utc);
    let (hour, minute) = (local.hour(), local.minute());
    let time = match (hour, minute) {
        (12, 0) => Message::new("format-time-midday"),
        (0, 0) => Message::new("format-time-midnight"),
        _ => Message::new("format-time")
            .arg("hour24", hour)
            .arg("hour12", if hour % 12 == 0 { 12 } else { hour % 12 })
            .arg("minute", format!("{minute:02}"))
            .arg("period", if hour < 12 { "am" } else { "pm" }),
    };
    Message::new("format-date-time").arg("date", local.date_naive()).arg("time", time)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap().and_hms_opt(h, 0, 0).unwrap()
    }

    fn round() -> Round {
        Round {
            id: 1,
            programme_id: 1,
            pot_id: 1,
            slug: "r".into(),
            name: "R".into(),
            summary: String::new(),
            opens_at: at(1, 9),
            closes_at: at(20, 17),
            min_award_pence: 50_000,
            max_award_pence: 500_000,
            eligibility: String::new(),
            uses: String::new(),
            decision_target_on: NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
            panel_size: 2,
            criteria_frozen_at: None,
            created_at: at(1, 9),
            updated_at: at(1, 9),
            panel_closed_at: None,
            panel_due_on: None,
            panel_reminder_sent_at: None,
        }
    }

    fn bid() -> Bid {
        Bid { video_url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into(), ..Bid::sample(at(2, 9)) }
    }

    fn problems(bid: &Bid, now: NaiveDateTime, has_recording: bool, verified: bool) -> Vec<Problem> {
        check_submission(&Submission { bid, round: &round(), has_recording, sender_verified: verified, now })
    }

    #[test]
    fn a_complete_bid_in_an_open_round_can_be_sent() {
        assert_eq!(problems(&bid(), at(10, 12), false, true), []);
    }

    #[test]
    fn a_recording_or_three_written_answers_tell_the_case_too() {
        let mut written = bid();
        written.video_url.clear();
        assert_eq!(problems(&written, at(10, 12), false, true)[0].fix_at, "case");
        assert_eq!(problems(&written, at(10, 12), true, true), [], "a recording is enough");
        written.need = "People are lonely".into();
        written.reach = "We meet at the mosque".into();
        assert_eq!(problems(&written, at(10, 12), false, true).len(), 1, "two answers are not enough");
        written.impact = "People will know each other".into();
        assert_eq!(problems(&written, at(10, 12), false, true), []);
    }

    #[test]
    fn the_server_checks_the_closing_time_and_the_sender() {
        let late = problems(&bid(), at(20, 17), false, true);
        assert_eq!(late.len(), 1);
        let english = crate::i18n::Tr::source().message(&late[0].message);
        assert!(english.starts_with("This round closed on 20 January 2027 at 5:00pm"), "{english}");
        assert_eq!(problems(&bid(), at(20, 16), false, true), [], "a minute before is fine");
        assert_eq!(problems(&bid(), at(10, 12), false, false)[0].fix_at, "account");
    }

    #[test]
    fn a_returned_bid_may_be_sent_again_after_the_round_closes_within_the_window() {
        let mut returned = bid();
        returned.state = BidState::Returned;
        returned.returned_at = Some(at(21, 9));
        assert_eq!(problems(&returned, at(25, 9), false, true), [], "after the close, within the window");
        assert_eq!(problems(&returned, at(21, 9) + RETURN_WINDOW, false, true)[0].fix_at, "round");
    }

    #[test]
    fn amounts_outside_the_limits_are_refused() {
        let mut greedy = bid();
        greedy.amount_requested_pence = Some(600_000);
        let message = &problems(&greedy, at(10, 12), false, true)[0].message;
        assert_eq!(crate::i18n::Tr::source().message(message), "Ask for between £500 and £5,000");
        let mut errors = FieldErrors::new();
        assert_eq!(check_amount(&mut errors, "£49", &round()), None);
        assert_eq!(check_amount(&mut errors, "£2,500", &round()), Some(Pence(250_000)));
    }

    #[test]
    fn case_answers_check_the_video_link() {
        let form = CaseForm { video_url: "javascript:alert(1)".into(), ..CaseForm::default() };
        assert!(check_case(&form).unwrap_err().get("video_url").is_some());
        let form = CaseForm { video_url: "http://youtu.be/dQw4w9WgXcQ".into(), ..CaseForm::default() };
        assert_eq!(
            check_case(&form).unwrap_err().english("video_url").as_deref(),
            Some("The web address must start with https:// so it is safe to open")
        );
        let form = CaseForm { video_url: "youtu.be/dQw4w9WgXcQ".into(), ..CaseForm::default() };
        assert_eq!(check_case(&form).unwrap().video_url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    }

    #[test]
    fn words_are_counted_as_people_count_them() {
        assert_eq!(word_count("  We meet   every\nTuesday. "), 4);
        assert_eq!(word_count(""), 0);
    }
}
