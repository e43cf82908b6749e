//! Where a group's grant is paid: bank details given by the group's own member, sealed at rest,
//! masked everywhere but the lead's deliberate (recorded) look, and in effect only once a second
//! member has typed the same account number or a lead has called the group back. A change holds
//! payments and tells everyone; nothing ever logs or emails the number.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use diesel::prelude::*;
use smallgrants::bank_details::{BankDetailsRow, Standing};
use smallgrants::db::schema::{bank_details, group_members};

use crate::common::TestApp;
use crate::common::reviewing::SentRound;
use crate::on_both_databases;

const NUMBER: &str = "12345678";
const DETAILS: [(&str, &str); 3] =
    [("account_name", "Riverside Walkers"), ("sort_code", "30-94-57"), ("account_number", "1234 5678")];
const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];

/// Every log line the test process writes, at debug level and above, so a test can show that
/// none holds an account number.
fn captured_logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let writer = logs.clone();
        let make_writer = move || LogWriter(writer.clone());
        // Another test may have set a subscriber first; then its output is not ours to read,
        // and the test says so rather than passing on nothing.
        let installed = tracing_subscriber::fmt()
            .with_env_filter("info,smallgrants=trace,actix_web=debug")
            .with_writer(make_writer)
            .try_init()
            .is_ok();
        assert!(installed, "the log capture is the process's subscriber");
        logs
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An award accepted by its group's first member; the lead is signed in at the start.
async fn accepted_award(app: &TestApp) -> (SentRound, i64, i64) {
    let round = app.round_with_awards("Paying Fund", 1, "2000").await;
    let bid = round.bids[0];
    let group = app.bid(bid).await.group_id;
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let accepted = app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await;
    assert_eq!(
        accepted.location().as_deref(),
        Some(format!("/groups/{group}/bank-details?next=/bids/{bid}").as_str()),
        "asked where to pay at once"
    );
    app.deliver_emails().await;
    (round, bid, group)
}

/// A second member of the group, added directly.
async fn second_member(app: &TestApp, group: i64, email: &str) -> i64 {
    let person = app.person_in_database("Bola Ade", email, false).await;
    let id = person.id;
    app.db(move |conn| {
        diesel::insert_into(group_members::table)
            .values((
                group_members::group_id.eq(group),
                group_members::person_id.eq(id),
                group_members::is_connector.eq(false),
                group_members::added_at.eq(smallgrants::time::now()),
            ))
            .execute(conn)
            .unwrap()
    })
    .await;
    id
}

async fn rows(app: &TestApp, group: i64) -> Vec<BankDetailsRow> {
    app.db(move |conn| {
        bank_details::table
            .filter(bank_details::group_id.eq(group))
            .order(bank_details::id)
            .select(BankDetailsRow::as_select())
            .load(conn)
            .unwrap()
    })
    .await
}

fn today(app: &TestApp) -> String {
    smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string()
}

async fn pay(app: &TestApp, bid: i64) -> crate::common::TestResponse {
    app.submit(
        &format!("/manage/bids/{bid}/payments"),
        &[("amount", "500"), ("paid_on", &today(app)), ("reference", "BACS 1")],
    )
    .await
}

