//! Identity: a phone is a device id this server issued and signed, so a
//! script cannot invent phones to inflate turnout or pledges; one phone
//! cannot flood the log by changing its mind; the chair's cookie is not the
//! key and dies when the key changes.

use crate::common;

use std::time::{Duration, Instant};

use assembly::domain::Event;
use assembly::store::Store;
use common::socket::{Socket, read_until, try_open};
use common::{KEY, Server, device_id, request};
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// A 32-hex id no server issued.
fn forged(i: u64) -> String {
    format!(
        "{:032x}",
        u128::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835)
    )
}

/// The same id with a well-formed MAC that is not the server's.
fn forged_signed(i: u64) -> String {
    format!("{}.{}", forged(i), "ab".repeat(32))
}

/// An attendee socket carrying a device cookie.
fn phone_socket(server: &Server, cookie: &str) -> Socket {
    let mut request = server
        .ws_url("role=attendee")
        .into_client_request()
        .unwrap();
    request.headers_mut().insert(
        "Cookie",
        format!("assembly_device={cookie}").parse().unwrap(),
    );
    try_open(request, Duration::from_secs(5)).expect("the phone's socket opens")
}

/// Send a pledge on a phone's socket and wait for its reply.
fn pledge_on(socket: &mut Socket, id: &str, yes: bool) -> Value {
    let text = format!(r#"{{"cmd":"pledge","pledge":"action-teams","yes":{yes},"id":"{id}"}}"#);
    socket.send(Message::text(text)).unwrap();
    read_until(socket, Duration::from_secs(5), "a reply", |v| v["id"] == id)
        .pop()
        .unwrap()
}

/// How many changes a limit of `burst` at once and then `per_second`
/// allows from `started` until now.
fn allowed(burst: u64, per_second: f64, started: Instant) -> u64 {
    burst + (started.elapsed().as_secs_f64() * per_second).ceil() as u64 + 1
}

/// Pledge events in the log of a stopped server: (yes, no).
fn pledges_in_log(server: &mut Server) -> (usize, usize) {
    assert!(server.terminate().success());
    let log = Store::open_existing(&server.data)
        .unwrap()
        .events()
        .unwrap();
    let answers: Vec<bool> = log
        .iter()
        .filter_map(|e| match &e.event {
            Event::Pledged { yes, .. } => Some(*yes),
            _ => None,
        })
        .collect();
    let yes = answers.iter().filter(|y| **y).count();
    (yes, answers.len() - yes)
}

#[test]
fn forged_device_cookies_are_new_phones_under_the_join_rate() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--join-rate", "5"]);
    let started = Instant::now();
    let (mut accepted, mut throttled, mut last_seq) = (0u64, 0u64, 0);
    for i in 0..1000 {
        let cookie = if i % 2 == 0 {
            forged(i)
        } else {
            forged_signed(i)
        };
        let (response, set) = server.check_in(Some(&cookie), "st-marys");
        match response.status {
            200 => {
                accepted += 1;
                last_seq = response.json()["seq"].as_u64().unwrap();
                assert_ne!(
                    device_id(&set),
                    forged(i),
                    "a forged id is replaced by one the server issues"
                );
            }
            429 => throttled += 1,
            other => panic!("unexpected {other}: {}", response.body),
        }
    }
    // A burst of 100 (ten seconds at 5 a second), plus what the time taken earned.
    let limit = allowed(100, 5.0, started);
    assert!(
        accepted <= limit,
        "forged cookies got {accepted} phones in; the limit allows {limit}"
    );
    assert_eq!(accepted + throttled, 1000);
    let state = server.state_at(last_seq);
    assert_eq!(
        state["turnout"]["phones"], accepted,
        "turnout counts only the phones let in"
    );
}

