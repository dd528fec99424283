//! The hub owns the live state. One task takes commands in batches, decides
//! and applies them, commits their events in one transaction, makes them
//! visible to readers, answers the senders only after that, and publishes
//! one frame per role that every socket of that role shares.
//!
//! Readers (pages, exports, `/api/state`) borrow the one committed state
//! behind a lock, never a copy: an acknowledged change is what the very next
//! request sees, and memory does not grow with the number of publishes.
//! Only the fan-out to sockets is coalesced.

mod follow;
mod outlets;
mod patch;
mod plans;
mod reads;
mod task;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use crate::domain::{Command, Envelope, Millis, Plan, Refusal, State};
use crate::store::Store;
use crate::view::{self, Role};
use plans::Plans;

/// Milliseconds since the Unix epoch, the clock every event is stamped with.
pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// What happened to a command that was accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The `seq` after the command (the event's own `seq` when applied).
    pub seq: u64,
    /// False when nothing changed: a repeated `id`, or a phone checking in again.
    pub applied: bool,
    /// On a relay, for a check-in: the device cookie value (`ID.MAC`) the
    /// venue signed for the phone. `None` on the venue's own server.
    pub device: Option<String>,
}

/// Where a phone's change comes from, as a relay's web layer knows it:
/// what it forwards for the venue to check. The venue's own hub ignores it
/// (its web layer checked the phone already).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The phone's device cookie as it sent it (`ID.MAC`), if well formed.
    pub cookie: Option<String>,
    /// The phone's address.
    pub client: Option<std::net::IpAddr>,
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    Refused(Refusal),
    /// The log cannot be written; nothing more is accepted.
    Unavailable(String),
    /// A relay cannot reach the hall's primary: nothing was sent.
    Unreachable(String),
}

pub use follow::{CUT_OFF, Feed, Upstream};

/// Why the hub takes no change now: the health check says it in a word
/// (`Stopped`, `CutOff`: a relay that reconnects by itself) or in the
/// fault's own words. Reads go on in every case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unhealthy {
    /// The hub's task ended: only a restart brings changes back.
    #[error(
        "the hub has stopped (an internal error, see the server's terminal): no change \
         can be made. Restart the server; every acknowledged change is kept"
    )]
    Stopped,
    /// The event log could not be written, or a relay's link stopped for
    /// good: why, for a person.
    #[error("{0}")]
    Fault(String),
    /// A relay without its link to the hall, for now.
    #[error("{CUT_OFF}")]
    CutOff,
}

/// The frames of one moment, serialized once per role.
#[derive(Debug)]
pub struct Published {
    pub seq: u64,
    /// The plan change these frames follow: a socket that last sent an
    /// older plan sends `hello` again first.
    pub plan_seq: u64,
    frames: [Utf8Bytes; 4],
    /// The plan as each role may see it, rebuilt only when it changes.
    plans: Arc<Plans>,
    /// On a relay that has lost the hall.
    cut_off: bool,
    /// Which of the phones' send-outs this is (0 for the first frames and
    /// the staff's).
    pub number: u64,
    /// The phones' state as a tree, which their next patch is made against
    /// (kept from its serialization, never parsed back).
    phone_state: Arc<serde_json::Value>,
    /// For the phones: this frame as a change from the one they were sent
    /// before it (see `patch`).
    patch: Option<Patch>,
}

/// A phones' frame as a merge patch on an earlier one.
#[derive(Debug)]
struct Patch {
    /// The `number` of the frame it applies to.
    base: u64,
    text: Utf8Bytes,
}

impl Published {
    pub fn frame(&self, role: Role) -> Utf8Bytes {
        self.frames[role_index(role)].clone()
    }

    /// What a socket that last sent the frame numbered `sent` sends now:
    /// the change alone when it applies to that frame, else the whole frame.
    pub fn next_for(&self, role: Role, sent: u64) -> Utf8Bytes {
        match &self.patch {
            Some(patch) if role == Role::Attendee && patch.base == sent => patch.text.clone(),
            _ => self.frame(role),
        }
    }

    /// These frames as the phones' send-out numbered `number`, following
    /// the one numbered `base` whose state was `before`.
    fn for_phones(&self, number: u64, base: Option<(u64, &serde_json::Value)>) -> Published {
        let patch = base.map(|(base, before)| {
            let change =
                patch::diff(before, &self.phone_state).unwrap_or_else(|| serde_json::json!({}));
            let change = serde_json::to_string(&change).expect("JSON always serializes");
            let hall = if self.cut_off { HALL } else { "" };
            Patch {
                base,
                text: format!(
                    r#"{{"type":"patch","seq":{},"state":{change}{hall}}}"#,
                    self.seq
                )
                .into(),
            }
        });
        Published {
            seq: self.seq,
            plan_seq: self.plan_seq,
            frames: self.frames.clone(),
            plans: self.plans.clone(),
            cut_off: self.cut_off,
            number,
            phone_state: self.phone_state.clone(),
            patch,
        }
    }

