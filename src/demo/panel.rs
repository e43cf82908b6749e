//! The demo's panel at work on the closed round: every bid has a panel (with the demo panel
//! member, who has lived experience, on many), other members have scored, and the demo panel
//! member has reviews still to do. The lead can rank and decide at once.

use chrono::NaiveDateTime;

use super::{DemoError, fail};
use crate::accounts::{ProgrammeRole, actions as accounts, password};
use crate::db::DbConn;
use crate::decisions::actions as decisions;
use crate::notifications::emails::Links;
use crate::review::actions as review;
use crate::review::scoring::ReviewInput;
use crate::review::{Recommendation, queries};

const OTHER_PANEL: [(&str, &str, bool); 2] =
    [("Dr Helen Ward", "panel2@demo.example", false), ("Yusuf Ali", "panel3@demo.example", true)];

/// Staffs and partly scores the closed round's panel. `people` are the demo accounts
/// (admin, lead, panel, connector, applicant).
pub fn seed(
    conn: &mut DbConn,
    people: &[i64],
    programme_id: i64,
    closed_round: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DemoError> {
    let (admin, lead, demo_panel) = (people[0], people[1], people[2]);
    let mut panel = vec![demo_panel];
    for (name, email, lived) in OTHER_PANEL {
        let (token, _) = crate::accounts::tokens::new_token();
        let person = match accounts::create_admin(conn, name, email, &password::hash(&token), now).map_err(fail)? {
            accounts::AdminCreated::New(p) | accounts::AdminCreated::Promoted(p) => p,
        };
        crate::accounts::queries::set_site_admin(conn, person.id, false, now).map_err(fail)?;
        accounts::grant_role(conn, admin, person.id, programme_id, ProgrammeRole::Panel, lived, now).map_err(fail)?;
        panel.push(person.id);
    }
    let round =
        crate::rounds::queries::find(conn, closed_round).map_err(fail)?.ok_or_else(|| fail("closed round missing"))?;
    review::auto_assign(conn, lead, &round, links, now).map_err(fail)?;
    let criteria = crate::rounds::queries::criteria_of(conn, round.id).map_err(fail)?;
    let bid_ids = sent_bids(conn, round.id)?;
    for (index, bid_id) in bid_ids.iter().enumerate() {
        decisions::start_review(conn, lead, *bid_id, &round, now).map_err(|e| fail(format!("{e:?}")))?;
        let bid = crate::bids::queries::find(conn, *bid_id).map_err(fail)?.ok_or_else(|| fail("bid missing"))?;
        for (assignment, _) in queries::assignments_of_bid(conn, *bid_id).map_err(fail)? {
            // The demo panel member leaves most of theirs to do, having finished the first.
            if assignment.panel_member_id == demo_panel && index > 0 {
                continue;
            }
            let input = review_input(&criteria, index, assignment.panel_member_id);
            review::save_review(conn, assignment.panel_member_id, &bid, &round, &input, now).map_err(fail)?;
        }
    }
    Ok(())
}

/// Scores that vary from bid to bid and member to member, with a recommendation to match.
pub(super) fn review_input(criteria: &[crate::rounds::Criterion], index: usize, member: i64) -> ReviewInput {
    let need = 2 + ((index + member as usize) % 4) as i32;
    let reach = 2 + ((index * 3 + 1) % 4) as i32;
    ReviewInput {
        scores: criteria.iter().map(|c| (c.id, if c.key == "need" { need } else { reach })).collect(),
        comment: COMMENTS[(index + member as usize) % COMMENTS.len()].to_string(),
        recommendation: Some(if need + reach >= 8 {
            Recommendation::Fund
        } else if need + reach <= 5 {
            Recommendation::DoNotFund
        } else {
            Recommendation::Discuss
        }),
        watched: true,
        submit: true,
    }
}

fn sent_bids(conn: &mut DbConn, round_id: i64) -> Result<Vec<i64>, DemoError> {
    use crate::db::schema::bids;
    use diesel::prelude::*;
    bids::table
        .filter(bids::round_id.eq(round_id))
        .filter(bids::state.eq(crate::bids::BidState::Submitted.as_str()))
        .order(bids::id.asc())
        .select(bids::id)
        .load(conn)
        .map_err(fail)
}

const COMMENTS: [&str; 4] = [
    "A real gap: nothing like this exists for these families, and the group is trusted by them.",
    "Strong reach into a community services rarely see. The plan for the money is clear.",
    "The need is real but it is not clear how many people will come; worth a conversation.",
    "Good group, but similar support is already offered nearby.",
];
