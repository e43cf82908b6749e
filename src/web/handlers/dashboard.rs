//! `/dashboard`: the signed-in person's groups, bids and what to do next.

use actix_web::{HttpResponse, web};

use super::html;
use crate::rounds::RoundStatus;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::dashboard::{self as views, Dashboard};

pub async fn dashboard(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let (person_id, now) = (signed_in.person.id, state.now());
    let (groups, bids, rounds) = state
        .db
        .run(move |conn| {
            Ok::<_, AppError>((
                crate::groups::queries::groups_of(conn, person_id)?,
                crate::bids::queries::of_person(conn, person_id)?,
                crate::rounds::queries::open_and_upcoming(conn, now)?,
            ))
        })
        .await?;
    let open: Vec<_> =
        rounds.into_iter().map(|(round, _)| round).filter(|r| r.status(now) == RoundStatus::Open).collect();
    let view = Dashboard {
        person: &signed_in.person,
        groups: &groups,
        bids: &bids,
        open_rounds: &open,
        is_connector: signed_in.roles.is_connector_anywhere(),
        now,
    };
    Ok(html(views::dashboard(&viewer.ctx(), &view)))
}
