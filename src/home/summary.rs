//! What the desk lists of each assembly of a home: its title, day, venue,
//! where it stands, turnout against promised and its commitments by
//! status. Read from the record (without writing to it), and kept while
//! the record's files are unchanged, so the desk reads each record again
//! only after it changed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use serde::Serialize;

use crate::domain::command::{Answer, FollowUpStatus};
use crate::domain::state::Phase;
use crate::domain::{Plan, State};
use crate::store::Store;

/// Where an assembly stands, as the desk says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Not started yet.
    Planned,
    /// Served by this desk now (whatever its phase).
    Live,
    /// Started, not ended, and not served now: the night was cut short.
    Unfinished,
    Ended,
}

impl Stage {
    /// Its code, as the desk's JSON and the pages' messages name it.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Planned => "planned",
            Stage::Live => "live",
            Stage::Unfinished => "unfinished",
            Stage::Ended => "ended",
        }
    }
}

/// Commitments of one assembly, by where each stands now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Commitments {
    /// Every ask put to a holder.
    pub asked: u64,
    /// Of those, answered yes on the night (the latest answer).
    pub yes: u64,
    /// By the latest follow-up step; without one, none of these.
    pub not_started: u64,
    pub in_progress: u64,
    pub achieved: u64,
    pub broken: u64,
}

impl Commitments {
    /// Count one more commitment.
    pub fn add(&mut self, c: &super::ledger::Commitment) {
        self.asked += 1;
        self.yes += u64::from(c.answer == Some(Answer::Yes));
        match c.status {
            Some(FollowUpStatus::NotStarted) => self.not_started += 1,
            Some(FollowUpStatus::InProgress) => self.in_progress += 1,
            Some(FollowUpStatus::Achieved) => self.achieved += 1,
            Some(FollowUpStatus::Broken) => self.broken += 1,
            None => {}
        }
    }
}

/// One assembly, as the desk lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub venue: String,
    /// RFC 3339, from the plan.
    pub starts: Option<String>,
    /// "YYYY-MM-DD", the day it starts in its zone.
    pub day: Option<String>,
    pub stage: Stage,
    /// People counted: per institution the larger of the count announced
    /// and the phones checked in, and the phones on their own.
    pub came: u64,
    pub promised: u64,
    pub commitments: Commitments,
    /// Changes in its record.
    pub seq: u64,
}

impl Summary {
    /// The summary of assembly `id` in `state`, with its `commitments`
    /// (the ledger's, counted here); `live` when this desk serves it now.
    pub fn of(
        id: &str,
        state: &State,
        live: bool,
        commitments: &[super::ledger::Commitment],
    ) -> Summary {
        let plan: &Plan = &state.plan;
        let stage = match (live, state.chair.phase) {
            (true, _) => Stage::Live,
            (false, Phase::NotStarted) => Stage::Planned,
            (false, Phase::Ended) => Stage::Ended,
            (false, Phase::Running) => Stage::Unfinished,
        };
        let came = plan
            .institutions
            .iter()
            .zip(&state.audience.checked_in)
            .map(|(i, &phones)| {
                let announced = state
                    .chair
                    .turnout
                    .get(i.id.as_str())
                    .map_or(0, |a| a.count);
                u64::from(announced.max(phones))
            })
            .sum::<u64>()
            + u64::from(state.audience.on_own);
        let promised = plan
            .institutions
            .iter()
            .map(|i| u64::from(i.promised))
            .sum();
        let mut counts = Commitments::default();
        commitments.iter().for_each(|c| counts.add(c));
        Summary {
            id: id.to_owned(),
            title: plan.assembly.title.clone(),
            venue: plan.assembly.venue.clone(),
            starts: plan.assembly.starts.clone(),
            day: super::day_of(&plan.assembly),
            stage,
            came,
            promised,
            commitments: counts,
            seq: state.seq,
        }
    }

    /// Newest first: by the day it is held, then by id; an assembly with
    /// no day yet comes first (it is being planned).
    pub fn newest_first(a: &Summary, b: &Summary) -> std::cmp::Ordering {
        let day = |s: &Summary| s.starts.clone().unwrap_or_else(|| "9999".into());
        day(b).cmp(&day(a)).then_with(|| b.id.cmp(&a.id))
    }
}

/// The record's files as they stand: a change to any changes this.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp(Vec<(u64, Option<SystemTime>)>);

fn stamp(dir: &std::path::Path) -> Stamp {
    let file = crate::store::FILE;
    Stamp(
        [file.to_owned(), format!("{file}-wal")]
            .iter()
            .map(|name| match std::fs::metadata(dir.join(name)) {
                // Reading a record makes an empty journal: as good as none.
                Ok(meta) if meta.len() > 0 => (meta.len(), meta.modified().ok()),
                _ => (0, None),
            })
            .collect(),
    )
}

/// What the desk keeps of one assembly while its record is unchanged.
#[derive(Debug, Clone)]
pub struct Read {
    pub summary: Arc<Summary>,
    pub commitments: Arc<Vec<super::ledger::Commitment>>,
    /// Its plan as it is now: the home's institutions and power-holders.
    pub plan: Arc<Plan>,
}

impl Read {
    /// What `state` says of assembly `id`; `live` when this desk serves it.
    pub fn of(id: &str, state: &State, live: bool) -> Read {
        let commitments = super::ledger::commitments(id, state);
        Read {
            summary: Arc::new(Summary::of(id, state, live, &commitments)),
            commitments: Arc::new(commitments),
            plan: state.plan.clone(),
        }
    }
}

/// Summaries and commitments kept by id while their record is unchanged.
#[derive(Debug, Default)]
pub struct Summaries {
    kept: Mutex<HashMap<String, (Stamp, Read)>>,
}

impl Summaries {
    /// The summary of assembly `id` in `home`, not live: from the cache
    /// while its files are unchanged, else read again.
    pub fn get(&self, home: &super::Home, id: &str) -> Result<Arc<Summary>, String> {
        Ok(self.read(home, id)?.summary)
    }

    /// What the desk keeps of assembly `id` in `home`, not live.
    pub fn read(&self, home: &super::Home, id: &str) -> Result<Read, String> {
        let dir = home.path_of(id);
        let now = stamp(&dir);
        if let Some((kept, read)) = self.lock().get(id)
            && *kept == now
        {
            return Ok(read.clone());
        }
        let store = Store::open_existing(&dir).map_err(|e| e.to_string())?;
        let state = crate::store::replay(&store)?;
        let read = Read::of(id, &state, false);
        self.lock().insert(id.to_owned(), (now, read.clone()));
        Ok(read)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Stamp, Read)>> {
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
