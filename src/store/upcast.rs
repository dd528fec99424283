//! Every shape an older version wrote, turned into today's as the store
//! reads it (as cqrs-es upcasts), so the domain, the link to relays and
//! the relays themselves see only today's events and plans. Each shape
//! is upcast here and nowhere else:
//!
//! - a plan change holding the whole new plan (before patches): today's
//!   patch against the plan so far;
//! - a move naming the item by its position (before items had ids): the
//!   id of the item at that position in the plan so far;
//! - a saved plan whose items have no ids: ids derived from the titles,
//!   as the version that saved it derived them ([`read_plan`]);
//! - a follow-up step as a chair change (`followed_up`, from before steps
//!   were the organisers'): a `FollowUpRecorded`. The chair's `undo` could
//!   take such a step back, so the upcast keeps the chair's undo stack as
//!   that version kept it (which changes are on it, and which of them are
//!   steps), and an `undone` that took a step back reads as the
//!   `FollowUpWithdrawn` of it. The record comes to the same steps, and
//!   the other `undone`s take back the same chair changes as before.
//!
//! Schema 1 logs hold the first two and the steps; schema 2 and 3 ones may
//! too, before their `legacy_until`. Opened to write, a record is marked
//! schema 4 (an older version then refuses it rather than misread it), its
//! saved plan is rewritten with ids, and `legacy_until` notes its last event
//! that may be of an old kind or undo one: events after it are read as they
//! are, with no upcast.

use std::cell::RefCell;
use std::collections::VecDeque;

use rusqlite::params;
use serde::Deserialize;

use super::{Result, SCHEMA, Store};
use crate::domain::command::FollowUpStatus;
use crate::domain::undo::UNDO_DEPTH;
use crate::domain::{Event, ItemRef, Plan, PlanPatch};

/// The meta key of the last `seq` an older version may have written.
const LEGACY_UNTIL: &str = "legacy_until";

/// The meta key saying whether events up to `legacy_until` hold follow-up
/// steps as chair changes ("1") or not ("0").
const LEGACY_STEPS: &str = "legacy_steps";

/// A plan change as versions before patches wrote it (its `changes` were
/// for the record, which today tells them from the patches).
#[derive(Deserialize)]
struct WholePlan {
    #[serde(rename = "type")]
    kind: String,
    plan: Plan,
}

/// A move as versions before item ids wrote it: the item's position in
/// the plan then.
#[derive(Deserialize)]
struct MoveByPosition {
    #[serde(rename = "type")]
    kind: String,
    item: usize,
}

/// A follow-up step as versions before steps were the organisers' wrote
/// it: a chair change.
#[derive(Deserialize)]
struct StepAsChairChange {
    #[serde(rename = "type")]
    kind: String,
    ask: String,
    holder: String,
    status: FollowUpStatus,
    #[serde(default)]
    note: Option<String>,
    /// Empty in logs written before steps were dated.
    #[serde(default)]
    on: String,
}

/// A plan as stored (saved, or remembered from a plan file), in today's
/// shape: items saved before they had ids get the ids their titles give,
/// the same ones the version that saved it used.
pub fn read_plan(json: &str) -> serde_json::Result<Plan> {
    let mut plan: Plan = serde_json::from_str(json)?;
    plan.settle_item_ids();
    Ok(plan)
}

/// What the store remembers of an older version's events.
#[derive(Debug, Default)]
pub(super) struct Legacy {
    /// The last `seq` that may be of the old kind; 0 when none.
    until: u64,
    /// Whether events up to `until` hold steps as chair changes: then a
    /// slice read from the middle folds every event before it, to know
    /// which changes its `undone`s take back.
    steps: bool,
    /// The upcast after the event `seq`, as the last read left it, so the
    /// next slice of the log goes on from there.
    after: RefCell<Option<(u64, Upcast)>>,
}

/// Reads event bodies in order, turning whole plans into patches against
/// the plan so far, and steps as chair changes into the organisers'.
#[derive(Debug, Clone)]
pub struct Upcast {
    plan: Plan,
    /// The chair's undo stack as the version that wrote the log kept it,
    /// latest last: `Some` for a step (its ask and holder), `None` for any
    /// other chair change. As deep as the domain's, so a change that fell
    /// off it then falls off here too.
    undo: VecDeque<Option<(String, String)>>,
}

impl Upcast {
    /// Reading on from events whose plan is `plan`, with no chair change
    /// before them.
    pub fn new(plan: Plan) -> Upcast {
        Upcast {
            plan,
            undo: VecDeque::new(),
        }
    }

    /// The next event, from its body as stored.
    pub fn read(&mut self, body: &str) -> serde_json::Result<Event> {
        let event = self.shape(body)?;
        Ok(self.undo(event))
    }

    /// Keep the chair's undo stack as the old version did; an `undone`
    /// that took back a step is its withdrawal.
    fn undo(&mut self, event: Event) -> Event {
        match event {
            Event::Undone => match self.undo.pop_back() {
                Some(Some((ask, holder))) => Event::FollowUpWithdrawn { ask, holder },
                _ => Event::Undone,
            },
            event if event.is_chair() => {
                self.push(None);
                event
            }
            event => event,
        }
    }

