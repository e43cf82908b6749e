//! Every email the portal sends, one function each: short, plain, with a link back and what
//! happens next. Bodies are plain text; mail programs show them as written. Each is written in
//! the recipient's language (`tr`, the first argument): the words are in
//! `locales/<language>/emails.ftl`.

use chrono::NaiveDate;

use super::outbox::Email;
use crate::accounts::Person;
use crate::bids::Bid;
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::rounds::Round;

/// Builds absolute links for emails from the configured base URL.
#[derive(Debug, Clone)]
pub struct Links {
    base: String,
}

impl Links {
    pub fn new(base_url: &str) -> Links {
        Links { base: base_url.trim_end_matches('/').to_string() }
    }

    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// The whole text of an email: the greeting (by name when there is one), the body, and the
/// signature below the standard "-- " line.
fn text(tr: Tr, name: &str, body: &Message) -> String {
    let greeting =
        if name.is_empty() { tr.t("emails-hello-no-name") } else { crate::t!(tr, "emails-hello", name = name) };
    format!("{greeting}\n\n{}\n\n-- \n{}", tr.message(body), tr.t("emails-signature"))
}

fn to(name: &str, address: &str) -> (String, Option<String>) {
    (address.to_string(), Some(name.to_string()))
}

/// An email to one named person, with its subject and body.
fn email(
    tr: Tr,
    kind: &str,
    (name, address): (&str, &str),
    subject: &Message,
    body: &Message,
    sensitive: bool,
) -> Email {
    let (to_address, to_name) = to(name, address);
    Email {
        kind: kind.into(),
        to_address,
        to_name,
        subject: tr.message(subject),
        body_text: text(tr, name, body),
        body_html: None,
        sensitive,
    }
}

/// `key` with the link as `$link`.
fn with_link(key: &'static str, link: String) -> Message {
    Message::new(key).arg("link", link)
}

pub fn verify_email(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/verify-email/{token}"));
    let body = with_link("emails-verify-email-body", link);
    email(tr, "verify_email", (name, address), &"emails-verify-email-subject".into(), &body, true)
}

/// The link that finishes a registration: following it creates the account and signs in.
pub fn finish_registration(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-finish-registration-body", link);
    email(tr, "finish_registration", (name, address), &"emails-finish-registration-subject".into(), &body, true)
}

/// Someone registered with an address that already has an account: its owner gets a link to
/// sign in instead, and nobody learns from the page that the account exists.
pub fn already_registered(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-already-registered-body", link);
    email(tr, "already_registered", (name, address), &"emails-already-registered-subject".into(), &body, true)
}

/// "Email me a link to sign in".
pub fn sign_in_link(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-sign-in-link-body", link);
    email(tr, "sign_in_link", (name, address), &"emails-sign-in-link-subject".into(), &body, true)
}

pub fn reset_password(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/password/reset/{token}"));
    let body = with_link("emails-reset-password-body", link);
    email(tr, "reset_password", (name, address), &"emails-reset-password-subject".into(), &body, true)
}

pub fn password_changed(tr: Tr, links: &Links, name: &str, address: &str) -> Email {
    let body = with_link("emails-password-changed-body", links.absolute("/password/forgot"));
    email(tr, "password_changed", (name, address), &"emails-password-changed-subject".into(), &body, false)
}

/// What happened to a person's two-step sign-in, for the email that tells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactorChange {
    TurnedOn,
    TurnedOff,
    NewRecoveryCodes,
    /// A site admin removed it (a lost phone): the person sets it up again at next sign-in.
    ResetByAdmin,
}

/// Tells a person their two-step sign-in changed, so a change they did not make is noticed.
pub fn second_factor_changed(tr: Tr, links: &Links, name: &str, address: &str, change: SecondFactorChange) -> Email {
    let (subject, what) = match change {
        SecondFactorChange::TurnedOn => ("emails-two-factor-on-subject", "emails-two-factor-on"),
        SecondFactorChange::TurnedOff => ("emails-two-factor-off-subject", "emails-two-factor-off"),
        SecondFactorChange::NewRecoveryCodes => ("emails-two-factor-new-codes-subject", "emails-two-factor-new-codes"),
        SecondFactorChange::ResetByAdmin => ("emails-two-factor-reset-subject", "emails-two-factor-reset"),
    };
    let body = with_link("emails-two-factor-body", links.absolute("/account")).arg("change", Message::new(what));
    email(tr, "second_factor_changed", (name, address), &subject.into(), &body, false)
}

