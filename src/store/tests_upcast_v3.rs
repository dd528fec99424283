//! Schema 4: a record of schema 3 whose oldest part was written when a
//! follow-up step was a chair change (`followed_up`, which the chair's
//! `undo` could take back) reads as today's events: each such step as a
//! `FollowUpRecorded`, and each `undone` that took one back as a
//! `FollowUpWithdrawn` of it, so the record comes to what the version that
//! wrote it showed. The expected record below was taken from that
//! version's own replay (main before schema 4), and is kept as a fixture.

use std::sync::Arc;

use super::*;
use crate::domain::{Event, State};
use crate::store::tests_upcast::{assert_slices, insert_rows};

/// The rows (seq, at, body) of a schema 3 record from a log begun before
/// steps were the organisers': (a) a step that stays, (b) steps the next
/// `undone` took back, around chair changes the other `undone`s took back,
/// and a step of today's shape in between.
fn rows(plan: &Plan) -> Vec<(u64, i64, String)> {
    let second = &plan.items[1].id;
    let step = |holder: &str, status: &str, on: &str| {
        format!(
            r#"{{"type":"followed_up","ask":"wage","holder":"{holder}","status":"{status}","on":"{on}"}}"#
        )
    };
    let bodies = [
        // (a) Undated, with a note: stays.
        r#"{"type":"followed_up","ask":"wage","holder":"mayor","status":"achieved","note":"Done"}"#
            .to_owned(),
        r#"{"type":"started"}"#.to_owned(),
        format!(r#"{{"type":"moved_to","item":"{second}"}}"#),
        // (b) Taken back by the next undo.
        step("leader", "in_progress", "2026-05-01"),
        r#"{"type":"undone"}"#.to_owned(),
        // Then the move.
        r#"{"type":"undone"}"#.to_owned(),
        step("leader", "broken", "2026-05-02"),
        // Today's shape: not the chair's, so no undo takes it back, but
        // the undo after it took back the latest step of its history.
        r#"{"type":"follow_up_recorded","ask":"wage","holder":"leader","status":"achieved","on":"2026-05-03"}"#
            .to_owned(),
        r#"{"type":"undone"}"#.to_owned(),
        step("mayor", "in_progress", "2026-05-04"),
        r#"{"type":"undone"}"#.to_owned(),
    ];
    bodies
        .into_iter()
        .enumerate()
        .map(|(n, body)| (n as u64 + 1, 1_000 * (n as i64 + 1), body))
        .collect()
}

/// The follow-ups the version that wrote the log replayed it to.
const FOLLOW_UPS: &str = r#"{"wage":{"leader":[{"status":"broken","note":null,"at":7000,"on":"2026-05-02"}],"mayor":[{"status":"achieved","note":"Done","at":1000,"on":""}]}}"#;

/// Where the chair stood, as that version replayed it.
const CHAIR: &str = r#"{"phase":"running","started_at":2000,"ended_at":null,"current":"welcome","clock":{"item":"welcome","started_at":2000,"paused_at":null,"paused_ms":0,"extended_ms":0},"runs":[],"responses":{},"turnout":{},"revealed":[],"stage_message":null,"screen_message":null,"display":{"qr":true,"timer":true,"turnout":true}}"#;

fn write_schema_3(dir: &Path, plan: &Plan, rows: &[(u64, i64, String)]) {
    let store = Store::open(dir).unwrap();
    store.save_plan(plan).unwrap();
    insert_rows(&store, rows);
    store.set_meta("schema", "3").unwrap();
}

/// What the rows read as today: every step the organisers', and the
/// undo that took one back its withdrawal.
fn today(rows: &[(u64, i64, String)]) -> Vec<Envelope> {
    let step = |holder: &str, status, note: Option<&str>, on: &str| Event::FollowUpRecorded {
        ask: "wage".into(),
        holder: holder.into(),
        status,
        note: note.map(Into::into),
        public_note: None,
        on: on.into(),
    };
    let withdrawn = |holder: &str| Event::FollowUpWithdrawn {
        ask: "wage".into(),
        holder: holder.into(),
    };
    use crate::domain::command::FollowUpStatus as F;
    let plan = crate::domain::tests::plan();
    let events = [
        step("mayor", F::Achieved, Some("Done"), ""),
        Event::Started,
        Event::MovedTo {
            item: crate::domain::ItemRef::Id(plan.items[1].id.to_string()),
        },
        step("leader", F::InProgress, None, "2026-05-01"),
        withdrawn("leader"),
        Event::Undone,
        step("leader", F::Broken, None, "2026-05-02"),
        step("leader", F::Achieved, None, "2026-05-03"),
        withdrawn("leader"),
        step("mayor", F::InProgress, None, "2026-05-04"),
        withdrawn("mayor"),
    ];
    rows.iter()
        .zip(events)
        .map(|((seq, at, _), event)| Envelope {
            seq: *seq,
            at: *at,
            id: None,
            event,
        })
        .collect()
}

#[test]
fn steps_the_chair_could_undo_read_as_the_organisers_with_the_same_record() {
    let dir = tempfile::tempdir().unwrap();
    let plan = crate::domain::tests::plan();
    let rows = rows(&plan);
    write_schema_3(dir.path(), &plan, &rows);
    let today = today(&rows);

    // Read only: today's events, folding to the record the old version showed.
    let store = Store::open_existing(dir.path()).unwrap();
    let log = store.events().unwrap();
    assert_eq!(log, today);
    let state = State::replay(Arc::new(plan.clone()), &log);
    assert_eq!(
        serde_json::to_string(&state.follow_ups).unwrap(),
        FOLLOW_UPS
    );
    assert_eq!(serde_json::to_string(&state.chair).unwrap(), CHAIR);
    // From any event on, as a relay's link reads it in slices.
    assert_slices(&store, &today, 2);
    assert_eq!(store.meta("schema").unwrap().as_deref(), Some("3"));
    drop(store);

    // Opened to write: schema 4, still read through the upcast.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(SCHEMA, 4);
    assert_eq!(store.meta("schema").unwrap(), Some("4".to_owned()));
    assert_eq!(store.meta("legacy_steps").unwrap().as_deref(), Some("1"));
    assert_eq!(store.events().unwrap(), today);
    drop(store);
    // Opened again, the note stands for the scan: slices that overlap
    // (each folds the log before it) still read the same.
    let store = Store::open(dir.path()).unwrap();
    assert_slices(&store, &today, 2);

    // A relay reads the published log from its start through the same
    // upcast (`link::published::Reading`).
    let mut reading = Upcast::new(plan.clone());
    for (envelope, (_, _, body)) in today.iter().zip(&rows) {
        assert_eq!(reading.read(body).unwrap(), envelope.event);
    }
}

/// Steps are the organisers' now: after the upcast, the chair's undo on
/// the night takes back the chair's own changes, never a step.
#[test]
fn after_the_upcast_the_chairs_undo_leaves_old_steps_alone() {
    let dir = tempfile::tempdir().unwrap();
    let plan = crate::domain::tests::plan();
    write_schema_3(dir.path(), &plan, &rows(&plan));
    let store = Store::open(dir.path()).unwrap();
    let mut state = State::replay(Arc::new(plan), &store.events().unwrap());
    let undo = crate::domain::Command::Chair(crate::domain::command::ChairCommand::Undo);
    while let Ok(Some(event)) = state.decide(&undo, None, None) {
        let seq = state.seq + 1;
        state.apply(&Envelope {
            seq,
            at: 100_000,
            id: None,
            event,
        });
        assert!(seq < 20, "undo goes on");
    }
    assert_eq!(state.follow_ups["wage"]["mayor"].len(), 1);
    assert_eq!(state.follow_ups["wage"]["leader"].len(), 1);
}
