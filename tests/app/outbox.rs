//! Email leaves through the outbox: delivered once, retried through an SMTP outage, never
//! sent twice by two workers.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use smallgrants::config::{EmailConfig, EmailTransport};
use smallgrants::db::{DbConn, write_transaction};
use smallgrants::notifications::outbox::{self, REDACTED_BODY};
use smallgrants::notifications::{Email, Mailer, OutboxWorker, WorkerSettings};
use tokio::sync::Notify;

use crate::common::TestApp;
use crate::common::smtp::SmtpServer;
use crate::on_both_databases;

fn email(n: usize) -> Email {
    Email {
        kind: "test_message".into(),
        to_address: format!("person{n}@example.org"),
        to_name: Some(format!("Person {n}")),
        subject: format!("Message {n}"),
        body_text: format!("Hello number {n}.\nhttp://localhost:8080/dashboard"),
        body_html: None,
        sensitive: false,
        reply_to: None,
    }
}

async fn queue(app: &TestApp, emails: Vec<Email>) {
    app.db(move |conn| {
        write_transaction(conn, |conn: &mut DbConn| {
            for email in &emails {
                outbox::enqueue(conn, email, smallgrants::time::now())?;
            }
            Ok::<_, diesel::result::Error>(())
        })
        .unwrap()
    })
    .await;
}

fn smtp_worker(app: &TestApp, smtp_url: &str) -> OutboxWorker {
    let config = EmailConfig {
        transport: EmailTransport::Smtp(smtp_url.to_string()),
        from: "Grants <grants@example.org>".parse().unwrap(),
        poll_interval: Duration::from_secs(1),
    };
    OutboxWorker::new(
        app.state.db.clone(),
        Mailer::from_config(&config).unwrap(),
        config.from,
        WorkerSettings::with_poll_interval(Duration::from_secs(1)),
        Arc::new(Notify::new()),
    )
}

async fn queued_emails_are_delivered_once(app: TestApp) {
    queue(&app, (0..3).map(email).collect()).await;
    let delivered = app.deliver_emails().await;
    assert_eq!(
        delivered.iter().map(|m| m.subject.as_str()).collect::<Vec<_>>(),
        ["Message 0", "Message 1", "Message 2"]
    );
    assert!(app.deliver_emails().await.is_empty(), "a second pass sends nothing again");
    let unsent = app.db(|conn| outbox::unsent(conn).unwrap()).await;
    assert!(unsent.is_empty());
}

async fn a_sensitive_body_is_removed_once_sent(app: TestApp) {
    let mut reset = email(1);
    reset.sensitive = true;
    reset.body_text = "Reset: http://localhost:8080/password/reset/secret-token".into();
    queue(&app, vec![reset]).await;
    let delivered = app.deliver_emails().await;
    assert!(delivered[0].text.contains("secret-token"), "the person receives the link");
    let stored = app.db(|conn| outbox::all(conn).unwrap()).await;
    assert_eq!(stored[0].body_text, REDACTED_BODY, "the database no longer holds it");
}

/// Emails queued while the SMTP server is down wait, with the error kept, and arrive when it
/// is back.
async fn emails_survive_an_smtp_outage(app: TestApp) {
    let mut smtp = SmtpServer::start();
    let worker = smtp_worker(&app, &smtp.url());
    smtp.stop();
    queue(&app, vec![email(1), email(2)]).await;

    let now = smallgrants::time::now();
    let pass = run_worker(&worker, now).await;
    assert_eq!((pass.sent, pass.failed), (0, 2));
    let waiting = app.db(|conn| outbox::unsent(conn).unwrap()).await;
    assert_eq!(waiting.len(), 2);
    for row in &waiting {
        assert_eq!(row.attempts, 1);
        assert!(row.last_error.as_deref().unwrap_or_default().contains("SMTP"), "{:?}", row.last_error);
        assert!(row.next_attempt_at > now, "the retry waits (backoff)");
    }

    smtp.restart();
    assert_eq!(run_worker(&worker, now).await.sent, 0, "nothing is retried before its time");
    let later = now + chrono::Duration::minutes(10);
    assert_eq!(run_worker(&worker, later).await.sent, 2);
    let received = smtp.messages();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].recipients, ["person1@example.org"]);
    assert_eq!(received[0].header("Subject").as_deref(), Some("Message 1"));
    assert!(received[0].data.contains("Hello number 1."));
    assert_eq!(received[0].header("MIME-Version").as_deref(), Some("1.0"), "as a real SMTP server received it");
    assert!(app.db(|conn| outbox::unsent(conn).unwrap()).await.is_empty());
}

