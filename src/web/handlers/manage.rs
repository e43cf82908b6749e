//! `/manage/programmes`, `/manage/pots` and `/manage/rounds`: leads set up programmes, pots and
//! rounds. Every handler loads the thing named in the URL, finds its programme and asks
//! `Action::ManageProgramme` for it before doing anything else, so a lead of one programme
//! cannot see or change another's.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::{html, html_with_status, redirect};
use crate::accounts::{Action, ProgrammeRole};
use crate::bids::BidState;
use crate::db::DbConn;
use crate::decisions::queries::RoundBids;
use crate::forms::FieldErrors;
use crate::funds::actions::{self as funds_actions, FundsError, NewPot};
use crate::funds::queries::{self as funds, Pot};
use crate::funds::rules::{AdjustForm, PotForm, check_adjustment, check_pot};
use crate::funds::{Balances, FinancialYear};
use crate::i18n::Message;
use crate::programmes::actions::{self as programme_actions, ProgrammeError};
use crate::programmes::rules::{ProgrammeForm, check_programme};
use crate::programmes::{Programme, queries as programmes};
use crate::rounds::actions::{self as round_actions, RoundError};
use crate::rounds::eligibility::{QuestionForm, check_question};
use crate::rounds::rules::{CriterionForm, RoundForm, check_criterion, check_round};
use crate::rounds::{Round, queries as rounds};
use crate::web::AppState;
use crate::web::access::{ManagedRound, managed_pot, managed_programme, managed_round};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::decisions::{self as decision_views, RoundWork};
use crate::web::views::manage::{self as views, PotDashboard, ProgrammeOverview, RoundManagement};

/// Every problem of a form, in the viewer's language, for a page that cannot show them at
/// their fields.
fn all_problems(viewer: &Viewer, errors: &FieldErrors) -> String {
    errors.iter().map(|e| viewer.tr.message(&e.message)).collect::<Vec<_>>().join("; ")
}

/// A refused change to a pot, for an error page in the viewer's language.
fn funds_error(viewer: &Viewer, error: FundsError) -> AppError {
    match error {
        FundsError::Database(error) => error.into(),
        FundsError::NoSuchPot => AppError::NotFound,
        other => AppError::Conflict(viewer.tr.message(&other.message())),
    }
}

/// A refused change to a round, for an error page in the viewer's language.
fn round_error(viewer: &Viewer, error: RoundError) -> AppError {
    match error {
        RoundError::Database(error) => error.into(),
        RoundError::NotFound => AppError::NotFound,
        RoundError::Invalid(errors) => AppError::BadRequest(all_problems(viewer, &errors)),
        refused @ (RoundError::CriteriaFrozen | RoundError::QuestionsFrozen) => {
            AppError::Conflict(refused.refusal().map(|m| viewer.tr.message(&m)).unwrap_or_default())
        }
    }
}

/// A refused change to a programme, for an error page in the viewer's language.
fn programme_error(viewer: &Viewer, error: ProgrammeError) -> AppError {
    match error {
        ProgrammeError::Database(error) => error.into(),
        ProgrammeError::Invalid(errors) => AppError::BadRequest(all_problems(viewer, &errors)),
    }
}

pub async fn list(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    if !signed_in.roles.site_admin && !signed_in.roles.is_lead_anywhere() {
        // A lead or admin who has not set up two-step sign-in is sent to do so, as elsewhere.
        if signed_in.must_set_up_second_factor() {
            return Err(AppError::SecondFactorNeeded(viewer.return_path()));
        }
        return Err(AppError::Forbidden);
    }
    let roles = signed_in.roles.clone();
    let list = state.query(move |conn| programmes::manageable_by(conn, &roles)).await?;
    Ok(html(views::programmes_list(&viewer.ctx(), &list, signed_in.roles.may(Action::CreateProgramme))))
}

pub async fn new_programme(viewer: Viewer) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::CreateProgramme)?;
    Ok(html(views::programme_form(
        &viewer.ctx(),
        "/manage/programmes/new",
        &viewer.tr.t("manage-programme-create-title"),
        &ProgrammeForm::default(),
        &FieldErrors::new(),
    )))
}

