//! A log written before commitments had owners, due days and public notes
//! reads unchanged: its steps have no public note, its commitments no
//! owner; and a step written without a public note is stored as before,
//! so an older version reading a newer log's plain steps sees its own.

use std::sync::Arc;

use super::*;
use crate::domain::command::FollowUpStatus as F;
use crate::domain::{Event, State};
use crate::store::tests_upcast::insert_rows;

/// Rows as the version before owners wrote them (same schema).
fn rows() -> Vec<(u64, i64, String)> {
    [
        r#"{"type":"started"}"#,
        r#"{"type":"follow_up_recorded","ask":"wage","holder":"leader","status":"in_progress","note":"Rang the PA","on":"2026-05-01"}"#,
        r#"{"type":"follow_up_recorded","ask":"wage","holder":"mayor","status":"achieved","on":"2026-05-02"}"#,
    ]
    .into_iter()
    .enumerate()
    .map(|(n, body)| (n as u64 + 1, 1_000 * (n as i64 + 1), body.to_owned()))
    .collect()
}

#[test]
fn a_log_without_owners_due_days_or_public_notes_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let plan = crate::domain::tests::plan();
    let store = Store::open(dir.path()).unwrap();
    store.save_plan(&plan).unwrap();
    insert_rows(&store, &rows());
    drop(store);

    let mut store = Store::open(dir.path()).unwrap();
    let log = store.events().unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(
        log[1].event,
        Event::FollowUpRecorded {
            ask: "wage".into(),
            holder: "leader".into(),
            status: F::InProgress,
            note: Some("Rang the PA".into()),
            public_note: None,
            on: "2026-05-01".into(),
        }
    );
    let state = State::replay(Arc::new(plan.clone()), &log);
    assert!(state.chases.is_empty(), "no owner was ever set");
    let leader = &state.follow_ups["wage"]["leader"][0];
    assert_eq!(leader.public_note, None);
    assert_eq!(leader.note.as_deref(), Some("Rang the PA"));
    // The follow-ups serialize as before: no `public_note` key where none.
    let json = serde_json::to_string(&state.follow_ups).unwrap();
    assert!(!json.contains("public_note"), "{json}");

    // Today's events go on the same log, and read back whole.
    let more = [
        Event::CommitmentSet {
            ask: "wage".into(),
            holder: "mayor".into(),
            owner: Some("Fr Peter, St Wilfrid’s ✊ مسجد".into()),
            due: Some("2026-09-30".into()),
        },
        Event::FollowUpRecorded {
            ask: "wage".into(),
            holder: "mayor".into(),
            status: F::Broken,
            note: None,
            public_note: Some("No reply to three letters".into()),
            on: "2026-10-02".into(),
        },
    ];
    let appended: Vec<Envelope> = (more.into_iter().enumerate())
        .map(|(n, event)| Envelope {
            seq: 4 + n as u64,
            at: 10_000 + n as i64,
            id: None,
            event,
        })
        .collect();
    store.append(&appended).unwrap();
    drop(store);
    let store = Store::open_existing(dir.path()).unwrap();
    let log = store.events().unwrap();
    assert_eq!(log[3..], appended[..]);
    let state = State::replay(Arc::new(plan), &log);
    let chase = &state.chases["wage"]["mayor"];
    assert_eq!(chase.due.as_deref(), Some("2026-09-30"));
    assert!(chase.owner.as_deref().unwrap().starts_with("Fr Peter"));
    let mayor = &state.follow_ups["wage"]["mayor"];
    assert_eq!(
        mayor[1].public_note.as_deref(),
        Some("No reply to three letters")
    );
    // A plain step is written as the version before wrote it.
    let plain = serde_json::to_string(&log[2].event).unwrap();
    assert_eq!(plain, rows()[2].2);
}
