//! The chair's tablet and the speaker's timer are drawn once, by their
//! scripts: the server sends a shell (landmarks, empty containers, the
//! controls' fixed labels) and the role's first frame inlined as data
//! (`#first`), and the script draws every text that follows the plan or
//! the state from it. So the HTML outside `#first` holds none of the
//! current item's words, every node a script writes is empty in it, and
//! the browser shows the whole page before its socket opens, with nothing
//! moving when the socket's frames arrive.
//!
//! Screenshots land in `target/screenshots/drawn-once-*.png`.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use common::browser::{self as web, Browser, Client};
use common::door::{Door, first_frame, outside_data};
use common::{KEY, Server, request};
use serde_json::Value;

/// A title that tries to end the inlined frame early: `</script>` and an
/// HTML comment opening a script, which would swallow the page's end.
const HOSTILE: &str = "Roll call </script><!--<script> of the institutions";
const ITEM_TITLES: [&str; 3] = ["Opening words", HOSTILE, "Closing thoughts"];
const NOTES: &str = "Second item chair notes";
const LEAD: &str = "Lead Two";

fn plan(dir: &Path) -> PathBuf {
    let plan = format!(
        r#"[assembly]
title = "Drawn Once Assembly"
venue = "Hall"

[[institution]]
id = "one"
name = "First Institution"
promised = 10

[[item]]
title = "{}"
kind = "welcome"
minutes = 3
lead = "Lead One"
notes = "First item notes"

[[item]]
title = "{}"
kind = "roll_call"
minutes = 10
lead = "{LEAD}"
notes = "{NOTES}"

[[item]]
title = "{}"
kind = "close"
minutes = 2
"#,
        ITEM_TITLES[0], ITEM_TITLES[1], ITEM_TITLES[2]
    );
    let path = dir.join("plan.toml");
    std::fs::write(&path, plan).expect("writing the plan");
    path
}

/// The server at the second item, so every text differs from the start.
fn at_second_item(dir: &Path) -> Server {
    let server = Server::start(dir, Some(&plan(dir)));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server
}

fn chair_cookie(server: &Server) -> String {
    let link = server.get(&format!("/chair?key={KEY}"));
    assert_eq!(link.status, 303, "the key link redirects");
    link.headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.split(';').next())
        .find(|c| c.starts_with("assembly_chair="))
        .expect("the key link sets the chair cookie")
        .to_owned()
}