fn invalid_programme(
    viewer: &Viewer,
    action: &str,
    heading: &str,
    form: &ProgrammeForm,
    errors: &FieldErrors,
) -> HttpResponse {
    html_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        views::programme_form(&viewer.ctx(), action, heading, form, errors),
    )
}

pub async fn create_programme(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ProgrammeForm>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::CreateProgramme)?.person.id;
    let form = form.into_inner();
    let (action, heading) = ("/manage/programmes/new", viewer.tr.t("manage-programme-create-title"));
    let heading = heading.as_str();
    let input = match check_programme(&form) {
        Ok(input) => input,
        Err(errors) => return Ok(invalid_programme(&viewer, action, heading, &form, &errors)),
    };
    let now = state.now();
    match state.db.call(move |conn| programme_actions::create(conn, actor, &input, now)).await? {
        Ok(programme) => {
            viewer.flash("manage-programme-created");
            Ok(redirect(&format!("/manage/programmes/{}", programme.id)))
        }
        Err(ProgrammeError::Invalid(errors)) => Ok(invalid_programme(&viewer, action, heading, &form, &errors)),
        Err(other) => Err(programme_error(&viewer, other)),
    }
}

async fn overview(
    state: &AppState,
    viewer: &Viewer,
    programme: Programme,
    lead_email: &str,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let programme_id = programme.id;
    let (pots, round_list, leads) = state
        .db
        .run(move |conn| {
            let mut pots = Vec::new();
            for pot in funds::pots_of(conn, programme_id)? {
                let balances = funds::pot_balances(conn, pot.id)?;
                pots.push((pot, balances));
            }
            let round_list = rounds::of_programme(conn, programme_id)?;
            let leads = programmes::people_with_role(conn, programme_id, ProgrammeRole::Lead)?;
            Ok::<_, AppError>((pots, round_list, leads))
        })
        .await?;
    let may_appoint_leads = viewer.signed_in.as_ref().is_some_and(|s| s.roles.may(Action::ManageUsers));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = ProgrammeOverview {
        programme: &programme,
        pots: &pots,
        rounds: &round_list,
        leads: &leads,
        may_appoint_leads,
        lead_email,
        errors: &errors,
        now: state.now(),
    };
    Ok(html_with_status(status, views::programme_overview(&viewer.ctx(), &view)))
}

pub async fn show_programme(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    overview(&state, &viewer, programme, "", FieldErrors::new()).await
}

fn programme_form_values(programme: &Programme) -> ProgrammeForm {
    ProgrammeForm {
        name: programme.name.clone(),
        slug: programme.slug.clone(),
        description: programme.description.clone(),
        funder_name: programme.funder_name.clone(),
        funder_org_id: programme.funder_org_id.clone(),
        identifier_prefix: programme.identifier_prefix.clone(),
    }
}

pub async fn edit_programme(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let action = format!("/manage/programmes/{}/edit", programme.id);
    Ok(html(views::programme_form(
        &viewer.ctx(),
        &action,
        &viewer.tr.t("manage-programme-change-title"),
        &programme_form_values(&programme),
        &FieldErrors::new(),
    )))
}

