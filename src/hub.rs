//! The hub owns the live state. One task takes commands in batches, decides
//! and applies them, commits their events in one transaction, answers the
//! senders only after the commit, and publishes one frame per role that
//! every socket of that role shares.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use crate::domain::{Command, Envelope, Millis, Plan, Refusal, State};
use crate::store::Store;
use crate::view::{self, Role};

/// Most commands handled in one transaction.
const BATCH: usize = 1024;
/// Audience-only changes (check-ins, pledges) reach the chair, the screen
/// and the stage at most this often...
const STAFF_EVERY: Duration = Duration::from_millis(50);
/// ...and the phones at most this often: each send-out to a full hall costs
/// a system call per phone, and a turnout figure a second old is fine.
/// Chair changes go to everyone at once.
const PHONES_EVERY: Duration = Duration::from_millis(1000);

/// Milliseconds since the Unix epoch, the clock every event is stamped with.
pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// What happened to a command that was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// The `seq` after the command (the event's own `seq` when applied).
    pub seq: u64,
    /// False when nothing changed: a repeated `id`, or a phone checking in again.
    pub applied: bool,
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    Refused(Refusal),
    /// The log cannot be written; nothing more is accepted.
    Unavailable(String),
}

/// The frames of one moment, serialized once per role.
#[derive(Debug)]
pub struct Published {
    pub seq: u64,
    frames: [Utf8Bytes; 4],
}

impl Published {
    pub fn frame(&self, role: Role) -> Utf8Bytes {
        self.frames[role_index(role)].clone()
    }
}

fn role_index(role: Role) -> usize {
    match role {
        Role::Chair => 0,
        Role::Screen => 1,
        Role::Stage => 2,
        Role::Attendee => 3,
    }
}

struct Job {
    command: Command,
    expect: Option<u64>,
    id: Option<String>,
    reply: oneshot::Sender<Result<Outcome, Rejection>>,
}

/// A cheap handle on the hub, shared by every request and socket.
#[derive(Clone)]
pub struct Hub {
    jobs: mpsc::Sender<Job>,
    /// Frames for the chair, screen and stage.
    staff: watch::Receiver<Arc<Published>>,
    /// Frames for the phones, sent out less often.
    phones: watch::Receiver<Arc<Published>>,
    hello: Arc<[Utf8Bytes; 4]>,
    plan: Arc<Plan>,
    state: Arc<std::sync::RwLock<Arc<State>>>,
}

impl Hub {
    /// Replay the log and start the hub task.
    pub fn start(plan: Arc<Plan>, store: Store, log: Vec<Envelope>) -> Hub {
        let state = State::replay(plan.clone(), &log);
        drop(log);
        let first = Arc::new(publish(&state, now_ms()));
        let (staff_tx, staff) = watch::channel(first.clone());
        let (phones_tx, phones) = watch::channel(first);
        let (jobs, rx) = mpsc::channel(16 * 1024);
        let hello = Arc::new(Role::ALL.map(|role| hello(&plan, role)));
        let shared = Arc::new(std::sync::RwLock::new(Arc::new(state.clone())));
        let task = Task {
            state,
            store: Some(store),
            broken: None,
            staff: Outlet::new(staff_tx, STAFF_EVERY),
            phones: Outlet::new(phones_tx, PHONES_EVERY),
            shared: shared.clone(),
        };
        tokio::spawn(task.run(rx));
        Hub {
            jobs,
            staff,
            phones,
            hello,
            plan,
            state: shared,
        }
    }

