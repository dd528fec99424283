//! On stage (issue 22), in a real browser on the stress plan: a speaker
//! message goes with its item unless pinned, the chair's essentials stay in
//! view however far it scrolls (1024x768, 768x1024, 1280x720), Next on the
//! last item ends the assembly, a roll-call count far above the promise is
//! checked before the projector shows it and Undo puts the box back, the
//! end recap holds turnout and pledge results at projector sizes, a blank
//! promise reads "not promised" everywhere, the first item's notes show
//! before the start, and `/favicon.ico` is served.
//!
//! Screenshots land in `target/screenshots/on-stage-*.png`.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{drawn_now, stress};
use common::{KEY, Server, fit};
use serde_json::{Value, json};

/// The chair's page at `w`x`h`, drawn at the server's latest state.
async fn chair(browser: &Browser, server: &Server, w: u32, h: u32) -> Client {
    let chair = browser.client(w, h).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    drawn_now(&chair, server).await;
    chair
}

/// Wait until `script` returns `want` in the page.
async fn wait_for_value(client: &Client, what: &str, script: &str, want: Value) {
    web::wait_until(client, what, WAIT, || async {
        let got = client.execute(script, vec![]).await.unwrap();
        ((got == want).then_some(()), got.to_string())
    })
    .await;
}

/// Answer the page's next `confirm()` with yes, as a chair pressing OK.
async fn accept_confirm(client: &Client) {
    client
        .execute("window.confirm = () => true;", vec![])
        .await
        .unwrap();
}

#[test]
fn a_speaker_message_goes_with_its_item_unless_pinned() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&stress()));
        server.must(r#"{"cmd":"start"}"#);
        let browser = Browser::new();
        let chair = chair(&browser, &server, 1024, 768).await;
        let stage = browser.client(1280, 720).await;
        stage.goto(&server.url("/stage")).await;
        drawn_now(&stage, &server).await;

        // "Time" from the presets, then Next: the next speaker never sees it.
        web::click(&chair, r#"button.preset[data-text="Time"]"#, WAIT).await;
        web::wait_for_text(&stage, "#stage-message", "Time", WAIT).await;
        web::wait_for_text(&chair, "#stage-shown", "“Time”", WAIT).await;
        web::click(&chair, "#next", WAIT).await;
        drawn_now(&stage, &server).await;
        web::wait_for_text(&chair, "#stage-shown", "nothing", WAIT).await;
        let shown = stage
            .execute(
                "const m = document.getElementById('stage-message'); return m.hidden ? '' : m.textContent;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(shown, "", "the stage still shows the last item's message");

        // Pinned, it stays through Next, and the chair sees it is pinned.
        web::click(&chair, "#stage-pin", WAIT).await;
        let input = chair.find("#stage-text").await.unwrap();
        input.send_keys("Microphones off, please\n").await.unwrap();
        web::wait_for_text(&stage, "#stage-message", "Microphones off, please", WAIT).await;
        common::hall::past_the_tap_guard(&chair).await;
        web::click(&chair, "#next", WAIT).await;
        web::wait_until(&chair, "the move to item 3", WAIT, || async {
            let now = server.get("/api/state").json()["current"].as_u64();
            (now.filter(|&n| n == 2).map(drop), format!("{now:?}"))
        })
        .await;
        drawn_now(&stage, &server).await;
        web::wait_for_text(&stage, "#stage-message", "Microphones off, please", WAIT).await;
        assert_eq!(
            web::attr_of(&chair, "#stage-pinned", "hidden")
                .await
                .unwrap(),
            None,
            "the chair is not told the message is pinned"
        );
        // And the chair clears it from the card that stays in view.
        web::click(&chair, r#".shown button.clear[data-to="stage"]"#, WAIT).await;
        web::wait_for_text(&chair, "#stage-shown", "nothing", WAIT).await;
        web::screenshot(&chair, "on-stage-chair-pinned").await;
    });
}

#[test]
fn the_chairs_essentials_stay_in_view_and_next_ends_on_the_last_item() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&stress()));
        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"message","to":"stage","text":"Time"}"#);
        server.must(r#"{"cmd":"message","to":"screen","text":"Please take your seats"}"#);
        let browser = Browser::new();
        let chair = chair(&browser, &server, 1024, 768).await;
        // The chair types a long message, then scrolls to the bottom.
        let input = chair.find("#stage-text").await.unwrap();
        input.send_keys(&fit::longest_message()).await.unwrap();
        let essentials = [
            ("#countdown", 0.0, 1),
            ("#current-title", 0.0, 1),
            ("#drift", 0.0, 1),
            ("#pause", 0.0, 1),
            ("#next", 0.0, 1),
            ("#back", 0.0, 1),
            ("#stage-shown", 0.0, 1),
            ("#screen-shown", 0.0, 1),
            (".shown button.clear", 0.0, 2),
        ];
        for (w, h) in [(1024, 768), (768, 1024), (1280, 720)] {
            chair.resize(w, h).await;
            let height = chair
                .execute(
                    "window.scrollTo(0, document.documentElement.scrollHeight); \
                     return document.documentElement.scrollHeight;",
                    vec![],
                )
                .await
                .unwrap();
            web::settled(&chair).await;
            assert!(
                height.as_f64().unwrap() > f64::from(h) * 1.5,
                "{w}x{h}: the page ({height} px) is not long enough to test scrolling"
            );
            fit::assert_fits(
                &chair,
                &format!("on-stage-chair-scrolled-{w}x{h}"),
                &essentials,
            )
            .await;
        }

        // On the last item, Next ends the assembly, after the End question.
        chair.resize(1024, 768).await;
        let last = server.get("/api/plan").json()["items"]
            .as_array()
            .unwrap()
            .len()
            - 1;
        server.must(&format!(r#"{{"cmd":"goto","item":{last}}}"#));
        drawn_now(&chair, &server).await;
        web::wait_for_text(&chair, "#next", "End the assembly", WAIT).await;
        assert_eq!(
            web::attr_of(&chair, "#next", "disabled").await.unwrap(),
            None
        );
        common::hall::past_the_tap_guard(&chair).await;
        accept_confirm(&chair).await;
        web::click(&chair, "#next", WAIT).await;
        web::wait_until(&chair, "the assembly to end", WAIT, || async {
            let phase = server.get("/api/state").json()["phase"].clone();
            ((phase == "ended").then_some(()), phase.to_string())
        })
        .await;
    });
}