async fn a_second_member_checks_the_bank_details_before_anything_is_paid(app: TestApp) {
    let logs = captured_logs();
    let (round, bid, group) = accepted_award(&app).await;
    let second = "bola@example.org";
    second_member(&app, group, second).await;

    // Mistakes are named at their fields, with what was typed kept and nothing saved.
    let form = app.get(&format!("/groups/{group}/bank-details?next=/bids/{bid}")).await;
    assert_eq!(form.header("cache-control").as_deref(), Some("no-store"));
    assert!(form.text().contains("Another member of your group will get an email"));
    let wrong = app
        .submit(
            &format!("/groups/{group}/bank-details"),
            &[("account_name", ""), ("sort_code", "30-94"), ("account_number", "1234567")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    let page = wrong.text();
    assert!(page.contains("There is a problem") && page.contains("Enter the name on the account"));
    assert!(page.contains("Enter the sort code as 6 digits") && page.contains("If yours has 7, put a 0 in front"));
    assert!(page.contains(r#"value="30-94""#) && page.contains(r#"value="1234567""#), "input kept");
    assert!(rows(&app, group).await.is_empty(), "nothing saved");

    let given = app
        .submit(
            &format!("/groups/{group}/bank-details"),
            &[&DETAILS[..], &[("next", &format!("/bids/{bid}"))]].concat(),
        )
        .await;
    assert_eq!(given.location().as_deref(), Some(format!("/bids/{bid}").as_str()));
    let saved = rows(&app, group).await;
    assert_eq!(saved.len(), 1);
    assert_eq!((saved[0].account_ending.as_str(), saved[0].standing()), ("5678", Standing::Waiting));
    assert!(!saved[0].sealed.contains(NUMBER) && !saved[0].sealed.contains("Riverside"), "sealed at rest");
    let grant_page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(grant_page.contains("Account number ending ••••5678") && grant_page.contains("Waiting for another member"));
    assert!(!grant_page.contains(NUMBER));

    // The other member is emailed a link to check them; no email carries the number.
    let emails = app.deliver_emails().await;
    let ask = emails.iter().find(|e| e.kind == "bank_details_to_check").expect("the second member is asked");
    assert_eq!(ask.to, second);
    assert!(ask.text.contains(&format!("/groups/{group}/bank-details/check")) && ask.text.contains("ends 5678"));
    assert!(emails.iter().all(|e| !e.text.contains(NUMBER)));

    // The member who gave them cannot check them.
    let own = app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", NUMBER)]).await;
    assert_eq!(own.status, 422);
    assert!(own.text().contains("another member of your group needs to check them"));

    // Until checked, the lead sees them masked, payments are held, and the dashboard says so.
    app.switch_to(&round.lead_email).await;
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead_page.contains("••••5678") && !lead_page.contains(NUMBER));
    assert!(lead_page.contains("Payments to this group are held"));
    let held = pay(&app, bid).await;
    assert_eq!(held.status, 422);
    assert!(
        held.text().contains("Payments are held: the group&#39;s bank details given on")
            || held.text().contains("Payments are held: the group's bank details given on")
    );
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("bank details given on") && dashboard.contains("payments held"), "{dashboard}");

    // The second member types the number from the group's papers: a wrong one is refused.
    app.switch_to(second).await;
    let check = app.get(&format!("/groups/{group}/bank-details/check")).await.text();
    assert!(check.contains("••••5678") && !check.contains(NUMBER));
    let mismatch = app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", "87654321")]).await;
    assert_eq!(mismatch.status, 422);
    assert!(mismatch.text().contains("That is not the account number we were given"));
    let checked = app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", "1234-5678")]).await;
    assert_eq!(checked.status, 303, "{}", checked.text());
    assert_eq!(rows(&app, group).await[0].standing(), Standing::Confirmed);

    // Now the lead may pay, and may look at the details in full: each look is recorded.
    app.switch_to(&round.lead_email).await;
    assert_eq!(pay(&app, bid).await.status, 303);
    let revealed = app.submit(&format!("/manage/bids/{bid}/bank-details/reveal"), &[]).await;
    assert_eq!(revealed.status, 200);
    assert_eq!(revealed.header("cache-control").as_deref(), Some("no-store"));
    let full = revealed.text();
    assert!(full.contains(NUMBER) && full.contains("30-94-57") && full.contains("Riverside Walkers"));
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "group", group).unwrap()).await;
    for action in ["bank_details_given", "bank_details_confirmed", "bank_details_revealed"] {
        assert!(events.iter().any(|e| e.action == action), "audit has {action}");
    }
    assert!(events.iter().all(|e| !e.details.as_deref().unwrap_or_default().contains(NUMBER)));

    // The group's data download holds the details masked.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let download = app.get(&format!("/groups/{group}/data.json")).await.text();
    assert!(
        download.contains("••••5678") && download.contains("\"standing\": \"confirmed\"") && !download.contains(NUMBER)
    );
    let logged = String::from_utf8_lossy(&logs.lock().unwrap()).to_string();
    assert!(!logged.contains(NUMBER) && !logged.contains("1234 5678"), "no log line holds the account number");
}

