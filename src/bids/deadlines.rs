//! A group's unsent draft and its round's closing time: reminders 7 days and 1 day before the
//! round closes, and, once it has closed, the group's own answers sent to it so that nothing
//! typed is lost. Pure: which notice is due for a draft at a moment, who receives it and what is
//! still missing. `grants::housekeeping` queues the emails (docs/ARCHITECTURE.md §6).

use chrono::{Duration, NaiveDateTime};

use super::lifecycle::BidState;
use super::model::Bid;
use super::rules::{self, Progress};

/// How long before the close the first reminder goes.
pub const FIRST_REMINDER: Duration = Duration::days(7);
/// How long before the close the last reminder goes.
pub const LAST_REMINDER: Duration = Duration::days(1);
/// How long after the close a draft's answers may still be sent to its group. Housekeeping
/// runs every few minutes, so this only covers a portal that was down for a while; it keeps a
/// draft in a round that closed long ago (before these emails existed) from being sent at all.
pub const CLOSED_NOTICE_WITHIN: Duration = Duration::days(7);

/// One of the emails about an unsent draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftNotice {
    /// The round closes in 7 days or less.
    WeekBefore,
    /// The round closes in a day (24 hours) or less.
    DayBefore,
    /// The round has closed and the draft was not sent: the group gets its answers.
    Closed,
}

impl DraftNotice {
    /// A reminder, which a person may turn off; the answers at the close always go.
    pub fn is_reminder(self) -> bool {
        self != DraftNotice::Closed
    }
}

/// What the rule needs to know about a draft.
#[derive(Debug, Clone, Copy)]
pub struct DraftDeadline {
    pub state: BidState,
    pub started_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub week_reminder_sent: bool,
    pub day_reminder_sent: bool,
    pub closed_notice_sent: bool,
}

/// The notice due for the draft at `now`, if any. Only a draft (never a returned, sent or
/// withdrawn bid); reminders only before the close, and only those still ahead of the draft
/// when it was started (a draft started 3 days before the close gets the last one only); once
/// the last reminder is due the first is never sent. After the close, the answers, once.
pub fn due_notice(draft: &DraftDeadline, now: NaiveDateTime) -> Option<DraftNotice> {
    if draft.state != BidState::Draft {
        return None;
    }
    if now >= draft.closes_at {
        let recent = now < draft.closes_at + CLOSED_NOTICE_WITHIN;
        return (recent && !draft.closed_notice_sent).then_some(DraftNotice::Closed);
    }
    let reached = |before: Duration| {
        let at = draft.closes_at - before;
        draft.started_at <= at && now >= at
    };
    if now >= draft.closes_at - LAST_REMINDER {
        (reached(LAST_REMINDER) && !draft.day_reminder_sent).then_some(DraftNotice::DayBefore)
    } else if reached(FIRST_REMINDER) {
        (!draft.week_reminder_sent).then_some(DraftNotice::WeekBefore)
    } else {
        None
    }
}

/// A member of the draft's group, as far as the notices care.
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    /// A community connector helping the group, rather than one of its own people.
    pub is_connector: bool,
    /// The person started this draft.
    pub started_the_draft: bool,
    /// The account is disabled.
    pub disabled: bool,
    /// The person has not turned deadline reminders off.
    pub wants_reminders: bool,
}

/// Whether the notice goes to this member: the group's own people, and a connector only if
/// they started the draft; never a disabled account; a reminder not to someone who turned
/// reminders off (the answers at the close go anyway: they are the group's own).
pub fn reaches(notice: DraftNotice, reader: Reader) -> bool {
    let in_the_group = !reader.is_connector || reader.started_the_draft;
    in_the_group && !reader.disabled && (!notice.is_reminder() || reader.wants_reminders)
}

/// A part of the bid that still stops it being sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// About the money: title, summary, amount, what it pays for.
    Money,
    /// Need, reach and impact: a video link, a recording, or the three written answers.
    Case,
}

