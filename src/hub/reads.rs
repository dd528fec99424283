//! Reads that take real work (the record's files, the report, the public
//! state between two send-outs), built so they never delay the chair.
//!
//! Building the record workbook of a 500-institution plan takes tens of
//! milliseconds. Built while holding the state's read lock, on the
//! runtime's threads, eight readers kept the hub from committing the
//! chair's next change (its command went from 3.5 ms to 77 ms median).
//! Here a read is built on a blocking thread from a snapshot of the state
//! (cloned under the lock, then released), at most `BUILDERS` at once, and
//! kept: every reader of one `seq` within `FRESH` gets the same bytes, and
//! readers that arrive while it is being built wait for that one build.
//!
//! A read is never older than the change its reader was told is done: a
//! kept read is used only while it was built at the committed `seq`.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OnceCell, Semaphore};
use tokio::time::Instant;

use super::{Shared, now_ms, read};
use crate::domain::{Millis, State};

/// How long a kept read serves a `seq` that has not changed: what depends
/// on the clock (the running item's time, "as of") moves on after this.
pub(super) const FRESH: Duration = Duration::from_secs(1);

/// Reads built at once: on two cores one builds while the other serves the
/// chair and the hall.
const BUILDERS: usize = 1;

/// What a read is, so that two readers of the same thing share one build:
/// the route and whatever else its bytes depend on (access, language).
pub type ReadKey = String;

/// One built read, shared by every reader of its `seq`.
type Built = Arc<dyn Any + Send + Sync>;

struct Kept {
    seq: u64,
    since: Instant,
    built: Arc<OnceCell<(u64, Built)>>,
}

/// The kept reads and the snapshot they are built from.
pub(super) struct Reads {
    kept: Mutex<HashMap<ReadKey, Kept>>,
    /// The latest snapshot of the state, shared by the builds of its `seq`.
    snapshot: Mutex<Option<Arc<State>>>,
    builders: Semaphore,
}

impl Reads {
    pub(super) fn new() -> Reads {
        Reads {
            kept: Mutex::new(HashMap::new()),
            snapshot: Mutex::new(None),
            builders: Semaphore::new(BUILDERS),
        }
    }

    /// `build`'s answer for the state as it is now: kept from an earlier
    /// reader of this `seq`, being built for one, or built now off the
    /// runtime. `build` is given the state and the time.
    pub(super) async fn get<T>(
        self: &Arc<Self>,
        shared: &Shared,
        key: ReadKey,
        build: impl FnOnce(&State, Millis) -> T + Send + 'static,
    ) -> Arc<T>
    where
        T: Send + Sync + 'static,
    {
        let seq = read(shared).seq;
        let cell = {
            let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
            let entry = kept.entry(key).or_insert_with(|| Kept::new(seq));
            if entry.seq < seq || entry.since.elapsed() >= FRESH {
                *entry = Kept::new(seq);
            }
            entry.built.clone()
        };
        let this = self.clone();
        let shared = shared.clone();
        let (_, built) = cell
            .get_or_init(|| async move {
                let _builder = this.builders.acquire().await.expect("never closed");
                let this = this.clone();
                tokio::task::spawn_blocking(move || {
                    let state = this.snapshot(&shared);
                    let built: Built = Arc::new(build(&state, now_ms()));
                    (state.seq, built)
                })
                .await
                .unwrap_or_else(|failed| std::panic::resume_unwind(failed.into_panic()))
            })
            .await;
        built
            .clone()
            .downcast::<T>()
            .expect("a key names one kind of read")
    }

    /// The state as it is now, cloned under the lock once per `seq`.
    fn snapshot(&self, shared: &Shared) -> Arc<State> {
        let state = read(shared);
        let mut snapshot = self.snapshot.lock().unwrap_or_else(|p| p.into_inner());
        match &*snapshot {
            Some(kept) if kept.seq == state.seq => kept.clone(),
            _ => {
                let fresh = Arc::new(State::clone(&state));
                *snapshot = Some(fresh.clone());
                fresh
            }
        }
    }
}

impl Kept {
    fn new(seq: u64) -> Kept {
        Kept {
            seq,
            since: Instant::now(),
            built: Arc::new(OnceCell::new()),
        }
    }
}
