//! Host organisations: a group without a bank account names the charity that holds money for
//! it; the host confirms through an emailed link and gives its bank details; a lead confirms
//! them after calling the host back; the grant is then paid to the host, and the awards, the
//! reports and the open data say it went through the host.

use diesel::prelude::*;
use smallgrants::bank_details::{BankDetailsRow, Standing};
use smallgrants::db::schema::bank_details;

use crate::common::TestApp;
use crate::common::people::link_in;
use crate::on_both_databases;

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];
const HOST: [(&str, &str); 4] = [
    ("host_name", "Sparkbrook CVS"),
    ("charity_number", "1123456"),
    ("contact_name", "Sam Patel"),
    ("contact_email", "sam@sparkbrook-cvs.example"),
];
const HOST_ANSWER: [(&str, &str); 5] = [
    ("your_name", "Sam Patel, finance officer"),
    ("holds_money", "yes"),
    ("account_name", "Sparkbrook CVS"),
    ("sort_code", "20-00-00"),
    ("account_number", "55556666"),
];

async fn current_row(app: &TestApp, group: i64) -> Option<BankDetailsRow> {
    app.db(move |conn| smallgrants::bank_details::queries::current(conn, group).unwrap()).await
}

async fn a_host_holds_the_money_for_a_group_without_a_bank_account(app: TestApp) {
    let round = app.round_with_awards("Host Fund", 1, "1500").await;
    let bid = round.bids[0];
    let group = app.bid(bid).await.group_id;
    let member = TestApp::applicant_email(&round, 0);
    app.switch_to(&member).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    let bank_page = app.get(&format!("/groups/{group}/bank-details")).await.text();
    assert!(bank_page.contains("No bank account of your own?") && bank_page.contains(&format!("/groups/{group}/host")));

    // Mistakes are named at their fields, with what was typed kept; nothing is sent.
    app.deliver_emails().await;
    let wrong = app
        .submit(
            &format!("/groups/{group}/host"),
            &[("host_name", ""), ("charity_number", "12"), ("contact_name", "Sam"), ("contact_email", "sam@")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    let text = wrong.text();
    assert!(text.contains("Enter the name of the organisation") && text.contains("Enter the charity number as it is"));
    assert!(text.contains(r#"value="sam@""#) && text.contains(r#"value="12""#), "input kept");
    assert!(app.deliver_emails().await.is_empty(), "nothing sent");

    let named = app.submit(&format!("/groups/{group}/host"), &HOST).await;
    assert_eq!(named.location().as_deref(), Some(format!("/groups/{group}/bank-details").as_str()));
    let emails = app.deliver_emails().await;
    let ask = emails.iter().find(|e| e.kind == "host_to_confirm").expect("the host is asked");
    assert_eq!(ask.to, "sam@sparkbrook-cvs.example");
    assert!(ask.text.contains("holds money for the group"));
    let link = link_in(&ask.text, "http://localhost:8080/host/");
    assert!(app.get(&format!("/groups/{group}/bank-details")).await.text().contains("We are waiting for their answer"));

    // Only the group's own members name its host.
    let stranger = app.person_in_database("Someone Else", "else@example.org", false).await;
    app.switch_to(&stranger.email).await;
    assert_eq!(app.submit(&format!("/groups/{group}/host"), &HOST).await.status, 404);

    // The host's contact, with no account, answers through the link.
    app.clear_cookies();
    let page = app.get(&link).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("cache-control").as_deref(), Some("no-store"));
    let group_name = app.db(move |conn| smallgrants::groups::queries::find(conn, group).unwrap().unwrap().name).await;
    assert!(page.text().contains(&format!("Do you hold money for {group_name}?")));
    let incomplete = app
        .submit(&link, &[("your_name", "Sam Patel"), ("account_name", "Sparkbrook CVS"), ("sort_code", "20-00")])
        .await;
    assert_eq!(incomplete.status, 422);
    let text = incomplete.text();
    assert!(
        text.contains("Confirm that you hold money for this group") && text.contains("Enter the sort code as 6 digits")
    );
    assert!(text.contains(r#"value="Sam Patel""#));
    assert!(current_row(&app, group).await.is_none(), "nothing saved");
    let answered = app.submit(&link, &HOST_ANSWER).await;
    assert_eq!(answered.status, 200, "{}", answered.text());
    assert!(answered.text().contains("The programme team will phone you to check them"));
    let row = current_row(&app, group).await.expect("the host's details are where the group is paid");
    assert!(row.host_id.is_some() && row.standing() == Standing::Waiting && row.account_ending == "6666");
    assert!(!row.sealed.contains("55556666"), "sealed at rest");
    let emails = app.deliver_emails().await;
    assert!(emails.iter().any(|e| e.kind == "host_confirmed" && e.to == member));
    assert!(emails.iter().any(|e| e.kind == "host_confirmed_lead" && e.to == round.lead_email));
    assert!(emails.iter().all(|e| !e.text.contains("55556666")));
    assert_eq!(app.get(&link).await.status, 404, "the link works once");
    assert_eq!(app.submit(&link, &HOST_ANSWER).await.status, 404);

    // The group reads that its host holds the money; its members cannot check the host's account.
    app.switch_to(&member).await;
    let grant = app.get(&format!("/bids/{bid}")).await.text();
    assert!(grant.contains("Paid through") && grant.contains("Sparkbrook CVS (charity 1123456)"), "{grant}");
    assert!(grant.contains("Your host organisation gave these details"));
    let check = app.submit(&format!("/groups/{group}/bank-details/check"), &[("account_number", "55556666")]).await;
    assert_eq!(check.status, 422);
    assert!(check.text().contains("the programme team checks them by phone"));
    let download = app.get(&format!("/groups/{group}/data.json")).await.text();
    assert!(download.contains("\"host_organisations\"") && download.contains("sam@sparkbrook-cvs.example"));
    assert!(download.contains("••••6666") && !download.contains("55556666") && !download.contains("token"));

    // The lead calls the host back, then pays it in a run.
    app.switch_to(&round.lead_email).await;
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead_page.contains("Paid through a host organisation: Sparkbrook CVS (charity 1123456)"));
    assert!(lead_page.contains("Confirmed by Sam Patel, finance officer"));
    let call_back = [("called_name", "Sam Patel"), ("called_number", "0121 496 0000"), ("read_back", "yes")];
    assert_eq!(app.submit(&format!("/manage/bids/{bid}/bank-details/call-back"), &call_back).await.status, 303);
    let list = format!("/manage/programmes/{}/payment-runs", round.scheme.programme_id);
    let award_id = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap().id).await;
    let made = app.submit(&list, &[("award", &award_id.to_string())]).await;
    let run_page = made.location().expect("a run");
    let file = app.submit(&format!("{run_page}/bacs.csv"), &[]).await.text();
    assert!(file.starts_with("20-00-00,55556666,SPARKBROOK CVS,1500.00,"), "{file}");
    let today = smallgrants::time::in_london(app.now()).date_naive().to_string();
    assert_eq!(app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &today)]).await.status, 303);
    let paid = app.deliver_emails().await;
    let told = paid.iter().find(|e| e.kind == "payment_made" && e.to == member).expect("the group is told");
    assert!(
        told.text.contains("to Sparkbrook CVS (charity 1123456), which holds money for your group"),
        "{}",
        told.text
    );

    // The reports and the open data say the money went through the host.
    let payments = app.get(&format!("/manage/pots/{}/payments.csv", round.scheme.pot_id)).await.text();
    assert!(
        payments.contains("Paid through (host organisation)") && payments.contains("Sparkbrook CVS (charity 1123456)")
    );
    let awards = app.get(&format!("/manage/pots/{}/awards.csv", round.scheme.pot_id)).await.text();
    assert!(awards.contains("Paid through (host organisation)") && awards.contains("Sparkbrook CVS (charity 1123456)"));
    let open_data = app.get("/open-data/360giving.json").await.text();
    assert!(open_data.contains("Paid through Sparkbrook CVS (charity 1123456), which holds money for the group."));
}

