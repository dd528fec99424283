//! What people ask the assembly to do: chair commands and audience actions.
//!
//! A chair command is a flat JSON object named by `cmd`, exactly as it comes
//! over `POST /api/command` or the chair's websocket.

use serde::{Deserialize, Serialize};

/// Longest free text the chair can send to the stage or screen.
pub const MESSAGE_MAX: usize = 280;
/// Longest note on an answer.
pub const NOTE_MAX: usize = 1000;
/// Longest owner of a commitment: who chases it, as the organisers write it.
pub const OWNER_MAX: usize = 200;
/// Longest idempotency key.
pub const ID_MAX: usize = 100;
/// Largest turnout a chair can announce for one institution.
pub const TURNOUT_MAX: u32 = 100_000;
/// Largest single extension, either way.
pub const EXTEND_MAX_SECONDS: i32 = 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    /// Neither yes nor no: the chair presses for a clear answer.
    Waffle,
    /// The power-holder did not come; shown as an empty chair.
    Absent,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Waffle, Answer::Absent];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Waffle => "waffle",
            Answer::Absent => "absent",
        }
    }
}

/// Where a commitment made on stage stands in the months after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpStatus {
    NotStarted,
    InProgress,
    Achieved,
    Broken,
}

impl FollowUpStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FollowUpStatus::NotStarted => "not_started",
            FollowUpStatus::InProgress => "in_progress",
            FollowUpStatus::Achieved => "achieved",
            FollowUpStatus::Broken => "broken",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageTarget {
    /// The speaker's timer at the lectern.
    Stage,
    /// The projector, seen by the whole hall.
    Screen,
}

/// Optional flags are left out of the JSON when false, so commands and
/// events written before them read the same.
pub(crate) fn is_false(flag: &bool) -> bool {
    !*flag
}

/// A command only the chair may give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
pub enum ChairCommand {
    Start,
    Next,
    Back,
    /// Jump to an item by its 0-based index.
    Goto {
        item: usize,
    },
    Pause,
    Resume,
    /// Add (or with a negative number, take away) time on the current item.
    Extend {
        seconds: i32,
    },
    Respond {
        ask: String,
        holder: String,
        answer: Answer,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The count announced from the floor at the roll call. A count far
    /// above what the institution promised is refused unless `confirm`
    /// says the chair saw it and means it (see `state::unlikely_turnout`).
    Turnout {
        institution: String,
        count: u32,
        #[serde(default, skip_serializing_if = "is_false")]
        confirm: bool,
    },
    Reveal {
        pledge: String,
    },
    /// Show text on the stage or screen; empty text clears it. A message
    /// belongs to the item it was sent in: moving to another item clears
    /// it, unless `pin` keeps it.
    Message {
        to: MessageTarget,
        text: String,
        #[serde(default, skip_serializing_if = "is_false")]
        pin: bool,
    },
    /// Show or hide parts of the projector screen; omitted parts stay as they are.
    Display {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        qr: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timer: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        turnout: Option<bool>,
    },
    /// A step in chasing a commitment: where a power-holder stands on an
    /// ask they were put, whatever they answered on the night.
    FollowUp {
        /// The assembly where the ask was put, by its id in the home; left
        /// out, this one. Another assembly's makes the step a report-back:
        /// the holder, back on stage, says where they stand.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        assembly: Option<String>,
        ask: String,
        holder: String,
        status: FollowUpStatus,
        /// The chair's own note: never published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// What the public record says of the step, beside its status.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        public_note: Option<String>,
        /// The day the step happened, "YYYY-MM-DD". Left out, the hub fills
        /// in today in the assembly's zone (see `state::date_follow_up`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<String>,
        /// The chair has seen that the day is before the assembly and
        /// means it (a step taken in the run-up): see `date_follow_up`.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        confirm: bool,
    },
    /// Who chases a commitment and by when. Left out or empty, `owner`
    /// and `due` are cleared: the command says the whole of both.
    Commitment {
        ask: String,
        holder: String,
        /// Free text; an institution id of the plan is shown as its name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<String>,
        /// The day it is due, "YYYY-MM-DD".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<String>,
    },
    Undo,
    End,
}

impl ChairCommand {
    pub fn name(&self) -> &'static str {
        match self {
            ChairCommand::Start => "start",
            ChairCommand::Next => "next",
            ChairCommand::Back => "back",
            ChairCommand::Goto { .. } => "goto",
            ChairCommand::Pause => "pause",
            ChairCommand::Resume => "resume",
            ChairCommand::Extend { .. } => "extend",
            ChairCommand::Respond { .. } => "respond",
            ChairCommand::Turnout { .. } => "turnout",
            ChairCommand::Reveal { .. } => "reveal",
            ChairCommand::Message { .. } => "message",
            ChairCommand::Display { .. } => "display",
            ChairCommand::FollowUp { .. } => "follow_up",
            ChairCommand::Commitment { .. } => "commitment",
            ChairCommand::Undo => "undo",
            ChairCommand::End => "end",
        }
    }
}

/// Anything that can change the assembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Chair(ChairCommand),
    /// An attendee's phone checks in with an institution, or on its own.
    CheckIn {
        device: String,
        institution: Option<String>,
    },
    /// An attendee's yes or no to an audience pledge.
    Pledge {
        device: String,
        pledge: String,
        yes: bool,
    },
    /// The organiser's new plan, whole, already valid on its own; `expect`
    /// is the `plan_seq` the editor started from.
    ChangePlan(Box<crate::domain::plan::Plan>),
    /// What the home's other assemblies hold, read again after a step was
    /// recorded in one of them: the hub swaps it in whole. Never logged: it
    /// is not this assembly's to keep (see `state::Recall`).
    Recall(std::sync::Arc<crate::domain::state::Recall>),
}

impl Command {
    pub fn is_chair(&self) -> bool {
        matches!(self, Command::Chair(_))
    }
}
