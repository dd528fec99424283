//! The desk in a real browser, by keyboard only: an assembly made from an
//! earlier one (the stress plan's long, accented, right-to-left and emoji
//! names), then made live; and the desk fits every screen an organiser
//! might open it on.

use crate::common;

use std::path::Path;

use assembly::home::Home;
use common::browser::{self as web, Browser, Client, WAIT};
use common::{KEY, Server, fit};
use serde_json::json;

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const DOWN: &str = "\u{E015}";

/// A home whose first assembly serves the stress plan, and its desk.
fn desk_with_stress(home: &Path) -> (Server, String) {
    let home_dir = Home::open(home).unwrap();
    let first = "2026-03-14-stress";
    common::stress_assembly(&home_dir, first);
    (
        Server::desk(home, &["--chair-key", KEY]).0,
        first.to_owned(),
    )
}

/// Press Tab until `css` has the focus, as a keyboard user would; fails
/// if it never does (it is not in the tab order).
async fn tab_to(client: &Client, css: &str) {
    for _ in 0..80 {
        let here = client
            .execute(
                "return document.activeElement === document.querySelector(arguments[0]);",
                vec![json!(css)],
            )
            .await
            .unwrap();
        if here == json!(true) {
            return;
        }
        client.keys(TAB).await.unwrap();
    }
    panic!("{css} never took the focus from the keyboard");
}

#[test]
fn an_assembly_is_made_from_an_earlier_one_and_goes_live_by_keyboard() {
    web::on_a_big_stack(by_keyboard());
}

