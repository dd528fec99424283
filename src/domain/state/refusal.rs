//! Why a command was not applied, as codes with named values: the domain
//! says what is wrong, and each page says it in its language (the messages
//! are `refusal-<code>` in `assets/locales/*.ftl`; the English one is what
//! `Display` and the API give).

use serde::{Deserialize, Serialize};

use crate::domain::plan_change::Locked;

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Another chair change happened since the sender's `expect`.
    Conflict { expected: u64, latest: u64 },
    /// The command makes no sense now; the code says why.
    Invalid(Why),
    /// The plan was changed since the editor's `expect`.
    StalePlan { expected: u64, latest: u64 },
    /// The plan change takes away or rewrites what the record refers to.
    Locked(Vec<Locked>),
}

/// A named value of a refusal: a number (chooses plurals, written with the
/// language's digits) or a text (an id, a title, a day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Param {
    Number(i64),
    Text(String),
}

impl From<&str> for Param {
    fn from(text: &str) -> Param {
        Param::Text(text.to_owned())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Param {
        Param::Text(text)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Param {
            fn from(n: $t) -> Param {
                Param::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
numbers!(i32, i64, u32, u64, usize);

/// A refusal as it travels: its code and its named values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub code: &'static str,
    pub params: Vec<(&'static str, Param)>,
}

impl Reason {
    pub fn new(code: &'static str) -> Reason {
        Reason {
            code,
            params: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Param>) -> Reason {
        self.params.push((name, value.into()));
        self
    }

    /// The named values as a JSON object, for the wire.
    pub fn args(&self) -> serde_json::Map<String, serde_json::Value> {
        self.params
            .iter()
            .map(|(name, value)| {
                let value = serde_json::to_value(value).expect("a param serializes");
                ((*name).to_owned(), value)
            })
            .collect()
    }
}

/// Which free text a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Note,
    Message,
    /// A follow-up step's published note.
    PublicNote,
    /// Who chases a commitment.
    Owner,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Note => "note",
            Field::Message => "message",
            Field::PublicNote => "public_note",
            Field::Owner => "owner",
        }
    }
}

/// Why a command makes no sense now. Chair refusals are read by the chair
/// (or an API client); the phone's (`BadDevice` to `PledgeClosed`) by an
/// attendee. They travel between a relay and the primary as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    /// The idempotency key is empty or too long.
    BadCommandId {
        max: usize,
    },
    NotStarted,
    Ended,
    AlreadyRunning,
    /// `start` after `end`.
    CannotRestart,
    LastItem,
    FirstItem,
    /// `goto` past the running order; items are numbered 0 to `last`.
    NoSuchItem {
        item: usize,
        last: usize,
    },
    AlreadyCurrent {
        item: usize,
    },
    AlreadyPaused,
    NotPaused,
    /// An extension of 0 or beyond `max` seconds either way.
    BadExtension {
        max: i32,
    },
    /// Taking away more time than the item has left planned.
    BelowZero {
        title: String,
        left: i64,
    },
    /// `asks`: the plan's ask ids (they travel quoted, with `n`, how many).
    NoSuchAsk {
        ask: String,
        asks: Vec<String>,
    },
    NotPutTo {
        ask: String,
        holder: String,
        holders: Vec<String>,
    },
    NoSuchInstitution {
        institution: String,
    },
    BadTurnout {
        max: u32,
    },
    /// A count far above the promise (or the phones, with none promised):
    /// sent again with `confirm: true` if the chair means it.
    TurnoutUnlikely {
        institution: String,
        name: String,
        count: u32,
        promised: u32,
        phones: u32,
    },
    NoSuchPledge {
        pledge: String,
        pledges: Vec<String>,
    },
    AlreadyRevealed {
        pledge: String,
    },
    NoMessage,
    DisplayUnchanged,
    /// Undo has taken back every change it remembers.
    UndoExhausted {
        depth: usize,
    },
    NothingToUndo,
    /// `character` describes it ("U+001B (ESC)"); `at` counts from 1.
    ControlCharacter {
        field: Field,
        character: String,
        at: usize,
    },
    TooLong {
        field: Field,
        length: usize,
        max: usize,
    },
    StepDayFormat {
        text: String,
    },
    StepNotADay {
        text: String,
    },
    StepTooEarly {
        text: String,
        first: String,
    },
    StepInFuture {
        day: String,
        today: String,
    },
    /// A step dated before the assembly, not confirmed.
    StepBeforeAssembly {
        day: String,
        assembly: String,
    },
    /// The phone's device id is missing or malformed.
    BadDevice,
    /// A phone checks in with an institution the plan does not have.
    UnknownGroup {
        institution: String,
    },
    /// A phone answers a pledge the plan does not have.
    UnknownPledge {
        pledge: String,
    },
    NotCheckedIn,
    PledgeClosed,
    /// A commitment's due day, not written YYYY-MM-DD.
    DueDayFormat {
        text: String,
    },
    DueNotADay {
        text: String,
    },
    DueTooEarly {
        text: String,
        first: String,
    },
    /// A report-back names a commitment the home's other assemblies do
    /// not hold (or the assembly is not in a home).
    NotEarlier {
        assembly: String,
        ask: String,
        holder: String,
    },
}

impl Why {
    /// Every code, in the order of the variants.
    pub const CODES: [&'static str; 40] = [
        "bad_command_id",
        "not_started",
        "ended",
        "already_running",
        "cannot_restart",
        "last_item",
        "first_item",
        "no_such_item",
        "already_current",
        "already_paused",
        "not_paused",
        "bad_extension",
        "below_zero",
        "no_such_ask",
        "not_put_to",
        "no_such_institution",
        "bad_turnout",
        "no_such_pledge",
        "already_revealed",
        "no_message",
        "display_unchanged",
        "undo_exhausted",
        "nothing_to_undo",
        "control_character",
        "too_long",
        "step_day_format",
        "step_not_a_day",
        "step_too_early",
        "step_in_future",
        "bad_device",
        "unknown_group",
        "unknown_pledge",
        "not_checked_in",
        "pledge_closed",
        "step_before_assembly",
        "turnout_unlikely",
        "due_day_format",
        "due_not_a_day",
        "due_too_early",
        "not_earlier",
    ];

    pub fn code(&self) -> &'static str {
        Why::CODES[self.index()]
    }

    fn index(&self) -> usize {
        match self {
            Why::BadCommandId { .. } => 0,
            Why::NotStarted => 1,
            Why::Ended => 2,
            Why::AlreadyRunning => 3,
            Why::CannotRestart => 4,
            Why::LastItem => 5,
            Why::FirstItem => 6,
            Why::NoSuchItem { .. } => 7,
            Why::AlreadyCurrent { .. } => 8,
            Why::AlreadyPaused => 9,
            Why::NotPaused => 10,
            Why::BadExtension { .. } => 11,
            Why::BelowZero { .. } => 12,
            Why::NoSuchAsk { .. } => 13,
            Why::NotPutTo { .. } => 14,
            Why::NoSuchInstitution { .. } => 15,
            Why::BadTurnout { .. } => 16,
            Why::NoSuchPledge { .. } => 17,
            Why::AlreadyRevealed { .. } => 18,
            Why::NoMessage => 19,
            Why::DisplayUnchanged => 20,
            Why::UndoExhausted { .. } => 21,
            Why::NothingToUndo => 22,
            Why::ControlCharacter { .. } => 23,
            Why::TooLong { .. } => 24,
            Why::StepDayFormat { .. } => 25,
            Why::StepNotADay { .. } => 26,
            Why::StepTooEarly { .. } => 27,
            Why::StepInFuture { .. } => 28,
            Why::BadDevice => 29,
            Why::UnknownGroup { .. } => 30,
            Why::UnknownPledge { .. } => 31,
            Why::NotCheckedIn => 32,
            Why::PledgeClosed => 33,
            Why::StepBeforeAssembly { .. } => 34,
            Why::TurnoutUnlikely { .. } => 35,
            Why::DueDayFormat { .. } => 36,
            Why::DueNotADay { .. } => 37,
            Why::DueTooEarly { .. } => 38,
            Why::NotEarlier { .. } => 39,
        }
    }

    /// The code with its named values.
    pub fn reason(&self) -> Reason {
        let reason = Reason::new(self.code());
        match self {
            Why::BadCommandId { max } => reason.with("max", *max),
            Why::NoSuchItem { item, last } => reason.with("item", *item).with("last", *last),
            Why::AlreadyCurrent { item } => reason.with("item", *item),
            Why::BadExtension { max } => reason.with("max", *max),
            Why::BelowZero { title, left } => {
                reason.with("title", title.as_str()).with("left", *left)
            }
            Why::NoSuchAsk { ask, asks } => reason
                .with("ask", ask.as_str())
                .with("asks", quoted(asks))
                .with("n", asks.len()),
            Why::NotPutTo {
                ask,
                holder,
                holders,
            } => reason
                .with("ask", ask.as_str())
                .with("holder", holder.as_str())
                .with("holders", quoted(holders))
                .with("n", holders.len()),
            Why::NoSuchInstitution { institution } | Why::UnknownGroup { institution } => {
                reason.with("institution", institution.as_str())
            }
            Why::BadTurnout { max } => reason.with("max", *max),
            // The chair knows which institution it sent; the message
            // names it as the hall does.
            Why::TurnoutUnlikely {
                name,
                count,
                promised,
                phones,
                ..
            } => reason
                .with("name", name.as_str())
                .with("count", *count)
                .with("promised", *promised)
                .with("phones", *phones),
            Why::NoSuchPledge { pledge, pledges } => reason
                .with("pledge", pledge.as_str())
                .with("pledges", quoted(pledges))
                .with("n", pledges.len()),
            Why::AlreadyRevealed { pledge } | Why::UnknownPledge { pledge } => {
                reason.with("pledge", pledge.as_str())
            }
            Why::UndoExhausted { depth } => reason.with("depth", *depth),
            Why::ControlCharacter {
                field,
                character,
                at,
            } => reason
                .with("field", field.code())
                .with("character", character.as_str())
                .with("at", *at),
            Why::TooLong { field, length, max } => reason
                .with("field", field.code())
                .with("length", *length)
                .with("max", *max),
            Why::StepDayFormat { text }
            | Why::StepNotADay { text }
            | Why::DueDayFormat { text }
            | Why::DueNotADay { text } => reason.with("text", text.as_str()),
            Why::StepTooEarly { text, first } | Why::DueTooEarly { text, first } => reason
                .with("text", text.as_str())
                .with("first", first.as_str()),
            Why::StepInFuture { day, today } => reason
                .with("day", day.as_str())
                .with("today", today.as_str()),
            Why::NotEarlier {
                assembly,
                ask,
                holder,
            } => reason
                .with("assembly", assembly.as_str())
                .with("ask", ask.as_str())
                .with("holder", holder.as_str()),
            Why::StepBeforeAssembly { day, assembly } => reason
                .with("day", day.as_str())
                .with("assembly", assembly.as_str()),
            Why::NotStarted
            | Why::Ended
            | Why::AlreadyRunning
            | Why::CannotRestart
            | Why::LastItem
            | Why::FirstItem
            | Why::AlreadyPaused
            | Why::NotPaused
            | Why::NoMessage
            | Why::DisplayUnchanged
            | Why::NothingToUndo
            | Why::BadDevice
            | Why::NotCheckedIn
            | Why::PledgeClosed => reason,
        }
    }
}

/// Ids as a list to quote: "`a`, `b`".
fn quoted(ids: &[String]) -> String {
    let ids: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    ids.join(", ")
}

impl Refusal {
    /// Every code a refusal can have.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        Why::CODES
            .into_iter()
            .chain(["conflict", "stale_plan", "plan_locked"])
    }

    pub fn code(&self) -> &'static str {
        self.reason().code
    }

    /// The code with its named values. A locked plan change names what
    /// the record keeps in `reasons` (the organiser's English, see
    /// `plan_change::Locked`).
    pub fn reason(&self) -> Reason {
        match self {
            Refusal::Conflict { expected, latest } => Reason::new("conflict")
                .with("expected", *expected)
                .with("latest", *latest),
            Refusal::Invalid(why) => why.reason(),
            Refusal::StalePlan { expected, latest } => Reason::new("stale_plan")
                .with("expected", *expected)
                .with("latest", *latest),
            Refusal::Locked(locked) => {
                let reasons: Vec<String> = locked.iter().map(ToString::to_string).collect();
                Reason::new("plan_locked")
                    .with("n", locked.len())
                    .with("reasons", reasons.join("; "))
            }
        }
    }
}
