//! Starting a bid for a group in a round: from the start page, from the round's own "Start a
//! bid" button (a person with one group), and straight after a new group is made on the way to
//! a bid. One function, so each way checks the same things.

use crate::accounts::{Action, Roles};
use crate::bids::actions::BidError;
use crate::bids::{Bid, BidState, actions, queries};
use crate::i18n::Tr;
use crate::rounds::Round;
use crate::rounds::eligibility::{Answers, GivenAnswer, Outcome, assess};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::handlers::redirect;
use actix_web::HttpResponse;

/// A bid opened for the group: the group's unsent draft in the round if it has one (so a
/// double click, or coming back, does not make two), or a new one.
pub struct Opened {
    pub bid: Bid,
    pub new: bool,
}

impl Opened {
    /// Where to go next: a new draft straight to its first part; one already started to its
    /// task list.
    pub fn path(&self) -> String {
        if self.new { format!("/bids/{}/money", self.bid.id) } else { format!("/bids/{}", self.bid.id) }
    }
}

/// Opens a bid for `group_id` in `round` (which the caller has found open) for the person
/// (`person_id`, with their `roles`), who must be a member of the group; a connector must also hold the connector role in
/// the round's programme. The bid's language to begin with is the reader's (`tr`); `given` are
/// the group's answers to the round's eligibility questions, checked by [`check_eligibility`],
/// kept with the bid (and added to a draft started before the questions were asked).
pub async fn open_bid(
    state: &AppState,
    (person_id, roles): (i64, &Roles),
    round: &Round,
    group_id: i64,
    given: Vec<GivenAnswer>,
    tr: Tr,
) -> Result<Opened, AppError> {
    let language = crate::bids::language::for_reader(tr);
    let (round_id, programme_id, now) = (round.id, round.programme_id, state.now());
    let member = state
        .query(move |conn| crate::groups::queries::membership(conn, group_id, person_id))
        .await?
        .ok_or(AppError::NotFound)?;
    if member.is_connector && !roles.may(Action::AssistInProgramme(programme_id)) {
        return Err(AppError::Forbidden);
    }
    let editor = actions::Editor { person_id, as_connector: member.is_connector };
    state
        .db
        .run(move |conn| {
            let existing = queries::of_group(conn, group_id)?
                .into_iter()
                .find(|(bid, _)| bid.round_id == round_id && bid.state == BidState::Draft);
            match existing {
                Some((bid, _)) => {
                    actions::keep_eligibility_answers(conn, editor, bid.id, &given, now).map_err(|e| refusal(tr, e))?;
                    Ok::<_, AppError>(Opened { bid, new: false })
                }
                None => {
                    let bid = actions::start_with_answers(conn, editor, group_id, round_id, language, &given, now)
                        .map_err(|e| refusal(tr, e))?;
                    Ok(Opened { bid, new: true })
                }
            }
        })
        .await
}

/// Where starting a bid stands with the round's eligibility questions.
pub struct Checked {
    /// The answers to keep with the bid (none when the round asks nothing).
    pub given: Vec<GivenAnswer>,
    /// The start page's own address, carrying the answers (`?eligibility=12-yes.13-no`), so
    /// signing in, registering or adding a group on the way keeps them.
    pub start_path: String,
}

/// The `eligibility` value of an address's query (the first, if several).
pub fn eligibility_value(query: &str) -> String {
    url::form_urlencoded::parse(query.as_bytes())
        .take(100)
        .find(|(name, _)| name == "eligibility")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default()
}

/// The answers to the round's questions sent with the questions form (`q{id}=yes|no`),
/// encoded as a Start link carries them; empty when none was chosen.
pub async fn eligibility_in_form(
    state: &AppState,
    round: &Round,
    fields: &[(String, String)],
) -> Result<String, AppError> {
    let round_id = round.id;
    let questions = state.query(move |conn| crate::rounds::queries::questions_of(conn, round_id)).await?;
    Ok(Answers::from_pairs(fields.iter().map(|(name, value)| (name, value)), &questions).encode())
}

/// Checks again the answers a Start link carries. A round with questions is started only with
/// every answer given and none ruling the group out; otherwise the person is sent back to the
/// questions (with what they answered, so the page says what is missing or why they cannot
/// apply), before any account is needed.
pub async fn check_eligibility(
    state: &AppState,
    round: &Round,
    eligibility: &str,
) -> Result<Result<Checked, HttpResponse>, AppError> {
    let round_id = round.id;
    let questions = state.query(move |conn| crate::rounds::queries::questions_of(conn, round_id)).await?;
    let answers = Answers::decode(eligibility, &questions);
    let questions_page = format!("/rounds/{}/eligibility", round.slug);
    Ok(match assess(&questions, &answers) {
        Outcome::Through if questions.is_empty() => {
            Ok(Checked { given: Vec::new(), start_path: format!("/rounds/{}/bids/new", round.slug) })
        }
        Outcome::Through => Ok(Checked {
            given: answers.given(&questions),
            start_path: format!("/rounds/{}/bids/new?eligibility={}", round.slug, answers.encode()),
        }),
        _ if answers.is_empty() => Err(redirect(&questions_page)),
        _ => Err(redirect(&format!("{questions_page}?{}&check=yes", answers.query()))),
    })
}

/// A bid action refused, as the page that says why: a missing bid is 404, a rule broken is 409
/// with the rule's words, anything else an internal error.
pub fn refusal(tr: Tr, error: BidError) -> AppError {
    match error {
        BidError::Database(error) => error.into(),
        BidError::NotFound => AppError::NotFound,
        other => match other.message() {
            Some(message) => AppError::Conflict(tr.message(&message)),
            None => AppError::Internal(other.to_string()),
        },
    }
}

/// The round's slug when `next` is its start page (`/rounds/{slug}/bids/new`, perhaps with a
/// query): a group made on the way to a bid goes straight into the bid.
pub fn start_path_round(next: &str) -> Option<&str> {
    let path = next.split(['?', '#']).next()?;
    let slug = path.strip_prefix("/rounds/")?.strip_suffix("/bids/new")?;
    (!slug.is_empty() && !slug.contains('/')).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_round_s_start_page_starts_a_bid() {
        assert_eq!(start_path_round("/rounds/winter-wellbeing/bids/new"), Some("winter-wellbeing"));
        assert_eq!(start_path_round("/rounds/winter-wellbeing/bids/new?eligibility=1"), Some("winter-wellbeing"));
        assert_eq!(start_path_round("/rounds/a/b/bids/new"), None);
        assert_eq!(start_path_round("/rounds//bids/new"), None);
        assert_eq!(start_path_round("/dashboard"), None);
    }
}
