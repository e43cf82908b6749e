//! The public home page and round pages.

use actix_web::{HttpResponse, web};

use super::html;
use crate::funds::queries as funds;
use crate::programmes::queries as programmes;
use crate::rounds::queries as rounds;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::public::{self as views, RoundCard, RoundPage, Starter};

/// How many closed rounds the home page lists.
const RECENT_ROUNDS: i64 = 5;

pub async fn home(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let fallback_email = state.config.contact_email.clone();
    let only_group = only_group(&state, &viewer).await?;
    let (open, closed) = state
        .db
        .run(move |conn| {
            let open = rounds::open_and_upcoming(conn, now)?;
            let closed = rounds::recently_closed(conn, now, RECENT_ROUNDS)?;
            let ids: Vec<i64> = open.iter().chain(closed.iter()).map(|(round, _)| round.id).collect();
            let budgets = funds::round_budgets(conn, &ids)?;
            let cards = |list: Vec<(crate::rounds::Round, crate::programmes::Programme)>| -> Vec<RoundCard> {
                list.into_iter()
                    .map(|(round, programme)| {
                        let budget = budgets.get(&round.id).copied().unwrap_or_default();
                        RoundCard { round, team: programme.team(&fallback_email), budget }
                    })
                    .collect()
            };
            Ok::<_, AppError>((cards(open), cards(closed)))
        })
        .await?;
    Ok(html(views::home(&viewer.ctx(), &open, &closed, now, only_group)))
}

/// The signed-in person's one group, if they belong to exactly one (as a member, not as a
/// connector helping it): "Start a bid" then starts for it without asking which.
async fn only_group(state: &AppState, viewer: &Viewer) -> Result<Option<i64>, AppError> {
    let Some(person_id) = viewer.signed_in.as_ref().map(|s| s.person.id) else { return Ok(None) };
    let groups = state.query(move |conn| crate::groups::queries::groups_of(conn, person_id)).await?;
    Ok(match groups.as_slice() {
        [(group, member)] if !member.is_connector => Some(group.id),
        _ => None,
    })
}

pub async fn round(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let found = state
        .db
        .run(move |conn| {
            let Some(round) = rounds::find_by_slug(conn, &slug)? else {
                return Ok::<_, AppError>(None);
            };
            let programme = programmes::find(conn, round.programme_id)?.ok_or(AppError::NotFound)?;
            let budget = funds::round_budgets(conn, &[round.id])?.remove(&round.id).unwrap_or_default();
            let criteria = rounds::criteria_of(conn, round.id)?;
            let counts = rounds::stage_counts(conn, round.id)?;
            Ok(Some((round, programme, budget, criteria, counts)))
        })
        .await?;
    let (round, programme, budget, criteria, counts) = found.ok_or(AppError::NotFound)?;
    let ctx = viewer.ctx_in(&programme);
    let only_group = only_group(&state, &viewer).await?;
    let starter = Starter { csrf_token: &ctx.csrf_token, only_group };
    let view = RoundPage { round: &round, starter, budget, criteria: &criteria, counts, now: state.now() };
    Ok(html(views::round_page(&ctx, &view)))
}