/// Once the mail server takes mail again, emails waiting out a back-off go with the next one
/// sent, rather than minutes later.
async fn waiting_emails_go_as_soon_as_the_server_is_back(app: TestApp) {
    let mut smtp = SmtpServer::start();
    let worker = smtp_worker(&app, &smtp.url());
    smtp.stop();
    queue(&app, vec![email(1), email(2)]).await;
    let now = smallgrants::time::now();
    assert_eq!(run_worker(&worker, now).await.failed, 2);
    smtp.restart();
    queue(&app, vec![email(3)]).await;
    let pass = run_worker(&worker, now + chrono::Duration::seconds(1)).await;
    assert_eq!(pass.sent, 3, "the new email, and the two that were waiting, in one pass");
    let mut subjects: Vec<String> = smtp.messages().iter().map(|m| m.header("Subject").unwrap()).collect();
    subjects.sort();
    assert_eq!(subjects, ["Message 1", "Message 2", "Message 3"]);
}

/// Two workers (as on two server instances) draining one outbox deliver every message exactly
/// once.
async fn two_workers_never_send_one_message_twice(app: TestApp) {
    let smtp = SmtpServer::start();
    queue(&app, (0..60).map(email).collect()).await;
    let workers = [smtp_worker(&app, &smtp.url()), smtp_worker(&app, &smtp.url())];
    let threads: Vec<_> = workers
        .into_iter()
        .map(|worker| {
            std::thread::spawn(move || {
                let mut sent = 0;
                for _ in 0..200 {
                    let pass = worker.deliver_due(smallgrants::time::now()).expect("worker pass");
                    sent += pass.sent;
                    if pass.sent == 0 {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    if worker_is_done(&worker) {
                        break;
                    }
                }
                sent
            })
        })
        .collect();
    let sent: Vec<usize> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(sent.iter().sum::<usize>(), 60, "sent per worker: {sent:?}");
    let mut ids: Vec<String> = smtp.messages().iter().map(|m| m.header("Message-ID").unwrap()).collect();
    assert_eq!(ids.len(), 60);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 60, "no message arrived twice");
}

fn worker_is_done(worker: &OutboxWorker) -> bool {
    worker.unsent_count().unwrap_or(1) == 0
}

async fn run_worker(worker: &OutboxWorker, now: NaiveDateTime) -> smallgrants::notifications::worker::Delivery {
    let worker = worker.clone();
    tokio::task::spawn_blocking(move || worker.deliver_due(now)).await.unwrap().unwrap()
}

/// A programme's email keeps its `Reply-To` from the queue to the message: in the stored row,
/// and as a header of the `.eml` file written without SMTP.
async fn reply_to_survives_the_outbox_into_the_eml_file(app: TestApp) {
    let mut offer = email(1);
    offer.kind = "bid_awarded".into();
    offer.reply_to = Some("grants@riverside.example".into());
    let mut account = email(2);
    account.reply_to = Some(" ".into());
    queue(&app, vec![offer, account]).await;
    let stored = app.db(|conn| outbox::all(conn).unwrap()).await;
    assert_eq!(stored[0].reply_to.as_deref(), Some("grants@riverside.example"));
    assert_eq!(stored[1].reply_to, None, "a blank address is stored as none");

    let folder = tempfile::tempdir().unwrap();
    let worker = OutboxWorker::new(
        app.state.db.clone(),
        Mailer::Files(folder.path().to_path_buf()),
        "Grants <noreply@grants.example>".parse().unwrap(),
        WorkerSettings::with_poll_interval(Duration::from_secs(1)),
        Arc::new(Notify::new()),
    );
    assert_eq!(run_worker(&worker, smallgrants::time::now()).await.sent, 2);
    let mut files: Vec<_> = std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let offer_file = files.iter().find(|p| p.to_string_lossy().ends_with("-bid_awarded.eml")).expect("the offer");
    let text = std::fs::read_to_string(offer_file).unwrap();
    assert!(text.contains("\r\nReply-To: grants@riverside.example\r\n"), "{text}");
    assert!(text.contains("From: Grants <noreply@grants.example>"), "sent from the portal's address:\n{text}");
    let other = files.iter().find(|p| p.to_string_lossy().ends_with("-test_message.eml")).expect("the other");
    assert!(!std::fs::read_to_string(other).unwrap().contains("Reply-To"), "none without an address");
}

