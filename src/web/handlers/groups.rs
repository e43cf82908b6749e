//! `/groups`: a group's profile, members, invitations and equality answers. Only members see
//! or change a group; anyone else gets 404, so ids reveal nothing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{accounts, html, html_with_status, redirect};
use crate::accounts::Roles;
use crate::accounts::rules::{check_email, normalise_email};
use crate::accounts::sign_in_links::LinkPreview;
use crate::forms::FieldErrors;
use crate::groups::actions::{self, GroupError};
use crate::groups::rules::{EqualityForm, GroupForm, check_equality, check_group};
use crate::groups::{Group, Member, queries};
use crate::i18n::{Message, Tr};
use crate::web::error::AppError;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::views::groups::{self as views, GroupFormPage, GroupPage};
use crate::web::{AppState, bid_start, return_path};

/// A refused change as the page's error, in the viewer's language.
fn refused(error: GroupError, tr: Tr) -> AppError {
    match error.message() {
        Some(message) => AppError::Conflict(tr.message(&message)),
        None => match error {
            GroupError::Database(error) => error.into(),
            other => AppError::Internal(other.to_string()),
        },
    }
}

/// The group in the URL, if the viewer is one of its members.
pub async fn member_group(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
) -> Result<(SignedIn, Group, Member), AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let person_id = signed_in.person.id;
    let found = state
        .db
        .run(move |conn| {
            let Some(member) = queries::membership(conn, group_id, person_id)? else {
                return Ok::<_, AppError>(None);
            };
            Ok(queries::find(conn, group_id)?.map(|group| (group, member)))
        })
        .await?;
    let (group, member) = found.ok_or(AppError::NotFound)?;
    Ok((signed_in, group, member))
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    pub(super) next: String,
}

/// The group form's address, carrying the return path on only if it is local.
fn new_group_action(next: &str) -> String {
    match return_path::local(next) {
        Some(next) => {
            format!("/groups/new?next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>())
        }
        None => "/groups/new".to_string(),
    }
}

pub async fn new_form(viewer: Viewer, query: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    let form = GroupForm {
        contact_name: signed_in.person.name.clone(),
        contact_email: signed_in.person.email.clone(),
        ..GroupForm::default()
    };
    let action = new_group_action(&query.next);
    let view = GroupFormPage {
        heading: "groups-new-title",
        intro: "groups-form-intro",
        action: &action,
        form: &form,
        errors: &FieldErrors::new(),
        offer_connector: signed_in.roles.is_connector_anywhere(),
    };
    Ok(html(views::group_form(&viewer.ctx(), &view)))
}

pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<NextQuery>,
    form: web::Form<GroupForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let form = form.into_inner();
    let as_connector = form.as_connector.is_some() && signed_in.roles.is_connector_anywhere();
    let input = match check_group(&form) {
        Ok(input) => input,
        Err(errors) => {
            let action = new_group_action(&query.next);
            let view = GroupFormPage {
                heading: "groups-new-title",
                intro: "groups-form-intro",
                action: &action,
                form: &form,
                errors: &errors,
                offer_connector: signed_in.roles.is_connector_anywhere(),
            };
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, views::group_form(&viewer.ctx(), &view)));
        }
    };
    let (links, now, person) = (state.links(), state.now(), signed_in.person.clone());
    let group = state
        .db
        .call(move |conn| actions::create(conn, &person, &input, as_connector, &links, now))
        .await?
        .map_err(|error| refused(error, viewer.tr))?;
    viewer.flash(Message::new("groups-flash-added").arg("name", &group.name));
    let person = (signed_in.person.id, &signed_in.roles);
    if let Some(opened) = bid_for_new_group(&state, viewer.tr, person, &query.next, group.id).await? {
        return Ok(redirect(&opened.path()));
    }
    Ok(redirect(&return_path::local(&query.next).map_or_else(|| format!("/groups/{}", group.id), str::to_string)))
}

