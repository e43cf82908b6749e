//! Record-level access: the one place that decides whether the viewer may see or act on the bid,
//! round, pot or programme named in a URL, and loads it with what its pages need. Each loader
//! answers 404 for a record the viewer has nothing to do with (so ids reveal nothing), and asks
//! `Roles::may` for the role part. Handlers take the extractors ([`MemberBid`], [`ManagedBid`],
//! [`AssignedBid`], [`ManagedRound`]: the record named by the path's `{id}`, checked, with the
//! viewer), or call the loaders; they never load such records themselves.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};

use crate::accounts::Action;
use crate::bids::actions::Editor;
use crate::bids::places::BidPlaces;
use crate::bids::translation::{self, Translation};
use crate::bids::{Bid, BidFile, BidState, queries as bid_queries};
use crate::db::DbConn;
use crate::funds::queries::{self as funds, Pot};
use crate::groups::{Group, Member};
use crate::programmes::{Programme, queries as programmes};
use crate::review::model::Score;
use crate::review::{Review, queries as review_queries};
use crate::rounds::{Criterion, Round, queries as rounds};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::views::bids::BidView;

/// A bid with what every page about it shows: its round, group, files and who helped.
pub struct BidRecord {
    pub bid: Bid,
    pub round: Round,
    /// The round's programme: its team is named on the group's pages about the bid.
    pub programme: crate::programmes::Programme,
    pub group: Group,
    pub files: Vec<BidFile>,
    pub assisted_by: Option<String>,
    /// The English translation beside a bid in another language, if one was added.
    pub translation: Option<Translation>,
    /// Where the bid serves, among the programme's areas.
    pub places: BidPlaces,
}

fn load_record(conn: &mut DbConn, bid_id: i64) -> diesel::QueryResult<Option<BidRecord>> {
    let Some((bid, round, group)) = bid_queries::find_full(conn, bid_id)? else { return Ok(None) };
    let Some(programme) = crate::programmes::queries::find(conn, round.programme_id)? else { return Ok(None) };
    let files = bid_queries::files_of(conn, bid.id)?;
    let assisted_by = match bid.assisted_by {
        Some(id) => bid_queries::person_name(conn, id)?,
        None => None,
    };
    let translation = translation::find(conn, bid.id)?;
    let places = bid_queries::places_of(conn, bid.id, programme.id)?;
    Ok(Some(BidRecord { bid, round, programme, group, files, assisted_by, translation, places }))
}

/// A bid the viewer may work on as a member of its group, with everything its pages show.
pub struct BidAccess {
    pub signed_in: SignedIn,
    pub bid: Bid,
    pub round: Round,
    pub programme: crate::programmes::Programme,
    pub group: Group,
    pub member: Member,
    pub files: Vec<BidFile>,
    pub assisted_by: Option<String>,
    pub translation: Option<Translation>,
    pub places: BidPlaces,
}

impl BidAccess {
    pub fn editor(&self) -> Editor {
        Editor { person_id: self.signed_in.person.id, as_connector: self.member.is_connector }
    }

    pub fn view(&self) -> BidView<'_> {
        BidView {
            bid: &self.bid,
            round: &self.round,
            group: &self.group,
            files: &self.files,
            assisted_by: self.assisted_by.as_deref(),
            translation: self.translation.as_ref(),
            translate_link: self.member.is_connector.then(|| format!("/bids/{}/translation", self.bid.id)),
            places: Some(&self.places),
        }
    }
}

