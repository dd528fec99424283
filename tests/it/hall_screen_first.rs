//! The projector (`/screen`) and the livestream overlay (`/overlay`) are
//! drawn once, by their scripts: the server's HTML is a shell with no text
//! of the assembly's moment in it, and the role's first frame travels in
//! the page (`#first`), so the browser shows the current item before the
//! socket opens, and nothing moves when it does.
//!
//! A door in front of the server lets every HTTP request through and holds
//! the page's socket until the test opens it. Screenshots land in
//! `target/screenshots/first-*.png`.

use crate::common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use common::Server;
use common::browser::{self as web, Browser, Client, WAIT};
use serde_json::{Value, json};

fn stress() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stress.toml"
    ))
}

/// A door in front of the server: plain requests pass, a websocket
/// handshake waits until [`Door::open`] (at most 30 s).
struct Door {
    addr: SocketAddr,
    open: Arc<(Mutex<bool>, Condvar)>,
}

impl Door {
    fn before(server: SocketAddr) -> Door {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the door");
        let addr = listener.local_addr().unwrap();
        let open = Arc::new((Mutex::new(false), Condvar::new()));
        let gate = open.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let gate = gate.clone();
                std::thread::spawn(move || pass(client, server, &gate));
            }
        });
        Door { addr, open }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn open(&self) {
        let (open, opened) = &*self.open;
        *open.lock().unwrap() = true;
        opened.notify_all();
    }
}

/// One connection through the door: its first request's head is read, a
/// websocket handshake waits for the door to open, then bytes flow both
/// ways until either side closes.
fn pass(mut client: TcpStream, server: SocketAddr, gate: &(Mutex<bool>, Condvar)) {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    if String::from_utf8_lossy(&head)
        .to_ascii_lowercase()
        .contains("upgrade: websocket")
    {
        let (open, opened) = gate;
        let guard = open.lock().unwrap();
        let _ = opened
            .wait_timeout_while(guard, Duration::from_secs(30), |open| !*open)
            .unwrap();
    }
    let Ok(mut upstream) = TcpStream::connect(server) else {
        return;
    };
    if upstream.write_all(&head).is_err() {
        return;
    }
    let (Ok(mut down), Ok(mut up)) = (upstream.try_clone(), client.try_clone()) else {
        return;
    };
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut up, &mut upstream);
        let _ = upstream.shutdown(std::net::Shutdown::Write);
    });
    let _ = std::io::copy(&mut down, &mut client);
    let _ = client.shutdown(std::net::Shutdown::Both);
}

