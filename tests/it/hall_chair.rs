//! The chair's tablet on the night, in a real browser, on the stress plan
//! (a 480-character ask to four power-holders with long names): one
//! gesture moves once, commands survive a dropped connection or are
//! reported, the answers fit a landscape tablet, Next and Back fit every
//! size, answers carry notes and say what they replace, Undo says what it
//! undid, preset messages go at once, and the page does not jump.
//!
//! One browser, one session, resized between sizes. Screenshots land in
//! `target/screenshots/hall-chair-*.png`.

use crate::common;

use std::time::{Duration, Instant};

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{current, double_tap, drawn_now, state, stress};
use common::{KEY, Server, fit};
use serde_json::{Value, json};

/// The response item on the 480-character ask to four holders.
const RESPONSE_ITEM: u64 = 4;
const ASK: &str = "inspections";

/// After a double tap (which returns once its second tap is answered or
/// ignored): the running order stands at `expected` on the server and on
/// the page; then past the page's double-tap guard, for the next tap.
async fn stands_at(client: &Client, server: &Server, expected: u64, what: &str) {
    let at = current(server);
    assert_eq!(
        at, expected,
        "{what}: the item moved to {at}, not {expected}"
    );
    drawn_now(client, server).await;
    common::hall::past_the_tap_guard(client).await;
}

/// The whole evening in one session; its future is large, so it runs on a
/// thread with room for it.
#[test]
fn the_chair_cannot_mis_tap() {
    web::on_a_big_stack(evening());
}