#[test]
fn a_count_far_above_the_promise_is_checked_before_the_projector_shows_it() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&stress()));
        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"goto","item":1}"#);

        // Through the API: refused with a code asking for confirmation,
        // accepted with it. `shalom` promised 80.
        let refused = server.command(r#"{"cmd":"turnout","institution":"shalom","count":850}"#);
        assert_eq!(refused.status, 400, "{}", refused.body);
        let body = refused.json();
        assert_eq!(body["refusal"], "turnout_unlikely", "{body}");
        assert_eq!(body["args"]["promised"], 80);
        assert!(
            server.get("/api/state").json()["turnout"]["announced"]["shalom"].is_null(),
            "a refused count reached the projector"
        );
        server.must(r#"{"cmd":"turnout","institution":"shalom","count":850,"confirm":true}"#);
        server.must(r#"{"cmd":"undo"}"#);

        // In the browser: 85, then 850 by a slip of the finger.
        let browser = Browser::new();
        let chair = chair(&browser, &server, 1024, 768).await;
        let announced = |server: &Server| -> Value {
            server.get("/api/state").json()["turnout"]["announced"]["shalom"].clone()
        };
        let input = chair.find("#count-shalom").await.unwrap();
        input.send_keys("85\n").await.unwrap();
        web::wait_until(&chair, "85 announced", WAIT, || async {
            let v = announced(&server);
            ((v == json!(85)).then_some(()), v.to_string())
        })
        .await;
        drawn_now(&chair, &server).await;
        chair
            .execute(
                "document.getElementById('count-shalom').value = '';",
                vec![],
            )
            .await
            .unwrap();
        input.send_keys("850\n").await.unwrap();
        wait_for_value(
            &chair,
            "the check to open",
            "return document.getElementById('count-check').open;",
            json!(true),
        )
        .await;
        let text = web::text_of(&chair, "#count-check-text").await.unwrap();
        assert!(text.contains("850") && text.contains("80"), "{text}");
        web::screenshot(&chair, "on-stage-chair-count-check").await;
        // "Fix it": nothing shown, back in the box.
        web::click(&chair, "#count-fix", WAIT).await;
        let focused = chair
            .execute("return document.activeElement.id;", vec![])
            .await
            .unwrap();
        assert_eq!(focused, "count-shalom");
        assert_eq!(announced(&server), json!(85));
        // "Show it": shown.
        input.send_keys("\n").await.unwrap();
        web::click(&chair, "#count-show", WAIT).await;
        web::wait_until(&chair, "850 announced", WAIT, || async {
            let v = announced(&server);
            ((v == json!(850)).then_some(()), v.to_string())
        })
        .await;
        // Undo: the number and the box go back to 85.
        common::hall::past_the_tap_guard(&chair).await;
        web::click(&chair, "#undo", WAIT).await;
        wait_for_value(
            &chair,
            "the box to go back to 85",
            "return document.getElementById('count-shalom').value;",
            json!("85"),
        )
        .await;
        assert_eq!(announced(&server), json!(85));
    });
}