pub async fn update_programme(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<ProgrammeForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let action = format!("/manage/programmes/{}/edit", programme.id);
    let heading = viewer.tr.t("manage-programme-change-title");
    let input = match check_programme(&form) {
        Ok(input) => input,
        Err(errors) => return Ok(invalid_programme(&viewer, &action, &heading, &form, &errors)),
    };
    let (actor, id, now) = (signed_in.person.id, programme.id, state.now());
    match state.db.call(move |conn| programme_actions::update(conn, actor, id, &input, now)).await? {
        Ok(()) => {
            viewer.flash("manage-programme-saved");
            Ok(redirect(&format!("/manage/programmes/{id}")))
        }
        Err(ProgrammeError::Invalid(errors)) => Ok(invalid_programme(&viewer, &action, &heading, &form, &errors)),
        Err(other) => Err(programme_error(&viewer, other)),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LeadForm {
    #[serde(default)]
    email: String,
}

pub async fn appoint_lead(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<LeadForm>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let email = crate::accounts::rules::normalise_email(&form.email);
    let (id, now) = (programme.id, state.now());
    let outcome = {
        let email = email.clone();
        state.db.call(move |conn| programme_actions::appoint_lead(conn, actor, id, &email, now)).await?
    };
    match outcome {
        Ok(()) => {
            viewer.flash(Message::new("manage-programme-lead-appointed").arg("email", email));
            Ok(redirect(&format!("/manage/programmes/{id}")))
        }
        Err(ProgrammeError::Invalid(errors)) => overview(&state, &viewer, programme, &form.email, errors).await,
        Err(other) => Err(programme_error(&viewer, other)),
    }
}

/// The years a new pot may be for: last year (to record it late), this year and next.
fn pot_years(now: chrono::NaiveDateTime) -> [FinancialYear; 3] {
    let this = FinancialYear::containing(now);
    [this.previous(), this, this.next()]
}

pub async fn new_pot(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let this_year = FinancialYear::containing(state.now());
    let form = PotForm {
        financial_year: this_year.0.to_string(),
        name: crate::t!(viewer.tr, "manage-pot-default-name", year = this_year.label()),
        ..PotForm::default()
    };
    Ok(html(views::pot_form(&viewer.ctx(), &programme, &pot_years(state.now()), &form, &FieldErrors::new())))
}

pub async fn create_pot(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<PotForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let years = pot_years(state.now());
    let invalid = |errors: &FieldErrors| {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::pot_form(&viewer.ctx(), &programme, &years, &form, errors),
        )
    };
    let input = match check_pot(&form, &years) {
        Ok(input) => input,
        Err(errors) => return Ok(invalid(&errors)),
    };
    let (actor, programme_id, now) = (signed_in.person.id, programme.id, state.now());
    let outcome = state
        .db
        .run(move |conn| {
            let new = NewPot {
                programme_id,
                year: input.year,
                name: &input.name,
                allocation: input.allocation,
                transformation_total: input.transformation_total,
                ring_fence_basis_points: input.ring_fence_basis_points,
            };
            Ok::<_, AppError>(funds_actions::create_pot(conn, actor, &new, now))
        })
        .await?;
    match outcome {
        Ok(pot) => {
            viewer.flash(Message::new("manage-pot-added").arg("name", pot.name));
            Ok(redirect(&format!("/manage/pots/{}", pot.id)))
        }
        Err(error @ FundsError::DuplicatePot(_)) => {
            Ok(invalid(&FieldErrors::single("financial_year", error.message())))
        }
        Err(other) => Err(funds_error(&viewer, other)),
    }
}

/// Why carrying forward is not possible yet, or `Ok` when it is.
fn carry_forward_state(
    pot: &Pot,
    balances: &Balances,
    rounds_open: bool,
    now: chrono::NaiveDateTime,
) -> Result<(), Message> {
    if !balances.carried_out.is_zero() {
        return Err(Message::new("manage-carry-forward-done").arg("amount", balances.carried_out));
    }
    if now < pot.year().ends_at() {
        return Err(Message::new("manage-carry-forward-year-not-ended")
            .arg("date", crate::time::in_london(pot.year().ends_at()).date_naive()));
    }
    if rounds_open {
        return Err(Message::new("manage-carry-forward-rounds-open"));
    }
    if balances.uncommitted().0 <= 0 {
        return Err(Message::new("manage-carry-forward-nothing-left"));
    }
    Ok(())
}

/// Ledger entries shown on the pot's page; the rest are in the ledger spreadsheet.
const LEDGER_ROWS_SHOWN: i64 = 200;

async fn pot_page(
    state: &AppState,
    viewer: &Viewer,
    programme: Programme,
    pot: Pot,
    adjust: AdjustForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let pot_id = pot.id;
    let (balances, entries, round_list) = state
        .db
        .run(move |conn| {
            let balances = funds::pot_balances(conn, pot_id)?;
            let entries = funds::recent_entries(conn, pot_id, LEDGER_ROWS_SHOWN)?;
            let list = rounds::of_pot(conn, pot_id)?;
            let ids: Vec<i64> = list.iter().map(|r| r.id).collect();
            let mut budgets = funds::rounds_balances(conn, &ids)?;
            let list: Vec<(Round, Balances)> = list
                .into_iter()
                .map(|round| {
                    let b = budgets.remove(&round.id).unwrap_or_default();
                    (round, b)
                })
                .collect();
            Ok::<_, AppError>((balances, entries, list))
        })
        .await?;
    let now = state.now();
    let rounds_open = round_list.iter().any(|(round, _)| round.status(now).is_not_closed());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = PotDashboard {
        programme: &programme,
        pot: &pot,
        balances: &balances,
        entries: &entries,
        rounds: &round_list,
        may_carry_forward: carry_forward_state(&pot, &balances, rounds_open, now),
        adjust: &adjust,
        errors: &errors,
    };
    Ok(html_with_status(status, views::pot_dashboard(&viewer.ctx(), &view)))
}

pub async fn show_pot(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme, pot) = managed_pot(&state, &viewer, pot_id.into_inner()).await?;
    pot_page(&state, &viewer, programme, pot, AdjustForm::default(), FieldErrors::new()).await
}