async fn by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (server, first) = desk_with_stress(&home);
    let earlier = server.chair_get("/api/desk").json();
    assert_eq!(earlier["assemblies"][0]["id"], first.as_str());
    // The earlier night: the leader said yes to inspections.
    assert_eq!(crate::home::go_live(&server, &first, false).status, 303);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
    server.must(r#"{"cmd":"end"}"#);

    let browser = Browser::new();
    let client = browser.client(1280, 720).await;
    client.goto(&server.url(&format!("/desk?key={KEY}"))).await;
    // The key left the address for a cookie.
    assert!(!client.current_url().await.contains(KEY));

    tab_to(&client, "#new-title").await;
    client.keys("Report-back Assembly 2027").await.unwrap();
    tab_to(&client, "#new-from").await;
    client.keys(DOWN).await.unwrap();
    tab_to(&client, "form.new button").await;
    client.keys(ENTER).await.unwrap();
    web::wait_for_text_where(&client, "[role=status]", "say it is made", WAIT, |t| {
        t.contains("is made")
    })
    .await;

    let made = "report-back-assembly-2027";
    let go = format!("#a-{made} button[value=\"\"]");
    tab_to(&client, &go).await;
    client.keys(ENTER).await.unwrap();
    web::wait_for_text_where(&client, "#live", "name the live assembly", WAIT, |t| {
        t.contains("Report-back Assembly 2027")
    })
    .await;

    // The leader is invited back: the report-back, by keyboard, from
    // the chair's page (the desk's cookie opens it).
    client.goto(&server.url("/chair")).await;
    web::wait_for_attr(&client, "body", "data-live", Some("yes"), WAIT).await;
    tab_to(&client, "#start").await;
    client.keys(ENTER).await.unwrap();
    for _ in 0..2 {
        common::hall::past_the_tap_guard(&client).await;
        tab_to(&client, "#next").await;
        client.keys(ENTER).await.unwrap();
    }
    web::wait_for_text_where(&client, "#context h2", "the report-back", WAIT, |t| {
        t.to_lowercase().contains("okafor-whitfield")
    })
    .await;
    tab_to(&client, "#context input.note").await;
    client.keys("Inspections began in June").await.unwrap();
    tab_to(&client, "#context button[data-status=in_progress]").await;
    client.keys(ENTER).await.unwrap();
    web::wait_for_attr(
        &client,
        "#context button[data-status=in_progress]",
        "aria-pressed",
        Some("true"),
        WAIT,
    )
    .await;
    let said = &server.get("/api/state").json()["report_back"][0];
    assert_eq!(said["status"], "in_progress", "{said}");
    assert_eq!(said["note"], "Inspections began in June");

    // Publish from the desk by keyboard: the link offers the scorecard,
    // which holds the step in the earlier assembly's commitment.
    client.goto(&server.url("/desk")).await;
    tab_to(&client, "a[href=\"/desk/scorecard.zip\"]").await;
    client.keys(ENTER).await.unwrap();
    assert_eq!(server.chair_get("/desk/scorecard.zip").status, 200);
    // The same site as `assembly publish` writes.
    let site = dir.path().join("site");
    let card = crate::publish::publish(&home, &site);
    let kept = (card["commitments"].as_array().unwrap().iter())
        .find(|c| {
            c["assembly"] == first.as_str() && c["holder"] == "leader" && c["ask"] == "inspections"
        })
        .unwrap();
    assert_eq!(kept["status"], "in_progress", "{kept}");
    assert_eq!(kept["steps"][0]["public_note"], "Inspections began in June");
    client.goto(&server.url("/desk")).await;

    // What the keyboard made is what the hall is served: the earlier
    // assembly's institutions and power-holders, under the same ids.
    let plan = server.get("/api/plan").json();
    assert_eq!(plan["assembly"]["title"], "Report-back Assembly 2027");
    let stress = assembly::server::read_plan(&common::stress()).unwrap();
    let ids: Vec<&str> = plan["institutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = stress.institutions.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, want);
    assert_eq!(
        plan["power_holders"].as_array().unwrap().len(),
        stress.power_holders.len()
    );

    // Every screen: the earlier assembly's actions, the new-assembly form
    // and the live assembly's links are on screen and not covered.
    let row = format!("#a-{first}");
    for (width, height) in fit::PHONES
        .into_iter()
        .chain(fit::TABLETS)
        .chain(fit::PROJECTORS)
    {
        client.resize(width, height).await;
        client.refresh().await;
        fit::scroll_to(&client, &format!("{row} .actions")).await;
        fit::assert_fits(
            &client,
            &format!("desk-row-{width}x{height}"),
            &[
                (&format!("{row} .actions button"), 0.0, 3),
                (&format!("{row} ul.pages a"), 0.0, 2),
            ],
        )
        .await;
        fit::scroll_to(&client, "form.new button").await;
        fit::assert_fits(
            &client,
            &format!("desk-new-{width}x{height}"),
            &[("form.new button", 0.0, 1), ("#new-from", 0.0, 1)],
        )
        .await;
        fit::scroll_to(&client, ".live ul.pages").await;
        fit::assert_fits(
            &client,
            &format!("desk-live-{width}x{height}"),
            &[(".live ul.pages a", 0.0, 8)],
        )
        .await;
    }
}

#[test]
fn setup_offers_the_homes_earlier_institutions_and_power_holders_by_name() {
    web::on_a_big_stack(the_same_people());
}

async fn the_same_people() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (server, _) = desk_with_stress(&home);
    // A blank assembly (the starter's names), live.
    let made = crate::home::form(
        &server,
        "/desk/assemblies",
        "title=Blank+Assembly&day=2027-01-20&venue=&from=",
    );
    assert_eq!(made.status, 303, "{}", made.body);
    assert_eq!(
        crate::home::go_live(&server, "2027-01-20-blank-assembly", false).status,
        303
    );
    let page = server.chair_get("/setup").body;
    assert!(page.contains("id=\"home-power_holders\""), "{page}");
    // The starter's own "leader" is not offered again; the others are.
    assert!(page.contains("data-id=\"police\""), "{page}");
    assert!(!page.contains("data-id=\"leader\""), "{page}");

    let browser = Browser::new();
    let client = browser.client(1280, 720).await;
    client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
    let stress = assembly::server::read_plan(&common::stress()).unwrap();
    let (police, huda) = (&stress.power_holders[1], &stress.institutions[1]);
    for (section, name) in [
        ("power_holders", police.name.as_str()),
        ("institutions", huda.name.as_str()),
    ] {
        web::click(&client, &format!("[data-add=\"{section}\"]"), WAIT).await;
        let input = format!("#{section} > li:last-child [data-f=\"name\"] input");
        let list = client
            .execute(
                "return document.querySelector(arguments[0]).getAttribute('list');",
                vec![json!(input)],
            )
            .await
            .unwrap();
        assert_eq!(list, json!(format!("home-{section}")));
        client
            .find(&input)
            .await
            .unwrap()
            .send_keys(name)
            .await
            .unwrap();
    }
    web::screenshot(&client, "setup-home-names").await;
    crate::hall_setup::page::save(&client).await;
    let plan = server.get("/api/plan").json();
    let holder = (plan["power_holders"].as_array().unwrap().iter())
        .find(|h| h["name"] == police.name.as_str())
        .unwrap();
    assert_eq!(holder["id"], "police", "the same person keeps the same id");
    assert_eq!(holder["role"], police.role.as_str());
    let institution = (plan["institutions"].as_array().unwrap().iter())
        .find(|i| i["name"] == huda.name.as_str())
        .unwrap();
    assert_eq!(institution["id"], huda.id.as_str());
    assert_eq!(institution["promised"], huda.promised);
}
