//! The record of an assembly: what was answered, who came, how the time went.
//! Shared by the server's `/export/...` routes, `/report` and `assembly export`.
//!
//! Every export is made for an [`Access`]: the public record holds only what
//! the projector could show; the full record needs the chair key.
//!
//! Times are RFC 3339 with the offset of the assembly's zone at that moment
//! (`2026-05-14T19:00:00+01:00`): one instant for a program, the clock time
//! the hall saw for a person; the zone itself is `plan.assembly.timezone`.

use serde::Serialize;

use crate::domain::PlanChange;
use crate::domain::state::{ItemRun, Response};
use crate::domain::{Answer, ItemKind, Millis, Phase, State};
use crate::plan::Zone;
use crate::view::{self, Role};

mod files;
mod follow_ups;
mod tables;
mod xlsx;
pub use files::{EXPORTS, export, export_in, exports, write_all};
pub use follow_ups::{Commitment, SCORECARD, Step, commitments, counts};
pub use tables::{cell, follow_ups_csv, responses_csv, timings_csv, turnout_csv};

/// Version of `record.json`; raised when a field changes meaning.
pub const SCHEMA: u32 = 3;

/// Who a record is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Anyone: only what the projector could show, and the follow-up
    /// scorecard an alliance publishes. No chair notes, no notes on answers
    /// (the screen shows none) or on follow-up steps, no replaced answers
    /// and no pledge tally before it is revealed.
    Public,
    /// The chair key or the organiser's own machine: the full record.
    Chair,
}

impl Access {
    pub fn is_chair(self) -> bool {
        self == Access::Chair
    }

    /// The projection of the plan this access may see.
    fn role(self) -> Role {
        match self {
            Access::Public => Role::Screen,
            Access::Chair => Role::Chair,
        }
    }
}

/// One entry's net change since the record began, with how many saves
/// changed it and when last.
#[derive(Serialize)]
struct PlanChangeRecord {
    #[serde(flatten)]
    change: PlanChange,
    saves: u32,
    last_seq: u64,
    last_at: Option<String>,
}

fn plan_changes(state: &State, access: Access, zone: &Zone) -> Vec<PlanChangeRecord> {
    (state
        .plan_history
        .net(&state.plan, !access.is_chair())
        .into_iter())
    .map(|c| PlanChangeRecord {
        saves: c.touched.saves,
        last_seq: c.touched.seq,
        // Unknown for a change a log did not date.
        last_at: (c.touched.seq > 0).then(|| zone.rfc3339(c.touched.at)),
        change: c.change,
    })
    .collect()
}

/// One save of the plan, for the chair's record.
#[derive(Serialize)]
struct PlanSaveRecord {
    seq: u64,
    at: String,
    changes: u32,
}

fn plan_saves(state: &State, access: Access, zone: &Zone) -> Option<Vec<PlanSaveRecord>> {
    access.is_chair().then(|| {
        (state.plan_history.saves.iter())
            .map(|s| PlanSaveRecord {
                seq: s.seq,
                at: zone.rfc3339(s.at),
                changes: s.changes,
            })
            .collect()
    })
}

#[derive(Serialize)]
struct Record<'a> {
    schema: u32,
    /// `public` or `chair`: what this record leaves out.
    access: Access,
    generated_at: String,
    seq: u64,
    phase: Phase,
    started_at: Option<String>,
    ended_at: Option<String>,
    plan: view::PlanView<'a>,
    responses: Vec<ResponseRecord<'a>>,
    turnout: Vec<TurnoutRecord<'a>>,
    turnout_totals: Totals,
    runs: Vec<RunRecord<'a>>,
    timings: Vec<ItemTiming<'a>>,
    /// Planned against actual length of the whole assembly, in seconds.
    drift_seconds: Option<f64>,
    pledges: Vec<PledgeRecord<'a>>,
    /// Each entry's net change from the plan the record began with to
    /// `plan`, the plan as it is now, in plan order. Changes to the chair's
    /// notes are in the full record only.
    plan_changes: Vec<PlanChangeRecord>,
    /// Every save of the plan, oldest first: the full record only.
    #[serde(skip_serializing_if = "Option::is_none")]
    plan_saves: Option<Vec<PlanSaveRecord>>,
    /// Every commitment (each ask put to each power-holder) with its
    /// owner, due day and follow-up; public notes on steps in every
    /// record, the chair's notes in the full record only.
    follow_ups: Vec<follow_ups::FollowUpRecord<'a>>,
    /// How many commitments stand at each status: the scorecard.
    follow_up_counts: follow_ups::Counts,
}