/// The bid in the URL if the viewer is a member of its group (404 otherwise); a community
/// connector must also hold the connector role in the round's programme.
pub async fn member_bid(state: &AppState, viewer: &Viewer, bid_id: i64) -> Result<BidAccess, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let person_id = signed_in.person.id;
    let loaded = state
        .db
        .run(move |conn| {
            let Some(record) = load_record(conn, bid_id)? else { return Ok::<_, AppError>(None) };
            let membership = crate::groups::queries::membership(conn, record.group.id, person_id)?;
            Ok(membership.map(|member| (record, member)))
        })
        .await?;
    let (BidRecord { bid, round, programme, group, files, assisted_by, translation, places }, member) =
        loaded.ok_or(AppError::NotFound)?;
    if member.is_connector && !signed_in.roles.may(Action::AssistInProgramme(round.programme_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(BidAccess { signed_in, bid, round, programme, group, member, files, assisted_by, translation, places })
}

/// A bid the viewer may decide on as a lead of its programme (never a group's private draft).
pub struct ManagedBid {
    pub signed_in: SignedIn,
    pub bid: Bid,
    pub round: Round,
    pub group: Group,
    pub files: Vec<BidFile>,
    pub assisted_by: Option<String>,
    pub translation: Option<Translation>,
    pub places: BidPlaces,
}

pub async fn managed_bid(state: &AppState, viewer: &Viewer, bid_id: i64) -> Result<ManagedBid, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let record = state.query(move |conn| load_record(conn, bid_id)).await?;
    let BidRecord { bid, round, group, files, assisted_by, translation, places, .. } =
        record.ok_or(AppError::NotFound)?;
    viewer.authorize(Action::ManageProgramme(round.programme_id))?;
    // A lead never sees a group's private draft.
    if bid.state == BidState::Draft {
        return Err(AppError::NotFound);
    }
    Ok(ManagedBid { signed_in, bid, round, group, files, assisted_by, translation, places })
}

/// A bid assigned to the viewer as a panel member (without a conflict), with what the review
/// page shows: the criteria, their own review, and the others' submitted reviews.
pub struct AssignedBid {
    pub signed_in: SignedIn,
    pub bid: Bid,
    pub round: Round,
    pub group: Group,
    pub files: Vec<BidFile>,
    pub assisted_by: Option<String>,
    pub translation: Option<Translation>,
    pub places: BidPlaces,
    pub criteria: Vec<Criterion>,
    pub own: Option<(Review, Vec<Score>)>,
    pub others: Vec<(Review, String, Vec<Score>)>,
}

pub async fn assigned_bid(state: &AppState, viewer: &Viewer, bid_id: i64) -> Result<AssignedBid, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let member = signed_in.person.id;
    let loaded = state
        .db
        .run(move |conn| {
            let Some(assignment) = review_queries::assignment(conn, bid_id, member)? else {
                return Ok::<_, AppError>(None);
            };
            if assignment.has_conflict() {
                return Ok(None);
            }
            let Some(record) = load_record(conn, bid_id)? else { return Ok(None) };
            let criteria = rounds::criteria_of(conn, record.round.id)?;
            let others = review_queries::submitted_reviews(conn, bid_id)?;
            // A submitted review of their own is among the submitted ones: not read twice.
            let own = match others.iter().find(|(review, ..)| review.reviewer_id == member) {
                Some((review, _, scores)) => Some((review.clone(), scores.clone())),
                None => review_queries::review_of(conn, bid_id, member)?,
            };
            Ok(Some((record, criteria, own, others)))
        })
        .await?;
    let (BidRecord { bid, round, group, files, assisted_by, translation, places, .. }, criteria, own, others) =
        loaded.ok_or(AppError::NotFound)?;
    if !signed_in.roles.may(Action::ReviewInProgramme(round.programme_id)) {
        return Err(AppError::NotFound);
    }
    Ok(AssignedBid { signed_in, bid, round, group, files, assisted_by, translation, places, criteria, own, others })
}

/// The programme in the URL, if the viewer may manage it.
pub async fn managed_programme(
    state: &AppState,
    viewer: &Viewer,
    programme_id: i64,
) -> Result<(SignedIn, Programme), AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let programme = state.query(move |conn| programmes::find(conn, programme_id)).await?.ok_or(AppError::NotFound)?;
    viewer.authorize(Action::ManageProgramme(programme.id))?;
    Ok((signed_in, programme))
}

