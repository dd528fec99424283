//! The assembly's state as a fold of events, and the rules that turn a
//! command into the next event.
//!
//! The state splits in two: what the chair controls (`ChairState`; before
//! every chair event the undo stack notes what the event overwrites, so
//! `undo` can restore it) and what the audience does (`Audience`: check-ins
//! and pledges, large, never undone by the chair).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::Serialize;

use super::command::{Answer, FollowUpStatus};
use super::event::{Envelope, Millis};
use super::plan::{Item, ItemKind, Plan};
use super::plan_history::PlanHistory;
use super::undo::UndoStack;
use by_device::{ByDevice, Seeded};

mod apply;
mod by_device;
mod decide;
mod follow_up;
mod refusal;
mod report_back;

pub use follow_up::{date_follow_up, due_day, overdue};
pub use refusal::{Field, Param, Reason, Refusal, Why};
pub use report_back::{Earlier, Recall, Report, Reported};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    NotStarted,
    Running,
    Ended,
}

/// The timer of the item on now. Times are data, never tasks: anyone can
/// draw the countdown from these values and the current time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clock {
    /// Id of the item on now.
    pub item: String,
    pub started_at: Millis,
    /// Set while paused.
    pub paused_at: Option<Millis>,
    /// Paused time before `paused_at`, in milliseconds.
    pub paused_ms: i64,
    /// Extensions given so far, in milliseconds (may be negative).
    pub extended_ms: i64,
}

impl Clock {
    fn new(item: String, at: Millis) -> Clock {
        Clock {
            item,
            started_at: at,
            paused_at: None,
            paused_ms: 0,
            extended_ms: 0,
        }
    }

    /// Running time of the item at `now`, pauses excluded.
    pub fn elapsed_ms(&self, now: Millis) -> i64 {
        let until = self.paused_at.unwrap_or(now).max(self.started_at);
        (until - self.started_at - self.paused_ms).max(0)
    }

    /// Total paused time at `now`.
    pub fn paused_total_ms(&self, now: Millis) -> i64 {
        self.paused_ms + self.paused_at.map_or(0, |p| (now - p).max(0))
    }
}

/// One visit of an item, closed when the chair moved on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRun {
    /// Item id.
    pub item: String,
    pub started_at: Millis,
    pub ended_at: Millis,
    /// Running time, pauses excluded.
    pub elapsed_ms: i64,
    pub paused_ms: i64,
    pub extended_ms: i64,
}

/// One answer given on stage; later answers replace earlier ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Response {
    pub answer: Answer,
    pub note: Option<String>,
    pub at: Millis,
}

/// A count announced from the floor at the roll call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announced {
    pub count: u32,
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub text: String,
    pub at: Millis,
    /// Kept when the chair moves to another item; otherwise a message
    /// goes with the item it was sent in.
    pub pinned: bool,
}

/// Everything the chair controls, and so everything `undo` can restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChairState {
    pub phase: Phase,
    pub started_at: Option<Millis>,
    pub ended_at: Option<Millis>,
    /// Id of the current item; `None` before the start.
    pub current: Option<String>,
    pub clock: Option<Clock>,
    pub runs: Vec<ItemRun>,
    /// ask id -> holder id -> every answer in order; the last one counts.
    pub responses: BTreeMap<String, BTreeMap<String, Vec<Response>>>,
    /// institution id -> count announced at the roll call.
    pub turnout: BTreeMap<String, Announced>,
    pub revealed: BTreeSet<String>,
    pub stage_message: Option<Message>,
    pub screen_message: Option<Message>,
    pub display: Display,
}

/// ask id -> holder id -> every follow-up step, in the order recorded.
pub type FollowUps = BTreeMap<String, BTreeMap<String, Vec<FollowUp>>>;

/// One step in chasing a commitment after the assembly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub status: FollowUpStatus,
    /// The chair's; never published.
    pub note: Option<String>,
    /// Published beside the step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_note: Option<String>,
    /// When the step was recorded.
    pub at: Millis,
    /// The day it happened, "YYYY-MM-DD"; empty for steps logged before
    /// steps were dated, which happened the day they were recorded.
    pub on: String,
}

