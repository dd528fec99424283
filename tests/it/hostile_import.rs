//! Hostile spreadsheets cannot take the hall down: sheets that declare a
//! million rows, zips that inflate to a gigabyte, repeat counts and
//! million-row CSV files are refused (413) or fail alone (422), while the
//! server goes on serving the hall and its phones. Every file is built
//! here, small on disk.

use crate::common;
mod files;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::socket::{listen, open};
use common::{Server, post_import as post, run_bounded};
use files::{
    Entry, SHEET_HEAD, corners_as_ods, declared_strings, gigabyte_string, inline, million_row_csv,
    millions_of_rows, ods_repeats, shared_text, too_many_rows, two_corners, xlsx,
};
use serde_json::Value;

/// Most the server's memory may grow (VmHWM) through every hostile file.
const MEMORY_GROWTH_KB: u64 = 300 * 1024;
/// Longest an answer to a hostile file may take.
const ANSWER_WITHIN: Duration = Duration::from_secs(25);

/// Every `seq` a phone's socket hears, kept as it arrives.
#[derive(Clone, Default)]
struct Heard(Arc<Mutex<Vec<u64>>>);

impl Heard {
    fn phone(server: &Server) -> Heard {
        let heard = Heard::default();
        let out = heard.clone();
        listen(open(&server.ws_url("role=attendee")), move |text| {
            let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            if let Some(seq) = value["state"]["seq"].as_u64() {
                out.0.lock().unwrap().push(seq);
            }
        });
        heard
    }

    fn reaches(&self, seq: u64) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.0.lock().unwrap().iter().any(|&s| s >= seq) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

/// The server's peak resident memory, in kB.
fn peak_kb(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.pid())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

/// The hall is still served: health, state, and the phones hear the
/// chair's next command.
fn hall_still_served(server: &Server, phones: &[Heard], after: &str) {
    let health = server.get("/healthz");
    assert_eq!(health.status, 200, "after {after}: {}", health.body);
    let state = server.get("/api/state");
    assert_eq!(state.status, 200, "after {after}");
    let seq = server.must(r#"{"cmd": "extend", "seconds": 10}"#);
    for (n, phone) in phones.iter().enumerate() {
        assert!(
            phone.reaches(seq),
            "after {after}: phone {n} never heard seq {seq}"
        );
    }
}

#[test]
fn hostile_spreadsheets_are_refused_and_the_hall_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), None);
    server.must(r#"{"cmd": "start"}"#);
    let phones: Vec<Heard> = (0..3).map(|_| Heard::phone(&server)).collect();
    hall_still_served(&server, &phones, "nothing");
    let before = peak_kb(&server);

    let files: [(&str, Vec<u8>, u16, &[&str]); 9] = [
        (
            "corners.xlsx",
            two_corners(),
            413,
            &["Institutions", "1,048,576 rows"],
        ),
        (
            "string.xlsx",
            gigabyte_string(),
            413,
            &["string.xlsx", "MB"],
        ),
        ("rows.xlsx", millions_of_rows(), 413, &["rows.xlsx", "MB"]),
        (
            "members.xlsx",
            too_many_rows(),
            413,
            &["Institutions", "spans 10,001 rows"],
        ),
        (
            "repeats.ods",
            ods_repeats(),
            413,
            &["Institutions", "1,048,576 rows"],
        ),
        (
            "members.csv",
            million_row_csv(),
            413,
            &["members.csv", "10,000"],
        ),
        (
            "long.xlsx",
            shared_text(1 << 20, 40),
            413,
            &["Institutions", "1,048,576 characters in cell A2"],
        ),
        (
            "declared.xlsx",
            declared_strings(),
            413,
            &["declared.xlsx", "999,999,999,999 shared strings"],
        ),
        (
            "text.xlsx",
            shared_text(9_000, 2_000),
            413,
            &["more than 16 MB of text"],
        ),
    ];
    for (name, bytes, status, words) in &files {
        assert!(bytes.len() < 3 << 20, "{name} is small on disk");
        let (got, json, took) = post(&server, name, bytes);
        let error = json["error"].as_str().unwrap_or_default();
        eprintln!("{name} ({} bytes): {got} in {took:?}: {error}", bytes.len());
        assert_eq!(got, *status, "{name}: {json}");
        for word in *words {
            assert!(
                error.contains(word),
                "{name}: {error:?} should say {word:?}"
            );
        }
        assert!(took < ANSWER_WITHIN, "{name} took {took:?}");
        hall_still_served(&server, &phones, name);
    }
    // A content.xml slipped into the corners: not read as ODS then as
    // xlsx whole; it is said not to be a spreadsheet, and nothing dies.
    let (status, json, _) = post(&server, "slipped.xlsx", &corners_as_ods());
    assert_eq!(status, 200, "{json}");
    let said = json["problems"][0]["message"].as_str().unwrap_or_default();
    assert!(
        said.contains("slipped.xlsx: this is not a spreadsheet"),
        "{json}"
    );
    hall_still_served(&server, &phones, "slipped.xlsx");

    let after = peak_kb(&server);
    eprintln!("the server's peak memory: {before} kB before, {after} kB after");
    assert!(
        after < before + MEMORY_GROWTH_KB,
        "the server's peak memory went from {before} kB to {after} kB"
    );
}