pub async fn adjust_pot(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
    form: web::Form<AdjustForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme, pot) = managed_pot(&state, &viewer, pot_id.into_inner()).await?;
    let form = form.into_inner();
    let adjustment = match check_adjustment(&form) {
        Ok(adjustment) => adjustment,
        Err(errors) => return pot_page(&state, &viewer, programme, pot, form, errors).await,
    };
    let (actor, id, now) = (signed_in.person.id, pot.id, state.now());
    let outcome = state
        .db
        .run(move |conn| {
            Ok::<_, AppError>(funds_actions::adjust_allocation(
                conn,
                actor,
                id,
                adjustment.increase,
                adjustment.amount,
                &adjustment.reason,
                now,
            ))
        })
        .await?;
    match outcome {
        Ok(_) => {
            viewer.flash("manage-pot-correction-added");
            Ok(redirect(&format!("/manage/pots/{id}")))
        }
        Err(error @ FundsError::BelowCommitments { .. }) => {
            pot_page(&state, &viewer, programme, pot, form, FieldErrors::single("amount", error.message())).await
        }
        Err(other) => Err(funds_error(&viewer, other)),
    }
}

pub async fn carry_forward(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, pot) = managed_pot(&state, &viewer, pot_id.into_inner()).await?;
    let (tr, actor, id, now) = (viewer.tr, signed_in.person.id, pot.id, state.now());
    let (next, amount) = state
        .db
        .call(move |conn| funds_actions::carry_forward(conn, tr, actor, id, now))
        .await?
        .map_err(|error| funds_error(&viewer, error))?;
    viewer.flash(Message::new("manage-pot-carried-forward").arg("amount", amount).arg("name", next.name));
    Ok(redirect(&format!("/manage/pots/{}", next.id)))
}

async fn programme_pots(state: &AppState, programme_id: i64) -> Result<Vec<(Pot, Balances)>, AppError> {
    state
        .db
        .run(move |conn| {
            let mut list = Vec::new();
            for pot in funds::pots_of(conn, programme_id)? {
                let balances = funds::pot_balances(conn, pot.id)?;
                list.push((pot, balances));
            }
            Ok::<_, AppError>(list)
        })
        .await
}

/// The budget's problem against the pot, worked out before saving so it is shown together with
/// every other problem on the form (saving checks it again under the pot's lock).
async fn budget_problem(
    state: &AppState,
    programme_id: i64,
    form: &RoundForm,
    round: Option<&Round>,
) -> Result<Option<Message>, AppError> {
    let (Ok(pot_id), Ok(budget)) = (form.pot_id.trim().parse::<i64>(), crate::money::Pence::parse(&form.budget)) else {
        return Ok(None);
    };
    let round_id = round.map(|r| r.id);
    let balances = state
        .db
        .run(move |conn| {
            // Only this programme's pots: another programme's figures are never shown.
            if funds::find_pot(conn, pot_id)?.is_none_or(|pot| pot.programme_id != programme_id) {
                return Ok::<_, AppError>(None);
            }
            let pot = funds::pot_balances(conn, pot_id)?;
            let current = match round_id {
                Some(id) => funds::round_balances(conn, id)?,
                None => Balances::default(),
            };
            Ok(Some((pot, current)))
        })
        .await?;
    let Some((pot, current)) = balances else { return Ok(None) };
    let available = current.assigned + pot.unassigned();
    Ok((budget > available).then(|| Message::new("manage-round-error-budget-over-pot").arg("available", available)))
}