/// The page's HTML without its JSON data (the inlined frame and the
/// messages): what the server itself draws.
fn drawn_by_the_server(html: &str) -> String {
    let mut rest = html;
    let mut out = String::new();
    while let Some(at) = rest.find("<script") {
        let end = at + rest[at..].find("</script>").expect("a script ends") + "</script>".len();
        let tag = &rest[at..at + rest[at..].find('>').unwrap()];
        out.push_str(&rest[..at]);
        if !tag.contains(r#"type="application/json""#) {
            out.push_str(&rest[at..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The inlined first frame's messages, by type (`hello`, `state`), as the
/// socket sends them.
fn first_frame(html: &str) -> std::collections::HashMap<String, Value> {
    let tag = html
        .find(r#"<script id="first""#)
        .expect("the page carries its first frame");
    let start = tag + html[tag..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</script>").unwrap();
    let messages: Vec<Value> =
        serde_json::from_str(&html[start..end]).expect("the first frame is a JSON list");
    messages
        .into_iter()
        .map(|m| (m["type"].as_str().unwrap_or_default().to_owned(), m))
        .collect()
}

/// The boxes of `selectors`' elements (every match, in order), rounded to
/// a tenth of a pixel.
async fn boxes(client: &Client, selectors: &[&str]) -> Value {
    client
        .execute(
            "return arguments[0].map((css) => [css, [...document.querySelectorAll(css)].map((n) => { \
               const r = n.getBoundingClientRect(); \
               return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10); })]);",
            vec![json!(selectors)],
        )
        .await
        .expect("measuring the page")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projector_is_drawn_from_the_frame_in_the_page_before_the_socket_opens() {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let server = Server::start(data.path(), Some(stress()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":4}"#);
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
    let seq = server.must(r#"{"cmd":"message","to":"screen","text":"Please take your seats"}"#);
    // The hub publishes nothing more: every page opened from now on gets
    // this frame, its `server_time` older by the moment.
    let published = Instant::now();
    let plan = server.get("/api/plan").json();
    let title = plan["items"][4]["title"].as_str().unwrap().to_owned();
    let ask = plan["asks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "inspections")
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_owned();

    // The server draws a shell: none of the moment's words or figures.
    let html = server.get("/screen").body;
    let shell = drawn_by_the_server(&html);
    for text in [
        title.as_str(),
        &ask,
        "Please take your seats",
        "YES",
        "Awaiting",
        "phones checked in",
        "Response",
    ] {
        assert!(
            !shell.contains(text),
            "the server draws {text:?} on /screen: only screen.js does"
        );
    }
    assert!(shell.contains("<svg"), "the QR code stays server-made");
    let first = first_frame(&html);
    assert_eq!(first["hello"]["role"], "screen");
    assert_eq!(first["state"]["state"]["seq"], seq);
    assert_eq!(first["state"]["state"]["current"], 4);

    // With the socket held at the door, the browser shows the moment.
    let door = Door::before(server.addr);
    let browser = Browser::new();
    let screen = browser.client(1280, 720).await;
    screen.goto(&door.url("/screen")).await;
    web::wait_for_text(&screen, "#current-title", &title, WAIT).await;
    web::settled(&screen).await;
    let live = web::attr_of(&screen, "body", "data-live").await.unwrap();
    assert_eq!(
        live.as_deref(),
        Some("no"),
        "the socket is still at the door"
    );
    let answer = web::text_of(&screen, r#"[data-response="inspections/leader"]"#)
        .await
        .unwrap();
    assert!(web::has_word(&answer, "YES"), "the answer given: {answer}");
    let message = web::text_of(&screen, "#screen-message").await.unwrap();
    assert_eq!(message, "Please take your seats");
    let main = [
        "#assembly-title",
        "#current-kind",
        "#current-title",
        "#current-lead",
        ".asktext",
        ".holdercard",
        "[data-response]",
        "#qr",
        "#turnout-phones",
        "#screen-message",
    ];
    let before = boxes(&screen, &main).await;
    web::screenshot(&screen, "first-screen-before-socket-1280x720").await;

    // The socket opens: the same frame again, and nothing moves. The frame
    // is older than the 1 s the clock may be off by now (the browser's start
    // takes longer; on a quick machine the rest is waited out): the page
    // must not take the frame's age for the server's clock.
    let age = Duration::from_millis(1500);
    tokio::time::sleep(age.saturating_sub(published.elapsed())).await;
    door.open();
    web::rendered(&screen, seq).await;
    web::settled(&screen).await;
    web::screenshot(&screen, "first-screen-live-1280x720").await;
    assert_eq!(boxes(&screen, &main).await, before, "the projector moved");
    let skew = screen
        .execute("return Live.now() - Date.now();", vec![])
        .await
        .unwrap();
    assert!(
        skew.as_f64().is_some_and(|ms| ms.abs() < 1000.0),
        "the projector's idea of the server's clock is {skew} ms off (one machine): \
         its countdown is that far out"
    );

    // The overlay: the same frame, drawn by overlay.js alone.
    let html = server.get("/overlay").body;
    let shell = drawn_by_the_server(&html);
    assert!(
        !shell.contains(&title) && !shell.contains("YES"),
        "the server draws the moment on /overlay"
    );
    assert_eq!(first_frame(&html)["state"]["state"]["current"], 4);
    let held = Door::before(server.addr);
    // The same browser (a new session costs seconds), at a stream's size.
    let overlay = screen;
    overlay.resize(1920, 1080).await;
    overlay.goto(&held.url("/overlay")).await;
    web::wait_for_text(&overlay, "#ov-title", &title, WAIT).await;
    web::settled(&overlay).await;
    let live = web::attr_of(&overlay, "body", "data-live").await.unwrap();
    assert_eq!(
        live.as_deref(),
        Some("no"),
        "the socket is still at the door"
    );
    let panels = [
        "#ov-item",
        "#ov-title",
        "#ov-answers",
        "#ov-holders li",
        "#ov-turnout",
    ];
    let before = boxes(&overlay, &panels).await;
    held.open();
    web::rendered(&overlay, seq).await;
    web::settled(&overlay).await;
    assert_eq!(boxes(&overlay, &panels).await, before, "the overlay moved");
}
