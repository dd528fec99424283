//! Commitments' owners, due days, overdue and public notes through the real
//! server, on the stress plan (a 480-character ask to four holders with
//! long titles): what is set is seen by the very next request everywhere;
//! the public sees owners, due days, overdue and public notes but never a
//! private note; refusals write nothing; the forms and filters work without
//! JavaScript.

use crate::common;
use crate::follow_up::{article, chair_cookie, post_step, seq};

use common::record::{all_text, column, cookie_get, csv_table, open, stress_night};
use common::{Server, request, stress};
use jiff::civil::Date;
use serde_json::json;

const PRIVATE: &str = "PRIVATE-z8x1";
const PUBLIC: &str = "PUBLIC-q7w3";

/// Today where the stress plan's assembly is (UTC).
fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

fn days(from: Date, n: i64) -> Date {
    from.checked_add(jiff::Span::new().days(n)).unwrap()
}

/// A day as the pages write it: "4 December 2026".
fn long(day: Date) -> String {
    day.strftime("%-d %B %Y").to_string()
}

/// `text` repeated to exactly `n` characters, not ending in a space (the
/// server trims).
fn exactly(text: &str, n: usize) -> String {
    let mut out: String = text.chars().cycle().take(n).collect();
    if out.ends_with(' ') {
        out.pop();
        out.push('x');
    }
    assert_eq!(out.chars().count(), n);
    out
}

/// An owner of 200 characters: accents, Arabic (right to left), emoji.
fn long_owner() -> String {
    exactly(
        "Père Élie Kowalczyk, Église Saint-Wilfrid — مسجد النور 🕌✊ ",
        200,
    )
}

/// A public note of 280 characters, with the marker first.
fn public_note() -> String {
    exactly(
        &format!("{PUBLIC} Motion tabled for July — اقتراح 🗳️ "),
        280,
    )
}

/// The public exports, as `/report` lists them.
const PUBLIC_EXPORTS: [&str; 6] = [
    "record.json",
    "responses.csv",
    "turnout.csv",
    "timings.csv",
    "follow-ups.csv",
    "record.xlsx",
];

/// Every public export's text (the workbook's cells), by name.
fn public_exports(server: &Server) -> Vec<(&'static str, String)> {
    PUBLIC_EXPORTS
        .into_iter()
        .map(|name| {
            let path = format!("/export/{name}");
            let text = if name.ends_with(".xlsx") {
                let answer = common::wire(server.addr, &path, &[]);
                assert_eq!(answer.status, 200, "{path}");
                all_text(&mut open(answer.bytes))
            } else {
                let answer = server.get(&path);
                assert_eq!(answer.status, 200, "{path}: {}", answer.body);
                answer.body
            };
            (name, text)
        })
        .collect()
}

