//! The lead's work on a round's bids: screening, panels, ranking and decisions
//! (`/manage/bids/{id}` and the round's ranking). Every handler first finds the bid's programme
//! and checks `Action::ManageProgramme` for it.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::accounts::ProgrammeRole;

use crate::decisions::actions::{self, Decision, DecisionError, LeadDecision};
use crate::decisions::queries as decision_queries;
use crate::decisions::rules::{self, BulkDecision, DecisionForm};
use crate::forms::FieldErrors;
use crate::grants::actions::{self as grant_actions, GrantError};
use crate::grants::queries as grant_queries;
use crate::grants::rules::{PaymentForm, check_payment};
use crate::i18n::Message;
use crate::notifications::emails::Links;
use crate::review::ranking::{self, SortBy};
use crate::review::{actions as review_actions, queries as review_queries};
use crate::rounds::Round;
use crate::web::access::{LeadBid, ManagedBid, ManagedRound, managed_bid};
use crate::web::error::AppError;
use crate::web::files::send_file;
use std::sync::Arc;

use crate::db::DbConn;
use crate::web::AppState;
use crate::web::extractors::Viewer;
use crate::web::memo::{Memos, RankingData};
use crate::web::views::bids::BidView;
use crate::web::views::decisions::{self as views, BulkSummary, ManageBid, RankingPage};

/// A refused decision as the page's error (409), in the viewer's language.
fn decision_error(viewer: &Viewer, error: DecisionError) -> AppError {
    match error {
        DecisionError::Database(error) => error.into(),
        DecisionError::NotFound => AppError::NotFound,
        other => AppError::Conflict(viewer.tr.message(&other.message())),
    }
}

/// A refused panel change as the page's error (409), in the viewer's language.
fn review_error(viewer: &Viewer, error: review_actions::ReviewError) -> AppError {
    match error {
        review_actions::ReviewError::Database(error) => error.into(),
        review_actions::ReviewError::NotFound => AppError::NotFound,
        review_actions::ReviewError::Refused(message) => AppError::Conflict(viewer.tr.message(&message)),
    }
}

/// The lead's page of one bid, with the forms as typed and their problems.
pub(super) async fn bid_page(
    state: &AppState,
    viewer: &Viewer,
    managed: ManagedBid,
    typed: DecisionForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (bid_id, round_id, programme_id) = (managed.bid.id, managed.round.id, managed.round.programme_id);
    let group_id = managed.group.id;
    let memos = state.memos.clone();
    // One connection for the whole page: on PostgreSQL every check-out costs a round trip of its
    // own (the pool's liveness check). The criteria and the money left come with the ranking.
    let screening = managed.bid.state == crate::bids::BidState::Submitted;
    let group = managed.group.clone();
    let (
        invited_at,
        panel,
        pool,
        reviews,
        award,
        payments,
        report,
        history,
        eligibility,
        ranking,
        (bank, instalments),
        lookalikes,
    ) = state
        .db
        .run(move |conn| {
            let award = crate::decisions::model::find_for_bid(conn, bid_id)?;
            let (payments, bank, instalments) = match &award {
                Some(award) => (
                    grant_queries::payments_of(conn, award.id)?,
                    crate::bank_details::queries::on_file(conn, group_id)?,
                    crate::grants::instalments::of_award(conn, award.id)?,
                ),
                None => (Vec::new(), None, Vec::new()),
            };
            Ok::<_, AppError>((
                crate::outreach::queries::invited_at(conn, round_id, group_id)?,
                review_queries::assignments_of_bid(conn, bid_id)?,
                crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Panel)?,
                review_queries::submitted_reviews(conn, bid_id)?,
                award,
                payments,
                grant_queries::report_of(conn, bid_id)?,
                crate::bids::queries::history(conn, bid_id)?,
                crate::bids::queries::eligibility_answers(conn, bid_id)?,
                kept_ranking(conn, &memos, round_id, SortBy::Score)?,
                (bank, instalments),
                // Groups that look like this one, for the lead screening its bid.
                if screening { crate::groups::lookalikes::of_group(conn, &group)? } else { Vec::new() },
            ))
        })
        .await?;
    let above_line = ranking.ranking.to_decide.iter().find(|row| row.bid.bid_id == bid_id).map(|row| row.within_budget);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = ManageBid {
        view: BidView {
            bid: &managed.bid,
            round: &managed.round,
            group: &managed.group,
            files: &managed.files,
            assisted_by: managed.assisted_by.as_deref(),
            translation: managed.translation.as_ref(),
            translate_link: Some(format!("/manage/bids/{}/translation", managed.bid.id)),
            places: Some(&managed.places),
        },
        criteria: &ranking.criteria,
        panel: &panel,
        panel_pool: &pool,
        reviews: &reviews,
        award: award.as_ref(),
        payments: &payments,
        bank: bank.as_ref(),
        instalments: &instalments,
        lookalikes: &lookalikes,
        report: report.as_ref(),
        history: &history,
        eligibility: &eligibility,
        money_left: ranking.money.left,
        above_line,
        errors: &errors,
        typed: &typed,
        invited_at,
    };
    Ok(html_with_status(status, views::manage_bid(&viewer.ctx(), &view)))
}

