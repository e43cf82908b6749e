//! Who is missing (`GET /manage/programmes/{id}/missing`) and inviting them to apply
//! (`POST /manage/rounds/{id}/invitations`). Leads of the programme and site admins only: the
//! programme and the round are loaded with that check, and a group is invited only to a round
//! of the programme whose page the lead may see.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{html_with_status, redirect};
use crate::outreach::actions::{self, InviteError, Invited};
use crate::outreach::queries;
use crate::outreach::rules::{AreaLabel, Described};
use crate::programmes::Programme;
use crate::rounds::RoundStatus;
use crate::web::AppState;
use crate::web::access::{ManagedRound, managed_programme};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::outreach::{self as views, MissingPage};

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MissingQuery {
    /// An area's name, or `-` for "area not given"; empty for every area.
    pub area: String,
    /// A self-description (a DEI code, `everyone`, `prefer-not-to-say`, `not-answered`).
    pub described: String,
    pub page: String,
}

/// `GET /manage/programmes/{id}/missing?area=&described=&page=`
pub async fn missing(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    query: web::Query<MissingQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    missing_page(&state, &viewer, &programme, &query, None).await
}

async fn missing_page(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    query: &MissingQuery,
    problem: Option<String>,
) -> Result<HttpResponse, AppError> {
    let (id, now) = (programme.id, state.now());
    let (groups, open_rounds, invitations) = state
        .query(move |conn| {
            let groups = queries::missing_groups(conn, id, now)?;
            let open_rounds: Vec<_> = crate::rounds::queries::of_programme(conn, id)?
                .into_iter()
                .filter(|round| round.status(now) == RoundStatus::Open)
                .collect();
            let round_ids: Vec<i64> = open_rounds.iter().map(|round| round.id).collect();
            let invitations = queries::invitations_to(conn, &round_ids)?;
            Ok::<_, diesel::result::Error>((groups, open_rounds, invitations))
        })
        .await?;
    let area = AreaLabel::from_param(&query.area);
    let described = Described::from_param(&query.described);
    let status = if problem.is_some() { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::OK };
    let page = MissingPage {
        programme,
        groups: &groups,
        area: area.as_ref(),
        described: described.as_ref(),
        page: query.page.parse().unwrap_or(1),
        open_rounds: &open_rounds,
        invitations: &invitations,
        problem,
    };
    Ok(html_with_status(status, views::missing(&viewer.ctx(), &page)))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct InvitationForm {
    pub group_id: String,
    /// The page of the list to go back to (only this programme's "who is missing" page).
    pub back: String,
}

/// `POST /manage/rounds/{id}/invitations` (`group_id`): invites the group to the round.
pub async fn invite(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, programme, round }: ManagedRound,
    form: web::Form<InvitationForm>,
) -> Result<HttpResponse, AppError> {
    let group_id: i64 = form.group_id.trim().parse().map_err(|_| AppError::NotFound)?;
    let list = format!("/manage/programmes/{}/missing", programme.id);
    let back = if form.back == list || form.back.starts_with(&format!("{list}?")) { form.back.clone() } else { list };
    let (lead_id, links, now) = (signed_in.person.id, state.links(), state.now());
    let outcome = state.db.call(move |conn| actions::invite(conn, lead_id, &round, group_id, &links, now)).await?;
    let tr = viewer.tr;
    match outcome {
        Ok(Invited::Sent { group_name, .. }) => {
            viewer.flash(crate::i18n::Message::new("outreach-flash-invited").arg("group", group_name));
            Ok(redirect(&back))
        }
        Ok(Invited::Already { group_name, at }) => {
            viewer.flash(
                crate::i18n::Message::new("outreach-flash-already")
                    .arg("group", group_name)
                    .arg("date", tr.london_date(at)),
            );
            Ok(redirect(&back))
        }
        Err(InviteError::Throttled(until)) => {
            let problem = crate::t!(
                tr,
                "outreach-error-throttled",
                time = tr.london_time(until),
                limit = crate::outreach::rules::INVITATIONS_PER_LEAD_PER_HOUR as i64
            );
            let query = back_query(&back);
            missing_page(&state, &viewer, &programme, &query, Some(problem)).await
        }
        Err(InviteError::RoundNotOpen) => Err(AppError::Conflict(tr.t("outreach-error-round-not-open"))),
        Err(InviteError::HasApplied) => Err(AppError::Conflict(tr.t("outreach-error-has-applied"))),
        Err(InviteError::NoSuchGroup) => Err(AppError::NotFound),
        Err(InviteError::Database(error)) => Err(error.into()),
    }
}

/// The list's filters from the page the lead came from, to show it again with a refusal.
fn back_query(back: &str) -> MissingQuery {
    let mut query = MissingQuery::default();
    for (name, value) in url::form_urlencoded::parse(back.split_once('?').map_or("", |(_, q)| q).as_bytes()) {
        match name.as_ref() {
            "area" => query.area = value.into_owned(),
            "described" => query.described = value.into_owned(),
            "page" => query.page = value.into_owned(),
            _ => {}
        }
    }
    query
}