pub fn group_invitation(tr: Tr, links: &Links, inviter: &str, group: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/invitations/{token}"));
    let body = with_link("emails-group-invitation-body", link).arg("inviter", inviter).arg("group", group);
    Email {
        kind: "group_invitation".into(),
        to_address: address.to_string(),
        to_name: None,
        subject: crate::t!(tr, "emails-group-invitation-subject", group = group),
        body_text: text(tr, "", &body),
        body_html: None,
        sensitive: true,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn bid_received(
    tr: Tr,
    links: &Links,
    sender: &Person,
    group: &str,
    title: &str,
    reference: &str,
    round: &Round,
    bid_id: i64,
) -> Email {
    let body = with_link("emails-bid-received-body", links.absolute(&format!("/bids/{bid_id}")))
        .arg("group", group)
        .arg("title", title)
        .arg("round", &round.name)
        .arg("reference", reference)
        .arg("date", round.decision_target_on);
    let subject = Message::new("emails-bid-received-subject").arg("reference", reference);
    email(tr, "bid_received", (&sender.name, &sender.email), &subject, &body, false)
}

#[allow(clippy::too_many_arguments)]
pub fn confirm_assisted_bid(
    tr: Tr,
    links: &Links,
    contact_name: &str,
    address: &str,
    connector: &str,
    group: &str,
    title: &str,
    reference: &str,
    token: &str,
) -> Email {
    let body = with_link("emails-confirm-assisted-bid-body", links.absolute(&format!("/confirm-bid/{token}")))
        .arg("connector", connector)
        .arg("group", group)
        .arg("title", title)
        .arg("reference", reference);
    Email {
        kind: "confirm_assisted_bid".into(),
        to_address: address.to_string(),
        to_name: (!contact_name.is_empty()).then(|| contact_name.to_string()),
        subject: crate::t!(tr, "emails-confirm-assisted-bid-subject", group = group),
        body_text: text(tr, contact_name, &body),
        body_html: None,
        sensitive: true,
    }
}

pub fn panel_assigned(tr: Tr, links: &Links, member: &Person, count: usize, round: &Round) -> Email {
    let subject = Message::new("emails-panel-assigned-subject").arg("count", count).arg("round", &round.name);
    let body =
        with_link("emails-panel-assigned-body", links.absolute("/panel")).arg("count", count).arg("round", &round.name);
    email(tr, "panel_assigned", (&member.name, &member.email), &subject, &body, false)
}

pub fn conflict_declared(tr: Tr, links: &Links, lead: &Person, declarer: &str, bid: &Bid, round: &Round) -> Email {
    let reference = bid.reference.clone().unwrap_or_default();
    let subject = Message::new("emails-conflict-declared-subject").arg("reference", &reference);
    let body = with_link("emails-conflict-declared-body", links.absolute(&format!("/manage/bids/{}", bid.id)))
        .arg("declarer", declarer)
        .arg("reference", &reference)
        .arg("title", bid.display_title(tr))
        .arg("round", &round.name);
    email(tr, "conflict_declared", (&lead.name, &lead.email), &subject, &body, false)
}

/// What a decision email says, by decision.
pub enum DecisionNotice<'a> {
    /// Sent back with a question, to answer by `deadline` (a date in London).
    Returned {
        note: &'a str,
        deadline: NaiveDate,
    },
    Ineligible {
        reason: &'a str,
    },
    Awarded {
        amount: Pence,
        conditions: &'a str,
        message: &'a str,
    },
    Declined {
        feedback: &'a str,
    },
    Waitlisted,
}

pub fn decision(
    tr: Tr,
    links: &Links,
    to: (&str, &str),
    group: &str,
    bid: &Bid,
    round: &Round,
    notice: &DecisionNotice<'_>,
) -> Email {
    let reference = bid.reference.clone().unwrap_or_default();
    let title = bid.display_title(tr);
    let link = links.absolute(&format!("/bids/{}", bid.id));
    let about = |key: &'static str| with_link(key, link.clone()).arg("group", group).arg("title", &title);
    let (kind, subject, body) = match notice {
        DecisionNotice::Returned { note, deadline } => (
            "bid_returned",
            "emails-bid-returned-subject",
            about("emails-bid-returned-body").arg("note", *note).arg("deadline", *deadline),
        ),
        DecisionNotice::Ineligible { reason } => (
            "bid_ineligible",
            "emails-bid-ineligible-subject",
            about("emails-bid-ineligible-body").arg("round", &round.name).arg("reason", *reason),
        ),
        DecisionNotice::Awarded { amount, conditions, message } => {
            let body = if conditions.is_empty() {
                about("emails-bid-awarded-body")
            } else {
                about("emails-bid-awarded-body-with-conditions").arg("conditions", *conditions)
            };
            (
                "bid_awarded",
                "emails-bid-awarded-subject",
                body.arg("amount", *amount).arg("reference", &reference).arg("message", *message),
            )
        }
        DecisionNotice::Declined { feedback } => (
            "bid_declined",
            "emails-bid-declined-subject",
            about("emails-bid-declined-body").arg("feedback", *feedback),
        ),
        DecisionNotice::Waitlisted => (
            "bid_waitlisted",
            "emails-bid-waitlisted-subject",
            about("emails-bid-waitlisted-body").arg("round", &round.name),
        ),
    };
    let mut subject = Message::new(subject).arg("reference", &reference).arg("title", &title);
    if let DecisionNotice::Awarded { amount, .. } = notice {
        subject = subject.arg("amount", *amount);
    }
    email(tr, kind, to, &subject, &body, false)
}

fn recipient(person: &Person) -> (&str, &str) {
    (&person.name, &person.email)
}

pub fn offer_answered(
    tr: Tr,
    links: &Links,
    lead: &Person,
    reference: &str,
    bid_id: i64,
    accepted: bool,
    amount: Pence,
) -> Email {
    let (kind, subject, body) = if accepted {
        ("offer_accepted", "emails-offer-accepted-subject", "emails-offer-accepted-body")
    } else {
        ("offer_declined", "emails-offer-declined-subject", "emails-offer-declined-body")
    };
    let subject = Message::new(subject).arg("reference", reference);
    let body = with_link(body, links.absolute(&format!("/manage/bids/{bid_id}"))).arg("amount", amount);
    email(tr, kind, recipient(lead), &subject, &body, false)
}

pub fn award_cancelled(tr: Tr, links: &Links, person: &Person, bid: &Bid, reason: &str) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-award-cancelled-subject").arg("title", &title);
    let body = with_link("emails-award-cancelled-body", links.absolute(&format!("/bids/{}", bid.id)))
        .arg("title", &title)
        .arg("reference", bid.reference.clone().unwrap_or_default())
        .arg("reason", reason);
    email(tr, "award_cancelled", recipient(person), &subject, &body, false)
}