pub async fn show_bid(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
) -> Result<HttpResponse, AppError> {
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
    LeadBid { managed, .. }: LeadBid,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    crate::web::files::send_report_recording(&state, &request, managed.bid.id).await
}

/// What became of a lead's action: done (with the words for the next page), or a problem to show
/// at a field of the bid's page.
type Outcome = Result<Message, (String, Message)>;

/// A refusal the lead can fix on the page becomes a message at `field`; anything else is an
/// error page (409 for an illegal transition).
fn at_field<T>(
    viewer: &Viewer,
    field: &str,
    result: Result<T, DecisionError>,
) -> Result<Result<T, (String, Message)>, AppError> {
    match result {
        Ok(done) => Ok(Ok(done)),
        Err(error @ (DecisionError::Invalid(_) | DecisionError::Overspend { .. })) => {
            Ok(Err((field.to_string(), error.message())))
        }
        Err(error @ DecisionError::ReasonNeeded(_)) => Ok(Err(("order_reason".to_string(), error.message()))),
        Err(other) => Err(decision_error(viewer, other)),
    }
}

/// The same for the grant's actions.
fn grant_at_field<T>(
    viewer: &Viewer,
    field: &str,
    result: Result<T, GrantError>,
) -> Result<Result<T, (String, Message)>, AppError> {
    match result {
        Ok(done) => Ok(Ok(done)),
        Err(GrantError::Invalid(message)) => Ok(Err((field.to_string(), message))),
        Err(other) => Err(super::grants::refused(other, viewer.tr)),
    }
}

/// Back to the bid's page: with a message when done, or again with the form as typed and the
/// problem at its field.
async fn finish(
    state: &AppState,
    viewer: &Viewer,
    managed: ManagedBid,
    typed: DecisionForm,
    outcome: Outcome,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(done) => {
            viewer.flash(done);
            Ok(redirect(&format!("/manage/bids/{}", managed.bid.id)))
        }
        Err((field, message)) => bid_page(state, viewer, managed, typed, FieldErrors::single(&field, message)).await,
    }
}

/// Who acts, on what, and when: what every action below hands to the domain.
struct Act {
    actor: i64,
    bid_id: i64,
    round: Round,
    links: Links,
    now: chrono::NaiveDateTime,
}

fn act_of(state: &AppState, managed: &ManagedBid) -> Act {
    Act {
        actor: managed.signed_in.person.id,
        bid_id: managed.bid.id,
        round: managed.round.clone(),
        links: state.links(),
        now: state.now(),
    }
}

