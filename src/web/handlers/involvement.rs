//! Involvement payments: the lead's involvement budget page and spreadsheet under
//! `/manage/programmes/{id}/involvement` (`Action::ManageProgramme`, through
//! `managed_programme`), and a panel member's own payments and choice under `/panel/payments`
//! (`ReviewInProgramme` for the programme a choice is about; their own rows only).

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpResponse, web};

use super::{html_with_status, redirect};
use crate::accounts::{Action, ProgrammeRole};
use crate::exports::cell;
use crate::forms::FieldErrors;
use crate::funds::FinancialYear;
use crate::involvement::actions::{self, InvolvementError};
use crate::involvement::rules::{AllocationForm, PaymentChoices, PaymentForm, check_allocation, check_payment};
use crate::involvement::{BudgetBalances, Choice, queries};
use crate::programmes::Programme;
use crate::reports::spreadsheets;
use crate::web::AppState;
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::involvement::{self as views, InvolvementData, InvolvementView, PanelPaymentsView, PanelSeat};

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub year: String,
    /// A payment to start with (from a view on the tracker: the person's email, the kind
    /// `giving_views` and what it was for); the lead checks and completes the rest.
    pub kind: String,
    pub email: String,
    pub what_for: String,
}

/// The year asked for: last year, this year, next year or a year with a budget; anything else
/// is this year (on a page) or 404 (a form).
fn chosen_year(text: &str, offered: &[FinancialYear]) -> Option<FinancialYear> {
    text.trim().parse::<i32>().ok().map(FinancialYear).filter(|year| offered.contains(year))
}

async fn load(
    state: &AppState,
    programme_id: i64,
    year_text: String,
    strict: bool,
) -> Result<InvolvementData, AppError> {
    let current = FinancialYear::containing(state.now());
    let data = state
        .db
        .run(move |conn| {
            let mut years = vec![current.next(), current, current.previous()];
            for year in queries::budget_years(conn, programme_id)? {
                if !years.contains(&year) {
                    years.push(year);
                }
            }
            years.sort_by(|a, b| b.cmp(a));
            let year = match chosen_year(&year_text, &years) {
                Some(year) => year,
                None if strict => return Err(AppError::NotFound),
                None => current,
            };
            let budget = queries::budget_for_year(conn, programme_id, year)?;
            let (balances, entries) = match &budget {
                Some(budget) => (queries::balances(conn, budget.id)?, queries::entries(conn, budget.id)?),
                None => (BudgetBalances::default(), Vec::new()),
            };
            let payments = queries::payments_of(conn, programme_id, year)?;
            let choices = queries::choices_in(conn, programme_id)?;
            let panel = crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Panel)?
                .into_iter()
                .map(|(person, lived)| {
                    let choice = choices.get(&person.id).copied();
                    (person, lived, choice)
                })
                .collect();
            let rounds = crate::rounds::queries::of_programme(conn, programme_id)?;
            let pot = match crate::funds::queries::pot_for_year(conn, programme_id, year)? {
                Some(pot) => {
                    let balances = crate::funds::queries::pot_balances(conn, pot.id)?;
                    Some((pot, balances))
                }
                None => None,
            };
            Ok::<_, AppError>(InvolvementData { year, years, budget, balances, entries, payments, panel, rounds, pot })
        })
        .await?;
    Ok(data)
}

/// Forms of the page as typed, and the errors of the one that was sent.
#[derive(Default)]
struct Forms {
    allocation: AllocationForm,
    allocation_errors: FieldErrors,
    payment: PaymentForm,
    payment_errors: FieldErrors,
}

fn render(viewer: &Viewer, programme: &Programme, data: &InvolvementData, forms: &Forms) -> HttpResponse {
    let status = if forms.allocation_errors.is_empty() && forms.payment_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = InvolvementView {
        programme,
        data,
        allocation: &forms.allocation,
        allocation_errors: &forms.allocation_errors,
        payment: &forms.payment,
        payment_errors: &forms.payment_errors,
    };
    html_with_status(status, views::involvement_page(&viewer.ctx(), &view))
}

