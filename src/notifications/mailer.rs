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
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&email.subject)
        .message_id(Some(format!("<{}@{domain}>", email.message_id)));
    let message = match &email.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(email.body_text.clone(), html.clone())),
        // `body` (unlike `multipart`) leaves out `MIME-Version`, which RFC 2045 asks for and
        // spam filters look for.
        None => builder.header(MIME_VERSION_1_0).header(ContentType::TEXT_PLAIN).body(email.body_text.clone()),
    };
    message.map_err(|e| SendError::Build(e.to_string()))
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
