//! The record after a scripted assembly: the report and every export,
//! checked field by field, with names that test quoting everywhere.

use crate::common;

use common::Server;
use common::record::{assert_row, csv_table, export, fixture};
use serde_json::Value;

fn tricky() -> std::path::PathBuf {
    fixture("tricky.toml")
}

/// Run a short assembly: a negotiated yes, a no, roll call, check-ins, a
/// pledge, follow-ups after the end.
fn script(server: &Server) -> u64 {
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"turnout","institution":"church","count":38}"#);
    server.must(r#"{"cmd":"turnout","institution":"mosque","count":41}"#);
    let (_, a) = server.check_in(None, "mosque");
    let (_, _b) = server.check_in(None, "school");
    let (_, c) = server.check_in(None, "");
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"waffle","note":"Needs \"costing\", first"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes","note":"Every flat,\nby June"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"chief","answer":"no"}"#);
    server.must(r#"{"cmd":"next"}"#);
    for (device, answer) in [(&a, "yes"), (&c, "no")] {
        let response = server.pledge(device, "team", answer);
        assert_eq!(response.status, 200, "{}", response.body);
    }
    server.must(r#"{"cmd":"reveal","pledge":"team"}"#);
    server.must(r#"{"cmd":"end"}"#);
    let refused = server
        .command(r#"{"cmd":"follow_up","ask":"homes","holder":"nobody","status":"achieved"}"#);
    assert_eq!(refused.status, 400);
    let bad =
        server.command(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"done"}"#);
    assert_eq!(bad.status, 400, "{}", bad.body);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"in_progress","note":"Survey started, 1/3 done"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"achieved","note":"Council motion passed 3 June"}"#)
}

#[test]
fn report_and_exports_hold_exactly_what_was_done() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&tricky()));
    let last = script(&server);
    server.state_at(last);

    // record.json
    let record = server.chair_get("/export/record.json").json();
    assert_eq!(record["schema"], 3);
    assert_eq!(record["seq"], last);
    assert_eq!(record["phase"], "ended");
    assert_eq!(
        record["plan"]["assembly"]["title"],
        "Assemblée \"Citoyens\", Nord <b>2026</b>"
    );
    let responses = record["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 2);
    let mayor = &responses[0];
    assert_eq!(mayor["holder"], "mayor");
    assert_eq!(mayor["answer"], "yes");
    assert_eq!(mayor["note"], "Every flat,\nby June");
    assert_eq!(mayor["history"][0]["answer"], "waffle");
    assert_eq!(mayor["history"][0]["note"], "Needs \"costing\", first");
    assert_eq!(responses[1]["answer"], "no");
    let turnout = record["turnout"].as_array().unwrap();
    assert_eq!(turnout[0]["announced"], 38);
    assert_eq!(turnout[1]["announced"], 41);
    assert_eq!(turnout[1]["phones"], 1);
    assert_eq!(turnout[2]["announced"], Value::Null);
    assert_eq!(record["turnout_totals"]["phones"], 3);
    assert_eq!(record["turnout_totals"]["phones_on_own"], 1);
    assert_eq!(record["turnout_totals"]["announced"], 79);
    assert_eq!(record["pledges"][0]["yes"], 1);
    assert_eq!(record["pledges"][0]["no"], 1);
    assert_eq!(record["timings"].as_array().unwrap().len(), 4);
    assert!(
        record["timings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["visits"] == 1)
    );
    let follow = &record["follow_ups"][0];
    assert_eq!(follow["holder"], "mayor");
    assert_eq!(follow["status"], "achieved");
    assert_eq!(follow["history"][0]["status"], "in_progress");
    assert_eq!(follow["history"][1]["note"], "Council motion passed 3 June");

    // responses.csv, through a real CSV parser.
    let (header, rows) = csv_table(&server.chair_get("/export/responses.csv").body);
    assert_eq!(rows.len(), 2);
    assert_row(
        &header,
        &rows[0],
        &[
            ("holder_name", "María \"Mayor\" Núñez, Jr."),
            ("ask_title", "Homes, \"fit\" to live in"),
            ("answer", "yes"),
            ("note", "Every flat,\nby June"),
            ("earlier_answers", "waffle"),
        ],
    );
    assert_row(
        &header,
        &rows[1],
        &[("holder_name", "Дмитрий <script>alert(1)</script>")],
    );

    // turnout.csv
    let (header, rows) = csv_table(&server.get("/export/turnout.csv").body);
    assert_eq!(rows.len(), 3);
    let want: [&[(&str, &str)]; 3] = [
        &[("name", "St Mary's, \"Old\" Parish"), ("announced", "38")],
        &[("name", "مسجد النور"), ("phones", "1")],
        &[("name", "学校\nSecond line"), ("announced", "")],
    ];
    for (row, want) in rows.iter().zip(want) {
        assert_row(&header, row, want);
    }

    // timings.csv
    let (header, rows) = csv_table(&server.get("/export/timings.csv").body);
    assert_eq!(rows.len(), 4);
    assert_row(
        &header,
        &rows[2],
        &[
            ("title", "Responses: \"homes\""),
            ("planned_seconds", "360"),
            ("visits", "1"),
        ],
    );

    // follow-ups.csv: one row per commitment, with its latest step.
    let (header, rows) = csv_table(&server.chair_get("/export/follow-ups.csv").body);
    assert_eq!(rows.len(), 2);
    assert_row(
        &header,
        &rows[0],
        &[
            ("status", "achieved"),
            ("note", "Council motion passed 3 June"),
            ("steps", "2"),
        ],
    );
    assert_row(
        &header,
        &rows[1],
        &[("answer", "no"), ("status", "not_started"), ("steps", "0")],
    );

    // The report shows it all, escaped.
    let report = server.chair_get("/report");
    assert_eq!(report.status, 200);
    let html = report.body;
    assert!(html.contains("Assemblée &quot;Citoyens&quot;, Nord &lt;b&gt;2026&lt;/b&gt;"));
    assert!(html.contains("Дмитрий &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("Replaced during negotiation: Waffle"));
    assert!(html.contains("Council motion passed 3 June"));
    assert!(html.contains("Achieved"));
    assert!(html.contains("مسجد النور"));
    assert!(html.contains("<svg"), "charts are drawn server-side");
    assert!(html.contains("Scorecard"));

    // Offline export from the stopped server's data gives the same files.
    let live_turnout = server.get("/export/turnout.csv").body;
    drop(server);
    let out = dir.path().join("out");
    export(dir.path(), &out, &[]);
    assert_eq!(
        std::fs::read_to_string(out.join("turnout.csv")).unwrap(),
        live_turnout
    );
    let offline = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(
        offline.contains("<style>"),
        "the report file is self-contained"
    );
    assert!(!offline.contains("/assets/"), "no links back to the server");
    assert!(offline.contains("Council motion passed 3 June"));
    for name in [
        "record.json",
        "responses.csv",
        "timings.csv",
        "follow-ups.csv",
    ] {
        assert!(out.join(name).is_file(), "{name} written");
    }
}

#[test]
fn months_later_the_same_data_dir_takes_a_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&tricky()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"chief","answer":"yes"}"#);
    server.must(r#"{"cmd":"end"}"#);
    drop(server);
    // Serve again without the plan: the saved assembly comes back.
    let server = Server::start(dir.path(), None);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"chief","status":"broken","note":"No meeting held"}"#);
    let html = server.chair_get("/report").body;
    assert!(html.contains("Broken"));
    assert!(html.contains("No meeting held"));
}

/// Print the public `/report` to PDF in headless Chromium and read the text
/// back: the scorecard is there, what only the chair may see is not.
#[test]
fn the_report_prints_to_pdf_with_the_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&tricky()));
    let last = script(&server);
    server.state_at(last);
    let text =
        common::browser::printed_pages(&server.url("/report"), dir.path(), "report.pdf").join("\n");
    for needle in [
        "Scorecard",
        "Homes, \"fit\" to live in",
        "YES",
        "NO",
        "This is the public record",
        "Running order",
    ] {
        assert!(text.contains(needle), "the PDF lacks {needle:?}:\n{text}");
    }
    for secret in [
        "Replaced during negotiation",
        "Council motion passed 3 June",
    ] {
        assert!(!text.contains(secret), "the public PDF shows {secret:?}");
    }
}