/// Planned against actual time for one item of the running order.
#[derive(Debug, Clone, Serialize)]
pub struct ItemTiming<'a> {
    pub item: usize,
    pub title: &'a str,
    pub kind: ItemKind,
    pub planned_seconds: u32,
    /// The length the chair set: planned, with every +1/-1 min given while
    /// it ran (over all its visits). What the stage counted down from, so
    /// what "over" and "under" are measured against.
    pub set_seconds: i64,
    /// Running time over every visit, pauses excluded; 0 if never reached.
    pub actual_seconds: f64,
    /// Actual against set, in seconds: positive means over. `None` (null)
    /// for an item never reached.
    pub difference_seconds: Option<f64>,
    pub visits: usize,
    #[serde(skip)]
    pub first_started_at: Option<Millis>,
    #[serde(skip)]
    pub last_ended_at: Option<Millis>,
}

#[derive(Serialize)]
struct ResponseRecord<'a> {
    ask: &'a str,
    ask_title: &'a str,
    holder: &'a str,
    holder_name: &'a str,
    answer: Answer,
    /// The full record only (`null` there when none was given).
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Option<&'a str>>,
    answered_at: String,
    /// Earlier answers this one replaced, oldest first; the full record only.
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<HistoryRecord<'a>>>,
}

#[derive(Serialize)]
struct HistoryRecord<'a> {
    answer: Answer,
    note: Option<&'a str>,
    answered_at: String,
}

#[derive(Serialize)]
struct TurnoutRecord<'a> {
    institution: &'a str,
    name: &'a str,
    /// `None` (null) for an institution that promised nobody: a blank
    /// promise in the plan is 0 there, and "9 of 0 promised" reads wrong.
    promised: Option<u32>,
    announced: Option<u32>,
    phones: u32,
}

#[derive(Serialize)]
struct Totals {
    promised: u64,
    announced: u64,
    phones: u64,
    phones_on_own: u32,
}

#[derive(Serialize)]
struct RunRecord<'a> {
    /// Position in the running order as it is now.
    item: usize,
    item_id: &'a str,
    title: &'a str,
    planned_seconds: u32,
    started_at: String,
    ended_at: String,
    elapsed_seconds: f64,
    paused_seconds: f64,
    extended_seconds: f64,
}

#[derive(Serialize)]
struct PledgeRecord<'a> {
    pledge: &'a str,
    text: &'a str,
    revealed: bool,
    /// Counts: in the public record only once revealed.
    #[serde(skip_serializing_if = "Option::is_none")]
    yes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    no: Option<u32>,
}

fn history<'a>(earlier: &'a [Response], zone: &Zone) -> Vec<HistoryRecord<'a>> {
    earlier
        .iter()
        .map(|r| HistoryRecord {
            answer: r.answer,
            note: r.note.as_deref(),
            answered_at: zone.rfc3339(r.at),
        })
        .collect()
}

/// Each final answer, in plan order of asks and power-holders.
fn responses<'a>(state: &'a State, access: Access, zone: &Zone) -> Vec<ResponseRecord<'a>> {
    let chair = access.is_chair();
    commitments(state, zone)
        .into_iter()
        .filter_map(|c| {
            let answer = c.answer?;
            Some(ResponseRecord {
                ask: &c.ask.id,
                ask_title: &c.ask.title,
                holder: &c.holder.id,
                holder_name: &c.holder.name,
                answer: answer.answer,
                note: chair.then_some(answer.note.as_deref()),
                answered_at: zone.rfc3339(answer.at),
                history: chair.then(|| history(c.earlier, zone)),
            })
        })
        .collect()
}

/// A pledge's counts as `access` may see them: `None` while hidden.
pub fn tally(state: &State, pledge: usize, access: Access) -> Option<(u32, u32)> {
    let id = &state.plan.pledges.get(pledge)?.id;
    let tally = state.audience.tallies.get(pledge)?;
    (access.is_chair() || state.chair.revealed.contains(id.as_str()))
        .then_some((tally.yes, tally.no))
}

fn turnout(state: &State) -> Vec<TurnoutRecord<'_>> {
    state
        .plan
        .institutions
        .iter()
        .zip(&state.audience.checked_in)
        .map(|(i, &phones)| TurnoutRecord {
            institution: &i.id,
            name: &i.name,
            promised: (i.promised > 0).then_some(i.promised),
            announced: state.chair.turnout.get(i.id.as_str()).map(|a| a.count),
            phones,
        })
        .collect()
}

