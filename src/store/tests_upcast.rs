//! A log written before plan changes were patches (each holding the whole
//! new plan) still reads: as today's patches, from any event on, and folds
//! to the same state; opening it to write marks it for this version.

use std::sync::Arc;

use super::*;
use crate::domain::command::{ChairCommand, Command};
use crate::domain::plan::Institution;
use crate::domain::plan_change::diff;
use crate::domain::{Event, State};

/// Rows of the events table as an older version wrote them: seq, at, body.
type Rows = Vec<(u64, i64, String)>;

/// Writes `rows` into the events table as they are, as an older version
/// left them (the upcast tests of every schema use it).
pub(super) fn insert_rows(store: &Store, rows: &[(u64, i64, String)]) {
    for (seq, at, body) in rows {
        store
            .conn
            .execute(
                "INSERT INTO events (seq, at, id, body) VALUES (?1, ?2, NULL, ?3)",
                params![*seq as i64, at, body],
            )
            .unwrap();
    }
}

/// From any event on, as a relay's link reads the log in slices of
/// `width`, the store reads the same part of `today`.
/// The event `command` decides on `state`, as the next step of the log,
/// one second after the last.
pub(super) fn decided(state: &State, command: &Command) -> Envelope {
    let event = state.decide(command, None, None).unwrap().unwrap();
    Envelope {
        seq: state.seq + 1,
        at: 1_000 * (state.seq as i64 + 1),
        id: None,
        event,
    }
}

pub(super) fn assert_slices(store: &Store, today: &[Envelope], width: u64) {
    for first in 1..=today.len() as u64 {
        let slice = store.events_between(first, first + width).unwrap();
        let end = (first as usize + width as usize).min(today.len());
        assert_eq!(slice, today[first as usize - 1..end], "from {first}");
    }
}

/// The same assembly as today's log and as the old version wrote it, and
/// the state it comes to.
fn assembly() -> (Plan, Vec<Envelope>, Rows, State) {
    let plan = crate::domain::tests::plan();
    let mut state = State::new(Arc::new(plan.clone()));
    let mut today = Vec::new();
    let mut old = Vec::new();
    let mut renamed = plan.clone();
    renamed.institutions[0].name = "Anglia Ruskin University".into();
    renamed.institutions.push(Institution {
        id: "late".into(),
        name: "Late Arrivals".into(),
        promised: 7,
    });
    renamed.items.swap(3, 4);
    let mut again = renamed.clone();
    again.institutions.retain(|i| i.id != "mosque");
    again.institutions[1].name = "Late Arrivals’ Union".into();
    again.assembly.venue = "The Guildhall".into();
    let check_in = |device: &str, institution: &str| Command::CheckIn {
        device: device.into(),
        institution: Some(institution.into()),
    };
    let commands = [
        check_in("p1", "aru"),
        Command::ChangePlan(Box::new(renamed)),
        check_in("p2", "late"),
        Command::Chair(ChairCommand::Start),
        Command::ChangePlan(Box::new(again)),
        check_in("p3", "late"),
        Command::Chair(ChairCommand::Next),
    ];
    for command in commands {
        let envelope = decided(&state, &command);
        let before = state.plan.clone();
        state.apply(&envelope);
        let body = match &envelope.event {
            // As the version before patches wrote it, tag first.
            Event::PlanChanged { .. } => format!(
                r#"{{"type":"plan_changed","plan":{},"changes":{}}}"#,
                serde_json::to_string(&*state.plan).unwrap(),
                serde_json::to_string(&diff(&before, &state.plan)).unwrap(),
            ),
            event => serde_json::to_string(event).unwrap(),
        };
        old.push((envelope.seq, envelope.at, body));
        today.push(envelope);
    }
    (plan, today, old, state)
}

/// A record in `dir` as the version before patches left it.
fn old_record(dir: &Path) -> (Vec<Envelope>, State) {
    let (plan, today, old, state) = assembly();
    let store = Store::open(dir).unwrap();
    store.save_plan(&plan).unwrap();
    insert_rows(&store, &old);
    store.set_meta("schema", "1").unwrap();
    store
        .conn
        .execute("DELETE FROM meta WHERE key = 'legacy_until'", [])
        .unwrap();
    (today, state)
}

#[test]
fn a_log_of_whole_plans_reads_as_patches_and_folds_to_the_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let (today, state) = old_record(dir.path());

    // Read only, as `export` reads it while the server runs.
    let store = Store::open_existing(dir.path()).unwrap();
    let log = store.events().unwrap();
    assert_eq!(log, today);
    let plan = Arc::new(store.plan().unwrap().unwrap());
    assert_eq!(State::replay(plan.clone(), &log), state);
    assert_eq!(state.plan.institutions[1].name, "Late Arrivals’ Union");
    assert_eq!(state.plan_history.saves.len(), 2);
    // From any event on, as a relay's link reads the log in slices.
    assert_slices(&store, &today, 2);
    assert_eq!(store.meta("schema").unwrap().as_deref(), Some("1"));
    drop(store);

    // Opened to write, the record says it is this version's, and goes on
    // with patches after the old events.
    let mut store = Store::open(dir.path()).unwrap();
    assert_eq!(
        store.meta("schema").unwrap(),
        Some(SCHEMA.to_string()),
        "an older version now refuses the file rather than misreading it"
    );
    let mut renamed = state.plan.as_ref().clone();
    renamed.institutions[0].promised = 120;
    let command = Command::ChangePlan(Box::new(renamed.clone()));
    let mut live = state.clone();
    let event = live.decide(&command, None, None).unwrap().unwrap();
    let next = Envelope {
        seq: live.seq + 1,
        at: 9_000,
        id: None,
        event,
    };
    live.apply(&next);
    store.append(std::slice::from_ref(&next)).unwrap();
    drop(store);
    let store = Store::open_existing(dir.path()).unwrap();
    let log = store.events().unwrap();
    assert_eq!(log[..today.len()], today);
    assert_eq!(State::replay(plan, &log), live);
    assert_eq!(live.plan.as_ref(), &renamed);
    assert_eq!(store.events_between(7, 8).unwrap(), log[6..]);
}

#[test]
fn a_log_that_is_neither_shape_is_damaged() {
    let dir = tempfile::tempdir().unwrap();
    old_record(dir.path());
    let store = Store::open(dir.path()).unwrap();
    store
        .conn
        .execute(
            "UPDATE events SET body = '{\"type\":\"plan_changed\",\"plan\":7}' WHERE seq = 2",
            [],
        )
        .unwrap();
    let error = store.events().expect_err("a body that reads as neither");
    assert!(
        error.to_string().contains("event 2 does not read"),
        "{error}"
    );
}
