//! The pages in a real browser (headless chromium through chromedriver),
//! against the real server running the demo plan.
//!
//! The DOM contract these tests rely on: every `<body>` has `data-role`
//! (chair | screen | stage | attendee), `data-seq` (the last state rendered)
//! and `data-live` ("yes" while the websocket is open, "no" otherwise);
//! `#current-title` on every live page; the chair's `#start`, `#next`,
//! `#back` and answer buttons `button[data-ask][data-holder][data-answer]`
//! with `aria-pressed`; `#turnout-phones` and `[data-response="ASK/HOLDER"]`
//! on the screen and the phone; the phone's `form#check-in` with radios
//! `name="institution"`, `#check-in-submit` and, once checked in,
//! `#checked-in`.
//!
//! Screenshots of every page land in `target/screenshots/`.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::seq_now;
use common::{KEY, Server};
use serde_json::{Value, json};
use tempfile::TempDir;

/// A server on the demo plan with its own data dir.
fn demo() -> (TempDir, Server, Value) {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let server = Server::start(data.path(), None);
    let plan = server.get("/api/plan").json();
    (data, server, plan)
}

/// The title of running-order item `index`, as the public plan has it.
fn title(plan: &Value, index: usize) -> String {
    plan["items"][index]["title"]
        .as_str()
        .unwrap_or_else(|| panic!("the plan has an item {index}: {plan}"))
        .to_owned()
}

fn chair_url(server: &Server) -> String {
    server.url(&format!("/chair?key={KEY}"))
}

