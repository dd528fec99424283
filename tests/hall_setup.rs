//! `/setup` as an organiser uses it in real Chromium: a 500-institution
//! plan fixed and saved, problems shown beside their fields as they are
//! typed, what the record refers to kept, someone else's save noticed, one
//! edit by keyboard alone, a file or a spreadsheet import reviewed before
//! saving, and every screen from a phone to a projector.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::browser::{self as web, Browser, Client, WAIT, keys};
use common::{KEY, Server, fit, request};
use serde_json::{Value, json};

fn stress_source() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stress.toml"),
    )
    .unwrap()
}

const MISSPELT: &str = "St Jhon’s Church, Wellington Road & District Parish Fellowship";
const FIXED: &str = "St John’s Church, Wellington Road & District Parish Fellowship";

/// The stress plan with 500 institutions, the first one's name misspelt.
fn big_plan(dir: &Path) -> PathBuf {
    let source = stress_source().replace(
        "St John’s Church, Wellington Road & District Parish Fellowship",
        MISSPELT,
    );
    let extra: String = (0..484)
        .map(|n| {
            format!(
                "[[institution]]\nid = \"extra-{n}\"\nname = \"Tenants’ Association of Block {n}, Ystâd y Gamlas\"\npromised = {}\n\n",
                n % 90 + 5
            )
        })
        .collect();
    let at = source.find("[[power_holder]]").unwrap();
    let path = dir.join("big.toml");
    std::fs::write(&path, format!("{}{extra}{}", &source[..at], &source[at..])).unwrap();
    path
}

fn stress_plan() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stress.toml")
}

