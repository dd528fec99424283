//! The hub of a relay: it writes nothing. Its state is the primary's log
//! folded by the same `State::apply`, fed in order by the link; the phones'
//! changes are forwarded to the primary, and answered only once the
//! primary has committed them and this relay has seen the event.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use super::outlets::{Outlets, goes_out_now};
use super::task::BATCH;
use super::{Ends, Hub, Job, Origin, Outcome, Rejection, Shared};
use crate::domain::{Command, Envelope, Plan, State};

/// What the link hands a relay's hub, in the order of the primary's log.
#[derive(Debug)]
pub enum Feed {
    /// The record begins with this plan: the first thing a relay hears,
    /// and again if the link has to replay the log from the start.
    Begin(Arc<Plan>),
    /// The primary committed this event.
    Event(Envelope),
    /// The link to the hall came back (`true`) or was lost (`false`).
    Link(bool),
    /// The stream cannot be trusted (an event twice with different
    /// content, or one the hall never made): apply nothing more, show the
    /// hall as cut off, and say why in `/healthz` until restarted.
    Stop(String),
    /// What the hall recalls of its home for its report-back items, as
    /// its heartbeat says (see `Alive::recall`): not in the log.
    Recall(Arc<crate::domain::state::Recall>),
}

/// Sends a phone's change to the primary and brings back its answer.
pub trait Upstream: Send + Sync + 'static {
    /// Forward `command` under the idempotency key `id`: sending it again
    /// with the same `id` never applies it twice. `origin` is what the
    /// venue checks: the phone's cookie and address.
    fn forward(
        &self,
        command: Command,
        id: String,
        origin: Origin,
    ) -> Pin<Box<dyn Future<Output = Result<Outcome, Rejection>> + Send>>;
}

/// How long an answered change may take to arrive in the relay's copy
/// before the phone is answered anyway (it is committed: it will arrive).
const SEE_OWN_WRITE: Duration = Duration::from_secs(5);

/// What a relay says while it has no link to the hall.
pub const CUT_OFF: &str = "this relay has lost its link to the hall (NATS or the \
     venue's server is unreachable): it shows the last state it had and sends no change. \
     Try again in a moment; it reconnects by itself";

impl Hub {
    /// A relay's hub: `plan` begins the record, `feed` brings the primary's
    /// events in order, `upstream` takes the phones' changes to it. The
    /// link starts down until the feed says it is up.
    pub fn follow(plan: Arc<Plan>, feed: mpsc::Receiver<Feed>, upstream: Arc<dyn Upstream>) -> Hub {
        let state = State::new(plan);
        let cut_off = Arc::new(AtomicBool::new(true));
        let stopped: Arc<std::sync::Mutex<Option<String>>> = Arc::default();
        let (ends, rx) = Ends::open(&state, true);
        let shared = Arc::new(RwLock::new(state));
        let (seen, _) = watch::channel(0);
        let follower = Follower {
            shared: shared.clone(),
            out: Outlets::new(
                shared.clone(),
                ends.staff_tx.clone(),
                ends.phones_tx.clone(),
            ),
            seen,
            upstream,
            cut_off: cut_off.clone(),
            stopped: stopped.clone(),
        };
        let task = tokio::spawn(follower.run(feed, rx));
        // A relay's health is its link: nothing else can break in it, but
        // a stream it cannot trust stops it for good (`Feed::Stop`).
        ends.hub(shared, task, stopped, cut_off)
    }
}

struct Follower {
    shared: Shared,
    out: Outlets,
    /// The last `seq` applied: a forwarded change waits for its own.
    seen: watch::Sender<u64>,
    upstream: Arc<dyn Upstream>,
    cut_off: Arc<AtomicBool>,
    /// Why the link stopped for good, once it has.
    stopped: Arc<std::sync::Mutex<Option<String>>>,
}

