//! The record after a night run as a chair would: lengths the chair cut
//! with -1 min, institutions that promised nobody, plan changes told in
//! plain words. Checked in `/report`, `record.json` and the CSVs.

use crate::common;

use common::{KEY, Server, request};

const PLAN: &str = r#"[assembly]
title = "Cut Short Assembly"
venue = "Hall"
timezone = "Europe/London"

[[institution]]
id = "church"
name = "Holy Cross"
promised = 40

[[institution]]
id = "walk-in"
name = "Walk-ins"
promised = 0

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 1

[[item]]
title = "Amira's testimony"
kind = "testimony"
duration = "2:30"

[[item]]
title = "Close"
kind = "close"
minutes = 1
"#;

fn chair_get(server: &Server, path: &str) -> common::Response {
    let auth = format!("Bearer {KEY}");
    request(server.addr, "GET", path, &[("Authorization", &auth)], "")
}

fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// Start the plan in a fresh data dir.
fn serve(dir: &std::path::Path) -> (Server, std::path::PathBuf) {
    let plan = dir.join("plan.toml");
    std::fs::write(&plan, PLAN).unwrap();
    let data = dir.join("data");
    (Server::start(&data, Some(&plan)), data)
}

/// Move every event from `seq` on to `ms` after event `from` (in order, a
/// millisecond apart), as if the chair had waited that long: the log's own
/// times are what the record measures.
fn wait_in_the_log(data: &std::path::Path, from: u64, seq: u64, ms: i64) {
    let conn = rusqlite::Connection::open(data.join("assembly.db")).unwrap();
    conn.execute(
        "UPDATE events SET at = (SELECT at FROM events WHERE seq = ?1) + ?3 + (seq - ?2) \
         WHERE seq >= ?2",
        rusqlite::params![from as i64, seq as i64, ms],
    )
    .unwrap();
}

#[test]
fn the_record_measures_an_item_against_the_length_the_chair_set() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, data) = serve(dir.path());
    server.must(r#"{"cmd":"start"}"#);
    let testimony = server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"extend","seconds":-60}"#);
    server.must(r#"{"cmd":"extend","seconds":-60}"#);
    let next = server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"end"}"#);
    server.kill();
    // The testimony ran 0:44 against the 0:30 the chair set.
    wait_in_the_log(&data, testimony, next, 44_000);
    let server = Server::start(&data, None);

    let record = chair_get(&server, "/export/record.json").json();
    let timing = &record["timings"][1];
    assert_eq!(timing["planned_seconds"], 150, "{timing}");
    assert_eq!(timing["set_seconds"], 30, "{timing}");
    assert_eq!(timing["actual_seconds"], 44.0, "{timing}");
    assert_eq!(timing["difference_seconds"], 14.0, "{timing}");

    let rows = csv_rows(&server.get("/export/timings.csv").body);
    assert_eq!(rows[1]["planned_seconds"], "150");
    assert_eq!(rows[1]["set_seconds"], "30");
    assert_eq!(rows[1]["actual_seconds"], "44");
    assert_eq!(rows[1]["difference_seconds"], "14", "{:?}", rows[1]);
    // An item the chair left alone is set to its plan.
    assert_eq!(rows[0]["set_seconds"], rows[0]["planned_seconds"]);

    let report = server.get("/report").body;
    assert!(
        report.contains("planned 2:30, set to 0:30, ran 0:44: 0:14 over"),
        "the report shows the change and measures against it"
    );
    // The table's difference is against the length set: +0:14, never the
    // −1:46 it would be against the plan alone.
    let row = report
        .split("<tr>")
        .find(|row| row.contains("Amira"))
        .expect("the testimony's row");
    assert!(row.contains(">+0:14<"), "{row}");
    assert!(
        !row.contains("−1:46"),
        "never against the plan alone: {row}"
    );
    let drift = report
        .split("<p class=\"drift\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("the report explains the drift");
    assert!(
        drift.contains("the chair set the items 2:00 shorter"),
        "{drift}"
    );
    // The timeline draws the testimony red: over the length set.
    assert_eq!(report.matches("class=\"actual over\"").count(), 1);
}

#[test]
fn a_blank_promise_is_not_promised_in_the_report_and_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path());
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"turnout","institution":"walk-in","count":9}"#);
    server.must(r#"{"cmd":"turnout","institution":"church","count":38}"#);

    let report = server.get("/report").body;
    assert!(!report.contains("9 / 0"), "the chart says 9 of nobody");
    assert!(report.contains("not promised"));
    assert!(report.contains("38 / 40"), "a real promise keeps its count");

    let record = chair_get(&server, "/export/record.json").json();
    assert_eq!(record["turnout"][1]["promised"], serde_json::Value::Null);
    assert_eq!(record["turnout"][1]["announced"], 9);
    assert_eq!(record["turnout"][0]["promised"], 40);

    let rows = csv_rows(&server.get("/export/turnout.csv").body);
    assert_eq!(rows[1]["promised"], "", "{:?}", rows[1]);
    assert_eq!(rows[0]["promised"], "40");

    let xlsx = crate::xlsx::workbook_rows(&server, "/export/record.xlsx", "Turnout");
    let promised = xlsx[0].iter().position(|h| h == "Promised").unwrap();
    assert_eq!(xlsx[2][promised], "", "{:?}", xlsx[2]);
    assert_eq!(xlsx[1][promised], "40");
}

#[test]
fn plan_changes_are_told_in_plain_words_with_the_time() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path());
    server.must(r#"{"cmd":"start"}"#);
    let mut draft = chair_get(&server, "/api/plan/draft").json()["draft"].clone();
    draft["institutions"][0]["name"] = "Holy Cross Church".into();
    draft["institutions"][0]["promised"] = "45".into();
    let bearer = format!("Bearer {KEY}");
    let saved = request(
        server.addr,
        "PUT",
        "/api/plan",
        &[
            ("Authorization", &bearer),
            ("Content-Type", "application/json"),
        ],
        &draft.to_string(),
    );
    assert_eq!(saved.status, 200, "{}", saved.body);

    let record = chair_get(&server, "/export/record.json").json();
    let at = record["plan_changes"][0]["last_at"]
        .as_str()
        .unwrap()
        .to_owned();
    // "2026-12-03T19:42:07+00:00": the clock time the hall saw.
    let time = &at[11..16];
    let report = server.get("/report").body;
    let section = report
        .split("id=\"plan-changes\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("the report lists the plan changes");
    assert!(
        section.contains(&format!("{time}: renamed Holy Cross to Holy Cross Church")),
        "{section}"
    );
    assert!(
        section.contains("Holy Cross Church: promised turnout changed from “40” to “45”"),
        "{section}"
    );
    for code in ["(change ", "seq", "institution church", "promised \""] {
        assert!(!section.contains(code), "{code:?} in {section}");
    }
}