/// `GET /manage/programmes/{id}/involvement?year=2026`: the involvement budget and its report.
pub async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let query = query.into_inner();
    let data = load(&state, programme.id, query.year, false).await?;
    let forms = Forms {
        payment: PaymentForm {
            paid_on: crate::time::in_london(state.now()).format("%Y-%m-%d").to_string(),
            kind: query.kind.chars().take(40).collect(),
            email: query.email.chars().take(320).collect(),
            what_for: query.what_for.chars().take(200).collect(),
            ..Default::default()
        },
        ..Forms::default()
    };
    Ok(render(&viewer, &programme, &data, &forms))
}

fn back_to(programme_id: i64, year: FinancialYear) -> String {
    format!("/manage/programmes/{programme_id}/involvement?year={}", year.0)
}

/// `POST /manage/programmes/{id}/involvement/allocation`: sets the year's first allocation, or
/// raises or lowers it with a reason.
pub async fn change_allocation(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<AllocationForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let data = load(&state, programme.id, form.year.clone(), true).await?;
    let change = match check_allocation(&form, data.budget.is_none()) {
        Ok(change) => change,
        Err(errors) => {
            let forms = Forms { allocation: form, allocation_errors: errors, ..Forms::default() };
            return Ok(render(&viewer, &programme, &data, &forms));
        }
    };
    let (actor, id, year, now) = (signed_in.person.id, programme.id, data.year, state.now());
    let outcome = state.db.call(move |conn| actions::change_allocation(conn, actor, id, year, &change, now)).await?;
    match outcome {
        Ok(_) => {
            viewer.flash("involvement-allocation-saved");
            Ok(redirect(&back_to(programme.id, data.year)))
        }
        Err(InvolvementError::Database(error)) => Err(error.into()),
        Err(refused) => {
            let errors = FieldErrors::single(refused.field(), refused.message());
            let forms = Forms { allocation: form, allocation_errors: errors, ..Forms::default() };
            Ok(render(&viewer, &programme, &data, &forms))
        }
    }
}

/// `POST /manage/programmes/{id}/involvement/payments`: records a payment. Refusals (over what
/// is left, a person who said no, an unknown email) are shown at their field with the form kept.
pub async fn record_payment(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<PaymentForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let data = load(&state, programme.id, form.year.clone(), true).await?;
    let panel_ids: Vec<i64> = data.panel.iter().map(|(person, _, _)| person.id).collect();
    let round_ids: Vec<i64> = data.rounds.iter().map(|round| round.id).collect();
    let choices = PaymentChoices { year: data.year, panel_ids: &panel_ids, round_ids: &round_ids };
    let input = match check_payment(&form, &choices) {
        Ok(input) => input,
        Err(errors) => {
            let forms = Forms { payment: form, payment_errors: errors, ..Forms::default() };
            return Ok(render(&viewer, &programme, &data, &forms));
        }
    };
    let (actor, id, year, now) = (signed_in.person.id, programme.id, data.year, state.now());
    let outcome = state.db.call(move |conn| actions::record_payment(conn, actor, id, year, &input, now)).await?;
    match outcome {
        Ok(_) => {
            viewer.flash("involvement-payment-recorded");
            Ok(redirect(&back_to(programme.id, data.year)))
        }
        Err(InvolvementError::Database(error)) => Err(error.into()),
        Err(refused) => {
            let errors = FieldErrors::single(refused.field(), refused.message());
            let forms = Forms { payment: form, payment_errors: errors, ..Forms::default() };
            Ok(render(&viewer, &programme, &data, &forms))
        }
    }
}

/// The spreadsheet's columns (message keys).
pub const PAYMENTS_HEADER: [&str; 10] = [
    "involvement-csv-paid-on",
    "involvement-csv-kind",
    "involvement-csv-payee",
    "involvement-csv-what-for",
    "involvement-csv-help-cost",
    "involvement-csv-amount",
    "involvement-csv-source",
    "involvement-csv-how-paid",
    "involvement-csv-note",
    "involvement-csv-recorded",
];

