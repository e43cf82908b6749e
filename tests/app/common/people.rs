//! Making people for tests: registering through the pages, signing in, and site admins.

use smallgrants::accounts::{Person, actions, password, queries, second_factor, totp};
use smallgrants::db::DbConn;

use super::{TestApp, TestResponse};

pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// Registers through the form: answers the "check your email" page (nothing is signed in
    /// until the emailed link is followed).
    pub async fn register(&self, name: &str, email: &str) -> TestResponse {
        self.submit("/register", &[("name", name), ("email", email), ("password", PASSWORD)]).await
    }

    /// The newest emailed link to sign in (or finish registering) queued for `email`, as a path;
    /// read from the outbox without delivering, so a test's later deliveries still see it.
    pub async fn queued_sign_in_link(&self, email: &str) -> String {
        use diesel::prelude::*;
        use smallgrants::db::schema::outbox_emails;
        let email = email.trim().to_lowercase();
        let body: String = self
            .db(move |conn| {
                outbox_emails::table
                    .filter(outbox_emails::to_address.eq(&email))
                    .filter(outbox_emails::kind.eq_any(["finish_registration", "already_registered", "sign_in_link"]))
                    .order(outbox_emails::id.desc())
                    .select(outbox_emails::body_text)
                    .first(conn)
                    .unwrap_or_else(|e| panic!("no sign-in link queued for {email}: {e}"))
            })
            .await;
        link_in(&body, "http://localhost:8080/login/link/")
    }

    /// Follows an emailed sign-in link as a person would: opens it, then presses Continue.
    pub async fn follow_sign_in_link(&self, link: &str) -> TestResponse {
        let page = self.get(link).await;
        assert_eq!(page.status, 200, "the link's page: {}", page.text());
        self.submit(link, &[]).await
    }

    /// Registers and follows the emailed link: answers where the link led (a 303).
    pub async fn register_and_follow_link(&self, name: &str, email: &str, next: &str) -> TestResponse {
        let response =
            self.submit("/register", &[("name", name), ("email", email), ("password", PASSWORD), ("next", next)]).await;
        assert_eq!(response.status, 200, "registration of {email} failed: {}", response.text());
        let link = self.queued_sign_in_link(email).await;
        self.follow_sign_in_link(&link).await
    }

    /// Signs in through the form, as the person would: for someone with an authenticator app,
    /// the second step follows with the code the app shows (answering that step's response).
    pub async fn sign_in(&self, email: &str, password: &str) -> TestResponse {
        let response = self.submit("/login", &[("email", email), ("password", password)]).await;
        let Some(location) = response.location().filter(|l| l.starts_with("/login/two-factor")) else {
            return response;
        };
        let next = location.split_once("?next=").map(|(_, next)| percent_decoded(next)).unwrap_or_default();
        let email = email.trim().to_lowercase();
        let person = self.db(move |conn| queries::find_by_email(conn, &email).unwrap().unwrap()).await;
        let code = self.app_code(person.id).await;
        self.submit("/login/two-factor", &[("code", &code), ("next", &next)]).await
    }

    /// Sets up an authenticator app for a person without the web; answers its key.
    pub async fn give_app(&self, person_id: i64) -> String {
        let now = self.now();
        self.db(move |conn| second_factor::turn_on_directly(conn, person_id, now).unwrap()).await
    }

    /// The code the person's app shows for the next step the portal will accept. A code works
    /// once, so when this person's current code was used already, the code of the next
    /// 30-second step (accepted for clock drift) is given, moving the clock on if needed.
    pub async fn app_code(&self, person_id: i64) -> String {
        use diesel::prelude::*;
        use smallgrants::db::schema::second_factors;
        let (secret, last_used): (String, i64) = self
            .db(move |conn| {
                second_factors::table
                    .find(person_id)
                    .select((second_factors::secret_base32, second_factors::last_used_step))
                    .first(conn)
                    .expect("the person has an authenticator app")
            })
            .await;
        let step_of = |at: chrono::NaiveDateTime| at.and_utc().timestamp() / 30;
        let current = step_of(self.now());
        if last_used > current {
            self.advance(chrono::Duration::seconds(30 * (last_used - current)));
        }
        let current = step_of(self.now());
        let step = current.max(last_used + 1);
        let at = chrono::DateTime::from_timestamp(step * 30, 0).unwrap().naive_utc();
        totp::code_at(&secret, at).unwrap()
    }

    pub async fn sign_out(&self) -> TestResponse {
        self.submit("/logout", &[]).await
    }

    /// A new person, registered and signed in through the emailed link (which confirms their
    /// address).
    pub async fn signed_in_person(&self, name: &str, email: &str) -> Person {
        let response = self.register_and_follow_link(name, email, "").await;
        assert_eq!(response.status, 303, "following {email}'s link failed: {}", response.text());
        let email = email.trim().to_lowercase();
        self.db(move |conn| queries::find_by_email(conn, &email).unwrap().unwrap()).await
    }

    /// A site admin made directly in the database with an authenticator app, then signed in
    /// through the form and its second step.
    pub async fn signed_in_admin(&self, email: &str) -> Person {
        let admin = self.person_in_database("Site Admin", email, true).await;
        self.give_app(admin.id).await;
        let response = self.sign_in(email, PASSWORD).await;
        assert_eq!(response.status, 303, "admin sign-in failed: {}", response.text());
        admin
    }

    /// A person whose address was never confirmed (an account from before sign-in links), made
    /// without the web and not signed in.
    pub async fn unconfirmed_person_in_database(&self, name: &str, email: &str) -> Person {
        let person = self.person_in_database(name, email, false).await;
        self.db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::people;
            diesel::update(people::table.find(person.id))
                .set(people::email_verified_at.eq(None::<chrono::NaiveDateTime>))
                .execute(conn)
                .unwrap();
            queries::find_person(conn, person.id).unwrap().unwrap()
        })
        .await
    }

    /// A person created without the web (not signed in).
    pub async fn person_in_database(&self, name: &str, email: &str, site_admin: bool) -> Person {
        let (name, email) = (name.to_string(), email.to_string());
        let hash = password::hash(PASSWORD);
        self.db(move |conn: &mut DbConn| {
            let now = smallgrants::time::now();
            let person = match actions::create_admin(conn, &name, &email, &hash, now).unwrap() {
                actions::AdminCreated::New(person) | actions::AdminCreated::Promoted(person) => person,
            };
            if !site_admin {
                queries::set_site_admin(conn, person.id, false, now).unwrap();
            }
            queries::find_person(conn, person.id).unwrap().unwrap()
        })
        .await
    }
}

