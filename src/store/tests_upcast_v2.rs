//! Schema 3: a record the version before (schema 2) left, itself opened
//! from a schema 1 log, reads as today's events and plan: its saved plan
//! has items without ids, its old part moves by position and changes the
//! plan whole, its newer part is today's. Read only it folds to the same
//! state; opened to write it is marked with today's schema, its plan rewritten.

use std::sync::Arc;

use super::*;
use crate::domain::command::{ChairCommand, Command};
use crate::domain::{Event, ItemRef, State};
use crate::store::tests_upcast::{assert_slices, decided, insert_rows};

/// How many events the schema 2 record holds of the oldest kinds.
const LEGACY: u64 = 5;

/// Rows of the events table as the schema 2 version kept them: seq, at, body.
type Rows = Vec<(u64, i64, String)>;

/// Today's log and state, and the rows as the schema 2 version kept them.
fn assembly() -> (Plan, Vec<Envelope>, Rows, State) {
    let plan = crate::domain::tests::plan();
    let mut state = State::new(Arc::new(plan.clone()));
    let mut renamed = plan.clone();
    renamed.institutions[0].name = "Anglia Ruskin University".into();
    let mut again = renamed.clone();
    again.assembly.venue = "The Guildhall".into();
    let commands = [
        Command::CheckIn {
            device: "p1".into(),
            institution: Some("aru".into()),
        },
        Command::Chair(ChairCommand::Start),
        Command::Chair(ChairCommand::Goto { item: 2 }),
        Command::ChangePlan(Box::new(renamed)),
        Command::Chair(ChairCommand::Next),
        // After `legacy_until`: today's shapes.
        Command::ChangePlan(Box::new(again)),
        Command::Chair(ChairCommand::Back),
    ];
    let (mut today, mut rows) = (Vec::new(), Vec::new());
    for command in commands {
        let envelope = decided(&state, &command);
        let old = envelope.seq <= LEGACY;
        let body = match &envelope.event {
            Event::MovedTo {
                item: ItemRef::Id(id),
            } if old => format!(
                r#"{{"type":"moved_to","item":{}}}"#,
                state.plan.item_index(id).unwrap()
            ),
            Event::PlanChanged { patch } if old => {
                let mut whole = serde_json::to_value(patch.apply(&state.plan)).unwrap();
                strip_item_ids(&mut whole);
                format!(r#"{{"type":"plan_changed","plan":{whole}}}"#)
            }
            event => serde_json::to_string(event).unwrap(),
        };
        state.apply(&envelope);
        rows.push((envelope.seq, envelope.at, body));
        today.push(envelope);
    }
    (plan, today, rows, state)
}

/// Plans saved before items had ids hold none.
fn strip_item_ids(plan: &mut serde_json::Value) {
    for item in plan["items"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("id");
    }
}

#[test]
fn a_record_the_version_before_left_reads_as_todays_events_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, today, rows, state) = assembly();
    {
        let store = Store::open(dir.path()).unwrap();
        let mut saved = serde_json::to_value(&plan).unwrap();
        strip_item_ids(&mut saved);
        store.set_meta("plan", &saved.to_string()).unwrap();
        insert_rows(&store, &rows);
        store.set_meta("schema", "2").unwrap();
        store.set_meta("legacy_until", &LEGACY.to_string()).unwrap();
    }
    assert!(rows[2].2.contains(r#""item":2"#), "{}", rows[2].2);

    // Read only, as `export` reads it while the server runs.
    let store = Store::open_existing(dir.path()).unwrap();
    assert_eq!(store.plan().unwrap().as_ref(), Some(&plan));
    let log = store.events().unwrap();
    assert_eq!(log, today);
    let replayed = State::replay(Arc::new(plan.clone()), &log);
    assert_eq!(replayed, state);
    assert_eq!(replayed.chair.current.as_deref(), Some(&*plan.items[2].id));
    assert_slices(&store, &today, 1);
    assert_eq!(store.meta("schema").unwrap().as_deref(), Some("2"));
    drop(store);

    // Opened to write: today's schema, the saved plan in today's shape, and
    // the whole log still read through the upcast.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.meta("schema").unwrap(), Some(SCHEMA.to_string()));
    let saved = store.meta("plan").unwrap().unwrap();
    assert_eq!(serde_json::from_str::<Plan>(&saved).unwrap(), plan);
    assert_eq!(
        store.meta("legacy_until").unwrap(),
        Some(today.len().to_string())
    );
    assert_eq!(store.events().unwrap(), today);
}

#[test]
fn a_move_past_the_end_of_the_running_order_is_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store.save_plan(&crate::domain::tests::plan()).unwrap();
    for (seq, body) in [
        (1, r#"{"type":"started"}"#),
        (2, r#"{"type":"moved_to","item":99}"#),
    ] {
        store
            .conn
            .execute(
                "INSERT INTO events (seq, at, id, body) VALUES (?1, 0, NULL, ?2)",
                params![seq, body],
            )
            .unwrap();
    }
    store.set_meta("schema", "2").unwrap();
    drop(store);
    let store = Store::open_existing(dir.path()).unwrap();
    let error = store.events().expect_err("a move to no item");
    assert!(
        error
            .to_string()
            .contains("event 2 does not read: it moves to item 100"),
        "{error}"
    );
}
