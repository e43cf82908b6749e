//! Every email the portal sends, one function each: short, plain, with a link back and what
//! happens next. Bodies are plain text; mail programs show them as written.

use super::outbox::Email;

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

fn signature() -> &'static str {
    "\n\n-- \nThis email was sent by the small grants portal. If you did not expect it, you can ignore it."
}

fn to(name: &str, address: &str) -> (String, Option<String>) {
    (address.to_string(), Some(name.to_string()))
}

pub fn verify_email(links: &Links, name: &str, address: &str, token: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    let link = links.absolute(&format!("/verify-email/{token}"));
    Email {
        kind: "verify_email".into(),
        to_address,
        to_name,
        subject: "Confirm your email address".into(),
        body_text: format!(
            "Hello {name},\n\nPlease confirm this is your email address by opening this link:\n\n{link}\n\n\
             You can start a bid straight away; you need to confirm your address before you send one.\n\
             The link works for 7 days.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

/// The link that finishes a registration: following it creates the account and signs in.
pub fn finish_registration(links: &Links, name: &str, address: &str, token: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    let link = links.absolute(&format!("/login/link/{token}"));
    Email {
        kind: "finish_registration".into(),
        to_address,
        to_name,
        subject: "Finish creating your account".into(),
        body_text: format!(
            "Hello {name},\n\nTo finish creating your account on the small grants portal, open this link:\n\n{link}\n\n\
             It confirms your email address and signs you in. The link works once, for 24 hours.\n\
             If you did not ask for an account, you can ignore this email: nothing has been created.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

/// Someone registered with an address that already has an account: its owner gets a link to
/// sign in instead, and nobody learns from the page that the account exists.
pub fn already_registered(links: &Links, name: &str, address: &str, token: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    let link = links.absolute(&format!("/login/link/{token}"));
    Email {
        kind: "already_registered".into(),
        to_address,
        to_name,
        subject: "You already have an account".into(),
        body_text: format!(
            "Hello {name},\n\nSomeone (probably you) asked to create an account with this email address, but you \
             already have one. To sign in, open this link within 15 minutes:\n\n{link}\n\n\
             The link works once. If you have forgotten your password, you can always sign in with a link like this \
             from the sign-in page.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

/// "Email me a link to sign in".
pub fn sign_in_link(links: &Links, name: &str, address: &str, token: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    let link = links.absolute(&format!("/login/link/{token}"));
    Email {
        kind: "sign_in_link".into(),
        to_address,
        to_name,
        subject: "Your link to sign in".into(),
        body_text: format!(
            "Hello {name},\n\nTo sign in to the small grants portal, open this link within 15 minutes:\n\n{link}\n\n\
             The link works once. If you did not ask for it, you can ignore this email: nobody can use it without \
             your mailbox.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

pub fn reset_password(links: &Links, name: &str, address: &str, token: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    let link = links.absolute(&format!("/password/reset/{token}"));
    Email {
        kind: "reset_password".into(),
        to_address,
        to_name,
        subject: "Reset your password".into(),
        body_text: format!(
            "Hello {name},\n\nSomeone asked to reset the password for your account. To choose a new password, open \
             this link within 1 hour:\n\n{link}\n\nThe link works once. Using it signs you out everywhere else.\n\
             If you did not ask for this, you can ignore this email: your password has not changed.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

pub fn password_changed(links: &Links, name: &str, address: &str) -> Email {
    let (to_address, to_name) = to(name, address);
    Email {
        kind: "password_changed".into(),
        to_address,
        to_name,
        subject: "Your password has been changed".into(),
        body_text: format!(
            "Hello {name},\n\nThe password for your account was just changed, and you have been signed out \
             everywhere else.\n\nIf this was not you, reset your password now: {}{}",
            links.absolute("/password/forgot"),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
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
pub fn second_factor_changed(links: &Links, name: &str, address: &str, change: SecondFactorChange) -> Email {
    let (to_address, to_name) = to(name, address);
    let (subject, what) = match change {
        SecondFactorChange::TurnedOn => (
            "Two-step sign-in is on",
            "Two-step sign-in was turned on for your account. From now on you will be asked for a code \
             from your authenticator app when you sign in.",
        ),
        SecondFactorChange::TurnedOff => {
            ("Two-step sign-in is off", "Two-step sign-in was turned off for your account.")
        }
        SecondFactorChange::NewRecoveryCodes => (
            "New recovery codes for your account",
            "New recovery codes were made for your account. The old ones no longer work.",
        ),
        SecondFactorChange::ResetByAdmin => (
            "Your two-step sign-in was reset",
            "A site admin removed the authenticator app from your account, as happens when a phone \
             is lost. You have been signed out. Next time you sign in you will be asked to set up \
             an app again.",
        ),
    };
    Email {
        kind: "second_factor_changed".into(),
        to_address,
        to_name,
        subject: subject.into(),
        body_text: format!(
            "Hello {name},\n\n{what}\n\nIf this was not you, sign in and change your password now, and tell \
             the programme team: {}{}",
            links.absolute("/account"),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn group_invitation(links: &Links, inviter: &str, group: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/invitations/{token}"));
    Email {
        kind: "group_invitation".into(),
        to_address: address.to_string(),
        to_name: None,
        subject: format!("Join {group} on the small grants portal"),
        body_text: format!(
            "Hello,\n\n{inviter} has invited you to join {group} on the small grants portal, so you can see and work on \
             the group's bids together.\n\nTo join, open this link (it works for 14 days):\n\n{link}\n\n\
             If you do not have an account yet, you can create one on the way.{}",
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

pub fn bid_received(
    links: &Links,
    sender: &crate::accounts::Person,
    group: &str,
    title: &str,
    reference: &str,
    round: &crate::rounds::Round,
    bid_id: i64,
) -> Email {
    Email {
        kind: "bid_received".into(),
        to_address: sender.email.clone(),
        to_name: Some(sender.name.clone()),
        subject: format!("We have your bid {reference}"),
        body_text: format!(
            "Hello {},\n\nThank you. We have received {group}'s bid \"{title}\" for {}.\n\nYour reference is {reference}.\n\n\
             What happens next: the programme team checks every bid, then a panel that includes people with lived \
             experience scores it on need and reach. Decisions will be made by {}. We will email you at each step.\n\n\
             You can see your bid at any time: {}{}",
            sender.name,
            round.name,
            round.decision_target_on.format("%-d %B %Y"),
            links.absolute(&format!("/bids/{bid_id}")),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn confirm_assisted_bid(
    links: &Links,
    contact_name: &str,
    address: &str,
    connector: &str,
    group: &str,
    title: &str,
    reference: &str,
    token: &str,
) -> Email {
    let greeting = if contact_name.is_empty() { "Hello".to_string() } else { format!("Hello {contact_name}") };
    Email {
        kind: "confirm_assisted_bid".into(),
        to_address: address.to_string(),
        to_name: (!contact_name.is_empty()).then(|| contact_name.to_string()),
        subject: format!("Please check the bid sent for {group}"),
        body_text: format!(
            "{greeting},\n\n{connector}, a community connector, has sent a bid for {group} with you: \"{title}\" \
             (reference {reference}).\n\nPlease check it says what you want it to say, and confirm it:\n\n{}\n\n\
             If something is wrong, reply to {connector} or contact the programme team.{}",
            links.absolute(&format!("/confirm-bid/{token}")),
            signature()
        ),
        body_html: None,
        sensitive: true,
    }
}

pub fn panel_assigned(
    links: &Links,
    member: &crate::accounts::Person,
    count: usize,
    round: &crate::rounds::Round,
) -> Email {
    let bids = if count == 1 { "1 bid".to_string() } else { format!("{count} bids") };
    Email {
        kind: "panel_assigned".into(),
        to_address: member.email.clone(),
        to_name: Some(member.name.clone()),
        subject: format!("{bids} to score for {}", round.name),
        body_text: format!(
            "Hello {},\n\nYou have {bids} to score for {}. Please watch, listen to or read each one and score it on \
             need and reach. Spelling, grammar and polish are not scored.\n\nIf you know a group well or have any other \
             conflict of interest, declare it on the bid's page and it will be given to someone else.\n\n\
             Your bids: {}{}",
            member.name,
            round.name,
            links.absolute("/panel"),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn conflict_declared(
    links: &Links,
    lead: &crate::accounts::Person,
    declarer: &str,
    bid: &crate::bids::Bid,
    round: &crate::rounds::Round,
) -> Email {
    let reference = bid.reference.clone().unwrap_or_default();
    Email {
        kind: "conflict_declared".into(),
        to_address: lead.email.clone(),
        to_name: Some(lead.name.clone()),
        subject: format!("Conflict declared on {reference}: please reassign"),
        body_text: format!(
            "Hello {},\n\n{declarer} has declared a conflict of interest on bid {reference} (\"{}\") in {}, so they will \
             not score it. Please give it to another panel member:\n\n{}{}",
            lead.name,
            bid.display_title(),
            round.name,
            links.absolute(&format!("/manage/bids/{}", bid.id)),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

/// What a decision email says, by decision.
pub enum DecisionNotice<'a> {
    Returned { note: &'a str, deadline: String },
    Ineligible { reason: &'a str },
    Awarded { amount: crate::money::Pence, conditions: &'a str, message: &'a str },
    Declined { feedback: &'a str },
    Waitlisted,
}

pub fn decision(
    links: &Links,
    to: (&str, &str),
    group: &str,
    bid: &crate::bids::Bid,
    round: &crate::rounds::Round,
    notice: &DecisionNotice<'_>,
) -> Email {
    let (name, address) = to;
    let reference = bid.reference.clone().unwrap_or_default();
    let title = bid.display_title();
    let link = links.absolute(&format!("/bids/{}", bid.id));
    let (kind, subject, body) = match notice {
        DecisionNotice::Returned { note, deadline } => (
            "bid_returned",
            format!("A question about your bid {reference}"),
            format!(
                "The programme team has a question about {group}'s bid \"{title}\":\n\n{note}\n\nWhat happens next: change your \
                 answers and send the bid again by {deadline}. Until then it will not go to the panel.\n\n{link}"
            ),
        ),
        DecisionNotice::Ineligible { reason } => (
            "bid_ineligible",
            format!("Your bid {reference} cannot go forward"),
            format!(
                "We are sorry: {group}'s bid \"{title}\" is not eligible for {}.\n\nThe programme team says:\n\n{reason}\n\n\
                 What happens next: nothing more is needed from you for this bid. You are welcome to apply to future rounds.\n\n{link}",
                round.name
            ),
        ),
        DecisionNotice::Awarded { amount, conditions, message } => (
            "bid_awarded",
            format!("Good news: {amount} offered for {title}"),
            format!(
                "We are pleased to offer {group} {amount} for \"{title}\" ({reference}).\n\n{message}\n\n{}What happens next: \
                 read the offer and accept it on the portal. Payment follows once you accept.\n\n{link}",
                if conditions.is_empty() {
                    String::new()
                } else {
                    format!("Conditions of the grant:\n{conditions}\n\n")
                }
            ),
        ),
        DecisionNotice::Declined { feedback } => (
            "bid_declined",
            format!("Decision on your bid {reference}"),
            format!(
                "Thank you for {group}'s bid \"{title}\". We are sorry that this time it has not been funded.\n\n\
                 Feedback from the panel and programme team:\n\n{feedback}\n\nWhat happens next: nothing more is needed \
                 from you. We hope you will apply again; a community connector can help.\n\n{link}"
            ),
        ),
        DecisionNotice::Waitlisted => (
            "bid_waitlisted",
            format!("Your bid {reference} is on the waiting list"),
            format!(
                "{group}'s bid \"{title}\" scored well but the money for {} has run out for now, so it is on the waiting list.\n\n\
                 What happens next: if money becomes available (for example when another award is not taken up), we will \
                 offer it to the highest-scoring bids on the list and email you. You do not need to do anything.\n\n{link}",
                round.name
            ),
        ),
    };
    Email {
        kind: kind.into(),
        to_address: address.to_string(),
        to_name: Some(name.to_string()),
        subject,
        body_text: format!("Hello {name},\n\n{body}{}", signature()),
        body_html: None,
        sensitive: false,
    }
}

fn greeting(person: &crate::accounts::Person) -> (String, Option<String>) {
    (person.email.clone(), Some(person.name.clone()))
}

pub fn offer_answered(
    links: &Links,
    lead: &crate::accounts::Person,
    reference: &str,
    bid_id: i64,
    accepted: bool,
    amount: crate::money::Pence,
) -> Email {
    let (to_address, to_name) = greeting(lead);
    let (subject, line) = if accepted {
        (
            format!("{reference}: offer accepted"),
            format!("The group has accepted the offer of {amount}. You can now record payments."),
        )
    } else {
        (
            format!("{reference}: offer turned down"),
            format!("The group has turned the offer down; {amount} is back in the round's budget."),
        )
    };
    Email {
        kind: if accepted { "offer_accepted".into() } else { "offer_declined".into() },
        to_address,
        to_name,
        subject,
        body_text: format!(
            "Hello {},\n\n{line}\n\n{}{}",
            lead.name,
            links.absolute(&format!("/manage/bids/{bid_id}")),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn award_cancelled(links: &Links, person: &crate::accounts::Person, bid: &crate::bids::Bid, reason: &str) -> Email {
    let (to_address, to_name) = greeting(person);
    Email {
        kind: "award_cancelled".into(),
        to_address,
        to_name,
        subject: format!("Your award for {} has been cancelled", bid.display_title()),
        body_text: format!(
            "Hello {},\n\nThe programme team has cancelled the award for \"{}\" ({}).\n\nTheir reason:\n\n{reason}\n\n\
             What happens next: no more payments will be made. If you have questions, reply to the programme team.\n\n{}{}",
            person.name,
            bid.display_title(),
            bid.reference.clone().unwrap_or_default(),
            links.absolute(&format!("/bids/{}", bid.id)),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn payment_made(
    links: &Links,
    person: &crate::accounts::Person,
    bid: &crate::bids::Bid,
    amount: crate::money::Pence,
    paid_on: chrono::NaiveDate,
) -> Email {
    let (to_address, to_name) = greeting(person);
    Email {
        kind: "payment_made".into(),
        to_address,
        to_name,
        subject: format!("{amount} paid for {}", bid.display_title()),
        body_text: format!(
            "Hello {},\n\nWe paid {amount} for \"{}\" on {}. It may take a few days to reach your account.\n\n\
             You can see every payment on your bid's page: {}{}",
            person.name,
            bid.display_title(),
            paid_on.format("%-d %B %Y"),
            links.absolute(&format!("/bids/{}", bid.id)),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn report_received(links: &Links, lead: &crate::accounts::Person, reference: &str, bid_id: i64) -> Email {
    let (to_address, to_name) = greeting(lead);
    Email {
        kind: "report_received".into(),
        to_address,
        to_name,
        subject: format!("{reference}: end-of-grant report received"),
        body_text: format!(
            "Hello {},\n\nThe group has sent its end-of-grant report. Read it and complete the grant: {}{}",
            lead.name,
            links.absolute(&format!("/manage/bids/{bid_id}")),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn grant_completed(links: &Links, person: &crate::accounts::Person, bid: &crate::bids::Bid) -> Email {
    let (to_address, to_name) = greeting(person);
    Email {
        kind: "grant_completed".into(),
        to_address,
        to_name,
        subject: format!("Thank you: {} is complete", bid.display_title()),
        body_text: format!(
            "Hello {},\n\nThank you for your report. The grant for \"{}\" is now complete, and nothing more is needed from you.\n\n\
             We hope to hear from you again in future rounds.\n\n{}{}",
            person.name,
            bid.display_title(),
            links.absolute(&format!("/bids/{}", bid.id)),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

pub fn report_reminder(
    links: &Links,
    person: &crate::accounts::Person,
    bid: &crate::bids::Bid,
    due: chrono::NaiveDate,
    overdue: bool,
) -> Email {
    let (to_address, to_name) = greeting(person);
    let when = due.format("%-d %B %Y");
    let (subject, line) = if overdue {
        (
            format!("Your short report for {} is overdue", bid.display_title()),
            format!("Your short end-of-grant report was due on {when}."),
        )
    } else {
        (
            format!("Your short report for {} is due on {when}", bid.display_title()),
            format!("Your short end-of-grant report is due on {when}."),
        )
    };
    Email {
        kind: if overdue { "report_overdue".into() } else { "report_due_soon".into() },
        to_address,
        to_name,
        subject,
        body_text: format!(
            "Hello {},\n\n{line} It only takes a few minutes: how many people took part, how many sessions you ran, and a \
             short story in words, a video link or a recording.\n\n{}{}",
            person.name,
            links.absolute(&format!("/bids/{}/report", bid.id)),
            signature()
        ),
        body_html: None,
        sensitive: false,
    }
}

#[cfg(test)]
mod snapshot_tmp;
