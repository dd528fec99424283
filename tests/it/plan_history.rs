//! A plan saved again and again costs what changed, not the whole plan:
//! the log, the server's memory and the public record stay proportional
//! to the assembly, not to the number of saves, and a restart replays to
//! the same state and record.

use crate::common;

use std::path::Path;

use common::record::{plan_500, save_plan};
use common::relays::{Nats, linked, primary, reaches, relay, seq_of};
use common::{Server, settled};
use serde_json::Value;

/// `draft` with every institution renamed for save `n`.
fn renamed(draft: &Value, n: usize) -> Value {
    let mut draft = draft.clone();
    for institution in draft["institutions"].as_array_mut().unwrap() {
        let name = institution["name"].as_str().unwrap();
        // The same length every save, so sizes compare like with like.
        institution["name"] = format!("{name} r{:03}", n % 1000).into();
    }
    draft
}

fn save(server: &Server, draft: &Value) {
    assert_eq!(save_plan(server, draft).json()["applied"], true);
}

fn save_renamed(server: &Server, draft: &Value, n: usize) {
    save(server, &renamed(draft, n));
}

/// Bytes of every file in the data dir (the log, its journal, the rest).
fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Bytes of the event `seq` as the log keeps it (read while the server
/// runs, as `assembly export` does).
fn logged_bytes(data: &Path, seq: i64) -> usize {
    let conn = rusqlite::Connection::open_with_flags(
        data.join("assembly.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    conn.query_row(
        "SELECT length(body) FROM events WHERE seq = ?1",
        [seq],
        |r| r.get::<_, i64>(0),
    )
    .unwrap() as usize
}

/// The server's resident memory, in KB.
fn rss_kb(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.pid())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/PID/status")
}

/// What is measured after a number of saves.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    dir: u64,
    rss_kb: u64,
    record: usize,
    report: usize,
}

fn sizes(server: &Server) -> Sizes {
    let record = server.get("/export/record.json");
    assert_eq!(record.status, 200);
    let report = server.get("/report");
    assert_eq!(report.status, 200);
    Sizes {
        dir: dir_bytes(&server.data),
        rss_kb: rss_kb(server),
        record: record.body.len(),
        report: report.body.len(),
    }
}

/// The chair's record without the moment it was made.
fn record_now(server: &Server) -> Value {
    let mut record = server.chair_get("/export/record.json").json();
    record.as_object_mut().unwrap().remove("generated_at");
    // Timings of an item on now move with the clock; none runs here.
    record
}

const SAVES: usize = 60;

#[test]
fn saving_a_500_institution_plan_again_and_again_grows_by_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_500(dir.path());
    let data = dir.path().join("data");
    let server = Server::start(&data, Some(&plan));
    let draft = server.chair_get("/api/plan/draft").json()["draft"].clone();
    assert_eq!(draft["institutions"].as_array().unwrap().len(), 500);

    // Warm up: the first saves settle the allocator, the journal and
    // SQLite's page cache; memory is then measured over each half.
    for n in 1..=10 {
        save_renamed(&server, &draft, n);
    }
    let early = sizes(&server);
    for n in 11..=SAVES / 2 {
        save_renamed(&server, &draft, n);
    }
    let middle = sizes(&server);
    for n in SAVES / 2 + 1..=SAVES {
        save_renamed(&server, &draft, n);
    }
    let late = sizes(&server);
    let saves = (SAVES - 10) as u64;
    let log_per_save = late.dir.saturating_sub(early.dir) / saves;
    // Per save, over each half: a leak grows memory in both, an allocator
    // taking one more segment (or settling) steps it in one only.
    let first_half = middle.rss_kb.saturating_sub(early.rss_kb) / (SAVES / 2 - 10) as u64;
    let later_half = late.rss_kb.saturating_sub(middle.rss_kb) / (SAVES / 2) as u64;
    let rss_per_save = first_half.min(later_half);
    eprintln!(
        "{SAVES} saves of 500 renames: early {early:?}, middle {middle:?}, late {late:?}; \
         data dir {log_per_save} B/save, memory {first_half} KB/save over the first half, \
         {later_half} KB over the later"
    );
    // 500 renames are 28 KB of ids and names, which the log keeps (35 KB
    // with the JSON around them) and SQLite's pages and journal frames add
    // to; not the whole plan and a list of changes (209 KB a save before).
    assert!(
        log_per_save < 50_000,
        "the data dir grew {log_per_save} B a save"
    );
    let last_save = logged_bytes(&server.data, SAVES as i64);
    assert!(last_save < 40_000, "the last save logged {last_save} B");
    // Memory holds each entry's net change and a line per save (477 KB a
    // save before). 500 new names with their strings' headers measure 60
    // to 120 KB a save since the allocator keeps to 4 KiB pages (with huge
    // pages, RSS moved in 2 MiB steps and one half often read nothing).
    assert!(
        rss_per_save < 160,
        "memory grew {first_half} KB a save over the first half and {later_half} KB over \
         the later ({} KB, {} KB, {} KB)",
        early.rss_kb,
        middle.rss_kb,
        late.rss_kb
    );
    // The public record and report list each entry's net change once,
    // however often it was saved.
    assert!(
        late.record <= early.record + early.record / 10,
        "record.json grew from {} to {} bytes",
        early.record,
        late.record
    );
    assert!(
        late.report <= early.report + early.report / 10,
        "/report grew from {} to {} bytes",
        early.report,
        late.report
    );
    // The net change says what it was when the record began and how often
    // it was saved since.
    let public = server.get("/export/record.json").json();
    let changes = public["plan_changes"].as_array().expect("plan_changes");
    assert_eq!(changes.len(), 500, "one net change per institution");
    let first = &changes[0];
    assert_eq!(first["field"], "name");
    assert_eq!(first["saves"], SAVES as u64);
    assert!(!first["from"].as_str().unwrap().contains(" r0"), "{first}");
    assert!(first["to"].as_str().unwrap().ends_with(" r060"), "{first}");
    assert!(
        public.get("plan_saves").is_none(),
        "per-save lines are the chair's"
    );
    let full = server.chair_get("/export/record.json").json();
    assert_eq!(full["plan_saves"].as_array().unwrap().len(), SAVES);
    assert_eq!(full["plan_saves"][0]["changes"], 500);

    // A restart replays to the same state and record.
    let state = settled(server.get("/api/state").json());
    let record = record_now(&server);
    drop(server);
    let server = Server::start(&data, None);
    assert_eq!(settled(server.get("/api/state").json()), state);
    assert_eq!(record_now(&server), record);
}

