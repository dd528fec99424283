//! A plan changed on the night reaches every screen in the hall without
//! anyone reloading: the projector, the speaker's timer and the chair's
//! tablet redraw from the new plan, and phones fetch their page again.

use crate::common;

use common::KEY;
use common::browser::{self as web, Browser, WAIT};
use common::hall::{open_live, plan_toml, save_plan, stress_started};

#[test]
fn a_plan_change_reaches_every_screen_live() {
    web::on_a_big_stack(scenario());
}

async fn scenario() {
    let (_dir, server) = stress_started();
    let browser = Browser::new();
    let chair_path = format!("/chair?key={KEY}");
    let [phone, screen, stage, chair] = open_live(
        &browser,
        &server,
        [
            ((360, 740), "/join"),
            ((1280, 720), "/screen"),
            ((768, 1024), "/stage"),
            ((1024, 768), &chair_path),
        ],
    )
    .await;
    let before = web::text_of(&phone, "#current-title").await.unwrap();

    // The organiser renames the item on now and adds a late institution.
    let toml = plan_toml(&server);
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
    save_plan(&server, &changed);

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