async fn a_change_holds_payments_and_tells_every_member_and_the_lead(app: TestApp) {
    let (round, bid, group) = accepted_award(&app).await;
    let second = "bola@example.org";
    second_member(&app, group, second).await;
    app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await;
    app.switch_to(second).await;
    app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", NUMBER)]).await;
    app.deliver_emails().await;

    // A change (as a spoofed request to a member would make): everyone is told, payments held.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let change = [("account_name", "R Walkers"), ("sort_code", "20-00-00"), ("account_number", "11112222")];
    assert_eq!(app.submit(&format!("/groups/{group}/bank-details"), &change).await.status, 303);
    let saved = rows(&app, group).await;
    assert!(
        saved[0].replaced_at.is_some() && saved[1].standing() == Standing::Waiting,
        "the old details kept, replaced"
    );
    let emails = app.deliver_emails().await;
    let kinds: Vec<(&str, &str)> = emails.iter().map(|e| (e.kind.as_str(), e.to.as_str())).collect();
    assert!(kinds.contains(&("bank_details_changed", TestApp::applicant_email(&round, 0).as_str())), "{kinds:?}");
    assert!(kinds.contains(&("bank_details_to_check", second)), "{kinds:?}");
    assert!(kinds.contains(&("bank_details_changed_lead", round.lead_email.as_str())), "{kinds:?}");
    app.switch_to(&round.lead_email).await;
    assert_eq!(pay(&app, bid).await.status, 422, "held until checked again");

    // The second member says these are not the group's: still held, and the lead is told.
    app.switch_to(second).await;
    assert_eq!(app.submit(&format!("/groups/{group}/bank-details/dispute"), &[]).await.status, 303);
    assert_eq!(rows(&app, group).await[1].standing(), Standing::Disputed);
    let told = app.deliver_emails().await;
    assert!(told.iter().any(|e| e.kind == "bank_details_disputed" && e.to == round.lead_email));
    app.switch_to(&round.lead_email).await;
    let page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(page.contains("a member of the group said these are not the group"));
    let call_back = [("called_name", "Amina"), ("called_number", "0161 496 0000"), ("read_back", "yes")];
    assert_eq!(
        app.submit(&format!("/manage/bids/{bid}/bank-details/call-back"), &call_back).await.status,
        422,
        "disputed details are given again, not confirmed"
    );
    assert_eq!(pay(&app, bid).await.status, 422);

    // Changes are limited: three an hour, each emailing every member.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    assert_eq!(app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await.status, 303);
    let fourth = app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await;
    assert_eq!(fourth.status, 422);
    assert!(fourth.text().contains("changed 3 times in the last hour"));
}

async fn a_group_of_one_is_confirmed_by_the_lead_after_a_call_back(app: TestApp) {
    let (round, bid, group) = accepted_award(&app).await;
    let form = app.get(&format!("/groups/{group}/bank-details")).await.text();
    assert!(form.contains("You are the only member of your group"));
    app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await;

    app.switch_to(&round.lead_email).await;
    let incomplete =
        app.submit(&format!("/manage/bids/{bid}/bank-details/call-back"), &[("called_number", "ring me")]).await;
    assert_eq!(incomplete.status, 422);
    let page = incomplete.text();
    assert!(page.contains("Enter who you spoke to") && page.contains("at least 6 digits"));
    assert!(page.contains("Confirm that the group read the details to you") && page.contains(r#"value="ring me""#));
    assert_eq!(rows(&app, group).await[0].standing(), Standing::Waiting);
    let call_back = [("called_name", "Amina Rahman"), ("called_number", "0161 496 0000"), ("read_back", "yes")];
    assert_eq!(app.submit(&format!("/manage/bids/{bid}/bank-details/call-back"), &call_back).await.status, 303);
    let row = &rows(&app, group).await[0];
    assert_eq!((row.standing(), row.call_back_note.as_str()), (Standing::Confirmed, "Amina Rahman on 0161 496 0000"));
    let page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(page.contains("after calling Amina Rahman on 0161 496 0000"));
    assert_eq!(pay(&app, bid).await.status, 303);
}

async fn only_the_group_s_own_members_and_the_programme_s_leads_reach_them(app: TestApp) {
    let (round, bid, group) = accepted_award(&app).await;
    app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await;
    let stranger = app.person_in_database("Someone Else", "else@example.org", false).await;
    app.switch_to(&stranger.email).await;
    assert_eq!(app.get(&format!("/groups/{group}/bank-details")).await.status, 404);
    assert_eq!(app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await.status, 404);
    assert_eq!(
        app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", NUMBER)]).await.status,
        404
    );
    assert_ne!(app.submit(&format!("/manage/bids/{bid}/bank-details/reveal"), &[]).await.status, 200);
    // A panel member of the programme never sees them.
    app.switch_to(&format!("panel0-{}@example.org", round.scheme.round_id)).await;
    let refused = app.submit(&format!("/manage/bids/{bid}/bank-details/reveal"), &[]).await;
    assert!(matches!(refused.status.as_u16(), 403 | 404), "{}", refused.status);
    assert!(!refused.text().contains(NUMBER));
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "group", group).unwrap()).await;
    assert!(!events.iter().any(|e| e.action == "bank_details_revealed"), "no look was made");
}