    /// The phones' state, as their patches compare it.
    pub(super) fn phone_state(&self) -> &Arc<serde_json::Value> {
        &self.phone_state
    }

    /// The `state` of the public frame, sliced from its text (see
    /// `frame_text` for its layout).
    fn public_state_text(&self) -> Utf8Bytes {
        let frame = self.frame(Role::Screen);
        let hall = if self.cut_off { HALL.len() } else { 0 };
        let end = frame.len() - hall - 1;
        let state = tokio_tungstenite::tungstenite::Bytes::from(frame).slice(STATE_HEAD.len()..end);
        Utf8Bytes::try_from(state).expect("sliced at ASCII")
    }

    /// The first message on a socket: the role and the plan as it may see it
    /// (a phone's with every language).
    pub fn hello(&self, role: Role) -> Utf8Bytes {
        self.plans.hello(role, None)
    }

    /// The same, a phone's with the translations into `lang` alone.
    pub fn hello_in(&self, role: Role, lang: Option<&str>) -> Utf8Bytes {
        self.plans.hello(role, lang)
    }

    /// What a socket of `role` whose page holds the plan of `held` sends
    /// before this frame: nothing when that is this plan; a phone holding
    /// the plan just before it, the change in its language (`lang`, as its
    /// page says it); any other, the `hello`.
    pub fn plan_for(&self, role: Role, held: Option<u64>, lang: Option<&str>) -> Option<Utf8Bytes> {
        self.plans.for_socket(role, held, lang)
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
    origin: Origin,
    reply: oneshot::Sender<Result<Outcome, Rejection>>,
}

/// The committed state, shared by the hub task (the only writer) and every
/// reader.
type Shared = Arc<RwLock<State>>;

/// A read of the committed state. It derefs to `State`.
///
/// Never hold it across `.await`: while it is held the hub cannot make the
/// next change visible. The guard is not `Send`, so an axum handler that
/// holds it across an `.await` does not compile.
pub struct StateGuard<'a>(RwLockReadGuard<'a, State>);

impl std::ops::Deref for StateGuard<'_> {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

fn read(shared: &RwLock<State>) -> StateGuard<'_> {
    // A poisoned lock means the hub panicked while applying a committed
    // batch: health says the hub stopped, and what the lock holds is still
    // the best record to read until the restart replays the log.
    StateGuard(
        shared
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner()),
    )
}

/// Whether a hub's task has ended (see `Hub::ended`).
pub struct Ended(Arc<JoinHandle<()>>);

impl Ended {
    pub fn now(&self) -> bool {
        self.0.is_finished()
    }
}

/// A cheap handle on the hub, shared by every request and socket.
#[derive(Clone)]
pub struct Hub {
    jobs: mpsc::Sender<Job>,
    /// Frames for the chair, screen and stage.
    staff: watch::Receiver<Arc<Published>>,
    /// Frames for the phones, sent out less often.
    phones: watch::Receiver<Arc<Published>>,
    state: Shared,
    /// The hub task: if it has finished while handles exist, it died.
    task: Arc<JoinHandle<()>>,
    /// Why the store stopped taking changes, once it has.
    fault: Arc<Mutex<Option<String>>>,
    /// True on a relay while its link to the hall is down.
    cut_off: Arc<AtomicBool>,
    /// Reads built off the lock and kept by `seq` (see `reads`).
    reads: Arc<reads::Reads>,
    /// Where a report-back's step is kept, in an assembly of a home.
    elsewhere: Option<Arc<dyn Elsewhere>>,
}

/// Where a report-back's step is written: the record of the assembly,
/// another than the hub's, where the ask was put (see `home::recall`).
pub trait Elsewhere: Send + Sync {
    /// Keep `command`, a follow-up step already dated, in `assembly`'s
    /// record, once per `key` (the chair's idempotency key: its retry is
    /// kept once there too); its `seq` there, or why it could not be kept.
    fn record(
        &self,
        assembly: &str,
        command: Command,
        key: Option<&str>,
        now: Millis,
    ) -> Result<u64, String>;
}

impl Hub {
    /// Replay the log and start the hub task.
    pub fn start(plan: Arc<Plan>, store: Store, log: Vec<Envelope>) -> Hub {
        let state = State::replay(plan, &log);
        drop(log);
        Hub::resume(state, store)
    }

    /// Start the hub task on a state already replayed from `store`'s log.
    pub fn resume(state: State, store: Store) -> Hub {
        let (ends, rx) = Ends::open(&state, false);
        let fault = Arc::new(Mutex::new(None));
        let (task, shared) = task::Task::new(
            state,
            store,
            ends.staff_tx.clone(),
            ends.phones_tx.clone(),
            fault.clone(),
        );
        let task = tokio::spawn(task.run(rx));
        ends.hub(shared, task, fault, Arc::default())
    }

