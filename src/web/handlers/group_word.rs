//! The group's own word where a connector helps (see `bids::word`): `POST /bids/{id}/word`, by
//! which a connector asks the group's contact by email or records that they said yes on the
//! phone; and `/word/{token}`, the page the contact opens from the email to send the bid or
//! accept the offer themselves. The link is the contact's authority (no account needed): it is
//! stored as a hash, works once, and only while the bid still waits for that word.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{html_with_status, redirect};
use crate::bids::actions::{self, BidError, Editor, Sent};
use crate::bids::word::{self, AskedWord, GivenWord, Purpose, Waiting};
use crate::bids::{Bid, BidState};
use crate::forms::FieldErrors;
use crate::grants::rules::{AcceptForm, check_acceptance, check_phone_acceptance, check_spoke_with};
use crate::i18n::Message;
use crate::web::AppState;
use crate::web::access::{BidAccess, MemberBid};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::sent_bid::{OfferForm, sent_bid_page_with};
use crate::web::views::bids::{self as bid_views, BidView};
use crate::web::views::grants::AwardView;
use crate::web::views::group_word::{self as views, LinkState, WordAsk};

/// What the connector's forms send: what the word is for, how it is given, and, on the phone,
/// who said yes (and, to accept, the acceptance's own answers as the contact gave them).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WordForm {
    purpose: String,
    how: String,
    spoke_with: String,
    accepted_name: String,
    agree: Option<String>,
    public: String,
    share_equality: Option<String>,
}

impl WordForm {
    fn acceptance(&self) -> AcceptForm {
        AcceptForm {
            accepted_name: self.accepted_name.clone(),
            agree: self.agree.clone(),
            public: self.public.clone(),
            share_equality: self.share_equality.clone(),
        }
    }
}

/// Whether the viewer must ask the group for its word before `purpose` (a connector who is not
/// the group's own contact); if so, the link already out, if any.
pub async fn word_needed(
    state: &AppState,
    access: &BidAccess,
    purpose: Purpose,
) -> Result<Option<Option<Waiting>>, AppError> {
    if !access.member.is_connector || !word::needed_from(&access.group, &access.signed_in.person) {
        return Ok(None);
    }
    let bid_id = access.bid.id;
    Ok(Some(state.query(move |conn| word::waiting(conn, bid_id, purpose)).await?))
}

/// The connector's panel for this bid.
pub fn ask_view<'a>(
    access: &'a BidAccess,
    waiting: Option<&'a Waiting>,
    spoke_with: &'a str,
    errors: &'a FieldErrors,
) -> WordAsk<'a> {
    WordAsk {
        bid_id: access.bid.id,
        contact_name: &access.group.contact_name,
        contact_email: &access.group.contact_email,
        waiting,
        spoke_with,
        errors,
    }
}

/// `POST /bids/{id}/word`: a connector asks for the group's word by email, or records it from
/// a phone call and so sends the bid or accepts the offer. Members act themselves (403).
pub async fn ask_or_record(
    state: web::Data<AppState>,
    request: HttpRequest,
    MemberBid { viewer, access }: MemberBid,
    form: web::Form<WordForm>,
) -> Result<HttpResponse, AppError> {
    if !access.member.is_connector {
        return Err(AppError::Forbidden);
    }
    let purpose = Purpose::parse(&form.purpose).ok_or_else(|| AppError::BadRequest("purpose".into()))?;
    match form.how.as_str() {
        "email" => ask_by_email(&state, &request, &viewer, &access, purpose).await,
        "phone" => match purpose {
            Purpose::Send => send_on_phone_word(&state, &viewer, &access, &form).await,
            Purpose::Accept => accept_on_phone_word(&state, &viewer, &access, &form).await,
        },
        _ => Err(AppError::BadRequest("how".into())),
    }
}

