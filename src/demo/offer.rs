//! The demo applicant's group with an offer waiting: a bid to this summer's quick grants, scored
//! and awarded, for the group to accept; and a second member of the group, who can sign in and
//! check the bank details the applicant gives when accepting. So paying a group safely can be
//! tried from the demo, start to finish.

use chrono::{Duration, NaiveDateTime};

use super::applications::{DemoBid, Told, add_bid, person};
use super::{DemoError, create_round, fail, london_day};
use crate::bids::actions::Editor;
use crate::db::DbConn;
use crate::decisions::actions::{self as decisions, Decision, LeadDecision};
use crate::decisions::rules::{AwardInput, default_report_due};
use crate::money::Pence;
use crate::notifications::emails::Links;
use crate::rounds::rules::RoundInput;

const WARM_SATURDAYS: DemoBid = DemoBid {
    title: "Warm Saturdays",
    summary: "A warm room, lunch and company every Saturday in January and February",
    amount_pounds: 1_200,
    purpose: "Room hire and lunch for 8 Saturdays, and bus fares for women who cannot walk there.",
    told: Told::Written {
        need: "Winter is the hardest time for the women we know: cold homes, dark evenings and no one to talk to.",
        reach: "We already see 40 women a month; we will tell them and the GP surgery next door.",
        impact: "Women who come will have somewhere warm to be, and we will ask each how she feels in March.",
    },
    language: "en",
};

fn summer_round(pot_id: i64, now: NaiveDateTime) -> RoundInput {
    RoundInput {
        name: "Summer quick grants".into(),
        slug: "summer-quick-grants".into(),
        summary: "Quick small grants for groups starting something new".into(),
        pot_id,
        budget: Pence::from_pounds(10_000),
        opens_at: london_day(now, -75, 9),
        closes_at: london_day(now, -45, 17),
        min_award: Pence::from_pounds(250),
        max_award: Pence::from_pounds(1_500),
        eligibility: super::ELIGIBILITY.into(),
        uses: super::USES.into(),
        decision_target_on: crate::time::in_london(now - Duration::days(7)).date_naive(),
        panel_size: 1,
        panel_due_on: None,
    }
}

/// `people` are the demo accounts in `ACCOUNTS` order.
pub fn seed(
    conn: &mut DbConn,
    people: &[i64],
    programme_id: i64,
    pot_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DemoError> {
    let (lead, applicant, member) = (people[1], people[4], people[5]);
    let round_id = create_round(conn, lead, programme_id, &summer_round(pot_id, now))?;
    let round =
        crate::rounds::queries::find(conn, round_id).map_err(fail)?.ok_or_else(|| fail("summer round missing"))?;
    let applicant = person(conn, applicant)?;
    let (sisters, _) = crate::groups::queries::groups_of(conn, applicant.id)
        .map_err(fail)?
        .into_iter()
        .next()
        .ok_or_else(|| fail("the applicant's group missing"))?;
    let sisters = sisters.id;
    let editor = Editor { person_id: applicant.id, as_connector: false };
    let sent_at = now - Duration::days(50);
    let bid_id =
        add_bid(conn, &applicant, editor, sisters, round_id, &WARM_SATURDAYS, Some(sent_at), &mut Vec::new(), links)?;

    crate::review::actions::auto_assign(conn, lead, &round, links, now).map_err(fail)?;
    decisions::start_review(conn, lead, bid_id, &round, now).map_err(|e| fail(format!("{e:?}")))?;
    let bid = crate::bids::queries::find(conn, bid_id).map_err(fail)?.ok_or_else(|| fail("bid missing"))?;
    let criteria = crate::rounds::queries::criteria_of(conn, round_id).map_err(fail)?;
    for (assignment, _) in crate::review::queries::assignments_of_bid(conn, bid_id).map_err(fail)? {
        let input = super::panel::review_input(&criteria, 0, assignment.panel_member_id);
        crate::review::actions::save_review(conn, assignment.panel_member_id, &bid, &round, &input, now)
            .map_err(fail)?;
    }
    let award = Decision::Award(AwardInput {
        amount: Pence::from_pounds(1_200),
        conditions: "Tell us if the Saturdays change.".into(),
        message: "The panel loved the idea of a warm room with lunch, and the bus fares.".into(),
        payment_plan: "One payment when you accept".into(),
        report_due_on: default_report_due(now),
        accept_by_on: crate::time::in_london(now + Duration::days(14)).date_naive(),
    });
    decisions::decide(conn, lead, bid_id, &round, &LeadDecision::plain(award), links, now)
        .map_err(|e| fail(format!("{e:?}")))?;
    crate::groups::actions::add_member(conn, sisters, member, false, Some(applicant.id), now).map_err(fail)?;
    Ok(())
}