/// ask id -> holder id -> who chases the commitment and by when.
pub type Chases = BTreeMap<String, BTreeMap<String, Chase>>;

/// Who chases a commitment and by when, as last set. Whether it is
/// overdue is drawn from `due` and today, never stored (see `overdue`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Chase {
    /// Free text, or an institution id of the plan.
    pub owner: Option<String>,
    /// "YYYY-MM-DD".
    pub due: Option<String>,
}

/// What the projector shows besides the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Display {
    pub qr: bool,
    pub timer: bool,
    pub turnout: bool,
}

impl Default for Display {
    fn default() -> Display {
        Display {
            qr: true,
            timer: true,
            turnout: true,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
}

/// What the audience did: check-ins and pledges, one phone counting once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audience {
    /// device -> institution index, `None` for "on my own".
    devices: ByDevice<Option<usize>>,
    /// Checked-in phones per institution, in plan order.
    pub checked_in: Vec<u32>,
    /// Phones checked in on their own.
    pub on_own: u32,
    /// pledge index -> device -> yes.
    votes: Vec<ByDevice<bool>>,
    /// Per pledge, in plan order.
    pub tallies: Vec<Tally>,
}

impl Audience {
    fn new(plan: &Plan) -> Audience {
        Audience {
            devices: ByDevice::default(),
            checked_in: vec![0; plan.institutions.len()],
            on_own: 0,
            votes: vec![ByDevice::default(); plan.pledges.len()],
            tallies: vec![Tally::default(); plan.pledges.len()],
        }
    }

    /// Phones checked in, with an institution or on their own.
    pub fn total(&self) -> u64 {
        self.checked_in.iter().map(|&n| u64::from(n)).sum::<u64>() + u64::from(self.on_own)
    }

    /// `None` if the device never checked in; `Some(None)` if on its own.
    pub fn device(&self, device: &str) -> Option<Option<usize>> {
        self.devices.get(device)
    }

    pub fn vote(&self, pledge: usize, device: &str) -> Option<bool> {
        self.votes.get(pledge)?.get(device)
    }

    /// Follow a plan change: counts stay with their institution and pledge
    /// ids wherever the new plan puts them. A change never removes one the
    /// audience used (see `State::plan_locks`).
    fn remap(&mut self, old: &Plan, new: &Plan) {
        // By id through a map: a plan of 500 institutions is remapped on
        // every save and every replayed one.
        let at: HashMap<&str, usize> = (new.institutions.iter().enumerate())
            .map(|(n, i)| (i.id.as_str(), n))
            .collect();
        let institution: Vec<Option<usize>> = (old.institutions.iter())
            .map(|i| at.get(i.id.as_str()).copied())
            .collect();
        let mut checked_in = vec![0; new.institutions.len()];
        for (from, to) in institution.iter().enumerate() {
            if let Some(to) = to {
                checked_in[*to] = self.checked_in.get(from).copied().unwrap_or(0);
            }
        }
        self.checked_in = checked_in;
        for slot in self.devices.values_mut() {
            if let Some(i) = slot {
                // A device counted for a removed institution cannot be: its
                // count would have locked it. Counting it on its own keeps
                // the totals whole if a log ever held one.
                match institution.get(*i).copied().flatten() {
                    Some(to) => *i = to,
                    None => {
                        *slot = None;
                        self.on_own += 1;
                    }
                }
            }
        }
        let mut votes = vec![ByDevice::default(); new.pledges.len()];
        let mut tallies = vec![Tally::default(); new.pledges.len()];
        for (from, p) in old.pledges.iter().enumerate() {
            if let Some(to) = new.pledges.iter().position(|n| n.id == p.id) {
                votes[to] = std::mem::take(&mut self.votes[from]);
                tallies[to] = self.tallies[from];
            }
        }
        self.votes = votes;
        self.tallies = tallies;
    }