async fn ask_by_email(
    state: &AppState,
    request: &HttpRequest,
    viewer: &Viewer,
    access: &BidAccess,
    purpose: Purpose,
) -> Result<HttpResponse, AppError> {
    let back = match purpose {
        Purpose::Send => format!("/bids/{}/check", access.bid.id),
        Purpose::Accept => format!("/bids/{}", access.bid.id),
    };
    // Each email counts against the hourly limit for the contact's address, as every email a
    // person can make the portal send does.
    if let Err(errors) = super::accounts::email_request_allowed(state, request, &access.group.contact_email).await? {
        let message = errors.get("email").cloned().unwrap_or_else(|| Message::new("accounts-too-many-emails"));
        viewer.flash(message);
        return Ok(redirect(&back));
    }
    let (asker, bid_id, links, now) = (access.signed_in.person.clone(), access.bid.id, state.links(), state.now());
    let asked = match purpose {
        Purpose::Send => {
            state.db.call(move |conn| actions::ask_group_to_send(conn, &asker, bid_id, &links, now)).await?
        }
        // An offer's refusals are the award's, said in its own words.
        Purpose::Accept => Ok(state
            .db
            .call(move |conn| crate::grants::actions::ask_group_to_accept(conn, &asker, bid_id, &links, now))
            .await?
            .map_err(|error| super::grants::refused(error, viewer.tr))?),
    };
    match asked {
        Ok(address) => {
            viewer.flash(Message::new("word-flash-asked").arg("email", address));
            Ok(redirect(&back))
        }
        Err(BidError::NotReady(problems)) => {
            let waiting = word_needed(state, access, Purpose::Send).await?.flatten();
            let no_errors = FieldErrors::new();
            let ask = ask_view(access, waiting.as_ref(), "", &no_errors);
            Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                bid_views::check(&viewer.ctx_in(&access.programme), &access.view(), &problems, Some(&ask)),
            ))
        }
        Err(other) => Err(crate::web::bid_start::refusal(viewer.tr, other)),
    }
}

async fn send_on_phone_word(
    state: &AppState,
    viewer: &Viewer,
    access: &BidAccess,
    form: &WordForm,
) -> Result<HttpResponse, AppError> {
    let ctx = viewer.ctx_in(&access.programme);
    let waiting = word_needed(state, access, Purpose::Send).await?.flatten();
    let name = match check_spoke_with(&form.spoke_with) {
        Ok(name) => name,
        Err(errors) => {
            let ask = ask_view(access, waiting.as_ref(), &form.spoke_with, &errors);
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                bid_views::check(&ctx, &access.view(), &[], Some(&ask)),
            ));
        }
    };
    let (sender, editor, id, links, now) =
        (access.signed_in.person.clone(), access.editor(), access.bid.id, state.links(), state.now());
    let outcome = state
        .db
        .call(move |conn| {
            actions::submit(conn, &sender, editor, id, Some(GivenWord::Phone { spoke_with: &name }), &links, now)
        })
        .await?;
    match outcome {
        Ok(Sent::Now { .. } | Sent::Already { .. }) => Ok(redirect(&format!("/bids/{id}/sent"))),
        Err(BidError::NotReady(problems)) => {
            let no_errors = FieldErrors::new();
            let ask = ask_view(access, waiting.as_ref(), &form.spoke_with, &no_errors);
            Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                bid_views::check(&ctx, &access.view(), &problems, Some(&ask)),
            ))
        }
        Err(other) => Err(crate::web::bid_start::refusal(viewer.tr, other)),
    }
}

async fn accept_on_phone_word(
    state: &AppState,
    viewer: &Viewer,
    access: &BidAccess,
    form: &WordForm,
) -> Result<HttpResponse, AppError> {
    let accept_form = form.acceptance();
    let (acceptance, name) = match check_phone_acceptance(&accept_form, &form.spoke_with) {
        Ok(checked) => checked,
        Err(errors) => {
            let offer = OfferForm { accept: &accept_form, spoke_with: &form.spoke_with };
            return sent_bid_page_with(state, viewer, access, &offer, &errors).await;
        }
    };
    let (person, id, links, now) = (access.signed_in.person.clone(), access.bid.id, state.links(), state.now());
    let actor = access.editor().actor();
    state
        .db
        .call(move |conn| {
            let word = Some(GivenWord::Phone { spoke_with: &name });
            crate::grants::actions::accept(conn, &person, actor, id, &acceptance, word, &links, now)
        })
        .await?
        .map_err(|error| super::grants::refused(error, viewer.tr))?;
    viewer.flash("word-flash-accepted-on-phone");
    Ok(redirect(&format!("/bids/{id}")))
}

// ----- the link the group's contact follows ---------------------------------------------------

/// What a link's page shows: the word asked for, the bid with its round, group and programme,
/// and the connector's name.
struct LinkBid {
    asked: AskedWord,
    purpose: Purpose,
    bid: Bid,
    round: crate::rounds::Round,
    group: crate::groups::Group,
    programme: crate::programmes::Programme,
    connector: crate::accounts::Person,
    files: Vec<crate::bids::BidFile>,
}

