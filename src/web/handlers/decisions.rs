//! The lead's work on a round's bids: screening, panels, ranking and decisions
//! (`/manage/bids/{id}` and the round's ranking). Every handler first finds the bid's programme
//! and checks `Action::ManageProgramme` for it.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, web};

use super::bids::send_file;
use super::manage::managed_round;
use super::{html, html_with_status, redirect};
use crate::accounts::{Action, ProgrammeRole};
use crate::bids::{Bid, BidFile, BidState};
use crate::decisions::actions::{self, Decision, DecisionError};
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::grants::actions::{self as grant_actions, GrantError};
use crate::grants::queries as grant_queries;
use crate::grants::rules::{PaymentForm, check_payment};
use crate::groups::Group;
use crate::money::Pence;
use crate::notifications::emails::Links;
use crate::review::ranking::{self, SortBy};
use crate::review::{actions as review_actions, queries as review_queries};
use crate::rounds::Round;
use std::sync::Arc;

use crate::web::AppState;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::memo::RankingData;
use crate::web::views::bids::BidView;
use crate::web::views::components::plural;
use crate::web::views::decisions::{self as views, DecisionForm, ManageBid, RankingPage, RoundWork};

impl From<DecisionError> for AppError {
    fn from(error: DecisionError) -> Self {
        match error {
            DecisionError::Database(error) => error.into(),
            DecisionError::NotFound => AppError::NotFound,
            other => AppError::Conflict(other.to_string()),
        }
    }
}

fn links(state: &AppState) -> Links {
    Links::new(state.config.base_url.as_str())
}

/// A bid the viewer may decide on, with its round and group.
struct ManagedBid {
    signed_in: SignedIn,
    bid: Bid,
    round: Round,
    group: Group,
    files: Vec<BidFile>,
    assisted_by: Option<String>,
}

async fn managed_bid(state: &AppState, viewer: &Viewer, bid_id: i64) -> Result<ManagedBid, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let loaded = state
        .db
        .run(move |conn| {
            let Some((bid, round, group)) = crate::bids::queries::find_full(conn, bid_id)? else {
                return Ok::<_, AppError>(None);
            };
            let files = crate::bids::queries::files_of(conn, bid.id)?;
            let assisted_by = match bid.assisted_by {
                Some(id) => crate::bids::queries::person_name(conn, id)?,
                None => None,
            };
            Ok(Some((bid, round, group, files, assisted_by)))
        })
        .await?;
    let (bid, round, group, files, assisted_by) = loaded.ok_or(AppError::NotFound)?;
    viewer.authorize(Action::ManageProgramme(round.programme_id))?;
    // A lead never sees a group's private draft.
    if bid.state == BidState::Draft {
        return Err(AppError::NotFound);
    }
    Ok(ManagedBid { signed_in, bid, round, group, files, assisted_by })
}

async fn bid_page(
    state: &AppState,
    viewer: &Viewer,
    managed: ManagedBid,
    typed: DecisionForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (bid_id, round_id, programme_id) = (managed.bid.id, managed.round.id, managed.round.programme_id);
    let (criteria, panel, pool, reviews, award, payments, report, history, money_left) = state
        .db
        .run(move |conn| {
            let award = crate::decisions::model::find_for_bid(conn, bid_id)?;
            let payments = match &award {
                Some(award) => grant_queries::payments_of(conn, award.id)?,
                None => Vec::new(),
            };
            Ok::<_, AppError>((
                crate::rounds::queries::criteria_of(conn, round_id)?,
                review_queries::assignments_of_bid(conn, bid_id)?,
                crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Panel)?,
                review_queries::submitted_reviews(conn, bid_id)?,
                award,
                payments,
                grant_queries::report_of(conn, bid_id)?,
                crate::bids::queries::history(conn, bid_id)?,
                actions::money_left(conn, round_id)?,
            ))
        })
        .await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = ManageBid {
        view: BidView {
            bid: &managed.bid,
            round: &managed.round,
            group: &managed.group,
            files: &managed.files,
            assisted_by: managed.assisted_by.as_deref(),
        },
        criteria: &criteria,
        panel: &panel,
        panel_pool: &pool,
        reviews: &reviews,
        award: award.as_ref(),
        payments: &payments,
        report: report.as_ref(),
        history: &history,
        money_left,
        errors: &errors,
        typed: &typed,
    };
    Ok(html_with_status(status, views::manage_bid(&viewer.ctx(), &view)))
}

