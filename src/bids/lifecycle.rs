//! The bid lifecycle (docs/ARCHITECTURE.md §2): every state a bid can be in, every transition,
//! and who may make it, in one table. Pure: [`super::transitions::apply`], the one writer of a
//! bid's state, asks [`next_state`] before any bid moves, and an illegal transition is refused
//! here with a message for the person.

use std::fmt;

use crate::i18n::{Message, Tr};

/// Where a bid is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BidState {
    Draft,
    Submitted,
    Returned,
    Ineligible,
    InReview,
    Awarded,
    Declined,
    Waitlisted,
    Active,
    Cancelled,
    Completed,
    Withdrawn,
}

/// Something that moves a bid on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The group sends its draft.
    Submit,
    /// The group sends it again after it was returned with a question.
    Resubmit,
    /// The group takes the bid back.
    Withdraw,
    /// The lead sends it back with a note ("we need to know…").
    Return,
    /// The lead finds it outside the round's rules.
    MarkIneligible,
    /// The lead passes it to the panel.
    StartReview,
    Award,
    Decline,
    Waitlist,
    /// The group accepts the offer and its conditions.
    AcceptOffer,
    /// The group turns the offer down.
    DeclineOffer,
    /// The lead cancels an award.
    Cancel,
    /// The lead closes a grant once its end-of-grant report is in.
    Complete,
}

/// Who is acting, as far as the lifecycle cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    /// A member of the bid's group.
    Applicant,
    /// A community connector helping the group.
    Connector,
    /// A lead of the round's programme (or a site admin acting as one).
    Lead,
}

use Actor::*;
use BidState::*;
use Transition::*;

/// The whole lifecycle: (from, transition, who may, to). Anything not listed is refused.
pub const TRANSITIONS: &[(BidState, Transition, &[Actor], BidState)] = &[
    (Draft, Submit, &[Applicant, Connector], Submitted),
    (Draft, Withdraw, &[Applicant], Withdrawn),
    (Submitted, Return, &[Lead], Returned),
    (Returned, Resubmit, &[Applicant, Connector], Submitted),
    (Submitted, MarkIneligible, &[Lead], Ineligible),
    (Submitted, StartReview, &[Lead], InReview),
    (InReview, Award, &[Lead], Awarded),
    (InReview, Decline, &[Lead], Declined),
    (InReview, Waitlist, &[Lead], Waitlisted),
    (Waitlisted, Award, &[Lead], Awarded),
    (Waitlisted, Decline, &[Lead], Declined),
    (Awarded, AcceptOffer, &[Applicant], Active),
    (Awarded, DeclineOffer, &[Applicant], Cancelled),
    (Awarded, Cancel, &[Lead], Cancelled),
    (Active, Cancel, &[Lead], Cancelled),
    (Active, Complete, &[Lead], Completed),
    (Submitted, Withdraw, &[Applicant], Withdrawn),
    (Returned, Withdraw, &[Applicant], Withdrawn),
    (InReview, Withdraw, &[Applicant], Withdrawn),
    (Waitlisted, Withdraw, &[Applicant], Withdrawn),
];

/// Why a transition was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// Nobody can do this from this state.
    NotFromState { from: BidState, transition: Transition },
    /// It can be done from this state, but not by this person.
    NotByActor { from: BidState, transition: Transition, actor: Actor },
}

impl TransitionError {
    /// What the person is told: which state the bid is in and what cannot be done, or who may
    /// do it.
    pub fn message(&self) -> Message {
        match self {
            TransitionError::NotFromState { from, transition } => Message::new("bids-transition-not-from-state")
                .arg("state", Message::new(from.describe_key()))
                .arg("done", Message::new(transition.done_key())),
            TransitionError::NotByActor { transition, .. } => Message::new("bids-transition-not-by-actor")
                .arg("who", Message::new(transition.who_key()))
                .arg("done", Message::new(transition.done_key())),
        }
    }
}

/// In British English, for logs and for callers that have not yet moved to [`TransitionError::message`].
impl fmt::Display for TransitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Tr::source().message(&self.message()))
    }
}

/// A state name in the database that the lifecycle does not know: the row is refused rather
/// than read as some other state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown bid state {0:?} in the database")]
pub struct UnknownState(pub String);

impl TryFrom<String> for BidState {
    type Error = UnknownState;

    fn try_from(name: String) -> Result<BidState, UnknownState> {
        BidState::parse(&name).ok_or(UnknownState(name))
    }
}

/// The state a transition leads to, if it is allowed from `from` for `actor`.
pub fn next_state(from: BidState, transition: Transition, actor: Actor) -> Result<BidState, TransitionError> {
    let mut allowed_from_state = false;
    for (state, step, actors, to) in TRANSITIONS {
        if *state == from && *step == transition {
            allowed_from_state = true;
            if actors.contains(&actor) {
                return Ok(*to);
            }
        }
    }
    if allowed_from_state {
        Err(TransitionError::NotByActor { from, transition, actor })
    } else {
        Err(TransitionError::NotFromState { from, transition })
    }
}