/// `GET /manage/programmes/{id}/involvement.csv?year=2026`: every payment of the year.
pub async fn payments_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let data = load(&state, programme.id, query.into_inner().year, true).await?;
    let tr = viewer.tr;
    let rows = data.payments.iter().map(|p| {
        vec![
            p.paid_on.format("%Y-%m-%d").to_string(),
            tr.t(p.kind.label_key()),
            cell(&p.payee),
            cell(&p.what_for),
            p.help_cost.map(|c| tr.t(c.label_key())).unwrap_or_default(),
            p.amount.to_input(),
            tr.t(p.source.label_key()),
            tr.t(p.how_paid.label_key()),
            cell(&p.note),
            tr.london_datetime(p.created_at),
        ]
    });
    let body = spreadsheets::to_csv(spreadsheets::header(tr, &PAYMENTS_HEADER), rows)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let filename = format!(
        "{}-{}-involvement.csv",
        crate::rounds::rules::slugify(&programme.name),
        data.year.label().replace('/', "-")
    );
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `GET /panel/payments`: what the panel member has been paid, and their choice for each
/// programme they sit on. Anyone else who has been paid (for giving their views, or after
/// leaving a panel) sees their payments too; others are refused.
pub async fn panel_payments(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    panel_page(&state, &viewer, FieldErrors::new(), StatusCode::OK).await
}

async fn panel_page(
    state: &AppState,
    viewer: &Viewer,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let on_a_panel = signed_in.roles.is_panel_member_anywhere();
    let person_id = signed_in.person.id;
    let programme_ids = signed_in.roles.programmes_with(ProgrammeRole::Panel);
    let fallback = state.config.contact_email.clone();
    let (payments, seats, names) = state
        .db
        .run(move |conn| {
            let payments = queries::payments_to(conn, person_id)?;
            let choices = queries::choices_of(conn, person_id)?;
            let mut seats = Vec::new();
            for id in &programme_ids {
                if let Some(programme) = crate::programmes::queries::find(conn, *id)? {
                    let team = programme.team(&fallback);
                    seats.push(PanelSeat { choice: choices.get(id).copied(), programme, team });
                }
            }
            let mut names = std::collections::HashMap::new();
            for payment in &payments {
                if !names.contains_key(&payment.programme_id)
                    && let Some(programme) = crate::programmes::queries::find(conn, payment.programme_id)?
                {
                    names.insert(payment.programme_id, programme.name);
                }
            }
            Ok::<_, AppError>((payments, seats, names))
        })
        .await?;
    // Someone paid for their views, or who has left a panel, still sees what they were paid.
    if !on_a_panel && payments.is_empty() {
        return Err(AppError::Forbidden);
    }
    let view = PanelPaymentsView { payments: &payments, programme_names: &names, seats: &seats, errors: &errors };
    Ok(html_with_status(status, views::panel_payments(&viewer.ctx(), &view)))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ChoiceForm {
    pub programme_id: String,
    pub choice: String,
}

/// `POST /panel/payments/choice`: the panel member's own choice for one programme they sit on.
/// A programme they do not sit on is 404: nobody can change anyone else's choice.
pub async fn set_choice(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ChoiceForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let programme_id = form.programme_id.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !signed_in.roles.may(Action::ReviewInProgramme(programme_id)) {
        return Err(AppError::NotFound);
    }
    let Some(choice) = Choice::parse(&form.choice) else {
        let errors = FieldErrors::single(&format!("choice-{programme_id}"), "involvement-error-choice");
        return panel_page(&state, &viewer, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let (person_id, now) = (signed_in.person.id, state.now());
    state.db.call(move |conn| actions::set_choice(conn, person_id, programme_id, choice, now)).await?.map_err(
        |error| match error {
            InvolvementError::Database(error) => AppError::from(error),
            other => AppError::Conflict(viewer.tr.message(&other.message())),
        },
    )?;
    viewer.flash("involvement-choice-saved");
    Ok(redirect("/panel/payments"))
}
