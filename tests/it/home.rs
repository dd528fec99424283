//! A home of assemblies on the real binary (`assembly desk`, `assembly
//! key`): the desk lists them and makes new ones, one is live at a time at
//! the usual routes, the organisers alone use the desk, and an assembly of
//! a home is still an ordinary data dir for `serve`.

use crate::common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{KEY, Server};
use serde_json::Value;

/// `assembly desk --home HOME` on a free port with the tests' key.
pub(crate) fn desk(home: &Path, extra: &[&str]) -> (Server, String) {
    Server::desk(home, &[&["--chair-key", KEY], extra].concat())
}

/// A form POST from the desk's own page, with the key.
pub(crate) fn form(server: &Server, path: &str, body: &str) -> common::Response {
    let origin = server.url("");
    server.chair_request(
        "POST",
        path,
        &[
            ("Origin", origin.as_str()),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        body,
    )
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Make an assembly through the desk's form; its id, from where the desk
/// sends the organiser next.
fn make(server: &Server, title: &str, day: &str, from: &str) -> String {
    let body = format!("title={}&day={day}&venue=&from={from}", encode(title));
    let made = form(server, "/desk/assemblies", &body);
    assert_eq!(made.status, 303, "{}", made.body);
    let to = made.header("location").unwrap().to_owned();
    let id = to
        .strip_prefix("/desk?made=")
        .and_then(|rest| rest.split('#').next())
        .unwrap_or_else(|| panic!("made, and sent to {to}"))
        .to_owned();
    // Read your writes: the very next listing has it.
    let list = listing(server);
    assert!(
        list["assemblies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id.as_str()),
        "{list}"
    );
    id
}

fn listing(server: &Server) -> Value {
    let list = server.chair_get("/api/desk");
    assert_eq!(list.status, 200, "{}", list.body);
    list.json()
}

pub(crate) fn go_live(server: &Server, id: &str, confirm: bool) -> common::Response {
    let body = format!("id={id}&then={}", if confirm { "&confirm=yes" } else { "" });
    form(server, "/desk/live", &body)
}

#[test]
fn a_home_serves_its_assemblies_one_live_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (mut server, told) = desk(&home, &[]);
    assert!(told.contains("/desk?key="), "{told}");
    assert!(told.contains("back it up by copying"), "{told}");

    // Nothing live yet: the front door goes to the desk, the hall's pages
    // say so (and are not an error page of some other server).
    let front = server.get("/");
    assert_eq!(front.status, 303);
    assert_eq!(front.header("location"), Some("/desk"));
    let join = server.get("/join");
    assert_eq!(join.status, 503);
    assert!(
        join.body.contains("No assembly is live yet"),
        "{}",
        join.body
    );
    assert_eq!(listing(&server)["assemblies"], serde_json::json!([]));

    // A first assembly, with a title in three scripts, then one made from it.
    let title = "Spring Assembly — جمعية الربيع — Cynulliad y Gwanwyn 🌱";
    let first = make(&server, title, "2026-03-14", "");
    assert_eq!(first, "2026-03-14-spring-assembly-cynulliad-y-gwanwyn");
    let second = make(&server, "Report-back Assembly", "2027-03-13", &first);

    // Newest first, with where each stands.
    let list = listing(&server);
    let ids: Vec<&str> = list["assemblies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [second.as_str(), first.as_str()]);
    assert_eq!(list["assemblies"][1]["title"], title);
    assert_eq!(list["assemblies"][1]["stage"], "planned");
    assert_eq!(list["live"], Value::Null);

    // Live: served at the usual routes; the very next request sees it.
    let live = go_live(&server, &first, false);
    assert_eq!(live.status, 303, "{}", live.body);
    let plan = server.get("/api/plan").json();
    assert_eq!(plan["assembly"]["title"], title);
    let first_institutions = plan["institutions"].clone();
    server.must(r#"{"cmd":"start"}"#);
    assert_eq!(server.get("/api/state").json()["phase"], "running");
    server.must(r#"{"cmd":"respond","ask":"living-wage","holder":"leader","answer":"yes"}"#);
    server.must(
        r#"{"cmd":"follow_up","ask":"living-wage","holder":"leader","status":"in_progress","at":"2026-03-20"}"#,
    );
    server.must(
        r#"{"cmd":"commitment","ask":"living-wage","holder":"leader","owner":"st-marys","due":"2026-04-01"}"#,
    );
    // Read your writes: the desk's ledger has the step at once.
    let ledger = server
        .chair_get("/api/desk/commitments?holder=leader")
        .json();
    assert_eq!(ledger["total"], 1, "{ledger}");
    let held = &ledger["commitments"][0];
    assert_eq!(held["assembly"], first.as_str());
    assert_eq!(held["answer"], "yes");
    assert_eq!(held["status"], "in_progress");
    assert_eq!(held["steps"][0]["on"], "2026-03-20");
    // Who chases it (an institution's id, shown by its name), by when,
    // and overdue: due on 1 April 2026 and not achieved.
    assert_eq!(held["owner"], "St Mary's Church");
    assert_eq!(held["due"], "2026-04-01");
    assert_eq!(held["overdue"], true);
    assert_eq!(listing(&server)["live"], first.as_str());
    assert_eq!(listing(&server)["assemblies"][1]["stage"], "live");
    let mut phone = common::socket::open(&server.ws_url("role=attendee"));

    // Another one while the first is under way: asked first, never by a
    // stray tap, and nothing changes until confirmed.
    let asked = go_live(&server, &second, false);
    assert_eq!(asked.status, 409, "{}", asked.body);
    assert!(asked.body.contains("is under way"), "{}", asked.body);
    assert_eq!(listing(&server)["live"], first.as_str());
    let switched = go_live(&server, &second, true);
    assert_eq!(switched.status, 303, "{}", switched.body);
    let plan = server.get("/api/plan").json();
    assert_eq!(plan["assembly"]["title"], "Report-back Assembly");
    // The same institutions and power-holders, under the same ids.
    assert_eq!(plan["institutions"], first_institutions);
    assert_eq!(server.get("/api/state").json()["phase"], "not_started");

    // The first one's phones are let go, to come back to this one.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        use tokio_tungstenite::tungstenite::{Error, Message};
        match phone.read() {
            Ok(Message::Close(_)) | Err(Error::ConnectionClosed | Error::AlreadyClosed) => break,
            Err(Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(e) => panic!("the first assembly's phone broke instead of being let go: {e}"),
            Ok(_) => {}
        }
        assert!(
            Instant::now() < deadline,
            "the first assembly's phone was never let go"
        );
    }

    // The first is still in the home, unfinished, with what happened kept.
    let list = listing(&server);
    let first_row = list["assemblies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == first.as_str())
        .unwrap()
        .clone();
    assert_eq!(first_row["stage"], "unfinished");
    assert_eq!(first_row["seq"], 4);
    assert_eq!(first_row["commitments"]["yes"], 1);
    assert_eq!(first_row["commitments"]["in_progress"], 1);

    // A step recorded from the desk in an assembly that is not live: in
    // its own record, and the very next read sees it.
    let step = |body: Value| {
        server.chair_request(
            "POST",
            "/api/desk/command",
            &[("Content-Type", "application/json")],
            &body.to_string(),
        )
    };
    let done = step(serde_json::json!({
        "assembly": first, "cmd": "follow_up", "ask": "living-wage", "holder": "leader",
        "status": "achieved", "at": "2026-10-01", "public_note": "Signed by the council"
    }));
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.json()["seq"], 5);
    let held = server
        .chair_get("/api/desk/commitments?holder=leader")
        .json();
    assert_eq!(held["commitments"][0]["status"], "achieved", "{held}");
    assert_eq!(
        held["commitments"][0]["steps"][1]["public_note"],
        "Signed by the council"
    );
    assert_eq!(
        held["commitments"][0]["overdue"], false,
        "achieved is never overdue"
    );
    for (body, words) in [
        (
            serde_json::json!({"assembly": first, "cmd": "next"}),
            "not live",
        ),
        (
            serde_json::json!({"assembly": "no-such", "cmd": "follow_up", "ask": "living-wage",
                            "holder": "leader", "status": "broken"}),
            "no assembly",
        ),
        (
            serde_json::json!({"assembly": first, "cmd": "follow_up", "ask": "living-wage",
                            "holder": "leader", "status": "broken", "at": "2099-01-01"}),
            "2099-01-01",
        ),
        (serde_json::json!({"cmd": "follow_up"}), "name the assembly"),
    ] {
        let refused = step(body.clone());
        assert_eq!(refused.status, 400, "{body}: {}", refused.body);
        assert!(refused.body.contains(words), "{body}: {}", refused.body);
    }
    assert_eq!(
        listing(&server)["live"],
        second.as_str(),
        "nothing went live"
    );
    // The same from the page's form, back to the list as it was filtered.
    let origin = server.url("");
    let saved = server.chair_request(
        "POST",
        "/desk/follow-up?holder=leader&",
        &[("Origin", origin.as_str()), ("Content-Type", "application/x-www-form-urlencoded")],
        &format!("assembly={first}&ask=living-wage&holder=leader&status=in_progress&at=2026-11-02&public_note=Reopened&note=private"),
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    let back = saved.header("location").unwrap().to_owned();
    assert!(
        back.starts_with("/desk/follow-up?holder=leader&saved="),
        "{back}"
    );
    let page = server.chair_get(&back);
    assert!(page.body.contains("The step is saved"), "{}", page.body);

    // Every commitment of the home, filtered, from the records of
    // assemblies that are no longer live.
    let all = server.chair_get("/api/desk/commitments").json();
    assert_eq!(all["total"], 1, "the second assembly has no asks: {all}");
    for (query, kept) in [
        ("status=in_progress", 1),
        ("status=achieved", 0),
        ("status=none", 0),
        ("answer=yes", 1),
        ("answer=no", 0),
        ("holder=someone-else", 0),
        ("overdue=1", 1),
        ("overdue=1&status=achieved", 0),
        ("owner=St%20Mary%27s%20Church", 1),
        ("owner=none", 0),
        ("owner=someone-else", 0),
    ] {
        let found = server
            .chair_get(&format!("/api/desk/commitments?{query}"))
            .json();
        assert_eq!(
            found["commitments"].as_array().unwrap().len(),
            kept,
            "{query}: {found}"
        );
    }
    let page = server.chair_get(&format!("/desk/follow-up?assembly={first}"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Real Living Wage"), "{}", page.body);
    assert!(page.body.contains("1 of 1 commitments"), "{}", page.body);
    assert!(
        page.body.contains("St Mary&#39;s Church") || page.body.contains("St Mary's Church"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Overdue"), "{}", page.body);
    let chased = server.chair_get("/desk/follow-up?owner=none");
    assert!(
        chased.body.contains("0 of 1 commitments"),
        "{}",
        chased.body
    );
    assert_eq!(server.get("/desk/follow-up").status, 401);

    // Any assembly's full record from the desk, laid out as the published
    // site is: its report beside the files it links to.
    let desk_page = server.chair_get("/desk").body;
    let report_link = format!("/desk/assemblies/{first}/report.html");
    assert!(desk_page.contains(&report_link), "{desk_page}");
    assert!(
        desk_page.contains(&format!("/desk/follow-up?assembly={first}")),
        "{desk_page}"
    );
    let report = server.chair_get(&report_link);
    assert_eq!(report.status, 200);
    assert!(
        report.body.contains("Signed by the council"),
        "{}",
        report.body
    );
    assert!(
        report.body.contains("href=\"record.json\""),
        "{}",
        report.body
    );
    let json = server.chair_get(&format!("/desk/assemblies/{first}/record.json"));
    assert_eq!(json.status, 200);
    assert!(json.body.contains("Reopened"), "{}", json.body);
    let live_report = server.chair_get(&format!("/desk/assemblies/{second}/report.html"));
    assert_eq!(live_report.status, 200, "the live one's too");
    for path in [
        format!("/desk/assemblies/{first}/plan.toml"),
        "/desk/assemblies/no-such/report.html".to_owned(),
        "/desk/assemblies/..%2F..%2Fetc/report.html".to_owned(),
    ] {
        let refused = server.chair_get(&path);
        assert_eq!(refused.status, 404, "{path}: {}", refused.body);
    }
    assert_eq!(server.get(&report_link).status, 401);

    // Hostile ids: refused with a reason, nothing changes.
    for id in ["../../etc", "no-such-assembly", "", "A%2FB"] {
        let refused = go_live(&server, id, true);
        assert_eq!(refused.status, 409, "{id}: {}", refused.body);
        assert_eq!(listing(&server)["live"], second.as_str());
    }
    let no_title = form(&server, "/desk/assemblies", "title=&day=2027-01-01");
    assert_eq!(no_title.status, 422);
    assert!(no_title.body.contains("title"), "{}", no_title.body);
    let bad_day = form(&server, "/desk/assemblies", "title=x&day=13%2F01%2F2027");
    assert_eq!(bad_day.status, 422);
    assert!(bad_day.body.contains("YYYY-MM-DD"), "{}", bad_day.body);
    assert_eq!(listing(&server)["assemblies"].as_array().unwrap().len(), 2);

    server.terminate();

    // Each assembly is an ordinary data dir: `serve --data HOME/<id>`.
    let alone = Server::start(&home.join(&first), None);
    let state = alone.get("/api/state").json();
    assert_eq!(state["phase"], "running");
    assert_eq!(alone.get("/api/plan").json()["assembly"]["title"], title);
    // With the steps the desk recorded while it was not live.
    let record = alone.chair_get("/export/record.json").body;
    assert!(
        record.contains("Signed by the council") && record.contains("Reopened"),
        "{record}"
    );
}

#[test]
fn the_desk_is_the_organisers_alone() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (server, _) = desk(&home, &[]);
    let id = make(&server, "Autumn", "2026-10-01", "");

    // No key, a wrong key, a forged cookie: the desk's pages and API refuse.
    for (path, headers) in [
        ("/desk", vec![]),
        ("/api/desk", vec![]),
        (
            "/desk",
            vec![("Authorization", "Bearer wrong-key-wrong-key-1")],
        ),
        ("/desk", vec![("Cookie", "assembly_chair=forged")]),
    ] {
        let r = common::request(server.addr, "GET", path, &headers, "");
        assert_eq!(r.status, 401, "{path} {headers:?}: {}", r.body);
        assert!(!r.body.contains(KEY));
    }
    // A change from a page on another site never rides on the cookie.
    let other = server.chair_request(
        "POST",
        "/desk/live",
        &[
            ("Origin", "http://evil.example"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &format!("id={id}"),
    );
    assert_eq!(other.status, 403, "{}", other.body);
    assert_eq!(listing(&server)["live"], Value::Null);

    // A 20 MB form is refused, never read whole; a stranger's body is
    // refused before it is read; the desk goes on.
    let big = format!("title={}", "x".repeat(20 * 1024 * 1024));
    let origin = server.url("");
    let bearer = format!("Bearer {KEY}");
    let headers = [
        ("Authorization", bearer.as_str()),
        ("Origin", origin.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    if let Ok(r) = common::try_request(server.addr, "POST", "/desk/assemblies", &headers, &big) {
        assert_eq!(r.status, 413, "{}", &r.body[..r.body.len().min(300)]);
    }
    if let Ok(r) = common::try_request(server.addr, "POST", "/desk/assemblies", &headers[1..], &big)
    {
        assert_eq!(r.status, 401);
    }
    assert_eq!(listing(&server)["assemblies"].as_array().unwrap().len(), 1);
    // With nothing live, the hall's pages still carry the security headers.
    let join = server.get("/join");
    assert_eq!(join.status, 503);
    assert!(
        join.header("content-security-policy").is_some(),
        "{:?}",
        join.headers
    );

    // The key's link sets the session cookie and drops the key from the
    // address; the cookie then opens the desk and the live chair.
    let link = server.get(&format!("/desk?key={KEY}"));
    assert_eq!(link.status, 303);
    assert_eq!(link.header("location"), Some("/desk"));
    let cookie = link
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let page = common::request(server.addr, "GET", "/desk", &[("Cookie", &cookie)], "");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Autumn"), "{}", page.body);
    assert_eq!(go_live(&server, &id, false).status, 303);
    let chair = common::request(server.addr, "GET", "/chair", &[("Cookie", &cookie)], "");
    assert_eq!(chair.status, 200);
}

#[test]
fn a_desk_starts_live_and_its_key_is_found_without_a_terminal_log() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    // A home made by one desk ...
    let (mut first, _) = desk(&home, &[]);
    let id = make(&first, "Winter", "2026-12-10", "");
    first.terminate();
    // ... started again with that assembly live, as on a server with no
    // browser, and with the home's own key this time.
    let (server, told) = Server::desk(&home, &["--live", &id]);
    assert!(told.contains(&format!("Live: {id}")), "{told}");
    assert_eq!(
        server.get("/api/plan").json()["assembly"]["title"],
        "Winter"
    );
    assert_eq!(server.get("/join").status, 200);

    // A second desk on the same home stops before it writes.
    let second = common::run_bounded(&[
        "desk",
        "--bind",
        "127.0.0.1:0",
        "--home",
        home.to_str().unwrap(),
    ]);
    assert_ne!(second.code, Some(0));
    assert!(second.stderr.contains("in use"), "{}", second.stderr);

    // `assembly key` prints the desk's link for whoever has the files.
    let key = common::run_bounded(&["key", "--home", home.to_str().unwrap()]);
    assert_eq!(key.code, Some(0), "{}", key.stderr);
    let own = std::fs::read_to_string(home.join("home.key")).unwrap();
    assert!(key.stdout.contains(own.trim()), "{}", key.stdout);
    assert!(key.stdout.contains("/desk?key="), "{}", key.stdout);
    // A folder that is no home says so.
    let none = common::run_bounded(&["key", "--home", dir.path().to_str().unwrap()]);
    assert_ne!(none.code, Some(0));
    assert!(none.stderr.contains("not a home"), "{}", none.stderr);
}

#[test]
fn going_live_back_and_forth_quickly_never_leaves_two_writers_on_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (server, _) = desk(&home, &[]);
    let a = make(&server, "Spring", "2026-03-14", "");
    let b = make(&server, "Autumn", "2026-10-10", "");
    assert_eq!(go_live(&server, &a, false).status, 303);
    server.must(r#"{"cmd":"start"}"#);
    let mut said = 1;
    for n in 0..5 {
        // A phone of A's holds its hub while the desk moves away and back.
        let _phone = common::socket::open(&server.ws_url("role=attendee"));
        assert_eq!(go_live(&server, &b, true).status, 303, "round {n}");
        // A step from the desk in A, not live now: A's last hub let go.
        let step = server.chair_request(
            "POST",
            "/api/desk/command",
            &[("Content-Type", "application/json")],
            &serde_json::json!({"assembly": a, "cmd": "follow_up", "ask": "living-wage",
                                "holder": "leader", "status": "in_progress"})
            .to_string(),
        );
        assert_eq!(step.status, 200, "round {n}: {}", step.body);
        said += 1;
        assert_eq!(go_live(&server, &a, true).status, 303, "round {n}");
        let seq = server.must(&format!(
            r#"{{"cmd":"message","to":"screen","text":"round {n}"}}"#
        ));
        said += 1;
        assert_eq!(seq, said, "round {n}: every change landed once, in order");
    }
    let health = server.get("/healthz");
    assert_eq!(health.status, 200, "{}", health.body);
}
