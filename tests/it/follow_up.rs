//! Following up commitments through the real server: every ask put to
//! every holder is listed and can be chased, a dated step is seen by the
//! very next request everywhere, bad days are refused, the public sees the
//! scorecard without the notes, and months later the same data dir serves
//! the page with no plan file.

use crate::common;
use common::stress;

use std::path::{Path, PathBuf};

use common::record::{assert_row, column, cookie_get, csv_table, session_cookie, stress_night};
use common::{KEY, Server, request};
use serde_json::Value;

/// The stress plan in a zone fourteen hours ahead of UTC, so "today" there
/// is not UTC's for most of the day.
fn stress_in_kiritimati(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(stress()).unwrap().replacen(
        "starts = ",
        "timezone = \"Pacific/Kiritimati\"\nstarts = ",
        1,
    );
    let path = dir.join("kiritimati.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Every (ask, holder) pair the stress plan puts.
const PAIRS: [(&str, &str); 8] = [
    ("inspections", "leader"),
    ("inspections", "police"),
    ("inspections", "nhs"),
    ("inspections", "landlord"),
    ("families", "leader"),
    ("families", "nhs"),
    ("families", "landlord"),
    ("short", "police"),
];

/// The chair's session cookie, from the printed link aimed at this page.
pub(crate) fn chair_cookie(server: &Server) -> String {
    let response = server.get(&format!("/follow-up?key={KEY}"));
    assert_eq!(response.status, 303, "{}", response.body);
    assert_eq!(response.header("location"), Some("/follow-up"));
    session_cookie(&response)
}

/// Percent-encoding for a form body.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Post the page's form as a browser would, with `extra` headers.
pub(crate) fn post_step(
    server: &Server,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
    extra: &[(&str, &str)],
) -> common::Response {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    headers.extend_from_slice(extra);
    request(server.addr, "POST", "/follow-up", &headers, &body.join("&"))
}

pub(crate) fn seq(server: &Server) -> u64 {
    server.get("/healthz").json()["seq"].as_u64().unwrap()
}

/// The HTML of one commitment's article on the follow-up page.
pub(crate) fn article<'a>(page: &'a str, ask: &str, holder: &str) -> &'a str {
    let start = page
        .find(&format!("id=\"c.{ask}.{holder}\""))
        .unwrap_or_else(|| panic!("no commitment {ask}/{holder} on the page"));
    let rest = &page[start..];
    &rest[..rest.find("</article>").unwrap()]
}

#[test]
fn every_commitment_is_listed_and_followed_up_whatever_was_answered() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let cookie = chair_cookie(&server);
    let page = cookie_get(&server, "/follow-up", &cookie);
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(
        page.body.matches("<article class=\"commitment\"").count(),
        PAIRS.len()
    );
    for (ask, holder) in PAIRS {
        let html = article(&page.body, ask, holder);
        assert!(html.contains("<form"), "{ask}/{holder} has a form");
        assert!(html.contains("Not started"), "{ask}/{holder}: {html}");
    }
    assert!(article(&page.body, "inspections", "police").contains("ABSENT"));
    assert!(article(&page.body, "inspections", "nhs").contains("WAFFLE"));
    assert!(article(&page.body, "inspections", "landlord").contains("No answer recorded"));
    assert!(article(&page.body, "families", "leader").contains("No answer recorded"));

    // The absent and the never-answered are exactly who gets chased.
    for (ask, holder) in [("inspections", "police"), ("families", "landlord")] {
        server.must(&format!(
            r#"{{"cmd":"follow_up","ask":"{ask}","holder":"{holder}","status":"in_progress"}}"#
        ));
    }
    // Only asks that exist, put to that holder.
    for (ask, holder, needle) in [
        (
            "short",
            "leader",
            "not put to `leader`; it is put to: `police`",
        ),
        ("homes", "leader", "there is no ask `homes`"),
        ("inspections", "mayor", "not put to `mayor`"),
    ] {
        let refused = server.command(&format!(
            r#"{{"cmd":"follow_up","ask":"{ask}","holder":"{holder}","status":"achieved"}}"#
        ));
        assert_eq!(refused.status, 400, "{}", refused.body);
        let error = refused.json()["error"].as_str().unwrap().to_owned();
        assert!(error.contains(needle), "{error}");
    }
    // The chase list has a row for each, before and after its first step.
    let (header, rows) = csv_table(&cookie_get(&server, "/export/follow-ups.csv", &cookie).body);
    assert_eq!(rows.len(), PAIRS.len());
    assert_row(
        &header,
        &rows[1],
        &[
            ("answer", "absent"),
            ("status", "in_progress"),
            ("steps", "1"),
        ],
    );
    assert_row(
        &header,
        &rows[3],
        &[("answer", ""), ("status", "not_started"), ("steps", "0")],
    );
}

