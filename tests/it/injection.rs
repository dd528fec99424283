//! A plan whose every text field is a script-injection payload, and chair
//! messages and notes that are too: in a real browser no script runs on any
//! page and the text shows literally.

use crate::common;

use std::path::Path;

use common::browser::{self as web, Browser, Client, WAIT};
use common::{KEY, Server};
use serde_json::Value;

const PAYLOAD: &str = "<img src=x onerror=\"window.__xss=1\">";

/// Whether any payload ran on this page.
async fn ran(client: &Client) -> Value {
    client
        .execute(
            "return window.__xss === undefined ? null : window.__xss;",
            vec![],
        )
        .await
        .expect("the page runs our probe")
}

async fn check(client: &Client, path: &str, shows: &str) {
    web::wait_for_text_containing(client, "body", shows, WAIT).await;
    // Give any injected handler a moment to fire.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(ran(client).await, Value::Null, "a payload ran on {path}");
    let images = client
        .find_all("img")
        .await
        .expect("a query for images")
        .len();
    assert_eq!(images, 0, "{path} turned plan text into an <img>");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_runs_text_from_the_plan_or_the_chair() {
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inject.toml");
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&plan));
    server.must(r#"{"cmd":"start"}"#);
    let message =
        serde_json::json!({"cmd": "message", "to": "screen", "text": format!("M {PAYLOAD}")});
    server.must(&message.to_string());
    let message =
        serde_json::json!({"cmd": "message", "to": "stage", "text": format!("S {PAYLOAD}")});
    server.must(&message.to_string());
    server.must(r#"{"cmd":"turnout","institution":"one","count":7}"#);

    let browser = Browser::new();
    let chair = browser.client(1024, 768).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    let screen = browser.client(1280, 720).await;
    screen.goto(&server.url("/screen")).await;
    let stage = browser.client(1280, 720).await;
    stage.goto(&server.url("/stage")).await;
    let phone = browser.client(360, 740).await;
    phone.goto(&server.url("/join")).await;
    let overlay = browser.client(1920, 1080).await;
    overlay.goto(&server.url("/overlay")).await;

    // The roll call, with the institution board, notes and messages.
    check(&chair, "/chair", &format!("N {PAYLOAD}")).await;
    check(&screen, "/screen", &format!("I {PAYLOAD}")).await;
    check(&screen, "/screen", &format!("M {PAYLOAD}")).await;
    check(&stage, "/stage", &format!("S {PAYLOAD}")).await;
    check(&phone, "/join", &format!("Roll {PAYLOAD}")).await;
    check(&overlay, "/overlay", &format!("Roll {PAYLOAD}")).await;

    // The response item: the ask and the power-holder, with a noted answer.
    server.must(r#"{"cmd":"next"}"#);
    let respond = serde_json::json!({"cmd": "respond", "ask": "ask", "holder": "boss", "answer": "yes", "note": format!("Z {PAYLOAD}")});
    server.must(&respond.to_string());
    check(&chair, "/chair", &format!("Z {PAYLOAD}")).await;
    check(&screen, "/screen", &format!("H {PAYLOAD}")).await;
    check(&screen, "/screen", &format!("Q {PAYLOAD}")).await;
    check(&phone, "/join", &format!("A {PAYLOAD}")).await;
    check(&overlay, "/overlay", &format!("H {PAYLOAD}")).await;
    check(&overlay, "/overlay", &format!("A {PAYLOAD}")).await;

    // The pledge item and the static pages.
    server.must(r#"{"cmd":"next"}"#);
    check(&screen, "/screen", &format!("P {PAYLOAD}")).await;
    for path in ["/report", "/join/poster", "/"] {
        phone.goto(&server.url(path)).await;
        check(&phone, path, &format!("T {PAYLOAD}")).await;
    }
    web::screenshot(&screen, "injection-screen").await;
}
