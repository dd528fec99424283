//! Read your writes: once a change is acknowledged, the very next request
//! shows it, on the phone's page, in `/api/state` and in the exports. Only
//! what is broadcast to sockets is coalesced.

use crate::common;

use common::record::cookie_get;
use common::{Response, Server, request};

/// The cookies a response sets, as a `Cookie` header sends them back.
fn cookies(response: &Response) -> String {
    response
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.split(';').next())
        .collect::<Vec<_>>()
        .join("; ")
}

fn post_form(server: &Server, path: &str, cookie: &str, body: &str) -> Response {
    let mut headers = vec![
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Accept", "application/json"),
    ];
    if !cookie.is_empty() {
        headers.push(("Cookie", cookie));
    }
    request(server.addr, "POST", path, &headers, body)
}

/// The `phones` column of one institution's row in `turnout.csv`.
fn phones_in_export(server: &Server, institution: &str) -> u64 {
    let csv = server.get("/export/turnout.csv");
    assert_eq!(csv.status, 200);
    csv.body
        .lines()
        .find(|line| line.starts_with(&format!("{institution},")))
        .and_then(|line| line.rsplit(',').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no row for {institution}: {}", csv.body))
}

#[test]
fn every_acknowledged_change_is_in_the_next_read() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--join-rate", "0"]);
    let plan = server.get("/api/plan").json();
    let institution = plan["institutions"][0]["id"].as_str().unwrap().to_owned();
    let mut stale = Vec::new();
    let mut phones = Vec::new();
    for n in 1..=200u64 {
        let answer = post_form(&server, "/join", "", &format!("institution={institution}"));
        assert_eq!(answer.status, 200, "{}", answer.body);
        let cookie = cookies(&answer);
        assert!(!cookie.is_empty(), "check-in {n} set no cookie");
        let page = cookie_get(&server, "/join", &cookie);
        if !page.body.contains("id=\"checked-in\"") {
            stale.push(format!("check-in {n}: /join"));
        }
        let state = server.get("/api/state").json();
        if state["turnout"]["phones"].as_u64() != Some(n) {
            stale.push(format!(
                "check-in {n}: /api/state {}",
                state["turnout"]["phones"]
            ));
        }
        let exported = phones_in_export(&server, &institution);
        if exported != n {
            stale.push(format!("check-in {n}: turnout.csv {exported}"));
        }
        phones.push(cookie);
    }
    assert!(
        stale.is_empty(),
        "{} stale reads: {:?}",
        stale.len(),
        &stale[..stale.len().min(10)]
    );

    // A chair command: the pledge item opens, the tally is revealed.
    let items = plan["items"].as_array().unwrap();
    let (at, pledge) = items
        .iter()
        .enumerate()
        .find_map(|(i, item)| Some((i, item["pledge"].as_str()?.to_owned())))
        .expect("the demo has a pledge item");
    server.must(r#"{"cmd":"start"}"#);
    server.must(&format!(r#"{{"cmd":"goto","item":{at}}}"#));
    assert_eq!(server.get("/api/state").json()["current"], at);
    server.must(&format!(r#"{{"cmd":"reveal","pledge":"{pledge}"}}"#));
    server.must(&format!(
        r#"{{"cmd":"turnout","institution":"{institution}","count":77}}"#
    ));
    assert_eq!(
        server.get("/api/state").json()["turnout"]["announced"][&institution],
        77
    );
    assert!(
        server.get("/export/turnout.csv").body.contains(",77,200"),
        "the announced count is in the export at once"
    );

    // Pledges: each phone's answer shows on its page and in the tally at once.
    for (n, cookie) in phones.iter().take(100).enumerate() {
        let answer = post_form(
            &server,
            "/join/pledge",
            cookie,
            &format!("pledge={pledge}&answer=yes"),
        );
        assert_eq!(answer.status, 200, "{}", answer.body);
        let page = cookie_get(&server, "/join", cookie);
        if !page
            .body
            .contains(r#"name="answer" value="yes" aria-pressed="true""#)
        {
            stale.push(format!("pledge {n}: /join"));
        }
        let state = server.get("/api/state").json();
        let yes = state["pledges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["pledge"] == pledge.as_str())
            .and_then(|p| p["yes"].as_u64());
        if yes != Some(n as u64 + 1) {
            stale.push(format!("pledge {n}: /api/state {yes:?}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale reads: {:?}",
        stale.len(),
        &stale[..stale.len().min(10)]
    );
}

/// Reads are built once per change and shared: two readers of one `seq`
/// get the same bytes, and the chair's next change is in the next read of
/// the report, the record and the public state, each built afresh.
#[test]
fn readers_of_one_change_share_its_bytes_and_the_next_change_is_read_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let chair = |path: &str| server.chair_get(path).body;
    for path in ["/export/record.json", "/report"] {
        assert_eq!(chair(path), chair(path), "{path}: two readers of one seq");
        assert_eq!(
            server.get(path).body,
            server.get(path).body,
            "{path}, public"
        );
    }
    let before = chair("/export/record.json");
    assert!(server.get("/report").body.contains("Not started yet"));
    server.must(r#"{"cmd":"start"}"#);
    let seq = server.must(r#"{"cmd":"message","to":"screen","text":"Doors close in five"}"#);
    let record: serde_json::Value = serde_json::from_str(&chair("/export/record.json")).unwrap();
    assert_ne!(record.to_string(), before);
    assert_eq!(record["seq"], seq, "the record is of the new seq");
    assert_eq!(record["phase"], "running");
    let public = server.get("/api/state").json();
    assert_eq!(public["seq"], seq, "the public state");
    assert_eq!(public["message"]["text"], "Doors close in five");
    let report = server.get("/report").body;
    assert!(
        !report.contains("Not started yet"),
        "the report is of the started assembly"
    );
}
