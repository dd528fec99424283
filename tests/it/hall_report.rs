//! The report as an organiser reads it after the night: times in the
//! assembly's own zone, the drift explained, a link to every export the
//! reader may download, and a page that fits a 320 px phone.

use crate::common;
use common::stress;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::browser::{self as web, Browser, Client};
use common::record::{between, chair_cookie, cookie_get, export, photograph_parts, plan_file};
use common::{KEY, Server};

/// A short plan in New York, meeting on a date in daylight saving time
/// (from 8 March 2026): 23:30 UTC is 19:30 EDT.
const NEW_YORK: &str = r#"[assembly]
title = "Brooklyn Accountability Assembly"
venue = "St Ann's Hall"
starts = "2026-03-14T23:30:00Z"
timezone = "America/New_York"

[[institution]]
id = "st-anns"
name = "St Ann's"
promised = 40

[[power_holder]]
id = "mayor"
name = "The Mayor"
role = "Mayor"

[[ask]]
id = "homes"
title = "Homes"
text = "Will you fix them?"
to = ["mayor"]

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 1

[[item]]
title = "The ask"
kind = "ask"
ask = "homes"
minutes = 1

[[item]]
title = "Close"
kind = "close"
minutes = 1
"#;

/// The New York plan without its zone: the server's own is used.
fn zoneless(dir: &Path) -> PathBuf {
    plan_file(
        dir,
        &NEW_YORK.replace("timezone = \"America/New_York\"\n", ""),
    )
}

/// `href` values of the report's links that point at an export.
fn export_links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with("/export/"))
        .map(str::to_owned)
        .collect()
}

/// The clock time of an RFC 3339 instant in `zone`, worked out here.
fn clock_in(rfc3339: &str, zone: &str) -> String {
    let at: jiff::Timestamp = rfc3339.parse().unwrap();
    let tz = jiff::tz::TimeZone::get(zone).unwrap();
    at.to_zoned(tz).strftime("%H:%M").to_string()
}

#[test]
fn the_report_shows_every_time_in_the_plans_zone() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_file(dir.path(), NEW_YORK);
    let server = Server::start(&dir.path().join("data"), Some(&plan));

    // The chair's page formats times with the zone the plan carries.
    let hello_plan = server.get("/api/plan").json();
    assert_eq!(hello_plan["assembly"]["timezone"], "America/New_York");

    // Before the start: the planned start, in New York's summer time.
    let report = server.get("/report").body;
    assert!(
        report.contains("Times are America/New_York (EDT)."),
        "the zone is named once at the top"
    );
    assert!(
        report.contains("Saturday 14 March 2026, 19:30"),
        "the planned start is 19:30 in New York, not 23:30 UTC"
    );

    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes"}"#);
    server.must(r#"{"cmd":"next"}"#);
    let record = server.get("/export/record.json").json();
    assert_eq!(record["plan"]["assembly"]["timezone"], "America/New_York");
    let started = record["started_at"].as_str().unwrap().to_owned();
    let offset = started
        .parse::<jiff::Timestamp>()
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get("America/New_York").unwrap())
        .strftime("%:z")
        .to_string();
    assert!(
        started.ends_with(&offset),
        "record.json gives New York's offset {offset}: {started}"
    );
    let report = server.get("/report").body;
    let shown = clock_in(&started, "America/New_York");
    assert!(
        report.contains(&format!("<dt>Started</dt><dd>{shown}</dd>")),
        "the report's start is {shown} in New York"
    );
    // The answer's time, in the scorecard, is New York's too.
    let answered = record["responses"][0]["answered_at"].as_str().unwrap();
    assert!(report.contains(&format!(
        "data-label=\"When\">{}</td>",
        clock_in(answered, "America/New_York")
    )));
    // A spreadsheet reads New York's clock time from timings.csv.
    let timings = server.get("/export/timings.csv").body;
    let first = timings.lines().nth(1).unwrap();
    assert!(
        first.contains(&offset),
        "timings.csv gives times with New York's offset: {first}"
    );
}