pub async fn show_bid(
    state: web::Data<AppState>,
    viewer: Viewer,
    bid_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let managed = managed_bid(&state, &viewer, bid_id.into_inner()).await?;
    bid_page(&state, &viewer, managed, DecisionForm::default(), FieldErrors::new()).await
}

pub async fn download_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (bid_id, file_id) = path.into_inner();
    let managed = managed_bid(&state, &viewer, bid_id).await?;
    let file = managed.files.iter().find(|f| f.id == file_id).ok_or(AppError::NotFound)?;
    send_file(&state, &request, file).await
}

/// `GET /manage/bids/{id}/report/recording`
pub async fn report_recording(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    bid_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let managed = managed_bid(&state, &viewer, bid_id.into_inner()).await?;
    super::grants::send_report_recording(&state, &request, managed.bid.id).await
}

/// Turns a refusal about the form's words into a field error on the page; anything else is an
/// error page (409 for an illegal transition).
async fn outcome(
    state: &AppState,
    viewer: &Viewer,
    managed: ManagedBid,
    typed: DecisionForm,
    field: &str,
    result: Result<(), DecisionError>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => {
            state.wake_outbox();
            viewer.flash(done.to_string());
            Ok(redirect(&format!("/manage/bids/{}", managed.bid.id)))
        }
        Err(DecisionError::Invalid(message)) => {
            bid_page(state, viewer, managed, typed, FieldErrors::single(field, message)).await
        }
        Err(error @ DecisionError::Overspend { .. }) => {
            bid_page(state, viewer, managed, typed, FieldErrors::single(field, error.to_string())).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /manage/bids/{id}/{action}`: return, ineligible, start-review, award, decline,
/// waitlist, assign.
pub async fn act(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, String)>,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (bid_id, action) = path.into_inner();
    let managed = managed_bid(&state, &viewer, bid_id).await?;
    let typed = decision_form(&pairs);
    let (actor, round, links, now) = (managed.signed_in.person.id, managed.round.clone(), links(&state), state.now());
    let run = |work: DecisionWork| {
        let state = state.clone();
        async move { state.db.run(move |conn| Ok::<_, AppError>(work(conn))).await }
    };
    match action.as_str() {
        "return" => {
            let note = typed.note.clone();
            let result =
                run(Box::new(move |conn| actions::return_to_group(conn, actor, bid_id, &round, &note, &links, now)))
                    .await?;
            outcome(
                &state,
                &viewer,
                managed,
                typed,
                "note",
                result,
                "The bid has been returned to the group with your question.",
            )
            .await
        }
        "ineligible" => {
            let reason = typed.reason.clone();
            let result =
                run(Box::new(move |conn| actions::mark_ineligible(conn, actor, bid_id, &round, &reason, &links, now)))
                    .await?;
            outcome(
                &state,
                &viewer,
                managed,
                typed,
                "reason",
                result,
                "The bid has been marked not eligible and the group told.",
            )
            .await
        }
        "start-review" => {
            let result = run(Box::new(move |conn| actions::start_review(conn, actor, bid_id, &round, now))).await?;
            outcome(&state, &viewer, managed, typed, "panel", result, "The bid is now with the panel.").await
        }
        "award" => {
            let amount = match Pence::parse(&typed.amount) {
                Ok(amount) => amount,
                Err(error) => {
                    return bid_page(&state, &viewer, managed, typed, FieldErrors::single("amount", error.to_string()))
                        .await;
                }
            };
            let report_due_on = match typed.report_due.trim() {
                "" => actions::default_report_due(now),
                text => match crate::rounds::rules::parse_date(text) {
                    Some(date) if date > crate::time::in_london(now).date_naive() => date,
                    _ => {
                        let error = FieldErrors::single("report_due", "Enter a date in the future, like 2027-11-30");
                        return bid_page(&state, &viewer, managed, typed, error).await;
                    }
                },
            };
            let payment_plan = match typed.payment_plan.trim() {
                "" => actions::DEFAULT_PAYMENT_PLAN.to_string(),
                text => text.chars().take(1_000).collect(),
            };
            let decision = Decision::Award {
                amount,
                conditions: typed.conditions.trim().to_string(),
                message: typed.message.trim().to_string(),
                payment_plan,
                report_due_on,
            };
            let result =
                run(Box::new(move |conn| actions::decide(conn, actor, bid_id, &round, &decision, &links, now))).await?;
            outcome(
                &state,
                &viewer,
                managed,
                typed,
                "amount",
                result,
                &format!("{amount} awarded. The group has been told."),
            )
            .await
        }
        "decline" => {
            let decision = Decision::Decline { feedback: typed.feedback.clone() };
            let result =
                run(Box::new(move |conn| actions::decide(conn, actor, bid_id, &round, &decision, &links, now))).await?;
            outcome(
                &state,
                &viewer,
                managed,
                typed,
                "feedback",
                result,
                "The bid has been declined and the group sent your feedback.",
            )
            .await
        }
        "waitlist" => {
            let result = run(Box::new(move |conn| {
                actions::decide(conn, actor, bid_id, &round, &Decision::Waitlist, &links, now)
            }))
            .await?;
            outcome(&state, &viewer, managed, typed, "panel", result, "The bid is on the waiting list.").await
        }
        "payments" | "cancel" | "complete" => after_award(&state, &viewer, managed, typed, &action).await,
        "assign" => {
            let members: Vec<i64> = pairs.iter().filter_map(|(k, _)| k.strip_prefix("member_")?.parse().ok()).collect();
            if members.is_empty() {
                return bid_page(
                    &state,
                    &viewer,
                    managed,
                    typed,
                    FieldErrors::single("panel", "Choose at least one panel member"),
                )
                .await;
            }
            let bid = managed.bid.clone();
            let added = state
                .db
                .run(move |conn| {
                    Ok::<_, AppError>(review_actions::assign(conn, actor, &bid, &round, &members, &links, now)?)
                })
                .await?;
            state.wake_outbox();
            viewer.flash(format!("{} assigned and emailed.", plural(added, "panel member", "panel members")));
            Ok(redirect(&format!("/manage/bids/{bid_id}")))
        }
        _ => Err(AppError::NotFound),
    }
}

/// The lead's work once an award is made: payments, cancelling, completing.
async fn after_award(
    state: &AppState,
    viewer: &Viewer,
    managed: ManagedBid,
    typed: DecisionForm,
    action: &str,
) -> Result<HttpResponse, AppError> {
    let (actor, bid_id, links, now) = (managed.signed_in.person.id, managed.bid.id, links(state), state.now());
    let (field, result): (&str, Result<String, GrantError>) = match action {
        "payments" => {
            let form = PaymentForm {
                amount: typed.amount.clone(),
                paid_on: typed.paid_on.clone(),
                reference: typed.reference.clone(),
            };
            let input = match check_payment(&form, crate::time::in_london(now).date_naive()) {
                Ok(input) => input,
                Err(errors) => return bid_page(state, viewer, managed, typed, errors).await,
            };
            let amount = input.amount;
            let result = state
                .db
                .run(move |conn| {
                    Ok::<_, AppError>(grant_actions::record_payment(conn, actor, bid_id, &input, &links, now))
                })
                .await?;
            ("amount", result.map(|()| format!("Payment of {amount} recorded. The group has been told.")))
        }
        "cancel" => {
            let reason = typed.reason.clone();
            let result = state
                .db
                .run(move |conn| Ok::<_, AppError>(grant_actions::cancel(conn, actor, bid_id, &reason, &links, now)))
                .await?;
            ("reason", result.map(|released| format!("The award has been cancelled; {released} went back to the pot.")))
        }
        _ => {
            let result = state
                .db
                .run(move |conn| Ok::<_, AppError>(grant_actions::complete(conn, actor, bid_id, &links, now)))
                .await?;
            (
                "complete",
                result.map(|underspend| {
                    format!("The grant is complete; {underspend} went back to the pot as underspend.")
                }),
            )
        }
    };
    match result {
        Ok(done) => {
            state.wake_outbox();
            viewer.flash(done);
            Ok(redirect(&format!("/manage/bids/{bid_id}")))
        }
        Err(GrantError::Invalid(message)) => {
            bid_page(state, viewer, managed, typed, FieldErrors::single(field, message)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// A decision to run on a database connection.
type DecisionWork = Box<dyn FnOnce(&mut crate::db::DbConn) -> Result<(), DecisionError> + Send>;

fn decision_form(pairs: &[(String, String)]) -> DecisionForm {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    DecisionForm {
        note: get("note"),
        reason: get("reason"),
        amount: get("amount"),
        conditions: get("conditions"),
        message: get("message"),
        feedback: get("feedback"),
        payment_plan: get("payment_plan"),
        report_due: get("report_due"),
        paid_on: get("paid_on"),
        reference: get("reference"),
    }
}

/// The bids section of the round's page.
pub async fn round_work_section(state: &AppState, viewer: &Viewer, round: &Round) -> Result<maud::Markup, AppError> {
    let round_id = round.id;
    let (bids, progress, conflicts) = state
        .db
        .run(move |conn| {
            use crate::db::schema::{bids, community_groups};
            use diesel::prelude::*;
            let list: Vec<(Bid, String)> = bids::table
                .inner_join(community_groups::table)
                .filter(bids::round_id.eq(round_id))
                .filter(bids::state.ne(BidState::Draft.as_str()))
                .order(bids::reference.asc())
                .select((Bid::as_select(), community_groups::name))
                .load(conn)?;
            let progress = review_queries::review_progress(conn, round_id)?;
            let assignments = review_queries::assignments_of_round(conn, round_id)?;
            Ok::<_, AppError>((list, progress, assignments))
        })
        .await?;
    let needs: Vec<i64> = bids
        .iter()
        .filter(|(b, _)| matches!(b.state, BidState::Submitted | BidState::InReview))
        .filter(|(b, _)| {
            conflicts.iter().any(|a| a.bid_id == b.id && a.has_conflict())
                && progress.get(&b.id).map_or(0, |p| p.0) < i64::from(round.panel_size)
        })
        .map(|(b, _)| b.id)
        .collect();
    Ok(views::round_work(
        &viewer.ctx(),
        &RoundWork { round, bids: &bids, progress: &progress, needs_reassigning: &needs },
    ))
}

pub async fn assign_panels(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let (actor, links, now, id) = (signed_in.person.id, links(&state), state.now(), round.id);
    let made = state
        .db
        .run(move |conn| Ok::<_, AppError>(review_actions::auto_assign(conn, actor, &round, &links, now)?))
        .await?;
    state.wake_outbox();
    viewer.flash(format!("{} made; each panel member has been emailed.", plural(made, "assignment", "assignments")));
    Ok(redirect(&format!("/manage/rounds/{id}")))
}

pub async fn start_reviews(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let (actor, now, id) = (signed_in.person.id, state.now(), round.id);
    let started = state
        .db
        .run(move |conn| {
            use crate::db::schema::bids;
            use diesel::prelude::*;
            let sent: Vec<i64> = bids::table
                .filter(bids::round_id.eq(round.id))
                .filter(bids::state.eq(BidState::Submitted.as_str()))
                .select(bids::id)
                .load(conn)?;
            let mut started = 0;
            for bid_id in sent {
                match actions::start_review(conn, actor, bid_id, &round, now) {
                    Ok(()) => started += 1,
                    Err(DecisionError::Invalid(_)) => {}
                    Err(other) => return Err(other.into()),
                }
            }
            Ok::<_, AppError>(started)
        })
        .await?;
    viewer
        .flash(format!("{} passed to the panel. Bids without a full panel stay here.", plural(started, "bid", "bids")));
    Ok(redirect(&format!("/manage/rounds/{id}")))
}

pub async fn close_panel(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let (actor, now, id) = (signed_in.person.id, state.now(), round.id);
    state.db.run(move |conn| Ok::<_, AppError>(review_actions::close_panel(conn, actor, id, now)?)).await?;
    viewer.flash("Panel scoring has closed. Reviews can no longer change.");
    Ok(redirect(&format!("/manage/rounds/{id}")))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct SortQuery {
    #[serde(default)]
    sort: String,
    #[serde(default)]
    page: Option<usize>,
}

async fn ranking_rows(state: &AppState, round: &Round, sort: SortBy) -> Result<Arc<RankingData>, AppError> {
    let round_id = round.id;
    let memos = state.memos.clone();
    state
        .db
        .run(move |conn| {
            // A large round's ranking sums thousands of scores: it is kept until anything changes.
            let marker = crate::db::changes::change_marker(conn)?;
            let key = format!("{round_id}:{}", sort.key());
            let data = memos.rankings.get_or_make(key, marker, || {
                let criteria = crate::rounds::queries::criteria_of(conn, round_id)?;
                let bids = review_queries::ranked_bids(conn, round_id)?;
                let totals = review_queries::ranking_totals(conn, round_id)?;
                let recommendations = review_queries::recommendation_counts(conn, round_id)?;
                let money_left = actions::money_left(conn, round_id)?;
                let committed = committed_by_bid(conn, round_id)?;
                let weights: Vec<(i64, i32)> = criteria.iter().map(|c| (c.id, c.weight)).collect();
                // Decided bids' money is already committed: the funding line and running totals
                // run over the bids still to decide, against the money left; the decided bids
                // follow.
                let ranking =
                    ranking::rank_round(bids, &totals, &recommendations, &weights, money_left, &committed, sort);
                Ok::<_, AppError>(RankingData { criteria, ranking, money_left })
            })?;
            Ok::<_, AppError>(data)
        })
        .await
}

/// The money committed to each bid of the round and not released, summed by the database from
/// the ledger.
fn committed_by_bid(
    conn: &mut crate::db::DbConn,
    round_id: i64,
) -> diesel::QueryResult<std::collections::BTreeMap<i64, Pence>> {
    use crate::db::schema::ledger_entries;
    use crate::funds::EntryKind;
    use diesel::dsl::sql;
    use diesel::prelude::*;
    use diesel::sql_types::BigInt;
    let kinds = [EntryKind::Commitment.as_str(), EntryKind::Release.as_str()];
    let sums: Vec<(Option<i64>, String, i64)> = ledger_entries::table
        .filter(ledger_entries::round_id.eq(round_id))
        .filter(ledger_entries::bid_id.is_not_null())
        .filter(ledger_entries::kind.eq_any(kinds))
        .group_by((ledger_entries::bid_id, ledger_entries::kind))
        .select((ledger_entries::bid_id, ledger_entries::kind, sql::<BigInt>("CAST(SUM(amount_pence) AS BIGINT)")))
        .load(conn)?;
    let mut committed = std::collections::BTreeMap::new();
    for (bid_id, kind, total) in sums {
        let Some(bid_id) = bid_id else { continue };
        let entry = committed.entry(bid_id).or_insert(Pence::ZERO);
        *entry = if kind == EntryKind::Commitment.as_str() { *entry + Pence(total) } else { *entry - Pence(total) };
    }
    Ok(committed)
}

pub async fn ranking_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
    query: web::Query<SortQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let sort = SortBy::parse(&query.sort);
    let data = ranking_rows(&state, &round, sort).await?;
    let page = RankingPage {
        round: &round,
        criteria: &data.criteria,
        ranking: &data.ranking,
        sort,
        money_left: data.money_left,
        errors: &FieldErrors::new(),
        feedback: "",
        page: query.page.unwrap_or(1),
    };
    Ok(html(views::ranking(&viewer.ctx(), &page)))
}

/// The ranking as CSV: opens cleanly in spreadsheets (UTF-8 with a byte-order mark, and cells
/// that start like a formula are neutralised). The bids still to decide come first, in score
/// order, with their running total and whether it is within the money left; then the decided
/// bids, with both left empty: their money is already committed (the State column says so).
pub async fn ranking_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let data = ranking_rows(&state, &round, SortBy::Score).await?;
    let (criteria, ranking) = (&data.criteria, &data.ranking);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header =
        vec!["Reference".to_string(), "Title".into(), "Group".into(), "State".into(), "Requested (£)".into()];
    header.extend(criteria.iter().flat_map(|c| [format!("{} mean", c.title), format!("{} spread", c.title)]));
    header.extend([
        "Weighted mean".into(),
        "Reviews".into(),
        "Discuss".into(),
        "Fund".into(),
        "Do not fund".into(),
        "Discuss votes".into(),
        "Running total (£)".into(),
        "Within budget".into(),
    ]);
    writer.write_record(&header).map_err(|e| AppError::Internal(e.to_string()))?;
    for row in ranking.to_decide.iter().chain(&ranking.decided) {
        let mut record = vec![
            crate::exports::cell(&row.bid.reference),
            crate::exports::cell(&row.bid.title),
            crate::exports::cell(&row.bid.group_name),
            row.bid.state.clone(),
            row.bid.requested.to_input(),
        ];
        for (_, result) in &row.criteria {
            match result {
                Some(r) => record.extend([format!("{:.2}", r.mean), r.spread.to_string()]),
                None => record.extend([String::new(), String::new()]),
            }
        }
        record.extend([
            row.weighted_mean.map(|m| format!("{m:.2}")).unwrap_or_default(),
            row.reviews.to_string(),
            if row.discuss { "yes".into() } else { "no".into() },
            row.recommendations[0].to_string(),
            row.recommendations[1].to_string(),
            row.recommendations[2].to_string(),
            match row.committed {
                Some(_) => String::new(),
                None => row.running_total.to_input(),
            },
            match (row.committed, row.within_budget) {
                (Some(_), _) => String::new(),
                (None, true) => "yes".into(),
                (None, false) => "no".into(),
            },
        ]);
        writer.write_record(&record).map_err(|e| AppError::Internal(e.to_string()))?;
    }
    let mut body = "\u{feff}".as_bytes().to_vec();
    body.extend(writer.into_inner().map_err(|e| AppError::Internal(e.to_string()))?);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"ranking-{}.csv\"", round.slug)))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// Decisions on the selected bids, all or nothing.
pub async fn decide_selected(
    state: web::Data<AppState>,
    viewer: Viewer,
    round_id: web::Path<i64>,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, round) = managed_round(&state, &viewer, round_id.into_inner()).await?;
    let selected: Vec<i64> = pairs.iter().filter(|(k, _)| k == "bid_ids").filter_map(|(_, v)| v.parse().ok()).collect();
    let choice = pairs.iter().find(|(k, _)| k == "decision").map(|(_, v)| v.clone()).unwrap_or_default();
    let feedback = pairs.iter().find(|(k, _)| k == "feedback").map(|(_, v)| v.clone()).unwrap_or_default();
    let refuse = |field: &str, message: String| (field.to_string(), message);
    let problem = if selected.is_empty() {
        Some(refuse("decision", "Select at least one bid".into()))
    } else if !["award", "decline", "waitlist"].contains(&choice.as_str()) {
        Some(refuse("decision", "Choose a decision".into()))
    } else if choice == "decline" && feedback.trim().is_empty() {
        Some(refuse("feedback", "Write feedback for the declined groups".into()))
    } else {
        None
    };
    let (actor, links, now, round_for_action) = (signed_in.person.id, links(&state), state.now(), round.clone());
    let result = match problem {
        Some(problem) => Err(problem),
        None => {
            let requested: Vec<(i64, Pence)> = {
                let ids = selected.clone();
                state
                    .db
                    .run(move |conn| {
                        let mut list = Vec::new();
                        for id in ids {
                            let bid = crate::bids::queries::find(conn, id)?.ok_or(AppError::NotFound)?;
                            list.push((bid.id, bid.amount().unwrap_or_default()));
                        }
                        Ok::<_, AppError>(list)
                    })
                    .await?
            };
            let decisions: Vec<(i64, Decision)> = requested
                .into_iter()
                .map(|(id, amount)| {
                    let decision = match choice.as_str() {
                        "award" => actions::plain_award(amount, now),
                        "decline" => Decision::Decline { feedback: feedback.clone() },
                        _ => Decision::Waitlist,
                    };
                    (id, decision)
                })
                .collect();
            let count = decisions.len();
            match state
                .db
                .run(move |conn| {
                    Ok::<_, AppError>(actions::decide_many(conn, actor, &round_for_action, &decisions, &links, now))
                })
                .await?
            {
                Ok(()) => Ok(count),
                Err(
                    error
                    @ (DecisionError::Overspend { .. } | DecisionError::Invalid(_) | DecisionError::Transition(_)),
                ) => Err(refuse("decision", format!("Nothing was decided. {error}"))),
                Err(other) => return Err(other.into()),
            }
        }
    };
    match result {
        Ok(count) => {
            state.wake_outbox();
            viewer.flash(format!("{} decided; the groups have been told.", plural(count, "bid", "bids")));
            Ok(redirect(&format!("/manage/rounds/{}/ranking", round.id)))
        }
        Err((field, message)) => {
            let data = ranking_rows(&state, &round, SortBy::Score).await?;
            let errors = FieldErrors::single(&field, message);
            let page = RankingPage {
                round: &round,
                criteria: &data.criteria,
                ranking: &data.ranking,
                sort: SortBy::Score,
                money_left: data.money_left,
                errors: &errors,
                feedback: &feedback,
                page: 1,
            };
            Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, views::ranking(&viewer.ctx(), &page)))
        }
    }
}