#[test]
fn forged_cookies_cannot_pledge_by_form_or_socket() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":12}"#);
    let (_, real) = server.check_in(None, "st-marys");
    let yes = server.pledge(&real, "action-teams", "yes");
    assert_eq!(yes.status, 200, "{}", yes.body);

    // Each forged phone first "checks in" with its cookie (which only gets
    // it a fresh, signed id of its own), then pledges with the forged one.
    for i in 0..30 {
        let cookie = match i % 3 {
            0 => forged(i),
            1 => forged_signed(i),
            _ => device_id(&real).to_owned(),
        };
        let (checked, _) = server.check_in(Some(&cookie), "");
        assert_eq!(checked.status, 200, "{}", checked.body);
        let no = server.pledge(&cookie, "action-teams", "no");
        assert_eq!(no.status, 400, "forged {cookie}: {}", no.body);
        assert!(no.body.contains("check in first"), "{}", no.body);
    }
    for i in 100..110 {
        let cookie = forged(i);
        server.check_in(Some(&cookie), "");
        let mut socket = phone_socket(&server, &cookie);
        let reply = pledge_on(&mut socket, "p1", false);
        assert_eq!(reply["ok"], false, "forged {cookie} pledged on a socket");
        assert!(reply["error"].as_str().unwrap().contains("check in first"));
    }
    // The real phone may still answer on its socket.
    let mut socket = phone_socket(&server, &real);
    assert_eq!(pledge_on(&mut socket, "p2", true)["ok"], true);
    drop(socket);
    assert_eq!(
        pledges_in_log(&mut server),
        (1, 0),
        "no forged pledge in the log"
    );
}

#[test]
fn a_cookie_without_the_servers_mac_is_a_new_phone() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);
    let (first, real) = server.check_in(None, "st-marys");
    assert_eq!(first.status, 200);
    let id = device_id(&real).to_owned();
    // The id alone, and the id with a MAC of the right shape but wrong.
    let mut wrong = format!("{id}.{}", "0".repeat(64));
    if wrong == real {
        wrong = format!("{id}.{}", "1".repeat(64));
    }
    for cookie in [id.clone(), wrong] {
        let (moved, set) = server.check_in(Some(&cookie), "al-noor");
        assert_eq!(moved.status, 200, "{}", moved.body);
        assert_ne!(device_id(&set), id, "{cookie} passed for the real phone");
    }
    let seq = server.check_in(Some(&real), "st-marys").0.json()["seq"]
        .as_u64()
        .unwrap();
    let state = server.state_at(seq);
    assert_eq!(state["turnout"]["phones"], 3);
    assert_eq!(state["turnout"]["checked_in"]["st-marys"], 1);
    assert_eq!(state["turnout"]["checked_in"]["al-noor"], 2);

    // The real cookie outlives a restart: the secret is in the data dir.
    server.terminate();
    let server = Server::start(dir.path(), None);
    let (again, set) = server.check_in(Some(&real), "st-marys");
    assert_eq!(again.status, 200);
    assert_eq!(
        again.json()["applied"],
        false,
        "the same phone, already there"
    );
    assert_eq!(device_id(&set), id);
}