/// The ids of the nodes `script` writes text into or fills.
fn written_ids(script: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (open, close) in [
        ("Live.text(\"", "\""),
        ("say($(\"", "\")"),
        ("$(\"", "\").replaceChildren"),
        ("$(\"", "\").textContent ="),
    ] {
        for (i, _) in script.match_indices(open) {
            let rest = &script[i + open.len()..];
            let Some(end) = rest.find('"') else { continue };
            if rest[end..].starts_with(close) {
                ids.push(rest[..end].to_owned());
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Whether the element with `id` is empty in `html` (no text, no child).
fn empty(html: &str, id: &str) -> bool {
    let attr = format!(r#"id="{id}""#);
    let at = html
        .find(&attr)
        .unwrap_or_else(|| panic!("the shell has #{id}"));
    let after = &html[at..];
    let open_end = after.find('>').expect("the tag closes");
    after[open_end + 1..].starts_with("</")
}

fn asset(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(name),
    )
    .expect("the script's source")
}

#[test]
fn the_chair_and_stage_html_hold_no_text_their_scripts_write() {
    let dir = tempfile::tempdir().expect("a temporary data dir");
    let server = at_second_item(dir.path());
    let cookie = chair_cookie(&server);
    let chair = request(server.addr, "GET", "/chair", &[("Cookie", &cookie)], "");
    assert_eq!(chair.status, 200);
    let stage = server.get("/stage");
    assert_eq!(stage.status, 200);

    // What only the script draws: the item's words, the phase, the clock
    // (and on the stage, the whole "Next: ..." line).
    let item = [
        "Roll call",
        "Closing thoughts",
        NOTES,
        LEAD,
        "Starting soon",
        "–:––",
    ];
    for (path, html, script, must, words) in [
        (
            "/chair",
            &chair.body,
            "chair.js",
            &[
                "assembly-title",
                "phase",
                "current-title",
                "next-title",
                "notes",
                "pause",
            ][..],
            [&item[..], &["Item 2 of 3", "Drawn Once Assembly</h1>"]].concat(),
        ),
        (
            "/stage",
            &stage.body,
            "stage.js",
            &["current-title", "countdown", "next", "status"][..],
            [&item[..], &["Next:"]].concat(),
        ),
    ] {
        // The frames the socket would send first, as it would send them,
        // and the server's clock between them.
        let first = first_frame(html);
        let types: Vec<&str> = first
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["type"].as_str().unwrap())
            .collect();
        assert_eq!(types, ["hello", "clock", "state"], "{path}: {first}");
        assert_eq!(first[2]["state"]["current"], 1, "{path}: the state of now");
        assert!(
            first[1]["server_time"].as_u64().unwrap()
                >= first[2]["state"]["server_time"].as_u64().unwrap()
        );
        assert_eq!(first[0]["plan"]["items"][1]["title"], HOSTILE);
        assert!(
            !html.contains("</script><!--"),
            "{path}: the frame cannot end its <script> early"
        );

        // Outside the data, none of the words the script draws.
        let shell = outside_data(html);
        for words in words {
            assert!(
                !shell.contains(words),
                "{path} draws {words:?} on the server too:\n{shell}"
            );
        }
        // Every node the script writes is left empty by the server.
        let ids = written_ids(&asset(script));
        for id in must {
            assert!(
                ids.iter().any(|i| i == id),
                "{script} writes #{id}: {ids:?}"
            );
        }
        for id in &ids {
            if shell.contains(&format!(r#"id="{id}""#)) {
                assert!(
                    empty(&shell, id),
                    "{path}: #{id} is drawn by the server and {script}"
                );
            }
        }
    }
    // The chair's notes never reach the public stage, even as data.
    assert!(!stage.body.contains(NOTES));
}

async fn text(client: &Client, id: &str) -> String {
    web::text_of(client, &format!("#{id}"))
        .await
        .unwrap_or_else(|e| panic!("#{id}: {e}"))
}

/// The boxes of `ids`, rounded to whole pixels.
async fn boxes(client: &Client, ids: &[&str]) -> Value {
    client
        .execute(
            "return arguments[0].map((id) => { \
               const r = document.getElementById(id).getBoundingClientRect(); \
               return [id, Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]; });",
            vec![serde_json::json!(ids)],
        )
        .await
        .expect("the boxes")
}

async fn live(client: &Client) -> String {
    web::attr_of(client, "body", "data-live")
        .await
        .expect("body")
        .unwrap_or_default()
}

#[test]
fn the_chair_and_stage_are_drawn_before_their_socket_opens_and_do_not_move() {
    web::on_a_big_stack(drawn_before_the_socket());
}

async fn drawn_before_the_socket() {
    let dir = tempfile::tempdir().expect("a temporary data dir");
    let server = at_second_item(dir.path());
    let moved = Instant::now();
    let door = Door::new(server.addr);
    let browser = Browser::new();
    let chair = browser.client(1024, 768).await;
    let stage = browser.client(1280, 720).await;
    chair.goto(&door.url(&format!("/chair?key={KEY}"))).await;
    stage.goto(&door.url("/stage")).await;

    // The socket is held at the door: what shows came with the page.
    for client in [&chair, &stage] {
        assert_eq!(live(client).await, "no", "the socket has not opened");
    }
    assert_eq!(text(&chair, "current-title").await, HOSTILE);
    assert_eq!(text(&chair, "phase").await, "Item 2 of 3");
    assert_eq!(text(&chair, "next-title").await, "Closing thoughts");
    assert_eq!(text(&chair, "notes").await, NOTES);
    assert_eq!(text(&chair, "current-lead").await, LEAD);
    assert_eq!(text(&chair, "assembly-title").await, "Drawn Once Assembly");
    let order = chair
        .find_all("#order li")
        .await
        .expect("the running order");
    assert_eq!(order.len(), 3, "the running order is drawn");
    assert_eq!(text(&stage, "current-title").await, HOSTILE);
    assert_eq!(text(&stage, "next").await, "Next: Closing thoughts");
    // The countdown runs from the server's clock now, not from when the
    // frame was made (at Next, seconds before the page was asked for).
    for client in [&chair, &stage] {
        let countdown = text(client, "countdown").await;
        let elapsed = moved.elapsed().as_secs();
        let (m, s) = countdown.split_once(':').expect("m:ss");
        let shown: u64 = m.parse::<u64>().unwrap() * 60 + s.parse::<u64>().unwrap();
        assert!(
            // Shown plus elapsed is the 600 s set, less the page's own
            // lag in drawing (a loaded machine takes seconds to start a
            // browser, so `elapsed` alone says nothing).
            shown + elapsed <= 601 && shown + elapsed >= 595,
            "the countdown shows {countdown:?} {elapsed} s after Next of a 10-minute item"
        );
    }
    // Nothing from the plan ran as markup.
    for client in [&chair, &stage] {
        let scripts = client
            .execute(
                "return document.querySelectorAll('script:not([src]):not([type=\"application/json\"])').length;",
                vec![],
            )
            .await
            .expect("a count of scripts");
        assert_eq!(scripts, 0, "no script came from the plan");
    }

    // The digits tick by themselves: the boxes around them must not move.
    let chair_ids = [
        "assembly-title",
        "phase",
        "current-title",
        "next",
        "next-title",
        "notes",
        "order",
        "context",
    ];
    let stage_ids = ["current-title", "clock", "next"];
    web::settled(&chair).await;
    web::settled(&stage).await;
    let chair_before = boxes(&chair, &chair_ids).await;
    let stage_before = boxes(&stage, &stage_ids).await;
    let size_before = web::attr_of(&stage, "#countdown", "style").await.unwrap();
    web::screenshot(&chair, "drawn-once-chair-before-socket").await;
    web::screenshot(&stage, "drawn-once-stage-before-socket").await;

    door.open();
    for client in [&chair, &stage] {
        web::rendered(client, 0).await;
        web::settled(client).await;
    }
    web::screenshot(&chair, "drawn-once-chair-after-socket").await;
    web::screenshot(&stage, "drawn-once-stage-after-socket").await;
    assert_eq!(
        boxes(&chair, &chair_ids).await,
        chair_before,
        "the chair moved"
    );
    assert_eq!(
        boxes(&stage, &stage_ids).await,
        stage_before,
        "the stage moved"
    );
    assert_eq!(
        web::attr_of(&stage, "#countdown", "style").await.unwrap(),
        size_before,
        "the stage's digits changed size"
    );

    // Nor as the countdown gains a digit (9:59 to 10:00, here by a minute
    // more): Next stays under the chair's finger.
    let seq = server.must(r#"{"cmd":"extend","seconds":60}"#);
    web::rendered(&chair, seq).await;
    web::settled(&chair).await;
    let countdown = text(&chair, "countdown").await;
    assert!(countdown.starts_with("10:"), "{countdown:?}");
    assert_eq!(
        boxes(&chair, &chair_ids).await,
        chair_before,
        "the chair moved when the countdown read {countdown}"
    );
}
