//! Rounds with sent bids and panels, for the review and decision tests.

use smallgrants::accounts::{ProgrammeRole, actions as accounts};

use super::TestApp;
use super::people::PASSWORD;
use super::setup::Scheme;

/// A round with `count` bids sent by different groups (each with a verified applicant), and
/// the lead signed in at the end.
pub struct SentRound {
    pub scheme: Scheme,
    pub bids: Vec<i64>,
    pub lead_email: String,
}

impl TestApp {
    pub async fn round_with_sent_bids(&self, name: &str, count: usize) -> SentRound {
        let lead_email = format!("lead-{}@example.org", smallgrants::rounds::rules::slugify(name));
        let scheme = self.programme_with_round(name, &lead_email).await;
        let mut bids = Vec::new();
        for n in 0..count {
            let (_, bid) =
                self.applicant_with_draft(&scheme, &format!("applicant{n}-{}@example.org", scheme.round_id)).await;
            let sent = self.submit(&format!("/bids/{bid}/submit"), &[]).await;
            assert_eq!(sent.status, 303, "send: {}", sent.text());
            bids.push(bid);
        }
        self.deliver_emails().await;
        self.clear_cookies();
        assert_eq!(self.sign_in(&lead_email, PASSWORD).await.status, 303);
        SentRound { scheme, bids, lead_email }
    }

    /// A panel member of the programme (not signed in); answers their id.
    pub async fn panel_member(&self, scheme: &Scheme, name: &str, email: &str, lived_experience: bool) -> i64 {
        let person = self.person_in_database(name, email, false).await;
        let (programme, lead) = (scheme.programme_id, scheme.lead_id);
        self.db(move |conn| {
            accounts::grant_role(
                conn,
                lead,
                person.id,
                programme,
                ProgrammeRole::Panel,
                lived_experience,
                smallgrants::time::now(),
            )
            .unwrap()
        })
        .await;
        person.id
    }

    /// Signs in with a demo account (which has its own password) in this browser.
    pub async fn switch_to_demo(&self, email: &str, password: &str) {
        self.clear_cookies();
        let response = self.sign_in(email, password).await;
        assert_eq!(response.status, 303, "sign in as {email}: {}", response.text());
    }

    /// Signs in as someone else in this browser.
    pub async fn switch_to(&self, email: &str) {
        self.clear_cookies();
        let response = self.sign_in(email, PASSWORD).await;
        assert_eq!(response.status, 303, "sign in as {email}: {}", response.text());
    }

    /// A round whose `count` bids (each asking £2,500) have been passed to a panel of two and
    /// awarded `amount` by the lead without waiting for scores; the lead is signed in at the end.
    pub async fn round_with_awards(&self, name: &str, count: usize, amount: &str) -> SentRound {
        let round = self.round_with_sent_bids(name, count).await;
        self.to_the_panel(&round).await;
        for bid in &round.bids {
            let awarded = self
                .submit(
                    &format!("/manage/bids/{bid}/award"),
                    &[
                        ("amount", amount),
                        ("conditions", "Tell us if the sessions move"),
                        ("payment_plan", "Two instalments: most now, the rest in three months"),
                    ],
                )
                .await;
            assert_eq!(awarded.status, 303, "award: {}", awarded.text());
        }
        self.deliver_emails().await;
        round
    }

    /// Gives the round's bids a panel of two and passes them to it, so the lead (signed in)
    /// can decide them.
    pub async fn to_the_panel(&self, round: &SentRound) {
        let round_id = round.scheme.round_id;
        for n in 0..2 {
            self.panel_member(
                &round.scheme,
                &format!("Panel {n}"),
                &format!("panel{n}-{round_id}@example.org"),
                n == 0,
            )
            .await;
        }
        assert_eq!(self.submit(&format!("/manage/rounds/{round_id}/assign-panels"), &[]).await.status, 303);
        assert_eq!(self.submit(&format!("/manage/rounds/{round_id}/start-reviews"), &[]).await.status, 303);
    }

    /// The email address of the applicant who sent the round's `n`th bid.
    pub fn applicant_email(round: &SentRound, n: usize) -> String {
        format!("applicant{n}-{}@example.org", round.scheme.round_id)
    }
}