/// What is still missing, by the bid's own progress rules (empty when both parts are done).
pub fn still_missing(bid: &Bid, has_recording: bool) -> Vec<Missing> {
    let mut missing = Vec::new();
    if rules::money_progress(bid) != Progress::Completed {
        missing.push(Missing::Money);
    }
    if !rules::case_is_told(bid, has_recording) {
        missing.push(Missing::Case);
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 3, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    /// A draft started on 1 March in a round closing on 20 March at 5pm, nothing sent yet.
    fn draft() -> DraftDeadline {
        DraftDeadline {
            state: BidState::Draft,
            started_at: at(1, 9),
            closes_at: at(20, 17),
            week_reminder_sent: false,
            day_reminder_sent: false,
            closed_notice_sent: false,
        }
    }

    #[test]
    fn nothing_is_due_more_than_7_days_before_the_close() {
        assert_eq!(due_notice(&draft(), at(2, 9)), None);
        assert_eq!(due_notice(&draft(), at(13, 16)), None, "7 days and an hour before");
    }

    #[test]
    fn the_first_reminder_is_due_7_days_before_and_goes_once() {
        assert_eq!(due_notice(&draft(), at(13, 17)), Some(DraftNotice::WeekBefore), "exactly 7 days before");
        assert_eq!(due_notice(&draft(), at(18, 9)), Some(DraftNotice::WeekBefore), "late, but still ahead");
        let sent = DraftDeadline { week_reminder_sent: true, ..draft() };
        assert_eq!(due_notice(&sent, at(13, 17)), None);
        assert_eq!(due_notice(&sent, at(19, 16)), None, "still more than a day before");
    }

    #[test]
    fn the_last_reminder_is_due_a_day_before_and_goes_once() {
        let week_sent = DraftDeadline { week_reminder_sent: true, ..draft() };
        assert_eq!(due_notice(&week_sent, at(19, 17)), Some(DraftNotice::DayBefore), "exactly 24 hours before");
        assert_eq!(due_notice(&week_sent, at(20, 16)), Some(DraftNotice::DayBefore), "an hour before");
        // The first reminder was never sent (the portal was down): only the last goes now.
        assert_eq!(due_notice(&draft(), at(20, 9)), Some(DraftNotice::DayBefore));
        let both_sent = DraftDeadline { day_reminder_sent: true, ..week_sent };
        assert_eq!(due_notice(&both_sent, at(20, 16)), None);
        let day_sent = DraftDeadline { day_reminder_sent: true, ..draft() };
        assert_eq!(due_notice(&day_sent, at(20, 16)), None, "never the first once the last is due");
    }

    #[test]
    fn a_draft_started_late_gets_only_the_reminders_still_ahead_of_it() {
        let three_days = DraftDeadline { started_at: at(17, 17), ..draft() };
        assert_eq!(due_notice(&three_days, at(17, 18)), None, "the 7-day point had passed");
        assert_eq!(due_notice(&three_days, at(19, 12)), None);
        assert_eq!(due_notice(&three_days, at(19, 17)), Some(DraftNotice::DayBefore));
        let twelve_hours = DraftDeadline { started_at: at(20, 5), ..draft() };
        assert_eq!(due_notice(&twelve_hours, at(20, 6)), None, "started after both points");
        assert_eq!(due_notice(&twelve_hours, at(20, 16)), None);
        assert_eq!(due_notice(&twelve_hours, at(20, 17)), Some(DraftNotice::Closed), "the answers still go");
    }

    #[test]
    fn after_the_close_only_the_answers_go_once() {
        assert_eq!(due_notice(&draft(), at(20, 17)), Some(DraftNotice::Closed), "at the closing time");
        assert_eq!(due_notice(&draft(), at(21, 9)), Some(DraftNotice::Closed));
        let sent = DraftDeadline { closed_notice_sent: true, ..draft() };
        assert_eq!(due_notice(&sent, at(20, 17)), None);
        assert_eq!(due_notice(&sent, at(25, 9)), None);
        assert_eq!(due_notice(&draft(), at(20, 17) + CLOSED_NOTICE_WITHIN), None, "a round that closed long ago");
    }

    #[test]
    fn nothing_is_due_for_a_bid_that_is_not_a_draft() {
        for state in [BidState::Submitted, BidState::Withdrawn, BidState::Returned, BidState::InReview] {
            let bid = DraftDeadline { state, ..draft() };
            for now in [at(13, 17), at(20, 9), at(20, 17), at(21, 9)] {
                assert_eq!(due_notice(&bid, now), None, "{state:?} at {now}");
            }
        }
    }

    fn member() -> Reader {
        Reader { is_connector: false, started_the_draft: false, disabled: false, wants_reminders: true }
    }

    #[test]
    fn notices_go_to_the_group_s_people_and_the_connector_who_started_the_draft() {
        let all = [DraftNotice::WeekBefore, DraftNotice::DayBefore, DraftNotice::Closed];
        let helper = Reader { is_connector: true, ..member() };
        let starter = Reader { started_the_draft: true, ..helper };
        let disabled = Reader { disabled: true, ..member() };
        for notice in all {
            assert!(reaches(notice, member()), "{notice:?}");
            assert!(!reaches(notice, helper), "{notice:?}: a connector who did not start it");
            assert!(reaches(notice, starter), "{notice:?}: the connector who started it");
            assert!(!reaches(notice, disabled), "{notice:?}");
        }
        let quiet = Reader { wants_reminders: false, ..member() };
        assert!(!reaches(DraftNotice::WeekBefore, quiet) && !reaches(DraftNotice::DayBefore, quiet));
        assert!(reaches(DraftNotice::Closed, quiet), "the group's own answers go anyway");
    }

    fn bid() -> Bid {
        Bid { need: "People are lonely".into(), ..Bid::sample(at(1, 9)) }
    }

    #[test]
    fn what_is_missing_follows_the_bid_s_progress() {
        assert_eq!(still_missing(&bid(), false), [Missing::Case]);
        assert_eq!(still_missing(&bid(), true), [], "a recording tells the case");
        let no_amount = Bid { amount_requested_pence: None, ..bid() };
        assert_eq!(still_missing(&no_amount, false), [Missing::Money, Missing::Case]);
        let video = Bid { video_url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into(), ..no_amount };
        assert_eq!(still_missing(&video, false), [Missing::Money]);
    }
}
