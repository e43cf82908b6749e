//! `/groups/{id}/bank-details`: a group's own members give its bank details and a second member
//! checks them; `/manage/bids/{id}/bank-details/…`: a lead confirms them after a call back, or
//! looks at them in full (recorded). Typed account numbers are never logged, kept in a session
//! or written back into a page other than the form they were typed in.

use actix_web::http::StatusCode;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};

use super::groups::member_group;
use super::{html_with_status, redirect};
use crate::bank_details::actions::{self, BankError, CheckOutcome};
use crate::bank_details::rules::{
    BankForm, CallBackForm, CheckForm, check_bank_form, check_call_back, typed_account_number,
};
use crate::bank_details::{BankDetailsRow, queries};
use crate::decisions::rules::DecisionForm;
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::i18n::{Message, Tr};
use crate::web::AppState;
use crate::web::access::LeadBid;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::return_path;
use crate::web::views::bank_details::{self as views, BankPage};
use crate::web::views::layout::PageCtx;

/// A lead reaches a group's bank details only through a bid of theirs the group is being paid
/// for: an offer waiting, a grant running or one completed.
fn refuse_unless_paid_through(managed: &crate::web::access::ManagedBid) -> Result<(), AppError> {
    use crate::bids::BidState;
    match managed.bid.state {
        BidState::Awarded | BidState::Active | BidState::Completed => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

/// A refusal that is not about one field, as the page's error.
fn refused(error: BankError, tr: Tr) -> AppError {
    match error {
        BankError::Refused(message) => AppError::Conflict(tr.message(&message)),
        BankError::NotFound => AppError::NotFound,
        BankError::Database(error) => error.into(),
        BankError::Sealing(error) => AppError::Internal(error.to_string()),
    }
}

/// The group in the URL for one of its own members (a connector helps with bids, not with
/// where money goes), with the page's context in the programme that owes the group money, and
/// whether one does.
pub(super) async fn own_group(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
) -> Result<(Group, PageCtx, bool), AppError> {
    let (_, group, member) = member_group(state, viewer, group_id).await?;
    if member.is_connector {
        return Err(AppError::NotFound);
    }
    let programme = state
        .query(move |conn| {
            let Some((_, _, programme_id)) = queries::newest_owed_bid(conn, group_id)? else { return Ok(None) };
            crate::programmes::queries::find(conn, programme_id)
        })
        .await?;
    let ctx = match &programme {
        Some(programme) => viewer.ctx_in(programme),
        None => viewer.ctx(),
    };
    Ok((group, ctx, programme.is_some()))
}

/// The group's current details and its own members' names, for the pages below.
type BankPageData = (Option<BankDetailsRow>, Vec<(i64, String)>, Option<crate::bank_details::hosts::Host>);

async fn bank_page_data(state: &AppState, group_id: i64) -> Result<BankPageData, AppError> {
    state
        .query(move |conn| {
            let members = crate::groups::queries::members_of(conn, group_id)?;
            let names = members.into_iter().filter(|(m, _)| !m.is_connector).map(|(_, p)| (p.id, p.name)).collect();
            let host = crate::bank_details::hosts::latest(conn, group_id)?;
            Ok::<_, AppError>((queries::current(conn, group_id)?, names, host))
        })
        .await
}

/// One of the group's bank details pages, drawn by `draw` from what they all show.
async fn group_bank_page(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
    errors: &FieldErrors,
    draw: impl FnOnce(&PageCtx, &BankPage<'_>) -> maud::Markup,
) -> Result<HttpResponse, AppError> {
    let (group, ctx, owed) = own_group(state, viewer, group_id).await?;
    let (current, members, host) = bank_page_data(state, group_id).await?;
    let viewer_id = viewer.require_signed_in()?.person.id;
    let page =
        BankPage { group: &group, current: current.as_ref(), members: &members, viewer_id, owed, host: host.as_ref() };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(private(html_with_status(status, draw(&ctx, &page))))
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
    form: &BankForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    group_bank_page(state, viewer, group_id, errors, |ctx, page| views::form_page(ctx, page, form, errors)).await
}

/// A page with bank details on it is kept by no cache.
pub(super) fn private(mut response: HttpResponse) -> HttpResponse {
    response.headers_mut().insert(CACHE_CONTROL, actix_web::http::header::HeaderValue::from_static("no-store"));
    response
}

/// `GET /groups/{id}/bank-details`: the form, always empty (details are never written back).
pub async fn form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    query: web::Query<super::groups::NextQuery>,
) -> Result<HttpResponse, AppError> {
    let form = BankForm { next: query.into_inner().next, ..BankForm::default() };
    form_page(&state, &viewer, group_id.into_inner(), &form, &FieldErrors::new()).await
}

/// `POST /groups/{id}/bank-details`
pub async fn give(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    form: web::Form<BankForm>,
) -> Result<HttpResponse, AppError> {
    let group_id = group_id.into_inner();
    own_group(&state, &viewer, group_id).await?;
    let input = match check_bank_form(&form) {
        Ok(input) => input,
        Err(errors) => return form_page(&state, &viewer, group_id, &form, &errors).await,
    };
    let person = viewer.require_signed_in()?.person.clone();
    let (keys, links, now) = (state.data_keys.clone(), state.links(), state.now());
    let result = state.db.call(move |conn| actions::give(conn, &keys, &person, group_id, &input, &links, now)).await?;
    match result {
        Ok(()) => {}
        Err(BankError::Refused(message)) => {
            return form_page(&state, &viewer, group_id, &form, &FieldErrors::single("account_name", message)).await;
        }
        Err(other) => return Err(refused(other, viewer.tr)),
    }
    viewer.flash("bank-flash-given");
    Ok(redirect(return_path::local(&form.next).unwrap_or(&format!("/groups/{group_id}"))))
}

async fn check_page(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    group_bank_page(state, viewer, group_id, errors, |ctx, page| views::check_page(ctx, page, errors)).await
}

/// `GET /groups/{id}/bank-details/check`: the page the emailed link opens for the other members.
pub async fn check_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    check_page(&state, &viewer, group_id.into_inner(), &FieldErrors::new()).await
}

/// `POST /groups/{id}/bank-details/check` (`account_number`, typed from the group's papers).
pub async fn check(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    form: web::Form<CheckForm>,
) -> Result<HttpResponse, AppError> {
    let group_id = group_id.into_inner();
    own_group(&state, &viewer, group_id).await?;
    let typed = match typed_account_number(&form) {
        Ok(typed) => typed,
        Err(errors) => return check_page(&state, &viewer, group_id, &errors).await,
    };
    let person = viewer.require_signed_in()?.person.clone();
    let (keys, now) = (state.data_keys.clone(), state.now());
    let result = state.db.call(move |conn| actions::check(conn, &keys, &person, group_id, &typed, now)).await?;
    let errors = match result {
        Ok(CheckOutcome::Confirmed) => {
            viewer.flash("bank-flash-confirmed");
            return Ok(redirect(&format!("/groups/{group_id}")));
        }
        Ok(CheckOutcome::NotTheSame) => FieldErrors::single("account_number", "bank-error-not-the-same"),
        Err(BankError::Refused(message)) => FieldErrors::single("account_number", message),
        Err(other) => return Err(refused(other, viewer.tr)),
    };
    check_page(&state, &viewer, group_id, &errors).await
}

/// `POST /groups/{id}/bank-details/dispute`: "these are not our details".
pub async fn dispute(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let group_id = group_id.into_inner();
    own_group(&state, &viewer, group_id).await?;
    let person = viewer.require_signed_in()?.person.clone();
    let (links, now) = (state.links(), state.now());
    state
        .db
        .call(move |conn| actions::dispute(conn, &person, group_id, &links, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash("bank-flash-disputed");
    Ok(redirect(&format!("/groups/{group_id}")))
}

/// `POST /manage/bids/{id}/bank-details/call-back` (`called_name`, `called_number`, `read_back`).
pub async fn call_back(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    refuse_unless_paid_through(&managed)?;
    let (bid_id, typed) = (managed.bid.id, form.into_inner());
    let call_back_form = CallBackForm {
        called_name: typed.called_name.clone(),
        called_number: typed.called_number.clone(),
        read_back: typed.read_back.clone(),
    };
    let call_back = match check_call_back(&call_back_form) {
        Ok(call_back) => call_back,
        Err(errors) => return super::decisions::bid_page(&state, &viewer, managed, typed, errors).await,
    };
    let (lead_id, group_id, now) = (managed.signed_in.person.id, managed.group.id, state.now());
    let result =
        state.db.call(move |conn| actions::confirm_after_call_back(conn, lead_id, group_id, &call_back, now)).await?;
    match result {
        Ok(()) => {
            viewer.flash(Message::new("bank-lead-flash-confirmed"));
            Ok(redirect(&format!("/manage/bids/{bid_id}#bank-details")))
        }
        Err(BankError::Refused(message)) => {
            super::decisions::bid_page(&state, &viewer, managed, typed, FieldErrors::single("called_name", message))
                .await
        }
        Err(other) => Err(refused(other, viewer.tr)),
    }
}

/// `POST /manage/bids/{id}/bank-details/reveal`: the details in full, for a lead about to pay;
/// recorded each time. A POST, so that a look is a deliberate act and no link or prefetch
/// makes one.
pub async fn reveal(
    state: web::Data<AppState>,
    LeadBid { viewer, managed }: LeadBid,
) -> Result<HttpResponse, AppError> {
    refuse_unless_paid_through(&managed)?;
    let (lead_id, group_id, now, keys) =
        (managed.signed_in.person.id, managed.group.id, state.now(), state.data_keys.clone());
    let (row, details) = state
        .db
        .call(move |conn| actions::reveal(conn, &keys, lead_id, group_id, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    let ctx = viewer.ctx();
    Ok(private(html_with_status(
        StatusCode::OK,
        views::revealed_page(&ctx, &managed.bid, &managed.group, &row, &details),
    )))
}