#[test]
fn relays_fold_the_patches_to_the_venues_plan() {
    let dir = tempfile::tempdir().unwrap();
    let nats = Nats::start(&dir.path().join("nats"));
    let venue = primary(&dir.path().join("data"), &nats, "patches");
    let early = relay(&nats, "patches");
    linked(&early);
    let draft = venue.chair_get("/api/plan/draft").json()["draft"].clone();
    // Every institution renamed, the last item moved first.
    let mut first = renamed(&draft, 1);
    let items = first["items"].as_array_mut().unwrap();
    let last = items.pop().unwrap();
    items.insert(0, last);
    save(&venue, &first);
    // A relay that starts now folds the patch from the stream's beginning.
    let late = relay(&nats, "patches");
    linked(&late);
    // One institution taken away, one added, names changed again.
    let mut second = renamed(&first, 2);
    let institutions = second["institutions"].as_array_mut().unwrap();
    institutions.remove(1);
    institutions.push(serde_json::json!({"id": "late", "name": "Late Arrivals", "promised": "7"}));
    save(&venue, &second);

    let seq = seq_of(&venue);
    let plan = venue.get("/api/plan").json();
    assert!(plan.to_string().contains("Late Arrivals"), "{plan}");
    for relay in [&early, &late] {
        reaches(relay, seq, std::time::Duration::from_secs(10));
        assert_eq!(relay.get("/api/plan").json(), plan, "{}", relay.addr);
    }
}

#[test]
fn a_data_dir_whose_log_kept_whole_plans_serves_as_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    // A record as the version before patches wrote it: schema 1, and a
    // plan change holding the whole new plan and its list of changes.
    let plan = assembly::plan::demo();
    let mut renamed = plan.clone();
    renamed.institutions[0].name = "St Mary’s Church, Cambridge".into();
    let mut late = renamed.institutions[0].clone();
    late.id = assembly::domain::plan::Id::parse("late").unwrap();
    late.name = "Late Arrivals".into();
    renamed.institutions.push(late);
    let changes = assembly::domain::plan_change::diff(&plan, &renamed);
    let old_change = format!(
        r#"{{"type":"plan_changed","plan":{},"changes":{}}}"#,
        serde_json::to_string(&renamed).unwrap(),
        serde_json::to_string(&changes).unwrap()
    );
    let conn = rusqlite::Connection::open(data.join("assembly.db")).unwrap();
    conn.execute_batch(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, id TEXT, body TEXT NOT NULL);
         INSERT INTO meta (key, value) VALUES ('schema', '1');",
    )
    .unwrap();
    let json = serde_json::to_string(&plan).unwrap();
    conn.execute("INSERT INTO meta (key, value) VALUES ('plan', ?1)", [&json])
        .unwrap();
    let at = 1_790_000_000_000_i64;
    for (seq, body) in [
        r#"{"type":"checked_in","device":"d1","institution":"st-marys"}"#,
        &old_change,
        r#"{"type":"checked_in","device":"d2","institution":"late"}"#,
    ]
    .iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO events (seq, at, body) VALUES (?1, ?2, ?3)",
            rusqlite::params![seq as i64 + 1, at + seq as i64, body],
        )
        .unwrap();
    }
    drop(conn);

    let server = Server::start(&data, None);
    let state = server.get("/api/state").json();
    assert_eq!(state["seq"], 3);
    assert_eq!(state["plan_seq"], 2);
    assert_eq!(state["turnout"]["checked_in"]["st-marys"], 1, "{state}");
    assert_eq!(state["turnout"]["checked_in"]["late"], 1, "{state}");
    assert!(server.get("/api/plan").body.contains("Late Arrivals"));
    let record = server.chair_get("/export/record.json").json();
    assert_eq!(record["plan_saves"].as_array().unwrap().len(), 1);
    let told = record["plan_changes"].to_string();
    assert!(told.contains("St Mary’s Church, Cambridge"), "{told}");
    assert!(told.contains("\"added\""), "{told}");
    // Served once, the record is this version's, and reads the same again.
    let state = settled(state);
    let record = record_now(&server);
    drop(server);
    let conn = rusqlite::Connection::open(data.join("assembly.db")).unwrap();
    let schema: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(schema, "4", "marked as this version's record");
    drop(conn);
    let server = Server::start(&data, None);
    assert_eq!(settled(server.get("/api/state").json()), state);
    assert_eq!(record_now(&server), record);
}
