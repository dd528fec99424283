//! Phones and a second room's projector on a relay, in headless Chromium:
//! when the relay loses the hall (NATS goes away), every page says so in
//! the phone's language without covering what it shows, and the notice
//! goes when the link is back. Phones as small as 320 px.
//!
//! Screenshots land in `target/screenshots/relay-*.png`.

use crate::common;

use std::path::Path;

use common::browser::{self as web, Browser, Client, WAIT};
use common::relays::{Nats, linked, relay};
use common::{Server, fit};
use serde_json::json;

/// The relay's notice is shown, says `words`, and is fully on screen and
/// uncovered; the page's own heading is not hidden under it.
async fn says_cut_off(client: &Client, shot: &str, words: &str, heading: &str) {
    web::wait_for_attr(client, "body", "data-hall", Some("no"), WAIT).await;
    let text = web::text_of(client, "#connection").await.unwrap();
    assert!(text.contains(words), "{shot}: the notice says {text:?}");
    fit::assert_fits(client, shot, &[("#connection", 0.0, 1), (heading, 0.0, 1)]).await;
    let sideways = client
        .execute(
            "const d = document.documentElement; return d.scrollWidth <= d.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(sideways, json!(true), "{shot}: the page scrolls sideways");
}

async fn scenario() {
    let dir = tempfile::tempdir().unwrap();
    let mut nats = Nats::start(&dir.path().join("nats"));
    let stress = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stress.toml");
    let venue = Server::start_with(
        &dir.path().join("data"),
        Some(&stress),
        "127.0.0.1:0",
        &[
            "--nats",
            &nats.url(),
            "--assembly",
            "browser",
            "--nats-user",
            common::relays::VENUE.0,
            "--nats-password",
            common::relays::VENUE.1,
        ],
    );
    let east = relay(&nats, "browser");
    linked(&east);
    venue.must(r#"{"cmd":"start"}"#);

    let browser = Browser::new();
    let (phone, small, welsh, screen, stage) = tokio::join!(
        browser.client(360, 740),
        browser.client(320, 568),
        browser.client(360, 740),
        browser.client(1280, 720),
        browser.client(768, 1024),
    );
    phone.goto(&east.url("/join")).await;
    small.goto(&east.url("/join")).await;
    welsh.goto(&east.url("/join?lang=cy")).await;
    screen.goto(&east.url("/screen")).await;
    stage.goto(&east.url("/stage")).await;
    for client in [&phone, &small, &welsh, &screen, &stage] {
        web::live(client).await;
        web::wait_for_attr(client, "#connection", "hidden", Some("true"), WAIT).await;
    }

    // A phone on the relay checks in, and the venue counts it.
    web::click(&phone, "#check-in .choice.own input", WAIT).await;
    web::click(&phone, "#check-in-submit", WAIT).await;
    web::wait_for_element(&phone, "#checked-in", WAIT).await;
    let counted = venue.get("/api/state").json()["turnout"]["phones"].clone();
    assert_eq!(counted, json!(1), "the venue counts the relay's phone");

    nats.down();
    let english = "Reconnecting to the hall";
    says_cut_off(&phone, "relay-cut-off-join-360x740", english, "h1").await;
    says_cut_off(&small, "relay-cut-off-join-320x568", english, "h1").await;
    says_cut_off(
        &welsh,
        "relay-cut-off-join-cy-360x740",
        "ailgysylltu â’r neuadd",
        "h1",
    )
    .await;
    says_cut_off(&screen, "relay-cut-off-screen-1280x720", english, "h1").await;
    // The speaker's clock keeps its whole room below the notice.
    says_cut_off(
        &stage,
        "relay-cut-off-stage-768x1024",
        english,
        "#countdown",
    )
    .await;
    // The page does not go blank: the last state is still shown.
    let title = web::text_of(&small, "h1").await.unwrap();
    assert!(!title.trim().is_empty());

    // Without JavaScript the page says it too.
    let plain = browser.client_without_js(320, 568).await;
    plain.goto(&east.url("/join")).await;
    let notice = web::text_of(&plain, "#hall-cut-off").await.unwrap();
    assert!(notice.contains(english), "{notice}");
    web::screenshot(&plain, "relay-cut-off-join-no-js-320x568").await;

    nats.up();
    linked(&east);
    for client in [&phone, &small, &welsh, &screen, &stage] {
        web::wait_for_attr(client, "body", "data-hall", Some("yes"), WAIT).await;
        web::wait_for_attr(client, "#connection", "hidden", Some("true"), WAIT).await;
    }
    web::screenshot(&small, "relay-linked-join-320x568").await;
    for client in [phone, small, welsh, screen, stage, plain] {
        client.close().await;
    }
}

#[test]
fn a_relay_that_loses_the_hall_says_so_on_every_page_and_recovers() {
    web::on_a_big_stack(scenario());
}
