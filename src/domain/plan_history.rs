//! The record's account of plan changes, kept in proportion to the plan.
//!
//! A plan saved a hundred times does not keep a hundred lists of changes:
//! what the record tells is each entry's net change, from the plan the
//! record began with to the plan now (bounded by the plan's size), with how
//! many saves changed the entry and when last; each save itself leaves one
//! small line (its `seq`, time and number of changes).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::event::Millis;
use super::plan::Plan;
use super::plan_change::{Part, PlanChange, diff};

/// How often an entry was changed, and when last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Touched {
    /// Saves that changed the entry.
    pub saves: u32,
    /// The last of them.
    pub seq: u64,
    pub at: Millis,
}

/// One save of the plan, as the chair's record lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanSave {
    pub seq: u64,
    pub at: Millis,
    /// How many changes it made (see [`PlanChange`]).
    pub changes: u32,
}

/// One entry's change from the plan the record began with to the plan now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetChange {
    pub change: PlanChange,
    /// How many saves changed the entry, and the last of them.
    pub touched: Touched,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanHistory {
    /// The plan the record began with: net changes are told against it.
    pub base: Arc<Plan>,
    /// The plan before the latest change, so that change can be told.
    before: Arc<Plan>,
    /// (part, id) of every entry changed since the record began and still
    /// in the plan or in `base`.
    touched: BTreeMap<(Part, String), Touched>,
    /// The same, counting only the changes the public may see: a save that
    /// changed nothing but the chair's notes is not theirs to count.
    touched_public: BTreeMap<(Part, String), Touched>,
    /// Every save, oldest first: a few bytes each.
    pub saves: Vec<PlanSave>,
}

impl PlanHistory {
    pub fn new(plan: Arc<Plan>) -> PlanHistory {
        PlanHistory {
            base: plan.clone(),
            before: plan,
            touched: BTreeMap::new(),
            touched_public: BTreeMap::new(),
            saves: Vec::new(),
        }
    }

    /// Note a change from `old` to `new`, made at `seq`.
    pub(crate) fn record(&mut self, old: Arc<Plan>, new: &Plan, seq: u64, at: Millis) {
        let changes = diff(&old, new);
        touch(&mut self.touched, changes.iter(), seq, at);
        touch(
            &mut self.touched_public,
            changes.iter().filter(|c| !c.is_private()),
            seq,
            at,
        );
        // An entry added since the record began and taken away again has
        // no net change left to tell.
        for change in &changes {
            if let PlanChange::Removed { part, id, .. } = change
                && !in_plan(&self.base, *part, id)
            {
                self.touched.remove(&(*part, id.clone()));
                self.touched_public.remove(&(*part, id.clone()));
            }
        }
        self.saves.push(PlanSave {
            seq,
            at,
            changes: u32::try_from(changes.len()).unwrap_or(u32::MAX),
        });
        self.before = old;
    }

    /// What the latest change made to the plan, now `now`.
    pub fn last_changes(&self, now: &Plan) -> Vec<PlanChange> {
        diff(&self.before, now)
    }

    /// Each entry's change from the plan the record began with to `now`,
    /// in plan order; for the `public`, without changes to the chair's
    /// notes, nor saves that changed only those.
    pub fn net(&self, now: &Plan, public: bool) -> Vec<NetChange> {
        let touched = if public {
            &self.touched_public
        } else {
            &self.touched
        };
        diff(&self.base, now)
            .into_iter()
            .filter(|change| !(public && change.is_private()))
            .map(|change| {
                let (part, id) = change.entry();
                let touched = touched
                    .get(&(part, id.to_owned()))
                    .copied()
                    // Changed by a log that did not say so: once, unknown when.
                    .unwrap_or(Touched {
                        saves: 1,
                        seq: 0,
                        at: 0,
                    });
                NetChange { change, touched }
            })
            .collect()
    }
}

/// Count one save for every entry `changes` are to.
fn touch<'a>(
    touched: &mut BTreeMap<(Part, String), Touched>,
    changes: impl Iterator<Item = &'a PlanChange>,
    seq: u64,
    at: Millis,
) {
    let mut entries: Vec<(Part, &str)> = changes.map(PlanChange::entry).collect();
    entries.sort_unstable();
    entries.dedup();
    for (part, id) in entries {
        let touched = touched
            .entry((part, id.to_owned()))
            .or_insert(Touched { saves: 0, seq, at });
        touched.saves += 1;
        touched.seq = seq;
        touched.at = at;
    }
}

/// Whether `plan` has the entry `id` of `part`.
fn in_plan(plan: &Plan, part: Part, id: &str) -> bool {
    match part {
        Part::Assembly => true,
        Part::Institution => plan.institution(id).is_some(),
        Part::PowerHolder => plan.power_holder(id).is_some(),
        Part::Ask => plan.ask(id).is_some(),
        Part::Pledge => plan.pledge(id).is_some(),
        Part::Item => plan.item(id).is_some(),
    }
}