/// Checks the round form and the budget against the pot, all problems together.
async fn check_round_form(
    state: &AppState,
    programme_id: i64,
    form: &RoundForm,
    round: Option<&Round>,
) -> Result<Result<crate::rounds::rules::RoundInput, FieldErrors>, AppError> {
    let budget = budget_problem(state, programme_id, form, round).await?;
    let checked = check_round(form, state.now(), round.map(|r| r.closes_at));
    Ok(match (checked, budget) {
        (Ok(input), None) => Ok(input),
        (Ok(_), Some(problem)) => Err(FieldErrors::single("budget", problem)),
        (Err(mut errors), Some(problem)) => {
            errors.add("budget", problem);
            Err(errors)
        }
        (Err(errors), None) => Err(errors),
    })
}

pub async fn new_round(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let pots = programme_pots(&state, programme.id).await?;
    let this_year = FinancialYear::containing(state.now());
    let form = RoundForm {
        pot_id: pots.iter().find(|(p, _)| p.year() == this_year).map(|(p, _)| p.id.to_string()).unwrap_or_default(),
        opens_time: "09:00".into(),
        closes_time: "17:00".into(),
        panel_size: "2".into(),
        ..RoundForm::default()
    };
    let action = format!("/manage/programmes/{}/rounds", programme.id);
    Ok(html(views::round_form(
        &viewer.ctx(),
        &viewer.tr.t("manage-round-create-title"),
        &programme.name,
        &action,
        &pots,
        &form,
        &FieldErrors::new(),
    )))
}

pub async fn create_round(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<RoundForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let pots = programme_pots(&state, programme.id).await?;
    let action = format!("/manage/programmes/{}/rounds", programme.id);
    let heading = viewer.tr.t("manage-round-create-title");
    let invalid = |errors: &FieldErrors| {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::round_form(&viewer.ctx(), &heading, &programme.name, &action, &pots, &form, errors),
        )
    };
    let input = match check_round_form(&state, programme.id, &form, None).await? {
        Ok(input) => input,
        Err(errors) => return Ok(invalid(&errors)),
    };
    let (tr, actor, programme_id, now) = (viewer.tr, signed_in.person.id, programme.id, state.now());
    match state.db.call(move |conn| round_actions::create_round(conn, tr, actor, programme_id, &input, now)).await? {
        Ok(round) => {
            viewer.flash("manage-round-created");
            Ok(redirect(&format!("/manage/rounds/{}", round.id)))
        }
        Err(RoundError::Invalid(errors)) => Ok(invalid(&errors)),
        Err(other) => Err(round_error(&viewer, other)),
    }
}

/// What the lead typed into the round page's forms for a new criterion or question, kept when
/// it had a problem.
#[derive(Debug, Default)]
pub struct Typed {
    pub criterion: CriterionForm,
    pub question: QuestionForm,
}

/// What the round's own page reads besides its sections.
struct RoundParts {
    budget: Balances,
    criteria: Vec<crate::rounds::Criterion>,
    questions: Vec<crate::rounds::model::EligibilityQuestion>,
    /// The tracker's item asking views on the criteria, if any, and who changed them, when.
    criteria_item: Option<crate::tracker::Item>,
    criteria_history: Vec<crate::tracker::queries::CriteriaChange>,
}

fn round_parts(conn: &mut DbConn, round_id: i64) -> Result<RoundParts, AppError> {
    Ok(RoundParts {
        budget: funds::round_balances(conn, round_id)?,
        criteria: rounds::criteria_of(conn, round_id)?,
        questions: rounds::questions_of(conn, round_id)?,
        criteria_item: crate::tracker::queries::criteria_item_of(conn, round_id)?,
        criteria_history: crate::tracker::queries::criteria_history(conn, round_id)?,
    })
}