#[test]
fn the_end_recap_holds_turnout_and_pledge_results_on_a_projector() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&stress()));
        server.must(r#"{"cmd":"start"}"#);
        let plan = server.get("/api/plan").json();
        let institutions = plan["institutions"].as_array().unwrap();
        assert!(
            institutions.len() >= 15,
            "the stress plan has 15+ institutions"
        );
        for (n, inst) in institutions.iter().enumerate() {
            // Within three times the promise: no confirmation needed.
            let id = inst["id"].as_str().unwrap();
            let count = inst["promised"].as_u64().unwrap() + n as u64;
            server.must(&format!(
                r#"{{"cmd":"turnout","institution":"{id}","count":{count}}}"#
            ));
        }
        server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
        server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
        let ended = server.must(r#"{"cmd":"end"}"#);
        let browser = Browser::new();
        let screen = browser.client(1920, 1080).await;
        screen.goto(&server.url("/screen")).await;
        for (w, h) in fit::PROJECTORS {
            screen.resize(w, h).await;
            web::rendered(&screen, ended).await;
            web::wait_for_attr(
                &screen,
                "body",
                "data-fit",
                Some(&format!("{w}x{h}:{ended}")),
                WAIT,
            )
            .await;
            web::wait_for_text_containing(&screen, "#recap-total", "promised", WAIT).await;
            fit::assert_fits(
                &screen,
                &format!("on-stage-screen-recap-{w}x{h}"),
                &[
                    ("#recap-total", 0.0, 1),
                    ("#recap [data-announced]", 0.0, institutions.len()),
                    ("#recap [data-pledge-result]", 0.0, 1),
                    ("#recap [data-response]", 0.0, 8),
                ],
            )
            .await;
            let paged = screen
                .execute(
                    "return !document.getElementById('page-note').hidden;",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(
                paged, false,
                "{w}x{h}: the recap pages instead of showing it all"
            );
        }
        let total = web::text_of(&screen, "#recap-total").await.unwrap();
        let promised: u64 = institutions
            .iter()
            .map(|i| i["promised"].as_u64().unwrap())
            .sum();
        let announced = promised as usize + (0..institutions.len()).sum::<usize>();
        let digits = |n: u64| {
            let s = n.to_string();
            let mut out = String::new();
            for (i, c) in s.chars().enumerate() {
                if i > 0 && (s.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            out
        };
        assert!(
            total.contains(&digits(announced as u64)) && total.contains(&digits(promised)),
            "{total}"
        );
        let pledge = web::text_of(&screen, "#recap [data-pledge-result]")
            .await
            .unwrap();
        assert!(web::has_word(&pledge.to_lowercase(), "yes"), "{pledge}");
    });
}

/// A plan whose second institution left its promise blank, and whose
/// first item has the chair's notes.
const BLANK_PROMISE: &str = r#"
[assembly]
title = "Blank promise"
venue = "Hall"

[[institution]]
id = "church"
name = "St Mary’s"
promised = 80

[[institution]]
id = "mosque"
name = "مسجد النور"
promised = 0

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 5
notes = "Thank the caretakers by name"

[[item]]
title = "Roll call"
kind = "roll_call"
minutes = 5
"#;

#[test]
fn a_blank_promise_reads_not_promised_and_notes_show_before_the_start() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let plan = data.path().join("blank.toml");
        std::fs::write(&plan, BLANK_PROMISE).unwrap();
        let server = Server::start(&data.path().join("data"), Some(&plan));
        let favicon = server.get("/favicon.ico");
        assert_eq!(favicon.status, 200);
        assert_eq!(favicon.header("content-type"), Some("image/svg+xml"));

        let browser = Browser::new();
        let chair = chair(&browser, &server, 1024, 768).await;
        web::wait_for_text(&chair, "#notes", "Thank the caretakers by name", WAIT).await;

        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"goto","item":1}"#);
        server.must(r#"{"cmd":"turnout","institution":"mosque","count":9}"#);
        drawn_now(&chair, &server).await;
        let row = web::text_of(&chair, "#context tbody tr:nth-child(2)")
            .await
            .unwrap();
        assert!(row.contains("not promised"), "{row}");

        let screen = browser.client(1280, 720).await;
        screen.goto(&server.url("/screen")).await;
        drawn_now(&screen, &server).await;
        let count = web::text_of(&screen, r#"[data-announced="mosque"]"#)
            .await
            .unwrap();
        assert!(
            count.contains("not promised") && !count.contains("/ 0"),
            "{count}"
        );

        let (_, device) = server.check_in(None, "mosque");
        let cookie = format!("assembly_device={device}");
        let join = common::request(server.addr, "GET", "/join", &[("Cookie", &cookie)], "");
        assert!(
            join.body.contains("no number promised") && !join.body.contains("of 0 promised"),
            "the phone's page: {}",
            join.body
        );
    });
}