    fn slot(&mut self, institution: Option<usize>) -> &mut u32 {
        match institution {
            Some(i) => &mut self.checked_in[i],
            None => &mut self.on_own,
        }
    }
}

fn invalid(why: Why) -> Refusal {
    Refusal::Invalid(why)
}

/// The whole assembly at one `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub plan: Arc<Plan>,
    /// Number of the last event applied (0 before any).
    pub seq: u64,
    /// Number of the last chair event; `expect` is checked against it.
    pub chair_seq: u64,
    /// Number of the last plan change (0: the plan the log began with).
    pub plan_seq: u64,
    /// What plan changes changed, in proportion to the plan.
    pub plan_history: PlanHistory,
    /// ask id -> holder id -> every follow-up step, in the order recorded.
    /// Not the chair's: recorded by organisers on the night or months
    /// later, so the chair's `undo` and `expect` never touch them.
    pub follow_ups: FollowUps,
    /// Who chases each commitment and by when; like the steps, the
    /// organisers' and never the chair's `undo`'s.
    pub chases: Chases,
    /// Number of the last follow-up step or chase set; the follow-up page
    /// redraws on it.
    pub follow_up_seq: u64,
    /// The commitments of the home's other assemblies, as they stood when
    /// this one started (empty outside a home): not from the log.
    pub recall: Arc<Recall>,
    /// Every status said on stage for one of them, in order.
    pub reported: Vec<Reported>,
    pub chair: ChairState,
    pub audience: Audience,
    /// What each recent chair event overwrote, latest last.
    undo: UndoStack,
    /// Idempotency keys seen, with the `seq` their command was applied at
    /// (hashed as device ids are: SipHash was 5 % of the venue's CPU for
    /// check-ins through relays, each of which comes with a key).
    ids: HashMap<String, u64, Seeded>,
}

impl State {
    pub fn new(plan: Arc<Plan>) -> State {
        let audience = Audience::new(&plan);
        State {
            plan_history: PlanHistory::new(plan.clone()),
            plan,
            seq: 0,
            chair_seq: 0,
            plan_seq: 0,
            chair: ChairState {
                phase: Phase::NotStarted,
                started_at: None,
                ended_at: None,
                current: None,
                clock: None,
                runs: Vec::new(),
                responses: BTreeMap::new(),
                turnout: BTreeMap::new(),
                revealed: BTreeSet::new(),
                stage_message: None,
                screen_message: None,
                display: Display::default(),
            },
            follow_ups: BTreeMap::new(),
            chases: BTreeMap::new(),
            follow_up_seq: 0,
            recall: Arc::default(),
            reported: Vec::new(),
            audience,
            undo: UndoStack::default(),
            ids: HashMap::default(),
        }
    }

    /// Fold a log of events into a state.
    pub fn replay<'a>(plan: Arc<Plan>, log: impl IntoIterator<Item = &'a Envelope>) -> State {
        let mut state = State::new(plan);
        for envelope in log {
            state.apply(envelope);
        }
        state
    }

    /// Hand this assembly what its home holds now (see `Recall`), read
    /// from the records after every report-back made here so far: each is
    /// a step there already, so it is marked with this `seq`.
    pub fn set_recall(&mut self, mut recall: Recall) -> Arc<Recall> {
        recall.seq = self.seq;
        self.recall = Arc::new(recall);
        self.recall.clone()
    }

    /// The `seq` a command with this idempotency key was applied at, if any.
    pub fn applied_id(&self, id: &str) -> Option<u64> {
        self.ids.get(id).copied()
    }

    /// How many chair changes `undo` could still revert.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// The pledge the audience can answer now: the one the current item is about.
    pub fn open_pledge(&self) -> Option<&str> {
        if self.chair.phase != Phase::Running {
            return None;
        }
        let item = self.current_item()?;
        match item.kind {
            ItemKind::Pledge => item.pledge.as_deref(),
            _ => None,
        }
    }

    /// The item on now, if the assembly has started.
    pub fn current_item(&self) -> Option<&Item> {
        self.plan.item(self.chair.current.as_deref()?)
    }

    /// Position of the item on now in the running order.
    pub fn current_index(&self) -> Option<usize> {
        self.plan.item_index(self.chair.current.as_deref()?)
    }

    pub fn institution_index(&self, id: &str) -> Option<usize> {
        self.plan.institutions.iter().position(|i| i.id == id)
    }

    pub fn pledge_index(&self, id: &str) -> Option<usize> {
        self.plan.pledges.iter().position(|p| p.id == id)
    }
}