    fn push(&mut self, entry: Option<(String, String)>) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.pop_front();
        }
        self.undo.push_back(entry);
    }

    /// The event in today's shape, from any shape a version wrote.
    fn shape(&mut self, body: &str) -> serde_json::Result<Event> {
        match serde_json::from_str::<Event>(body) {
            Ok(event) => {
                if let Event::PlanChanged { patch } = &event {
                    self.plan = patch.apply(&self.plan);
                }
                Ok(event)
            }
            Err(error) => {
                if let Ok(old) = serde_json::from_str::<StepAsChairChange>(body)
                    && old.kind == "followed_up"
                {
                    // On the stack as the chair change it was (`undo` then
                    // pushes nothing for the step it returns).
                    self.push(Some((old.ask.clone(), old.holder.clone())));
                    return Ok(Event::FollowUpRecorded {
                        ask: old.ask,
                        holder: old.holder,
                        status: old.status,
                        note: old.note,
                        public_note: None,
                        on: old.on,
                    });
                }
                if let Ok(old) = serde_json::from_str::<WholePlan>(body)
                    && old.kind == "plan_changed"
                {
                    let mut plan = old.plan;
                    plan.settle_item_ids();
                    let patch = PlanPatch::diff(&self.plan, &plan);
                    self.plan = plan;
                    return Ok(Event::PlanChanged {
                        patch: Box::new(patch),
                    });
                }
                if let Ok(old) = serde_json::from_str::<MoveByPosition>(body)
                    && old.kind == "moved_to"
                {
                    // Those logs never changed the order, so the plan so
                    // far has the item where the move found it.
                    let Some(item) = self.plan.items.get(old.item) else {
                        return Err(serde::de::Error::custom(format_args!(
                            "it moves to item {} of a running order of {}",
                            old.item + 1,
                            self.plan.items.len()
                        )));
                    };
                    return Ok(Event::MovedTo {
                        item: ItemRef::Id(item.id.to_string()),
                    });
                }
                // No older shape either: say what today's shape misses.
                Err(error)
            }
        }
    }
}

impl Store {
    /// Note where an older version's events end; opened to write, mark
    /// the record as this version's. Run once the record is checked.
    pub(super) fn upgrade(&mut self, write: bool) -> Result<()> {
        let schema = match self.meta("schema")? {
            Some(v) => v
                .parse::<i64>()
                .map_err(|_| self.damaged("the schema version does not read"))?,
            // Written by a version that set it after making the tables.
            None => 1,
        };
        // Any event before this version may be of an old kind.
        let until = if schema < SCHEMA {
            self.event_count()?
        } else {
            match self.meta(LEGACY_UNTIL)? {
                Some(v) => v
                    .parse()
                    .map_err(|_| self.damaged("the end of the log's oldest part does not read"))?,
                None => 0,
            }
        };
        // Whether that part holds steps as chair changes: looked for once
        // (a scan of the log), then noted with `legacy_until`.
        let steps = if schema < SCHEMA {
            until > 0
                && self.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM events
                     WHERE seq <= ?1 AND body LIKE '%\"followed_up\"%')",
                    [i64::try_from(until).unwrap_or(i64::MAX)],
                    |r| r.get(0),
                )?
        } else {
            self.meta(LEGACY_STEPS)?.as_deref() == Some("1")
        };
        if write && schema < SCHEMA {
            let plan = self.plan()?;
            let tx = self.conn.transaction()?;
            let set = "INSERT INTO meta (key, value) VALUES (?1, ?2)
                       ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            tx.execute(set, params![LEGACY_UNTIL, until.to_string()])?;
            tx.execute(set, params![LEGACY_STEPS, if steps { "1" } else { "0" }])?;
            // The saved plan in today's shape (`plan` upcasts it).
            if let Some(plan) = plan {
                let json = serde_json::to_string(&plan).expect("a plan always serializes");
                tx.execute(set, params!["plan", json])?;
            }
            tx.execute(set, params!["schema", SCHEMA.to_string()])?;
            tx.commit()?;
        }
        self.legacy = Legacy {
            until,
            steps,
            after: RefCell::new(None),
        };
        Ok(())
    }

    /// An upcast for reading on from event `first`, when events from there
    /// may be of the old kind.
    pub(super) fn upcast_from(&self, first: u64) -> Result<Option<Upcast>> {
        if first > self.legacy.until {
            return Ok(None);
        }
        if let Some((seq, upcast)) = self.legacy.after.borrow().as_ref()
            && seq + 1 == first
        {
            return Ok(Some(upcast.clone()));
        }
        // The check at open refuses events without a plan.
        let Some(plan) = self.plan()? else {
            return Err(self.damaged("it holds changes but no plan"));
        };
        // Fold the plan changes before `first`. The pattern may also catch
        // other events (a text quoting it), which fold to nothing. With
        // steps as chair changes, every event: the chair's undo stack too.
        let mut upcast = Upcast::new(plan);
        let mut statement = self.conn.prepare_cached(
            "SELECT seq, body FROM events
             WHERE seq < ?1 AND (?2 OR body LIKE '%\"plan_changed\"%') ORDER BY seq",
        )?;
        let first = i64::try_from(first).unwrap_or(i64::MAX);
        let rows = statement.query_map(params![first, self.legacy.steps], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (seq, body) = row?;
            upcast
                .read(&body)
                .map_err(|e| self.damaged(&format!("event {seq} does not read: {e}")))?;
        }
        Ok(Some(upcast))
    }

    /// Remember the upcast after event `last`, for the next slice.
    pub(super) fn upcast_done(&self, last: u64, upcast: Upcast) {
        *self.legacy.after.borrow_mut() = Some((last, upcast));
    }

    /// Decode one stored event, through `upcast` if the slice began
    /// where events may be old (it keeps the plan so far for the next).
    pub(super) fn decode(
        &self,
        upcast: &mut Option<Upcast>,
        seq: i64,
        body: &str,
    ) -> Result<Event> {
        // Past `until`, events are today's: an `undone` there takes back
        // what today's undo stack holds, never an old step.
        let read = match upcast {
            Some(upcast) if seq as u64 <= self.legacy.until => upcast.read(body),
            _ => serde_json::from_str(body),
        };
        read.map_err(|e| self.damaged(&format!("event {seq} does not read: {e}")))
    }
}
