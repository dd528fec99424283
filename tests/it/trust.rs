//! Trust: only the chair steers, one phone counts once, the audience cannot
//! inject script, and sockets and forms have limits.

use crate::common;

use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{KEY, Server, command_as, poll, request};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

fn tricky() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tricky.toml")
}

fn ws_with_origin(url: &str, origin: &str) -> Result<Socket, tungstenite::Error> {
    let mut request = url.into_client_request().unwrap();
    request
        .headers_mut()
        .insert("Origin", origin.parse().unwrap());
    tungstenite::connect(request).map(|(s, _)| s)
}

#[test]
fn every_page_has_security_headers_and_no_inline_script() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&tricky()));
    for path in [
        "/",
        "/join",
        "/screen",
        "/stage",
        "/overlay",
        "/chair",
        "/report",
        "/join/poster",
    ] {
        let page = server.get(path);
        let csp = page.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(
            page.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            page.header("referrer-policy"),
            Some("no-referrer"),
            "{path}"
        );
        assert_eq!(page.header("x-frame-options"), Some("DENY"), "{path}");
        // Scripts only by src, and every plan text escaped.
        for (i, _) in page.body.match_indices("<script") {
            let tag = &page.body[i..page.body[i..].find('>').map_or(page.body.len(), |e| i + e)];
            // The page's messages travel as JSON data, never run.
            assert!(
                tag.contains("src=\"/assets/") || tag.contains("type=\"application/json\""),
                "{path}: inline script {tag}"
            );
        }
        assert!(
            !page.body.contains("<script>alert"),
            "{path} lets plan text through unescaped"
        );
        assert!(
            !page.body.contains("<b>2026</b>"),
            "{path} lets plan markup through"
        );
    }
}

#[test]
fn other_sites_cannot_use_this_browser_to_steer() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    // A page elsewhere opening a chair socket, even with the cookie.
    let url = server.ws_url(&format!("role=chair&key={KEY}"));
    assert!(ws_with_origin(&url, "https://evil.example").is_err());
    assert!(ws_with_origin(&url, &format!("http://{}", server.addr)).is_ok());
    // A cross-site form post with the chair cookie.
    let cookie = format!("assembly_chair={KEY}");
    let forged = command_as(
        server.addr,
        &[("Cookie", &cookie), ("Sec-Fetch-Site", "cross-site")],
        r#"{"cmd":"start"}"#,
    );
    assert_eq!(forged.status, 403, "{}", forged.body);
    let forged = request(
        server.addr,
        "POST",
        "/join",
        &[
            ("Origin", "https://evil.example"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        "institution=st-marys",
    );
    assert_eq!(forged.status, 403);
    assert_eq!(
        server.get("/api/state").json()["seq"],
        0,
        "nothing was applied"
    );
}

#[test]
fn wrong_keys_are_answered_alike_then_refused_after_ten() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let start = |headers: &[(&str, &str)]| command_as(server.addr, headers, r#"{"cmd":"start"}"#);
    let missing = start(&[]);
    let wrong = start(&[("Authorization", "Bearer integration-test-chair-kez")]);
    assert_eq!(missing.status, 401);
    assert_eq!(wrong.status, 401);
    assert_eq!(
        missing.body, wrong.body,
        "a wrong key reads exactly like a missing one"
    );
    // Ten wrong keys from one address are read; later ones are refused
    // at once, without being read, whatever the connection.
    let guesses: Vec<(u16, Duration)> = (0..14)
        .map(|_| {
            let started = Instant::now();
            let r = start(&[("Authorization", "Bearer guess-guess-guess-guess")]);
            (r.status, started.elapsed())
        })
        .collect();
    let statuses: Vec<u16> = guesses.iter().map(|g| g.0).collect();
    assert_eq!(
        statuses[..9],
        [401; 9],
        "the first ten are read (one above; no key is not counted)"
    );
    assert_eq!(statuses[9..], [429; 5], "then refused");
    let slowest = guesses.iter().map(|g| g.1).max().unwrap();
    assert!(
        slowest < Duration::from_secs(2),
        "answers were held back: {slowest:?}"
    );
}

#[test]
fn new_devices_from_one_address_are_throttled_but_returning_phones_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--join-rate", "5"]);
    let mut accepted = Vec::new();
    let mut throttled = 0;
    for _ in 0..150 {
        let (response, device) = server.check_in(None, "st-marys");
        match response.status {
            200 => accepted.push(device),
            429 => throttled += 1,
            other => panic!("unexpected {other}: {}", response.body),
        }
    }
    assert!(
        accepted.len() >= 100,
        "a venue burst gets in: {}",
        accepted.len()
    );
    assert!(throttled > 0, "a script minting devices is throttled");
    // A phone that already has its cookie can always change its group.
    let (again, _) = server.check_in(Some(&accepted[0]), "al-noor");
    assert_eq!(again.status, 200);
    let state = server.state_at(again.json()["seq"].as_u64().unwrap());
    assert_eq!(
        state["turnout"]["phones"],
        accepted.len() as u64,
        "each phone counts once"
    );
}