    /// Decide, apply and commit a command; returns once it is durable.
    pub async fn submit(
        &self,
        command: Command,
        expect: Option<u64>,
        id: Option<String>,
    ) -> Result<Outcome, Rejection> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            command,
            expect,
            id,
            reply,
        };
        if self.jobs.send(job).await.is_err() {
            return Err(Rejection::Unavailable("the server is shutting down".into()));
        }
        answer
            .await
            .unwrap_or_else(|_| Err(Rejection::Unavailable("the server is shutting down".into())))
    }

    /// The latest frames for a role; `changed()` on the receiver wakes on
    /// every publish meant for it.
    pub fn subscribe(&self, role: Role) -> watch::Receiver<Arc<Published>> {
        match role {
            Role::Attendee => self.phones.clone(),
            Role::Chair | Role::Screen | Role::Stage => self.staff.clone(),
        }
    }

    pub fn latest(&self) -> Arc<Published> {
        self.staff.borrow().clone()
    }

    /// The first message on a socket: the role and the plan as it may see it.
    pub fn hello(&self, role: Role) -> Utf8Bytes {
        self.hello[role_index(role)].clone()
    }

    pub fn plan(&self) -> &Arc<Plan> {
        &self.plan
    }

    /// The state as of the last publish, for pages and exports.
    pub fn state(&self) -> Arc<State> {
        self.state
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

fn hello(plan: &Plan, role: Role) -> Utf8Bytes {
    #[derive(serde::Serialize)]
    struct Hello<'a> {
        r#type: &'static str,
        role: Role,
        plan: view::PlanView<'a>,
    }
    let text = serde_json::to_string(&Hello {
        r#type: "hello",
        role,
        plan: view::plan_view(plan, role),
    })
    .expect("a plan always serializes");
    Utf8Bytes::from(text)
}

fn publish(state: &State, now: Millis) -> Published {
    let frame = |role| {
        let text = serde_json::to_string(&view::Frame {
            r#type: "state",
            state: view::snapshot(state, role, now),
        })
        .expect("a snapshot always serializes");
        Utf8Bytes::from(text)
    };
    // The projector and the phones see the same public projection, so they
    // share one serialization.
    let public = frame(Role::Screen);
    Published {
        seq: state.seq,
        frames: [
            frame(Role::Chair),
            public.clone(),
            frame(Role::Stage),
            public,
        ],
    }
}

struct Task {
    state: State,
    store: Option<Store>,
    broken: Option<String>,
    staff: Outlet,
    phones: Outlet,
    shared: Arc<std::sync::RwLock<Arc<State>>>,
}

/// Where frames go out to one group of sockets, and how often.
struct Outlet {
    tx: watch::Sender<Arc<Published>>,
    every: Duration,
    last: Instant,
    /// Audience changes this group has not been sent yet.
    pending: bool,
}

impl Outlet {
    fn new(tx: watch::Sender<Arc<Published>>, every: Duration) -> Outlet {
        Outlet {
            tx,
            every,
            last: Instant::now(),
            pending: false,
        }
    }

    fn due(&self) -> Option<Instant> {
        self.pending.then_some(self.last + self.every)
    }

    fn send(&mut self, published: &Arc<Published>) {
        self.tx.send_replace(published.clone());
        self.last = Instant::now();
        self.pending = false;
    }
}

