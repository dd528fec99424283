//! Resources no one can exhaust: idle connections close, the chair is
//! always served, sockets that stop reading are let go, the phone cap holds
//! for every role, and a big plan does not cost every phone its frame size.

use crate::common;

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use common::record::plan_500;
use common::{KEY, Server, request};
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

fn healthz(server: &Server) -> serde_json::Value {
    server.get("/healthz").json()
}

fn read_text(socket: &mut Socket) -> serde_json::Value {
    loop {
        match socket.read().expect("the socket stays open") {
            Message::Text(text) => return serde_json::from_str(&text).unwrap(),
            _ => continue,
        }
    }
}

/// The chair's socket, open and greeted within 3 s of `since`, however
/// busy the server is with others.
fn chair_socket_within(addr: SocketAddr, since: Instant) -> Socket {
    let (mut chair, _) = tungstenite::connect(format!("ws://{addr}/ws?role=chair&key={KEY}"))
        .expect("the chair's socket opens");
    assert_eq!(read_text(&mut chair)["type"], "hello");
    assert!(
        since.elapsed() < Duration::from_secs(3),
        "the chair waited {:?}",
        since.elapsed()
    );
    chair
}

/// Whether the server has closed this connection (reading what it sent).
fn closed(stream: &mut TcpStream) -> bool {
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == ErrorKind::WouldBlock => return false,
            Err(_) => return true,
        }
    }
}

fn raise_files(wanted: u64) {
    let got = rlimit::increase_nofile_limit(wanted).unwrap_or(0);
    assert!(
        got >= wanted,
        "this test needs {wanted} open files and may only have {got}"
    );
}

fn connect(addr: SocketAddr) -> TcpStream {
    TcpStream::connect(addr).expect("the server accepts")
}

