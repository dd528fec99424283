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
//!   as the version that saved it derived them ([`read_plan`]).
//!
//! Schema 1 logs hold the first two; schema 2 ones may too, before their
//! `legacy_until`. Opened to write, a record is marked schema 3 (an older
//! version then refuses it rather than misread it), its saved plan is
//! rewritten with ids, and `legacy_until` notes its last event that may be
//! of an old kind: events after it are read as they are, with no upcast.

use std::cell::RefCell;

use rusqlite::params;
use serde::Deserialize;

use super::{Result, SCHEMA, Store};
use crate::domain::{Event, ItemRef, Plan, PlanPatch};

/// The meta key of the last `seq` an older version may have written.
const LEGACY_UNTIL: &str = "legacy_until";

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
    /// The plan after the event `seq`, as the last read left it, so the
    /// next slice of the log goes on from there.
    after: RefCell<Option<(u64, Plan)>>,
}

/// Reads event bodies in order, turning whole plans into patches against
/// the plan so far.
pub struct Upcast {
    plan: Plan,
}

impl Upcast {
    /// Reading on from events whose plan is `plan`.
    pub fn new(plan: Plan) -> Upcast {
        Upcast { plan }
    }

    /// The next event, from its body as stored.
    pub fn read(&mut self, body: &str) -> serde_json::Result<Event> {
        match serde_json::from_str::<Event>(body) {
            Ok(event) => {
                if let Event::PlanChanged { patch } = &event {
                    self.plan = patch.apply(&self.plan);
                }
                Ok(event)
            }
            Err(error) => {
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

    pub fn into_plan(self) -> Plan {
        self.plan
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
        if write && schema < SCHEMA {
            let plan = self.plan()?;
            let tx = self.conn.transaction()?;
            let set = "INSERT INTO meta (key, value) VALUES (?1, ?2)
                       ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            tx.execute(set, params![LEGACY_UNTIL, until.to_string()])?;
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
        if let Some((seq, plan)) = self.legacy.after.borrow().as_ref()
            && seq + 1 == first
        {
            return Ok(Some(Upcast::new(plan.clone())));
        }
        // The check at open refuses events without a plan.
        let Some(plan) = self.plan()? else {
            return Err(self.damaged("it holds changes but no plan"));
        };
        // Fold the plan changes before `first`. The pattern may also catch
        // other events (a text quoting it), which fold to nothing.
        let mut upcast = Upcast::new(plan);
        let mut statement = self.conn.prepare_cached(
            "SELECT seq, body FROM events
             WHERE seq < ?1 AND body LIKE '%\"plan_changed\"%' ORDER BY seq",
        )?;
        let rows = statement.query_map([i64::try_from(first).unwrap_or(i64::MAX)], |r| {
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

    /// Remember the plan after event `last`, for the next slice.
    pub(super) fn upcast_done(&self, last: u64, upcast: Upcast) {
        *self.legacy.after.borrow_mut() = Some((last, upcast.into_plan()));
    }

    /// Decode one stored event, through `upcast` if the slice began
    /// where events may be old (it keeps the plan so far for the next).
    pub(super) fn decode(
        &self,
        upcast: &mut Option<Upcast>,
        seq: i64,
        body: &str,
    ) -> Result<Event> {
        let read = match upcast {
            Some(upcast) => upcast.read(body),
            None => serde_json::from_str(body),
        };
        read.map_err(|e| self.damaged(&format!("event {seq} does not read: {e}")))
    }
}
