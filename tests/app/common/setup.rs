//! Setting up programmes, pots and rounds through the lead's pages, as later tests need them.

use chrono::{Duration, NaiveDateTime};

use super::TestApp;
use super::people::PASSWORD;

/// Ids of what [`TestApp::programme_with_round`] made.
#[derive(Debug, Clone, Copy)]
pub struct Scheme {
    pub programme_id: i64,
    pub pot_id: i64,
    pub round_id: i64,
    pub lead_id: i64,
}

/// A date and time in London as the round form takes them, `offset` from the app's clock.
pub fn london_fields(now: NaiveDateTime, offset: Duration) -> (String, String) {
    let at = smallgrants::time::in_london(now + offset);
    (at.format("%Y-%m-%d").to_string(), at.format("%H:%M").to_string())
}

impl TestApp {
    /// Gives `person` the community connector's role in `programme`.
    pub async fn make_connector(&self, programme: i64, person: i64) {
        self.db(move |conn| {
            smallgrants::accounts::actions::grant_role(
                conn,
                person,
                person,
                programme,
                smallgrants::accounts::ProgrammeRole::Connector,
                false,
                smallgrants::time::now(),
            )
            .unwrap()
        })
        .await;
    }

    /// The id at the end of a redirect such as `/manage/rounds/7`.
    pub fn id_from_location(location: &str) -> i64 {
        location.rsplit('/').next().and_then(|id| id.parse().ok()).unwrap_or_else(|| panic!("no id in {location}"))
    }

    /// An admin makes a programme and appoints `lead_email` (who registers first) as its lead;
    /// the lead is left signed in.
    pub async fn programme_with_lead(&self, name: &str, lead_email: &str) -> (i64, i64) {
        let lead = self.person_in_database("Lee Lead", lead_email, false).await;
        self.give_app(lead.id).await;
        self.clear_cookies();
        self.signed_in_admin(&format!("admin-{}", lead_email)).await;
        let slug = smallgrants::rounds::rules::slugify(name);
        let created = self
            .submit(
                "/manage/programmes/new",
                &[
                    ("name", name),
                    ("funder_name", "Riverside ICB"),
                    ("funder_org_id", "GB-NHS-QWU"),
                    ("identifier_prefix", &format!("360G-{slug}")),
                ],
            )
            .await;
        assert_eq!(created.status, 303, "create programme: {}", created.text());
        let programme_id = Self::id_from_location(&created.location().unwrap());
        let appointed =
            self.submit(&format!("/manage/programmes/{programme_id}/leads"), &[("email", lead_email)]).await;
        assert_eq!(appointed.status, 303, "appoint lead: {}", appointed.text());
        self.clear_cookies();
        assert_eq!(self.sign_in(lead_email, PASSWORD).await.status, 303);
        (programme_id, lead.id)
    }

    /// The signed-in lead adds this financial year's pot.
    pub async fn add_pot(&self, programme_id: i64, allocation: &str) -> i64 {
        let year = smallgrants::funds::FinancialYear::containing(self.now());
        let response = self
            .submit(
                &format!("/manage/programmes/{programme_id}/pots"),
                &[
                    ("financial_year", &year.0.to_string()),
                    ("name", &format!("VCSE ring-fence {}", year.label())),
                    ("allocation", allocation),
                ],
            )
            .await;
        assert_eq!(response.status, 303, "add pot: {}", response.text());
        Self::id_from_location(&response.location().unwrap())
    }

    /// The form fields of a good round, open now and closing in four weeks.
    pub fn round_fields(&self, pot_id: i64, name: &str, budget: &str) -> Vec<(String, String)> {
        let (opens_date, opens_time) = london_fields(self.now(), Duration::hours(-1));
        let (closes_date, closes_time) = london_fields(self.now(), Duration::days(28));
        let (decision_date, _) = london_fields(self.now(), Duration::days(60));
        [
            ("name", name.to_string()),
            ("summary", "Grants for community groups".to_string()),
            ("pot_id", pot_id.to_string()),
            ("budget", budget.to_string()),
            ("min_award", "500".to_string()),
            ("max_award", "5000".to_string()),
            ("opens_date", opens_date),
            ("opens_time", opens_time),
            ("closes_date", closes_date),
            ("closes_time", closes_time),
            ("decision_date", decision_date),
            ("panel_size", "2".to_string()),
            ("eligibility", "Community and faith groups in Riverside.".to_string()),
            ("uses", "- Room hire\n- A part-time peer support worker".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    /// Submits the round form with `changes` applied to the good fields.
    pub async fn submit_round(
        &self,
        action: &str,
        mut fields: Vec<(String, String)>,
        changes: &[(&str, &str)],
    ) -> super::TestResponse {
        for (key, value) in changes {
            match fields.iter_mut().find(|(k, _)| k == key) {
                Some(field) => field.1 = value.to_string(),
                None => fields.push((key.to_string(), value.to_string())),
            }
        }
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.submit(action, &borrowed).await
    }

    /// The signed-in lead sets up an open round.
    pub async fn add_round(&self, programme_id: i64, pot_id: i64, name: &str, budget: &str) -> i64 {
        let fields = self.round_fields(pot_id, name, budget);
        let response = self.submit_round(&format!("/manage/programmes/{programme_id}/rounds"), fields, &[]).await;
        assert_eq!(response.status, 303, "add round: {}", response.text());
        Self::id_from_location(&response.location().unwrap())
    }

    /// A programme with a lead (signed in), a £600,000 pot and an open round with £60,000.
    pub async fn programme_with_round(&self, name: &str, lead_email: &str) -> Scheme {
        let (programme_id, lead_id) = self.programme_with_lead(name, lead_email).await;
        let pot_id = self.add_pot(programme_id, "600000").await;
        let round_id = self.add_round(programme_id, pot_id, &format!("{name} round"), "60000").await;
        Scheme { programme_id, pot_id, round_id, lead_id }
    }
}