#[test]
fn idle_connections_close_and_the_chair_is_always_served() {
    raise_files(4_096);
    let dir = tempfile::tempdir().unwrap();
    let header_seconds = 2;
    let server = Server::start_with(
        dir.path(),
        None,
        "127.0.0.1:0",
        &["--max-phones", "20", "--header-seconds", "2"],
    );
    let addr = server.addr;
    let mut held = Vec::new();
    // Kept-alive connections that were answered once and then fall silent.
    for _ in 0..20 {
        let mut stream = connect(addr);
        write!(stream, "GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut head = [0u8; 12];
        stream.read_exact(&mut head).unwrap();
        assert_eq!(&head, b"HTTP/1.1 200");
        held.push(stream);
    }
    // Connections that never say a word.
    for _ in 0..2_000 {
        held.push(connect(addr));
    }
    // A request head sent in part, and a body that never finishes.
    for _ in 0..100 {
        let mut stream = connect(addr);
        write!(stream, "GET /join HTTP/1.1\r\nHost: {addr}\r\n").unwrap();
        held.push(stream);
    }
    for _ in 0..20 {
        let mut stream = connect(addr);
        write!(
            stream,
            "POST /join HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: 1000\r\n\r\ninstitution="
        )
        .unwrap();
        held.push(stream);
    }
    let flooded = Instant::now();

    // The public is turned away first, with a message...
    let public = server.get("/healthz");
    assert_eq!(public.status, 503, "{}", public.body);
    assert!(public.body.contains("Try again"), "{}", public.body);
    // ...while the chair's command, page and socket are served at once.
    let chair_started = Instant::now();
    assert_eq!(server.must(r#"{"cmd":"start"}"#), 1);
    let page = request(addr, "GET", &format!("/chair?key={KEY}"), &[], "");
    assert!(page.status < 400, "the chair's page: {}", page.status);
    let mut chair = chair_socket_within(addr, chair_started);

    // Every held connection is closed by the server: idle ones after the
    // header timeout, the slow body after a few.
    for stream in &held {
        stream.set_nonblocking(true).unwrap();
    }
    let mut open: Vec<_> = held;
    let deadline = flooded + Duration::from_secs(6 * header_seconds);
    while !open.is_empty() && Instant::now() < deadline {
        open.retain_mut(|stream| !closed(stream));
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        open.is_empty(),
        "{} connections still open {:?} after the flood",
        open.len(),
        flooded.elapsed()
    );
    // With them gone, the public is served again.
    assert_eq!(server.get("/healthz").status, 200);
    chair.send(Message::text(r#"{"cmd":"next"}"#)).unwrap();
}

/// A phone's websocket handshake, written by hand on `stream`.
fn ask_for_a_phones_socket(stream: &mut TcpStream, addr: SocketAddr) {
    write!(
        stream,
        "GET /ws?role=attendee HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
         Sec-WebSocket-Version: 13\r\n\r\n"
    )
    .unwrap();
}

#[test]
fn a_socket_that_stops_reading_is_closed_and_frees_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_500(dir.path());
    let data = dir.path().join("data");
    let server = Server::start_with(&data, Some(&plan), "127.0.0.1:0", &["--ping-seconds", "2"]);
    let addr = server.addr;
    // A phone with a tiny receive window that never reads a byte.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut stuck = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(2048).unwrap();
        socket.connect(addr).await.unwrap().into_std().unwrap()
    });
    stuck.set_nonblocking(false).unwrap();
    ask_for_a_phones_socket(&mut stuck, addr);
    let deadline = Instant::now() + Duration::from_secs(5);
    while healthz(&server)["sockets"] != 1 {
        assert!(Instant::now() < deadline, "the stuck phone never connected");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Chair changes pile up frames the phone does not read, more than the
    // kernel buffers hold, so a write to it stalls.
    server.must(r#"{"cmd":"start"}"#);
    std::thread::scope(|scope| {
        for _ in 0..6 {
            scope.spawn(|| {
                for i in 0..150 {
                    server.must(if i % 2 == 0 {
                        r#"{"cmd":"extend","seconds":1}"#
                    } else {
                        r#"{"cmd":"extend","seconds":-1}"#
                    });
                }
            });
        }
    });
    let changed = Instant::now();
    while healthz(&server)["sockets"] != 0 {
        // Two ping intervals (2 s each), with room for a loaded machine.
        assert!(
            changed.elapsed() < Duration::from_secs(8),
            "a phone that stopped reading still holds its socket"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(stuck);
}

/// Segments with data that `phone` has received, as the kernel counts them
/// (`ss` from iproute2).
fn data_segments_in(phone: &TcpStream) -> u64 {
    let (local, peer) = (phone.local_addr().unwrap(), phone.peer_addr().unwrap());
    let out = std::process::Command::new("ss")
        .args(["-tinH", "src", &local.to_string(), "dst", &peer.to_string()])
        .output()
        .expect("ss from iproute2 (scripts/test.sh installs it)");
    let out = String::from_utf8_lossy(&out.stdout);
    out.split_whitespace()
        .find_map(|field| field.strip_prefix("data_segs_in:"))
        .unwrap_or_else(|| panic!("no data_segs_in in `ss -ti`: {out}"))
        .parse()
        .unwrap()
}

#[test]
fn a_phone_gets_its_handshake_answer_and_greeting_in_one_packet() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &[]);
    let addr = server.addr;
    let mut phone = TcpStream::connect(addr).unwrap();
    phone
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    ask_for_a_phones_socket(&mut phone, addr);
    let mut greeting = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    while !String::from_utf8_lossy(&greeting).contains(r#"{"type":"state""#) {
        let n = phone
            .read(&mut buffer)
            .expect("the server greets the phone");
        assert!(n > 0, "closed after {}", String::from_utf8_lossy(&greeting));
        greeting.extend_from_slice(&buffer[..n]);
    }
    let segments = data_segments_in(&phone);
    let text = String::from_utf8_lossy(&greeting);
    assert!(text.starts_with("HTTP/1.1 101 "), "{text}");
    assert!(
        text.contains(r#"{"type":"hello","role":"attendee""#),
        "{text}"
    );
    // The `101` is the handshake alone: a page's security headers mean
    // nothing on a socket, and would cost a connecting hall 330 bytes a
    // phone.
    let head = &text[..text.find("\r\n\r\n").unwrap()];
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("content-security-policy"),
        "{head}"
    );
    // The `101` is held until the socket's greeting and goes in the same
    // write: a hall at the doors costs one packet and one wake-up per
    // phone, not two. (A phone-count patch, sent once a second, may have
    // landed since the read: then it is the one more segment.)
    phone.set_nonblocking(true).unwrap();
    let more = phone.read(&mut buffer).is_ok_and(|n| n > 0);
    assert!(
        segments == 1 || (more && segments == 2),
        "the answer and the greeting came in {segments} segments"
    );
}

fn refused(server: &Server, query: &str) -> u16 {
    match tungstenite::connect(server.ws_url(query)) {
        Err(tungstenite::Error::Http(response)) => response.status().as_u16(),
        Err(e) => panic!("{query}: {e}"),
        Ok(_) => 101,
    }
}

#[test]
fn max_phones_caps_every_socket_but_the_chairs() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--max-phones", "5"]);
    let mut open = Vec::new();
    for role in ["screen", "stage", "attendee", "screen", "stage"] {
        let (socket, _) =
            tungstenite::connect(server.ws_url(&format!("role={role}"))).expect("room for five");
        open.push(socket);
    }
    for role in ["screen", "stage", "attendee"] {
        assert_eq!(refused(&server, &format!("role={role}")), 503, "{role}");
    }
    let (mut chair, _) = tungstenite::connect(server.ws_url(&format!("role=chair&key={KEY}")))
        .expect("the chair always gets in");
    assert_eq!(read_text(&mut chair)["type"], "hello");
    // A closed socket gives its place back.
    drop(open.pop());
    let deadline = Instant::now() + Duration::from_secs(5);
    while refused(&server, "role=screen") != 101 {
        assert!(Instant::now() < deadline, "the place was never given back");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn phones_do_not_each_keep_a_big_plans_frames() {
    raise_files(1_024);
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_500(dir.path());
    let data = dir.path().join("data");
    let server = Server::start_with(&data, Some(&plan), "127.0.0.1:0", &[]);
    let memory = || healthz(&server)["memory_bytes"].as_f64().unwrap();
    // Warm up: the first sockets grow pools that later ones reuse.
    let mut phones: Vec<Socket> = Vec::new();
    let connect_phones = |count: usize, phones: &mut Vec<Socket>| {
        for _ in 0..count {
            let (mut phone, _) = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
            let hello = read_text(&mut phone);
            assert_eq!(hello["type"], "hello");
            assert!(hello.to_string().len() > 30_000, "the hello is big");
            read_text(&mut phone);
            phones.push(phone);
        }
    };
    connect_phones(50, &mut phones);
    let before = memory();
    connect_phones(400, &mut phones);
    let per_phone = (memory() - before) / 400.0 / 1024.0;
    assert!(
        per_phone < 24.0,
        "each phone costs the server {per_phone:.1} KiB on a 500-institution plan"
    );
}

/// A server started under `prlimit`, so its open-file limit is small.
struct Cramped {
    child: std::process::Child,
    addr: SocketAddr,
}

impl Drop for Cramped {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_cramped(data: &Path, files: u64) -> Cramped {
    use std::io::BufRead;
    let limit = format!("--nofile={files}:{files}");
    let mut child = std::process::Command::new("prlimit")
        .arg(limit)
        .arg(common::binary())
        .args(["serve", "--bind", "127.0.0.1:0", "--chair-key", KEY])
        .args(["--max-phones", "20", "--header-seconds", "30"])
        .arg("--data")
        .arg(data)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=error")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("prlimit (util-linux) runs the server");
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(stdout).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("listening on http://").map(str::to_owned))
        .expect("the server says where it listens");
    std::thread::spawn(move || lines.for_each(drop));
    Cramped {
        child,
        addr: addr.parse().unwrap(),
    }
}

#[test]
fn at_the_open_file_limit_the_chair_still_gets_in() {
    raise_files(2_048);
    let dir = tempfile::tempdir().unwrap();
    // 400 files: about 330 connections before the server would run out.
    let server = start_cramped(dir.path(), 400);
    let addr = server.addr;
    let mut silent = Vec::new();
    for _ in 0..1_000 {
        silent.push(connect(addr));
    }
    // Once the server has taken in what it can from its accept queue: its
    // count of open files stops changing.
    let fds = format!("/proc/{}/fd", server.child.id());
    common::until_steady(Duration::from_secs(20), || {
        std::fs::read_dir(&fds).map_or(0, |d| d.count() as u64)
    });
    let auth = format!("Bearer {KEY}");
    let started = Instant::now();
    let answer = common::try_request(
        addr,
        "POST",
        "/api/command",
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
        ],
        r#"{"cmd":"start"}"#,
    )
    .expect("the chair's command is answered");
    assert_eq!(answer.status, 200, "{}", answer.body);
    chair_socket_within(addr, started);
}

/// On a big plan a phone is sent what it shows, not the check-ins of 500
/// institutions: its state is a part of the public state, key for key;
/// a phone that holds the last frame is sent what changed in it (a merge
/// patch), and what it builds from the patches is that part.
#[test]
fn phones_are_sent_what_changed_and_build_the_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_500(dir.path());
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let mut socket = common::socket::open(&server.ws_url("role=attendee"));
    let first = common::socket::read_until(&mut socket, Duration::from_secs(5), "the state", |m| {
        m["type"] == "state"
    });
    let whole = first.last().unwrap().to_string().len();
    let mut patches = Vec::new();
    let mut phone = first.last().unwrap()["state"].clone();
    let mut seq = 0;
    for (i, institution) in ["member-013", "member-499", "member-013"]
        .iter()
        .enumerate()
    {
        let (checked, _) = server.check_in(None, institution);
        assert_eq!(checked.status, 200, "{}", checked.body);
        seq = checked.json()["seq"].as_u64().unwrap();
        if i == 1 {
            seq = server.must(r#"{"cmd":"start"}"#);
        }
        for message in
            common::socket::read_until(&mut socket, Duration::from_secs(5), "the change", |m| {
                m["seq"].as_u64().or(m["state"]["seq"].as_u64()) >= Some(seq)
            })
        {
            match message["type"].as_str() {
                Some("patch") => {
                    patches.push(message.to_string().len());
                    common::socket::merge(&mut phone, &message["state"]);
                }
                Some("state") => phone = message["state"].clone(),
                other => panic!("a phone was sent {other:?}"),
            }
        }
    }
    assert!(!patches.is_empty(), "no change came as a patch");
    assert!(
        patches.iter().all(|&len| len < whole),
        "patches of {patches:?} bytes against a {whole}-byte state"
    );
    let mut public = server.state_at(seq);
    let projector = public.to_string().len();
    assert!(
        whole * 4 < projector,
        "a phone's state of {whole} bytes against the projector's {projector}"
    );
    // The public state as far as the phone's goes, key for key.
    fn part(public: &serde_json::Value, phone: &serde_json::Value) -> serde_json::Value {
        match (public, phone) {
            (serde_json::Value::Object(public), serde_json::Value::Object(phone))
                if !phone.is_empty() =>
            {
                phone
                    .iter()
                    .map(|(key, value)| (key.clone(), part(&public[key.as_str()], value)))
                    .collect()
            }
            _ => public.clone(),
        }
    }
    public = part(&public, &phone);
    // What follows the clock is worked out at each send and each read.
    for state in [&mut phone, &mut public] {
        let state = state.as_object_mut().unwrap();
        state.remove("server_time");
        state.remove("timing");
    }
    let differ: Vec<&String> = public
        .as_object()
        .unwrap()
        .iter()
        .filter(|(key, value)| phone.get(key.as_str()) != Some(value))
        .map(|(key, _)| key)
        .collect();
    assert!(
        differ.is_empty(),
        "the phone's state differs from the public state in {differ:?}"
    );
    assert_eq!(phone, public);
}

/// A page that holds the plan (drawn with it, or sent it before its socket
/// dropped) says so, and its socket opens with the state alone: on a big
/// plan a hall at the doors is spared 45 KB per phone. A phone holding the
/// plan just before the last change is sent that change; a plan it does
/// not hold, or a query that does not read, gets the plan first as before.
#[test]
fn a_socket_is_not_sent_the_plan_its_page_holds() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_500(dir.path());
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let first = |query: &str| {
        let mut socket = common::socket::open(&server.ws_url(query));
        let read =
            common::socket::read_until(&mut socket, Duration::from_secs(5), "a message", |_| true);
        read[0].clone()
    };
    let first_type = |query: &str| first(query)["type"].as_str().unwrap().to_owned();
    assert_eq!(first_type("role=attendee&plan=0"), "state");
    assert_eq!(first_type("role=screen&plan=0"), "state");
    for query in [
        "role=attendee",
        "role=attendee&plan=3",
        "role=attendee&plan=x",
        "role=attendee&plan=",
    ] {
        assert_eq!(first_type(query), "hello", "{query}");
    }
    // After a plan change the plan held is an old one: it is sent again.
    let toml = common::hall::plan_toml(&server).replace(
        "Member Institution 100,",
        "Member Institution 100 (renamed),",
    );
    common::hall::save_plan(&server, &toml);
    let plan_seq = server.get("/api/state").json()["plan_seq"]
        .as_u64()
        .unwrap();
    assert!(plan_seq > 0);
    // A phone that holds the plan just before is sent the change alone (one
    // name of 500 institutions); the projector, and a phone that holds an
    // older plan or none, the plan whole.
    let change = first("role=attendee&plan=0");
    assert_eq!(change["type"], "plan_patch", "{change}");
    assert_eq!(
        (&change["from"], &change["plan_seq"]),
        (&0.into(), &plan_seq.into())
    );
    let whole = first("role=attendee");
    assert_eq!(whole["type"], "hello");
    let (sent, plan) = (change.to_string(), whole.to_string());
    assert!(sent.contains("Member Institution 100 (renamed)"), "{sent}");
    assert!(
        sent.len() < 200 && plan.len() > 35_000,
        "{} and {}",
        sent.len(),
        plan.len()
    );
    assert_eq!(first_type("role=screen&plan=0"), "hello");
    assert_eq!(
        first_type(&format!("role=attendee&plan={plan_seq}")),
        "state"
    );
}