/// Wait up to 5 s until `/healthz` counts `open` sockets; else fail saying
/// `what`.
fn sockets_become(server: &Server, open: u64, what: &str) {
    poll(Duration::from_secs(5), Duration::from_millis(20), || {
        if server.get("/healthz").json()["sockets"] == open {
            return Ok(());
        }
        Err(what.to_owned())
    });
}

#[test]
fn sockets_have_limits_and_junk_never_breaks_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--max-phones", "3"]);
    let (mut phone, _) = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    // Binary and junk text get an answer, not a crash.
    phone.send(Message::binary(vec![0xff; 100])).unwrap();
    phone.send(Message::text("{\"cmd\":")).unwrap();
    phone.send(Message::text("\u{0}\u{ffff}")).unwrap();
    // A message over 16 KiB closes the socket with 1009.
    phone.send(Message::text("x".repeat(17 * 1024))).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    let code = loop {
        assert!(Instant::now() < deadline, "the socket was not closed");
        match phone.read() {
            Ok(Message::Close(frame)) => break frame.map(|f| f.code),
            Ok(_) => {}
            Err(e) => panic!("closed without a close frame: {e}"),
        }
    };
    assert_eq!(code, Some(CloseCode::Size));
    assert_eq!(server.get("/healthz").status, 200, "the server lives on");
    drop(phone);
    sockets_become(&server, 0, "the closed socket is still counted");

    // Over --max-phones: the socket is refused and /join says so plainly.
    let _a = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    let _b = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    let _c = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    sockets_become(&server, 3, "three sockets open");
    assert!(tungstenite::connect(server.ws_url("role=attendee")).is_err());
    let join = server.get("/join").body;
    assert!(join.contains("The hall is full online"), "{join}");
    assert!(
        join.contains("id=\"check-in\""),
        "check-in still works when full"
    );

    // Request bodies are capped.
    let huge = "x".repeat(64 * 1024);
    let r = server.chair_request("POST", "/api/command", &[], &huge);
    assert_eq!(r.status, 413);
}

#[test]
fn dead_sockets_are_pinged_and_closed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--ping-seconds", "1"]);
    // A phone that went to sleep: its socket stays open but never answers.
    let (_asleep, _) = tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    let (mut awake, _) = tungstenite::connect(server.ws_url("role=screen")).unwrap();
    if let MaybeTlsStream::Plain(stream) = awake.get_ref() {
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // Reading answers the server's pings, as a live page does.
        let _ = awake.read();
        let sockets = server.get("/healthz").json()["sockets"].clone();
        if sockets == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the dead socket is still open: {sockets}"
        );
    }
    // The live one stays.
    let until = Instant::now() + Duration::from_secs(3);
    while Instant::now() < until {
        let _ = awake.read();
    }
    assert_eq!(server.get("/healthz").json()["sockets"], 1);
}
