//! The public home page and round pages.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::html_with_status;
use crate::funds::queries as funds;
use crate::programmes::queries as programmes;
use crate::rounds::eligibility::{self, Answers, Outcome};
use crate::rounds::{RoundStatus, queries as rounds};
use crate::tracker::queries as tracker;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::public::{self as views, Eligibility, EligibilityPage, RoundCard, RoundPage, Starter};
use crate::web::{AppState, kept_pages};

/// How many closed rounds the home page lists.
const RECENT_ROUNDS: i64 = 5;

/// `GET /`: kept for visitors (see `web::kept_pages`) until a round on it opens or closes.
pub async fn home(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let lookup = kept_pages::look_up(&state, &viewer).await?;
    if let Some(kept) = lookup.answer() {
        return Ok(kept);
    }
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
            let with_questions = rounds::with_questions(conn, &ids)?;
            let cards = |list: Vec<(crate::rounds::Round, crate::programmes::Programme)>| -> Vec<RoundCard> {
                list.into_iter()
                    .map(|(round, programme)| {
                        let budget = budgets.get(&round.id).copied().unwrap_or_default();
                        let has_questions = with_questions.contains(&round.id);
                        RoundCard { round, team: programme.team(&fallback_email), budget, has_questions }
                    })
                    .collect()
            };
            Ok::<_, AppError>((cards(open), cards(closed)))
        })
        .await?;
    let good_until = kept_pages::good_until(now, open.iter().chain(&closed).flat_map(|card| card.round.moments()));
    Ok(lookup.keep(&state, views::home(&viewer.ctx(), &open, &closed, now, only_group), good_until))
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

/// `GET /rounds/{slug}`: kept for visitors until the round opens, closes or its decisions fall
/// due, or midnight in London.
pub async fn round(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let lookup = kept_pages::look_up(&state, &viewer).await?;
    if let Some(kept) = lookup.answer() {
        return Ok(kept);
    }
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
            let questions = rounds::questions_of(conn, round.id)?;
            let counts = rounds::stage_counts(conn, round.id)?;
            let kept = crate::rounds::reservations::shares(conn, round.id, budget)?;
            let tracked = RoundOnTracker {
                first_paid: tracker::first_payment(conn, round.id)?,
                criteria_history: tracker::criteria_history(conn, round.id)?,
                criteria_item: tracker::criteria_item_of(conn, round.id)?,
            };
            Ok(Some((round, programme, budget, criteria, questions, counts, kept, tracked)))
        })
        .await?;
    let (round, programme, budget, criteria, questions, counts, kept, tracked) = found.ok_or(AppError::NotFound)?;
    let ctx = viewer.ctx_in(&programme);
    let only_group = only_group(&state, &viewer).await?;
    let starter = Starter { csrf_token: &ctx.csrf_token, only_group };
    let view = RoundPage {
        round: &round,
        starter,
        budget,
        criteria: &criteria,
        questions: &questions,
        counts,
        now: state.now(),
        kept: &kept,
        first_paid: tracked.first_paid,
        criteria_history: &tracked.criteria_history,
        criteria_item: tracked.criteria_item.as_ref(),
    };
    let good_until = kept_pages::good_until(view.now, round.moments());
    Ok(lookup.keep(&state, views::round_page(&ctx, &view), good_until))
}

/// What the round's page shows from the programme's tracker.
struct RoundOnTracker {
    first_paid: Option<chrono::NaiveDate>,
    criteria_history: Vec<crate::tracker::queries::CriteriaChange>,
    criteria_item: Option<crate::tracker::Item>,
}

/// `GET /rounds/{slug}/eligibility`: the round's yes/no questions, before any account. The form
/// is sent by GET (no account, no form token): `q{id}=yes|no`, and `check` to say it was sent.
/// Without `check`, any answers in the address only fill the form in (to change them).
pub async fn eligibility(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let now = state.now();
    let found = state
        .db
        .run(move |conn| {
            let Some(round) = rounds::find_by_slug(conn, &slug)? else {
                return Ok::<_, AppError>(None);
            };
            let programme = programmes::find(conn, round.programme_id)?.ok_or(AppError::NotFound)?;
            let questions = rounds::questions_of(conn, round.id)?;
            // Other rounds a group might try, should these answers rule it out.
            let others: Vec<_> = rounds::open_and_upcoming(conn, now)?
                .into_iter()
                .filter(|(other, _)| other.id != round.id && other.status(now) == RoundStatus::Open)
                .collect();
            Ok(Some((round, programme, questions, others)))
        })
        .await?;
    let (round, programme, questions, others) = found.ok_or(AppError::NotFound)?;
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(request.query_string().as_bytes())
        .take(100)
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    let submitted = pairs.iter().any(|(name, _)| name == "check");
    let answers = Answers::from_pairs(pairs.iter().map(|(k, v)| (k, v)), &questions);
    let no_errors = crate::forms::FieldErrors::new();
    let missing_errors;
    let (status, view_state) = if round.status(now) != RoundStatus::Open {
        (StatusCode::OK, Eligibility::NotOpen)
    } else if questions.is_empty() {
        (StatusCode::OK, Eligibility::NoQuestions)
    } else if !submitted {
        (StatusCode::OK, Eligibility::Asking { answers: &answers, errors: &no_errors })
    } else {
        match eligibility::assess(&questions, &answers) {
            Outcome::Through => (StatusCode::OK, Eligibility::Through { answers: &answers }),
            Outcome::RuledOut(ruled_out) => {
                (StatusCode::OK, Eligibility::RuledOut { answers: &answers, ruled_out, other_rounds: &others })
            }
            Outcome::Missing(missing) => {
                missing_errors = eligibility::missing_errors(&missing);
                (StatusCode::UNPROCESSABLE_ENTITY, Eligibility::Asking { answers: &answers, errors: &missing_errors })
            }
        }
    };
    let ctx = viewer.ctx_in(&programme);
    let only_group = only_group(&state, &viewer).await?;
    let starter = Starter { csrf_token: &ctx.csrf_token, only_group };
    let view = EligibilityPage { round: &round, starter, questions: &questions, state: view_state, now };
    Ok(html_with_status(status, views::eligibility_page(&ctx, &view)))
}