impl Task {
    async fn run(mut self, mut rx: mpsc::Receiver<Job>) {
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let due = [self.staff.due(), self.phones.due()]
                .into_iter()
                .flatten()
                .min();
            let deadline = due.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                received = rx.recv_many(&mut batch, BATCH) => {
                    if received == 0 {
                        break;
                    }
                    self.handle(&mut batch).await;
                }
                () = tokio::time::sleep_until(deadline), if due.is_some() => {
                    self.publish_due();
                }
            }
        }
        if self.staff.pending || self.phones.pending {
            self.publish();
        }
        tracing::debug!("hub stopped");
    }

    async fn handle(&mut self, batch: &mut Vec<Job>) {
        let now = now_ms();
        let mut log = Vec::new();
        let mut answers = Vec::with_capacity(batch.len());
        for job in batch.drain(..) {
            let result = self.decide(&job, now, &mut log);
            answers.push((job.reply, result));
        }
        let chair = log.iter().any(|e: &Envelope| e.event.is_chair());
        // The organiser's terminal shows every chair change (a failed save
        // is logged as an error below).
        for envelope in log.iter().filter(|e| e.event.is_chair()) {
            tracing::info!(seq = envelope.seq, "chair: {:?}", envelope.event);
        }
        if !log.is_empty() {
            if let Err(error) = self.commit(log).await {
                for (reply, result) in &mut answers {
                    let _ = reply;
                    if matches!(result, Ok(outcome) if outcome.applied) {
                        *result = Err(Rejection::Unavailable(error.clone()));
                    }
                }
            } else if chair {
                self.publish();
            } else {
                self.staff.pending = true;
                self.phones.pending = true;
            }
        }
        for (reply, result) in answers {
            let _ = reply.send(result);
        }
        // Chair changes went out at once; audience ones wait for their tick.
        self.publish_due();
    }

    fn decide(
        &mut self,
        job: &Job,
        now: Millis,
        log: &mut Vec<Envelope>,
    ) -> Result<Outcome, Rejection> {
        if let Some(reason) = &self.broken {
            return Err(Rejection::Unavailable(reason.clone()));
        }
        if let Some(id) = job.id.as_deref()
            && let Some(seq) = self.state.applied_id(id)
        {
            return Ok(Outcome {
                seq,
                applied: false,
            });
        }
        match self
            .state
            .decide(&job.command, job.expect, job.id.as_deref())
        {
            Ok(Some(event)) => {
                let envelope = Envelope {
                    seq: self.state.seq + 1,
                    at: now,
                    id: job.id.clone(),
                    event,
                };
                self.state.apply(&envelope);
                log.push(envelope);
                Ok(Outcome {
                    seq: self.state.seq,
                    applied: true,
                })
            }
            Ok(None) => Ok(Outcome {
                seq: self.state.seq,
                applied: false,
            }),
            Err(refusal) => Err(Rejection::Refused(refusal)),
        }
    }

    /// Write the batch; on failure, fall back to what is durable and stop
    /// accepting commands, so nothing unacknowledged is ever shown as done.
    async fn commit(&mut self, log: Vec<Envelope>) -> Result<(), String> {
        let Some(mut store) = self.store.take() else {
            return Err("the event log is closed".into());
        };
        let (store, result) = tokio::task::spawn_blocking(move || {
            let result = store.append(&log);
            (store, result)
        })
        .await
        .expect("the store thread does not panic");
        let outcome = match result {
            Ok(()) => Ok(()),
            Err(error) => {
                let reason = format!(
                    "the event log could not be written ({error}); nothing more is accepted. \
                     Restart the server once the disk is fixed: every acknowledged change is kept"
                );
                tracing::error!("{reason}");
                match store.events() {
                    Ok(events) => self.state = State::replay(self.state.plan.clone(), &events),
                    Err(e) => tracing::error!("could not reread the event log: {e}"),
                }
                self.broken = Some(reason.clone());
                self.publish();
                Err(reason)
            }
        };
        self.store = Some(store);
        outcome
    }

    /// Send the current state to everyone, now.
    fn publish(&mut self) {
        let published = self.snapshot();
        self.staff.send(&published);
        self.phones.send(&published);
    }

    /// Send audience changes to each group whose interval has passed.
    fn publish_due(&mut self) {
        let now = Instant::now();
        let staff = self.staff.due().is_some_and(|at| at <= now);
        let phones = self.phones.due().is_some_and(|at| at <= now);
        if !staff && !phones {
            return;
        }
        let published = self.snapshot();
        if staff {
            self.staff.send(&published);
        }
        if phones {
            self.phones.send(&published);
        }
    }

    fn snapshot(&mut self) -> Arc<Published> {
        *self
            .shared
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(self.state.clone());
        Arc::new(publish(&self.state, now_ms()))
    }
}