/// The first link in an email that starts with `prefix` (e.g. "http://localhost:8080/verify-email/").
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text.find(prefix).unwrap_or_else(|| panic!("no link starting {prefix} in:\n{text}"));
    let link: String = text[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    link.trim_start_matches("http://localhost:8080").to_string()
}

impl TestApp {
    /// A programme made directly in the database.
    pub async fn programme_in_database(&self, name: &str) -> i64 {
        use diesel::prelude::*;
        use smallgrants::db::schema::programmes;
        let name = name.to_string();
        self.db(move |conn| {
            let now = smallgrants::time::now();
            let slug = name.to_lowercase().replace(' ', "-");
            let id = diesel::insert_into(programmes::table)
                .values((
                    programmes::slug.eq(&slug),
                    programmes::name.eq(&name),
                    programmes::funder_name.eq("Test ICB"),
                    programmes::identifier_prefix.eq(format!("360G-{slug}")),
                    programmes::created_at.eq(now),
                    programmes::updated_at.eq(now),
                ))
                .returning(programmes::id)
                .get_result::<i64>(conn)
                .unwrap();
            // As a programme made on its page: the two measures every programme starts with.
            smallgrants::measures::actions::add_defaults(conn, id, smallgrants::i18n::Tr::source(), now).unwrap();
            id
        })
        .await
    }
}

impl TestApp {
    /// The report form's fields for the programme's measures asked now, in order, each with
    /// the value given in the same place of `values`.
    pub async fn measure_answers(&self, programme_id: i64, values: &[&str]) -> Vec<(String, String)> {
        let measures =
            self.db(move |conn| smallgrants::measures::queries::active_of(conn, programme_id).unwrap()).await;
        measures
            .iter()
            .zip(values)
            .map(|(measure, value)| (format!("measure-{}", measure.id), value.to_string()))
            .collect()
    }
}

/// Fields owned and borrowed together, as `submit` and `upload_form` take them.
pub fn fields<'a>(owned: &'a [(String, String)], more: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain(more.iter().copied()).collect()
}

fn percent_decoded(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}