pub fn payment_made(tr: Tr, links: &Links, person: &Person, bid: &Bid, amount: Pence, paid_on: NaiveDate) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-payment-made-subject").arg("amount", amount).arg("title", &title);
    let body = with_link("emails-payment-made-body", links.absolute(&format!("/bids/{}", bid.id)))
        .arg("amount", amount)
        .arg("title", &title)
        .arg("date", paid_on);
    email(tr, "payment_made", recipient(person), &subject, &body, false)
}

pub fn report_received(tr: Tr, links: &Links, lead: &Person, reference: &str, bid_id: i64) -> Email {
    let subject = Message::new("emails-report-received-subject").arg("reference", reference);
    let body = with_link("emails-report-received-body", links.absolute(&format!("/manage/bids/{bid_id}")));
    email(tr, "report_received", recipient(lead), &subject, &body, false)
}

pub fn grant_completed(tr: Tr, links: &Links, person: &Person, bid: &Bid) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-grant-completed-subject").arg("title", &title);
    let body =
        with_link("emails-grant-completed-body", links.absolute(&format!("/bids/{}", bid.id))).arg("title", &title);
    email(tr, "grant_completed", recipient(person), &subject, &body, false)
}

pub fn report_reminder(tr: Tr, links: &Links, person: &Person, bid: &Bid, due: NaiveDate, overdue: bool) -> Email {
    let (kind, subject, body) = if overdue {
        ("report_overdue", "emails-report-overdue-subject", "emails-report-overdue-body")
    } else {
        ("report_due_soon", "emails-report-due-subject", "emails-report-due-body")
    };
    let subject = Message::new(subject).arg("title", bid.display_title(tr)).arg("date", due);
    let body = with_link(body, links.absolute(&format!("/bids/{}/report", bid.id))).arg("date", due);
    email(tr, kind, recipient(person), &subject, &body, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(language: Option<&str>) -> Person {
        let at = NaiveDate::from_ymd_opt(2027, 3, 3).and_then(|d| d.and_hms_opt(17, 0, 0)).expect("time");
        Person {
            id: 7,
            name: "Amina Khan".into(),
            email: "amina@example.org".into(),
            password_hash: String::new(),
            email_verified_at: Some(at),
            is_site_admin: false,
            disabled_at: None,
            created_at: at,
            updated_at: at,
            language: language.map(str::to_string),
        }
    }

    #[test]
    fn an_email_is_a_greeting_a_body_and_the_signature() {
        let links = Links::new("http://localhost:8080/");
        let email = sign_in_link(Tr::source(), &links, "Amina", "amina@example.org", "abc");
        assert_eq!(email.subject, "Your link to sign in");
        assert_eq!(email.to_name.as_deref(), Some("Amina"));
        assert_eq!(
            email.body_text,
            "Hello Amina,\n\nTo sign in to the small grants portal, open this link within 15 minutes:\n\n\
             http://localhost:8080/login/link/abc\n\nThe link works once. If you did not ask for it, you can ignore \
             this email: nobody can use it without your mailbox.\n\n-- \nThis email was sent by the small grants \
             portal. If you did not expect it, you can ignore it."
        );
        let invitation = group_invitation(Tr::source(), &links, "Bola", "Riverside", "x@example.org", "t");
        assert!(
            invitation.body_text.starts_with("Hello,\n\nBola has invited you to join Riverside"),
            "{}",
            invitation.body_text
        );
    }

    #[test]
    fn counts_choose_their_plural_form() {
        let links = Links::new("http://localhost");
        let round = crate::rounds::Round {
            id: 1,
            programme_id: 1,
            pot_id: 1,
            slug: "spring".into(),
            name: "Spring 2027".into(),
            summary: String::new(),
            opens_at: person(None).created_at,
            closes_at: person(None).created_at,
            min_award_pence: 0,
            max_award_pence: 0,
            eligibility: String::new(),
            uses: String::new(),
            decision_target_on: NaiveDate::from_ymd_opt(2027, 6, 1).expect("date"),
            panel_size: 2,
            criteria_frozen_at: None,
            created_at: person(None).created_at,
            updated_at: person(None).created_at,
            panel_closed_at: None,
        };
        let one = panel_assigned(Tr::source(), &links, &person(None), 1, &round);
        let three = panel_assigned(Tr::source(), &links, &person(None), 3, &round);
        assert_eq!(one.subject, "1 bid to score for Spring 2027");
        assert_eq!(three.subject, "3 bids to score for Spring 2027");
        assert!(
            three.body_text.contains("You have 3 bids to score for Spring 2027. Please watch"),
            "{}",
            three.body_text
        );
    }

    #[test]
    fn emails_are_written_in_the_recipient_s_language() {
        let polish = person(Some("pl"));
        let tr = polish.tr();
        assert_eq!(tr.code(), "pl", "the saved language");
        assert_eq!(person(None).tr(), Tr::source(), "no saved language: the source");
        assert_eq!(person(Some("xx")).tr(), Tr::source(), "a language no longer built: the source");
        let bid = crate::bids::Bid {
            id: 42,
            round_id: 1,
            group_id: 2,
            reference: Some("SG-2027-0042".into()),
            state: crate::bids::lifecycle::BidState::Awarded,
            title: "Tea and talk".into(),
            summary: String::new(),
            amount_requested_pence: None,
            purpose: String::new(),
            video_url: String::new(),
            need: String::new(),
            reach: String::new(),
            impact: String::new(),
            assisted_by: None,
            created_by: 7,
            created_at: polish.created_at,
            updated_at: polish.created_at,
            submitted_at: None,
            returned_at: None,
            return_note: String::new(),
            confirmed_by_group_at: None,
            version: 1,
            decision_note: String::new(),
            language: "pl".into(),
            language_other: String::new(),
        };
        let paid_on = NaiveDate::from_ymd_opt(2027, 5, 9).expect("date");
        let email = payment_made(tr, &Links::new("http://localhost"), &polish, &bid, Pence(123_456), paid_on);
        // Polish words, and amounts and dates written the Polish way.
        assert!(email.subject.contains("1234,56 £") && email.subject.contains("Tea and talk"), "{}", email.subject);
        assert!(email.body_text.contains("9 maja 2027"), "{}", email.body_text);
        assert!(email.body_text.starts_with("Dzień dobry"), "{}", email.body_text);
        assert!(!email.body_text.contains("Hello") && !email.subject.contains("paid for"), "no English left");
    }
}