/// A stand-in for the parser that never answers, or that dies: the server
/// kills it at the time limit, answers 422 and goes on. Two imports run at
/// once; a third is asked to wait.
#[test]
fn a_parse_that_hangs_or_dies_is_ended_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let hang = dir.path().join("hang.sh");
    // Each hanging worker leaves a mark as it starts, so the test knows
    // when both are running.
    let started = dir.path().join("started");
    std::fs::create_dir(&started).unwrap();
    std::fs::write(
        &hang,
        format!(
            "#!/bin/sh\ntouch '{}/'$$\nexec sleep 30\n",
            started.display()
        ),
    )
    .unwrap();
    let die = dir.path().join("die.sh");
    std::fs::write(&die, "#!/bin/sh\nkill -ABRT $$\n").unwrap();
    for script in [&hang, &die] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let csv = b"Institution,Promised\nSt Mary's,4\n";
    for (worker, says) in [(&hang, "within 3 s"), (&die, "could not be read")] {
        let server = Arc::new(Server::start_env(
            &dir.path().join(format!("data-{says}")),
            None,
            "127.0.0.1:0",
            &["--import-seconds", "3"],
            &[("ASSEMBLY_IMPORT_WORKER", worker.to_str().unwrap())],
        ));
        let phones = [Heard::phone(&server)];
        let running: Vec<_> = (0..2)
            .map(|_| {
                let server = server.clone();
                std::thread::spawn(move || post(&server, "members.csv", csv))
            })
            .collect();
        if worker == &hang {
            // Both are running (and stopped only at 3 s).
            common::poll(Duration::from_secs(3), Duration::from_millis(20), || {
                match std::fs::read_dir(&started).map(|d| d.count()) {
                    Ok(2) => Ok(()),
                    seen => Err(format!("workers started: {seen:?}")),
                }
            });
            let (status, json, _) = post(&server, "members.csv", csv);
            assert_eq!(status, 429, "a third import at once waits: {json}");
            assert!(json["error"].as_str().unwrap_or_default().contains("wait"));
        }
        for import in running {
            let (status, json, took) = import.join().unwrap();
            let error = json["error"].as_str().unwrap_or_default();
            assert_eq!(status, 422, "{json}");
            assert!(error.contains(says), "{error:?} should say {says:?}");
            assert!(took < Duration::from_secs(6), "took {took:?}");
        }
        server.must(r#"{"cmd": "start"}"#);
        hall_still_served(&server, &phones, "a worker that hangs or dies");
    }
}

#[test]
fn assembly_import_refuses_the_file_with_a_message_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corners.xlsx");
    std::fs::write(&file, two_corners()).unwrap();
    assert!(std::fs::metadata(&file).unwrap().len() < 4096);
    let out = dir.path().join("plan.toml");
    let done = run_bounded(&[
        "import",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.code, Some(1), "an exit, not a signal: {}", done.said);
    assert!(
        done.said.contains("1,048,576 rows") && done.said.contains("10,000"),
        "{}",
        done.said
    );
    assert!(!Path::new(&out).exists(), "nothing was written");
}

/// Ordinary files still import through the API, and a sheet is judged by
/// its values, not by what it declares: formatting down to the last row
/// (a dimension of A1:AMJ1048576, as some programs write) is no refusal.
#[test]
fn ordinary_files_still_import_through_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), None);
    let answer = server.chair_request(
        "POST",
        "/api/import?name=institutions.csv",
        &[],
        "Institution,Promised\nSt Mary's,4\n",
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["draft"]["institutions"][0]["id"], "st-mary-s");

    let sheet = format!(
        r#"{SHEET_HEAD}<dimension ref="A1:AMJ1048576"/><sheetData><row r="1">{}{}</row><row r="2">{}<c r="B2"><v>4</v></c></row><row r="1048576"><c r="A1048576" s="1"/></row></sheetData></worksheet>"#,
        inline("A1", "Institution"),
        inline("B1", "Promised"),
        inline("A2", "St Mary's"),
    );
    let book = xlsx("Institutions", Entry::Stored(sheet.into_bytes()), None);
    let (status, json, _) = post(&server, "formatted.xlsx", &book);
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["draft"]["institutions"][0]["promised"], "4");
}