/// The demo's emails link to the address the portal is configured with, never to
/// `http://localhost` (where a newcomer following them would find nothing).
async fn the_demo_s_emails_link_to_the_configured_address(app: TestApp) {
    use smallgrants::notifications::emails::Links;
    let links = Links::new("http://127.0.0.1:9999").with_contact("help@portal.example");
    app.db(move |conn| smallgrants::demo::seed(conn, &links, smallgrants::time::now()).unwrap()).await;
    let queued = app.db(|conn| outbox::all(conn).unwrap()).await;
    assert!(queued.len() > 10, "the demo queues emails: {}", queued.len());
    for row in &queued {
        assert!(!row.body_text.contains("http://localhost"), "{} to {}:\n{}", row.kind, row.to_address, row.body_text);
    }
    assert!(
        queued.iter().all(|row| row.body_text.contains("http://127.0.0.1:9999/")),
        "every email links to the configured address"
    );
    // Every one is about the demo programme's bids, so a reply reaches a person: its team, or
    // the installation's contact address while the team has given none.
    for row in &queued {
        assert!(
            row.reply_to.as_deref().is_some_and(|address| address.contains('@')),
            "{}: {:?}",
            row.kind,
            row.reply_to
        );
    }
}

on_both_databases!(
    reply_to_survives_the_outbox_into_the_eml_file,
    the_demo_s_emails_link_to_the_configured_address,
    queued_emails_are_delivered_once,
    a_sensitive_body_is_removed_once_sent,
    emails_survive_an_smtp_outage,
    waiting_emails_go_as_soon_as_the_server_is_back,
    two_workers_never_send_one_message_twice,
);

#[test]
fn without_smtp_each_email_is_written_as_an_eml_file() {
    let folder = tempfile::tempdir().unwrap();
    let mailer = Mailer::Files(folder.path().to_path_buf());
    let stored = smallgrants::notifications::OutboxEmail {
        id: 7,
        kind: "password_reset".into(),
        to_address: "amina@example.org".into(),
        to_name: Some("Amina".into()),
        subject: "Reset your password".into(),
        body_text: "Use this link: http://localhost:8080/password/reset/abc".into(),
        body_html: None,
        sensitive: true,
        message_id: "0123456789abcdef".into(),
        created_at: smallgrants::time::now(),
        next_attempt_at: smallgrants::time::now(),
        attempts: 0,
        last_error: None,
        leased_until: None,
        sent_at: None,
        reply_to: None,
    };
    mailer.send(&"Grants <grants@example.org>".parse().unwrap(), &stored).unwrap();
    let files: Vec<_> = std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    let name = files[0].file_name().unwrap().to_string_lossy().to_string();
    assert!(name.ends_with("-000007-password_reset.eml"), "{name}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("Subject: Reset your password"));
    assert!(text.contains("To: Amina <amina@example.org>"));
    assert!(text.contains("http://localhost:8080/password/reset/abc"));
    assert!(text.contains("Message-ID: <0123456789abcdef@example.org>"));
    assert_eq!(text.matches("MIME-Version: 1.0").count(), 1, "one MIME-Version header (RFC 2045):\n{text}");
}
