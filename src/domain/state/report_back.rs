//! Report-backs: a power-holder back on stage to say what they did about
//! what they were asked at the home's earlier assemblies.
//!
//! The live assembly is handed those commitments when it starts
//! (`Recall`, read from the other assemblies' records; never from its own
//! log, so a replay never consults them). A status said on stage is a
//! follow-up step of the assembly where the ask was put, recorded there by
//! the hub's caller, and an event here (`Event::ReportedBack`) that carries
//! everything the screens and the report show of it, so this record reads
//! whole on its own.

use serde::{Deserialize, Serialize};

use crate::domain::command::{Answer, FollowUpStatus};

/// A commitment made at another assembly of the home, as it stood when
/// the live one started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earlier {
    /// The assembly where the ask was put: its id in the home.
    pub assembly: String,
    /// That assembly's title.
    pub title: String,
    /// "YYYY-MM-DD", the day it was held, when its plan says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    pub ask: String,
    pub ask_title: String,
    pub holder: String,
    /// The answer given on the night, if one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// The latest step's status, if any step was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FollowUpStatus>,
    /// The latest step's public note (never a private one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_note: Option<String>,
}

/// What a live assembly knows of its home: its own id there, the
/// commitments of the home's other assemblies, and their institutions and
/// power-holders (offered on /setup, so the same person keeps the same
/// id). Empty outside a home.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recall {
    /// This assembly's id in its home.
    pub id: Option<String>,
    /// Every commitment of the other assemblies, oldest assembly first.
    pub earlier: Vec<Earlier>,
    /// The other assemblies' institutions, one per id, as the newest has it.
    pub institutions: Vec<crate::domain::plan::Institution>,
    /// The other assemblies' power-holders, one per id, as the newest has it.
    pub power_holders: Vec<crate::domain::plan::PowerHolder>,
    /// This assembly's `seq` when it was read: every report-back made
    /// here up to it is already a step in `earlier` (each is written in
    /// the record where its ask was put), later ones are not yet.
    pub seq: u64,
}

impl Recall {
    /// Whether `assembly` names another assembly than this one: a
    /// follow-up step for it is a report-back.
    pub fn is_elsewhere(&self, assembly: &str) -> bool {
        !assembly.is_empty() && self.id.as_deref() != Some(assembly)
    }

    pub fn find(&self, assembly: &str, ask: &str, holder: &str) -> Option<&Earlier> {
        self.earlier
            .iter()
            .find(|e| e.assembly == assembly && e.ask == ask && e.holder == holder)
    }

    /// The commitments of `holder`, in the order they were made.
    pub fn of_holder<'a>(&'a self, holder: &'a str) -> impl Iterator<Item = &'a Earlier> + 'a {
        self.earlier.iter().filter(move |e| e.holder == holder)
    }
}

/// A status said on stage for an earlier commitment: the commitment as it
/// was recalled, and the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    #[serde(flatten)]
    pub commitment: Earlier,
    /// The status said on stage (the commitment's `status` is the one
    /// before it).
    pub said: FollowUpStatus,
    /// Published beside the step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The day it was said, "YYYY-MM-DD".
    pub on: String,
    /// The item on when it was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

/// A report-back as the state keeps it: the report and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reported {
    #[serde(flatten)]
    pub report: Report,
    pub at: crate::domain::Millis,
    /// The event's `seq`.
    pub seq: u64,
}