/// A hall where no institution promised a number: the phone's total, the
/// projector's total and the overlay never read "of 0 promised".
#[test]
fn a_hall_with_nothing_promised_never_reads_of_0_promised() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let plan = data.path().join("none.toml");
        let none = BLANK_PROMISE.replace("promised = 80", "promised = 0");
        std::fs::write(&plan, none).unwrap();
        let server = Server::start(&data.path().join("data"), Some(&plan));
        server.must(r#"{"cmd":"start"}"#);
        server.must(r#"{"cmd":"goto","item":1}"#);
        server.must(r#"{"cmd":"turnout","institution":"church","count":12}"#);

        let (_, device) = server.check_in(None, "mosque");
        let cookie = format!("assembly_device={device}");
        let join = common::request(server.addr, "GET", "/join", &[("Cookie", &cookie)], "");
        assert!(
            join.body
                .contains("</strong> people announced from the floor</p>")
                && !join.body.contains("of 0 promised"),
            "the phone's page without JavaScript: {}",
            join.body
        );

        let browser = Browser::new();
        for (path, css) in [
            ("/join", "#announced"),
            ("/screen", "#rollcall-total"),
            ("/overlay", "#ov-turnout-text"),
        ] {
            let page = browser.client(1280, 720).await;
            page.goto(&server.url(path)).await;
            if path == "/join" {
                let radio = r#"input[name="institution"][value="church"]"#;
                web::click(&page, radio, WAIT).await;
                web::click(&page, "#check-in-submit", WAIT).await;
                web::wait_for_element(&page, "#checked-in", WAIT).await;
            }
            web::wait_for_text_containing(&page, css, "12", WAIT).await;
            let text = web::text_of(&page, css).await.unwrap();
            assert!(!text.contains("0 promised"), "{path}: {text}");
            page.close().await;
        }
    });
}
