//! `/setup` as an organiser uses it in real Chromium: a 500-institution
//! plan fixed and saved, problems shown beside their fields as they are
//! typed, what the record refers to kept, someone else's save noticed, one
//! edit by keyboard alone (here); every screen, a file and a spreadsheet
//! import (in `screens`).

use crate::common;
pub(crate) mod page;
mod screens;

use std::time::{Duration, Instant};

use common::browser::{self as web, Browser, WAIT, keys};
use common::hall::as_chair;
use common::{KEY, Server, request};
use page::*;
use serde_json::json;

#[test]
fn an_organiser_fixes_a_500_institution_plan_and_saves_it() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let path = big_plan(dir.path());
        let server = Server::start(&dir.path().join("data"), Some(&path));

        // Every institution is in the first HTML, and the page stays a
        // size a venue's Wi-Fi and a tablet take in their stride.
        let first = as_chair(&server, "GET", "/setup", "");
        assert_eq!(first.status, 200, "{}", first.body);
        assert!(first.body.contains("id=\"institutions.499.id\""));
        assert!(!first.body.contains("id=\"institutions.500."));
        assert!(first.body.contains("St Jhon’s Church"));
        let size = first.body.len();
        eprintln!("/setup with 500 institutions: {} KB of HTML", size / 1024);
        assert!(size < 420 * 1024, "the first HTML is {} KB", size / 1024);

        let browser = Browser::new();
        let client = browser.client(1280, 720).await;
        let started = Instant::now();
        client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
        let loaded = started.elapsed();
        let seen = checked_since(&client, 0).await;
        eprintln!(
            "/setup loaded in {loaded:?}, checked in {:?}",
            started.elapsed()
        );
        assert!(loaded < Duration::from_secs(8), "loaded in {loaded:?}");
        assert_eq!(
            web::text_of(&client, "#dirty").await.unwrap(),
            "No unsaved changes"
        );

        // The misspelt name, fixed.
        retype(&client, "institutions.0.name", FIXED).await;
        checked_since(&client, seen).await;
        assert_eq!(
            web::text_of(&client, "#dirty").await.unwrap(),
            "Unsaved changes"
        );
        assert_eq!(dirty(&client).await.as_deref(), Some("yes"));

        // A length typed wrong: said beside the field, marked invalid, listed at the top.
        retype(&client, "items.1.duration", "2:3x").await;
        let said = error_beside(&client, "items.1.duration", "not a length").await;
        assert!(
            !said.contains("[[item]]"),
            "the form speaks of items, not TOML tables: {said}"
        );
        web::wait_for_attr(
            &client,
            &css("items.1.duration"),
            "aria-invalid",
            Some("true"),
            WAIT,
        )
        .await;
        let listed =
            web::wait_for_text_containing(&client, "#problems", "Item 2 Minutes (or 2:30)", WAIT)
                .await;
        assert!(listed.contains("not a length"), "{listed}");
        assert!(
            web::text_of(&client, "#summary-heading")
                .await
                .unwrap()
                .starts_with("1 problem")
        );
        // The summary's link takes the keyboard to the field.
        js(
            &client,
            "document.getElementById('summary').scrollIntoView({block: 'center'})",
        )
        .await;
        web::click(&client, "#problems a", WAIT).await;
        let focused = client.active().await.unwrap().attr("id").await.unwrap();
        assert_eq!(focused.as_deref(), Some("items.1.duration"));
        retype(&client, "items.1.duration", "2:30").await;
        no_error_beside(&client, "items.1.duration").await;

        // A warning, not a problem: the roll call turned into a speech.
        let kind = client.find(&css("items.1.kind")).await.unwrap();
        kind.send_keys("Speech").await.unwrap();
        assert_eq!(kind.prop("value").await.unwrap(), "speech");
        let warned =
            web::wait_for_text_containing(&client, "#warnings", "no roll call", WAIT).await;
        assert!(!warned.contains("[[item]]"), "{warned}");
        // Back to a roll call by the keyboard: Home, then down one (typing
        // again within a second would join the select's type-ahead to
        // "Speech").
        kind.send_keys("\u{E011}\u{E015}").await.unwrap();
        assert_eq!(kind.prop("value").await.unwrap(), "roll_call");
        web::wait_until(&client, "the warning to go", WAIT, || async {
            let text = web::text_of(&client, "#warnings").await.unwrap_or_default();
            ((!text.contains("roll call")).then_some(()), text)
        })
        .await;

        // A required name left blank.
        retype(&client, "institutions.2.name", "").await;
        error_beside(&client, "institutions.2.name", "is empty").await;
        web::wait_for_attr(
            &client,
            &css("institutions.2.name"),
            "aria-invalid",
            Some("true"),
            WAIT,
        )
        .await;
        retype(&client, "institutions.2.name", "Al-Nour Mosque").await;
        no_error_beside(&client, "institutions.2.name").await;

        // A late item, added at the end and moved up one.
        web::click(&client, "[data-add=\"items\"]", WAIT).await;
        let focused = client.active().await.unwrap().attr("id").await.unwrap();
        assert_eq!(
            focused.as_deref(),
            Some("items.10.title"),
            "the new item's title has the focus"
        );
        client.keys("Late arrivals welcomed").await.unwrap();
        client.keys(keys::TAB).await.unwrap();
        assert_eq!(
            client
                .active()
                .await
                .unwrap()
                .attr("id")
                .await
                .unwrap()
                .as_deref(),
            Some("items.10.duration")
        );
        client.keys("3").await.unwrap();
        web::click(&client, "#items > li:last-child [data-act=\"up\"]", WAIT).await;
        let focus = js(&client, "const a = document.activeElement; return [a.dataset.act, a.closest('li').querySelector('.num').textContent];").await;
        assert_eq!(
            focus,
            json!(["up", "10"]),
            "the focus moved up with the item"
        );
        assert_eq!(
            value(&client, "items.9.title").await,
            "Late arrivals welcomed"
        );
        let before = checks(&client).await;
        checked_since(&client, before).await;
        problems_are(&client, 0).await;
        let check_ms = timing(&client, "data-check-ms").await;
        let render_ms = timing(&client, "data-render-ms").await;
        eprintln!(
            "a check of 500 institutions: {check_ms} ms there and back, {render_ms} ms to draw"
        );
        assert!(check_ms < 1500, "check round trip {check_ms} ms");
        assert!(render_ms < 200, "drawing the check took {render_ms} ms");

        // Leaving now would lose the edits: the browser is asked to warn.
        let leaving = "const e = new Event('beforeunload', {cancelable: true}); dispatchEvent(e); return e.defaultPrevented;";
        assert_eq!(
            js(&client, leaving).await,
            true,
            "unsaved edits hold the page"
        );
        let saved = save(&client).await;
        assert!(saved.contains("changes"), "{saved}");
        assert_eq!(web::text_of(&client, "#dirty").await.unwrap(), "Saved");
        assert_eq!(dirty(&client).await.as_deref(), Some("no"));

        assert_eq!(js(&client, leaving).await, false, "saved: free to leave");
        let now = plan(&server);
        assert_eq!(now["institutions"][0]["name"], FIXED);
        assert_eq!(now["institutions"][2]["name"], "Al-Nour Mosque");
        assert_eq!(now["institutions"].as_array().unwrap().len(), 500);
        let items = now["items"].as_array().unwrap();
        assert_eq!(items.len(), 11);
        assert_eq!(items[1]["seconds"], 150);
        assert_eq!(items[9]["title"], "Late arrivals welcomed");
        assert_eq!(items[9]["seconds"], 180);
        assert!(items[10]["title"].as_str().unwrap().starts_with("Close"));
        // The new item got the id its title gives, and the form shows it.
        web::wait_until(&client, "the new item's id in the form", WAIT, || async {
            let id = value(&client, "items.9.id").await;
            ((id == "late-arrivals-welcomed").then_some(()), id)
        })
        .await;
    });
}

