//! A whole assembly through the real server: HTTP commands, two websocket
//! clients, check-ins, exports, SIGKILL and restart on the same data dir.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::socket::{Socket, listen, open, read_until};
use common::{KEY, Server, command_as, poll, settled};
use serde_json::Value;
use tokio_tungstenite::tungstenite::{self, Message};

/// Every state frame a socket receives, as (seq, exact text).
#[derive(Clone, Default)]
struct Frames(Arc<Mutex<Vec<(u64, String)>>>);

impl Frames {
    fn listen(url: String) -> Frames {
        let frames = Frames::default();
        let out = frames.clone();
        listen(open(&url), move |text| {
            let value: Value = serde_json::from_str(text).unwrap();
            if value["type"] == "state" {
                let seq = value["state"]["seq"].as_u64().unwrap();
                out.0.lock().unwrap().push((seq, text.to_owned()));
            }
        });
        frames
    }

    fn wait_for(&self, seq: u64) -> Vec<(u64, String)> {
        poll(Duration::from_secs(10), Duration::from_millis(10), || {
            let frames = self.0.lock().unwrap().clone();
            match frames.last() {
                Some((s, _)) if *s >= seq => Ok(frames),
                _ => Err(format!("a socket never got seq {seq}")),
            }
        })
    }
}

fn response_for<'a>(state: &'a Value, ask: &str, holder: &str) -> Option<&'a Value> {
    state["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ask"] == ask && r["holder"] == holder)
}