async fn evening() {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let mut server = Server::start(data.path(), Some(&stress()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(&format!(r#"{{"cmd":"goto","item":{RESPONSE_ITEM}}}"#));
    let plan = server.get("/api/plan").json();
    let title = |i: u64| {
        plan["items"][i as usize]["title"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    let browser = Browser::new();
    let chair = browser.client(1024, 768).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    drawn_now(&chair, &server).await;
    web::wait_for_text(&chair, "#current-title", &title(RESPONSE_ITEM), WAIT).await;
    // Layout shift from the load on, buffered, until the end of the test.
    watch_shift(&chair, "chairShift").await;

    // 3. Landscape tablet: every answer button of the ask, Next and Back
    // on screen without scrolling.
    fit::assert_fits(
        &chair,
        "hall-chair-1024x768-answers",
        &[
            ("button[data-ask]", 0.0, 16),
            ("#next", 0.0, 1),
            ("#back", 0.0, 1),
        ],
    )
    .await;
    // The accessible names of −1/+1 min include what they show.
    for (css, shown) in [("#minus", "−1 min"), ("#plus", "+1 min")] {
        let label = web::attr_of(&chair, css, "aria-label").await.unwrap();
        if let Some(label) = label {
            assert!(
                label.contains(shown),
                "{css}: the name {label:?} lacks {shown:?}"
            );
        }
    }
    // 7. The chair's finish is the whole assembly's, in its time zone.
    web::wait_for_text_containing(&chair, "#drift", "the assembly ends about", WAIT).await;
    let zones = chair
        .execute(
            "const t = Date.UTC(2026, 4, 14, 20, 0); \
             return [Live.timeOfDay(t, 'Asia/Tokyo'), Live.timeOfDay(t, 'America/New_York'), \
                     Live.timeOfDay(t, 'Not/AZone'), Live.timeOfDay(t)];",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(
        zones[0], zones[1],
        "a zone changes the time of day: {zones}"
    );
    assert_eq!(
        zones[2], zones[3],
        "an unknown zone falls back to this device's: {zones}"
    );

    // 4. An answer with a note; a different answer says what it replaced;
    // Undo says what it undid.
    let holders = plan["asks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == ASK)
        .unwrap()["to"]
        .clone();
    let holder = holders[0].as_str().unwrap().to_owned();
    let name = plan["power_holders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == holder.as_str())
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_owned();
    let button = |answer: &str| {
        format!(r#"button[data-ask="{ASK}"][data-holder="{holder}"][data-answer="{answer}"]"#)
    };
    chair
        .execute(
            "document.getElementById(arguments[0]).value = 'by the end of the year';",
            vec![json!(format!("note-{ASK}-{holder}"))],
        )
        .await
        .unwrap();
    web::click(&chair, &button("yes"), WAIT).await;
    web::wait_for_attr(&chair, &button("yes"), "aria-pressed", Some("true"), WAIT).await;
    let response = |s: &Value| {
        s["responses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ask"] == ASK && r["holder"] == holder.as_str())
            .cloned()
    };
    let shown = web::text_of(&chair, &format!(r#"[data-current="{ASK}/{holder}"]"#))
        .await
        .unwrap();
    assert!(
        shown.contains("by the end of the year"),
        "the note travelled with the answer: {shown:?}"
    );
    web::click(&chair, &button("no"), WAIT).await;
    web::wait_for_attr(&chair, &button("no"), "aria-pressed", Some("true"), WAIT).await;
    let said = web::wait_for_text_containing(&chair, "#notice", "Replaced", WAIT).await;
    assert!(
        said.contains("Replaced YES with NO") && said.contains(&name),
        "the chair is told the answer replaced the earlier one: {said:?}"
    );
    assert_eq!(response(&state(&server)).unwrap()["answer"], "no");
    web::click(&chair, "#undo", WAIT).await;
    let said = web::wait_for_text_containing(&chair, "#notice", "Undid", WAIT).await;
    assert!(
        said.contains("Undid: NO from") && said.contains(&name) && said.contains("back to YES"),
        "Undo says which answer it took back: {said:?}"
    );
    assert_eq!(response(&state(&server)).unwrap()["answer"], "yes");

    // 1. Double taps 30, 80 and 150 ms apart move once, on Next and Back.
    common::hall::past_the_tap_guard(&chair).await;
    let at = current(&server);
    for gap in [30, 80, 150] {
        double_tap(&chair, "#next", gap).await;
        stands_at(
            &chair,
            &server,
            at + 1,
            &format!("a double tap {gap} ms apart on Next"),
        )
        .await;
        double_tap(&chair, "#back", gap).await;
        stands_at(
            &chair,
            &server,
            at,
            &format!("a double tap {gap} ms apart on Back"),
        )
        .await;
    }
    // A deliberate second tap, once the new title could be read, moves.
    web::click(&chair, "#next", WAIT).await;
    web::wait_for_text(&chair, "#current-title", &title(at + 1), WAIT).await;
    common::hall::past_the_tap_guard(&chair).await;
    web::click(&chair, "#next", WAIT).await;
    web::wait_for_text(&chair, "#current-title", &title(at + 2), WAIT).await;
    assert_eq!(current(&server), at + 2, "two deliberate taps move twice");
    // Undo says which move it undid.
    web::click(&chair, "#undo", WAIT).await;
    let said = web::wait_for_text_containing(&chair, "#notice", "Undid", WAIT).await;
    let expected = format!("Undid: Next (back to “{}”)", title(at + 1));
    assert_eq!(said, expected, "Undo names the move it undid");
    assert_eq!(current(&server), at + 1);

    // 5. One tap on a preset shows it to the speaker at once.
    web::click(&chair, r#"button.preset[data-text="Wrap up"]"#, WAIT).await;
    web::wait_for_text(&chair, "#stage-shown", "“Wrap up”", WAIT).await;

    // 6. "Record" opens the report, the full record with the chair's cookie.
    let href = web::attr_of(&chair, "#record", "href").await.unwrap();
    assert_eq!(href.as_deref(), Some("/report"), "Record opens /report");

    // 2. The connection drops: the notice says so without moving Next,
    // a Next tapped meanwhile is sent once on reconnection, and the notice
    // clears as soon as the connection is back.
    common::hall::past_the_tap_guard(&chair).await;
    let at = current(&server);
    let before = next_box(&chair).await;
    let addr = server.addr;
    server.kill();
    web::wait_for_attr(&chair, "body", "data-live", Some("no"), WAIT).await;
    web::wait_for_text_containing(&chair, "#notice", "Not connected", WAIT).await;
    assert_eq!(
        next_box(&chair).await,
        before,
        "the notice does not move Next"
    );
    web::click(&chair, "#next", WAIT).await;
    web::wait_for_text_containing(&chair, "#notice", "Next will be sent", WAIT).await;
    assert_eq!(
        next_box(&chair).await,
        before,
        "the notice does not move Next"
    );
    server = Server::start_at(data.path(), Some(&stress()), &addr.to_string());
    web::wait_for_attr(&chair, "body", "data-live", Some("yes"), WAIT).await;
    let back = Instant::now();
    let cleared = web::wait_for_text_where(
        &chair,
        "#notice",
        "clear within 2 s of reconnecting",
        Duration::from_secs(2),
        |t| !t.contains("Not connected"),
    )
    .await;
    assert!(back.elapsed() < Duration::from_secs(2));
    assert!(
        cleared.is_empty() || cleared.contains("was not sent"),
        "the Next tapped while down went, or is reported: {cleared:?}"
    );
    // Sent again on reconnection and answered, or dropped and reported.
    common::hall::quiet(&chair).await;
    let now = current(&server);
    if cleared.is_empty() {
        assert_eq!(
            now,
            at + 1,
            "the Next tapped while down applied exactly once"
        );
    } else {
        assert_eq!(now, at, "a Next reported as not sent did not apply");
    }
    web::wait_for_text(&chair, "#current-title", &title(now), WAIT).await;

    // 8. The page did not jump: load, first state, answers, the notice.
    let shift = chair
        .execute("return window.chairShift;", vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        shift < 0.1,
        "the chair page shifted by {shift:.3} (CLS), over 0.1"
    );

    // 3. Next and Back are on screen at every size a chair uses.
    server.must(&format!(r#"{{"cmd":"goto","item":{RESPONSE_ITEM}}}"#));
    for (w, h) in [(768, 1024), (360, 740), (1920, 1080)] {
        chair.resize(w, h).await;
        chair.goto(&server.url("/chair")).await;
        drawn_now(&chair, &server).await;
        let shift = load_shift(&chair).await;
        assert!(
            shift < 0.1,
            "the chair page at {w}x{h} shifted by {shift:.3} as it loaded"
        );
        fit::assert_fits(
            &chair,
            &format!("hall-chair-{w}x{h}"),
            &[("#next", 0.0, 1), ("#back", 0.0, 1)],
        )
        .await;
    }

    // The report behind the Record link is the chair's full record.
    chair.goto(&server.url("/report")).await;
    web::wait_for_text_containing(&chair, "body", "the full record", WAIT).await;

    // A double tap on Start starts, and does not also move on: Back, not
    // Next, takes Start's place, and it is disabled on the first item.
    let fresh = tempfile::tempdir().expect("a temporary data dir");
    let server = Server::start(fresh.path(), Some(&stress()));
    chair.resize(1024, 768).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    web::rendered(&chair, 0).await;
    double_tap(&chair, "#start", 80).await;
    stands_at(&chair, &server, 0, "a double tap on Start").await;
}

/// Where `#next` is on the page.
async fn next_box(client: &Client) -> Value {
    client
        .execute(
            "const r = document.getElementById('next').getBoundingClientRect(); \
             return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];",
            vec![],
        )
        .await
        .unwrap()
}

/// Sum the page's layout shift not caused by input into `window[name]`,
/// from the load on (buffered) until the page goes.
async fn watch_shift(client: &Client, name: &str) {
    client
        .execute(
            "const name = arguments[0]; window[name] = 0; new PerformanceObserver((list) => { \
               for (const e of list.getEntries()) if (!e.hadRecentInput) window[name] += e.value; \
             }).observe({ type: 'layout-shift', buffered: true });",
            vec![json!(name)],
        )
        .await
        .unwrap();
}

/// The layout shift since the page loaded (CLS, no input since).
async fn load_shift(client: &Client) -> f64 {
    // Once the page has stopped moving, so a late shift is counted.
    web::settled(client).await;
    watch_shift(client, "loadShift").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    client
        .execute("return window.loadShift;", vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}