#[test]
fn one_phone_changing_its_mind_quickly_is_slowed_and_counted_right() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let (first, real) = server.check_in(None, "st-marys");
    assert_eq!(first.status, 200);
    let started = Instant::now();
    let (mut applied, mut refused) = (0u64, 0u64);
    let mut now_at = "st-marys";
    // Ask to move 200 times, each time to the other one.
    let mut last_seq = first.json()["seq"].as_u64().unwrap();
    for _ in 0..200 {
        let to = if now_at == "st-marys" {
            "al-noor"
        } else {
            "st-marys"
        };
        let (response, _) = server.check_in(Some(&real), to);
        match response.status {
            200 => {
                assert_eq!(response.json()["applied"], true);
                applied += 1;
                now_at = to;
                last_seq = response.json()["seq"].as_u64().unwrap();
            }
            429 => {
                refused += 1;
                assert!(
                    response.body.contains("wait a few seconds"),
                    "{}",
                    response.body
                );
                // Checking in again where it already is stays free.
                let (same, _) = server.check_in(Some(&real), now_at);
                assert_eq!(same.status, 200, "{}", same.body);
                assert_eq!(same.json()["applied"], false);
            }
            other => panic!("unexpected {other}: {}", response.body),
        }
    }
    // A burst of 10 (one went on the first check-in), then one per 2 s.
    let limit = allowed(9, 0.5, started);
    assert!(
        applied <= limit,
        "{applied} changes went through; the limit allows {limit}"
    );
    assert_eq!(applied + refused, 200);
    let state = server.state_at(last_seq);
    assert_eq!(state["turnout"]["phones"], 1);
    assert_eq!(state["turnout"]["checked_in"][now_at], 1);
    assert_eq!(
        state["seq"].as_u64(),
        Some(last_seq),
        "nothing refused was written"
    );

    // Flipping a pledge on the phone's socket meets the same limit.
    let (_, fresh) = server.check_in(None, "");
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":12}"#);
    let mut socket = phone_socket(&server, &fresh);
    let started = Instant::now();
    let replies: Vec<Value> = (0..60)
        .map(|i| pledge_on(&mut socket, &format!("f{i}"), i % 2 == 0))
        .collect();
    let flips = replies.iter().filter(|r| r["applied"] == true).count() as u64;
    let limit = allowed(9, 0.5, started);
    assert!(flips <= limit, "{flips} pledge flips went through");
    assert!(replies.iter().any(|r| r["status"] == 429));
}

fn chair_cookie(server: &Server) -> String {
    let response = server.get(&format!("/chair?key={KEY}"));
    assert_eq!(response.status, 303, "{}", response.body);
    response
        .header("set-cookie")
        .expect("the chair link sets a cookie")
        .to_owned()
}

fn chair_page(server: &Server, cookie: &str) -> u16 {
    let pair = cookie.split(';').next().unwrap();
    request(server.addr, "GET", "/chair", &[("Cookie", pair)], "").status
}

#[test]
fn the_chair_cookie_is_not_the_key_and_dies_when_the_key_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);
    let cookie = chair_cookie(&server);
    let value = cookie
        .strip_prefix("assembly_chair=")
        .unwrap()
        .split(';')
        .next()
        .unwrap();
    assert!(!value.contains(KEY), "the cookie holds the key: {cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    assert_eq!(chair_page(&server, &cookie), 200);

    // The same key after a restart: the cookie still works.
    server.terminate();
    let mut server = Server::start(dir.path(), None);
    assert_eq!(chair_page(&server, &cookie), 200);
    // A new key revokes it.
    server.terminate();
    let server = Server::start_full(
        dir.path(),
        None,
        "127.0.0.1:0",
        "a-brand-new-chair-key",
        &[],
        &[],
    );
    assert_eq!(
        chair_page(&server, &cookie),
        401,
        "an old cookie still steers"
    );
    drop(server);

    // Behind https, both cookies are Secure.
    let dir = tempfile::tempdir().unwrap();
    let port = common::free_port();
    let server = Server::start_with(
        dir.path(),
        None,
        &format!("127.0.0.1:{port}"),
        &["--public-url", &format!("https://127.0.0.1:{port}")],
    );
    let cookie = chair_cookie(&server);
    assert!(cookie.contains("; Secure"), "{cookie}");
    let (phone, _) = server.check_in(None, "");
    let device = phone.header("set-cookie").unwrap();
    assert!(device.contains("; Secure"), "{device}");
    drop(server);

    // When the public address is elsewhere (relays on the internet) and
    // the chair's tablet comes by the venue's own plain-http address, its
    // cookie is one the browser keeps there, and it steers.
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(
        dir.path(),
        None,
        "127.0.0.1:0",
        &["--public-url", "https://assembly.example"],
    );
    let cookie = chair_cookie(&server);
    assert!(!cookie.contains("Secure"), "{cookie}");
    assert_eq!(chair_page(&server, &cookie), 200);
}
