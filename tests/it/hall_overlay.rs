//! `/overlay`, the livestream's lower third, as OBS Studio's browser source
//! shows it at 1920x1080 (and 1280x720): a transparent page whose panels
//! sit inside the picture, uncovered, readable on a dark and a light
//! camera; answers appear as given; `parts`, `lang` and `scale` are
//! honoured and nonsense in them ignored; what the chair hides on the
//! projector is hidden here too.

use crate::common;

use std::path::Path;

use common::browser::{self as web, Browser, Client, WAIT};
use common::{Server, fit};
use serde_json::{Value, json};

const DEMO: &str = "assets/demo.toml";

/// The longest texts `assembly check` takes where the overlay shows them
/// (names and titles 100 characters, a pledge 500), six holders (the most
/// an ask is put to), right to left and emoji.
fn hostile_plan() -> String {
    let long = |seed: &str, n: usize| -> String { seed.chars().cycle().take(n).collect() };
    let mut plan = format!(
        "[assembly]\ntitle = \"{}\"\nvenue = \"Neuadd y Dref 🏛️\"\n\n\
         [[institution]]\nid = \"nour\"\nname = \"{}\"\npromised = 150\n\n",
        long("جمعية المواطنين — Citizens 🤝 ", 200),
        long("مسجد النور للجالية العربية 🕌 ", 100),
    );
    let holders = ["mayor", "police", "nhs", "landlord", "council", "college"];
    for (n, id) in holders.iter().enumerate() {
        plan += &format!(
            "[[power_holder]]\nid = \"{id}\"\nname = \"{}\"\nrole = \"Role {n}\"\n\n",
            long(
                &format!("{n} الدكتورة ليلى — Dr Leila Ó Briain-Nwosu 🎓 "),
                100
            ),
        );
    }
    plan += &format!(
        "[[ask]]\nid = \"homes\"\ntitle = \"{}\"\ntext = \"{}\"\nto = [{}]\n\n\
         [[pledge]]\nid = \"doors\"\ntext = \"{}\"\n\n",
        long(
            "Cartrefi diogel — بيوت آمنة — Safe homes for every family 🏠 ",
            100
        ),
        long(
            "Will you inspect every privately rented home on the estate within a year? ",
            500
        ),
        holders.map(|h| format!("\"{h}\"")).join(", "),
        long(
            "Will you knock on doors with us — هل ستطرق الأبواب معنا — every Saturday? ✊ ",
            500
        ),
    );
    for (kind, extra) in [
        ("welcome", ""),
        ("roll_call", ""),
        ("ask", "ask = \"homes\"\n"),
        ("response", "ask = \"homes\"\n"),
        ("pledge", "pledge = \"doors\"\n"),
        ("close", ""),
    ] {
        plan += &format!(
            "[[item]]\ntitle = \"{}\"\nkind = \"{kind}\"\nminutes = 3\nlead = \"{}\"\n{extra}\n",
            long(
                &format!("{kind}: ymateb — الرد — the response we were promised 📣 "),
                100
            ),
            long("Revd Canon Dr Elizabeth Achterberg-Nwosu — القس 🙏 ", 100),
        );
    }
    plan
}

async fn run(client: &Client, script: &str) -> Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// The page's own background is transparent: the camera shows through.
async fn assert_transparent(client: &Client) {
    let backgrounds = run(
        client,
        "return [document.documentElement, document.body].map((n) => getComputedStyle(n).backgroundColor);",
    )
    .await;
    assert_eq!(
        backgrounds,
        json!(["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]),
        "the overlay's page must be transparent"
    );
}

/// Whether the panel `id` is shown: present, visible and faded in.
async fn shown(client: &Client, id: &str) -> bool {
    let script = format!(
        "const n = document.getElementById('{id}'); if (!n) return false; \
         const s = getComputedStyle(n); return s.visibility === 'visible' && n.classList.contains('on');"
    );
    run(client, &script).await == json!(true)
}

async fn wait_shown(client: &Client, id: &str, want: bool) {
    let what = format!("#{id} to be {}", if want { "shown" } else { "hidden" });
    web::wait_until(client, &what, WAIT, || async move {
        if shown(client, id).await == want {
            (Some(()), String::new())
        } else {
            (None, String::new())
        }
    })
    .await;
}

/// The lowest contrast of any shown text against its panel, with the panel
/// laid over pure white and over pure black (the worst a camera gives).
async fn lowest_contrast(client: &Client) -> f64 {
    let script = r#"
const rgba = (c) => { const m = c.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3]));
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
let lowest = 99;
for (const panel of document.querySelectorAll('.panel.on')) {
  for (const node of panel.querySelectorAll('p, h1, h2, span')) {
    if (!node.textContent.trim() || node.closest('[hidden]')) continue;
    // The nearest background painted behind the text, inside the panel.
    let back = null;
    for (let n = node; n && n !== panel; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] > 0) { back = c; break; }
    }
    const ink = rgba(getComputedStyle(node).color);
    for (const camera of [[255, 255, 255], [0, 0, 0]]) {
      const behind = over(rgba(getComputedStyle(panel).backgroundColor), camera);
      const shown = back ? over(back, behind) : behind;
      lowest = Math.min(lowest, ratio(over(ink, shown), shown));
    }
  }
}
return lowest;
"#;
    run(client, script)
        .await
        .as_f64()
        .expect("a contrast ratio")
}

