//! The demo programme's tracker: the spring round's draft criteria open for views (the demo
//! panel member, who has lived experience, has given one and the lead has answered), the
//! recruitment of panel members in progress, next year's rounds planned, and the winter round's
//! criteria decided with "you said, we did" and a summary of what was heard.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::{DemoError, fail};
use crate::db::DbConn;
use crate::notifications::emails::Links;
use crate::tracker::ItemStatus;
use crate::tracker::actions as tracker;
use crate::tracker::rules::{DecisionInput, ItemInput};

/// Who does what in the demo's tracker.
pub struct Cast {
    pub lead: i64,
    pub panel_member: i64,
    pub connector: i64,
    pub programme_id: i64,
    pub spring_round_id: i64,
}

fn day(now: NaiveDateTime, days: i64) -> NaiveDate {
    crate::time::in_london(now + Duration::days(days)).date_naive()
}

fn item(title: &str, aim: &str, can: &str, cannot: &str, status: ItemStatus) -> ItemInput {
    ItemInput {
        title: title.into(),
        aim: aim.into(),
        can_influence: can.into(),
        cannot_influence: cannot.into(),
        status,
        starts_on: None,
        decide_by: None,
        how_to_take_part: String::new(),
        round_id: None,
    }
}

pub fn seed(conn: &mut DbConn, cast: &Cast, links: &Links, now: NaiveDateTime) -> Result<(), DemoError> {
    let lead = cast.lead;
    let mut decided = item(
        "Set the criteria for the winter round",
        "Scores that reward groups that reach people other services miss.",
        "What need and reach mean, and what each score from 1 to 5 says.",
        "The panel scores need and reach: the programme's funding agreement asks for both.",
        ItemStatus::Open,
    );
    decided.starts_on = Some(day(now, -60));
    decided.decide_by = Some(day(now, -30));
    let decided_id =
        tracker::add_item(conn, lead, cast.programme_id, &decided, now - Duration::days(60)).map_err(fail)?;
    let view_id = tracker::give_view(
        conn,
        cast.panel_member,
        decided_id,
        "Score 5 for reach should not need numbers. Small groups know their people by name, not by spreadsheet.",
        now - Duration::days(45),
    )
    .map_err(fail)?;
    let winter = crate::tracker::queries::find_item(conn, decided_id).map_err(fail)?.ok_or_else(|| fail("no item"))?;
    tracker::answer_view(
        conn,
        lead,
        &winter,
        view_id,
        "Thank you, Marcus. We have rewritten score 5 for reach so a group can show it with a story or a video.",
        links,
        now - Duration::days(44),
    )
    .map_err(fail)?;
    tracker::give_view(
        conn,
        cast.connector,
        decided_id,
        "Groups I help worry that need is scored on statistics they do not have.",
        now - Duration::days(40),
    )
    .map_err(fail)?;
    let decision = DecisionInput {
        decision: "Need and reach count equally. Each score can be shown by a story, a video or a recording as well as by numbers.".into(),
        you_said_we_did: "You said small groups cannot show reach with numbers, so we rewrote scores 4 and 5 to accept a story, a video or a recording.".into(),
        views_summary: "Two views, from a panel member with lived experience and a community connector: both asked that reach and need be shown in a group's own words.".into(),
        decided_on: day(now, -30),
    };
    tracker::decide(conn, lead, decided_id, &decision, now - Duration::days(30)).map_err(fail)?;

    let mut criteria = item(
        "The criteria for Spring peer support",
        "Criteria for peer support groups that make sense to the people who run them.",
        "What each criterion is called, what each score means, and how much each counts.",
        "The panel scores need and reach; the round's budget and dates are set.",
        ItemStatus::Open,
    );
    criteria.decide_by = Some(day(now, 28));
    criteria.how_to_take_part = "Give your view on this page, or ring the team.".into();
    criteria.round_id = Some(cast.spring_round_id);
    let criteria_id =
        tracker::add_item(conn, lead, cast.programme_id, &criteria, now - Duration::days(6)).map_err(fail)?;
    let spring_view = tracker::give_view(
        conn,
        cast.panel_member,
        criteria_id,
        "Peer support is slow to show results. Please let groups score well for reach even in their first months.",
        now - Duration::days(3),
    )
    .map_err(fail)?;
    let spring = crate::tracker::queries::find_item(conn, criteria_id).map_err(fail)?.ok_or_else(|| fail("no item"))?;
    tracker::answer_view(
        conn,
        lead,
        &spring,
        spring_view,
        "Thank you. We will add 'people who came back at least once' as a way to show reach early on.",
        links,
        now - Duration::days(2),
    )
    .map_err(fail)?;

    let mut recruiting = item(
        "Recruit two lived-experience panel members",
        "A panel where at least half the members have lived experience of mental health services.",
        "How we advertise, how interviews work, and what support and payment members get.",
        "Members are paid for their time at the programme's involvement rate.",
        ItemStatus::InProgress,
    );
    recruiting.starts_on = Some(day(now, -20));
    recruiting.decide_by = Some(day(now, 21));
    recruiting.how_to_take_part =
        "Ask the team for an information pack, or come to the drop-in at the Riverside Hub on Thursdays.".into();
    tracker::add_item(conn, lead, cast.programme_id, &recruiting, now - Duration::days(20)).map_err(fail)?;

    let mut next_year = item(
        "Plan next year's rounds",
        "Rounds that open when groups are ready to apply, with money kept for the communities we miss.",
        "How many rounds, when they open, and which communities money is kept for.",
        "The total depends on next year's ring-fence, which NHS England sets.",
        ItemStatus::Planned,
    );
    next_year.starts_on = Some(day(now, 35));
    next_year.decide_by = Some(day(now, 90));
    tracker::add_item(conn, lead, cast.programme_id, &next_year, now - Duration::days(1)).map_err(fail)?;
    Ok(())
}
