//! A record no one can lose at start: a second server on a data dir in use
//! stops at once, names the first and writes nothing; a crashed server's
//! lock never blocks a restart; a damaged record is refused, never started
//! over, and only a new data dir starts a new record.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{Finished, KEY, Server, run_bounded};

/// The demo plan as a file, and the same plan with an edited title.
fn plans(dir: &Path) -> (PathBuf, PathBuf) {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.toml");
    let source = std::fs::read_to_string(demo).unwrap();
    let edited = source.replace(
        "title = \"Riverside Citizens Accountability Assembly\"",
        "title = \"Riverside Assembly, edited\"",
    );
    assert_ne!(source, edited, "the edit applies");
    let (plan, other) = (dir.join("plan.toml"), dir.join("edited.toml"));
    std::fs::write(&plan, source).unwrap();
    std::fs::write(&other, edited).unwrap();
    (plan, other)
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// Every byte of the record and the lock. (`-shm` is SQLite's index of the
/// journal, rebuilt by whoever opens the file: not part of the record.)
fn snapshot(data: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(data)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| !path.to_string_lossy().ends_with("-shm"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

/// Check in `n` new phones; every one must be acknowledged. Returns the
/// `seq` of the last.
fn check_in(server: &Server, n: usize) -> u64 {
    let mut last = 0;
    for i in 0..n {
        let (response, _) = server.check_in(None, ["st-marys", "al-noor", ""][i % 3]);
        assert_eq!(response.status, 200, "{}", response.body);
        last = response.json()["seq"]
            .as_u64()
            .expect("an acknowledged seq");
    }
    last
}

/// Phones checked in, once the public state has reached `seq`.
fn phones(server: &Server, seq: u64) -> u64 {
    let state = server.state_at(seq);
    state["turnout"]["phones"].as_u64().expect("a phone count")
}

fn assert_names(refusal: &Finished, first: &Server) {
    assert_eq!(refusal.code, Some(1), "{}", refusal.said);
    let said = &refusal.said;
    assert!(
        said.contains("is in use by another assembly server"),
        "{said}"
    );
    assert!(said.contains(&format!("pid {}", first.pid())), "{said}");
    assert!(
        said.contains(&format!("listening on http://{}", first.addr)),
        "{said}"
    );
    assert!(said.contains("Nothing was changed"), "{said}");
    assert!(
        refusal.took < std::time::Duration::from_secs(5),
        "a second server stops at once, not after {:?}",
        refusal.took
    );
}

/// What `serve` prints up to "Press Ctrl-C": the banner with its links.
fn banner(data: &Path) -> String {
    use std::io::BufRead;
    let mut child = std::process::Command::new(common::binary())
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--chair-key",
            KEY,
            "--data",
        ])
        .arg(data)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut said = String::new();
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            said.push_str(&line);
            said.push('\n');
            if line.starts_with("Press Ctrl-C") {
                break;
            }
        }
        let _ = tx.send(said);
    });
    let said = rx.recv_timeout(std::time::Duration::from_secs(30));
    let _ = child.kill();
    let _ = child.wait();
    said.expect("the banner within 30 s")
}

#[test]
fn the_start_banner_lists_every_page_an_organiser_opens() {
    let dir = tempfile::tempdir().unwrap();
    let said = banner(&dir.path().join("data"));
    let base = said
        .lines()
        .find_map(|l| l.strip_prefix("listening on "))
        .expect("where it listens")
        .to_owned();
    for link in [
        format!("{base}/chair?key={KEY}"),
        format!("{base}/setup?key={KEY}"),
        format!("{base}/follow-up?key={KEY}"),
        format!("{base}/screen"),
        format!("{base}/stage"),
        format!("{base}/join"),
        format!("{base}/report"),
    ] {
        assert!(
            said.lines().any(|l| l.trim().ends_with(&link)),
            "{link} not in the banner:\n{said}"
        );
    }
}

#[test]
fn a_second_server_with_an_edited_plan_stops_at_once_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, edited) = plans(dir.path());
    let data = dir.path().join("data");
    let mut first = Server::start(&data, Some(&plan));
    let second = [
        "serve",
        arg(&edited),
        "--data",
        arg(&data),
        "--bind",
        "127.0.0.1:0",
        "--chair-key",
        KEY,
    ];

    // Before anything is recorded, and again once phones have checked in.
    let before = snapshot(&data);
    assert_names(&run_bounded(&second), &first);
    assert_eq!(snapshot(&data), before, "the second server wrote nothing");
    check_in(&first, 20);
    let before = snapshot(&data);
    assert_names(&run_bounded(&second), &first);
    assert_eq!(snapshot(&data), before, "the second server wrote nothing");

    // The first keeps serving, and everything it acknowledged survives it.
    let seq = check_in(&first, 1);
    assert_eq!(phones(&first, seq), 21);

    // `export` reads the record while its server runs.
    let out = dir.path().join("record");
    let export = run_bounded(&["export", "--data", arg(&data), "--out", arg(&out)]);
    assert_eq!(export.code, Some(0), "{}", export.said);
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("record.json")).unwrap()).unwrap();
    assert_eq!(record["turnout_totals"]["phones"], 21);
    first.kill();
    let again = Server::start(&data, None);
    assert_eq!(phones(&again, seq), 21);
    assert_eq!(
        again.get("/api/plan").json()["assembly"]["title"],
        "Riverside Citizens Accountability Assembly",
        "the saved plan is still the first server's"
    );
}

