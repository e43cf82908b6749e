//! Email: an outbox table written in the same transaction as the change that causes a message,
//! a mailer that delivers (SMTP, a folder of `.eml` files, or memory in tests), and a worker that
//! moves messages from one to the other with retries.

pub mod emails;
pub mod mailer;
pub mod outbox;
pub mod worker;

pub use mailer::{Mailer, MemoryMailbox, SentEmail};
pub use outbox::{Email, OutboxEmail};
pub use worker::{OutboxWorker, WorkerSettings};