impl LinkBid {
    fn view(&self) -> BidView<'_> {
        BidView {
            bid: &self.bid,
            round: &self.round,
            group: &self.group,
            files: &self.files,
            assisted_by: Some(&self.connector.name),
            translation: None,
            translate_link: None,
            places: None,
        }
    }

    /// Whether the link was used, is still waiting, or is no longer needed.
    fn state<'a>(&self, form: &'a AcceptForm, errors: &'a FieldErrors) -> LinkState<'a> {
        let waiting_state = match self.purpose {
            Purpose::Send => self.bid.state.is_editable(),
            Purpose::Accept => self.bid.state == BidState::Awarded,
        };
        match (self.asked.given_at, waiting_state) {
            (Some(_), _) => LinkState::Done,
            (None, true) => LinkState::Open { form, errors },
            (None, false) => LinkState::Gone,
        }
    }
}

async fn link_bid(state: &AppState, token: &str) -> Result<LinkBid, AppError> {
    let token = token.to_string();
    state
        .db
        .run(move |conn| {
            let asked = word::asked(conn, &token)?.ok_or(AppError::NotFound)?;
            let purpose = asked.purpose().ok_or(AppError::NotFound)?;
            let (bid, round, group) = crate::bids::queries::find_full(conn, asked.bid_id)?.ok_or(AppError::NotFound)?;
            let programme = crate::programmes::queries::find(conn, round.programme_id)?.ok_or(AppError::NotFound)?;
            let connector = crate::accounts::queries::find_person(conn, asked.asked_by)?.ok_or(AppError::NotFound)?;
            let files = crate::bids::queries::files_of(conn, bid.id)?;
            Ok(LinkBid { asked, purpose, bid, round, group, programme, connector, files })
        })
        .await
}

/// `GET /word/{token}`: the bid to send, or the offer to accept, with the one button (so a mail
/// program that opens the link to check it does nothing). Once used, it says what was done.
pub async fn link_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let found = link_bid(&state, &token).await?;
    let form = AcceptForm { accepted_name: found.asked.contact_name.clone(), ..AcceptForm::default() };
    link_page_with(&state, &viewer, &found, &token, &form, &FieldErrors::new()).await
}

async fn link_page_with(
    state: &AppState,
    viewer: &Viewer,
    found: &LinkBid,
    token: &str,
    form: &AcceptForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let ctx = viewer.ctx_in(&found.programme);
    let link_state = found.state(form, errors);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    if found.purpose == Purpose::Send {
        return Ok(html_with_status(
            status,
            views::send_page(&ctx, &found.view(), token, &found.connector.name, &link_state),
        ));
    }
    let group_id = found.group.id;
    let record = crate::web::sent_bid::award_record(state, found.bid.id, group_id).await?.ok_or(AppError::NotFound)?;
    let award = AwardView {
        bid: &found.bid,
        award: &record.award,
        payments: &record.payments,
        instalments: &record.instalments,
        report: record.report.as_ref(),
    };
    Ok(html_with_status(
        status,
        views::accept_page(&ctx, (&found.view(), &award), token, record.has_equality_answers, &link_state),
    ))
}

/// `POST /word/{token}`: the contact sends the bid, or accepts the offer (with its answers),
/// on the group's behalf; recorded as the group's word, given through the link.
pub async fn use_link(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
    form: web::Form<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let found = link_bid(&state, &token).await?;
    if !matches!(found.state(&form, &FieldErrors::new()), LinkState::Open { .. }) {
        return Ok(redirect(&format!("/word/{token}")));
    }
    let (links, now, bid_id, connector) = (state.links(), state.now(), found.bid.id, found.connector.clone());
    match found.purpose {
        Purpose::Send => {
            let editor = Editor { person_id: connector.id, as_connector: true };
            let used = token.clone();
            let outcome = state
                .db
                .call(move |conn| {
                    let word = Some(GivenWord::Email { token: &used });
                    actions::submit(conn, &connector, editor, bid_id, word, &links, now)
                })
                .await?;
            match outcome {
                Ok(_) => Ok(redirect(&format!("/word/{token}"))),
                Err(error) => Err(crate::web::bid_start::refusal(viewer.tr, error)),
            }
        }
        Purpose::Accept => {
            let acceptance = match check_acceptance(&form) {
                Ok(acceptance) => acceptance,
                Err(errors) => return link_page_with(&state, &viewer, &found, &token, &form, &errors).await,
            };
            let used = token.clone();
            state
                .db
                .call(move |conn| {
                    let word = Some(GivenWord::Email { token: &used });
                    let actor = crate::bids::lifecycle::Actor::Applicant;
                    crate::grants::actions::accept(conn, &connector, actor, bid_id, &acceptance, word, &links, now)
                })
                .await?
                .map_err(|error| super::grants::refused(error, viewer.tr))?;
            Ok(redirect(&format!("/word/{token}")))
        }
    }
}
