//! A plan changed on the night reaches every screen in the hall without
//! anyone reloading: the projector, the speaker's timer and the chair's
//! tablet redraw from the new plan, and phones fetch their page again.

use crate::common;

use std::path::Path;

use common::browser::{self as web, Browser, WAIT};
use common::{KEY, Server, request};

const STRESS: &str = "tests/fixtures/stress.toml";

#[test]
fn a_plan_change_reaches_every_screen_live() {
    web::on_a_big_stack(scenario());
}

async fn scenario() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(Path::new(STRESS)));
    server.must(r#"{"cmd":"start"}"#);
    let browser = Browser::new();
    let (phone, screen, stage, chair) = tokio::join!(
        browser.client(360, 740),
        browser.client(1280, 720),
        browser.client(768, 1024),
        browser.client(1024, 768),
    );
    phone.goto(&server.url("/join")).await;
    screen.goto(&server.url("/screen")).await;
    stage.goto(&server.url("/stage")).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    for client in [&phone, &screen, &stage, &chair] {
        web::live(client).await;
    }
    let before = web::text_of(&phone, "#current-title").await.unwrap();

    // The organiser renames the item on now and adds a late institution.
    let bearer = format!("Bearer {KEY}");
    let toml = request(
        server.addr,
        "GET",
        "/export/plan.toml",
        &[("Authorization", &bearer)],
        "",
    )
    .body;
    let first = toml.split("[[item]]").nth(1).unwrap();
    let old_title = first
        .lines()
        .find_map(|l| l.strip_prefix("title = "))
        .unwrap()
        .trim_matches('"')
        .to_owned();
    assert_eq!(before, old_title);
    let changed = toml.replacen(
        &format!("title = \"{old_title}\""),
        "title = \"Croeso — Welcome, everyone\"",
        1,
    ) + "\n[[institution]]\nid = \"late\"\nname = \"Late Arrivals’ Tenants Union\"\npromised = 7\n";
    let saved = request(
        server.addr,
        "PUT",
        "/api/plan",
        &[("Authorization", &bearer)],
        &changed,
    );
    assert_eq!(saved.status, 200, "{}", saved.body);

    let new_title = "Croeso — Welcome, everyone";
    for (name, client) in [("screen", &screen), ("stage", &stage), ("chair", &chair)] {
        web::wait_for_text(client, "#current-title", new_title, WAIT).await;
        let url = client.current_url().await;
        assert!(!url.is_empty(), "{name} stays on its page");
    }
    // The phone fetches its page again (within a few seconds) and lists
    // the new institution to check in with.
    let phone_ref = &phone;
    web::wait_until(
        phone_ref,
        "the phone to list the new institution",
        WAIT + WAIT,
        || async move {
            let names = phone_ref
                .execute(
                    "return [...document.querySelectorAll('#check-in .choice')].map((c) => c.textContent.trim());",
                    vec![],
                )
                .await
                .map(|v| v.to_string())
                .unwrap_or_default();
            if names.contains("Late Arrivals’ Tenants Union") {
                (Some(()), String::new())
            } else {
                (None, names)
            }
        },
    )
    .await;
    web::wait_for_text(&phone, "#current-title", new_title, WAIT).await;
    web::live(&phone).await;
    for client in [phone, screen, stage, chair] {
        client.close().await;
    }
}