    /// Decide, apply and commit a command; returns once it is durable and
    /// visible to every reader.
    pub async fn submit(
        &self,
        command: Command,
        expect: Option<u64>,
        id: Option<String>,
    ) -> Result<Outcome, Rejection> {
        self.submit_from(command, expect, id, Origin::default())
            .await
    }

    /// Swap in what the home's other assemblies hold now (a step was
    /// recorded in one of them): every screen shows it at once.
    pub async fn recall(&self, recall: crate::domain::state::Recall) -> Result<Outcome, Rejection> {
        let command = Command::Recall(Arc::new(recall));
        self.send(command, None, None, Origin::default()).await
    }

    /// Whether this hub's task has ended, asked without keeping it going
    /// (every `Hub` handle keeps it taking commands).
    pub fn ended(&self) -> Ended {
        Ended(self.task.clone())
    }

    /// This hub's report-backs keep their steps in `elsewhere`.
    pub fn with_elsewhere(mut self, elsewhere: Arc<dyn Elsewhere>) -> Hub {
        self.elsewhere = Some(elsewhere);
        self
    }

    /// `submit`, saying where a phone's change comes from: on a relay the
    /// venue checks the phone's cookie and address (see `Origin`).
    pub async fn submit_from(
        &self,
        command: Command,
        expect: Option<u64>,
        id: Option<String>,
        origin: Origin,
    ) -> Result<Outcome, Rejection> {
        if let Command::Chair(crate::domain::ChairCommand::FollowUp {
            assembly: Some(assembly),
            ..
        }) = &command
            && let Some(elsewhere) = &self.elsewhere
            && self.state().recall.is_elsewhere(assembly)
        {
            let assembly = assembly.clone();
            return self
                .report_back(elsewhere.clone(), assembly, command, expect, id)
                .await;
        }
        self.send(command, expect, id, origin).await
    }

    /// A status said on stage for a commitment of another assembly: kept
    /// first in that assembly's record (where the step belongs), then
    /// shown here. Checked against this state before either, so a step
    /// refused here is written nowhere.
    async fn report_back(
        &self,
        elsewhere: Arc<dyn Elsewhere>,
        assembly: String,
        mut command: Command,
        expect: Option<u64>,
        id: Option<String>,
    ) -> Result<Outcome, Rejection> {
        let now = now_ms();
        {
            let state = self.state();
            if let Some(seq) = id.as_deref().and_then(|id| state.applied_id(id)) {
                return Ok(Outcome {
                    seq,
                    applied: false,
                    device: None,
                });
            }
            crate::plan::date_step(&state.plan.assembly, &mut command, now)
                .map_err(Rejection::Refused)?;
            // A stale `expect` is refused here, before anything is written.
            state
                .decide(&command, expect, id.as_deref())
                .map_err(Rejection::Refused)?;
        }
        let there = command.clone();
        let key = id.as_ref().map(|id| format!("report-back-{id}"));
        tokio::task::spawn_blocking(move || {
            elsewhere.record(&assembly, there, key.as_deref(), now)
        })
        .await
        .unwrap_or_else(|e| Err(e.to_string()))
        .map_err(Rejection::Unavailable)?;
        self.send(command, expect, id, Origin::default()).await
    }