/// A group made on the way to a bid (`next` is an open round's start page) goes straight into
/// its bid: there is nothing left to choose.
async fn bid_for_new_group(
    state: &AppState,
    tr: Tr,
    person: (i64, &Roles),
    next: &str,
    group_id: i64,
) -> Result<Option<bid_start::Opened>, AppError> {
    let Some(slug) = bid_start::start_path_round(next).map(str::to_string) else { return Ok(None) };
    let round = state.query(move |conn| crate::rounds::queries::find_by_slug(conn, &slug)).await?;
    let Some(round) = round.filter(|round| round.status(state.now()) == crate::rounds::RoundStatus::Open) else {
        return Ok(None);
    };
    // The answers to the round's questions ride in `next`; without them (or ruled out), the
    // group goes to `next` as before, which sends it to the questions.
    let eligibility = bid_start::eligibility_value(next.split_once('?').map_or("", |(_, query)| query));
    let Ok(checked) = bid_start::check_eligibility(state, &round, &eligibility).await? else { return Ok(None) };
    Ok(Some(bid_start::open_bid(state, person, &round, group_id, checked.given, tr).await?))
}

// ----- the group made with the link that finishes registering -------------------------------

/// Whether a link opens the group form: it finishes a registration (it will make the account)
/// on the way to an open round's bid, so the group is the next thing to ask anyway.
pub(super) fn first_group_on_the_way(preview: &LinkPreview) -> bool {
    preview.new_name.is_some() && bid_start::start_path_round(&preview.next_path).is_some()
}