/// The round's own page for its lead; later stages add their sections through `extra`.
pub async fn round_page(
    state: &AppState,
    viewer: &Viewer,
    programme: Programme,
    round: Round,
    typed: Typed,
    errors: FieldErrors,
    extra: maud::Markup,
) -> Result<HttpResponse, AppError> {
    let round_id = round.id;
    let parts = state.db.run(move |conn| round_parts(conn, round_id)).await?;
    Ok(render_round(state, viewer, (&programme, &round), &parts, &typed, &errors, extra))
}

/// The round's page from what was read: 422 when the page shows a form's problems.
fn render_round(
    state: &AppState,
    viewer: &Viewer,
    (programme, round): (&Programme, &Round),
    parts: &RoundParts,
    typed: &Typed,
    errors: &FieldErrors,
    extra: maud::Markup,
) -> HttpResponse {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = RoundManagement {
        programme,
        round,
        budget: &parts.budget,
        criteria: &parts.criteria,
        new_criterion: &typed.criterion,
        questions: &parts.questions,
        new_question: &typed.question,
        criteria_item: parts.criteria_item.as_ref(),
        criteria_history: &parts.criteria_history,
        errors,
        now: state.now(),
        extra,
    };
    html_with_status(status, views::round_management(&viewer.ctx(), &view))
}

/// `GET /manage/rounds/{id}`: everything the page and its sections show is read on one
/// connection (on PostgreSQL each check-out is a round trip of its own).
pub async fn show_round(
    state: web::Data<AppState>,
    ManagedRound { viewer, programme, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let (round_id, memos) = (round.id, state.memos.clone());
    let (work, kept, parts) = state
        .db
        .run(move |conn| {
            Ok::<_, AppError>((
                round_work_data(conn, &memos, round_id)?,
                super::reservations::section_data(conn, round_id)?,
                round_parts(conn, round_id)?,
            ))
        })
        .await?;
    let (typed, errors) = (Typed::default(), FieldErrors::new());
    let extra = html! {
        (round_work_markup(&viewer, &round, &work))
        (super::reservations::section_markup(&viewer, round_id, &Default::default(), &errors, &kept))
    };
    Ok(render_round(&state, &viewer, (&programme, &round), &parts, &typed, &errors, extra))
}

fn round_form_values(round: &Round, budget: &Balances) -> RoundForm {
    let london = |at| crate::time::in_london(at);
    RoundForm {
        name: round.name.clone(),
        slug: round.slug.clone(),
        summary: round.summary.clone(),
        pot_id: round.pot_id.to_string(),
        budget: budget.assigned.to_input(),
        opens_date: london(round.opens_at).format("%Y-%m-%d").to_string(),
        opens_time: london(round.opens_at).format("%H:%M").to_string(),
        closes_date: london(round.closes_at).format("%Y-%m-%d").to_string(),
        closes_time: london(round.closes_at).format("%H:%M").to_string(),
        min_award: round.min_award().to_input(),
        max_award: round.max_award().to_input(),
        eligibility: round.eligibility.clone(),
        uses: round.uses.clone(),
        decision_date: round.decision_target_on.format("%Y-%m-%d").to_string(),
        panel_size: round.panel_size.to_string(),
        panel_due_date: round.panel_due_on.map(|date| date.format("%Y-%m-%d").to_string()).unwrap_or_default(),
    }
}

pub async fn edit_round(
    state: web::Data<AppState>,
    ManagedRound { viewer, programme, round, .. }: ManagedRound,
) -> Result<HttpResponse, AppError> {
    let id = round.id;
    let budget = state.query(move |conn| funds::round_balances(conn, id)).await?;
    let pots = programme_pots(&state, programme.id).await?;
    let action = format!("/manage/rounds/{}/edit", round.id);
    let form = round_form_values(&round, &budget);
    Ok(html(views::round_form(
        &viewer.ctx(),
        &viewer.tr.t("manage-round-change-title"),
        &programme.name,
        &action,
        &pots,
        &form,
        &FieldErrors::new(),
    )))
}

pub async fn update_round(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, programme, round }: ManagedRound,
    form: web::Form<RoundForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let pots = programme_pots(&state, programme.id).await?;
    let action = format!("/manage/rounds/{}/edit", round.id);
    let heading = viewer.tr.t("manage-round-change-title");
    let invalid = |errors: &FieldErrors| {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::round_form(&viewer.ctx(), &heading, &programme.name, &action, &pots, &form, errors),
        )
    };
    let input = match check_round_form(&state, programme.id, &form, Some(&round)).await? {
        Ok(input) => input,
        Err(errors) => return Ok(invalid(&errors)),
    };
    let (actor, now, id) = (signed_in.person.id, state.now(), round.id);
    match state.db.call(move |conn| round_actions::update_round(conn, actor, &round, &input, now)).await? {
        Ok(()) => {
            viewer.flash("manage-round-saved");
            Ok(redirect(&format!("/manage/rounds/{id}")))
        }
        Err(RoundError::Invalid(errors)) => Ok(invalid(&errors)),
        Err(other) => Err(round_error(&viewer, other)),
    }
}

