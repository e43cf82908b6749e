//! One read shared by every request that needs it at the same moment, without ever handing a
//! request an answer older than the request itself.
//!
//! Every kept page asks for the change marker. On PostgreSQL that is a round trip through a
//! blocking thread, and under load dozens of requests ask for it at once, each with its own
//! round trip. A [`SharedRead`] lets them share: a request that arrives while a read is under way
//! does not take that read's answer (the read began before the request, so it might miss a change
//! the request's own visitor has just made), but waits for the next read, which begins after the
//! one under way has finished and is shared by everyone who arrived meanwhile. So each request
//! still gets an answer read after it arrived, as if it had read alone, and the database sees one
//! read at a time however many requests ask. A failure is the exception: one that ends after a
//! request arrived is its answer too, so while the database is away a request waits for one
//! timeout, not two.

use std::future::Future;
use std::sync::Mutex;

use tokio::sync::watch;

/// The latest answer with the number of the read that gave it, the error as text so waiters
/// can share it.
type Answer<T> = (u64, Result<T, String>);

/// A read shared by the requests waiting for it (see the module's documentation).
pub struct SharedRead<T: Clone> {
    reads: Mutex<Reads>,
    answers: watch::Sender<Answer<T>>,
}

#[derive(Default)]
struct Reads {
    /// Reads begun so far; the number of the latest.
    begun: u64,
    /// Whether a read is under way.
    under_way: bool,
}

impl<T: Clone> Default for SharedRead<T> {
    fn default() -> Self {
        SharedRead { reads: Mutex::default(), answers: watch::Sender::new((0, Err(String::new()))) }
    }
}