/// The pot in the URL with its programme, if the viewer may manage it.
pub async fn managed_pot(
    state: &AppState,
    viewer: &Viewer,
    pot_id: i64,
) -> Result<(SignedIn, Programme, Pot), AppError> {
    viewer.require_signed_in()?;
    let pot = state.query(move |conn| funds::find_pot(conn, pot_id)).await?.ok_or(AppError::NotFound)?;
    let (signed_in, programme) = managed_programme(state, viewer, pot.programme_id).await?;
    Ok((signed_in, programme, pot))
}

/// The round in the URL with its programme, if the viewer may manage it.
pub async fn managed_round(
    state: &AppState,
    viewer: &Viewer,
    round_id: i64,
) -> Result<(SignedIn, Programme, Round), AppError> {
    viewer.require_signed_in()?;
    let round = state.query(move |conn| rounds::find(conn, round_id)).await?.ok_or(AppError::NotFound)?;
    let (signed_in, programme) = managed_programme(state, viewer, round.programme_id).await?;
    Ok((signed_in, programme, round))
}

/// The `{id}` of the request's path, as a number (a wrong one is simply not found).
fn path_id(request: &HttpRequest) -> Option<i64> {
    request.match_info().get("id")?.parse().ok()
}

type Loading<T> = Pin<Box<dyn Future<Output = Result<T, AppError>>>>;

/// Extracts the viewer, then loads the record named by the path's `{id}` with `load`.
fn extract<T: 'static>(
    request: &HttpRequest,
    payload: &mut Payload,
    load: impl AsyncFnOnce(&AppState, &Viewer, i64) -> Result<T, AppError> + 'static,
) -> Loading<(Viewer, T)> {
    let viewer = Viewer::from_request(request, payload);
    let state = request.app_data::<web::Data<AppState>>().cloned();
    let id = path_id(request);
    Box::pin(async move {
        let viewer = viewer.await?;
        let state = state.ok_or_else(|| AppError::Internal("application state missing".into()))?;
        let id = id.ok_or(AppError::NotFound)?;
        let record = load(&state, &viewer, id).await?;
        Ok((viewer, record))
    })
}

/// An extractor of the viewer and the record the path's `{id}` names, loaded and checked by
/// `$load`: `$name { viewer, $field }`.
macro_rules! record_extractor {
    ($(#[$doc:meta])* $name:ident { $field:ident: $record:ty } = $load:ident) => {
        $(#[$doc])*
        pub struct $name {
            pub viewer: Viewer,
            pub $field: $record,
        }

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Loading<$name>;

            fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let loading = extract(request, payload, async |state, viewer, id| $load(state, viewer, id).await);
                Box::pin(async move { loading.await.map(|(viewer, $field)| $name { viewer, $field }) })
            }
        }
    };
}

record_extractor!(
    /// The viewer and the bid in the path they work on as a member of its group.
    MemberBid { access: BidAccess } = member_bid
);
record_extractor!(
    /// The viewer and the bid in the path they decide on as a lead.
    LeadBid { managed: ManagedBid } = managed_bid
);
record_extractor!(
    /// The viewer and the bid in the path assigned to them as a panel member.
    PanelBid { assigned: AssignedBid } = assigned_bid
);

/// The viewer and the round in the path they manage, with its programme.
pub struct ManagedRound {
    pub viewer: Viewer,
    pub signed_in: SignedIn,
    pub programme: Programme,
    pub round: Round,
}

impl FromRequest for ManagedRound {
    type Error = AppError;
    type Future = Loading<ManagedRound>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let loading = extract(request, payload, async |state, viewer, id| managed_round(state, viewer, id).await);
        Box::pin(async move {
            let (viewer, (signed_in, programme, round)) = loading.await?;
            Ok(ManagedRound { viewer, signed_in, programme, round })
        })
    }
}