impl BidState {
    pub const ALL: [BidState; 12] = [
        Draft, Submitted, Returned, Ineligible, InReview, Awarded, Declined, Waitlisted, Active, Cancelled, Completed,
        Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Draft => "draft",
            Submitted => "submitted",
            Returned => "returned",
            Ineligible => "ineligible",
            InReview => "in_review",
            Awarded => "awarded",
            Declined => "declined",
            Waitlisted => "waitlisted",
            Active => "active",
            Cancelled => "cancelled",
            Completed => "completed",
            Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<BidState> {
        BidState::ALL.into_iter().find(|state| state.as_str() == text)
    }

    /// The key of the status tag's words.
    pub fn label_key(self) -> &'static str {
        match self {
            Draft => "bids-state-draft",
            Submitted => "bids-state-submitted",
            Returned => "bids-state-returned",
            Ineligible => "bids-state-ineligible",
            InReview => "bids-state-in-review",
            Awarded => "bids-state-awarded",
            Declined => "bids-state-declined",
            Waitlisted => "bids-state-waitlisted",
            Active => "bids-state-active",
            Cancelled => "bids-state-cancelled",
            Completed => "bids-state-completed",
            Withdrawn => "bids-state-withdrawn",
        }
    }

    /// The key of the status tag's words on the programme lead's pages: the same as the
    /// group's, except where the group's words speak to the group ("Returned to you").
    pub fn lead_label_key(self) -> &'static str {
        match self {
            Returned => "bids-state-returned-lead",
            other => other.label_key(),
        }
    }

    /// The status tag's colour.
    pub fn colour(self) -> &'static str {
        match self {
            Draft => "grey",
            Submitted | InReview => "blue",
            Returned => "orange",
            Ineligible | Declined => "red",
            Awarded => "turquoise",
            Waitlisted => "yellow",
            Active => "green",
            Cancelled | Withdrawn => "grey",
            Completed => "purple",
        }
    }

    /// The key of "a draft", "sent", … for sentences ("This bid is { $state }").
    pub fn describe_key(self) -> &'static str {
        match self {
            Draft => "bids-state-describe-draft",
            Submitted => "bids-state-describe-submitted",
            Returned => "bids-state-describe-returned",
            Ineligible => "bids-state-describe-ineligible",
            InReview => "bids-state-describe-in-review",
            Awarded => "bids-state-describe-awarded",
            Declined => "bids-state-describe-declined",
            Waitlisted => "bids-state-describe-waitlisted",
            Active => "bids-state-describe-active",
            Cancelled => "bids-state-describe-cancelled",
            Completed => "bids-state-describe-completed",
            Withdrawn => "bids-state-describe-withdrawn",
        }
    }

    /// The group may change its answers only in a draft or when the bid was returned to it.
    pub fn is_editable(self) -> bool {
        matches!(self, Draft | Returned)
    }

    /// No transition leads anywhere from here.
    pub fn is_final(self) -> bool {
        !TRANSITIONS.iter().any(|(from, ..)| *from == self)
    }
}

impl Transition {
    pub const ALL: [Transition; 13] = [
        Submit,
        Resubmit,
        Withdraw,
        Return,
        MarkIneligible,
        StartReview,
        Award,
        Decline,
        Waitlist,
        AcceptOffer,
        DeclineOffer,
        Cancel,
        Complete,
    ];