impl<T: Clone> SharedRead<T> {
    /// An answer read after this call began: from a read this call makes, or shares with other
    /// callers; or a failure that ended after it began (for a sharer, the reader's error as
    /// text).
    pub async fn read<E, F, Fut>(&self, read: F) -> Result<T, SharedError<E>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: std::fmt::Display,
    {
        let mut answers = self.answers.subscribe();
        let finished_before = answers.borrow_and_update().0;
        // Any read numbered higher than the latest begun so far begins after this moment.
        let needed = self.lock().begun + 1;
        let mut read = Some(read);
        loop {
            {
                let (number, answer) = &*answers.borrow_and_update();
                // A failure that ends after this call began is taken as it is, even from a read
                // begun before: it tells nothing out of date, and reading again would keep the
                // request waiting twice as long while the database is away.
                let failed_since = *number > finished_before && answer.is_err();
                if *number >= needed || failed_since {
                    return answer.clone().map_err(SharedError::Shared);
                }
            }
            if let Some(number) = self.begin() {
                let read = read.take().expect("a caller begins one read at most");
                return self.finish(number, read()).await.map_err(SharedError::Own);
            }
            if answers.changed().await.is_err() {
                unreachable!("the sender lives as long as self");
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Reads> {
        self.reads.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The number of a new read when none is under way.
    fn begin(&self) -> Option<u64> {
        let mut reads = self.lock();
        if reads.under_way {
            return None;
        }
        reads.under_way = true;
        reads.begun += 1;
        Some(reads.begun)
    }

    async fn finish<E: std::fmt::Display>(
        &self,
        number: u64,
        reading: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E> {
        // Ends the read even when this request is dropped part way (its visitor went away), so
        // the requests waiting on it begin another read rather than wait for ever.
        let mut ending = EndsRead { shared: self, answer: None };
        let answer = reading.await;
        ending.answer = Some((number, answer.as_ref().map(T::clone).map_err(ToString::to_string)));
        drop(ending);
        answer
    }
}

/// Marks the read over when dropped, publishing its answer if it has one and otherwise waking
/// the waiters so that one of them reads.
struct EndsRead<'a, T: Clone> {
    shared: &'a SharedRead<T>,
    answer: Option<Answer<T>>,
}

impl<T: Clone> Drop for EndsRead<'_, T> {
    fn drop(&mut self) {
        self.shared.lock().under_way = false;
        // Cleared before the waiters are woken, so one of them can begin the next read; a read
        // begun meanwhile may even finish first, so an answer never replaces a newer one.
        let answer = self.answer.take();
        self.shared.answers.send_modify(|latest| {
            if let Some(answer) = answer.filter(|(number, _)| *number > latest.0) {
                *latest = answer;
            }
        });
    }
}

/// Why a shared read gave no answer: this caller's own read failed, or the read it shared did.
#[derive(Debug)]
pub enum SharedError<E> {
    Own(E),
    Shared(String),
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use tokio::sync::oneshot;

    use super::*;

    /// A read that counts itself and answers its number when the test lets it.
    fn read_numbered(
        reads: &Arc<AtomicU64>,
        release: oneshot::Receiver<()>,
    ) -> impl FnOnce() -> std::pin::Pin<Box<dyn Future<Output = Result<u64, String>>>> {
        let reads = reads.clone();
        move || {
            Box::pin(async move {
                let number = reads.fetch_add(1, Ordering::SeqCst) + 1;
                release.await.map_err(|_| "not released".to_string())?;
                Ok(number)
            })
        }
    }

    fn released() -> oneshot::Receiver<()> {
        let (release, wait) = oneshot::channel();
        release.send(()).unwrap();
        wait
    }

    /// A caller on the local task set whose own read, if it makes one, answers once `release`
    /// fires.
    fn spawn_caller(
        shared: &Arc<SharedRead<u64>>,
        reads: &Arc<AtomicU64>,
        release: oneshot::Receiver<()>,
    ) -> tokio::task::JoinHandle<u64> {
        let (shared, reads) = (shared.clone(), reads.clone());
        tokio::task::spawn_local(async move { shared.read(read_numbered(&reads, release)).await.unwrap() })
    }

    #[tokio::test]
    async fn callers_arriving_during_a_read_share_the_next_one_not_the_one_under_way() {
        let shared = Arc::new(SharedRead::<u64>::default());
        let reads = Arc::new(AtomicU64::new(0));
        let (release_first, first_wait) = oneshot::channel();
        let local = tokio::task::LocalSet::new();
        local
            .run_until(async {
                let first = spawn_caller(&shared, &reads, first_wait);
                tokio::task::yield_now().await;
                assert_eq!(reads.load(Ordering::SeqCst), 1, "the first caller is reading");
                let later: Vec<_> = (0..5).map(|_| spawn_caller(&shared, &reads, released())).collect();
                tokio::task::yield_now().await;
                assert_eq!(reads.load(Ordering::SeqCst), 1, "the later callers wait while the first reads");
                release_first.send(()).unwrap();
                assert_eq!(first.await.unwrap(), 1);
                for caller in later {
                    assert_eq!(caller.await.unwrap(), 2, "every later caller got the read begun after it arrived");
                }
                assert_eq!(reads.load(Ordering::SeqCst), 2, "five callers, one read between them");
            })
            .await;
    }

    #[tokio::test]
    async fn a_caller_after_a_finished_read_reads_again() {
        let shared = SharedRead::<u64>::default();
        let reads = Arc::new(AtomicU64::new(0));
        assert_eq!(shared.read(read_numbered(&reads, released())).await.unwrap(), 1);
        assert_eq!(shared.read(read_numbered(&reads, released())).await.unwrap(), 2);
    }

    #[tokio::test]
    async fn a_reader_that_goes_away_leaves_the_waiters_to_read_for_themselves() {
        let shared = Arc::new(SharedRead::<u64>::default());
        let reads = Arc::new(AtomicU64::new(0));
        let local = tokio::task::LocalSet::new();
        local
            .run_until(async {
                let (_never_released, never) = oneshot::channel::<()>();
                let abandoned = tokio::task::spawn_local({
                    let (shared, reads) = (shared.clone(), reads.clone());
                    async move { shared.read(read_numbered(&reads, never)).await }
                });
                tokio::task::yield_now().await;
                let waiter = spawn_caller(&shared, &reads, released());
                tokio::task::yield_now().await;
                abandoned.abort();
                assert_eq!(waiter.await.unwrap(), 2, "the waiter read for itself");
            })
            .await;
    }

    #[tokio::test]
    async fn a_failed_read_is_an_error_for_everyone_who_waited_on_it() {
        let shared = Arc::new(SharedRead::<u64>::default());
        let local = tokio::task::LocalSet::new();
        local
            .run_until(async {
                let (fail, failing) = oneshot::channel::<()>();
                let reader = tokio::task::spawn_local({
                    let shared = shared.clone();
                    async move {
                        shared
                            .read(|| async move {
                                failing.await.ok();
                                Err::<u64, _>("the database cannot be reached")
                            })
                            .await
                    }
                });
                tokio::task::yield_now().await;
                let waiters: Vec<_> = (0..2)
                    .map(|_| {
                        let shared = shared.clone();
                        tokio::task::spawn_local(async move { shared.read(|| async { Ok::<u64, String>(7) }).await })
                    })
                    .collect();
                tokio::task::yield_now().await;
                fail.send(()).unwrap();
                assert!(matches!(reader.await.unwrap(), Err(SharedError::Own("the database cannot be reached"))));
                for waiter in waiters {
                    match waiter.await.unwrap() {
                        Err(SharedError::Shared(error)) => assert_eq!(error, "the database cannot be reached"),
                        other => panic!("a waiter read again instead of taking the failure: {other:?}"),
                    }
                }
                let later = shared.read(|| async { Ok::<u64, String>(8) }).await.unwrap();
                assert_eq!(later, 8, "a caller after the failure reads for itself");
            })
            .await;
    }
}
