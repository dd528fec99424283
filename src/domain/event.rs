//! What happened: the facts the event log keeps, in order.
//!
//! Events carry resolved values only; replaying them never consults a clock
//! or the outside world, so a restart folds to the same state.

use serde::{Deserialize, Serialize};

use super::command::{Answer, FollowUpStatus, MessageTarget, is_false};
use super::plan_patch::PlanPatch;

/// Milliseconds since the Unix epoch, as the server's clock read them.
pub type Millis = i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Started,
    /// The chair moved to another item (next, back or goto).
    MovedTo {
        item: ItemRef,
    },
    Paused,
    Resumed,
    Extended {
        seconds: i32,
    },
    Responded {
        ask: String,
        holder: String,
        answer: Answer,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    TurnoutAnnounced {
        institution: String,
        count: u32,
    },
    PledgeRevealed {
        pledge: String,
    },
    /// `text: None` clears the message. A message not `pin`ned is cleared
    /// when the chair moves to another item; logs written before pins
    /// hold none (`pin` reads as false).
    MessageSet {
        to: MessageTarget,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        pin: bool,
    },
    DisplaySet {
        qr: bool,
        timer: bool,
        turnout: bool,
    },
    /// A step in chasing a commitment, the organisers' record: not a
    /// chair change, so the chair's `undo` and `expect` never touch it.
    FollowUpRecorded {
        ask: String,
        holder: String,
        status: FollowUpStatus,
        /// The chair's; never published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// Published beside the step; logs written before it hold none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        public_note: Option<String>,
        /// The day the step happened, "YYYY-MM-DD"; empty in logs written
        /// before steps were dated: those happened the day they were
        /// recorded (the envelope's `at`, in the assembly's zone).
        on: String,
    },
    /// Who chases a commitment and by when, both whole: `None` clears.
    /// The organisers' record like a step: not a chair change.
    CommitmentSet {
        ask: String,
        holder: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<String>,
        /// "YYYY-MM-DD".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<String>,
    },
    /// A status said on stage for a commitment made at another assembly
    /// of the home (a report-back). That assembly's record holds the step;
    /// this one what the hall was shown. Like a step, not a chair change.
    ReportedBack {
        report: Box<super::state::Report>,
    },
    /// The latest step of one history taken back. Only the store writes
    /// it, upcasting a log from when a step was a chair change: there the
    /// chair's `undone` took the step back, and reads as this (see
    /// `store::upcast`). Like the step, not a chair change.
    FollowUpWithdrawn {
        ask: String,
        holder: String,
    },
    /// The chair's last change that has not been undone is reverted.
    Undone,
    Ended,
    /// The plan was changed: what changed, to apply to the plan before.
    /// Not a chair event: `undo` never reverts it. Logs written before
    /// patches hold the whole new plan instead; the store turns those into
    /// patches as it reads them (see `store::upcast`).
    PlanChanged {
        patch: Box<PlanPatch>,
    },
    CheckedIn {
        device: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        institution: Option<String>,
    },
    Pledged {
        device: String,
        pledge: String,
        yes: bool,
    },
}

impl Event {
    /// Chair events are the ones `undo` can revert and `expect` guards.
    pub fn is_chair(&self) -> bool {
        !matches!(
            self,
            Event::CheckedIn { .. }
                | Event::Pledged { .. }
                | Event::PlanChanged { .. }
                | Event::FollowUpRecorded { .. }
                | Event::FollowUpWithdrawn { .. }
                | Event::CommitmentSet { .. }
                | Event::ReportedBack { .. }
        )
    }
}

/// An item as an event names it: by id. (Logs written before items had
/// ids name it by its position; the store upcasts those to ids.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ItemRef {
    Id(String),
}

/// One entry of the event log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub seq: u64,
    pub at: Millis,
    /// The idempotency key the chair's command carried, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub event: Event,
}