#[test]
fn what_the_record_refers_to_stays_and_another_save_is_noticed() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), Some(&stress()));
        server.check_in(None, "huda");
        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);

        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        let seen = open_setup(&client, &server).await;

        // Huda has a phone checked in: it stays, and the page says why.
        let huda = "#institutions > li:nth-child(2)";
        let remove = client
            .find(&format!("{huda} [data-act=\"remove\"]"))
            .await
            .unwrap();
        assert_eq!(remove.prop("disabled").await.unwrap(), true);
        let why = web::text_of(&client, &format!("{huda} .why"))
            .await
            .unwrap();
        assert!(why.contains("checked in"), "{why}");
        assert_eq!(
            remove.attr("aria-describedby").await.unwrap().as_deref(),
            Some("institutions.1-why")
        );
        assert_eq!(
            client
                .find(&css("institutions.1.id"))
                .await
                .unwrap()
                .prop("readOnly")
                .await
                .unwrap(),
            true
        );
        // St John's has none: it may go.
        let other = client
            .find("#institutions > li:nth-child(1) [data-act=\"remove\"]")
            .await
            .unwrap();
        assert_eq!(other.prop("disabled").await.unwrap(), false);
        // The welcome is on now: it neither goes nor moves.
        for act in ["remove", "down"] {
            let b = client
                .find(&format!("#items > li:nth-child(1) [data-act=\"{act}\"]"))
                .await
                .unwrap();
            assert_eq!(
                b.prop("disabled").await.unwrap(),
                true,
                "{act} on the item on now"
            );
        }

        // The leader answered the inspections ask: taking them off it is
        // refused, beside the ask's list of power-holders.
        web::click(&client, &css("asks.0.to.h0"), WAIT).await;
        let refused = error_beside(&client, "asks.0.to", "cannot be taken off").await;
        assert!(
            refused.contains("Cllr") || refused.contains("power-holder"),
            "{refused}"
        );
        web::click(&client, &css("asks.0.to.h0"), WAIT).await;
        let what = "the refusal to go once the leader is back on the ask";
        web::wait_until(&client, what, WAIT, || async {
            let gone = client.find(&css("asks.0.to-error")).await.is_err();
            (gone.then_some(()), String::new())
        })
        .await;
        checked_since(&client, seen).await;

        // Someone else saves while this page is open.
        retype(&client, "institutions.0.name", "St John’s").await;
        let toml = plan_toml(&server);
        let theirs = toml.replace("Lôn y Felin", "Lôn y Felin (side door)");
        let put = request(
            server.addr,
            "PUT",
            "/api/plan",
            &[
                ("Authorization", &bearer()),
                ("Content-Type", "application/toml"),
                ("If-Match", "0"),
            ],
            &theirs,
        );
        assert_eq!(put.status, 200, "{}", put.body);
        web::click(&client, "#save", WAIT).await;
        let told =
            web::wait_for_text_containing(&client, "#result", "someone else saved", WAIT).await;
        assert!(told.contains("Your edits are still here"), "{told}");
        assert_eq!(
            value(&client, "institutions.0.name").await,
            "St John’s",
            "the edit is still on screen"
        );
        assert_eq!(
            plan(&server)["institutions"][0]["name"],
            "St John’s Church, Wellington Road & District Parish Fellowship"
        );
        let buttons = web::text_of(&client, "#result .buttons").await.unwrap();
        assert!(buttons.contains("Reload their plan"), "{buttons}");
        web::screenshot(&client, "setup-stale-1024x768").await;
        web::click(&client, "#result .buttons button:last-child", WAIT).await;
        web::wait_for_text_containing(&client, "#result", "Saved: 2 changes", WAIT).await;
        assert_eq!(plan(&server)["institutions"][0]["name"], "St John’s");
    });
}