#[test]
fn owners_due_days_and_public_notes_are_seen_at_once_and_private_notes_never_in_public() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let cookie = chair_cookie(&server);
    let owner = long_owner();
    let past = days(today(), -3);
    let ahead = days(today(), 30);

    // An owner and a due day already past: overdue at the very next read.
    server.must(
        &json!({"cmd": "commitment", "ask": "inspections", "holder": "police",
                "owner": owner, "due": past.to_string()})
        .to_string(),
    );
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    let police = article(&page, "inspections", "police");
    assert!(police.contains(&owner), "{police}");
    assert!(police.contains(&long(past)), "{police}");
    assert!(police.contains(">Overdue</strong>"), "{police}");
    let report = server.get("/report").body;
    assert!(report.contains(&owner) && report.contains(&long(past)));

    // An institution id is shown as the institution's name; due ahead is
    // not overdue.
    server.must(
        &json!({"cmd": "commitment", "ask": "inspections", "holder": "leader",
                "owner": "huda", "due": ahead.to_string()})
        .to_string(),
    );
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    let leader = article(&page, "inspections", "leader");
    assert!(
        leader.contains("Masjid Al-Hudā Islamic Educational &amp; Cultural Centre"),
        "{leader}"
    );
    assert!(leader.contains(&long(ahead)));
    assert!(!leader.contains("Overdue"), "{leader}");
    let report = server.get("/report").body;
    assert!(report.contains(&long(ahead)), "the very next /report");

    // A step with a public note and a private one.
    let public = public_note();
    server.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "police",
                "status": "in_progress", "note": format!("{PRIVATE} rang the office"),
                "public_note": public})
        .to_string(),
    );
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    let police = article(&page, "inspections", "police");
    assert!(police.contains(&public), "the chair sees both notes");
    assert!(police.contains(PRIVATE));
    assert!(
        police.contains(">Overdue</strong>"),
        "in progress is still overdue"
    );

    // The public report, at once: owner, due, overdue, the public note.
    let report = server.get("/report");
    assert_eq!(report.status, 200);
    let report = report.body;
    assert!(report.contains(&owner), "the owner is published");
    assert!(report.contains(&long(past)));
    assert!(report.contains(r#"<strong class="overdue">Overdue</strong>"#));
    assert!(report.contains(&public), "the public note is published");
    assert!(report.contains("Masjid Al-Hudā Islamic Educational &amp; Cultural Centre"));
    assert!(
        !report.contains(PRIVATE),
        "a private note in the public report"
    );
    // The chair's report has the private note too.
    let full = cookie_get(&server, "/report", &cookie).body;
    assert!(full.contains(PRIVATE) && full.contains(&public));

    // Every public export and the public state: never the private note.
    let state = server.get("/api/state").body;
    assert!(!state.contains(PRIVATE), "a private note in /api/state");
    let exports = public_exports(&server);
    for (name, text) in &exports {
        assert!(!text.contains(PRIVATE), "a private note in public {name}");
    }
    let text = |name: &str| &exports.iter().find(|(n, _)| *n == name).unwrap().1;
    assert!(text("record.xlsx").contains(&public) && text("record.xlsx").contains(&owner));
    let record: serde_json::Value = serde_json::from_str(text("record.json")).unwrap();
    let police = &record["follow_ups"][1];
    assert_eq!(police["holder"], "police");
    assert_eq!(police["owner"], owner.as_str());
    assert_eq!(police["due"], past.to_string());
    assert_eq!(police["overdue"], true);
    assert_eq!(police["history"][0]["public_note"], public.as_str());
    assert!(police["history"][0].get("note").is_none());
    let leader = &record["follow_ups"][0];
    assert_eq!(leader["owner"], "huda");
    assert_eq!(
        leader["owner_name"],
        "Masjid Al-Hudā Islamic Educational & Cultural Centre"
    );
    assert_eq!(leader["overdue"], false);
    let (header, rows) = csv_table(text("follow-ups.csv"));
    assert!(!header.contains(&"note".to_owned()), "{header:?}");
    assert_eq!(rows[1][column(&header, "owner")], owner);
    assert_eq!(rows[1][column(&header, "due")], past.to_string());
    assert_eq!(rows[1][column(&header, "overdue")], "yes");
    assert_eq!(rows[1][column(&header, "public_note")], public);
    assert_eq!(rows[0][column(&header, "overdue")], "no");

    // The chair's exports keep the private note where they always did.
    let (header, rows) = csv_table(&cookie_get(&server, "/export/follow-ups.csv", &cookie).body);
    assert!(rows[1][column(&header, "note")].starts_with(PRIVATE));
    let record = cookie_get(&server, "/export/record.json", &cookie).json();
    assert!(
        record["follow_ups"][1]["history"][0]["note"]
            .as_str()
            .unwrap()
            .starts_with(PRIVATE)
    );

    // Achieved is never overdue, at the very next read.
    server.must(r#"{"cmd":"follow_up","ask":"inspections","holder":"police","status":"achieved"}"#);
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    assert!(!article(&page, "inspections", "police").contains("Overdue"));
    let record = server.get("/export/record.json").json();
    assert_eq!(record["follow_ups"][1]["overdue"], false);
    assert!(!server.get("/report").body.contains(">Overdue<"));

    // Both cleared: nobody named, no due day.
    server.must(r#"{"cmd":"commitment","ask":"inspections","holder":"police"}"#);
    let page = cookie_get(&server, "/follow-up", &cookie).body;
    assert!(article(&page, "inspections", "police").contains("Nobody named yet"));
    assert!(!server.get("/report").body.contains(&owner));
    let record = server.get("/export/record.json").json();
    assert!(record["follow_ups"][1]["owner"].is_null());
    assert!(record["follow_ups"][1]["due"].is_null());
}

#[test]
fn a_commitment_is_refused_for_unknown_ids_bad_days_and_long_owners_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let last = stress_night(&server);
    for (body, code, needle) in [
        (
            json!({"cmd": "commitment", "ask": "nope", "holder": "police"}),
            "no_such_ask",
            "there is no ask `nope`",
        ),
        (
            json!({"cmd": "commitment", "ask": "inspections", "holder": "nobody"}),
            "not_put_to",
            "is not put to `nobody`",
        ),
        // A real holder the ask was not put to.
        (
            json!({"cmd": "commitment", "ask": "short", "holder": "leader"}),
            "not_put_to",
            "it is put to: `police`",
        ),
        (
            json!({"cmd": "commitment", "ask": "short", "holder": "police", "due": "2026-02-30"}),
            "due_not_a_day",
            "the due day (`due`), 2026-02-30, is not a day in the calendar",
        ),
        (
            json!({"cmd": "commitment", "ask": "short", "holder": "police", "due": "30/09/2026"}),
            "due_day_format",
            "must be written YYYY-MM-DD",
        ),
        (
            json!({"cmd": "commitment", "ask": "short", "holder": "police",
                   "owner": format!("{}x", long_owner())}),
            "too_long",
            "the owner is 201 characters long; keep it to 200",
        ),
        (
            json!({"cmd": "follow_up", "ask": "short", "holder": "police", "status": "broken",
                   "public_note": "y".repeat(1001)}),
            "too_long",
            "the public note is 1,001 characters long",
        ),
    ] {
        let refused = server.command(&body.to_string());
        assert_eq!(refused.status, 400, "{body}: {}", refused.body);
        let answer = refused.json();
        assert_eq!(answer["refusal"], code, "{body}: {answer}");
        let error = answer["error"].as_str().unwrap();
        assert!(error.contains(needle), "{body}: {error}");
    }
    for (body, needle) in [
        (
            r#"{"cmd":"commitment","ask":"short","holder":"police","due":20260930}"#,
            "`due` is the day it is due",
        ),
        (
            r#"{"cmd":"commitment","ask":"short","holder":"police","colour":"red"}"#,
            "colour",
        ),
    ] {
        let refused = server.command(body);
        assert_eq!(refused.status, 400, "{body}: {}", refused.body);
        assert!(refused.body.contains(needle), "{body}: {}", refused.body);
    }
    // Without the chair key, not even read.
    let stranger = request(
        server.addr,
        "POST",
        "/api/command",
        &[("Content-Type", "application/json")],
        r#"{"cmd":"commitment","ask":"short","holder":"police","owner":"me"}"#,
    );
    assert_eq!(stranger.status, 401, "{}", stranger.body);
    assert_eq!(seq(&server), last, "nothing was written");
}

/// An owner set on the night is the organisers' record: the chair's next
/// tap, sent with the seq it saw, is not stale, and undo takes back the
/// chair's change, not the owner.
#[test]
fn an_owner_set_on_the_night_leaves_the_chairs_expect_and_undo_alone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let seen = server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"commitment","ask":"short","holder":"police","owner":"tenants","due":"2027-01-31"}"#);
    let next = server.command(&format!(r#"{{"cmd":"next","expect":{seen}}}"#));
    assert_eq!(next.status, 200, "{}", next.body);
    server.must(r#"{"cmd":"undo"}"#);
    server.must(r#"{"cmd":"undo"}"#);
    let refused = server.command(r#"{"cmd":"undo"}"#);
    assert_eq!(
        refused.status, 400,
        "only the two chair changes: {}",
        refused.body
    );
    let record = server.get("/export/record.json").json();
    let short = &record["follow_ups"][7];
    assert_eq!(short["owner"], "tenants");
    assert_eq!(
        short["owner_name"],
        "Canal Estate Tenants’ and Residents’ Association ✊"
    );
    assert_eq!(short["due"], "2027-01-31");
}

/// Percent-encoding for a query.
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

/// The ids of the commitments a page lists.
fn listed(page: &str) -> Vec<&str> {
    page.match_indices("<article class=\"commitment")
        .map(|(at, _)| {
            let rest = &page[at..];
            let id = &rest[rest.find(" id=\"").unwrap() + 5..];
            &id[..id.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn the_owner_form_and_the_filters_work_without_javascript() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let cookie = chair_cookie(&server);
    let past = days(today(), -10).to_string();
    let owner = "Fr Peter, St Wilfrid's";

    // The form sets the owner and due day, then back to the commitment.
    let fields = [
        ("form", "commitment"),
        ("ask", "inspections"),
        ("holder", "nhs"),
        ("owner", owner),
        ("due", past.as_str()),
        ("token", "c-1"),
    ];
    let saved = post_step(&server, Some(&cookie), &fields, &[]);
    assert_eq!(saved.status, 303, "{}", saved.body);
    let back = saved.header("location").unwrap().to_owned();
    assert_eq!(
        back,
        "/follow-up?chased=c.inspections.nhs#c.inspections.nhs"
    );
    let page = cookie_get(&server, &back, &cookie).body;
    let nhs = article(&page, "inspections", "nhs");
    assert!(nhs.contains("Owner and due date saved."), "{nhs}");
    assert!(nhs.contains("Fr Peter, St Wilfrid's"), "{nhs}");
    assert!(nhs.contains(">Overdue</strong>"), "{nhs}");
    // The same token again (a form sent twice) sets it once.
    let last = seq(&server);
    assert_eq!(post_step(&server, Some(&cookie), &fields, &[]).status, 303);
    assert_eq!(seq(&server), last, "applied once");

    // A bad day: the page again, at the form, with what was typed.
    let mut bad = fields;
    bad[1] = ("ask", "families");
    bad[2] = ("holder", "landlord");
    bad[3] = ("owner", "Kept <i>as typed</i>");
    bad[4] = ("due", "2026-13-01");
    bad[5] = ("token", "c-2");
    let refused = post_step(&server, Some(&cookie), &bad, &[]);
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("Not saved: the due day, 2026-13-01, is not a day in the calendar"),
        "{}",
        refused.body
    );
    let landlord = article(&refused.body, "families", "landlord");
    assert!(
        landlord.contains("<details class=\"chase\" open"),
        "the form is open"
    );
    assert!(landlord.contains(r#"value="Kept &lt;i&gt;as typed&lt;/i&gt;""#));
    assert_eq!(seq(&server), last, "nothing was written");

    // A step from the form with a public note, published at once.
    let step = [
        ("ask", "families"),
        ("holder", "leader"),
        ("status", "broken"),
        ("public_note", "PUBLIC-form-note: no reply to three letters"),
        ("note", "PRIVATE-form-note"),
        ("token", "s-1"),
    ];
    assert_eq!(post_step(&server, Some(&cookie), &step, &[]).status, 303);
    let report = server.get("/report").body;
    assert!(report.contains("PUBLIC-form-note: no reply to three letters"));
    assert!(!report.contains("PRIVATE-form-note"));
    server.must(r#"{"cmd":"commitment","ask":"families","holder":"leader","owner":"huda"}"#);

    // Filters are GET parameters: overdue, owner, status, together.
    let get = |query: &str| {
        let answer = cookie_get(&server, &format!("/follow-up{query}"), &cookie);
        assert_eq!(answer.status, 200, "{query}");
        answer.body
    };
    assert_eq!(listed(&get("")).len(), 8);
    assert_eq!(listed(&get("?overdue=1")), ["c.inspections.nhs"]);
    assert_eq!(
        listed(&get(&format!("?owner={}", encode(owner)))),
        ["c.inspections.nhs"]
    );
    assert_eq!(listed(&get("?owner=huda")), ["c.families.leader"]);
    assert_eq!(listed(&get("?status=broken")), ["c.families.leader"]);
    let none = get("?status=broken&overdue=1");
    assert!(listed(&none).is_empty());
    assert!(none.contains("No commitment matches these filters now."));
    // The filter form keeps what is picked, and the status links keep the
    // other filters.
    let page = get("?status=not_started&owner=huda&overdue=1");
    assert!(page.contains(r#"<input type="hidden" name="status" value="not_started">"#));
    assert!(page.contains(r#"<option value="huda" selected>"#), "{page}");
    assert!(page.contains(r#"name="overdue" value="1" checked"#));
    assert!(page.contains(r#"href="/follow-up?status=broken&amp;owner=huda&amp;overdue=1""#));
    // Without the chair's cookie, no list.
    let stranger = server.get("/follow-up?overdue=1");
    assert_ne!(stranger.status, 200);
    assert!(listed(&stranger.body).is_empty());
}
