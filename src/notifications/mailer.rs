//! Delivery of one email: over SMTP, as an `.eml` file (the default, so a new installation can
//! read its emails without a mail server), or into memory for tests.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use lettre::message::header::{ContentType, MIME_VERSION_1_0};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Message, SmtpTransport, Transport};

use super::outbox::OutboxEmail;
use crate::config::{EmailConfig, EmailTransport};

/// Where emails go.
#[derive(Clone)]
pub enum Mailer {
    Smtp(SmtpTransport),
    Files(PathBuf),
    Memory(MemoryMailbox),
}

/// Emails "sent" in tests, in order.
#[derive(Clone, Default)]
pub struct MemoryMailbox(Arc<Mutex<Vec<SentEmail>>>);

/// A delivered email as tests see it.
#[derive(Debug, Clone)]
pub struct SentEmail {
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub message_id: String,
    pub reply_to: Option<String>,
}

impl MemoryMailbox {
    pub fn messages(&self) -> Vec<SentEmail> {
        self.0.lock().expect("mailbox lock").clone()
    }

    fn push(&self, email: SentEmail) {
        self.0.lock().expect("mailbox lock").push(email);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    #[error("could not write the email file: {0}")]
    File(#[from] std::io::Error),
}

/// How long one SMTP conversation may take before the attempt counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

impl Mailer {
    pub fn from_config(config: &EmailConfig) -> Result<Mailer, SendError> {
        match &config.transport {
            EmailTransport::Smtp(url) => {
                let transport = SmtpTransport::from_url(url)
                    .map_err(|e| SendError::Smtp(e.to_string()))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Mailer::Smtp(transport))
            }
            EmailTransport::Files(dir) => Ok(Mailer::Files(dir.clone())),
        }
    }

    /// Delivers one email; blocking, so call it off the async threads.
    pub fn send(&self, from: &Mailbox, email: &OutboxEmail) -> Result<(), SendError> {
        let message = build_message(from, email)?;
        match self {
            Mailer::Smtp(transport) => transport.send(&message).map(|_| ()).map_err(|e| SendError::Smtp(e.to_string())),
            Mailer::Files(dir) => write_eml(dir, email, &message.formatted()),
            Mailer::Memory(mailbox) => {
                mailbox.push(SentEmail {
                    kind: email.kind.clone(),
                    to: email.to_address.clone(),
                    subject: email.subject.clone(),
                    text: email.body_text.clone(),
                    html: email.body_html.clone(),
                    message_id: email.message_id.clone(),
                    reply_to: email.reply_to.clone(),
                });
                Ok(())
            }
        }
    }
}

fn build_message(from: &Mailbox, email: &OutboxEmail) -> Result<Message, SendError> {
    let to_text = match &email.to_name {
        Some(name) => format!("{name} <{}>", email.to_address),
        None => email.to_address.clone(),
    };
    let to: Mailbox = to_text
        .parse()
        .or_else(|_| email.to_address.parse())
        .map_err(|e| SendError::Build(format!("recipient {}: {e}", email.to_address)))?;
    let domain = from.email.domain().to_string();
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&email.subject)
        .message_id(Some(format!("<{}@{domain}>", email.message_id)));
    if let Some(reply_to) = reply_to(email) {
        builder = builder.reply_to(reply_to);
    }
    let message = match &email.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(email.body_text.clone(), html.clone())),
        // `body` (unlike `multipart`) leaves out `MIME-Version`, which RFC 2045 asks for and
        // spam filters look for.
        None => builder.header(MIME_VERSION_1_0).header(ContentType::TEXT_PLAIN).body(email.body_text.clone()),
    };
    message.map_err(|e| SendError::Build(e.to_string()))
}

/// The `Reply-To` mailbox, if the email has one that parses. One that does not (a programme
/// team's address typed wrongly) is left off and logged: the email still goes, and a reply goes
/// to the sender's address as it would without one.
fn reply_to(email: &OutboxEmail) -> Option<Mailbox> {
    let address = email.reply_to.as_deref().map(str::trim).filter(|a| !a.is_empty())?;
    match address.parse::<Mailbox>() {
        Ok(mailbox) => Some(mailbox),
        Err(error) => {
            tracing::warn!(email_id = email.id, kind = %email.kind, %address, %error, "Reply-To left off: not an address");
            None
        }
    }
}

/// Writes the message as `<created>-<id>-<kind>.eml`, atomically (a reader never sees half a
/// file), so the newest email is last in a sorted listing.
fn write_eml(dir: &std::path::Path, email: &OutboxEmail, bytes: &[u8]) -> Result<(), SendError> {
    std::fs::create_dir_all(dir)?;
    let name = format!(
        "{}-{:06}-{}.eml",
        email.created_at.format("%Y%m%d-%H%M%S"),
        email.id,
        email.kind.replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "-")
    );
    let partial = dir.join(format!(".{name}.partial"));
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, dir.join(name))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(reply_to: Option<&str>) -> OutboxEmail {
        let now = chrono::NaiveDate::from_ymd_opt(2027, 3, 3).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("time");
        OutboxEmail {
            id: 3,
            kind: "bid_awarded".into(),
            to_address: "amina@example.org".into(),
            to_name: Some("Amina".into()),
            subject: "Good news".into(),
            body_text: "Hello".into(),
            body_html: None,
            sensitive: false,
            message_id: "abc".into(),
            created_at: now,
            next_attempt_at: now,
            attempts: 0,
            last_error: None,
            leased_until: None,
            sent_at: None,
            reply_to: reply_to.map(str::to_string),
        }
    }

    fn headers(email: &OutboxEmail) -> String {
        let from: Mailbox = "Grants <noreply@grants.example>".parse().expect("from");
        let message = build_message(&from, email).expect("the message is built");
        String::from_utf8(message.formatted()).expect("text")
    }

    #[test]
    fn reply_to_is_set_when_given_and_left_off_when_it_is_not_an_address() {
        assert!(headers(&stored(Some("grants@riverside.example"))).contains("Reply-To: grants@riverside.example\r\n"));
        for missing in [None, Some(""), Some("not an address"), Some("grants@")] {
            let text = headers(&stored(missing));
            assert!(!text.contains("Reply-To"), "{missing:?}:\n{text}");
            assert!(text.contains("Subject: Good news"), "the email is still built");
        }
    }
}
