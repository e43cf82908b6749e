//! A bid's own page for its group once it has been sent: its summary and history and, once
//! awarded, the offer, payments and report. Shown by `GET /bids/{id}` and again, with the form's
//! errors, by the offer's actions; so it lives here, not in either handler.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use maud::Markup;

use crate::bids::BidState;
use crate::bids::word::Purpose;
use crate::decisions::Award;
use crate::forms::FieldErrors;
use crate::grants::rules::AcceptForm;
use crate::grants::{GrantReport, Payment, queries};
use crate::web::AppState;
use crate::web::access::BidAccess;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::handlers::group_word::{ask_view, word_needed};
use crate::web::handlers::html_with_status;
use crate::web::views::bank_details as bank_views;
use crate::web::views::bids as bid_views;
use crate::web::views::grants::{self as views, AwardView, OfferActions};
use crate::web::views::group_word::WordAsk;
use crate::web::views::layout::PageCtx;

/// An award with what has been paid on it and the report.
pub struct AwardRecord {
    pub award: Award,
    pub payments: Vec<Payment>,
    pub instalments: Vec<crate::grants::instalments::Instalment>,
    pub report: Option<GrantReport>,
    /// The group answered the equality questions (so it may publish them with the award).
    pub has_equality_answers: bool,
    /// Where the grant is paid, as the group gave it.
    pub bank: Option<crate::bank_details::BankDetailsRow>,
    /// How many of the group's own members (not connectors) there are to check it.
    pub own_members: usize,
}

pub async fn award_record(state: &AppState, bid_id: i64, group_id: i64) -> Result<Option<AwardRecord>, AppError> {
    state
        .db
        .run(move |conn| {
            let Some(award) = queries::award_of(conn, bid_id)? else { return Ok::<_, AppError>(None) };
            let payments = queries::payments_of(conn, award.id)?;
            let instalments = crate::grants::instalments::of_award(conn, award.id)?;
            let report = queries::report_of(conn, bid_id)?;
            let has_equality_answers = crate::groups::queries::equality_of(conn, group_id)?.is_some();
            let bank = crate::bank_details::queries::current(conn, group_id)?;
            let own_members = crate::groups::queries::members_of(conn, group_id)?
                .iter()
                .filter(|(member, _)| !member.is_connector)
                .count();
            Ok(Some(AwardRecord { award, payments, instalments, report, has_equality_answers, bank, own_members }))
        })
        .await
}

/// The offer's forms as sent back with problems: the acceptance, and (for a connector
/// recording it from a phone call) who said yes.
pub struct OfferForm<'a> {
    pub accept: &'a AcceptForm,
    pub spoke_with: &'a str,
}

/// The award part of a sent bid's page, if the bid was awarded. `word`: the viewer is a
/// connector, who asks the group for its word to accept the offer.
pub fn award_part(
    ctx: &PageCtx,
    access: &BidAccess,
    record: &AwardRecord,
    form: &AcceptForm,
    errors: &FieldErrors,
    word: Option<&WordAsk<'_>>,
) -> Option<Markup> {
    let view = AwardView {
        bid: &access.bid,
        award: &record.award,
        payments: &record.payments,
        instalments: &record.instalments,
        report: record.report.as_ref(),
    };
    match access.bid.state {
        BidState::Awarded => {
            let actions = match word {
                Some(ask) => OfferActions::Connector(ask),
                None => OfferActions::Member,
            };
            Some(views::offer_section(ctx, &view, form, errors, actions, record.has_equality_answers))
        }
        BidState::Active if !access.member.is_connector => {
            let base = format!("/bids/{}", access.bid.id);
            let (viewer, alone) = (access.signed_in.person.id, record.own_members < 2);
            let bank = bank_views::group_summary(ctx.tr, access.group.id, record.bank.as_ref(), viewer, alone, &base);
            Some(maud::html! { (views::running_grant(ctx, &view, &base, true)) (bank) })
        }
        BidState::Active | BidState::Completed => {
            Some(views::running_grant(ctx, &view, &format!("/bids/{}", access.bid.id), true))
        }
        _ => None,
    }
}

/// The bid's page for a group member once it has been sent.
pub async fn sent_bid_page(
    state: &AppState,
    viewer: &Viewer,
    access: &BidAccess,
    form: &AcceptForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let offer = OfferForm { accept: form, spoke_with: "" };
    sent_bid_page_with(state, viewer, access, &offer, errors).await
}

/// The sent bid's page with the offer's forms as sent back.
pub async fn sent_bid_page_with(
    state: &AppState,
    viewer: &Viewer,
    access: &BidAccess,
    form: &OfferForm<'_>,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let id = access.bid.id;
    let history = state.query(move |conn| crate::bids::queries::history(conn, id)).await?;
    let record = award_record(state, id, access.group.id).await?;
    let waiting = match access.bid.state {
        BidState::Awarded => word_needed(state, access, Purpose::Accept).await?,
        _ => None,
    };
    let ask = waiting.as_ref().map(|waiting| ask_view(access, waiting.as_ref(), form.spoke_with, errors));
    let ctx = viewer.ctx_in(&access.programme);
    let part = record.as_ref().and_then(|record| award_part(&ctx, access, record, form.accept, errors, ask.as_ref()));
    let may_withdraw = crate::bids::lifecycle::next_state(
        access.bid.state,
        crate::bids::lifecycle::Transition::Withdraw,
        access.editor().actor(),
    )
    .is_ok();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(html_with_status(status, bid_views::summary(&ctx, &access.view(), &history, may_withdraw, part, errors)))
}
