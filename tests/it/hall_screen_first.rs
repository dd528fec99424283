//! The projector (`/screen`) and the livestream overlay (`/overlay`) are
//! drawn once, by their scripts: the server's HTML is a shell with no text
//! of the assembly's moment in it, and the role's first frame travels in
//! the page (`#first`), so the browser shows the current item before the
//! socket opens, and nothing moves when it does.
//!
//! A door in front of the server (`common::door`) lets every HTTP request
//! through and holds the page's socket until the test opens it. Screenshots land in
//! `target/screenshots/first-*.png`.

use crate::common;
use common::stress;

use std::time::{Duration, Instant};

use common::Server;
use common::browser::{self as web, Browser, Client, WAIT};
use common::door::{Door, first_frame, outside_data};
use serde_json::{Value, json};

/// The inlined first frame's messages, by type (`hello`, `clock`,
/// `state`), as the socket sends them.
fn by_type(html: &str) -> std::collections::HashMap<String, Value> {
    let messages = first_frame(html);
    let messages = messages.as_array().expect("the first frame is a JSON list");
    messages
        .iter()
        .map(|m| (m["type"].as_str().unwrap_or_default().to_owned(), m.clone()))
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
    let server = Server::start(data.path(), Some(&stress()));
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
    let shell = outside_data(&html);
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
    let first = by_type(&html);
    assert_eq!(first["hello"]["role"], "screen");
    assert_eq!(first["state"]["state"]["seq"], seq);
    assert_eq!(first["state"]["state"]["current"], 4);

    // With the socket held at the door, the browser shows the moment.
    let door = Door::new(server.addr);
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
    // is 3 s old, older than the 2 s the clock may be off by (a page takes
    // over a second to arrive and run on a loaded machine; the browser's
    // start takes most of the 3 s, the rest is waited out): the page must
    // not take the frame's age for the server's clock.
    let age = Duration::from_millis(3000);
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
        skew.as_f64().is_some_and(|ms| ms.abs() < 2000.0),
        "the projector's idea of the server's clock is {skew} ms off (one machine): \
         its countdown is that far out"
    );

    // The overlay: the same frame, drawn by overlay.js alone.
    let html = server.get("/overlay").body;
    let shell = outside_data(&html);
    assert!(
        !shell.contains(&title) && !shell.contains("YES"),
        "the server draws the moment on /overlay"
    );
    assert_eq!(by_type(&html)["state"]["state"]["current"], 4);
    let held = Door::new(server.addr);
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