    async fn send(
        &self,
        command: Command,
        expect: Option<u64>,
        id: Option<String>,
        origin: Origin,
    ) -> Result<Outcome, Rejection> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            command,
            expect,
            id,
            origin,
            reply,
        };
        if self.jobs.send(job).await.is_err() {
            return Err(Rejection::Unavailable(self.stopped()));
        }
        answer
            .await
            .unwrap_or_else(|_| Err(Rejection::Unavailable(self.stopped())))
    }

    /// Why a command got no answer: the hub task is gone. Handles outlive
    /// it only when it died, or while the server stops.
    fn stopped(&self) -> String {
        "the server takes no more changes: it is stopping or hit an internal error \
         (see its terminal). Restart it; every acknowledged change is kept"
            .into()
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

    /// The plan as it is now: plan changes replace it.
    pub fn plan(&self) -> Arc<Plan> {
        self.state().plan.clone()
    }

    /// The committed state, for pages and exports: every acknowledged
    /// change is in it. Drop the guard before any `.await`.
    pub fn state(&self) -> StateGuard<'_> {
        read(&self.state)
    }

    /// The `seq` of the last committed change.
    pub fn seq(&self) -> u64 {
        self.state().seq
    }

    /// What `build` makes of the state as it is now, built on a blocking
    /// thread from a snapshot (never under the lock the hub writes with)
    /// and shared by every reader of the same `key` and `seq` (see
    /// `reads`). The key names the read and all it depends on besides the
    /// state, and one key always builds the same type.
    pub async fn built<T: Send + Sync + 'static>(
        &self,
        key: String,
        build: impl FnOnce(&State, Millis) -> T + Send + 'static,
    ) -> Arc<T> {
        self.reads.get(&self.state, key, build).await
    }

    /// The public state as the projector was last sent it, when that is
    /// the committed state: the bytes already serialised for the hall.
    pub fn public_state_sent(&self) -> Option<Utf8Bytes> {
        let published = self.latest();
        (published.seq == self.seq()).then(|| published.public_state_text())
    }

    /// True on a relay while it cannot reach the hall: what it shows may be
    /// out of date and it sends no change.
    pub fn cut_off(&self) -> bool {
        self.cut_off.load(Ordering::Relaxed)
    }

    /// `Ok` while the hub takes changes; otherwise why not.
    pub fn health(&self) -> Result<(), Unhealthy> {
        if self.task.is_finished() {
            return Err(Unhealthy::Stopped);
        }
        // A fault first: a relay whose link stopped for good says why
        // rather than that it reconnects.
        if let Some(reason) = &*self.fault.lock().unwrap_or_else(|p| p.into_inner()) {
            return Err(Unhealthy::Fault(reason.clone()));
        }
        if self.cut_off() {
            return Err(Unhealthy::CutOff);
        }
        Ok(())
    }
}

/// The channels between a hub task and the `Hub` handles: the frames out
/// (opened on `state`'s), and the jobs in.
struct Ends {
    staff_tx: watch::Sender<Arc<Published>>,
    phones_tx: watch::Sender<Arc<Published>>,
    staff: watch::Receiver<Arc<Published>>,
    phones: watch::Receiver<Arc<Published>>,
    jobs: mpsc::Sender<Job>,
}

impl Ends {
    fn open(state: &State, cut_off: bool) -> (Ends, mpsc::Receiver<Job>) {
        let first = Arc::new(publish(
            state,
            now_ms(),
            Arc::new(Plans::of(state)),
            cut_off,
        ));
        let (staff_tx, staff) = watch::channel(first.clone());
        let (phones_tx, phones) = watch::channel(first);
        let (jobs, rx) = mpsc::channel(16 * 1024);
        let ends = Ends {
            staff_tx,
            phones_tx,
            staff,
            phones,
            jobs,
        };
        (ends, rx)
    }

    /// The handle on the task now running with the senders.
    fn hub(
        self,
        state: Shared,
        task: JoinHandle<()>,
        fault: Arc<Mutex<Option<String>>>,
        cut_off: Arc<AtomicBool>,
    ) -> Hub {
        Hub {
            jobs: self.jobs,
            staff: self.staff,
            phones: self.phones,
            state,
            task: Arc::new(task),
            fault,
            cut_off,
            reads: Arc::new(reads::Reads::new()),
            elsewhere: None,
        }
    }
}

/// How every state frame begins: `{"type":"state","state":STATE}`, with
/// `HALL` before the closing brace on a relay cut off from the hall.
const STATE_HEAD: &str = r#"{"type":"state","state":"#;
/// Pages then say that what they show may be out of date.
const HALL: &str = r#","hall":"reconnecting""#;

/// One state frame's text; `cut_off` on a relay that has lost the hall.
fn frame_text(snapshot: impl serde::Serialize, cut_off: bool) -> Utf8Bytes {
    let state = serde_json::to_string(&snapshot).expect("a snapshot always serializes");
    let hall = if cut_off { HALL } else { "" };
    Utf8Bytes::from(format!("{STATE_HEAD}{state}{hall}}}"))
}

/// The frames of this moment; `cut_off` on a relay that has lost the hall.
fn publish(state: &State, now: Millis, plans: Arc<Plans>, cut_off: bool) -> Published {
    let frame = |role| frame_text(view::snapshot(state, role, now), cut_off);
    // The phones' frame from the snapshot itself, so `seq` leads as in every
    // frame (a tree's keys are sorted), and the tree their patches compare.
    let phone = view::phone_snapshot(state, now);
    let phone_state = serde_json::to_value(&phone).expect("a snapshot always serializes");
    let phone_state = Arc::new(phone_state);
    Published {
        seq: state.seq,
        plan_seq: state.plan_seq,
        plans,
        cut_off,
        number: 0,
        patch: None,
        frames: [
            frame(Role::Chair),
            frame(Role::Screen),
            frame(Role::Stage),
            // A phone is sent what it shows (see `view::PhoneSnapshot`).
            frame_text(&phone, cut_off),
        ],
        phone_state,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_follow;
#[cfg(test)]
mod tests_reads;
