//! Time as the portal stores it (UTC, microsecond precision, as both databases keep it) and as
//! people read it (Europe/London), and the clock handlers read it from.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};

/// Now in UTC, truncated to microseconds so a value reads back from either database exactly as
/// it was written.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}

/// The UTC instant as London wall-clock time.
pub fn in_london(utc: NaiveDateTime) -> DateTime<chrono_tz::Tz> {
    DateTime::<Utc>::from_naive_utc_and_offset(utc, Utc).with_timezone(&chrono_tz::Europe::London)
}

/// Where "now" comes from: the system clock, or a clock the tests move by hand (to let a reset
/// link expire or a round close without waiting).
#[derive(Clone, Debug, Default)]
pub enum Clock {
    #[default]
    System,
    Manual(Arc<Mutex<NaiveDateTime>>),
}

impl Clock {
    pub fn manual(start: NaiveDateTime) -> Clock {
        Clock::Manual(Arc::new(Mutex::new(start)))
    }

    pub fn now(&self) -> NaiveDateTime {
        match self {
            Clock::System => now(),
            Clock::Manual(time) => *time.lock().expect("clock lock"),
        }
    }

    /// Moves a manual clock on; the system clock cannot be moved.
    pub fn advance(&self, by: chrono::Duration) {
        if let Clock::Manual(time) = self {
            let mut time = time.lock().expect("clock lock");
            *time += by;
        }
    }
}
