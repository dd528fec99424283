//! The log survives reopening, and a damaged or foreign file is refused
//! without a byte written to it.

use rusqlite::OpenFlags;

use super::open::gap;
use super::*;
use crate::domain::Event;

fn started(seq: u64) -> Envelope {
    Envelope {
        seq,
        at: seq as i64 * 10,
        id: None,
        event: Event::Started,
    }
}

/// A record with a plan and events 1..=n.
fn record(dir: &Path, n: u64) -> Store {
    let mut store = Store::open(dir).unwrap();
    store.save_plan(&crate::domain::tests::plan()).unwrap();
    let log: Vec<_> = (1..=n).map(started).collect();
    store.append(&log).unwrap();
    store
}

fn tables(dir: &Path) -> Vec<String> {
    let conn =
        Connection::open_with_flags(dir.join(FILE), OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut statement = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

fn refusal(dir: &Path) -> String {
    let error = Store::open(dir).err().expect("the record is refused");
    assert!(
        matches!(error, Error::Damaged { .. } | Error::NotARecord { .. }),
        "{error:?}"
    );
    let export = Store::open_existing(dir).err().expect("export refuses too");
    assert_eq!(export.to_string(), error.to_string());
    error.to_string()
}

#[test]
fn events_and_plan_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let plan = crate::domain::tests::plan();
    {
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(store.plan().unwrap(), None);
        store.save_plan(&plan).unwrap();
        store
            .append(&[
                Envelope {
                    seq: 1,
                    at: 10,
                    id: Some("a".into()),
                    event: Event::Started,
                },
                Envelope {
                    seq: 2,
                    at: 20,
                    id: None,
                    event: Event::CheckedIn {
                        device: "d".into(),
                        institution: None,
                    },
                },
            ])
            .unwrap();
    }
    let store = Store::open_existing(dir.path()).unwrap();
    assert_eq!(store.plan().unwrap(), Some(plan));
    let log = store.events().unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].id.as_deref(), Some("a"));
    assert_eq!(
        log[1].event,
        Event::CheckedIn {
            device: "d".into(),
            institution: None
        }
    );
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn a_duplicate_seq_is_refused_and_nothing_of_the_batch_lands() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store.append(&[started(1)]).unwrap();
    assert!(store.append(&[started(2), started(1)]).is_err());
    assert_eq!(store.event_count().unwrap(), 1);
}

#[test]
fn export_refuses_a_folder_without_a_log() {
    let dir = tempfile::tempdir().unwrap();
    let error = Store::open_existing(dir.path()).err().unwrap().to_string();
    assert!(error.contains("no assembly.db"), "{error}");
}

#[test]
fn only_a_dir_without_a_record_starts_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("not-yet");
    assert!(Store::open(&missing).unwrap().is_new());
    assert!(!Store::open(&missing).unwrap().is_new());
    assert_eq!(tables(&missing), ["events", "meta"]);

    // An existing empty dir is new too, and a draft left by a crash
    // during a first start is no record: it is built again.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join(DRAFT), "half made").unwrap();
    assert!(Store::open(&empty).unwrap().is_new());
    assert!(!empty.join(DRAFT).exists());
}

#[test]
fn a_gap_in_the_log_is_refused_at_open_and_at_replay() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = record(dir.path(), 2);
    store.append(&[started(4), started(5)]).unwrap();
    let replay = store.events().expect_err("replay refuses a gap");
    assert!(
        replay.to_string().contains("event 3 is missing"),
        "{replay}"
    );
    drop(store);
    let said = refusal(dir.path());
    assert!(said.contains("event 3 is missing"), "{said}");
    assert!(said.contains("from event 2 to event 4"), "{said}");
    assert!(said.contains("Keep that file"), "{said}");
    assert!(said.contains("--data NEW_DIR"), "{said}");
}

#[test]
fn a_log_missing_its_first_events_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = record(dir.path(), 0);
    store.append(&[started(3)]).unwrap();
    drop(store);
    let said = refusal(dir.path());
    assert!(said.contains("events 1 to 2 are missing"), "{said}");
}

#[test]
fn a_missing_events_table_is_refused_and_not_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 3);
    store.conn.execute_batch("DROP TABLE events").unwrap();
    drop(store);
    let said = refusal(dir.path());
    assert!(said.contains("table of events is missing"), "{said}");
    assert_eq!(tables(dir.path()), ["meta"]);
}

#[test]
fn events_without_a_plan_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 2);
    store
        .conn
        .execute("DELETE FROM meta WHERE key = 'plan'", [])
        .unwrap();
    drop(store);
    let said = refusal(dir.path());
    assert!(said.contains("2 changes but no plan"), "{said}");
}

#[test]
fn a_database_with_none_of_our_tables_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let conn = Connection::open(dir.path().join(FILE)).unwrap();
    conn.execute_batch("PRAGMA user_version = 7").unwrap();
    drop(conn);
    let before = std::fs::read(dir.path().join(FILE)).unwrap();
    let said = refusal(dir.path());
    assert!(said.contains("is not a record of assembly"), "{said}");
    assert!(said.contains("none of the tables"), "{said}");
    assert_eq!(std::fs::read(dir.path().join(FILE)).unwrap(), before);
}