/// Screenshots as a stream would composite them: over a dark and a light
/// picture (set as the page's background for the shot only).
async fn shots(client: &Client, name: &str) {
    // Once the panels have finished sliding in.
    web::settled(client).await;
    for (tone, paint) in [
        (
            "dark",
            "linear-gradient(135deg, #05070d, #1b2230 60%, #2c1c12)",
        ),
        (
            "light",
            "linear-gradient(135deg, #ffffff, #f3efe6 60%, #dfe8f2)",
        ),
    ] {
        run(
            client,
            &format!("document.body.style.setProperty('background', '{paint}', 'important'); return true;"),
        )
        .await;
        web::screenshot(client, &format!("overlay-{name}-{tone}")).await;
    }
    run(
        client,
        "document.body.style.removeProperty('background'); return true;",
    )
    .await;
}

#[test]
fn the_lower_third_and_answers_fit_1080p_and_720p_and_answers_appear_as_given() {
    web::on_a_big_stack(lower_third());
}

async fn lower_third() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("hostile.toml");
    std::fs::write(&plan, hostile_plan()).unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let browser = Browser::new();
    let overlay = browser.client(1920, 1080).await;
    overlay.goto(&server.url("/overlay")).await;
    web::live(&overlay).await;
    assert_transparent(&overlay).await;
    // Before the start: the lower third says so; nothing else is up.
    wait_shown(&overlay, "ov-item", true).await;
    assert!(!shown(&overlay, "ov-answers").await);

    // The ask: its title and every holder, each awaiting an answer.
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"next"}"#);
    wait_shown(&overlay, "ov-answers", true).await;
    let badges =
        "return [...document.querySelectorAll('#ov-holders .answer')].map((b) => b.textContent);";
    assert_eq!(
        run(&overlay, badges).await,
        json!(vec!["Awaiting answer"; 6])
    );

    // Each answer shows as it is given, and nothing moves when it does.
    let seq = server.must(r#"{"cmd":"next"}"#);
    // Measure once the new item's panels have settled.
    web::rendered(&overlay, seq).await;
    web::settled(&overlay).await;
    let boxes = "return [...document.querySelectorAll('#ov-item, #ov-answers, #ov-holders li, #ov-holders .name')]\
                 .map((n) => { const r = n.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round); });";
    let before = run(&overlay, boxes).await;
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes"}"#);
    let overlay_ref = &overlay;
    web::wait_until(overlay_ref, "the mayor's YES", WAIT, || async move {
        let now = run(overlay_ref, badges).await;
        if now[0] == "YES" && now[1] == "Awaiting answer" {
            (Some(()), String::new())
        } else {
            (None, now.to_string())
        }
    })
    .await;
    assert_eq!(
        run(&overlay, boxes).await,
        before,
        "an answer moved or resized a panel, a row or a name"
    );
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"college","answer":"no"}"#);
    web::wait_until(overlay_ref, "the college's NO", WAIT, || async move {
        let now = run(overlay_ref, badges).await;
        if now[5] == "NO" {
            (Some(()), String::new())
        } else {
            (None, now.to_string())
        }
    })
    .await;

    for (width, height) in [(1920, 1080), (1280, 720)] {
        overlay.resize(width, height).await;
        web::settled(&overlay).await;
        assert_transparent(&overlay).await;
        let name = format!("answers-{width}x{height}");
        fit::assert_fits(
            &overlay,
            &format!("overlay-{name}"),
            &[
                ("#ov-item", 0.0, 1),
                ("#ov-answers", 0.0, 1),
                // Whole, at the longest a plan takes.
                ("#ov-title", 0.023, 1),
                ("#ov-lead", 0.02, 1),
                ("#ov-ask", 0.02, 1),
                ("#ov-holders .name", 0.015, 6),
                // An answer is never cut, at a size a stream can read.
                ("#ov-holders .answer", 0.015, 6),
            ],
        )
        .await;
        shots(&overlay, &name).await;
    }
    let contrast = lowest_contrast(&overlay).await;
    eprintln!("the lowest contrast of the overlay's answers: {contrast:.2}");
    assert!(
        contrast >= 4.5,
        "a text on the overlay has a contrast of {contrast:.2} on a white or black picture"
    );

    // The pledge: its tally once revealed, where the answers were.
    overlay.resize(1920, 1080).await;
    server.must(r#"{"cmd":"next"}"#);
    wait_shown(&overlay, "ov-answers", false).await;
    let (_, cookie) = server.check_in(None, "nour");
    let pledged = server.pledge(&cookie, "doors", "yes");
    assert!(pledged.status < 400, "{}", pledged.body);
    assert!(
        !shown(&overlay, "ov-pledge").await,
        "no tally before it is revealed"
    );
    server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
    wait_shown(&overlay, "ov-pledge", true).await;
    web::wait_for_text(&overlay, "#ov-tally .answer-yes", "YES 1", WAIT).await;
    fit::assert_fits(
        &overlay,
        "overlay-pledge-1920x1080",
        &[("#ov-pledge", 0.0, 1), ("#ov-tally span", 0.02, 2)],
    )
    .await;
    shots(&overlay, "pledge-1920x1080").await;
    let contrast = lowest_contrast(&overlay).await;
    assert!(contrast >= 4.5, "the pledge's contrast is {contrast:.2}");
    overlay.close().await;
}