#[test]
fn one_edit_by_keyboard_alone() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), Some(&stress()));
        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        open_setup(&client, &server).await;

        // Tab from the top: the toolbar, the section links, the assembly,
        // then the first institution, each stop with a visible focus.
        let describe = "const a = document.activeElement; const s = getComputedStyle(a.matches('input[type=file]') ? a.parentElement.querySelector('label') : a); \
                        return [a.id || a.dataset.act || a.textContent.trim().slice(0, 20), s.outlineStyle, parseFloat(s.outlineWidth)];";
        let mut stops = Vec::new();
        for _ in 0..40 {
            client.keys(keys::TAB).await.unwrap();
            let stop = js(&client, describe).await;
            let name = stop[0].as_str().unwrap().to_owned();
            assert!(
                stop[1] != "none" && stop[2].as_f64().unwrap() >= 2.0,
                "{name} shows no focus: {stop}"
            );
            stops.push(name.clone());
            if name == "institutions.0.name" {
                break;
            }
        }
        assert_eq!(
            stops,
            [
                "Chair",
                "Record",
                "save",
                "Download TOML",
                "upload",
                "Assembly",
                "Institutions",
                "Power-holders",
                "Asks",
                "Pledges",
                "Running order",
                "assembly.title",
                "assembly.venue",
                "assembly.starts",
                "assembly.timezone",
                "assembly.languages",
                "assembly.screen_languages",
                "institutions.0.name"
            ]
        );
        client.keys(&format!("{}a", keys::CONTROL)).await.unwrap();
        client
            .keys(&format!("{}St John’s Church", keys::BACKSPACE))
            .await
            .unwrap();
        // On across the row: promised, id, Remove.
        for expected in ["institutions.0.promised", "institutions.0.id", "remove"] {
            client.keys(keys::TAB).await.unwrap();
            assert_eq!(js(&client, describe).await[0], expected);
        }
        // Back up to Save, and Enter.
        for _ in 0..30 {
            client
                .keys(&format!("{}{}", keys::SHIFT, keys::TAB))
                .await
                .unwrap();
            if js(&client, describe).await[0] == "save" {
                break;
            }
        }
        assert_eq!(js(&client, describe).await[0], "save");
        client.keys(keys::ENTER).await.unwrap();
        web::wait_for_text_containing(&client, "#result", "Saved: 1 change", WAIT).await;
        assert_eq!(plan(&server)["institutions"][0]["name"], "St John’s Church");

        // Moving an item by keyboard keeps the focus on it as it goes.
        js(
            &client,
            "document.querySelector('#items > li:nth-child(3) [data-act=down]').focus()",
        )
        .await;
        client.keys(keys::ENTER).await.unwrap();
        client.keys(keys::SPACE).await.unwrap();
        let at = js(&client, "const a = document.activeElement; return [a.dataset.act, a.closest('li').querySelector('.num').textContent];").await;
        assert_eq!(at, json!(["down", "5"]));
        assert!(
            value(&client, "items.4.title")
                .await
                .starts_with("Testimony from the Canal Estate")
        );
        // At the end, Move down is off and the focus goes to Move up.
        js(
            &client,
            "document.querySelector('#items > li:nth-child(9) [data-act=down]').focus()",
        )
        .await;
        client.keys(keys::ENTER).await.unwrap();
        let at = js(&client, "const a = document.activeElement; return [a.dataset.act, a.closest('li').querySelector('.num').textContent];").await;
        assert_eq!(at, json!(["up", "10"]));
        // Add by keyboard: the new row's first field has the focus.
        js(
            &client,
            "document.querySelector('[data-add=institutions]').focus()",
        )
        .await;
        client.keys(keys::ENTER).await.unwrap();
        assert_eq!(js(&client, describe).await[0], "institutions.16.name");
        client.keys("Riverside Food Bank").await.unwrap();
        assert_eq!(
            value(&client, "institutions.16.id").await,
            "riverside-food-bank",
            "the id follows the name"
        );
    });
}

