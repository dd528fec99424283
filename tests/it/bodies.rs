//! Who is asking is checked before what they send is read, on every route
//! the server has; a wrong key is counted wherever a key is taken; the
//! public's bodies in flight hold little of the server; and answers of any
//! size arrive whole, gzipped or not.

use crate::common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use assembly::web::{Need, Serves, all_routes};
use common::{KEY, Server, request};

/// Send a request head declaring `declared` body bytes, send `sent` of
/// them, and wait (up to 5 s) for the status line. `None`: no answer came.
fn unsent(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    declared: usize,
) -> (Option<u16>, Duration) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream
        .write_all(head(addr, method, path, headers, declared).as_bytes())
        .unwrap();
    (status_line(&mut stream), started.elapsed())
}

fn head(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], n: usize) -> String {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {n}\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head + "\r\n"
}

fn status_line(stream: &mut TcpStream) -> Option<u16> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 1024];
    while !raw.windows(2).any(|w| w == b"\r\n") {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return None,
            Ok(n) => raw.extend_from_slice(&buffer[..n]),
        }
    }
    String::from_utf8_lossy(&raw)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
}

/// The address to try a route at.
fn path_of(path: &str) -> String {
    if path.starts_with("/export/") {
        path.replace("{name}", "record.json")
    } else {
        path.replace("{name}", "app.css")
    }
}

#[test]
fn every_route_checks_who_is_asking_before_reading_a_body() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_behind_proxy(dir.path());
    let addr = server.addr;
    let right = format!("Bearer {KEY}");
    let mut walked = 0;
    for (i, route) in all_routes().enumerate() {
        if route.serves == Serves::Relay {
            continue;
        }
        walked += 1;
        let (method, path) = (route.method.as_str(), path_of(route.path));
        let what = format!("{method} {path}");
        // Each route's guesses come from a network of its own.
        let network = format!("198.18.{i}.7");
        let from = ("X-Forwarded-For", network.as_str());
        match route.need {
            Need::Chair => {
                // Ten megabytes promised, none sent: refused at once, unread.
                let (status, took) = unsent(addr, method, &path, &[from], 10_000_000);
                assert_eq!(status, Some(401), "{what} without a key");
                assert!(took < Duration::from_secs(2), "{what} waited {took:?}");
            }
            Need::Either | Need::Public => {
                let answer = request(addr, method, &path, &[from], "");
                assert_ne!(answer.status, 401, "{what} without a key");
                assert_ne!(answer.status, 429, "{what} without a key");
            }
        }
        if route.need == Need::Public {
            // No key is read here, so none is refused.
            let wrong = request(
                addr,
                method,
                &path,
                &[("Authorization", "Bearer nope"), from],
                "",
            );
            assert_ne!(wrong.status, 401, "{what} read a key");
            continue;
        }
        // Wrong keys are counted here: ten are refused as wrong, the
        // eleventh is braked, all at once and unread.
        for n in 0..=10 {
            let guess = format!("Bearer guess-{n}-guess-guess-guess");
            let (status, took) = unsent(
                addr,
                method,
                &path,
                &[("Authorization", &guess), from],
                10_000_000,
            );
            let expected = if n < 10 { 401 } else { 429 };
            assert_eq!(status, Some(expected), "{what}: wrong key {n}");
            assert!(took < Duration::from_secs(2), "{what} waited {took:?}");
        }
        // The right key from the braked network is let in at once.
        let started = Instant::now();
        let answer = request(addr, method, &path, &[("Authorization", &right), from], "x");
        assert!(
            ![401, 429].contains(&answer.status),
            "{what}: the right key from a braked network got {}: {}",
            answer.status,
            answer.body
        );
        assert!(started.elapsed() < Duration::from_secs(2), "{what}");
    }
    assert!(walked >= 25, "only {walked} routes walked");
}