    /// The audit trail's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Submit => "submitted",
            Resubmit => "resubmitted",
            Withdraw => "withdrawn",
            Return => "returned",
            MarkIneligible => "marked_ineligible",
            StartReview => "review_started",
            Award => "awarded",
            Decline => "declined",
            Waitlist => "waitlisted",
            AcceptOffer => "offer_accepted",
            DeclineOffer => "offer_declined",
            Cancel => "cancelled",
            Complete => "completed",
        }
    }

    /// The key of what the bid would be once moved ("sent", "awarded"), for "cannot be … now".
    fn done_key(self) -> &'static str {
        match self {
            Submit | Resubmit => "bids-done-sent",
            Withdraw => "bids-done-withdrawn",
            Return => "bids-done-returned",
            MarkIneligible => "bids-done-marked-ineligible",
            StartReview => "bids-done-passed-to-panel",
            Award => "bids-done-awarded",
            Decline => "bids-done-declined",
            Waitlist => "bids-done-waitlisted",
            AcceptOffer => "bids-done-accepted",
            DeclineOffer => "bids-done-turned-down",
            Cancel => "bids-done-cancelled",
            Complete => "bids-done-completed",
        }
    }

    /// The key of who may make this move.
    fn who_key(self) -> &'static str {
        match self {
            Submit | Resubmit => "bids-who-group-or-connector",
            Withdraw | AcceptOffer | DeclineOffer => "bids-who-group",
            _ => "bids-who-lead",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const ACTORS: [Actor; 3] = [Applicant, Connector, Lead];

    /// The table in docs/ARCHITECTURE.md §2, written out again independently: every allowed move.
    fn expected() -> HashSet<(BidState, Transition, Actor, BidState)> {
        let mut allowed = HashSet::new();
        let mut add = |from, t, actors: &[Actor], to| {
            for a in actors {
                allowed.insert((from, t, *a, to));
            }
        };
        add(Draft, Submit, &[Applicant, Connector], Submitted);
        add(Draft, Withdraw, &[Applicant], Withdrawn);
        add(Submitted, Return, &[Lead], Returned);
        add(Returned, Resubmit, &[Applicant, Connector], Submitted);
        add(Submitted, MarkIneligible, &[Lead], Ineligible);
        add(Submitted, StartReview, &[Lead], InReview);
        add(InReview, Award, &[Lead], Awarded);
        add(InReview, Decline, &[Lead], Declined);
        add(InReview, Waitlist, &[Lead], Waitlisted);
        add(Waitlisted, Award, &[Lead], Awarded);
        add(Waitlisted, Decline, &[Lead], Declined);
        add(Awarded, AcceptOffer, &[Applicant], Active);
        add(Awarded, Cancel, &[Lead], Cancelled);
        add(Awarded, DeclineOffer, &[Applicant], Cancelled);
        add(Active, Cancel, &[Lead], Cancelled);
        add(Active, Complete, &[Lead], Completed);
        for from in [Submitted, Returned, InReview, Waitlisted] {
            add(from, Withdraw, &[Applicant], Withdrawn);
        }
        allowed
    }

    #[test]
    fn every_allowed_transition_is_allowed_and_every_other_is_refused() {
        let allowed = expected();
        let mut checked = 0;
        for from in BidState::ALL {
            for transition in Transition::ALL {
                for actor in ACTORS {
                    let outcome = next_state(from, transition, actor);
                    match allowed.iter().find(|(f, t, a, _)| *f == from && *t == transition && *a == actor) {
                        Some((.., to)) => assert_eq!(outcome, Ok(*to), "{from:?} --{transition:?}/{actor:?}-->"),
                        None => assert!(
                            outcome.is_err(),
                            "{from:?} --{transition:?}/{actor:?}--> should be refused, got {outcome:?}"
                        ),
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 12 * 13 * 3);
    }

    #[test]
    fn refusals_say_whether_the_state_or_the_person_is_wrong() {
        assert_eq!(
            next_state(Withdrawn, Award, Lead),
            Err(TransitionError::NotFromState { from: Withdrawn, transition: Award })
        );
        assert_eq!(
            next_state(InReview, Award, Applicant),
            Err(TransitionError::NotByActor { from: InReview, transition: Award, actor: Applicant })
        );
        let message = next_state(Awarded, Award, Lead).unwrap_err().to_string();
        assert_eq!(message, "This bid is offered funding, so it cannot be awarded now.");
    }

    #[test]
    fn every_state_is_reachable_from_a_draft() {
        let mut reached: HashSet<BidState> = HashSet::from([Draft]);
        loop {
            let before = reached.len();
            for (from, _, _, to) in TRANSITIONS {
                if reached.contains(from) {
                    reached.insert(*to);
                }
            }
            if reached.len() == before {
                break;
            }
        }
        for state in BidState::ALL {
            assert!(reached.contains(&state), "{state:?} can never be reached");
        }
    }

    #[test]
    fn final_states_are_the_ends_of_the_road() {
        let finals: Vec<BidState> = BidState::ALL.into_iter().filter(|s| s.is_final()).collect();
        assert_eq!(finals, [Ineligible, Declined, Cancelled, Completed, Withdrawn]);
    }

    #[test]
    fn the_lead_reads_returned_bids_as_returned_to_the_group() {
        let tr = Tr::source();
        assert_eq!(tr.t(Returned.label_key()), "Returned to you");
        assert_eq!(tr.t(Returned.lead_label_key()), "Returned to the group");
        for state in BidState::ALL.into_iter().filter(|s| *s != Returned) {
            assert_eq!(state.lead_label_key(), state.label_key(), "{state:?}");
            assert!(!tr.t(state.lead_label_key()).contains("you"), "{state:?} speaks to the group");
        }
    }

    #[test]
    fn states_round_trip_through_text() {
        for state in BidState::ALL {
            assert_eq!(BidState::parse(state.as_str()), Some(state));
        }
        assert_eq!(BidState::parse("won"), None);
    }

    #[test]
    fn a_state_name_read_from_the_database_must_be_known() {
        assert_eq!(BidState::try_from("in_review".to_string()), Ok(InReview));
        assert_eq!(BidState::try_from("won".to_string()), Err(UnknownState("won".into())), "never read as a draft");
    }
}