fn css(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

fn bearer() -> String {
    format!("Bearer {KEY}")
}

/// How many checks the page has drawn since it loaded.
async fn checks(client: &Client) -> u64 {
    web::attr_of(client, "#setup", "data-checked")
        .await
        .ok()
        .flatten()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Wait for a check drawn after the `before`th.
async fn checked_since(client: &Client, before: u64) -> u64 {
    web::wait_until(client, "a fresh check of the form", WAIT, || async move {
        let now = checks(client).await;
        ((now > before).then_some(now), format!("{now} checks"))
    })
    .await
}

/// Wait until the page's last check found `n` problems.
async fn problems_are(client: &Client, n: u64) {
    web::wait_for_attr(
        client,
        "#setup",
        "data-problems",
        Some(&n.to_string()),
        WAIT,
    )
    .await;
}

/// Empty a text field and type `text` into it, as a person would.
async fn retype(client: &Client, id: &str, text: &str) {
    let field = client.find(&css(id)).await.unwrap();
    let clear = format!("{}a{}{}", keys::CONTROL, keys::NULL, keys::BACKSPACE);
    field.send_keys(&clear).await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

async fn value(client: &Client, id: &str) -> String {
    client
        .find(&css(id))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.unwrap()
}

/// The problem shown beside a field, once there is one that says `needle`.
async fn error_beside(client: &Client, id: &str, needle: &str) -> String {
    let error = format!("{id}-error");
    let text = web::wait_for_text_containing(client, &css(&error), needle, WAIT).await;
    // A list of checkboxes is described through each of its boxes.
    let control = if id.ends_with(".to") {
        format!("{} input", css(id))
    } else {
        css(id)
    };
    let described = web::attr_of(client, &control, "aria-describedby")
        .await
        .unwrap();
    assert!(
        described.unwrap_or_default().split(' ').any(|d| d == error),
        "{id} is described by its error"
    );
    text
}

async fn no_error_beside(client: &Client, id: &str) {
    let what = format!("{id} to be valid again");
    web::wait_until(client, &what, WAIT, || async move {
        let gone = client.find(&css(&format!("{id}-error"))).await.is_err();
        let invalid = web::attr_of(client, &css(id), "aria-invalid")
            .await
            .unwrap();
        (
            (gone && invalid.is_none()).then_some(()),
            format!("error shown: {}, aria-invalid {invalid:?}", !gone),
        )
    })
    .await;
}

async fn save(client: &Client) -> String {
    web::click(client, "#save", WAIT).await;
    web::wait_for_text_containing(client, "#result", "Saved: ", WAIT).await
}

fn plan(server: &Server) -> Value {
    server.get("/api/plan").json()
}

#[test]
fn an_organiser_fixes_a_500_institution_plan_and_saves_it() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let path = big_plan(dir.path());
        let server = Server::start(&dir.path().join("data"), Some(&path));

        // Every institution is in the first HTML, and the page stays a
        // size a venue's Wi-Fi and a tablet take in their stride.
        let first = request(
            server.addr,
            "GET",
            "/setup",
            &[("Authorization", &bearer())],
            "",
        );
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
        let mut seen = checked_since(&client, 0).await;
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
        seen = checked_since(&client, seen).await;
        assert_eq!(
            web::text_of(&client, "#dirty").await.unwrap(),
            "Unsaved changes"
        );
        assert_eq!(
            web::attr_of(&client, "body", "data-dirty")
                .await
                .unwrap()
                .as_deref(),
            Some("yes")
        );

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
        let check_ms: u64 = web::attr_of(&client, "#setup", "data-check-ms")
            .await
            .unwrap()
            .unwrap()
            .parse()
            .unwrap();
        let render_ms: u64 = web::attr_of(&client, "#setup", "data-render-ms")
            .await
            .unwrap()
            .unwrap()
            .parse()
            .unwrap();
        eprintln!(
            "a check of 500 institutions: {check_ms} ms there and back, {render_ms} ms to draw"
        );
        assert!(check_ms < 1500, "check round trip {check_ms} ms");
        assert!(render_ms < 200, "drawing the check took {render_ms} ms");

        let saved = save(&client).await;
        assert!(saved.contains("changes"), "{saved}");
        assert_eq!(
            web::text_of(&client, "#dirty").await.unwrap(),
            "Saved (seq 1)"
        );
        assert_eq!(
            web::attr_of(&client, "body", "data-dirty")
                .await
                .unwrap()
                .as_deref(),
            Some("no")
        );

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
        let server = Server::start(dir.path(), Some(&stress_plan()));
        server.check_in(None, "huda");
        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);

        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
        let seen = checked_since(&client, 0).await;

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
        let toml = request(
            server.addr,
            "GET",
            "/export/plan.toml",
            &[("Authorization", &bearer())],
            "",
        )
        .body;
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
        let server = Server::start(dir.path(), Some(&stress_plan()));
        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
        checked_since(&client, 0).await;

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

/// Buttons, fields and links smaller than a finger: `tag text WxH`.
async fn small_targets(client: &Client) -> Vec<String> {
    let found = js(client, r#"
        const small = [];
        for (const e of document.querySelectorAll("button, input:not([type=checkbox]):not([type=file]), select, textarea, .upload label, header a, .jump a, .targets label")) {
          const r = e.getBoundingClientRect();
          if (!r.width || !r.height) continue;
          if (r.height < 44 - 0.5 || (e.matches("button, a") && r.width < 44 - 0.5)) {
            small.push(`${e.tagName.toLowerCase()} ${(e.id || e.textContent).trim().slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`);
          }
        }
        return small;"#).await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_form_fits_tablets_laptops_and_a_phone() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), Some(&stress_plan()));
        server.check_in(None, "huda");
        let browser = Browser::new();
        let client = browser.client(1280, 720).await;
        client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
        checked_since(&client, 0).await;
        retype(&client, "items.0.duration", "2:3x").await;
        error_beside(&client, "items.0.duration", "not a length").await;

        let mut failures = Vec::new();
        for (w, h) in [
            (768, 1024),
            (1024, 768),
            (1280, 720),
            (1920, 1080),
            (360, 740),
        ] {
            client.resize(w, h).await;
            let widths = js(
                &client,
                "return [document.documentElement.scrollWidth, innerWidth]",
            )
            .await;
            if widths[0].as_i64() > widths[1].as_i64() {
                failures.push(format!("{w}x{h}: scrolls sideways ({widths})"));
            }
            let small = small_targets(&client).await;
            if !small.is_empty() {
                failures.push(format!(
                    "{w}x{h}: targets under 44 px: {}",
                    small.join("; ")
                ));
            }
            js(&client, "scrollTo(0, 0)").await;
            fit::assert_fits(
                &client,
                &format!("setup-top-{w}x{h}"),
                &[
                    ("#save", 0.0, 1),
                    ("#dirty", 0.0, 1),
                    (".toolbar .button", 0.0, 1),
                    (".upload label", 0.0, 1),
                ],
            )
            .await;
            // Each part, scrolled to the middle of the screen (`#id` or a selector).
            for (name, part, rules) in [
                (
                    "summary",
                    "#summary",
                    vec![("#summary h2", 0.0, 1), ("#problems a", 0.0, 1)],
                ),
                (
                    "locked-institution",
                    "#institutions > li:nth-child(2)",
                    vec![
                        ("#institutions > li:nth-child(2) .why", 0.0, 1),
                        (
                            "#institutions > li:nth-child(2) [data-f=\"name\"] label",
                            0.0,
                            1,
                        ),
                    ],
                ),
                (
                    "duration-error",
                    "[id=\"items.0.duration\"]",
                    vec![
                        ("[id=\"items.0.duration\"]", 0.0, 1),
                        ("[id=\"items.0.duration-error\"]", 0.0, 1),
                    ],
                ),
                (
                    "item-buttons",
                    "#items > li:first-child .actions",
                    vec![("#items > li:first-child .actions button", 0.0, 3)],
                ),
                (
                    "ask-holders",
                    "[id=\"asks.0.to\"]",
                    vec![("[id=\"asks.0.to\"] li label", 0.0, 4)],
                ),
            ] {
                client
                    .execute(
                        "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
                        vec![part.into()],
                    )
                    .await
                    .unwrap();
                fit::assert_fits(&client, &format!("setup-{name}-{w}x{h}"), &rules).await;
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

#[test]
fn a_file_or_an_import_is_reviewed_in_the_form_before_it_is_saved() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("data"), Some(&stress_plan()));
        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
        checked_since(&client, 0).await;

        // A spreadsheet import leaves a draft in sessionStorage for review.
        let mut draft = request(
            server.addr,
            "GET",
            "/api/plan/draft",
            &[("Authorization", &bearer())],
            "",
        )
        .json()["draft"]
            .clone();
        draft["assembly"]["title"] = "Imported assembly".into();
        draft["institutions"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "food-bank", "name": "Riverside Food Bank", "promised": "25"}));
        client
            .execute(
                "sessionStorage.setItem('assembly.draft', arguments[0])",
                vec![draft.to_string().into()],
            )
            .await
            .unwrap();
        client.goto(&server.url("/setup?from=import")).await;
        web::wait_for_text_containing(&client, "#result", "Imported: review and Save", WAIT).await;
        assert_eq!(value(&client, "assembly.title").await, "Imported assembly");
        assert_eq!(
            value(&client, "institutions.16.name").await,
            "Riverside Food Bank"
        );
        assert_eq!(
            js(&client, "return sessionStorage.getItem('assembly.draft')").await,
            Value::Null,
            "taken once"
        );
        assert_eq!(
            web::attr_of(&client, "body", "data-dirty")
                .await
                .unwrap()
                .as_deref(),
            Some("yes")
        );
        checked_since(&client, 0).await;
        problems_are(&client, 0).await;
        save(&client).await;
        let now = plan(&server);
        assert_eq!(now["assembly"]["title"], "Imported assembly");
        assert_eq!(now["institutions"][16]["id"], "food-bank");
        let title = now["assembly"]["title"].clone();

        // Download gives the plan file; a changed copy uploads into the form.
        let link = web::attr_of(&client, ".toolbar a.button", "href")
            .await
            .unwrap();
        assert_eq!(link.as_deref(), Some("/export/plan.toml"));
        let toml = request(
            server.addr,
            "GET",
            "/export/plan.toml",
            &[("Authorization", &bearer())],
            "",
        )
        .body;
        let file = dir.path().join("changed.toml");
        let changed = toml.replacen(
            "title = \"Imported assembly\"",
            "title = \"Uploaded assembly\"",
            1,
        );
        assert_ne!(changed, toml);
        std::fs::write(&file, changed).unwrap();
        client
            .find("#upload")
            .await
            .unwrap()
            .send_keys(file.to_str().unwrap())
            .await
            .unwrap();
        web::wait_for_text_containing(
            &client,
            "#result",
            "Loaded changed.toml: review it, then Save",
            WAIT,
        )
        .await;
        assert_eq!(value(&client, "assembly.title").await, "Uploaded assembly");
        assert_eq!(
            web::attr_of(&client, "body", "data-dirty")
                .await
                .unwrap()
                .as_deref(),
            Some("yes")
        );
        assert_eq!(
            plan(&server)["assembly"]["title"],
            title,
            "nothing saved yet"
        );

        // A broken file: every problem at its line and column; the form is untouched.
        let broken = dir.path().join("broken.toml");
        std::fs::write(&broken, "[assembly]\ntitle = \"Half\"\n\n[[item]]\ntitle = \"Welcome\"\nkind = \"welcom\"\nminutes = 3\n").unwrap();
        client
            .find("#upload")
            .await
            .unwrap()
            .send_keys(broken.to_str().unwrap())
            .await
            .unwrap();
        let told =
            web::wait_for_text_containing(&client, "#result", "broken.toml was not loaded", WAIT)
                .await;
        assert!(told.contains("Line 6, column"), "{told}");
        assert_eq!(value(&client, "assembly.title").await, "Uploaded assembly");
    });
}