#[test]
fn checking_a_plan_without_the_key_is_unauthorized_not_a_bad_request() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let answer = request(
        server.addr,
        "POST",
        "/api/plan/check",
        &[("Content-Type", "application/json")],
        "not json at all",
    );
    assert_eq!(answer.status, 401, "{}", answer.body);
}

/// VmRSS of a process, in bytes.
fn resident(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    let kb: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kb * 1024
}

/// Open a request declaring `declared` bytes, send up to `sent` of them
/// (giving up after a moment if the server stops taking them), and keep the
/// connection open.
fn stall(
    addr: SocketAddr,
    method: &str,
    path: &str,
    from: &str,
    declared: usize,
    sent: usize,
) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(1)))
        .unwrap();
    let headers = [
        ("X-Forwarded-For", from),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    stream
        .write_all(head(addr, method, path, &headers, declared).as_bytes())
        .unwrap();
    let chunk = vec![b'a'; 64 * 1024];
    let mut left = sent;
    while left > 0 {
        let n = left.min(chunk.len());
        if stream.write_all(&chunk[..n]).is_err() {
            break;
        }
        left -= n;
    }
    stream
}

#[test]
fn stalled_bodies_hold_little_memory_and_the_chair_is_served_at_once() {
    let got = rlimit::increase_nofile_limit(4_096).unwrap_or(0);
    assert!(got >= 4_096, "this test needs 4096 open files, has {got}");
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_behind_proxy(dir.path());
    let addr = server.addr;
    for _ in 0..20 {
        server.get("/api/state");
    }
    let before = resident(server.pid());
    // 100 strangers each nearly send a whole plan's worth (2 MiB) to
    // PUT /api/plan; 700 more hold public bodies just under 16 KiB open,
    // each from its own address.
    let big: Vec<_> = (0..100)
        .map(|i| {
            std::thread::spawn(move || {
                let from = format!("10.1.{i}.1");
                stall(addr, "PUT", "/api/plan", &from, 2 << 20, (2 << 20) - 100)
            })
        })
        .collect();
    let mut held: Vec<TcpStream> = big.into_iter().map(|t| t.join().unwrap()).collect();
    for i in 0..700 {
        let from = format!("10.2.{}.{}", i / 200, i % 200 + 1);
        let path = if i % 2 == 0 { "/join" } else { "/join/pledge" };
        held.push(stall(addr, "POST", path, &from, 16_000, 15_000));
    }
    // Once the server has taken in what they sent.
    let pid = server.pid();
    let grown =
        common::until_steady(Duration::from_secs(20), || resident(pid)).saturating_sub(before);
    // The chair is served at once all the same.
    let started = Instant::now();
    let moved = server.command(r#"{"cmd":"start"}"#);
    assert_eq!(moved.status, 200, "{}", moved.body);
    let draft = server.chair_get("/api/plan/draft");
    assert_eq!(draft.status, 200);
    let took = started.elapsed();
    eprintln!(
        "800 stalled bodies: resident memory grew {} MB",
        grown >> 20
    );
    assert!(grown < 50 << 20, "resident memory grew {} MB", grown >> 20);
    assert!(took < Duration::from_secs(1), "the chair waited {took:?}");
    drop(held);

    // One network may be sending only so many bodies at once: the rest
    // are told at once to come back, and the hall's plain requests are not.
    let mut same: Vec<TcpStream> = (0..70)
        .map(|_| stall(addr, "POST", "/join", "10.3.0.1", 16_000, 10))
        .collect();
    // Let the server take in every one of them first: on a busy machine
    // that takes a while, so probe until the network is seen as full. A
    // probe with no content type the server let in is refused at once
    // (415); one that had no answer yet is kept open, holding its place as
    // the 70 do. What each probe got is in the message if it never fills.
    let full_by = Instant::now() + Duration::from_secs(20);
    let mut probes = Vec::new();
    loop {
        let mut probe = TcpStream::connect(addr).unwrap();
        probe
            .set_read_timeout(Some(Duration::from_secs(2)))
            .unwrap();
        let head = head(
            addr,
            "POST",
            "/join",
            &[("X-Forwarded-For", "10.3.0.1")],
            16_000,
        );
        probe.write_all(head.as_bytes()).unwrap();
        let started = Instant::now();
        let status = status_line(&mut probe);
        if status == Some(503) {
            break;
        }
        probes.push(format!("{status:?} after {:?}", started.elapsed()));
        same.push(probe);
        assert!(
            Instant::now() < full_by,
            "70 bodies in flight from one network never filled its share; the probes got: {}",
            probes.join(", ")
        );
    }
    let one_more = || {
        unsent(
            addr,
            "POST",
            "/join",
            &[("X-Forwarded-For", "10.3.0.1")],
            16_000,
        )
    };
    let busy = (0..5)
        .filter(|_| {
            let (status, took) = one_more();
            status == Some(503) && took < Duration::from_secs(2)
        })
        .count();
    assert_eq!(busy, 5, "a network's 71st body in flight was taken");
    let state = request(
        addr,
        "GET",
        "/api/state",
        &[("X-Forwarded-For", "10.3.0.1")],
        "",
    );
    assert_eq!(state.status, 200);
    drop(same);
}

/// A plan whose public report is over 20 MB: 32,000 member institutions
/// with names of the longest kind.
fn huge_plan(dir: &std::path::Path) -> std::path::PathBuf {
    let mut plan = String::from("[assembly]\ntitle = \"Huge\"\nvenue = \"Hall\"\n");
    for i in 0..32_000 {
        let name = format!("Institution {i} {}", "of a very large alliance ".repeat(5));
        plan.push_str(&format!(
            "\n[[institution]]\nid = \"i{i}\"\nname = \"{}\"\npromised = 10\n",
            &name[..100]
        ));
    }
    plan.push_str("\n[[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 3\n");
    let path = dir.join("huge.toml");
    std::fs::write(&path, plan).unwrap();
    path
}

/// The report without its "Record as of" time.
fn without_as_of(html: &[u8]) -> Vec<u8> {
    let marker = b"Record as of</dt><dd>";
    let start = html
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("the report says when it was made")
        + marker.len();
    let end = start
        + html[start..]
            .windows(5)
            .position(|w| w == b"</dd>")
            .expect("the time ends");
    [&html[..start], &html[end..]].concat()
}

/// GET `path` and read the whole body (the client takes the chunks'
/// framing off, never the gzip).
fn whole(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> common::Wire {
    common::wire_within(addr, path, headers, Duration::from_secs(30))
}

#[test]
fn an_answer_over_20_mb_arrives_whole_gzipped_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let plan = huge_plan(dir.path());
    let server = Server::start(dir.path(), Some(&plan));
    let answer = whole(server.addr, "/report", &[]);
    assert_eq!(answer.status, 200);
    let plain = answer.bytes;
    assert!(
        plain.len() > 20 << 20,
        "the report is {} bytes",
        plain.len()
    );
    let answer = whole(server.addr, "/report", &[("Accept-Encoding", "gzip")]);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.encoding.as_deref(), Some("gzip"));
    let packed = answer.bytes;
    assert!(
        packed.len() < plain.len() / 5,
        "{} bytes gzipped",
        packed.len()
    );
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&packed[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    // The report says when it was made: two requests a minute apart on a
    // busy machine differ there, and only there.
    let (unpacked, plain) = (without_as_of(&unpacked), without_as_of(&plain));
    assert_eq!(unpacked.len(), plain.len());
    assert!(
        unpacked == plain,
        "the gzipped report differs from the plain one"
    );
    // Small answers and assets stay as they were.
    let state = common::wire(server.addr, "/healthz", &[("Accept-Encoding", "gzip")]);
    assert_eq!(state.encoding, None);
}