pub async fn add_criterion(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, programme, round }: ManagedRound,
    form: web::Form<CriterionForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let fields = match check_criterion(&form, None) {
        Ok(fields) => fields,
        Err(errors) => {
            let typed = Typed { criterion: form, ..Typed::default() };
            return round_page(&state, &viewer, programme, round, typed, errors, html! {}).await;
        }
    };
    let (actor, id, now) = (signed_in.person.id, round.id, state.now());
    match state.db.call(move |conn| round_actions::add_criterion(conn, actor, id, &fields, now)).await? {
        Ok(()) => {
            viewer.flash("manage-criterion-added");
            Ok(redirect(&format!("/manage/rounds/{id}")))
        }
        Err(RoundError::Invalid(errors)) => {
            let typed = Typed { criterion: form, ..Typed::default() };
            round_page(&state, &viewer, programme, round, typed, errors, html! {}).await
        }
        Err(other) => Err(round_error(&viewer, other)),
    }
}

pub async fn update_criterion(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<CriterionForm>,
) -> Result<HttpResponse, AppError> {
    let (round_id, criterion_id) = path.into_inner();
    let (signed_in, programme, round) = managed_round(&state, &viewer, round_id).await?;
    let form = form.into_inner();
    let existing = state
        .query(move |conn| rounds::find_criterion(conn, round_id, criterion_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = match check_criterion(&form, Some(&existing.key)) {
        Ok(fields) => fields,
        Err(errors) => {
            let message = Message::new("manage-criterion-not-saved")
                .arg("criterion", existing.title.as_str())
                .arg("problems", all_problems(&viewer, &errors));
            return round_page(
                &state,
                &viewer,
                programme,
                round,
                Typed::default(),
                FieldErrors::single("title", message),
                html! {},
            )
            .await;
        }
    };
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| round_actions::update_criterion(conn, actor, round_id, criterion_id, &fields, now))
        .await?
        .map_err(|error| round_error(&viewer, error))?;
    viewer.flash("manage-criterion-saved");
    Ok(redirect(&format!("/manage/rounds/{round_id}")))
}

pub async fn remove_criterion(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (round_id, criterion_id) = path.into_inner();
    let (signed_in, _, _) = managed_round(&state, &viewer, round_id).await?;
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| round_actions::remove_criterion(conn, actor, round_id, criterion_id, now))
        .await?
        .map_err(|error| round_error(&viewer, error))?;
    viewer.flash("manage-criterion-removed");
    Ok(redirect(&format!("/manage/rounds/{round_id}")))
}

