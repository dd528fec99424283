//! The record no one can leak: without the chair key, no route or socket
//! carries the chair's notes, notes on answers, follow-up or a pledge tally
//! before it is revealed; with the key, and from `assembly export`, the full
//! record does. CSV cells that look like formulas are neutralised.

use crate::common;

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::record::{chair_cookie, cookie_get, csv_table, export, serve};
use common::{Server, request};
use serde_json::Value;
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

/// Markers no page could contain by accident.
const CHAIR_NOTE: &str = "CHAIRNOTE-q7v3x";
const ANSWER_NOTE: &str = "ANSWERNOTE-k2m9w";
const EARLIER_NOTE: &str = "EARLIERNOTE-p4d8z";
const FOLLOW_NOTE: &str = "FOLLOWNOTE-h6j1r";
const SECRETS: [&str; 4] = [CHAIR_NOTE, ANSWER_NOTE, EARLIER_NOTE, FOLLOW_NOTE];

/// Names that start like spreadsheet formulas.
const PLAN: &str = r#"
[assembly]
title = "Access test"
venue = "Hall"

[[institution]]
id = "church"
name = "=HYPERLINK(\"http://evil.example\",\"click\")"
promised = 40

[[institution]]
id = "school"
name = "School"
promised = 20

[[power_holder]]
id = "mayor"
name = "+Mayor"
role = "Mayor"

[[ask]]
id = "homes"
title = "-Homes for all"
text = "Will you?"
to = ["mayor"]

[[pledge]]
id = "team"
text = "@team: will you join?"

[[pledge]]
id = "later"
text = "Will you come back?"

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 5
notes = "Private: CHAIRNOTE-q7v3x"

[[item]]
title = "Answers"
kind = "response"
ask = "homes"
minutes = 5
notes = "Also CHAIRNOTE-q7v3x"

[[item]]
title = "@Pledge"
kind = "pledge"
pledge = "team"
minutes = 5
"#;

/// Every text frame a socket gets until one carries `seq` (bounded).
fn frames(server: &Server, role: &str, seq: u64) -> String {
    let (mut socket, _) =
        tungstenite::connect(server.ws_url(&format!("role={role}"))).expect("the socket opens");
    if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
        let stream: &TcpStream = stream;
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut all = String::new();
    while Instant::now() < deadline {
        if let Ok(Message::Text(text)) = socket.read() {
            all.push_str(&text);
            let value: Value = serde_json::from_str(&text).unwrap();
            if value["type"] == "state" && value["state"]["seq"].as_u64() >= Some(seq) {
                return all;
            }
        }
    }
    panic!("the {role} socket never reached seq {seq}");
}