/// The group form opened by the link in the registration email, the contact filled in from
/// it. Saving it uses the link. `filled` is a form sent back with `errors`.
pub(super) fn first_group_page(
    viewer: &Viewer,
    token: &str,
    preview: &LinkPreview,
    filled: Option<(&GroupForm, &FieldErrors)>,
) -> HttpResponse {
    let fresh = GroupForm {
        contact_name: preview.new_name.clone().unwrap_or_default(),
        contact_email: preview.email.clone(),
        ..GroupForm::default()
    };
    let no_errors = FieldErrors::new();
    let (form, errors) = filled.unwrap_or((&fresh, &no_errors));
    let action = format!("/login/link/{token}/group");
    let view = GroupFormPage {
        heading: "groups-first-title",
        intro: "groups-first-intro",
        action: &action,
        form,
        errors,
        offer_connector: false,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    html_with_status(status, views::group_form(&viewer.ctx(), &view))
}

/// `POST /login/link/{token}/group`: the group form on the registration link's page. A form
/// with problems comes back with them and leaves the link unused; a good one uses the link
/// (making the account and signing in), saves the group and opens its bid.
pub async fn create_on_link(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    token: web::Path<String>,
    form: web::Form<GroupForm>,
) -> Result<HttpResponse, AppError> {
    let (token, form) = (token.into_inner(), form.into_inner());
    let input = match check_group(&form) {
        Ok(input) => input,
        Err(errors) => {
            return Ok(match accounts::preview_link(&state, &token).await? {
                Ok(preview) => first_group_page(&viewer, &token, &preview, Some((&form, &errors))),
                Err(error) => accounts::dead_sign_in_link(&viewer, &error),
            });
        }
    };
    let used = match accounts::use_sign_in_link(&state, &viewer, &request, &token).await? {
        Ok(used) => used,
        Err(dead) => return Ok(dead),
    };
    if !accounts::may_go_on(&used.access) {
        // Only an account that already held a lead's role could get here (made in the
        // meantime): it gives its code first, and the group waits.
        return Ok(redirect(&accounts::after_sign_in(used.access, &used.next_path)));
    }
    let (links, now, person) = (state.links(), state.now(), used.person.clone());
    let group = state
        .db
        .call(move |conn| actions::create(conn, &person, &input, false, &links, now))
        .await?
        .map_err(|error| refused(error, viewer.tr))?;
    viewer.flash(Message::new("groups-flash-welcome").arg("name", &used.person.name).arg("group", &group.name));
    let person = used.person;
    let roles = state.query(move |conn| crate::accounts::queries::roles_of(conn, &person)).await?;
    if let Some(opened) =
        bid_for_new_group(&state, viewer.tr, (roles.person_id, &roles), &used.next_path, group.id).await?
    {
        return Ok(redirect(&opened.path()));
    }
    Ok(redirect(&format!("/groups/{}", group.id)))
}

async fn group_page(
    state: &AppState,
    viewer: &Viewer,
    group: Group,
    invite_email: &str,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (group_id, now) = (group.id, state.now());
    let viewer_id = viewer.require_signed_in()?.person.id;
    let (members, invitations, bids, equality, listings, bank) = state
        .db
        .run(move |conn| {
            let owed = crate::bank_details::queries::newest_owed_bid(conn, group_id)?.is_some();
            Ok::<_, AppError>((
                queries::members_of(conn, group_id)?,
                queries::pending_invitations(conn, group_id, now)?,
                crate::bids::queries::of_group(conn, group_id)?,
                queries::equality_of(conn, group_id)?,
                crate::directory::queries::of_group(conn, group_id)?,
                if owed { Some(crate::bank_details::queries::current(conn, group_id)?) } else { None },
            ))
        })
        .await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = GroupPage {
        group: &group,
        members: &members,
        invitations: &invitations,
        bids: &bids,
        listings: &listings,
        equality: equality.as_ref(),
        bank: bank.as_ref().map(Option::as_ref),
        viewer_id,
        invite_email,
        errors: &errors,
    };
    Ok(html_with_status(status, views::group_page(&viewer.ctx(), &view)))
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    group_page(&state, &viewer, group, "", FieldErrors::new()).await
}

/// `GET /groups/{id}/data.json`: everything held about the group, for its members (a
/// community connector helps the group but the data is not theirs to take).
pub async fn download_data(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, group, member) = member_group(&state, &viewer, group_id.into_inner()).await?;
    if member.is_connector {
        return Err(AppError::Forbidden);
    }
    let now = state.now();
    let (data, slug) = (group.clone(), crate::rounds::rules::slugify(&group.name));
    let data = state.query(move |conn| crate::groups::data::group_data(conn, &data, now)).await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{slug}-smallgrants-data.json\""),
        ))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let action = format!("/groups/{}/edit", group.id);
    let form = GroupForm::from_group(&group);
    let view = GroupFormPage {
        heading: "groups-edit-title",
        intro: "groups-form-intro",
        action: &action,
        form: &form,
        errors: &FieldErrors::new(),
        offer_connector: false,
    };
    Ok(html(views::group_form(&viewer.ctx(), &view)))
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    form: web::Form<GroupForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let form = form.into_inner();
    let input = match check_group(&form) {
        Ok(input) => input,
        Err(errors) => {
            let action = format!("/groups/{}/edit", group.id);
            let view = GroupFormPage {
                heading: "groups-edit-title",
                intro: "groups-form-intro",
                action: &action,
                form: &form,
                errors: &errors,
                offer_connector: false,
            };
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, views::group_form(&viewer.ctx(), &view)));
        }
    };
    let (actor, id, now) = (signed_in.person.id, group.id, state.now());
    state
        .db
        .call(move |conn| actions::update(conn, actor, id, &input, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash("groups-flash-saved");
    Ok(redirect(&format!("/groups/{id}")))
}

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

pub async fn invite(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let email = normalise_email(&form.email);
    if let Err(message) = check_email(&email) {
        return group_page(&state, &viewer, group, &form.email, FieldErrors::single("email", message)).await;
    }
    let (links, now, person, target) = (state.links(), state.now(), signed_in.person.clone(), group.clone());
    let outcome = {
        let email = email.clone();
        state.db.call(move |conn| actions::invite(conn, &person, &target, &email, &links, now)).await?
    };
    match outcome {
        Ok(()) => {
            viewer.flash(Message::new("groups-flash-invited").arg("email", email));
            Ok(redirect(&format!("/groups/{}", group.id)))
        }
        Err(GroupError::Refused(message)) => {
            group_page(&state, &viewer, group, &form.email, FieldErrors::single("email", message)).await
        }
        Err(other) => Err(refused(other, viewer.tr)),
    }
}

pub async fn remove_member(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (group_id, person_id) = path.into_inner();
    let (signed_in, group, _) = member_group(&state, &viewer, group_id).await?;
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| actions::remove_member(conn, actor, group.id, person_id, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash("groups-flash-member-removed");
    Ok(redirect(&format!("/groups/{group_id}")))
}

pub async fn leave(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let (actor, now, name) = (signed_in.person.id, state.now(), group.name.clone());
    state
        .db
        .call(move |conn| actions::remove_member(conn, actor, group.id, actor, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash(Message::new("groups-flash-left").arg("name", name));
    Ok(redirect("/dashboard"))
}

fn form_from_equality(equality: Option<&crate::groups::model::Equality>) -> EqualityForm {
    match equality {
        Some(e) => EqualityForm {
            leadership_status: e.leadership_status.clone(),
            leadership_codes: e.leadership_codes().into_iter().map(str::to_string).collect(),
            leadership_note: e.leadership_note.clone(),
            beneficiaries_status: e.beneficiaries_status.clone(),
            beneficiaries_codes: e.beneficiaries_codes().into_iter().map(str::to_string).collect(),
            beneficiaries_note: e.beneficiaries_note.clone(),
        },
        None => EqualityForm::default(),
    }
}

pub async fn equality_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let id = group.id;
    let equality = state.query(move |conn| queries::equality_of(conn, id)).await?;
    Ok(html(views::equality_form(&viewer.ctx(), &group, &form_from_equality(equality.as_ref()), &FieldErrors::new())))
}

/// Checkboxes repeat their name, so the form is read as pairs.
pub async fn save_equality(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let form = EqualityForm::from_pairs(&pairs);
    let (leadership, beneficiaries) = match check_equality(&form) {
        Ok(answers) => answers,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::equality_form(&viewer.ctx(), &group, &form, &errors),
            ));
        }
    };
    let (actor, id, now) = (signed_in.person.id, group.id, state.now());
    state
        .db
        .call(move |conn| actions::save_equality(conn, actor, id, &leadership, &beneficiaries, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash("groups-flash-equality-saved");
    Ok(redirect(&format!("/groups/{id}")))
}

pub async fn clear_equality(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let (actor, id, now) = (signed_in.person.id, group.id, state.now());
    state
        .db
        .call(move |conn| actions::clear_equality(conn, actor, id, now))
        .await?
        .map_err(|e| refused(e, viewer.tr))?;
    viewer.flash("groups-flash-equality-removed");
    Ok(redirect(&format!("/groups/{id}")))
}

async fn invitation_group(state: &AppState, token: &str) -> Result<Option<Group>, AppError> {
    let (hash, now) = (crate::accounts::tokens::hash_token(token), state.now());
    state
        .db
        .run(move |conn| {
            let Some(invitation) = queries::invitation_by_hash(conn, &hash)? else { return Ok::<_, AppError>(None) };
            if invitation.accepted_at.is_some() || invitation.expires_at <= now {
                return Ok(None);
            }
            Ok(queries::find(conn, invitation.group_id)?)
        })
        .await
}

fn dead_invitation(viewer: &Viewer) -> HttpResponse {
    let tr = viewer.tr;
    html_with_status(
        StatusCode::NOT_FOUND,
        crate::web::views::accounts::dead_link(
            &viewer.ctx(),
            &tr.t("groups-invitation-dead-title"),
            &tr.t("groups-invitation-dead"),
            "/dashboard",
            &tr.t("groups-invitation-to-dashboard"),
        ),
    )
}

pub async fn invitation(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    Ok(match invitation_group(&state, &token).await? {
        Some(group) => html(views::invitation(&viewer.ctx(), &group.name, &token, viewer.signed_in.is_some())),
        None => dead_invitation(&viewer),
    })
}

pub async fn accept_invitation(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let person = viewer.require_signed_in()?.person.clone();
    let (token, now) = (token.into_inner(), state.now());
    match state.db.call(move |conn| actions::accept_invitation(conn, &person, &token, now)).await? {
        Ok(group) => {
            viewer.flash(Message::new("groups-flash-joined").arg("name", &group.name));
            Ok(redirect(&format!("/groups/{}", group.id)))
        }
        Err(GroupError::InvitationInvalid) => Ok(dead_invitation(&viewer)),
        Err(GroupError::InvitationForSomeoneElse) => Ok(html_with_status(
            StatusCode::FORBIDDEN,
            crate::web::views::accounts::dead_link(
                &viewer.ctx(),
                &viewer.tr.t("groups-invitation-someone-else-title"),
                &viewer.tr.t("groups-invitation-someone-else"),
                "/dashboard",
                &viewer.tr.t("groups-invitation-to-dashboard"),
            ),
        )),
        Err(other) => Err(refused(other, viewer.tr)),
    }
}
