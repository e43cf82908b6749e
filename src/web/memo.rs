//! Results kept between requests while the database has not changed (see
//! [`crate::db::changes`]): a round's ranking, a pot's report, a panel member's queue. Each
//! entry is checked against a fresh [`ChangeMarker`] on every use, so nothing stale is ever
//! shown, on any instance.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::db::changes::ChangeMarker;
use crate::reports::queries::PotReport;
use crate::review::ranking::Ranking;
use crate::rounds::Criterion;

/// How many results of one kind are kept unless said otherwise; past that the oldest half is
/// dropped.
const CAPACITY: usize = 64;

/// A kept result: the marker it was made at, when it was kept (a counter), and the result.
type Entry<V> = (ChangeMarker, u64, Arc<V>);

/// Results of one kind, by key.
pub struct Memo<V> {
    entries: Mutex<HashMap<String, Entry<V>>>,
    /// How many results are kept at most.
    capacity: usize,
    /// Held while a result is made, so requests arriving together make it once and share it.
    making: Mutex<()>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo::with_capacity(CAPACITY)
    }
}

impl<V> Memo<V> {
    /// A memo that keeps at most `capacity` results.
    pub fn with_capacity(capacity: usize) -> Memo<V> {
        Memo { entries: Mutex::new(HashMap::new()), capacity: capacity.max(2), making: Mutex::new(()) }
    }

    /// The kept result for `key` if nothing has changed since `marker`, or else one made now by
    /// `make` (once, however many requests ask at the same moment). Blocking: call it from the
    /// database's blocking threads.
    pub fn get_or_make<E>(
        &self,
        key: String,
        marker: ChangeMarker,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        if let Some(kept) = self.get(&key, &marker) {
            return Ok(kept);
        }
        let _making = self.making.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(kept) = self.get(&key, &marker) {
            return Ok(kept);
        }
        let made = Arc::new(make()?);
        self.put(key, marker, made.clone());
        Ok(made)
    }

    /// The kept result for `key`, if nothing has changed since it was made.
    pub fn get(&self, key: &str, marker: &ChangeMarker) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        entries.get(key).filter(|(made_at, ..)| made_at == marker).map(|(.., value)| value.clone())
    }

    /// Keeps `value` for `key` as of `marker` (made from data read after the marker, so at
    /// worst it is newer than the marker says, never older).
    pub fn put(&self, key: String, marker: ChangeMarker, value: Arc<V>) {
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            let mut ages: Vec<u64> = entries.values().map(|(_, age, _)| *age).collect();
            ages.sort_unstable();
            let cutoff = ages[ages.len() / 2];
            entries.retain(|_, (_, age, _)| *age > cutoff);
        }
        let age = entries.values().map(|(_, age, _)| *age).max().unwrap_or(0) + 1;
        entries.insert(key, (marker, age, value));
    }

    /// Drops every kept result.
    pub fn forget_all(&self) {
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clear();
    }
}

/// A round's ranking as the page and the spreadsheet need it.
pub struct RankingData {
    pub criteria: Vec<Criterion>,
    pub ranking: Ranking,
    pub money: crate::review::ranking::Money,
}

/// A page of the community directory's results, with what the page shows around them.
pub struct DirectoryPage {
    pub categories: Vec<crate::directory::Category>,
    /// The search as understood, and the filter values that were not (see
    /// `handlers::directory::understand`).
    pub search: crate::directory::queries::Search,
    pub ignored: Vec<crate::i18n::Message>,
    pub results: Vec<crate::directory::queries::Found>,
    pub total: i64,
    pub funded: HashMap<i64, Vec<String>>,
}

/// How many signed-in sessions are kept as read (about a kilobyte each).
const SESSIONS_KEPT: usize = 2048;