#[test]
fn an_empty_file_or_another_kind_of_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(FILE);
    std::fs::write(&file, "").unwrap();
    let said = refusal(dir.path());
    assert!(said.contains("the file is empty"), "{said}");
    assert_eq!(std::fs::read(&file).unwrap(), b"");

    std::fs::write(&file, "minutes of the last assembly\n").unwrap();
    let said = refusal(dir.path());
    assert!(said.contains("not a SQLite database"), "{said}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"minutes of the last assembly\n"
    );
}

#[test]
fn a_journal_without_its_record_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(format!("{FILE}-wal")), "frames").unwrap();
    let error = Store::open(dir.path()).err().expect("refused");
    assert!(error.to_string().contains("moved or deleted"), "{error}");
    assert!(!dir.path().join(FILE).exists());
}

#[test]
fn gaps_are_described_where_they_are() {
    assert_eq!(gap(4, 5), None);
    assert_eq!(gap(0, 1), None);
    assert_eq!(
        gap(2, 4).unwrap(),
        "event 3 is missing: the log goes from event 2 to event 4"
    );
    assert_eq!(
        gap(0, 3).unwrap(),
        "events 1 to 2 are missing: the log starts at event 3"
    );
    assert_eq!(gap(5, 5).unwrap(), "event 5 comes after event 5");
}

/// What a person reads when the record cannot be used, word for word as
/// before the messages moved into `thiserror` attributes.
#[test]
fn errors_say_what_went_wrong_and_what_to_do() {
    let file = PathBuf::from("/data/assembly.db");
    let damaged = Error::Damaged {
        file: file.clone(),
        what: "event 3 is missing".into(),
    };
    assert_eq!(
        damaged.to_string(),
        "the record /data/assembly.db is damaged: event 3 is missing.\n\
         Nothing was changed. Keep that file as it is: it holds what was recorded. \
         Restore a copy of the data dir if you have one, or start a new record \
         in a new data dir: `assembly serve PLAN --data NEW_DIR`."
    );
    let not = Error::NotARecord {
        file: file.clone(),
        what: "the file is empty".into(),
    };
    assert!(
        not.to_string().starts_with(
            "/data/assembly.db is not a record of assembly: the file is empty.\nNothing"
        ),
        "{not}"
    );
    let dir = Error::Dir(file, std::io::Error::other("denied"));
    assert_eq!(
        dir.to_string(),
        "cannot use the data dir /data/assembly.db: denied"
    );
    assert_eq!(
        Error::Newer(9).to_string(),
        "the data file was written by a newer version of assembly (schema 9); use that version"
    );
}

/// Every event before the one that does not read is handed over, in
/// order, and the replay stops there, naming it.
fn replay_until_refused(store: &Store) -> (Vec<u64>, String) {
    let mut seen = Vec::new();
    let error = store
        .each_event(|envelope| seen.push(envelope.seq))
        .expect_err("the replay is refused");
    (seen, error.to_string())
}

#[test]
fn a_body_that_is_not_text_is_refused_at_its_seq() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 5);
    store
        .conn
        .execute("UPDATE events SET body = X'7b7d' WHERE seq = 3", [])
        .unwrap();
    let (seen, said) = replay_until_refused(&store);
    assert_eq!(seen, [1, 2]);
    assert!(
        said.contains("event 3 does not read: its body is not text"),
        "{said}"
    );
    assert!(said.contains("Keep that file"), "{said}");

    store
        .conn
        .execute(
            "UPDATE events SET body = CAST(X'ff' AS TEXT) WHERE seq = 3",
            [],
        )
        .unwrap();
    let (seen, said) = replay_until_refused(&store);
    assert_eq!(seen, [1, 2]);
    assert!(
        said.contains("event 3 does not read: its body is not UTF-8 text"),
        "{said}"
    );
}

#[test]
fn a_body_that_does_not_decode_is_refused_after_the_events_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 10_000);
    store
        .conn
        .execute(
            "UPDATE events SET body = '{\"type\":\"sung\"}' WHERE seq = 9000",
            [],
        )
        .unwrap();
    let (seen, said) = replay_until_refused(&store);
    assert_eq!(seen, (1..9000).collect::<Vec<_>>());
    assert!(said.contains("event 9000 does not read"), "{said}");
}

#[test]
fn a_long_log_is_handed_over_whole_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 10_000);
    let mut seen = Vec::new();
    store
        .each_event(|envelope| seen.push(envelope.seq))
        .unwrap();
    assert_eq!(seen, (1..=10_000).collect::<Vec<_>>());
    let mut none = 0;
    let empty = tempfile::tempdir().unwrap();
    record(empty.path(), 0).each_event(|_| none += 1).unwrap();
    assert_eq!(none, 0);
}

#[test]
fn a_gap_deep_in_a_long_log_is_refused_after_the_events_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = record(dir.path(), 10_000);
    store
        .conn
        .execute("DELETE FROM events WHERE seq = 5000", [])
        .unwrap();
    let (seen, said) = replay_until_refused(&store);
    assert_eq!(seen, (1..5000).collect::<Vec<_>>());
    assert!(said.contains("event 5000 is missing"), "{said}");
}
