//! Reads that take real work (the record's files, the report, the public
//! state between two send-outs), built so they never delay the chair.
//!
//! Building the record workbook of a 500-institution plan takes tens of
//! milliseconds. Built while holding the state's read lock, on the
//! runtime's threads, eight readers kept the hub from committing the
//! chair's next change (its command went from 3.5 ms to 77 ms median).
//! Here a read is built from a snapshot of the state (cloned under the
//! lock, then released) on one thread of its own that runs at a lower
//! priority than the server's, so a build takes only the CPU the chair and
//! the hall leave; and it is kept: every reader of one `seq` within `FRESH`
//! gets the same bytes, and readers that arrive while it is being built
//! wait for that one build.
//!
//! A read is never older than the change its reader was told is done: a
//! kept read is used only while it was built at the committed `seq`.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OnceCell, oneshot};
use tokio::time::Instant;

use super::{Shared, now_ms, read};
use crate::domain::{Millis, State};

/// How long a kept read serves a `seq` that has not changed: what depends
/// on the clock (the running item's time, "as of") moves on after this.
pub(super) const FRESH: Duration = Duration::from_secs(1);

/// How much lower the builder thread's priority is than the server's (a
/// `nice` value; 19 is the lowest).
#[cfg(target_os = "linux")]
pub(super) const NICER: i32 = 10;

/// What a read is, so that two readers of the same thing share one build:
/// the route and whatever else its bytes depend on (access, language).
pub type ReadKey = String;

/// One built read, shared by every reader of its `seq`.
type Built = Arc<dyn Any + Send + Sync>;

/// A build for the builder thread.
type Job = Box<dyn FnOnce() + Send>;

/// What a build gave: the read and the `seq` it is of, or its panic.
type Outcome = std::thread::Result<(u64, Built)>;

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
    /// The builder thread's queue; it ends when this is dropped.
    builder: std::sync::mpsc::Sender<Job>,
}

impl Reads {
    pub(super) fn new() -> Reads {
        let (builder, jobs) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("reads".into())
            .spawn(move || {
                lower_priority();
                for job in jobs {
                    job();
                }
            })
            .expect("a thread for the reads");
        Reads {
            kept: Mutex::new(HashMap::new()),
            snapshot: Mutex::new(None),
            builder,
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
                let (done, outcome) = oneshot::channel::<Outcome>();
                let builder = this.builder.clone();
                let job: Job = Box::new(move || {
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let state = this.snapshot(&shared);
                        let built: Built = Arc::new(build(&state, now_ms()));
                        (state.seq, built)
                    }));
                    let _ = done.send(outcome);
                });
                builder
                    .send(job)
                    .expect("the builder thread lives as long as the hub");
                match outcome.await.expect("a build always answers") {
                    Ok(built) => built,
                    // As if the handler had built it: the request fails,
                    // the server and the builder thread go on.
                    Err(panic) => std::panic::resume_unwind(panic),
                }
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

/// Make the calling thread yield to the server's: on Linux a thread's
/// `nice` value is its own.
#[cfg(target_os = "linux")]
fn lower_priority() {
    let this_thread = rustix::thread::gettid();
    if let Err(error) = rustix::process::setpriority_process(Some(this_thread), NICER) {
        tracing::debug!(%error, "the reads thread keeps the server's priority");
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_priority() {}
