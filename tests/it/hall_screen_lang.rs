//! The projector and the speaker's timer in two languages at once: the
//! translated plan (`tests/fixtures/languages.toml`) with
//! `screen_languages = ["en", "cy"]` and `["en", "ar"]`. Every word shows
//! in both languages, the second in its own `lang` and `dir` (Arabic lines
//! right to left inside a left-to-right page), and the fit rules of the
//! hall hold for both: every holder's answer in both languages on screen
//! and legible from the back, the roll call, the recap, and a countdown
//! that never leaves the lectern's screen.
//!
//! Screenshots land in `target/screenshots/screen-lang-*.png` and
//! `stage-lang-*.png`.

use crate::common;

use std::path::{Path, PathBuf};

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{self, fits_at};
use common::{Server, fit};
use serde_json::{Value, json};

/// The translated stress plan, shown on the projector in `pair`, with the
/// first line starting with `drop` left out (`name_cy`: the first
/// institution's Welsh name), so a text without a translation is there to
/// be shown once.
fn plan_in(dir: &Path, pair: &[&str], drop: &str) -> PathBuf {
    let source = std::fs::read_to_string(hall::languages()).expect("the translated plan");
    let languages = source
        .lines()
        .find(|l| l.trim_start().starts_with("languages"))
        .expect("the plan declares its languages")
        .to_owned();
    let screen = format!(
        "screen_languages = [{}]",
        pair.iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut dropped = drop.is_empty();
    let mut plan = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("screen_languages"))
        .filter(|l| {
            let keep = dropped || !l.trim_start().starts_with(drop);
            dropped |= !keep;
            keep
        })
        .collect::<Vec<_>>()
        .join("\n");
    plan = plan.replacen(&languages, &format!("{languages}\n{screen}"), 1);
    let path = dir.join(format!("plan-{}.toml", pair.join("-")));
    std::fs::write(&path, plan).expect("writing the plan");
    path
}

/// Every `.l2` shown says something other than the `.l1` beside it (a
/// text the plan does not translate shows once), and carries the second
/// language's `lang` and `dir`.
async fn second_language_is_marked(client: &Client, code: &str, dir: &str) {
    let found = client
        .execute(
            "const [code, dir] = arguments; const bad = []; \
             for (const n of document.querySelectorAll('.l2')) { \
               const first = n.parentElement.querySelector(':scope > .l1'); \
               if (n.lang !== code || n.dir !== dir) bad.push(`lang=${n.lang} dir=${n.dir}: ${n.textContent}`); \
               if (!n.hidden && first && first.textContent === n.textContent) bad.push(`repeated: ${n.textContent}`); \
             } \
             return bad;",
            vec![json!(code), json!(dir)],
        )
        .await
        .expect("reading the second language's texts");
    assert_eq!(found, json!([]), "second-language blocks");
}

async fn texts(client: &Client, css: &str) -> Vec<String> {
    let found = client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map((n) => n.textContent.trim());",
            vec![json!(css)],
        )
        .await
        .expect("reading texts");
    serde_json::from_value(found).unwrap_or_default()
}

/// The plan's translation of `key` into `lang`, as the server holds it.
fn translation(plan: &Value, lang: &str, key: &str) -> String {
    plan["translations"][lang][key]
        .as_str()
        .unwrap_or_else(|| panic!("the plan translates {key} into {lang}"))
        .to_owned()
}

/// The answers, in the order the four holders are answered, in `lang`.
fn answers(lang: &str) -> [&'static str; 4] {
    match lang {
        "cy" => ["IE", "NA", "AMWYS", "ABSENNOL"],
        "ar" => ["نعم", "لا", "مراوغة", "غائب"],
        _ => ["YES", "NO", "WAFFLE", "ABSENT"],
    }
}