/// Every row of a CSV, its header first.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// An assembly with every kind of secret: chair notes in the plan, a note on
/// an answer that replaced an earlier one, a follow-up note, and a pledge
/// with votes that was never revealed. Returns the last seq and a phone.
fn script(server: &Server) -> (u64, String) {
    server.must(r#"{"cmd":"start"}"#);
    let (_, phone) = server.check_in(None, "church");
    let (_, other) = server.check_in(None, "school");
    server.must(r#"{"cmd":"next"}"#);
    server.must(&format!(
        r#"{{"cmd":"respond","ask":"homes","holder":"mayor","answer":"waffle","note":"{EARLIER_NOTE}"}}"#
    ));
    server.must(&format!(
        r#"{{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes","note":"{ANSWER_NOTE}"}}"#
    ));
    server.must(r#"{"cmd":"next"}"#);
    for device in [&phone, &other] {
        let voted = server.pledge(device, "team", "yes");
        assert_eq!(voted.status, 200, "{}", voted.body);
    }
    let last = server.must(&format!(
        r#"{{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"in_progress","note":"{FOLLOW_NOTE}"}}"#
    ));
    (last, phone)
}

/// [`PLAN`] served from `dir` after [`script`], its public state caught up:
/// the server, its data dir, the last seq and a phone.
fn after_the_night(dir: &Path) -> (Server, PathBuf, u64, String) {
    let (server, data) = serve(dir, PLAN);
    let (last, phone) = script(&server);
    server.state_at(last);
    (server, data, last, phone)
}

fn assert_hidden_tally(json: &Value, place: &str) {
    let pledge = json
        .as_array()
        .and_then(|a| a.iter().find(|p| p["pledge"] == "team"))
        .unwrap_or_else(|| panic!("{place}: no pledge `team` in {json}"));
    assert_eq!(pledge["revealed"], false, "{place}");
    assert!(
        pledge.get("yes").is_none() && pledge.get("no").is_none(),
        "{place} shows a tally not yet revealed: {pledge}"
    );
}

#[test]
fn without_the_key_nothing_the_projector_hides_leaves_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let (server, data, last, phone) = after_the_night(dir.path());

    // Every public route, socket and export.
    let cookie = format!("assembly_device={phone}");
    let join = cookie_get(&server, "/join", &cookie);
    let mut public = vec![
        ("/join as a phone".to_owned(), join.body),
        ("socket screen".into(), frames(&server, "screen", last)),
        ("socket stage".into(), frames(&server, "stage", last)),
        ("socket attendee".into(), frames(&server, "attendee", last)),
    ];
    for path in [
        "/report",
        "/api/state",
        "/api/plan",
        "/screen",
        "/stage",
        "/overlay",
        "/join",
        "/",
        "/export/record.json",
        "/export/responses.csv",
        "/export/turnout.csv",
        "/export/timings.csv",
        "/export/follow-ups.csv",
    ] {
        let response = server.get(path);
        assert!(response.status < 500, "{path}: {}", response.status);
        public.push((path.to_owned(), response.body));
    }
    for (place, body) in &public {
        for secret in SECRETS {
            assert!(!body.contains(secret), "{place} leaks {secret}:\n{body}");
        }
        assert!(
            !body.contains("\"yes\":2"),
            "{place} shows the hidden tally"
        );
    }

    // The public record says what it is, and hides tallies by structure.
    let record = server.get("/export/record.json").json();
    assert_eq!(record["access"], "public");
    assert_hidden_tally(&record["pledges"], "public record.json");
    // The follow-up scorecard is public: statuses and days, no notes.
    let follow = &record["follow_ups"][0];
    assert_eq!(follow["status"], "in_progress");
    assert!(follow["history"][0]["on"].is_string());
    assert!(follow["history"][0].get("note").is_none(), "{follow}");
    assert!(record["responses"][0].get("history").is_none());
    assert_hidden_tally(&server.get("/api/state").json()["pledges"], "/api/state");
    let follow = server.get("/export/follow-ups.csv");
    assert_eq!(follow.status, 200, "{}", follow.body);
    assert!(!csv_rows(&follow.body)[0].contains(&"note".to_owned()));
    let report = server.get("/report");
    assert_eq!(report.header("cache-control"), Some("no-store"));
    assert!(report.body.contains("This is the public record"));
    let pledges = &report.body[report.body.find("id=\"pledges\"").unwrap()..];
    assert!(pledges.contains("not revealed"), "{pledges}");
    assert!(!report.body.contains("Replaced during negotiation"));
    let (header, rows) = csv_table(&server.get("/export/responses.csv").body);
    assert!(!header.contains(&"note".to_owned()), "{header:?}");
    assert_eq!(rows.len(), 1);

    // With the key: the full record, notes and tallies included.
    let full = server.chair_get("/export/record.json");
    assert_eq!(full.status, 200);
    for secret in SECRETS {
        assert!(full.body.contains(secret), "the full record lacks {secret}");
    }
    let full = full.json();
    assert_eq!(full["access"], "chair");
    assert_eq!(full["pledges"][0]["yes"], 2);
    assert_eq!(full["pledges"][0]["no"], 0);
    let report = server.chair_get("/report").body;
    for secret in [ANSWER_NOTE, EARLIER_NOTE, FOLLOW_NOTE] {
        assert!(report.contains(secret), "the chair's report lacks {secret}");
    }
    assert!(report.contains("This is the full record"));
    // The chair page's own link carries the chair cookie.
    let session = chair_cookie(&server);
    let with_cookie = cookie_get(&server, "/export/record.json", &session);
    assert!(with_cookie.body.contains(CHAIR_NOTE));
    let wrong = request(
        server.addr,
        "GET",
        "/report",
        &[("Authorization", "Bearer not-the-key-at-all")],
        "",
    );
    assert!(!wrong.body.contains(ANSWER_NOTE));
    drop(server);

    // The organiser's machine: `assembly export` writes the full record.
    let out = dir.path().join("out");
    export(&data, &out, &[]);
    let record = std::fs::read_to_string(out.join("record.json")).unwrap();
    let report = std::fs::read_to_string(out.join("report.html")).unwrap();
    for secret in SECRETS {
        assert!(
            record.contains(secret),
            "exported record.json lacks {secret}"
        );
    }
    for secret in [ANSWER_NOTE, EARLIER_NOTE, FOLLOW_NOTE] {
        assert!(report.contains(secret), "exported report lacks {secret}");
    }
    assert!(
        std::fs::read_to_string(out.join("follow-ups.csv"))
            .unwrap()
            .contains(FOLLOW_NOTE)
    );
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised_and_numbers_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let (server, ..) = after_the_night(dir.path());

    let all: String = ["responses", "turnout", "timings", "follow-ups"]
        .iter()
        .flat_map(|name| csv_rows(&server.chair_get(&format!("/export/{name}.csv")).body))
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    for risky in ["=HYPERLINK", "+Mayor", "-Homes", "@Pledge"] {
        assert!(
            all.contains(&format!("'{risky}")),
            "{risky} is not neutralised:\n{all}"
        );
    }
    for line in all.lines() {
        assert!(
            !line.starts_with(['=', '+', '@']),
            "a cell starts like a formula: {line:?}"
        );
    }
    // The first item ran shorter than planned: its difference is a negative
    // number, left as a number.
    let timings = csv_rows(&server.chair_get("/export/timings.csv").body);
    let column = timings[0]
        .iter()
        .position(|h| h == "difference_seconds")
        .unwrap();
    let difference = &timings[1][column];
    assert!(difference.starts_with('-'), "{difference}");
    assert!(difference.parse::<i64>().unwrap() < 0, "{difference}");
}

#[test]
fn control_characters_in_chair_messages_and_notes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    server.must(r#"{"cmd":"start"}"#);
    for body in [
        r#"{"cmd":"message","to":"screen","text":"Seats\u001b[2J please"}"#,
        r#"{"cmd":"message","to":"stage","text":"Wrap\u0000up"}"#,
        r#"{"cmd":"respond","ask":"living-wage","holder":"council-leader","answer":"yes","note":"By\u009bApril"}"#,
    ] {
        let refused = server.command(body);
        assert_eq!(refused.status, 400, "{body}: {}", refused.body);
        let error = refused.json()["error"].as_str().unwrap().to_owned();
        assert!(error.contains("control character"), "{error}");
    }
    // Line breaks and tabs are text.
    server.must(r#"{"cmd":"respond","ask":"living-wage","holder":"council-leader","answer":"yes","note":"By April,\r\n\tin full"}"#);
}