/// `POST /manage/rounds/{id}/eligibility`: adds an eligibility question.
pub async fn add_question(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, programme, round }: ManagedRound,
    form: web::Form<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let fields = match check_question(&form) {
        Ok(fields) => fields,
        Err(errors) => {
            let typed = Typed { question: form, ..Typed::default() };
            return round_page(&state, &viewer, programme, round, typed, errors, html! {}).await;
        }
    };
    let (actor, id, now) = (signed_in.person.id, round.id, state.now());
    match state.db.call(move |conn| round_actions::add_question(conn, actor, id, &fields, now)).await? {
        Ok(_) => {
            viewer.flash("manage-question-added");
            Ok(redirect(&format!("/manage/rounds/{id}#eligibility-questions")))
        }
        Err(RoundError::Invalid(errors)) => {
            let typed = Typed { question: form, ..Typed::default() };
            round_page(&state, &viewer, programme, round, typed, errors, html! {}).await
        }
        Err(other) => Err(round_error(&viewer, other)),
    }
}

/// `POST /manage/rounds/{id}/eligibility/{question_id}`: changes a question.
pub async fn update_question(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let (round_id, question_id) = path.into_inner();
    let (signed_in, programme, round) = managed_round(&state, &viewer, round_id).await?;
    let existing =
        state.query(move |conn| rounds::find_question(conn, round_id, question_id)).await?.ok_or(AppError::NotFound)?;
    let fields = match check_question(&form) {
        Ok(fields) => fields,
        Err(errors) => {
            // Several questions' forms share the page: the problem is said at the new
            // question's name, naming the question that was not saved.
            let message = Message::new("manage-question-not-saved")
                .arg("question", existing.question.as_str())
                .arg("problems", all_problems(&viewer, &errors));
            let errors = FieldErrors::single("question", message);
            return round_page(&state, &viewer, programme, round, Typed::default(), errors, html! {}).await;
        }
    };
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| round_actions::update_question(conn, actor, round_id, question_id, &fields, now))
        .await?
        .map_err(|error| round_error(&viewer, error))?;
    viewer.flash("manage-question-saved");
    Ok(redirect(&format!("/manage/rounds/{round_id}#eligibility-questions")))
}

/// `POST /manage/rounds/{id}/eligibility/{question_id}/delete`: removes a question.
pub async fn remove_question(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (round_id, question_id) = path.into_inner();
    let (signed_in, _, _) = managed_round(&state, &viewer, round_id).await?;
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| round_actions::remove_question(conn, actor, round_id, question_id, now))
        .await?
        .map_err(|error| round_error(&viewer, error))?;
    viewer.flash("manage-question-removed");
    Ok(redirect(&format!("/manage/rounds/{round_id}#eligibility-questions")))
}

/// The round's sent bids with their panel progress, kept until anything changes: a large
/// round has thousands, and its lead comes back to this page all day. Blocking.
pub(super) fn round_work_data(
    conn: &mut DbConn,
    memos: &crate::web::memo::Memos,
    round_id: i64,
) -> Result<std::sync::Arc<RoundBids>, AppError> {
    let marker = crate::db::changes::change_marker(conn)?;
    memos
        .round_bids
        .get_or_make(round_id.to_string(), marker, || Ok(crate::decisions::queries::round_bids(conn, round_id)?))
}

/// The bids section of the round's page.
pub(super) async fn round_work_section(
    state: &AppState,
    viewer: &Viewer,
    round: &Round,
) -> Result<maud::Markup, AppError> {
    let (round_id, memos) = (round.id, state.memos.clone());
    let work = state.db.run(move |conn| round_work_data(conn, &memos, round_id)).await?;
    Ok(round_work_markup(viewer, round, &work))
}

fn round_work_markup(viewer: &Viewer, round: &Round, work: &RoundBids) -> maud::Markup {
    let RoundBids { lines: bids, progress, conflicted } = work;
    // A bid with the panel that lost a member to a conflict and now has fewer than the round's
    // panel size needs someone else assigned.
    let needs: std::collections::HashSet<i64> = bids
        .iter()
        .filter(|b| matches!(b.state, BidState::Submitted | BidState::InReview))
        .filter(|b| conflicted.contains(&b.id) && progress.get(&b.id).map_or(0, |p| p.0) < i64::from(round.panel_size))
        .map(|b| b.id)
        .collect();
    decision_views::round_work(&viewer.ctx(), &RoundWork { round, bids, progress, needs_reassigning: &needs })
}