#[test]
fn parts_lang_and_scale_are_honoured_and_the_projector_toggles_apply() {
    web::on_a_big_stack(options());
}

async fn options() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(Path::new(DEMO)));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    let plan = server.get("/api/plan").json();
    let first = plan["institutions"][0]["id"].as_str().unwrap().to_owned();
    server.must(&format!(
        r#"{{"cmd":"turnout","institution":"{first}","count":42}}"#
    ));

    let browser = Browser::new();
    let (all, some, nonsense) = tokio::join!(
        browser.client(1920, 1080),
        browser.client(1920, 1080),
        browser.client(1920, 1080),
    );
    all.goto(&server.url("/overlay")).await;
    some.goto(&server.url("/overlay?parts=turnout,bogus&lang=cy&scale=1.2"))
        .await;
    nonsense
        .goto(&server.url("/overlay?parts=%3Cscript%3E&lang=zz&scale=lots&x=1"))
        .await;
    for client in [&all, &some, &nonsense] {
        web::live(client).await;
        assert_transparent(client).await;
    }

    // All parts by default; only those asked for; nonsense is all of them.
    for client in [&all, &nonsense] {
        wait_shown(client, "ov-item", true).await;
        wait_shown(client, "ov-turnout", true).await;
    }
    wait_shown(&some, "ov-turnout", true).await;
    for id in ["ov-item", "ov-answers", "ov-pledge"] {
        let there = run(&some, &format!("return !!document.getElementById('{id}');")).await;
        assert_eq!(there, json!(false), "{id} was not asked for");
    }
    // In Welsh when asked; the plan's language otherwise.
    assert_eq!(
        run(&some, "return document.documentElement.lang;").await,
        "cy"
    );
    assert_eq!(
        run(&nonsense, "return document.documentElement.lang;").await,
        "en"
    );
    let turnout = web::text_of(&some, "#ov-turnout-text").await.unwrap();
    assert!(turnout.contains("42"), "{turnout}");
    let english = web::text_of(&all, "#ov-turnout-text").await.unwrap();
    assert_ne!(turnout, english, "the Welsh overlay speaks Welsh");
    // Scale: 1.2 times the width of the same panel at 1.
    let width = "return document.getElementById('ov-turnout').getBoundingClientRect().width;";
    let scaled = run(&some, width).await.as_f64().unwrap();
    let plain = run(&all, width).await.as_f64().unwrap();
    assert!(
        (scaled / plain - 1.2).abs() < 0.02,
        "scale=1.2 gave {scaled} px against {plain} px"
    );
    fit::assert_fits(
        &some,
        "overlay-parts-scale",
        &[("#ov-turnout", 0.0, 1), ("#ov-turnout-text", 0.03, 1)],
    )
    .await;
    fit::assert_fits(
        &all,
        "overlay-all-parts",
        &[("#ov-item", 0.0, 1), ("#ov-turnout", 0.0, 1)],
    )
    .await;
    shots(&all, "roll-call-1920x1080").await;

    // The chair hides the turnout on the projector: gone from the stream.
    server.must(r#"{"cmd":"display","turnout":false}"#);
    for client in [&all, &some, &nonsense] {
        wait_shown(client, "ov-turnout", false).await;
    }
    assert!(shown(&all, "ov-item").await, "the lower third stays");
    server.must(r#"{"cmd":"display","turnout":true}"#);
    wait_shown(&all, "ov-turnout", true).await;

    // The README's picture: the demo's first ask, one answer in, over a
    // stand-in for the camera, at docs size.
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"respond","ask":"safe-homes","holder":"housing-ceo","answer":"yes"}"#);
    all.resize(1280, 720).await;
    wait_shown(&all, "ov-answers", true).await;
    web::wait_for_text(&all, "#ov-holders .answer-yes", "YES", WAIT).await;
    web::settled(&all).await;
    run(
        &all,
        "document.body.style.setProperty('background', \
         'radial-gradient(circle at 30% 35%, #8a7f70, #3b3a40 45%, #15161c)', 'important'); return true;",
    )
    .await;
    web::screenshot(&all, "overlay-readme").await;
    run(
        &all,
        "document.body.style.removeProperty('background'); return true;",
    )
    .await;

    // Nothing from elsewhere: every resource the page loaded is its own.
    let foreign = run(
        &all,
        &format!(
            "return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('{}'));",
            server.url("/")
        ),
    )
    .await;
    assert_eq!(foreign, json!([]), "the overlay asked another server");
    for client in [all, some, nonsense] {
        client.close().await;
    }
}