impl Follower {
    async fn run(mut self, mut feed: mpsc::Receiver<Feed>, mut jobs: mpsc::Receiver<Job>) {
        let mut fed = Vec::with_capacity(BATCH);
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let due = self.out.due();
            let deadline = due.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                received = feed.recv_many(&mut fed, BATCH) => {
                    if received == 0 {
                        break;
                    }
                    self.take(&mut fed);
                }
                received = jobs.recv_many(&mut batch, BATCH) => {
                    if received == 0 {
                        break;
                    }
                    for job in batch.drain(..) {
                        self.forward(job);
                    }
                }
                () = tokio::time::sleep_until(deadline), if due.is_some() => {
                    self.out.publish_due(self.cut_off.load(Ordering::Relaxed));
                }
            }
        }
        tracing::debug!("relay hub stopped");
    }

    /// Apply what the link brought, as one change for readers.
    fn take(&mut self, fed: &mut Vec<Feed>) {
        let mut now = false;
        let mut begun = false;
        let mut shared = self
            .shared
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let stopped = self
            .stopped
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some();
        if stopped {
            fed.clear();
            return;
        }
        for item in fed.drain(..) {
            match item {
                Feed::Stop(reason) => {
                    tracing::error!("stopped following the hall: {reason}");
                    *self.stopped.lock().unwrap_or_else(|p| p.into_inner()) =
                        Some(format!("stopped: {reason}"));
                    self.cut_off.store(true, Ordering::Relaxed);
                    now = true;
                    break;
                }
                Feed::Begin(plan) => {
                    let recall = shared.recall.clone();
                    *shared = State::new(plan);
                    shared.recall = recall;
                    begun = true;
                    now = true;
                }
                Feed::Recall(recall) => {
                    shared.recall = recall;
                    now = true;
                }
                Feed::Event(envelope) if envelope.seq == shared.seq + 1 => {
                    now |= goes_out_now(&envelope.event);
                    shared.apply(&envelope);
                }
                // Already applied: the link may hand an event over twice.
                Feed::Event(envelope) if envelope.seq <= shared.seq => {}
                Feed::Event(envelope) => {
                    // The link checks the order; a gap here is a bug in it.
                    tracing::error!(
                        seq = envelope.seq,
                        have = shared.seq,
                        "an event arrived out of order; it was not applied"
                    );
                }
                Feed::Link(up) => {
                    let was = self.cut_off.swap(!up, Ordering::Relaxed);
                    if was == up {
                        now = true;
                        if up {
                            tracing::info!("linked to the hall");
                        } else {
                            tracing::warn!("lost the link to the hall; reconnecting");
                        }
                    }
                }
            }
        }
        let seq = shared.seq;
        drop(shared);
        self.seen.send_replace(seq);
        if begun {
            // A new beginning keeps `plan_seq` at 0: its `hello` is made
            // here rather than on a plan change.
            self.out.forget_plan();
        }
        let cut_off = self.cut_off.load(Ordering::Relaxed);
        self.out.changed(now, cut_off);
        self.out.publish_due(cut_off);
    }

    /// Send a phone's change to the primary; answer once this relay shows it.
    fn forward(&self, job: Job) {
        if self.cut_off.load(Ordering::Relaxed) {
            let _ = job
                .reply
                .send(Err(Rejection::Unreachable(CUT_OFF.to_owned())));
            return;
        }
        if matches!(
            job.command,
            Command::Chair(_) | Command::ChangePlan(_) | Command::Recall(_)
        ) {
            let _ = job.reply.send(Err(Rejection::Unavailable(
                "a relay takes only the audience's check-ins and pledges; the chair and \
                 the organisers use the venue's server"
                    .into(),
            )));
            return;
        }
        let id = job.id.unwrap_or_else(|| crate::web::random_hex(12));
        let sent = self.upstream.forward(job.command, id, job.origin);
        let mut seen = self.seen.subscribe();
        tokio::spawn(async move {
            let answer = sent.await;
            if let Ok(outcome) = &answer {
                // Read your writes: the page after this answer shows it.
                let wanted = outcome.seq;
                let _ =
                    tokio::time::timeout(SEE_OWN_WRITE, seen.wait_for(|&seq| seq >= wanted)).await;
            }
            let _ = job.reply.send(answer);
        });
    }
}
