//! Applying for a grant through the pages, as later tests need: a verified applicant with a
//! group, and bids at chosen stages.

use super::setup::Scheme;
use super::{TestApp, TestResponse};

/// A small MP4 file's first bytes (enough to be recognised as video).
pub fn mp4_bytes(len: usize) -> Vec<u8> {
    let mut bytes = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom\0\0\0\x08free".to_vec();
    bytes.resize(len, 7);
    bytes
}

impl TestApp {
    /// Creates a group through the form for the signed-in person; answers its id.
    pub async fn create_group(&self, name: &str) -> i64 {
        let response = self
            .submit(
                "/groups/new",
                &[
                    ("name", name),
                    ("kind", "faith"),
                    ("area", "Sparkbrook"),
                    ("postcode", "b11 1aa"),
                    ("contact_name", "Amina"),
                    ("contact_email", "amina@example.org"),
                ],
            )
            .await;
        assert_eq!(response.status, 303, "create group: {}", response.text());
        TestApp::id_from_location(&response.location().unwrap())
    }

    /// Starts a bid for the group in the round with the given slug; answers the bid id.
    pub async fn start_bid(&self, slug: &str, group_id: i64) -> i64 {
        let response = self.submit(&format!("/rounds/{slug}/bids/new"), &[("group_id", &group_id.to_string())]).await;
        assert_eq!(response.status, 303, "start bid: {}", response.text());
        let location = response.location().unwrap();
        // A new draft opens at its first part; a draft already started, at its task list.
        TestApp::id_from_location(location.strip_suffix("/money").unwrap_or(&location))
    }

    /// Saves one part of a bid (`money` or `case`) as its page would: with the bid's current
    /// version, which the page carries in a hidden field.
    pub async fn save_bid_part(&self, bid_id: i64, part: &str, fields: &[(&str, &str)]) -> TestResponse {
        let version = self.bid(bid_id).await.version.to_string();
        let mut fields = fields.to_vec();
        fields.push(("version", &version));
        self.submit(&format!("/bids/{bid_id}/{part}"), &fields).await
    }

    /// Fills in the money and (by video link) the case.
    pub async fn complete_bid(&self, bid_id: i64, title: &str, amount: &str) {
        let money = self
            .save_bid_part(
                bid_id,
                "money",
                &[
                    ("title", title),
                    ("summary", "Weekly sessions"),
                    ("amount_requested", amount),
                    ("purpose", "Room hire and tea"),
                    ("then", "continue"),
                ],
            )
            .await;
        assert_eq!(money.status, 303, "money: {}", money.text());
        let case = self
            .save_bid_part(bid_id, "case", &[("video_url", "https://youtu.be/dQw4w9WgXcQ"), ("then", "later")])
            .await;
        assert_eq!(case.status, 303, "case: {}", case.text());
    }

    /// A verified applicant (signed in) with a group and a complete draft in the scheme's round.
    pub async fn applicant_with_draft(&self, scheme: &Scheme, email: &str) -> (i64, i64) {
        self.clear_cookies();
        self.signed_in_person("Amina Applicant", email).await;
        let group = self.create_group(&format!("Group of {email}")).await;
        let slug = self.round_slug(scheme.round_id).await;
        let bid = self.start_bid(&slug, group).await;
        self.complete_bid(bid, "Walk and talk", "2500").await;
        (group, bid)
    }

    pub async fn round_slug(&self, round_id: i64) -> String {
        self.db(move |conn| smallgrants::rounds::queries::find(conn, round_id).unwrap().unwrap().slug).await
    }

    pub async fn bid(&self, bid_id: i64) -> smallgrants::bids::Bid {
        self.db(move |conn| smallgrants::bids::queries::find(conn, bid_id).unwrap().unwrap()).await
    }
}