#[test]
fn a_second_server_on_a_port_in_use_names_the_first_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, _) = plans(dir.path());
    let data = dir.path().join("data");
    let mut first = Server::start(&data, Some(&plan));
    let seq = check_in(&first, 12);
    let before = snapshot(&data);
    // No --chair-key: a start that got as far as the record would save
    // a random key of its own there.
    let bind = first.addr.to_string();
    let refusal = run_bounded(&["serve", arg(&plan), "--data", arg(&data), "--bind", &bind]);
    assert_names(&refusal, &first);
    assert_eq!(snapshot(&data), before, "the second server wrote nothing");

    assert_eq!(phones(&first, seq), 12);
    first.kill();
    let again = Server::start(&data, Some(&plan));
    assert_eq!(phones(&again, seq), 12);
}

#[test]
fn a_killed_server_does_not_block_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut first = Server::start(&data, None);
    let seq = check_in(&first, 5);
    let pid = first.pid();
    first.kill();
    let lock = std::fs::read_to_string(data.join("assembly.lock")).expect("the lock file stays");
    assert!(lock.contains(&format!("pid={pid}")), "{lock}");

    let again = Server::start(&data, None);
    assert_eq!(phones(&again, seq), 5);
    let lock = std::fs::read_to_string(data.join("assembly.lock")).unwrap();
    assert!(lock.contains(&format!("pid={}", again.pid())), "{lock}");
}

/// Stop a server and change its record by hand, as a damaged disk or a
/// careless edit would.
fn tamper(data: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(data.join("assembly.db")).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn assert_refused(data: &Path, what: &str) {
    let before = snapshot(data);
    let refusal = run_bounded(&[
        "serve",
        "--data",
        arg(data),
        "--bind",
        "127.0.0.1:0",
        "--chair-key",
        KEY,
    ]);
    let said = &refusal.said;
    assert_eq!(refusal.code, Some(1), "{said}");
    assert!(said.contains(what), "{said}");
    assert!(said.contains("Nothing was changed"), "{said}");
    assert!(said.contains("--data NEW_DIR"), "{said}");
    assert!(!said.contains("starting a new record"), "{said}");
    // The lock file is the refusing server's own; the record is untouched.
    let mut after = snapshot(data);
    let mut before = before;
    after.remove("assembly.lock");
    before.remove("assembly.lock");
    assert_eq!(after, before, "a refused record is left as it was");
}

#[test]
fn serve_refuses_a_damaged_record_and_starts_a_new_one_only_in_a_new_dir() {
    let dir = tempfile::tempdir().unwrap();

    // A dir that does not exist yet is new, and the terminal says so.
    let data = dir.path().join("data");
    let (mut server, told) = Server::start_telling(&data, None);
    let expected = format!("new data dir {}: starting a new record", data.display());
    assert!(told.contains(&expected), "{told}");
    let seq = check_in(&server, 4);
    server.kill();
    let (mut server, told) = Server::start_telling(&data, None);
    assert!(!told.contains("starting a new record"), "{told}");
    assert_eq!(phones(&server, seq), 4);
    server.kill();

    // A gap in the log: event 2 of 4 is gone.
    let copy = dir.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    std::fs::copy(data.join("assembly.db"), copy.join("assembly.db")).unwrap();
    tamper(&data, "DELETE FROM events WHERE seq = 2");
    assert_refused(&data, "event 2 is missing");
    let out = dir.path().join("out");
    let export = run_bounded(&["export", "--data", arg(&data), "--out", arg(&out)]);
    assert_eq!(export.code, Some(1), "{}", export.said);
    assert!(
        export.said.contains("event 2 is missing"),
        "{}",
        export.said
    );

    // The events table dropped by hand, the plan still there.
    tamper(&copy, "DROP TABLE events");
    assert_refused(&copy, "the table of events is missing");

    // An assembly.db that is empty, or not SQLite at all.
    let empty = dir.path().join("empty-file");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("assembly.db"), "").unwrap();
    assert_refused(&empty, "the file is empty");
    let foreign = dir.path().join("foreign");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("assembly.db"), "name,phone\n").unwrap();
    assert_refused(&foreign, "not a SQLite database");

    // An existing empty dir is a new one.
    let fresh = dir.path().join("fresh");
    std::fs::create_dir(&fresh).unwrap();
    let (_server, told) = Server::start_telling(&fresh, None);
    assert!(told.contains("starting a new record"), "{told}");
}