#[test]
fn without_a_timezone_the_servers_own_zone_is_named_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let plan = zoneless(dir.path());
    // A server whose clock is set to Tokyo (no summer time there).
    let server = Server::start_env(
        &dir.path().join("data"),
        Some(&plan),
        "127.0.0.1:0",
        &[],
        &[("TZ", "Asia/Tokyo")],
    );
    assert_eq!(
        server.get("/api/plan").json()["assembly"]["timezone"],
        "Asia/Tokyo"
    );
    let report = server.get("/report").body;
    assert!(report.contains("Times are Asia/Tokyo (JST)."));
    // 23:30 UTC is 08:30 the next morning in Tokyo.
    assert!(report.contains("Sunday 15 March 2026, 08:30"));
}

#[test]
fn the_report_explains_the_drift_with_the_pauses() {
    let dir = tempfile::tempdir().unwrap();
    // Any zone will do here: the server's own.
    let plan = zoneless(dir.path());
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"pause"}"#);
    // The report counts a pause as it runs: resume as soon as it shows
    // one (half a second rounds to 0:01), not after a fixed wait.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !server
        .get("/report")
        .body
        .contains("the assembly was paused for")
    {
        assert!(
            Instant::now() < deadline,
            "the report never shows the pause"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    server.must(r#"{"cmd":"resume"}"#);
    server.must(r#"{"cmd":"end"}"#);

    let report = server.get("/report").body;
    let drift =
        between(&report, "<p class=\"drift\">", "</p>").expect("the report explains the drift");
    // Planned 3:00; it ran about 1 s (all of it paused): the first item
    // ran short, the other two never ran.
    assert!(drift.starts_with("Planned 3:00; ran 0:0"), "{drift}");
    assert!(
        drift.contains(" under: the items ran 1:00 under"),
        "{drift}"
    );
    assert!(
        drift.contains("2 items (2:00 planned) were not reached"),
        "{drift}"
    );
    assert!(
        drift.contains("and the assembly was paused for 0:01")
            || drift.contains("and the assembly was paused for 0:02"),
        "the pause is counted: {drift}"
    );
}

#[test]
fn the_report_links_each_export_its_reader_may_download() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start(&data, Some(&stress()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"short","holder":"police","answer":"yes"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"short","holder":"police","status":"in_progress"}"#);

    // The public: the public exports (the follow-up scorecard included,
    // without its notes), each downloadable without a key.
    let public = export_links(&server.get("/report").body);
    assert_eq!(
        public,
        [
            "/export/record.json",
            "/export/responses.csv",
            "/export/turnout.csv",
            "/export/timings.csv",
            "/export/record.xlsx",
            "/export/follow-ups.csv",
        ]
    );
    for href in &public {
        let response = server.get(href);
        assert_eq!(response.status, 200, "{href}: {}", response.body);
    }

    // The chair, with the session cookie of the chair's link: every export,
    // each answering the cookie.
    let cookie = chair_cookie(&server);
    let chair = export_links(&cookie_get(&server, "/report", &cookie).body);
    assert_eq!(chair.len(), 6, "{chair:?}");
    assert!(chair.contains(&"/export/follow-ups.csv".to_owned()));
    for href in &chair {
        let response = cookie_get(&server, href, &cookie);
        assert_eq!(response.status, 200, "{href}: {}", response.body);
    }
    let full = cookie_get(&server, "/export/responses.csv", &cookie).body;
    assert!(
        full.lines().next().unwrap().contains("note"),
        "the full one"
    );
    drop(server);

    // The exported report links the files written beside it.
    let out = dir.path().join("out");
    export(&data, &out, &[]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    for name in assembly::record::EXPORTS {
        assert!(html.contains(&format!("href=\"{name}\"")), "links {name}");
        assert!(out.join(name).is_file(), "{name} is beside the report");
    }
}

/// How far the page reaches past the viewport's right edge, and what does.
async fn sideways(client: &Client) -> (i64, i64, String) {
    let found = client
        .execute(
            r#"
            const W = innerWidth;
            const wide = [...document.querySelectorAll("body *")]
              .filter((e) => e.getBoundingClientRect().right > W + 0.5)
              .slice(0, 5)
              .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
            return [document.documentElement.scrollWidth, W, wide.join("; ")];
            "#,
            vec![],
        )
        .await
        .unwrap();
    (
        found[0].as_i64().unwrap(),
        found[1].as_i64().unwrap(),
        found[2].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_never_scrolls_sideways_on_a_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    for (institution, count) in [("st-johns", 118), ("nour", 152), ("refugees", 7)] {
        server.must(&format!(
            r#"{{"cmd":"turnout","institution":"{institution}","count":{count}}}"#
        ));
    }
    for institution in ["huda", "urdu", "bus", ""] {
        server.check_in(None, institution);
    }
    server.must(r#"{"cmd":"next"}"#);
    for (holder, answer) in [("leader", "waffle"), ("leader", "yes"), ("police", "no")] {
        server.must(&format!(
            r#"{{"cmd":"respond","ask":"inspections","holder":"{holder}","answer":"{answer}","note":"Pressed on the date: by the end of the financial year, in writing"}}"#
        ));
    }
    server.must(r#"{"cmd":"follow_up","ask":"inspections","holder":"police","status":"broken","at":"2026-06-03","note":"No reply to three letters from the Canal Estate Tenants’ and Residents’ Association; the commander's office says the inspection service is a council matter","public_note":"Three letters since May, no reply: the commander says it is a council matter — لا رد على ثلاث رسائل ✉️"}"#);
    // Owners and due days: a long one with right-to-left text, and an
    // institution's name.
    server.must(r#"{"cmd":"commitment","ask":"inspections","holder":"police","owner":"Père Élie Kowalczyk, Église Saint-Wilfrid — مسجد النور للجالية العربية 🕌 and the Canal Estate Tenants’ and Residents’ Association","due":"2026-06-30"}"#);
    server.must(r#"{"cmd":"commitment","ask":"inspections","holder":"leader","owner":"tenants","due":"2099-01-31"}"#);
    server.must(r#"{"cmd":"pause"}"#);
    server.must(r#"{"cmd":"resume"}"#);
    let last = server.must(r#"{"cmd":"next"}"#);
    server.state_at(last);

    let browser = Browser::new();
    let client = browser.client(320, 568).await;
    let mut failures = Vec::new();
    // The public at both sizes first: the chair's link leaves its cookie,
    // and every report after it is the chair's.
    for (who, url) in [
        ("public", server.url("/report")),
        ("chair", server.url(&format!("/chair?key={KEY}"))),
    ] {
        for (width, height) in [(320, 568), (360, 740)] {
            client.resize(width, height).await;
            client.goto(&url).await;
            if who == "chair" {
                client.goto(&server.url("/report")).await;
            }
            let eyebrow = web::text_of(&client, ".eyebrow").await.unwrap();
            assert_eq!(
                eyebrow.to_lowercase().contains("full record"),
                who == "chair",
                "{who} /report at {width}x{height} reads {eyebrow:?}"
            );
            let (scroll, inner, wide) = sideways(&client).await;
            if scroll > inner {
                failures.push(format!(
                    "{who} /report at {width}x{height}: scrollWidth {scroll} > innerWidth {inner}; \
                     past the edge: {wide}"
                ));
            }
            let parts = [
                "header",
                "scorecard",
                "follow-up",
                "follow-up-not_started",
                "turnout",
                "running-order",
                "pledges",
            ];
            photograph_parts(&client, &parts, &format!("report-{who}"), (width, height)).await;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