async fn a_host_that_does_not_hold_the_money_says_so(app: TestApp) {
    let round = app.round_with_awards("Host Fund", 1, "1500").await;
    let bid = round.bids[0];
    let group = app.bid(bid).await.group_id;
    let member = TestApp::applicant_email(&round, 0);
    app.switch_to(&member).await;
    app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await;
    app.submit(&format!("/groups/{group}/host"), &HOST).await;
    let emails = app.deliver_emails().await;
    let ask = emails.iter().find(|e| e.kind == "host_to_confirm").unwrap();
    let link = link_in(&ask.text, "http://localhost:8080/host/");

    app.clear_cookies();
    let declined = app.submit(&format!("{link}/decline"), &[]).await;
    assert_eq!(declined.status, 200);
    assert!(declined.text().contains("We will not pay anything to you"));
    assert!(app.deliver_emails().await.iter().any(|e| e.kind == "host_declined" && e.to == member));
    assert_eq!(app.get(&link).await.status, 404);
    let rows: i64 = app
        .db(move |conn| bank_details::table.filter(bank_details::group_id.eq(group)).count().get_result(conn).unwrap())
        .await;
    assert_eq!(rows, 0, "no bank details from a host that said no");
    app.switch_to(&member).await;
    assert!(app.get(&format!("/groups/{group}/bank-details")).await.text().contains("told us they do not hold money"));

    // Three hosts an hour at most: each emails someone outside the portal.
    for n in 0..2 {
        let email = format!("host{n}@example.org");
        let fields = [HOST[0], HOST[1], HOST[2], ("contact_email", email.as_str())];
        assert_eq!(app.submit(&format!("/groups/{group}/host"), &fields).await.status, 303);
    }
    let fourth = app.submit(&format!("/groups/{group}/host"), &HOST).await;
    assert_eq!(fourth.status, 422);
    assert!(fourth.text().contains("3 times in the last hour"));
}

on_both_databases!(
    a_host_holds_the_money_for_a_group_without_a_bank_account,
    a_host_that_does_not_hold_the_money_says_so
);