/// Every kind of kept result.
pub struct Memos {
    pub rankings: Memo<RankingData>,
    pub pot_reports: Memo<PotReport>,
    /// Each round's sent bids with their panel progress, for its lead's page, by round.
    pub round_bids: Memo<crate::decisions::queries::RoundBids>,
    /// What waits for a lead in their programmes (the dashboard's counts), by programmes and
    /// date.
    pub lead_work: Memo<Vec<crate::decisions::work::ProgrammeWork>>,
    /// Panel members' queues in order, deadlines and departures seen, by member and programmes.
    pub panel_work: Memo<crate::review::queries::PanelWork>,
    /// Pages of the community directory's search, by search and hour (see
    /// `handlers::directory::search`).
    pub directory_pages: Memo<DirectoryPage>,
    /// The facts the equity report and the ranking's line profile count, by programme and round.
    pub equity_facts: Memo<Vec<crate::reports::equity::BidFacts>>,
    /// Public pages as visitors who are not signed in see them, by language and path (see
    /// `web::kept_pages`).
    pub public_pages: Memo<crate::web::kept_pages::KeptPage>,
    /// The Open Referral feed's pages of services as sent, by query and hour (see
    /// `handlers::openreferral::services`).
    pub open_referral: Memo<actix_web::web::Bytes>,
    /// Signed-in people's pages as rendered for their session, by session, path and language
    /// (see `web::session_pages`).
    pub session_pages: Memo<crate::web::session_pages::SessionPage>,
    /// Signed-in sessions as read from the database, by the hash of their token (see
    /// `web::extractors::KeptSession`).
    pub sessions: Memo<crate::web::extractors::KeptSession>,
    /// When any round next opens, closes or has its decisions fall due (see
    /// `web::session_pages`).
    pub round_moments: Memo<Vec<chrono::NaiveDateTime>>,
    /// Held while an open data file is made (see `handlers::open_data`).
    pub open_data_files: tokio::sync::Mutex<()>,
    /// The open data files small enough to send from memory, by name: the file's name (its day
    /// and marker) and its bytes. One of each, so a new file replaces the one before.
    pub open_data_bodies: Memo<(String, bytes::Bytes)>,
}

impl Memos {
    /// Drops every kept result, so the next request makes its own: what a test that counts a
    /// page's database work needs, since whether a kept result is still good depends on
    /// everything else written to the database before.
    pub fn forget_all(&self) {
        self.rankings.forget_all();
        self.pot_reports.forget_all();
        self.round_bids.forget_all();
        self.lead_work.forget_all();
        self.panel_work.forget_all();
        self.directory_pages.forget_all();
        self.equity_facts.forget_all();
        self.public_pages.forget_all();
        self.open_referral.forget_all();
        self.session_pages.forget_all();
        self.sessions.forget_all();
        self.round_moments.forget_all();
        self.open_data_bodies.forget_all();
    }
}

impl Default for Memos {
    fn default() -> Self {
        Memos {
            rankings: Memo::default(),
            pot_reports: Memo::default(),
            round_bids: Memo::default(),
            lead_work: Memo::default(),
            panel_work: Memo::default(),
            directory_pages: Memo::default(),
            equity_facts: Memo::default(),
            public_pages: Memo::default(),
            open_referral: Memo::default(),
            session_pages: Memo::with_capacity(crate::web::session_pages::CAPACITY),
            sessions: Memo::with_capacity(SESSIONS_KEPT),
            round_moments: Memo::default(),
            open_data_files: tokio::sync::Mutex::default(),
            open_data_bodies: Memo::with_capacity(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::changes::ChangeMarker;

    fn marker(n: i64) -> ChangeMarker {
        ChangeMarker::for_tests(n)
    }

    #[test]
    fn a_result_is_reused_only_while_nothing_has_changed() {
        let memo: Memo<String> = Memo::default();
        memo.put("round-1".into(), marker(7), Arc::new("ranking".into()));
        assert_eq!(memo.get("round-1", &marker(7)).as_deref().map(String::as_str), Some("ranking"));
        assert!(memo.get("round-1", &marker(8)).is_none(), "something changed since");
        assert!(memo.get("round-2", &marker(7)).is_none());
    }

    #[test]
    fn requests_arriving_together_make_a_result_once() {
        let memo: Arc<Memo<usize>> = Arc::default();
        let made = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (memo, made) = (memo.clone(), made.clone());
                std::thread::spawn(move || {
                    memo.get_or_make("round-1".into(), marker(3), || {
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        Ok::<_, ()>(made.fetch_add(1, std::sync::atomic::Ordering::SeqCst))
                    })
                    .unwrap()
                })
            })
            .collect();
        let results: Vec<usize> = threads.into_iter().map(|t| *t.join().unwrap()).collect();
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 1, "made once");
        assert!(results.iter().all(|r| *r == 0), "and shared");
    }

    #[test]
    fn the_oldest_results_make_way() {
        let memo: Memo<usize> = Memo::default();
        for n in 0..CAPACITY + 10 {
            memo.put(format!("key-{n}"), marker(1), Arc::new(n));
        }
        assert!(memo.get(&format!("key-{}", CAPACITY + 9), &marker(1)).is_some(), "the newest is kept");
        assert!(memo.get("key-0", &marker(1)).is_none(), "the oldest went");
    }
}