#[test]
fn a_dated_step_is_seen_on_the_very_next_request_everywhere_and_notes_stay_with_the_chair() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let cookie = chair_cookie(&server);
    const NOTE: &str = "=HYPERLINK(\"x\") met the commander NOTE-k2r9";
    server.must(
        &serde_json::json!({
            "cmd": "follow_up", "ask": "inspections", "holder": "police",
            "status": "achieved", "at": "2026-05-20", "note": NOTE,
        })
        .to_string(),
    );

    // The chair's page, at once.
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    let police = article(&page, "inspections", "police");
    assert!(
        police.contains("Achieved</span> since 20 May 2026"),
        "{police}"
    );
    assert!(police.contains("met the commander NOTE-k2r9"));

    // The full record.
    let (header, rows) = csv_table(&cookie_get(&server, "/export/follow-ups.csv", &cookie).body);
    let row = &rows[1];
    assert_row(
        &header,
        row,
        &[
            ("holder", "police"),
            ("status", "achieved"),
            ("status_on", "2026-05-20"),
        ],
    );
    assert_eq!(
        row[column(&header, "note")],
        format!("'{NOTE}"),
        "a note that starts like a formula is neutralised"
    );
    let record = cookie_get(&server, "/export/record.json", &cookie).json();
    let police = &record["follow_ups"][1];
    assert_eq!(police["answer"], "absent");
    assert_eq!(police["status"], "achieved");
    assert_eq!(police["on"], "2026-05-20");
    assert_eq!(police["history"][0]["on"], "2026-05-20");
    assert_eq!(police["history"][0]["note"], NOTE);
    assert!(police["history"][0]["recorded_at"].is_string());
    let report = cookie_get(&server, "/report", &cookie).body;
    assert!(report.contains("met the commander NOTE-k2r9"));
    assert!(report.contains("20 May 2026"));

    // The public: the scorecard (statuses, days, counts), no notes.
    let public = server.get("/export/follow-ups.csv");
    assert_eq!(public.status, 200, "{}", public.body);
    let (header, rows) = csv_table(&public.body);
    assert!(!header.contains(&"note".to_owned()), "{header:?}");
    assert_eq!(rows.len(), PAIRS.len());
    assert_eq!(rows[1][column(&header, "status_on")], "2026-05-20");
    let record = server.get("/export/record.json").json();
    assert_eq!(record["follow_ups"][1]["status"], "achieved");
    assert_eq!(record["follow_ups"][1]["on"], "2026-05-20");
    assert!(record["follow_ups"][1]["history"][0].get("note").is_none());
    assert_eq!(record["follow_up_counts"]["achieved"], 1);
    assert_eq!(record["follow_up_counts"]["not_started"], 7);
    let report = server.get("/report").body;
    assert!(report.contains("Follow-up: where each commitment stands"));
    assert!(report.contains(r#"<span class="count">1</span> Achieved"#));
    assert!(report.contains(r#"<span class="count">7</span> Not started"#));
    assert!(report.contains("20 May 2026"));
    for body in [
        public.body,
        server.get("/export/record.json").body,
        report,
        server.get("/api/state").body,
    ] {
        assert!(!body.contains("NOTE-k2r9"), "a public place shows the note");
    }
}

#[test]
fn a_step_without_a_day_is_dated_today_in_the_assemblys_zone() {
    let dir = tempfile::tempdir().unwrap();
    let plan = stress_in_kiritimati(dir.path());
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let zone = jiff::tz::TimeZone::get("Pacific/Kiritimati").unwrap();
    let today = || jiff::Timestamp::now().to_zoned(zone.clone()).date();
    let before = today();
    server.must(r#"{"cmd":"follow_up","ask":"short","holder":"police","status":"in_progress"}"#);
    let after = today();
    let record = server.get("/export/record.json").json();
    let on = record["follow_ups"][7]["on"].as_str().unwrap().to_owned();
    assert!(
        on == before.to_string() || on == after.to_string(),
        "dated {on}, today in Kiritimati is {before}"
    );
    // Tomorrow there is allowed (clocks and zones differ); the day after is not.
    let tomorrow = after.tomorrow().unwrap();
    server.must(&format!(
        r#"{{"cmd":"follow_up","ask":"short","holder":"police","status":"achieved","at":"{tomorrow}"}}"#
    ));
    let later = tomorrow.tomorrow().unwrap().tomorrow().unwrap();
    let refused = server.command(&format!(
        r#"{{"cmd":"follow_up","ask":"short","holder":"police","status":"achieved","at":"{later}"}}"#
    ));
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused.body.contains("once it has happened"),
        "{}",
        refused.body
    );
}

#[test]
fn bad_days_are_refused_with_400_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let last = stress_night(&server);
    let cookie = chair_cookie(&server);
    for (at, needle) in [
        ("\"2026-02-30\"", "not a day in the calendar"),
        ("\"3 June 2026\"", "written YYYY-MM-DD"),
        ("\"03/06/2026\"", "written YYYY-MM-DD"),
        ("\"1999-12-31\"", "check the year"),
        ("\"2999-01-01\"", "once it has happened"),
        ("20260603", "YYYY-MM-DD"),
    ] {
        let refused = server.command(&format!(
            r#"{{"cmd":"follow_up","ask":"inspections","holder":"leader","status":"achieved","at":{at}}}"#
        ));
        assert_eq!(refused.status, 400, "{at}: {}", refused.body);
        let error = refused.json()["error"].as_str().unwrap().to_owned();
        assert!(error.contains(needle), "{at}: {error}");
    }
    // The form: the page again, with what went wrong and what was typed.
    let fields = [
        ("ask", "inspections"),
        ("holder", "leader"),
        ("status", "achieved"),
        ("at", "2026-13-01"),
        ("note", "Kept <b>as typed</b>"),
        ("token", "t-1"),
    ];
    let refused = post_step(&server, Some(&cookie), &fields, &[]);
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused.body.contains(
            "Not recorded: the day of the step, 2026-13-01, is not a day in the calendar"
        )
    );
    let leader = article(&refused.body, "inspections", "leader");
    assert!(
        leader.contains("<details class=\"record\" open"),
        "the form is open"
    );
    assert!(leader.contains("Kept &lt;b&gt;as typed&lt;/b&gt;</textarea>"));
    assert!(leader.contains(r#"value="2026-13-01""#));
    let missing = post_step(&server, Some(&cookie), &fields[..2], &[]);
    assert_eq!(missing.status, 400);
    assert!(missing.body.contains("pick where the commitment stands"));
    assert_eq!(seq(&server), last, "nothing was written");
}

#[test]
fn the_form_records_a_step_once_and_returns_to_the_commitment() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let last = stress_night(&server);
    let cookie = chair_cookie(&server);
    let fields = [
        ("ask", "inspections"),
        ("holder", "landlord"),
        ("status", "broken"),
        ("at", "2026-06-01"),
        ("note", "No reply to three letters"),
        ("token", "0123456789abcdef0123456789abcdef"),
    ];
    for _ in 0..2 {
        let sent = post_step(&server, Some(&cookie), &fields, &[]);
        assert_eq!(sent.status, 303, "{}", sent.body);
        assert_eq!(
            sent.header("location"),
            Some("/follow-up?saved=c.inspections.landlord#c.inspections.landlord")
        );
    }
    assert_eq!(seq(&server), last + 1, "a form sent twice records one step");
    let page = cookie_get(&server, "/follow-up?saved=c.inspections.landlord", &cookie).body;
    let landlord = article(&page, "inspections", "landlord");
    assert!(
        landlord.contains("Recorded. Now: Broken since 1 June 2026."),
        "{landlord}"
    );
    assert!(landlord.contains("No reply to three letters"));
    // A view by status.
    let broken = cookie_get(&server, "/follow-up?status=broken", &cookie).body;
    assert_eq!(broken.matches("<article class=\"commitment\"").count(), 1);
    let achieved = cookie_get(&server, "/follow-up?status=achieved", &cookie).body;
    assert!(achieved.contains("No commitment stands there now"));
}

#[test]
fn only_the_chair_reaches_the_follow_up_page() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let last = stress_night(&server);
    // Without the key, the answer /chair gives.
    for (page, chair) in [
        ("/follow-up", "/chair"),
        (
            "/follow-up?key=not-the-key-at-all",
            "/chair?key=not-the-key-at-all",
        ),
    ] {
        let (page, chair) = (server.get(page), server.get(chair));
        assert_eq!(page.status, 401);
        assert_eq!(page.body, chair.body);
    }
    let fields = [
        ("ask", "inspections"),
        ("holder", "leader"),
        ("status", "achieved"),
    ];
    let anonymous = post_step(&server, None, &fields, &[]);
    assert_eq!(anonymous.status, 401);
    assert!(anonymous.body.contains("This is the chair's page"));
    // Another site cannot make the chair's browser record a step.
    let cookie = chair_cookie(&server);
    let forged = post_step(
        &server,
        Some(&cookie),
        &fields,
        &[
            ("Origin", "http://evil.example"),
            ("Sec-Fetch-Site", "cross-site"),
        ],
    );
    assert_eq!(forged.status, 403, "{}", forged.body);
    assert_eq!(seq(&server), last, "nothing was written");
}

#[test]
fn a_server_restarted_with_no_plan_keeps_serving_the_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    server.must(r#"{"cmd":"follow_up","ask":"inspections","holder":"leader","status":"in_progress","at":"2026-05-15","note":"Budget line drafted"}"#);
    drop(server);

    // Months later: the same data dir, no plan file.
    let server = Server::start(dir.path(), None);
    let cookie = chair_cookie(&server);
    let page = cookie_get(&server, "/follow-up", &cookie);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.body.matches("<article class=\"commitment\"").count(),
        PAIRS.len()
    );
    assert!(
        article(&page.body, "inspections", "leader")
            .contains("In progress</span> since 15 May 2026")
    );
    let sent = post_step(
        &server,
        Some(&cookie),
        &[
            ("ask", "inspections"),
            ("holder", "leader"),
            ("status", "achieved"),
            ("at", "2026-09-01"),
            ("token", "after-the-restart"),
        ],
        &[],
    );
    assert_eq!(sent.status, 303, "{}", sent.body);
    let record: Value = server.get("/export/record.json").json();
    let leader = &record["follow_ups"][0];
    assert_eq!(leader["status"], "achieved");
    assert_eq!(leader["on"], "2026-09-01");
    assert_eq!(leader["history"].as_array().unwrap().len(), 2);
}

/// Without the page's script, a step dated before the assembly comes back
/// with the refusal and a box to confirm it; ticked, it is recorded.
#[test]
fn without_javascript_a_step_before_the_assembly_is_confirmed_with_a_box() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&stress()));
    let cookie = chair_cookie(&server);
    let fields = [
        ("ask", "short"),
        ("holder", "police"),
        ("status", "in_progress"),
        ("at", "2025-05-20"),
        ("note", "Letter sent"),
        ("token", "00112233445566778899aabbccddeeff"),
    ];
    let refused = post_step(&server, Some(&cookie), &fields, &[]);
    assert_eq!(refused.status, 400, "{}", refused.body);
    let police = article(&refused.body, "short", "police");
    assert!(
        police.contains("before the assembly (2026-05-14)"),
        "{police}"
    );
    assert!(police.contains(r#"name="confirm""#), "{police}");
    let mut confirmed = fields.to_vec();
    confirmed.push(("confirm", "yes"));
    let sent = post_step(&server, Some(&cookie), &confirmed, &[]);
    assert_eq!(sent.status, 303, "{}", sent.body);
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    assert!(
        article(&page, "short", "police").contains("since 20 May 2025"),
        "recorded as dated"
    );
}
