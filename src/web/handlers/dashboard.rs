//! `/dashboard`: each person's front door. What is theirs to do, by role: for a lead, what waits
//! in each of their programmes; for a panel member, the bids to score; for a group, its bids and
//! what to do next.

use actix_web::{HttpResponse, web};

use super::html;
use crate::accounts::ProgrammeRole;
use crate::rounds::RoundStatus;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::dashboard::{self as views, Dashboard};

pub async fn dashboard(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let (person_id, now) = (signed_in.person.id, state.now());
    let today = crate::time::in_london(now).date_naive();
    let led = signed_in.roles.programmes_with(ProgrammeRole::Lead);
    let panels = signed_in.roles.programmes_with(ProgrammeRole::Panel);
    let memos = state.memos.clone();
    let (groups, bids, rounds, lead_work, (to_score, panel_deadlines)) = state
        .db
        .run(move |conn| {
            // What a lead or a panel member sees is counted over thousands of bids: kept until
            // anything changes (only the round closing next is worked out each time).
            let marker = crate::db::changes::change_marker(conn)?;
            let to_score = if panels.is_empty() {
                (None, Vec::new())
            } else {
                let work = super::panel::kept_panel_work(conn, &memos, marker, person_id, &panels)?;
                (
                    Some(work.places.iter().filter(|place| place.submitted_at.is_none()).count() as i64),
                    work.deadlines.clone(),
                )
            };
            let lead_work = if led.is_empty() {
                Default::default()
            } else {
                let key = format!("{led:?}:{today}");
                memos.lead_work.get_or_make(key, marker, || crate::decisions::work::of_programmes(conn, &led, today))?
            };
            Ok::<_, AppError>((
                crate::groups::queries::groups_of(conn, person_id)?,
                crate::bids::queries::of_person(conn, person_id)?,
                crate::rounds::queries::open_and_upcoming(conn, now)?,
                lead_work,
                to_score,
            ))
        })
        .await?;
    let rounds: Vec<_> = rounds.into_iter().map(|(round, _)| round).collect();
    let lead_work = crate::decisions::work::with_next_closing(&lead_work, &rounds, now);
    let open: Vec<_> = rounds.into_iter().filter(|r| r.status(now) == RoundStatus::Open).collect();
    let view = Dashboard {
        person: &signed_in.person,
        groups: &groups,
        bids: &bids,
        open_rounds: &open,
        is_connector: signed_in.roles.is_connector_anywhere(),
        lead_work: &lead_work,
        to_score,
        panel_deadlines: &panel_deadlines,
        now,
    };
    Ok(html(views::dashboard(&viewer.ctx(), &view)))
}