/// `POST /manage/bids/{id}/return` (`note`): back to the group with a question.
pub async fn return_bid(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let note = match rules::check_return(&typed) {
        Ok(note) => note,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let Act { actor, bid_id, round, links, now } = act_of(&state, &managed);
    let result =
        state.db.call(move |conn| actions::return_to_group(conn, actor, bid_id, &round, &note, &links, now)).await?;
    let outcome = at_field(&viewer, "note", result)?.map(|()| Message::new("decisions-returned"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/ineligible` (`reason`).
pub async fn mark_ineligible(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let reason = match rules::check_ineligible(&typed) {
        Ok(reason) => reason,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let Act { actor, bid_id, round, links, now } = act_of(&state, &managed);
    let result =
        state.db.call(move |conn| actions::mark_ineligible(conn, actor, bid_id, &round, &reason, &links, now)).await?;
    let outcome = at_field(&viewer, "reason", result)?.map(|()| Message::new("decisions-marked-ineligible"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/start-review`: to the panel.
pub async fn start_review(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
) -> Result<HttpResponse, AppError> {
    let Act { actor, bid_id, round, now, .. } = act_of(&state, &managed);
    let result = state.db.call(move |conn| actions::start_review(conn, actor, bid_id, &round, now)).await?;
    let outcome = at_field(&viewer, "panel", result)?.map(|()| Message::new("decisions-review-started"));
    finish(&state, &viewer, managed, DecisionForm::default(), outcome).await
}

/// `POST /manage/bids/{id}/award` (`amount`, `conditions`, `message`, `payment_plan`,
/// `report_due`, `accept_by`).
pub async fn award(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let Act { actor, bid_id, round, links, now } = act_of(&state, &managed);
    let checked = rules::check_award(viewer.tr, &typed, crate::time::in_london(now).date_naive(), now)
        .and_then(|award| Ok((award, rules::check_order_reason(&typed)?)));
    let (award, order_reason) = match checked {
        Ok(checked) => checked,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let amount = award.amount;
    let decision = LeadDecision { decision: Decision::Award(award), order_reason };
    let result =
        state.db.call(move |conn| actions::decide(conn, actor, bid_id, &round, &decision, &links, now)).await?;
    let outcome =
        at_field(&viewer, "amount", result)?.map(|()| Message::new("decisions-awarded").arg("amount", amount));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/decline` (`feedback`).
pub async fn decline(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let checked = rules::check_decline(&typed).and_then(|feedback| Ok((feedback, rules::check_order_reason(&typed)?)));
    let (feedback, order_reason) = match checked {
        Ok(checked) => checked,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let Act { actor, bid_id, round, links, now } = act_of(&state, &managed);
    let decision = LeadDecision { decision: Decision::Decline { feedback }, order_reason };
    let result =
        state.db.call(move |conn| actions::decide(conn, actor, bid_id, &round, &decision, &links, now)).await?;
    let outcome = at_field(&viewer, "feedback", result)?.map(|()| Message::new("decisions-declined"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/waitlist` (`waitlist_reason` when the bid is above the funding line).
pub async fn waitlist(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let order_reason = match rules::check_waitlist_reason(&typed) {
        Ok(reason) => reason,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let Act { actor, bid_id, round, links, now } = act_of(&state, &managed);
    let decision = LeadDecision { decision: Decision::Waitlist, order_reason };
    let result =
        state.db.call(move |conn| actions::decide(conn, actor, bid_id, &round, &decision, &links, now)).await?;
    let outcome = match result {
        Err(error @ DecisionError::ReasonNeeded(_)) => Err(("waitlist_reason".to_string(), error.message())),
        other => at_field(&viewer, "panel", other)?,
    }
    .map(|()| Message::new("decisions-waitlisted"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/payments` (`amount`, `paid_on`, `reference`).
pub async fn record_payment(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let Act { actor, bid_id, links, now, .. } = act_of(&state, &managed);
    let payment = PaymentForm {
        amount: typed.amount.clone(),
        paid_on: typed.paid_on.clone(),
        reference: typed.reference.clone(),
    };
    let input = match check_payment(&payment, crate::time::in_london(now).date_naive()) {
        Ok(input) => input,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let amount = input.amount;
    let result =
        state.db.call(move |conn| grant_actions::record_payment(conn, actor, bid_id, &input, &links, now)).await?;
    let outcome = grant_at_field(&viewer, "amount", result)?
        .map(|()| Message::new("decisions-payment-recorded").arg("amount", amount));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/instalments` (`instalment_amount_N`, `instalment_due_N`): when the
/// running grant is paid, in dated instalments adding up to the award.
pub async fn change_instalments(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let Act { actor, bid_id, now, .. } = act_of(&state, &managed);
    let award = state.query(move |conn| grant_queries::award_of(conn, bid_id)).await?.ok_or(AppError::NotFound)?;
    let rows = match crate::grants::instalments::check_instalments(&typed.instalments, award.amount()) {
        Ok(rows) => rows,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let result = state.db.call(move |conn| grant_actions::set_instalments(conn, actor, bid_id, &rows, now)).await?;
    let outcome =
        grant_at_field(&viewer, "instalment_amount_1", result)?.map(|()| Message::new("decisions-instalments-saved"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/accept-by-phone`: the group accepted the offer on the phone to the
/// lead (a group with no one online, say): recorded as the group's word, with who the lead
/// spoke to and when, and the acceptance's answers as the group gave them.
pub async fn accept_by_phone(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let acceptance = crate::grants::rules::AcceptForm {
        accepted_name: typed.accepted_name.clone(),
        agree: typed.agree.clone(),
        public: typed.public.clone(),
        share_equality: None,
    };
    let (acceptance, spoke_with) = match crate::grants::rules::check_phone_acceptance(&acceptance, &typed.spoke_with) {
        Ok(checked) => checked,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let lead = managed.signed_in.person.clone();
    let Act { bid_id, links, now, .. } = act_of(&state, &managed);
    let result = state
        .db
        .call(move |conn| {
            let word = Some(crate::bids::word::GivenWord::Phone { spoke_with: &spoke_with });
            grant_actions::accept(conn, &lead, crate::bids::Actor::Lead, bid_id, &acceptance, word, &links, now)
        })
        .await?;
    let outcome =
        grant_at_field(&viewer, "spoke_with", result)?.map(|()| Message::new("grants-lead-accepted-by-phone"));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/cancel` (`reason`): what has not been paid goes back to the pot.
pub async fn cancel(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let reason = match rules::check_cancel(&typed) {
        Ok(reason) => reason,
        Err(errors) => return bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let Act { actor, bid_id, links, now, .. } = act_of(&state, &managed);
    let result = state.db.call(move |conn| grant_actions::cancel(conn, actor, bid_id, &reason, &links, now)).await?;
    let outcome = grant_at_field(&viewer, "reason", result)?
        .map(|released| Message::new("decisions-award-cancelled").arg("released", released));
    finish(&state, &viewer, managed, typed, outcome).await
}

/// `POST /manage/bids/{id}/complete`: the report is in; the rest is underspend.
pub async fn complete(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
) -> Result<HttpResponse, AppError> {
    let Act { actor, bid_id, links, now, .. } = act_of(&state, &managed);
    let result = state.db.call(move |conn| grant_actions::complete(conn, actor, bid_id, &links, now)).await?;
    let outcome = grant_at_field(&viewer, "complete", result)?
        .map(|underspend| Message::new("decisions-grant-completed").arg("underspend", underspend));
    finish(&state, &viewer, managed, DecisionForm::default(), outcome).await
}

/// `POST /manage/bids/{id}/assign` (`member_{id}` for each panel member ticked).
pub async fn assign(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let members = match rules::check_assignment(&pairs) {
        Ok(members) => members,
        Err(errors) => return bid_page(&state, &viewer, managed, DecisionForm::default(), errors).await,
    };
    let Act { actor, round, links, now, .. } = act_of(&state, &managed);
    let bid = managed.bid.clone();
    let added = state
        .db
        .call(move |conn| review_actions::assign(conn, actor, &bid, &round, &members, &links, now))
        .await?
        .map_err(|error| review_error(&viewer, error))?;
    let outcome = Ok(Message::new("decisions-panel-assigned").arg("count", added));
    finish(&state, &viewer, managed, DecisionForm::default(), outcome).await
}

pub async fn assign_panels(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let (actor, links, now, id) = (signed_in.person.id, state.links(), state.now(), round.id);
    let made = state
        .db
        .call(move |conn| review_actions::auto_assign(conn, actor, &round, &links, now))
        .await?
        .map_err(|error| review_error(&viewer, error))?;
    viewer.flash(Message::new("decisions-panels-assigned").arg("count", made));
    Ok(redirect(&format!("/manage/rounds/{id}")))
}

pub async fn start_reviews(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let (actor, now, id) = (signed_in.person.id, state.now(), round.id);
    let started = state
        .db
        .call(move |conn| actions::start_reviews_of_round(conn, actor, &round, now))
        .await?
        .map_err(|error| decision_error(&viewer, error))?;
    viewer.flash(Message::new("decisions-reviews-started").arg("count", started));
    Ok(redirect(&format!("/manage/rounds/{id}")))
}

/// The page that asks before a decision on several bids: the selected bids of this round still
/// to decide, the money and the emails, and (where the decision takes some of them out of rank
/// order) the lead's reason, with `errors` at it when it was missing.
async fn confirm_bulk(
    state: &AppState,
    viewer: &Viewer,
    round: &Round,
    bulk: &BulkDecision,
    pairs: &[(String, String)],
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default();
    let data = ranking_rows(state, round, SortBy::Score).await?;
    let (round_id, ids) = (round.id, bulk.bid_ids.clone());
    let people_emailed = state.query(move |conn| decision_queries::people_emailed(conn, round_id, &ids)).await?;
    let selected: Vec<&ranking::Row> =
        data.ranking.to_decide.iter().filter(|row| bulk.bid_ids.contains(&row.bid.bid_id)).collect();
    let awarding = matches!(bulk.choice, rules::BulkChoice::Award { .. });
    let summary = BulkSummary {
        round,
        bids: selected.iter().map(|row| &row.bid).collect(),
        decision: field("decision"),
        feedback: field("feedback"),
        money_left: data.money.left,
        people_emailed,
        departures: selected
            .iter()
            .filter(|row| rules::Departure::of(awarding, Some(row.within_budget)).is_some())
            .map(|row| &row.bid)
            .collect(),
        order_reason: &bulk.order_reason,
        errors: &errors,
    };
    if summary.bids.is_empty() {
        return Err(AppError::NotFound);
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(html_with_status(status, views::confirm_bulk(&viewer.ctx(), &summary)))
}

/// `GET /manage/rounds/{id}/close-panel`: what closing the scoring means, before it is done.
pub async fn confirm_close_panel(
    state: web::Data<AppState>,
    ManagedRound { viewer, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    if round.panel_closed_at.is_some() {
        return Ok(redirect(&format!("/manage/rounds/{}", round.id)));
    }
    let id = round.id;
    let unfinished = state.query(move |conn| review_queries::unfinished_reviews(conn, id)).await?;
    Ok(html(views::confirm_close_panel(&viewer.ctx(), &round, unfinished)))
}

pub async fn close_panel(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let (actor, now, id) = (signed_in.person.id, state.now(), round.id);
    state
        .db
        .call(move |conn| review_actions::close_panel(conn, actor, id, now))
        .await?
        .map_err(|error| review_error(&viewer, error))?;
    viewer.flash("decisions-panel-closed");
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
    let (round_id, memos) = (round.id, state.memos.clone());
    state.db.run(move |conn| kept_ranking(conn, &memos, round_id, sort)).await
}

/// The round's ranking in `sort` order, made afresh only when something has changed since it
/// was last made: a large round's ranking sums thousands of scores. Blocking.
fn kept_ranking(conn: &mut DbConn, memos: &Memos, round_id: i64, sort: SortBy) -> Result<Arc<RankingData>, AppError> {
    let marker = crate::db::changes::change_marker(conn)?;
    let key = format!("{round_id}:{}", sort.key());
    memos.rankings.get_or_make(key, marker, || {
        let (criteria, ranking, money) = decision_queries::ranking_of(conn, round_id, sort)?;
        Ok::<_, AppError>(RankingData { criteria, ranking, money })
    })
}

pub async fn ranking_page(
    state: web::Data<AppState>,
    ManagedRound { viewer, round, .. }: ManagedRound,
    query: web::Query<SortQuery>,
) -> Result<HttpResponse, AppError> {
    let sort = SortBy::parse(&query.sort);
    let data = ranking_rows(&state, &round, sort).await?;
    let profile = super::reports::line_profile_of(&state, &round, &data.ranking).await?;
    let page = RankingPage {
        round: &round,
        criteria: &data.criteria,
        ranking: &data.ranking,
        profile: &profile,
        sort,
        money: &data.money,
        errors: &FieldErrors::new(),
        feedback: "",
        page: query.page.unwrap_or(1),
    };
    Ok(html(views::ranking(&viewer.ctx(), &page)))
}

/// `GET /manage/rounds/{id}/ranking.csv`: the ranking as a spreadsheet (`review::ranking::to_csv`).
pub async fn ranking_csv(
    state: web::Data<AppState>,
    ManagedRound { viewer, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let data = ranking_rows(&state, &round, SortBy::Score).await?;
    let body =
        ranking::to_csv(viewer.tr, &data.criteria, &data.ranking).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"ranking-{}.csv\"", round.slug)))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `POST /manage/rounds/{id}/decisions`: one decision on the selected bids, all or nothing.
pub async fn decide_selected(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, round, .. }: ManagedRound,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let feedback = pairs.iter().find(|(k, _)| k == "feedback").map(|(_, v)| v.clone()).unwrap_or_default();
    let confirmed = pairs.iter().any(|(k, v)| k == "confirmed" && v == "yes");
    let result = match rules::check_bulk(viewer.tr, &pairs) {
        Err(errors) => Err(errors),
        Ok(bulk) if !confirmed => {
            return confirm_bulk(&state, &viewer, &round, &bulk, &pairs, FieldErrors::new()).await;
        }
        Ok(bulk) => {
            let (actor, links, now, deciding, deciding_bulk) =
                (signed_in.person.id, state.links(), state.now(), round.clone(), bulk.clone());
            let decided = state
                .db
                .call(move |conn| actions::decide_selected(conn, actor, &deciding, &deciding_bulk, &links, now))
                .await?;
            match decided {
                Ok(count) => Ok(count),
                Err(error @ DecisionError::ReasonNeeded(_)) => {
                    let errors = FieldErrors::single("order_reason", error.message());
                    return confirm_bulk(&state, &viewer, &round, &bulk, &pairs, errors).await;
                }
                Err(
                    error
                    @ (DecisionError::Overspend { .. } | DecisionError::Invalid(_) | DecisionError::Transition(_)),
                ) => Err(FieldErrors::single(
                    "decision",
                    Message::new("decisions-bulk-nothing-decided").arg("problem", error.message()),
                )),
                Err(other) => return Err(decision_error(&viewer, other)),
            }
        }
    };
    match result {
        Ok(count) => {
            viewer.flash(Message::new("decisions-bulk-decided").arg("count", count));
            Ok(redirect(&format!("/manage/rounds/{}/ranking", round.id)))
        }
        Err(errors) => {
            let data = ranking_rows(&state, &round, SortBy::Score).await?;
            let profile = super::reports::line_profile_of(&state, &round, &data.ranking).await?;
            let page = RankingPage {
                round: &round,
                criteria: &data.criteria,
                ranking: &data.ranking,
                profile: &profile,
                sort: SortBy::Score,
                money: &data.money,
                errors: &errors,
                feedback: &feedback,
                page: 1,
            };
            Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, views::ranking(&viewer.ctx(), &page)))
        }
    }
}
