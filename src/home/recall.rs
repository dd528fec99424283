//! What a live assembly recalls of its home: the commitments made at the
//! home's other assemblies, which a `report_back` item brings back on
//! stage, and where a status said there is written (the record of the
//! assembly where the ask was put).

use std::collections::HashSet;
use std::path::Path;

use super::Home;
use super::summary::{Read, Summaries};
use crate::domain::command::ChairCommand;
use crate::domain::plan::{Institution, PowerHolder};
use crate::domain::state::{Earlier, Recall};
use crate::domain::{Command, Millis};

/// The commitments of every assembly in `reads` but `own` that a holder
/// could report back on: each ask put to a holder that was answered on
/// the night or chased since. Oldest assembly first, each in plan order.
pub fn recall(own: &str, reads: &[Read]) -> Recall {
    let mut reads: Vec<&Read> = reads.iter().filter(|r| r.summary.id != own).collect();
    reads.sort_by(|a, b| super::summary::Summary::newest_first(&b.summary, &a.summary));
    let earlier = reads
        .iter()
        .flat_map(|read| read.commitments.iter())
        .filter(|c| c.answer.is_some() || !c.steps.is_empty())
        .map(|c| Earlier {
            assembly: c.assembly.clone(),
            title: c.assembly_title.clone(),
            day: c.day.clone(),
            ask: c.ask.clone(),
            ask_title: c.ask_title.clone(),
            holder: c.holder.clone(),
            answer: c.answer,
            status: c.status,
            public_note: c.steps.last().and_then(|s| s.public_note.clone()),
        })
        .collect();
    // Newest first, so each id is named as it was last.
    let mut institutions: Vec<Institution> = Vec::new();
    let mut power_holders: Vec<PowerHolder> = Vec::new();
    let (mut seen, mut met) = (HashSet::new(), HashSet::new());
    for read in reads.iter().rev() {
        let plan = &read.plan;
        institutions.extend(
            (plan.institutions.iter())
                .filter(|i| seen.insert(i.id.to_string()))
                .cloned(),
        );
        power_holders.extend(
            (plan.power_holders.iter())
                .filter(|h| met.insert(h.id.to_string()))
                .cloned(),
        );
    }
    Recall {
        id: Some(own.to_owned()),
        earlier,
        institutions,
        power_holders,
        // Set as it is handed over (`State::set_recall`).
        seq: 0,
    }
}

/// A live assembly's place in its home: where its report-backs' steps go.
#[derive(Debug, Clone)]
pub struct Link {
    pub home: Home,
    /// The live assembly's id.
    pub id: String,
}

impl Link {
    /// The home holding the data dir `data`, if it is one of a home's
    /// assemblies (its parent folder keeps a home key), with what the
    /// assembly recalls of the others. Read without writing to them.
    pub fn of_data_dir(data: &Path) -> Option<(Link, Recall)> {
        let data = data.canonicalize().ok()?;
        let parent = data.parent()?;
        Home::read_key(parent).ok()??;
        let id = data.file_name()?.to_str()?.to_owned();
        super::check_id(&id).ok()?;
        let home = Home::open(parent).ok()?;
        let summaries = Summaries::default();
        let reads: Vec<Read> = (home.ids().ok()?.iter())
            .filter(|other| **other != id)
            .filter_map(|other| match summaries.read(&home, other) {
                Ok(read) => Some(read),
                Err(e) => {
                    tracing::warn!(other, "cannot read this assembly of the home: {e}");
                    None
                }
            })
            .collect();
        let recall = recall(&id, &reads);
        Some((Link { home, id }, recall))
    }
}

impl crate::hub::Elsewhere for Link {
    fn record(
        &self,
        assembly: &str,
        command: Command,
        key: Option<&str>,
        now: Millis,
    ) -> Result<u64, String> {
        let mut step = command;
        let Command::Chair(ChairCommand::FollowUp {
            assembly: there,
            confirm,
            ..
        }) = &mut step
        else {
            return Err("only a follow-up step is recorded in another assembly".into());
        };
        // There it is that assembly's own step. The hub dated it in the
        // live assembly's zone; it keeps that day, however long after the
        // assembly where the ask was put.
        *there = None;
        *confirm = true;
        super::record_offline(&self.home, assembly, step, key, now, crate::i18n::english())
            .map_err(|why| format!("the step could not be kept in assembly \"{assembly}\": {why}"))
    }
}