/// After the data key is changed, `reseal` seals every row again with the new key; the old key
/// is then no longer needed to open them.
async fn a_new_data_key_seals_everything_again(app: TestApp) {
    use smallgrants::bank_details::sealing::{DataKeys, new_key};
    let (_, _, group) = accepted_award(&app).await;
    app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await;
    let old_path = app.data_dir().join("data.key");
    let old = smallgrants::bank_details::sealing::parse_key(&std::fs::read_to_string(old_path).unwrap()).unwrap();
    let new = new_key();
    let (rotating, rotated) = (DataKeys::new(&new, &[old]), DataKeys::new(&new, &[]));
    let before = rows(&app, group).await.remove(0);
    assert!(rotating.sealed_with_old_key(&before.sealed));
    let now = app.now();
    let resealed = app
        .db(move |conn| smallgrants::bank_details::actions::reseal_with_current_key(conn, &rotating, now).unwrap())
        .await;
    assert_eq!(resealed, 1);
    let after = rows(&app, group).await.remove(0);
    assert!(!rotated.sealed_with_old_key(&after.sealed));
    let opened = rotated.open(&after.sealed, &smallgrants::bank_details::model::seal_context(group)).unwrap();
    assert!(String::from_utf8(opened).unwrap().contains(NUMBER), "opens with the new key alone");
    assert_eq!(after.fingerprint, rotated.fingerprint(&format!("309457:{NUMBER}")), "fingerprinted under the new key");
    assert_ne!(after.fingerprint, before.fingerprint);
}

/// Groups that look like another are shown to the lead screening a bid (here the same phone,
/// typed two ways), and the same bank account behind two groups beside the bank details;
/// nothing is refused.
async fn the_lead_is_shown_groups_that_look_alike(app: TestApp) {
    use smallgrants::db::schema::community_groups;
    let round = app.round_with_sent_bids("Lookalike Fund", 2).await;
    let (first, second) = (app.bid(round.bids[0]).await.group_id, app.bid(round.bids[1]).await.group_id);
    let second_name = app
        .db(move |conn| {
            diesel::update(community_groups::table.find(first))
                .set(community_groups::contact_phone.eq("0161 496 0000"))
                .execute(conn)
                .unwrap();
            diesel::update(community_groups::table.find(second))
                .set(community_groups::contact_phone.eq("+44 161 4960000"))
                .execute(conn)
                .unwrap();
            community_groups::table.find(second).select(community_groups::name).first::<String>(conn).unwrap()
        })
        .await;
    let page = app.get(&format!("/manage/bids/{}", round.bids[0])).await.text();
    assert!(page.contains("This group looks like another"), "{page}");
    assert!(page.contains(&format!("{second_name}: ")) && page.contains("the same phone number"), "{page}");
    assert!(page.contains("Nothing has been blocked"));
    let not_paid = app.submit(&format!("/manage/bids/{}/bank-details/reveal", round.bids[0]), &[]).await;
    assert_eq!(not_paid.status, 404, "no bank details through a bid the group is not being paid for");

    // Both groups are awarded, accept, and give the same account: the lead is told.
    app.to_the_panel(&round).await;
    for bid in &round.bids {
        let awarded = app.submit(&format!("/manage/bids/{bid}/award"), &[("amount", "1000")]).await;
        assert_eq!(awarded.status, 303, "{}", awarded.text());
    }
    for (n, (bid, group)) in round.bids.iter().zip([first, second]).enumerate() {
        app.switch_to(&TestApp::applicant_email(&round, n)).await;
        assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
        assert_eq!(app.submit(&format!("/groups/{group}/bank-details"), &DETAILS).await.status, 303);
    }
    let told = app.deliver_emails().await;
    let shared: Vec<_> = told.iter().filter(|e| e.kind == "bank_account_shared").collect();
    assert_eq!(shared.len(), 1, "the lead is told once, when the second group gives the same account");
    assert_eq!(shared[0].to, round.lead_email);
    assert!(shared[0].text.contains("is also given by") && !shared[0].text.contains(NUMBER));
    app.switch_to(&round.lead_email).await;
    let page = app.get(&format!("/manage/bids/{}", round.bids[0])).await.text();
    assert!(page.contains(&format!("The same bank account is given by: {second_name}")), "{page}");
}

on_both_databases!(
    a_second_member_checks_the_bank_details_before_anything_is_paid,
    a_change_holds_payments_and_tells_every_member_and_the_lead,
    a_group_of_one_is_confirmed_by_the_lead_after_a_call_back,
    only_the_group_s_own_members_and_the_programme_s_leads_reach_them,
    a_new_data_key_seals_everything_again,
    the_lead_is_shown_groups_that_look_alike,
);