/// The organiser's desk (issue 22): a British date typed as the importer
/// reads it, Ctrl+S saves from the keyboard, the heading follows the saved
/// title, a Save waits at the foot of the form, and the kind of an item
/// already run is said as fixed text, not offered as a choice.
#[test]
fn ctrl_s_saves_a_british_date_and_the_heading_follows_the_title() {
    web::on_a_big_stack(async {
        let browser = Browser::new();
        for (width, height) in [(1024, 768), (360, 740)] {
            let dir = tempfile::tempdir().unwrap();
            let server = Server::start(dir.path(), Some(&stress()));
            server.must(r#"{"cmd":"start"}"#);
            server.must(r#"{"cmd":"next"}"#);
            let client = browser.client(width, height).await;
            let seen = open_setup(&client, &server).await;

            // The welcome has run: its kind is fixed text, not a select.
            let fixed = web::text_of(&client, "#items > li:nth-child(1) .field.fixed")
                .await
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                fixed.contains("Kind: Welcome") && fixed.contains("fixed: this item has started"),
                "{fixed}"
            );
            assert!(client.find("select[id=\"items.0.kind\"]").await.is_err());
            assert!(client.find("select[id=\"items.2.kind\"]").await.is_ok());

            let title = format!("Spring Assembly 2026 at {width}");
            retype(&client, "assembly.title", &title).await;
            retype(&client, "assembly.timezone", "Europe/London").await;
            retype(&client, "assembly.starts", "14/03/2026 18:30").await;
            checked_since(&client, seen).await;
            problems_are(&client, 0).await;
            // Ctrl+S from inside a field saves the plan, not the page.
            client.keys(&format!("{}s", keys::CONTROL)).await.unwrap();
            web::wait_for_text_containing(&client, "#result", "Saved: ", WAIT).await;
            let saved = plan(&server);
            assert_eq!(saved["assembly"]["starts"], "2026-03-14T18:30:00+00:00");
            assert_eq!(saved["assembly"]["title"], title.as_str());
            let heading = web::text_of(&client, "header.bar h1 .title").await.unwrap();
            assert_eq!(heading, title, "the heading follows without a reload");
            assert!(client.title().await.contains(&title));

            // The Save at the foot of the form saves too.
            retype(&client, "assembly.venue", "St Mary's Hall, Cardiff").await;
            js(
                &client,
                "document.getElementById('save-bottom').scrollIntoView({block: 'center'})",
            )
            .await;
            web::screenshot(&client, &format!("setup-desk-bottom-{width}x{height}")).await;
            web::click(&client, "#save-bottom", WAIT).await;
            web::wait_for_text_containing(&client, "#result", "Saved: 1 change", WAIT).await;
            assert_eq!(
                plan(&server)["assembly"]["venue"],
                "St Mary's Hall, Cardiff"
            );
            js(
                &client,
                "document.querySelector('#items > li').scrollIntoView({block: 'center'})",
            )
            .await;
            web::screenshot(&client, &format!("setup-desk-fixed-kind-{width}x{height}")).await;
            client.close().await;
        }
    });
}