async fn the_projector_speaks(pair: [&str; 2], dir: &str) {
    let tmp = tempfile::tempdir().expect("a temporary dir");
    let plan_path = plan_in(tmp.path(), &pair, &format!("name_{}", pair[1]));
    let server = Server::start(&tmp.path().join("data"), Some(&plan_path));
    let plan = server.get("/api/plan").json();
    let name = pair.join("-");
    let browser = Browser::new();
    let screen = browser.client(1920, 1080).await;
    screen.goto(&server.url("/screen")).await;
    web::live(&screen).await;
    let page = web::attr_of(&screen, "html", "lang").await.unwrap();
    assert_eq!(
        page.as_deref(),
        Some(pair[0]),
        "the page is in the first language"
    );
    let page_dir = web::attr_of(&screen, "html", "dir").await.unwrap();
    assert_eq!(page_dir.as_deref(), Some("ltr"));

    // The welcome: the QR code large, how to check in in both languages.
    let seq = server.must(r#"{"cmd":"start"}"#);
    for size in fit::PROJECTORS {
        fits_at(
            &screen,
            size,
            seq,
            &format!("screen-lang-{name}-welcome"),
            &[
                ("#qr svg", 0.0, 1),
                ("#join-hint .l1", 0.0, 1),
                ("#join-hint .l2", 0.0, 1),
                ("#turnout-label .l2", 0.0, 1),
                ("#current-title .l2", 0.0, 1),
            ],
        )
        .await;
    }

    // The roll call: names in both languages where the plan has both.
    let seq = hall::roll_call_announced(&server);
    for size in fit::PROJECTORS {
        fits_at(
            &screen,
            size,
            seq,
            &format!("screen-lang-{name}-rollcall"),
            &[
                ("#rollcall li:not([hidden]) .inst-name .l1", 0.0, 1),
                (
                    "#rollcall li:not([hidden]) .inst-name .l2:not([hidden])",
                    0.0,
                    1,
                ),
                ("#rollcall li:not([hidden]) [data-announced]", 0.035, 1),
                ("#rollcall-total .l1", 0.035, 1),
                ("#rollcall-total .l2", 0.035, 1),
                ("#current-title .l1", 0.0, 1),
                ("#current-title .l2", 0.0, 1),
            ],
        )
        .await;
        second_language_is_marked(&screen, pair[1], dir).await;
    }
    let nour = translation(&plan, pair[1], "institution.nour.name");
    let shown = texts(&screen, r#"[data-institution="nour"] .inst-name .l2"#).await;
    assert_eq!(shown, [nour], "the institution's name in {}", pair[1]);
    let untranslated = r#"[data-institution="st-johns"] .inst-name .l2:not([hidden])"#;
    assert_eq!(
        texts(&screen, untranslated).await,
        Vec::<String>::new(),
        "a name the plan does not translate shows once"
    );

    // Four holders answered, the 480-character ask, the longest message:
    // everything in both languages, the answers legible in both.
    hall::four_holders_answered(&server);
    let seq = hall::message(&server, "screen", &fit::longest_message());
    for size in fit::PROJECTORS {
        fits_at(
            &screen,
            size,
            seq,
            &format!("screen-lang-{name}"),
            &[
                ("[data-response] .l1", 0.035, 4),
                ("[data-response] .l2", 0.035, 4),
                (".holdercard .name", 0.0, 4),
                (".holdercard .role .l1", 0.0, 4),
                (".holdercard .role .l2", 0.0, 4),
                (".asktext .l1", 0.0, 1),
                (".asktext .l2", 0.0, 1),
                ("#current-kind .l2", 0.0, 1),
                ("#current-title .l1", 0.0, 1),
                ("#current-title .l2", 0.0, 1),
                ("#screen-message", 0.0, 1),
            ],
        )
        .await;
        second_language_is_marked(&screen, pair[1], dir).await;
    }
    assert_eq!(
        texts(&screen, "[data-response] .l1").await,
        answers(pair[0]),
        "the answers in {}",
        pair[0]
    );
    assert_eq!(
        texts(&screen, "[data-response] .l2").await,
        answers(pair[1]),
        "the answers in {}",
        pair[1]
    );
    let ask = translation(&plan, pair[1], "ask.inspections.text");
    assert_eq!(texts(&screen, ".asktext .l2").await, [ask]);

    // The end: the recap, every answer in both languages.
    hall::message(&server, "screen", "");
    server.must(r#"{"cmd":"respond","ask":"short","holder":"police","answer":"yes"}"#);
    let seq = server.must(r#"{"cmd":"end"}"#);
    for size in fit::PROJECTORS {
        fits_at(
            &screen,
            size,
            seq,
            &format!("screen-lang-{name}-ended"),
            &[
                ("#recap > li:not([hidden]) [data-response] .l1", 0.035, 4),
                ("#recap > li:not([hidden]) [data-response] .l2", 0.035, 4),
                ("#recap > li:not([hidden]) .ask-title .l2", 0.0, 1),
                ("#current-title .l2", 0.0, 1),
                ("#current-lead .l2", 0.0, 1),
            ],
        )
        .await;
        second_language_is_marked(&screen, pair[1], dir).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projector_in_english_and_welsh() {
    the_projector_speaks(["en", "cy"], "ltr").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projector_in_english_and_arabic() {
    the_projector_speaks(["en", "ar"], "rtl").await;
}

/// The stage with a bilingual title and the longest message: the
/// countdown whole and large at a lectern monitor and a portrait tablet.
async fn the_stage_speaks(pair: [&str; 2], digits: &str) {
    let tmp = tempfile::tempdir().expect("a temporary dir");
    let plan_path = plan_in(tmp.path(), &pair, "");
    let server = Server::start(&tmp.path().join("data"), Some(&plan_path));
    let plan = server.get("/api/plan").json();
    let browser = Browser::new();
    let stage = browser.client(1920, 1080).await;
    server.must(r#"{"cmd":"start"}"#);
    let seq = hall::message(&server, "stage", &fit::longest_message());
    stage.goto(&server.url("/stage")).await;
    web::rendered(&stage, seq).await;
    let item = &plan["items"][0];
    let key = format!(
        "item.{}.title",
        item["id"].as_str().expect("items have ids")
    );
    let title = plan["translations"][pair[1]][&key]
        .as_str()
        .or(item["title"].as_str())
        .expect("the item has a title")
        .to_owned();
    web::wait_for_text(&stage, "#current-title .l2", &title, WAIT).await;
    let name = pair.join("-");
    for (w, h) in [(1920, 1080), (768, 1024)] {
        stage.resize(w, h).await;
        web::settled(&stage).await;
        let shot = format!("stage-lang-{name}-{w}x{h}");
        fit::assert_fits(
            &stage,
            &shot,
            &[
                ("#countdown", 0.0, 1),
                ("#current-title .l1", 0.02, 1),
                ("#current-title .l2", 0.02, 1),
                ("#current-kind .l2", 0.0, 1),
                ("#next .l1", 0.015, 1),
                ("#stage-message", 0.025, 1),
            ],
        )
        .await;
        let size = stage
            .execute(
                "const n = document.getElementById('countdown'); \
                 const r = document.createRange(); r.selectNodeContents(n); \
                 return [parseFloat(getComputedStyle(n).fontSize), r.getBoundingClientRect().width];",
                vec![],
            )
            .await
            .unwrap();
        let (font, width) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
        if w > h {
            assert!(
                font >= 0.2 * f64::from(h),
                "{shot}: the countdown is {font:.0}px high"
            );
        } else {
            assert!(
                width >= 0.6 * f64::from(w),
                "{shot}: the countdown is {width:.0}px wide"
            );
        }
        second_language_is_marked(&stage, pair[1], if pair[1] == "ar" { "rtl" } else { "ltr" })
            .await;
    }
    let countdown = web::text_of(&stage, "#countdown").await.unwrap();
    assert!(
        countdown.chars().any(|c| digits.contains(c)),
        "the countdown in {}'s digits: {countdown}",
        pair[0]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stage_in_english_and_welsh() {
    the_stage_speaks(["en", "cy"], "0123456789").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stage_in_english_and_arabic() {
    the_stage_speaks(["en", "ar"], "0123456789").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stage_in_arabic_and_english_reads_right_to_left() {
    the_stage_speaks(["ar", "en"], "٠١٢٣٤٥٦٧٨٩").await;
}