/// Check in from the phone's form and wait for the page to say so.
async fn check_in(phone: &Client, institution: &str) {
    let radio = format!(r#"input[name="institution"][value="{institution}"]"#);
    web::click(phone, &radio, WAIT).await;
    let checked = phone
        .find(&radio)
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(checked, true, "the radio for {institution:?} is checked");
    web::click(phone, "#check-in-submit", WAIT).await;
    web::wait_for_element(phone, "#checked-in", WAIT).await;
}

/// The number `#turnout-phones` shows, once it shows one.
async fn phones_shown(client: &Client) -> u64 {
    let text = web::wait_for_text_where(client, "#turnout-phones", "hold a number", WAIT, |t| {
        web::digits(t).is_some()
    })
    .await;
    web::digits(&text).unwrap()
}

/// Wait until `#turnout-phones` shows exactly `expected`.
async fn phones_reach(client: &Client, expected: u64) {
    let description = format!("show {expected} phones");
    web::wait_for_text_where(client, "#turnout-phones", &description, WAIT, |t| {
        web::digits(t) == Some(expected)
    })
    .await;
}

/// The response shown for `ask/holder` has changed from `before` and
/// contains `word` (YES, NO, ...) as a word.
async fn response_shows(client: &Client, ask_holder: &str, before: &str, word: &str) {
    let css = format!(r#"[data-response="{ask_holder}"]"#);
    let description = format!("change from {before:?} and contain {word:?}");
    web::wait_for_text_where(client, &css, &description, WAIT, |t| {
        t != before && web::has_word(t, word)
    })
    .await;
}

async fn no_scrollbars(client: &Client, name: &str) {
    let sizes = client
        .execute(
            "const d = document.documentElement; \
             return [d.scrollWidth, d.scrollHeight, innerWidth, innerHeight];",
            vec![],
        )
        .await
        .unwrap();
    let n = |i: usize| sizes[i].as_u64().unwrap();
    assert!(
        n(1) <= n(3) && n(0) <= n(2),
        "{name} scrolls: the page is {}x{} in a {}x{} viewport",
        n(0),
        n(1),
        n(2),
        n(3)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn harness_drives_the_join_form() {
    let (_data, server, _plan) = demo();
    let browser = Browser::new();
    let (phone, no_js) = tokio::join!(
        browser.client(360, 740),
        browser.client_without_js(360, 740)
    );
    phone.goto(&server.url("/join")).await;
    let size = phone
        .execute("return [innerWidth, innerHeight]", vec![])
        .await
        .unwrap();
    assert_eq!(
        size,
        json!([360, 740]),
        "the viewport is the size asked for"
    );
    let radios = phone
        .find_all(r#"input[name="institution"]"#)
        .await
        .unwrap();
    assert!(radios.len() > 2, "the check-in form lists the institutions");
    let st_marys = r#"input[name="institution"][value="st-marys"]"#;
    web::click(&phone, st_marys, WAIT).await;
    let checked = phone.find(st_marys).await.unwrap().prop("checked").await;
    assert_eq!(checked.unwrap(), true);

    no_js
        .goto("data:text/html,<title>off</title><script>document.title='on'</script>")
        .await;
    assert_eq!(no_js.title().await, "off", "JavaScript is off");
}

/// a. The chair starts and moves on; the projector and the lectern follow.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_chair_moves_every_screen() {
    let (_data, server, plan) = demo();
    let browser = Browser::new();
    let (chair, screen, stage, phone) = tokio::join!(
        browser.client(1024, 768),
        browser.client(1920, 1080),
        browser.client(1280, 720),
        browser.client(360, 740),
    );
    let pages = [
        (&chair, chair_url(&server), "chair"),
        (&screen, server.url("/screen"), "screen"),
        (&stage, server.url("/stage"), "stage"),
        (&phone, server.url("/join"), "attendee"),
    ];
    futures_util::future::join_all(pages.iter().map(|(c, url, _)| c.goto(url))).await;
    for (client, _, role) in &pages {
        web::wait_for_attr(client, "body", "data-role", Some(role), WAIT).await;
        web::live(client).await;
    }

    let tablet = &chair;
    web::wait_until(
        tablet,
        "the chair key to leave the address bar",
        WAIT,
        || async move {
            let url = tablet.current_url().await;
            ((!url.contains("key=")).then_some(()), url)
        },
    )
    .await;

    let first = title(&plan, 0);
    for client in [&chair, &screen, &stage] {
        let before = web::wait_for_element(client, "#current-title", WAIT)
            .await
            .text()
            .await
            .unwrap_or_default();
        assert_ne!(before.trim(), first, "nothing is on before the start");
    }

    web::click(&chair, "#start", WAIT).await;
    for client in [&chair, &screen, &stage] {
        web::wait_for_text(client, "#current-title", &first, WAIT).await;
    }

    web::click(&chair, "#next", WAIT).await;
    let second = title(&plan, 1);
    for client in [&chair, &screen, &stage] {
        web::wait_for_text(client, "#current-title", &second, WAIT).await;
    }
    let state = server.get("/api/state").json();
    assert_eq!(state["current"], 1, "one Next moved one item: {state}");
    let seq = state["seq"].as_u64().unwrap();
    for client in [&chair, &screen, &stage, &phone] {
        web::rendered(client, seq).await;
    }
}

/// b. The chair records the answers; the projector and a phone show them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_reach_the_screen_and_the_phones() {
    let (_data, server, plan) = demo();
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":4}"#);
    let browser = Browser::new();
    let (chair, screen, phone) = tokio::join!(
        browser.client(1024, 768),
        browser.client(1920, 1080),
        browser.client(360, 740),
    );
    tokio::join!(
        chair.goto(&chair_url(&server)),
        screen.goto(&server.url("/screen")),
        phone.goto(&server.url("/join")),
    );
    check_in(&phone, "st-marys").await;
    let item = title(&plan, 4);
    let seq = seq_now(&server);
    for client in [&chair, &screen, &phone] {
        web::rendered(client, seq).await;
        web::wait_for_text(client, "#current-title", &item, WAIT).await;
    }

    let ceo = "safe-homes/housing-ceo";
    let leader = "safe-homes/council-leader";
    let mut before = Vec::new();
    for client in [&screen, &phone] {
        for ask_holder in [ceo, leader] {
            let css = format!(r#"[data-response="{ask_holder}"]"#);
            let element = web::wait_for_element(client, &css, WAIT).await;
            before.push(element.text().await.unwrap_or_default());
        }
    }
    let button = |holder: &str, answer: &str| {
        format!(r#"button[data-ask="safe-homes"][data-holder="{holder}"][data-answer="{answer}"]"#)
    };

    // One tap, seen, then the next: as a chair would.
    web::click(&chair, &button("housing-ceo", "yes"), WAIT).await;
    web::wait_for_attr(
        &chair,
        &button("housing-ceo", "yes"),
        "aria-pressed",
        Some("true"),
        WAIT,
    )
    .await;
    web::click(&chair, &button("council-leader", "no"), WAIT).await;
    web::wait_for_attr(
        &chair,
        &button("council-leader", "no"),
        "aria-pressed",
        Some("true"),
        WAIT,
    )
    .await;
    for (holder, other) in [("housing-ceo", "no"), ("council-leader", "yes")] {
        let pressed = web::attr_of(&chair, &button(holder, other), "aria-pressed").await;
        assert_ne!(
            pressed.unwrap().as_deref(),
            Some("true"),
            "only the answer given is pressed for {holder}"
        );
    }

    let mut before = before.into_iter();
    for client in [&screen, &phone] {
        response_shows(client, ceo, &before.next().unwrap(), "YES").await;
        response_shows(client, leader, &before.next().unwrap(), "NO").await;
    }
}

/// c. Check-in from a phone with JavaScript and from one without.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_in_with_and_without_javascript() {
    let (_data, server, _plan) = demo();
    server.must(r#"{"cmd":"start"}"#);
    let browser = Browser::new();
    let (screen, phone, no_js) = tokio::join!(
        browser.client(1280, 720),
        browser.client(360, 740),
        browser.client_without_js(360, 740),
    );
    tokio::join!(
        screen.goto(&server.url("/screen")),
        phone.goto(&server.url("/join")),
        no_js.goto(&server.url("/join")),
    );
    web::rendered(&screen, seq_now(&server)).await;
    let start = phones_shown(&screen).await;
    let state = server.get("/api/state").json();
    assert_eq!(
        Some(start),
        state["turnout"]["phones"].as_u64(),
        "the screen shows the phones checked in: {}",
        state["turnout"]
    );

    web::live(&phone).await;
    check_in(&phone, "st-marys").await;
    phones_reach(&screen, start + 1).await;
    assert_eq!(
        server.get("/api/state").json()["turnout"]["phones"],
        start + 1
    );

    // Without JavaScript the page never goes live: a plain form POST.
    web::wait_for_element(&no_js, "form#check-in", WAIT).await;
    let marked = web::attr_of(&no_js, "body", "data-live").await.unwrap();
    assert_eq!(marked.as_deref(), Some("no"), "no script ran on this phone");
    check_in(&no_js, "").await;
    assert!(
        no_js.current_url().await.ends_with("/join"),
        "the form posts and lands back on /join: {}",
        no_js.current_url().await
    );
    phones_reach(&screen, start + 2).await;
    assert_eq!(
        server.get("/api/state").json()["turnout"]["phones"],
        start + 2
    );

    // The phone with JavaScript follows the count live.
    phones_reach(&phone, start + 2).await;
}

/// d. The server is killed and started again under open pages: they
/// reconnect by themselves and follow the next command, without a reload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_reconnect_after_a_restart() {
    let (data, mut server, plan) = demo();
    server.must(r#"{"cmd":"start"}"#);
    let browser = Browser::new();
    let (screen, stage, phone) = tokio::join!(
        browser.client(1280, 720),
        browser.client(1280, 720),
        browser.client(360, 740),
    );
    tokio::join!(
        screen.goto(&server.url("/screen")),
        stage.goto(&server.url("/stage")),
        phone.goto(&server.url("/join")),
    );
    check_in(&phone, "al-noor").await;
    let pages = [&screen, &stage, &phone];
    let seq = seq_now(&server);
    for client in pages {
        web::rendered(client, seq).await;
        web::wait_for_text(client, "#current-title", &title(&plan, 0), WAIT).await;
        client
            .execute("window.assemblyTestMark = 'same page';", vec![])
            .await
            .unwrap();
    }

    let addr = server.addr;
    server.kill();
    for client in pages {
        web::wait_for_attr(client, "body", "data-live", Some("no"), WAIT).await;
    }
    server = Server::start_at(data.path(), None, &addr.to_string());
    for client in pages {
        web::live(client).await;
    }

    let seq = server.must(r#"{"cmd":"next"}"#);
    for client in pages {
        web::wait_for_text(client, "#current-title", &title(&plan, 1), WAIT).await;
        web::rendered(client, seq).await;
        let mark = client
            .execute("return window.assemblyTestMark || null;", vec![])
            .await
            .unwrap();
        assert_eq!(mark, "same page", "the page reconnected without reloading");
    }
}

/// e. Every page at the sizes it is used at, saved for a look; the
/// projector never scrolls.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn screenshots_of_every_page() {
    let (_data, server, _plan) = demo();
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":4}"#);
    server.must(r#"{"cmd":"respond","ask":"safe-homes","holder":"housing-ceo","answer":"yes"}"#);
    let seq = seq_now(&server);
    let browser = Browser::new();
    let (tablet, projector, phone) = tokio::join!(
        browser.client(1024, 768),
        browser.client(1920, 1080),
        browser.client(360, 740),
    );

    let chair = async {
        tablet.goto(&chair_url(&server)).await;
        web::rendered(&tablet, seq).await;
        web::screenshot(&tablet, "chair-tablet").await;
        tablet.resize(768, 1024).await;
        tablet.goto(&chair_url(&server)).await;
        web::rendered(&tablet, seq).await;
        web::screenshot(&tablet, "chair-tablet-portrait").await;
    };
    let screen = async {
        projector.goto(&server.url("/screen")).await;
        web::rendered(&projector, seq).await;
        web::screenshot(&projector, "screen-1920x1080").await;
        no_scrollbars(&projector, "the screen at 1920x1080").await;
        projector.resize(1280, 720).await;
        projector.goto(&server.url("/screen")).await;
        web::rendered(&projector, seq).await;
        web::screenshot(&projector, "screen-1280x720").await;
        no_scrollbars(&projector, "the screen at 1280x720").await;
        projector.goto(&server.url("/stage")).await;
        web::rendered(&projector, seq).await;
        web::screenshot(&projector, "stage-1280x720").await;
    };
    let join = async {
        phone.goto(&server.url("/join")).await;
        web::rendered(&phone, seq).await;
        web::screenshot(&phone, "join-phone").await;
        check_in(&phone, "st-marys").await;
        web::live(&phone).await;
        web::screenshot(&phone, "join-phone-checked-in").await;
        phone.resize(794, 1123).await;
        phone.goto(&server.url("/join/poster")).await;
        web::screenshot(&phone, "join-poster").await;
    };
    tokio::join!(chair, screen, join);
}