fn run<'a>(state: &'a State, run: &ItemRun, zone: &Zone) -> RunRecord<'a> {
    // An item once run stays in the plan: a change may not remove it.
    let index = state
        .plan
        .item_index(&run.item)
        .expect("items run stay in the plan");
    let item = &state.plan.items[index];
    RunRecord {
        item: index,
        item_id: &item.id,
        title: &item.title,
        planned_seconds: item.seconds,
        started_at: zone.rfc3339(run.started_at),
        ended_at: zone.rfc3339(run.ended_at),
        elapsed_seconds: run.elapsed_ms as f64 / 1000.0,
        paused_seconds: run.paused_ms as f64 / 1000.0,
        extended_seconds: run.extended_ms as f64 / 1000.0,
    }
}

/// Planned against actual time per item, counting the item running now up to `now`.
pub fn item_timings(state: &State, now: Millis) -> Vec<ItemTiming<'_>> {
    let mut rows: Vec<ItemTiming<'_>> = state
        .plan
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| ItemTiming {
            item: i,
            title: &item.title,
            kind: item.kind,
            planned_seconds: item.seconds,
            set_seconds: i64::from(item.seconds),
            actual_seconds: 0.0,
            difference_seconds: None,
            visits: 0,
            first_started_at: None,
            last_ended_at: None,
        })
        .collect();
    let open = state.chair.clock.as_ref().map(|c| ItemRun {
        item: c.item.clone(),
        started_at: c.started_at,
        ended_at: now,
        elapsed_ms: c.elapsed_ms(now),
        paused_ms: c.paused_total_ms(now),
        extended_ms: c.extended_ms,
    });
    for run in state.chair.runs.iter().chain(open.as_ref()) {
        let Some(row) = state
            .plan
            .item_index(&run.item)
            .and_then(|i| rows.get_mut(i))
        else {
            continue;
        };
        row.actual_seconds += run.elapsed_ms as f64 / 1000.0;
        // Extensions come in whole seconds.
        row.set_seconds += run.extended_ms / 1000;
        row.visits += 1;
        row.first_started_at.get_or_insert(run.started_at);
        row.last_ended_at = Some(run.ended_at);
    }
    for row in rows.iter_mut().filter(|r| r.visits > 0) {
        row.difference_seconds = Some(row.actual_seconds - row.set_seconds as f64);
    }
    rows
}

/// How far the assembly ran over (positive) or under its planned length,
/// in seconds: once ended, its actual against planned length; while
/// running, the projected finish against the planned one.
pub fn drift_seconds(state: &State, now: Millis) -> Option<f64> {
    state.timing(now).map(|t| t.drift_ms as f64 / 1000.0)
}

/// `record.json`: the record as `access` may see it.
pub fn record_json(state: &State, now: Millis, access: Access) -> String {
    let chair = &state.chair;
    let zone = Zone::of(&state.plan.assembly);
    let commitments = commitments(state, &zone);
    let follow_up_counts = follow_ups::count_record(&commitments);
    let record = Record {
        schema: SCHEMA,
        access,
        generated_at: zone.rfc3339(now),
        seq: state.seq,
        phase: chair.phase,
        started_at: chair.started_at.map(|t| zone.rfc3339(t)),
        ended_at: chair.ended_at.map(|t| zone.rfc3339(t)),
        plan: view::plan_view(&state.plan, access.role()),
        responses: responses(state, access, &zone),
        turnout: turnout(state),
        turnout_totals: Totals {
            promised: state.plan.total_promised(),
            announced: chair.turnout.values().map(|a| u64::from(a.count)).sum(),
            phones: state.audience.total(),
            phones_on_own: state.audience.on_own,
        },
        runs: chair.runs.iter().map(|r| run(state, r, &zone)).collect(),
        timings: item_timings(state, now),
        drift_seconds: drift_seconds(state, now),
        plan_changes: plan_changes(state, access, &zone),
        plan_saves: plan_saves(state, access, &zone),
        follow_ups: follow_ups::records(commitments, access, &zone, zone.day(now)),
        follow_up_counts,
        pledges: state
            .plan
            .pledges
            .iter()
            .enumerate()
            .map(|(n, p)| {
                let counts = tally(state, n, access);
                PledgeRecord {
                    pledge: &p.id,
                    text: &p.text,
                    revealed: chair.revealed.contains(p.id.as_str()),
                    yes: counts.map(|c| c.0),
                    no: counts.map(|c| c.1),
                }
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&record).expect("a record always serializes");
    text.push('\n');
    text
}
