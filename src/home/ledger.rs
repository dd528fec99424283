//! Every commitment of a home: an ask put to a power-holder at one of its
//! assemblies, with the answer given on the night and every follow-up
//! step since. Read from each assembly's state; the desk keeps them with
//! the assembly's summary (see `summary::Summaries`) until its record
//! changes, so listing thousands across years costs a lookup.

use serde::Serialize;

use crate::domain::State;
use crate::domain::command::{Answer, FollowUpStatus};

/// One commitment, as the alliance chases it.
#[derive(Debug, Clone, Serialize)]
pub struct Commitment {
    /// The assembly where the ask was put: its id (its folder's name).
    pub assembly: String,
    pub assembly_title: String,
    /// "YYYY-MM-DD", the day the assembly was held, when its plan says.
    pub day: Option<String>,
    pub ask: String,
    pub ask_title: String,
    /// The exact words put to the holder.
    pub ask_text: String,
    pub holder: String,
    pub holder_name: String,
    pub holder_role: String,
    /// The latest answer given on the night; `None` when none was.
    pub answer: Option<Answer>,
    /// Where it stands: the latest step's status; `None` before any step.
    pub status: Option<FollowUpStatus>,
    /// Who chases it: an institution's name, or as written.
    pub owner: Option<String>,
    /// "YYYY-MM-DD", by when it is due.
    pub due: Option<String>,
    /// The assembly's zone, where "today" is counted for overdue.
    #[serde(skip)]
    pub zone: crate::plan::Zone,
    /// Every follow-up step, oldest first.
    pub steps: Vec<Step>,
}

/// One follow-up step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// "YYYY-MM-DD", the day it happened.
    pub on: String,
    pub status: FollowUpStatus,
    /// What the alliance publishes about the step (never the private note).
    pub public_note: Option<String>,
}

impl Commitment {
    /// The day of the latest step.
    pub fn since(&self) -> Option<&str> {
        self.steps.last().map(|s| s.on.as_str())
    }

    /// Due before today (in the assembly's zone, at `now`) and not
    /// achieved: drawn at each read, never kept.
    pub fn overdue(&self, now: crate::domain::Millis) -> bool {
        crate::domain::state::overdue(
            self.due.as_deref(),
            self.status.unwrap_or(FollowUpStatus::NotStarted),
            self.zone.day(now),
        )
    }
}

/// Every commitment of assembly `id`, in plan order: each ask, each
/// holder it was put to.
pub fn commitments(id: &str, state: &State) -> Vec<Commitment> {
    let plan = &state.plan;
    let day = super::day_of(&plan.assembly);
    let zone = crate::plan::Zone::of(&plan.assembly);
    let mut all = Vec::new();
    for ask in &plan.asks {
        for holder_id in &ask.to {
            let holder = plan.power_holders.iter().find(|h| h.id == *holder_id);
            let answer = state
                .chair
                .responses
                .get(ask.id.as_str())
                .and_then(|by| by.get(holder_id.as_str()))
                .and_then(|answers| answers.last())
                .map(|r| r.answer);
            let steps: Vec<Step> = state
                .follow_ups
                .get(ask.id.as_str())
                .and_then(|by| by.get(holder_id.as_str()))
                .map(|steps| {
                    steps
                        .iter()
                        .map(|s| Step {
                            on: if s.on.is_empty() {
                                day_of_millis(s.at)
                            } else {
                                s.on.clone()
                            },
                            status: s.status,
                            public_note: s.public_note.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            let chase = state
                .chases
                .get(ask.id.as_str())
                .and_then(|by| by.get(holder_id.as_str()));
            let owner = chase.and_then(|c| c.owner.as_deref()).map(|owner| {
                plan.institutions
                    .iter()
                    .find(|i| i.id == owner)
                    .map_or_else(|| owner.to_owned(), |i| i.name.clone())
            });
            all.push(Commitment {
                assembly: id.to_owned(),
                assembly_title: plan.assembly.title.clone(),
                day: day.clone(),
                ask: ask.id.to_string(),
                ask_title: ask.title.clone(),
                ask_text: ask.text.clone(),
                holder: holder_id.to_string(),
                holder_name: holder.map_or_else(|| holder_id.to_string(), |h| h.name.clone()),
                holder_role: holder.map(|h| h.role.clone()).unwrap_or_default(),
                answer,
                status: steps.last().map(|s| s.status),
                owner,
                due: chase.and_then(|c| c.due.clone()),
                zone: zone.clone(),
                steps,
            });
        }
    }
    all
}

/// The UTC day of a time in milliseconds, for steps logged before steps
/// carried their day.
fn day_of_millis(at: i64) -> String {
    jiff::Timestamp::from_millisecond(at)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default()
}

/// Which commitments a reader asks for: each field empty for all.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub holder: String,
    #[serde(default)]
    pub assembly: String,
    /// A status code, or `none` for commitments with no step yet.
    #[serde(default)]
    pub status: String,
    /// An answer code (`yes`, `no`, `waffle`, `absent`), or `none`.
    #[serde(default)]
    pub answer: String,
    /// Overdue ones only, when "1".
    #[serde(default)]
    pub overdue: String,
    /// Who chases it, as the commitment names its owner, or `none` for
    /// commitments nobody chases yet.
    #[serde(default)]
    pub owner: String,
}

impl Filter {
    /// Whether `c` is shown, overdue counted at `now`.
    pub fn keeps(&self, c: &Commitment, now: crate::domain::Millis) -> bool {
        let code_matches = |wanted: &str, code: Option<&str>| {
            wanted.is_empty() || code.unwrap_or("none") == wanted
        };
        (self.holder.is_empty() || c.holder == self.holder)
            && (self.assembly.is_empty() || c.assembly == self.assembly)
            && code_matches(&self.status, c.status.map(FollowUpStatus::as_str))
            && code_matches(&self.answer, c.answer.map(Answer::as_str))
            && (self.overdue != "1" || c.overdue(now))
            && code_matches(&self.owner, c.owner.as_deref())
    }
}
