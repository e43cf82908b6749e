//! Words to show a person, named by a message key rather than written in English, so the domain
//! can say what went wrong ("enter an amount") without knowing which language the page is in.
//! The web layer turns a [`Message`] into text with the reader's [`super::Tr`].

use chrono::NaiveDate;

use crate::money::Pence;

/// A message key with its arguments, e.g. `error-enter` with `what` = `what-your-name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message. Amounts and dates stay typed so each language writes them its own
/// way; a nested message is translated first (a field's name inside "Enter …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words that are not ours to translate: a name, a title, a reference.
    Text(String),
    /// A count: Fluent chooses the plural form from it.
    Number(i64),
    Money(Pence),
    Date(NaiveDate),
    Message(Box<Message>),
    /// A nested message with its first letter made a capital, to start a sentence ("Your name
    /// must be …" from "your name").
    Capitalised(Box<Message>),
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message { key, args: Vec::new() }
    }

    /// A field's problem that names the field, e.g. `error-enter` with `what-your-name`: the
    /// message gets the name as `$what` ("your name") and `$What` ("Your name").
    pub fn about(key: &'static str, what: &'static str) -> Message {
        Message::new(key).arg("what", Message::new(what)).arg("What", Arg::Capitalised(Box::new(Message::new(what))))
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }
}

impl From<&'static str> for Message {
    /// A message with no arguments, by its key.
    fn from(key: &'static str) -> Message {
        Message::new(key)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Arg {
        Arg::Number(count)
    }
}

impl From<i32> for Arg {
    fn from(count: i32) -> Arg {
        Arg::Number(i64::from(count))
    }
}

impl From<u32> for Arg {
    fn from(count: u32) -> Arg {
        Arg::Number(i64::from(count))
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Arg {
        Arg::Number(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<Pence> for Arg {
    fn from(amount: Pence) -> Arg {
        Arg::Money(amount)
    }
}

impl From<NaiveDate> for Arg {
    fn from(date: NaiveDate) -> Arg {
        Arg::Date(date)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}