#[test]
fn a_whole_assembly_survives_kill_and_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);

    let screen_a = Frames::listen(server.ws_url("role=screen"));
    let screen_b = Frames::listen(server.ws_url("role=screen"));

    // Nobody but the chair steers.
    let anonymous = command_as(server.addr, &[], r#"{"cmd":"start"}"#);
    assert_eq!(anonymous.status, 401);
    assert!(anonymous.error().contains("chair key"));
    let wrong = command_as(
        server.addr,
        &[("Authorization", "Bearer not-the-key-at-all")],
        r#"{"cmd":"start"}"#,
    );
    assert_eq!(wrong.status, 401);

    let state = server.get("/api/state").json();
    assert_eq!(state["seq"], 0);
    assert_eq!(state["current"], Value::Null);

    // Bad commands are explained.
    let bad = server.command(r#"{"cmd":"jump"}"#);
    assert_eq!(bad.status, 400);
    assert!(bad.error().contains("no command `jump`"));
    let early = server.command(r#"{"cmd":"next"}"#);
    assert_eq!(early.status, 400, "next before start: {}", early.body);

    let seq = server.must(r#"{"cmd":"start","id":"start-1"}"#);
    assert_eq!(seq, 1);
    // A retried command applies once.
    let retry = server.command(r#"{"cmd":"start","id":"start-1"}"#).json();
    assert_eq!(retry["applied"], false);
    assert_eq!(retry["seq"], 1);

    // Two chairs tap Next having both seen seq 1: one wins, one is told.
    let seq = server.must(r#"{"cmd":"next","expect":1}"#);
    assert_eq!(seq, 2);
    let late = server.command(r#"{"cmd":"next","expect":1}"#);
    assert_eq!(late.status, 409);
    assert_eq!(late.json()["latest"], 2);
    assert_eq!(server.get("/api/state").json()["current"], 1);

    // Phones check in; one changes its mind and moves, never counting twice.
    let (first, device_a) = server.check_in(None, "st-marys");
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(common::device_id(&device_a).len(), 32);
    let (_, device_b) = server.check_in(None, "al-noor");
    let (_, device_c) = server.check_in(None, "");
    let (again, _) = server.check_in(Some(&device_a), "st-marys");
    assert_eq!(again.json()["applied"], false);
    let (moved, _) = server.check_in(Some(&device_b), "st-marys");
    assert_eq!(moved.json()["applied"], true);
    let (unknown, _) = server.check_in(None, "nowhere");
    assert_eq!(unknown.status, 400);
    let check_ins_done = moved.json()["seq"].as_u64().unwrap();
    // A check-in never makes the chair's view stale.
    server.must(&format!(
        r#"{{"cmd":"turnout","institution":"st-marys","count":175,"expect":{check_ins_done}}}"#
    ));
    let state = server.state_at(check_ins_done);
    assert_eq!(state["turnout"]["phones"], 3);
    assert_eq!(state["turnout"]["checked_in"]["st-marys"], 2);
    assert_eq!(state["turnout"]["checked_in"]["al-noor"], 0);
    assert_eq!(state["turnout"]["on_own"], 1);
    assert_eq!(state["turnout"]["announced"]["st-marys"], 175);

    // Out-of-range turnout is refused.
    let huge = server.command(r#"{"cmd":"turnout","institution":"al-noor","count":100001}"#);
    assert_eq!(huge.status, 400);

    // Asks and answers, including a negotiated one.
    server.must(r#"{"cmd":"goto","item":4}"#);
    server.must(r#"{"cmd":"respond","ask":"safe-homes","holder":"housing-ceo","answer":"waffle"}"#);
    server.must(
        r#"{"cmd":"respond","ask":"safe-homes","holder":"housing-ceo","answer":"yes","note":"Survey of every flat by June"}"#,
    );
    server.must(r#"{"cmd":"respond","ask":"safe-homes","holder":"council-leader","answer":"no"}"#);
    let wrong_holder = server
        .command(r#"{"cmd":"respond","ask":"living-wage","holder":"housing-ceo","answer":"yes"}"#);
    assert_eq!(wrong_holder.status, 400, "{}", wrong_holder.body);

    // Pause, extend, resume; a message for the screen; undo takes back the last.
    server.must(r#"{"cmd":"pause"}"#);
    server.must(r#"{"cmd":"extend","seconds":60}"#);
    server.must(r#"{"cmd":"resume"}"#);
    server.must(r#"{"cmd":"message","to":"screen","text":"Please take your seats"}"#);
    server.must(r#"{"cmd":"message","to":"stage","text":"Wrap up"}"#);
    server.must(r#"{"cmd":"undo"}"#);
    let state = server.get("/api/state").json();
    assert_eq!(state["message"]["text"], "Please take your seats");

    // The pledge: phones vote while it is open, then the chair reveals it.
    server.must(r#"{"cmd":"goto","item":12}"#);
    for (device, answer) in [(&device_a, "yes"), (&device_b, "yes"), (&device_c, "no")] {
        let response = server.pledge(device, "action-teams", answer);
        assert_eq!(response.status, 200, "{}", response.body);
    }
    let hidden = server.get("/api/state").json();
    assert!(
        hidden["pledges"][0].get("yes").is_none(),
        "a tally stays hidden until revealed"
    );
    server.must(r#"{"cmd":"reveal","pledge":"action-teams"}"#);
    server.must(r#"{"cmd":"next"}"#);
    let last = server.command(r#"{"cmd":"next"}"#);
    assert_eq!(last.status, 400, "next on the last item is refused");
    let final_seq = server.must(r#"{"cmd":"end"}"#);

    let state = server.state_at(final_seq);
    assert_eq!(state["phase"], "ended");
    assert_eq!(state["pledges"][0]["yes"], 2);
    assert_eq!(state["pledges"][0]["no"], 1);
    let answer = response_for(&state, "safe-homes", "housing-ceo").unwrap();
    assert_eq!(answer["answer"], "yes");
    assert!(answer["note"].is_null(), "notes on answers are the chair's");
    assert_eq!(
        response_for(&state, "safe-homes", "council-leader").unwrap()["answer"],
        "no"
    );

    // Both sockets saw frames in seq order, byte for byte the same per seq,
    // and both ended on the final state.
    let a = screen_a.wait_for(final_seq);
    let b = screen_b.wait_for(final_seq);
    for frames in [&a, &b] {
        assert!(
            frames.windows(2).all(|w| w[0].0 < w[1].0),
            "frames arrive in seq order"
        );
        assert_eq!(frames.last().unwrap().0, final_seq);
    }
    let mut shared = 0;
    for (seq, text) in &a {
        if let Some((_, other)) = b.iter().find(|(s, _)| s == seq) {
            assert_eq!(text, other, "the same bytes for seq {seq}");
            shared += 1;
        }
    }
    assert!(shared >= 2, "the two sockets shared frames");

    // Exports: the full record, with the chair key.
    let record = server.chair_get("/export/record.json");
    assert_eq!(record.status, 200);
    let record = record.json();
    assert_eq!(record["schema"], 3);
    assert_eq!(record["seq"], final_seq);
    let negotiated = record["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["holder"] == "housing-ceo")
        .unwrap();
    assert_eq!(negotiated["answer"], "yes");
    assert_eq!(negotiated["history"][0]["answer"], "waffle");
    let responses = server.chair_get("/export/responses.csv");
    assert!(
        responses
            .header("content-type")
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(responses.body.starts_with("ask,ask_title,holder,"));
    assert!(responses.body.contains("Survey of every flat by June"));
    let turnout = server.get("/export/turnout.csv").body;
    assert!(
        turnout.contains("st-marys,\"St Mary's, Eastside\",180,175,2"),
        "{turnout}"
    );
    assert_eq!(server.get("/healthz").json()["seq"], final_seq);

    // kill -9, restart on the same data dir: everything acknowledged is there.
    let before = settled(server.get("/api/state").json());
    let record_before = server.get("/export/record.json").json();
    server.kill();
    let server = Server::start(dir.path(), None);
    let after = settled(server.get("/api/state").json());
    assert_eq!(before, after);
    let mut record_after = server.get("/export/record.json").json();
    record_after["generated_at"] = record_before["generated_at"].clone();
    assert_eq!(record_before, record_after);
    // The chair key still works and the log goes on from the same seq.
    let refused = server.command(r#"{"cmd":"next"}"#);
    assert_eq!(
        refused.status, 400,
        "the assembly has ended: {}",
        refused.body
    );
    let _ = KEY;
}

#[test]
fn a_chair_socket_steers_and_others_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);

    // A chair socket without the key is refused at the door.
    assert!(tungstenite::connect(server.ws_url("role=chair")).is_err());
    assert!(tungstenite::connect(server.ws_url("role=judge")).is_err());

    let mut chair = open(&server.ws_url(&format!("role=chair&key={KEY}")));
    let read_json = |socket: &mut Socket, want: &str| -> Value {
        let what = format!("{want} message");
        let mut read = read_until(socket, Duration::from_secs(5), &what, |v| v["type"] == want);
        read.pop().unwrap()
    };
    let hello = read_json(&mut chair, "hello");
    assert_eq!(hello["role"], "chair");
    assert!(hello["plan"]["items"].as_array().unwrap().len() >= 10);
    chair
        .send(Message::text(r#"{"cmd":"start","id":"s"}"#))
        .unwrap();
    let result = read_json(&mut chair, "result");
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(result["seq"], 1);
    assert_eq!(result["id"], "s");
    chair.send(Message::text(r#"{"cmd":"fly"}"#)).unwrap();
    let result = read_json(&mut chair, "result");
    assert_eq!(result["status"], 400);
    chair
        .send(Message::binary(vec![0u8, 159, 146, 150]))
        .unwrap();
    let result = read_json(&mut chair, "result");
    assert_eq!(result["ok"], false);

    // A screen or phone socket cannot give chair commands.
    let mut screen = open(&server.ws_url("role=screen"));
    let hello = read_json(&mut screen, "hello");
    assert!(
        !hello.to_string().contains("\"notes\""),
        "chair notes never reach the screen"
    );
    screen.send(Message::text(r#"{"cmd":"next"}"#)).unwrap();
    let result = read_json(&mut screen, "result");
    assert_eq!(result["ok"], false);
    let mut phone = open(&server.ws_url("role=attendee"));
    phone.send(Message::text(r#"{"cmd":"next"}"#)).unwrap();
    let result = read_json(&mut phone, "result");
    assert_eq!(result["ok"], false);
    assert_eq!(server.get("/api/state").json()["current"], 0);
}

#[test]
fn sigterm_stops_cleanly_with_sockets_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);
    let _screen = open(&server.ws_url("role=screen"));
    let started = Instant::now();
    let status = server.terminate();
    assert!(status.success(), "exit status {status}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn the_phone_page_is_small_and_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let page = server.get("/join");
    assert_eq!(page.status, 200);
    let gzip = [("Accept-Encoding", "gzip, deflate, br")];
    let first = common::wire(server.addr, "/join", &gzip);
    assert_eq!(
        first.encoding.as_deref(),
        Some("gzip"),
        "pages travel gzipped"
    );
    let mut total = first.bytes.len();
    let mut plain = page.body.len();
    let mut assets = 0;
    for attr in ["src=\"", "href=\""] {
        for (i, _) in page.body.match_indices(attr) {
            let rest = &page.body[i + attr.len()..];
            let url = &rest[..rest.find('"').unwrap()];
            // `data:` is inline (the empty icon), never a request.
            assert!(
                url.starts_with("data:") || (url.starts_with('/') && !url.starts_with("//")),
                "no third-party requests: {url}"
            );
            if url.starts_with("/assets/") {
                let asset = common::wire(server.addr, url, &gzip);
                assert_eq!(asset.status, 200, "{url}");
                assert_eq!(asset.encoding.as_deref(), Some("gzip"), "{url}");
                total += asset.bytes.len();
                plain += server.get(url).body.len();
                assets += 1;
            }
        }
    }
    assert!(assets >= 3, "the page loads its stylesheet and scripts");
    // What a phone on mobile data pays: under the 30 KB budget.
    println!("/join first load: {total} bytes gzipped, {plain} bytes plain");
    assert!(
        total < 30 * 1024,
        "the phone's first load is {total} bytes on the wire"
    );
    // A client that takes no gzip still gets every byte, uncompressed.
    let bare = common::wire(server.addr, "/assets/join.js", &[]);
    assert_eq!(bare.encoding, None);
    assert!(!bare.bytes.is_empty());
}
