//! Nothing acknowledged is ever lost: SIGKILL the real binary at random
//! moments under load, restart it, and check the log. Also racing chairs and
//! clients that drop and reconnect.
//!
//! `ASSEMBLY_CRASH_ROUNDS` sets the number of kills (default 25 in the test
//! suite; `scripts/crash.sh` runs 100).

use crate::common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use assembly::domain::Event;
use assembly::store::Store;
use common::socket::Phone;
use common::{KEY, Server, command_at, settled, try_request};

/// A tiny deterministic generator, so a failing round can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What the server acknowledged: seq -> what it should hold.
#[derive(Debug, Clone)]
enum Acked {
    Message(String),
    CheckIn(String),
}

#[test]
fn sigkill_at_random_moments_loses_nothing_acknowledged() {
    let rounds: u64 = std::env::var("ASSEMBLY_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let acked: Arc<Mutex<HashMap<u64, Acked>>> = Arc::default();
    let mut slowest_start = Duration::ZERO;
    let mut server = Server::start_with(&data, None, "127.0.0.1:0", &["--join-rate", "0"]);
    server.must(r#"{"cmd":"start"}"#);
    for round in 0..rounds {
        let stop = Arc::new(AtomicBool::new(false));
        let mut clients = Vec::new();
        for client in 0..4 {
            let (addr, stop, acked) = (server.addr, stop.clone(), acked.clone());
            clients.push(std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let result = if client == 0 {
                        let text = format!("round {round} message {n}");
                        let body = format!(
                            r#"{{"cmd":"message","to":"screen","text":"{text}","id":"r{round}-{n}"}}"#
                        );
                        attempt(addr, "/api/command", &body, true).map(|seq| (seq, Acked::Message(text)))
                    } else {
                        let body = format!("institution={}", ["st-marys", "al-noor", ""][n % 3]);
                        attempt_check_in(addr, &body).map(|(seq, device)| (seq, Acked::CheckIn(device)))
                    };
                    if let Some((seq, what)) = result {
                        acked.lock().unwrap().insert(seq, what);
                    }
                }
            }));
        }
        std::thread::sleep(Duration::from_millis(20 + rng.below(200)));
        server.kill();
        stop.store(true, Ordering::Relaxed);
        for client in clients {
            client.join().unwrap();
        }
        check_log(&data, &acked.lock().unwrap(), round);
        server = Server::start_with(&data, None, "127.0.0.1:0", &["--join-rate", "0"]);
        slowest_start = slowest_start.max(server.startup);
    }
    let acked = acked.lock().unwrap().len();
    assert!(
        acked > rounds as usize * 5,
        "the load was real: {acked} acknowledged"
    );
    assert!(
        slowest_start < Duration::from_secs(1),
        "restart took {slowest_start:?}"
    );
    eprintln!("{rounds} kills, {acked} acknowledged changes, slowest restart {slowest_start:?}");
}

/// A chair command; `Some(seq)` only when the server acknowledged it.
fn attempt(addr: std::net::SocketAddr, path: &str, body: &str, chair: bool) -> Option<u64> {
    let auth = format!("Bearer {KEY}");
    let headers: Vec<(&str, &str)> = if chair {
        vec![("Authorization", &auth)]
    } else {
        vec![]
    };
    let response = try_request(addr, "POST", path, &headers, body).ok()?;
    (response.status == 200)
        .then(|| response.json()["seq"].as_u64())
        .flatten()
}

