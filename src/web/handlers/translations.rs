//! Adding or correcting the English translation of a bid in another language: by a connector
//! helping the group (from the group's side) or by the programme's lead.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::bids::{Bid, translation};
use crate::forms::FieldErrors;
use crate::web::AppState;
use crate::web::access::{LeadBid, MemberBid};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::translations::{TranslationPage, translation_page};

#[derive(serde::Deserialize)]
pub struct TranslationForm {
    #[serde(default)]
    translation: String,
}

/// Where each side's translation page and bid page are.
struct Paths {
    action: String,
    back: String,
}

fn lead_paths(bid_id: i64) -> Paths {
    Paths { action: format!("/manage/bids/{bid_id}/translation"), back: format!("/manage/bids/{bid_id}") }
}

fn connector_paths(bid_id: i64) -> Paths {
    Paths { action: format!("/bids/{bid_id}/translation"), back: format!("/bids/{bid_id}") }
}

fn show(viewer: &Viewer, bid: &Bid, group_name: &str, paths: &Paths, text: &str, errors: &FieldErrors) -> maud::Markup {
    let view = TranslationPage { bid, group_name, action: &paths.action, back: &paths.back, text, errors };
    translation_page(&viewer.ctx(), &view)
}

/// Checks and saves the translation; a problem shows the page again with the text kept.
async fn save(
    state: &AppState,
    viewer: &Viewer,
    bid: &Bid,
    group_name: &str,
    paths: &Paths,
    form: TranslationForm,
) -> Result<HttpResponse, AppError> {
    let text = match translation::check(&form.translation) {
        Ok(text) => text,
        Err(errors) => {
            let page = show(viewer, bid, group_name, paths, &form.translation, &errors);
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    let (bid_id, translator_id, now) = (bid.id, viewer.require_signed_in()?.person.id, state.now());
    state.query(move |conn| translation::save(conn, bid_id, translator_id, &text, now)).await?;
    viewer.flash("bid-translation-saved");
    Ok(redirect(&paths.back))
}

/// Only a connector helping the group translates from the group's side.
fn connector_only(member: &MemberBid) -> Result<(), AppError> {
    if member.access.member.is_connector { Ok(()) } else { Err(AppError::NotFound) }
}

pub async fn connector_form(member: MemberBid) -> Result<HttpResponse, AppError> {
    connector_only(&member)?;
    let MemberBid { viewer, access } = member;
    let text = access.translation.as_ref().map(|t| t.text.as_str()).unwrap_or("");
    let paths = connector_paths(access.bid.id);
    Ok(html(show(&viewer, &access.bid, &access.group.name, &paths, text, &FieldErrors::new())))
}

pub async fn connector_save(
    state: web::Data<AppState>,
    member: MemberBid,
    form: web::Form<TranslationForm>,
) -> Result<HttpResponse, AppError> {
    connector_only(&member)?;
    let MemberBid { viewer, access } = member;
    let paths = connector_paths(access.bid.id);
    save(&state, &viewer, &access.bid, &access.group.name, &paths, form.into_inner()).await
}

pub async fn lead_form(lead: LeadBid) -> Result<HttpResponse, AppError> {
    let LeadBid { viewer, managed } = lead;
    let text = managed.translation.as_ref().map(|t| t.text.as_str()).unwrap_or("");
    let paths = lead_paths(managed.bid.id);
    Ok(html(show(&viewer, &managed.bid, &managed.group.name, &paths, text, &FieldErrors::new())))
}

pub async fn lead_save(
    state: web::Data<AppState>,
    lead: LeadBid,
    form: web::Form<TranslationForm>,
) -> Result<HttpResponse, AppError> {
    let LeadBid { viewer, managed } = lead;
    let paths = lead_paths(managed.bid.id);
    save(&state, &viewer, &managed.bid, &managed.group.name, &paths, form.into_inner()).await
}