fn attempt_check_in(addr: std::net::SocketAddr, body: &str) -> Option<(u64, String)> {
    let response = try_request(
        addr,
        "POST",
        "/join",
        &[
            ("Accept", "application/json"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        body,
    )
    .ok()?;
    if response.status != 200 {
        return None;
    }
    let cookie = response
        .header("set-cookie")?
        .strip_prefix("assembly_device=")?
        .split(';')
        .next()?;
    let device = common::device_id(cookie).to_owned();
    Some((response.json()["seq"].as_u64()?, device))
}

fn check_log(data: &std::path::Path, acked: &HashMap<u64, Acked>, round: u64) {
    let store = Store::open_existing(data).unwrap();
    assert!(
        store.integrity_ok().unwrap(),
        "round {round}: integrity_check failed"
    );
    let log = store.events().unwrap();
    for (i, envelope) in log.iter().enumerate() {
        assert_eq!(envelope.seq, i as u64 + 1, "round {round}: a gap in seq");
    }
    for (seq, what) in acked {
        let event = &log
            .get(*seq as usize - 1)
            .unwrap_or_else(|| panic!("round {round}: acknowledged seq {seq} is missing"))
            .event;
        match (what, event) {
            (Acked::Message(text), Event::MessageSet { text: Some(t), .. }) => {
                assert_eq!(t, text, "round {round}: seq {seq} holds another message")
            }
            (Acked::CheckIn(device), Event::CheckedIn { device: d, .. }) => {
                assert_eq!(d, device, "round {round}: seq {seq} holds another check-in")
            }
            (what, event) => panic!("round {round}: seq {seq} should be {what:?}, is {event:?}"),
        }
    }
}

#[test]
fn racing_chairs_apply_exactly_one_next_per_round() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    server.must(r#"{"cmd":"start"}"#);
    let mut rng = Rng(0xc0ffee);
    for round in 0..1000 {
        let seen = server.get("/api/state").json()["seq"].as_u64().unwrap();
        let chairs = 2 + rng.below(7) as usize;
        let barrier = Arc::new(Barrier::new(chairs));
        let handles: Vec<_> = (0..chairs)
            .map(|_| {
                let (addr, barrier) = (server.addr, barrier.clone());
                std::thread::spawn(move || {
                    let body = format!(r#"{{"cmd":"extend","seconds":1,"expect":{seen}}}"#);
                    barrier.wait();
                    command_at(addr, &body).status
                })
            })
            .collect();
        let statuses: Vec<u16> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let applied = statuses.iter().filter(|&&s| s == 200).count();
        let conflicts = statuses.iter().filter(|&&s| s == 409).count();
        assert_eq!(applied, 1, "round {round}: {statuses:?}");
        assert_eq!(conflicts, chairs - 1, "round {round}: {statuses:?}");
    }
    assert_eq!(server.get("/api/state").json()["seq"], 1001);
}

#[test]
fn dropped_clients_and_a_restart_converge_on_the_final_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), None);
    let addr = server.addr;
    let mut clients: Vec<Phone> = (0..12)
        .map(|i| Phone::on(addr, ["screen", "stage", "attendee"][i % 3]))
        .collect();
    server.must(r#"{"cmd":"start"}"#);
    let mut rng = Rng(42);
    for step in 0..60 {
        if step == 30 {
            server.kill();
            server = Server::start_at(dir.path(), None, &addr.to_string());
        }
        match step % 3 {
            0 => server.must(&format!(
                r#"{{"cmd":"message","to":"screen","text":"step {step}"}}"#
            )),
            1 => server.check_in(None, "gurdwara").0.json()["seq"]
                .as_u64()
                .unwrap(),
            _ => server.must(r#"{"cmd":"extend","seconds":5}"#),
        };
        for c in &mut clients {
            if rng.below(6) == 0 {
                c.drop_socket(); // dropped by the venue Wi-Fi
            }
            if !c.is_connected() && rng.below(2) == 0 {
                c.connect();
            }
            c.read();
        }
    }
    let final_seq = server.get("/api/state").json()["seq"].as_u64().unwrap();
    let expected = settled(server.state_at(final_seq));
    let deadline = Instant::now() + Duration::from_secs(10);
    for (i, c) in clients.iter_mut().enumerate() {
        c.reaches(
            final_seq,
            deadline.saturating_duration_since(Instant::now()),
        );
        let last = c.last.clone().unwrap();
        assert_eq!(last["seq"], final_seq);
        assert_eq!(last["current_item"], expected["current_item"]);
        if i % 3 == 2 {
            // A phone is sent what it shows of the turnout, not the clock.
            let turnout = &expected["turnout"];
            assert_eq!(last["turnout"]["phones"], turnout["phones"]);
            assert_eq!(last["turnout"]["announced"], turnout["announced"]);
            continue;
        }
        assert_eq!(last["turnout"], expected["turnout"]);
        assert_eq!(last["current"], expected["current"]);
        assert_eq!(last["clock"], expected["clock"]);
    }
}
