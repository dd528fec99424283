//! The chair's tablet in the chair's language: `Accept-Language` or the
//! page's own language form (`/chair?lang=ar`, remembered in a cookie,
//! working without JavaScript, together with `?key=`); an Arabic page lays
//! out right to left with Next, Back and the answers of the current ask on
//! screen at both tablet sizes, and a tap still moves exactly once.
//!
//! Screenshots land in `target/screenshots/chair-lang-<code>-<w>x<h>.png`.

use crate::common;

use std::path::Path;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{self, current, double_tap, drawn_now, html};
use common::{KEY, Server, fit, request};
use serde_json::json;

/// The response item on the 480-character ask to four holders.
const RESPONSE_ITEM: u64 = 4;

/// The stress plan in six languages, with the stage in Welsh first: the
/// chair's preset messages go to the speaker in Welsh whatever the chair
/// reads.
fn languages_plan(dir: &Path) -> std::path::PathBuf {
    let source = std::fs::read_to_string(hall::languages()).expect("the plan in six languages");
    let plan = source.replace(
        r#"screen_languages = ["en", "cy"]"#,
        r#"screen_languages = ["cy", "en"]"#,
    );
    assert_ne!(plan, source, "the fixture names its screen languages");
    let path = dir.join("languages.toml");
    std::fs::write(&path, plan).unwrap();
    path
}

/// A server on the six-language plan, the assembly started.
fn started_in_languages() -> (tempfile::TempDir, Server) {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let plan_file = languages_plan(data.path());
    let server = Server::start(&data.path().join("data"), Some(&plan_file));
    server.must(r#"{"cmd":"start"}"#);
    (data, server)
}

fn cookies(response: &common::Response) -> Vec<&str> {
    response
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, v)| v.as_str())
        .collect()
}

/// The chair's session cookie (`name=value`), from the printed link.
fn chair_cookie(server: &Server) -> String {
    let response = server.get(&format!("/chair?key={KEY}"));
    assert_eq!(response.status, 303, "the key link redirects");
    cookies(&response)
        .into_iter()
        .find(|c| c.starts_with("assembly_chair="))
        .and_then(|c| c.split(';').next())
        .expect("the key link sets the chair cookie")
        .to_owned()
}

fn page(server: &Server, headers: &[(&str, &str)]) -> common::Response {
    request(server.addr, "GET", "/chair", headers, "")
}

#[test]
fn the_chair_page_speaks_the_language_asked_for() {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let server = Server::start(data.path(), Some(&hall::stress()));
    let chair = chair_cookie(&server);

    // Accept-Language: Welsh buttons on a Welsh page. Start, Back, Undo and
    // the headings are the shell's; Next is drawn by chair.js, so its
    // words are those the page carries for it (`#i18n`).
    let welsh = page(
        &server,
        &[
            ("Cookie", &chair),
            ("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5"),
        ],
    );
    assert_eq!(welsh.status, 200);
    assert!(
        welsh.body.contains(r#"<html lang="cy" dir="ltr">"#),
        "a Welsh page"
    );
    for words in [
        "Dechrau'r cynulliad",
        "Nesaf ▶",
        "◀ Yn ôl",
        "Dadwneud",
        "Trefn y cynulliad",
    ] {
        assert!(welsh.body.contains(words), "the Welsh page says {words:?}");
    }
    assert!(
        !welsh.body.contains("Start the assembly"),
        "no English button left"
    );

    // English, without a preference, reads as before.
    let english = page(&server, &[("Cookie", &chair)]);
    assert!(english.body.contains(r#"<html lang="en" dir="ltr">"#));
    for words in [
        "Start the assembly",
        "Next ▶",
        "◀ Back",
        "Running order",
        "Speaker sees: ",
    ] {
        assert!(
            english.body.contains(words),
            "the English page says {words:?}"
        );
    }
    assert!(
        english.body.contains(r#"data-text="Wrap up""#),
        "presets are sent in the stage's language"
    );

    // ?lang= remembers the choice and goes back to /chair.
    let chosen = server.get("/chair?lang=ar");
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.header("location"), Some("/chair"));
    let set = cookies(&chosen);
    assert!(
        set.iter()
            .any(|c| c.starts_with("assembly_lang=ar;") && c.contains("Path=/")),
        "the choice is remembered: {set:?}"
    );
    let arabic = page(
        &server,
        &[("Cookie", &format!("{chair}; assembly_lang=ar"))],
    );
    assert!(
        arabic.body.contains(r#"<html lang="ar" dir="rtl">"#),
        "an Arabic page"
    );
    assert!(arabic.body.contains("التالي ◀"), "Next in Arabic");
    // The remembered choice wins over Accept-Language.
    let remembered = page(
        &server,
        &[
            ("Cookie", &format!("{chair}; assembly_lang=pl")),
            ("Accept-Language", "cy"),
        ],
    );
    assert!(remembered.body.contains(r#"<html lang="pl""#));

    // The key and the language together: both cookies, one redirect.
    let both = server.get(&format!("/chair?key={KEY}&lang=cy"));
    assert_eq!(both.status, 303);
    assert_eq!(both.header("location"), Some("/chair"));
    let set = cookies(&both);
    assert!(
        set.iter().any(|c| c.starts_with("assembly_chair=")),
        "{set:?}"
    );
    assert!(
        set.iter().any(|c| c.starts_with("assembly_lang=cy;")),
        "{set:?}"
    );

    // A wrong key with a language: refused, in that language's page, and
    // nothing remembered.
    let wrong = server.get("/chair?key=not-the-key&lang=cy");
    assert_eq!(wrong.status, 401);
    assert!(cookies(&wrong).is_empty(), "a refused key sets nothing");

    // An unknown language is not remembered; a forged cookie or a huge
    // header falls back to English.
    let unknown = server.get("/chair?lang=xx%3Cscript%3E");
    assert_eq!(unknown.status, 303);
    assert!(
        cookies(&unknown).is_empty(),
        "an unknown language is not remembered"
    );
    let forged = page(
        &server,
        &[(
            "Cookie",
            &format!("{chair}; assembly_lang=<script>alert(1)</script>"),
        )],
    );
    assert!(forged.body.contains(r#"<html lang="en""#));
    assert!(!forged.body.contains("<script>alert"));
    let huge = "xx;q=0.9,".repeat(2000) + "ur";
    let long = page(&server, &[("Cookie", &chair), ("Accept-Language", &huge)]);
    assert_eq!(long.status, 200);
    assert!(
        long.body.contains(r#"<html lang="en""#),
        "only the first entries are read"
    );

    // Without the key: the page that says how to get in, in Welsh.
    let locked = page(&server, &[("Accept-Language", "cy")]);
    assert_eq!(locked.status, 401);
    assert!(
        locked.body.contains("Tudalen y cadeirydd yw hon"),
        "the locked page in Welsh"
    );
    assert!(locked.body.contains("<code>/chair?key=…</code>"));
}

/// Where an element is: `[left, right]`.
async fn span(client: &Client, css: &str) -> (f64, f64) {
    let r = client
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left, r.right];",
            vec![json!(css)],
        )
        .await
        .unwrap();
    (r[0].as_f64().unwrap(), r[1].as_f64().unwrap())
}

/// Next and Back on screen, uncovered; on a landscape tablet every answer
/// button of the ask too; and nothing wider than the screen.
async fn fits(client: &Client, code: &str, w: u32, h: u32) {
    let mut rules = vec![("#next", 0.0, 1), ("#back", 0.0, 1)];
    if w > h {
        rules.push(("button[data-ask]", 0.0, 16));
    }
    fit::assert_fits(client, &format!("chair-lang-{code}-{w}x{h}"), &rules).await;
    let wide = client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        wide.as_f64() <= Some(0.5),
        "{code} {w}x{h}: the page is {wide}px wider than the screen"
    );
}

#[test]
fn an_arabic_chair_lays_out_right_to_left_and_still_taps_once() {
    web::on_a_big_stack(arabic_evening());
}

async fn arabic_evening() {
    let (_data, server) = started_in_languages();
    server.must(&format!(r#"{{"cmd":"goto","item":{RESPONSE_ITEM}}}"#));
    let plan = server.get("/api/plan").json();
    // Titles in Arabic, from the plan's translations.
    let title = |i: u64| {
        let id = plan["items"][i as usize]["id"].as_str().unwrap();
        plan["translations"]["ar"][format!("item.{id}.title")]
            .as_str()
            .unwrap()
            .to_owned()
    };

    let browser = Browser::new();
    let chair = browser.client(1024, 768).await;
    chair
        .goto(&server.url(&format!("/chair?key={KEY}&lang=ar")))
        .await;
    drawn_now(&chair, &server).await;
    assert_eq!(html(&chair, "lang").await.as_deref(), Some("ar"));
    assert_eq!(html(&chair, "dir").await.as_deref(), Some("rtl"));
    assert_eq!(web::text_of(&chair, "#next").await.unwrap(), "التالي ◀");
    let yes = r#"button[data-answer="yes"]"#;
    assert_eq!(
        web::text_of(&chair, yes).await.unwrap(),
        "نعم",
        "answers in Arabic"
    );
    web::wait_for_text(&chair, "#current-title", &title(RESPONSE_ITEM), WAIT).await;
    let ask = web::text_of(&chair, ".ask-text").await.unwrap();
    assert!(ask.starts_with("هل يلتزم"), "the ask in Arabic: {ask:?}");
    // The presets read in Arabic and go to the stage in its language.
    let wrap = r#"button.preset[data-text="Dewch i ben"]"#;
    assert_eq!(web::text_of(&chair, wrap).await.unwrap(), "اختم كلامك");
    let phase = web::text_of(&chair, "#phase").await.unwrap();
    assert!(phase.contains('٥'), "numbers in Arabic digits: {phase:?}");

    for (w, h) in [(1024, 768), (768, 1024)] {
        chair.resize(w, h).await;
        chair.goto(&server.url("/chair")).await;
        drawn_now(&chair, &server).await;
        fits(&chair, "ar", w, h).await;
        // Right to left: Back on the right of Next.
        let (next_left, _) = span(&chair, "#next").await;
        let (back_left, _) = span(&chair, "#back").await;
        assert!(
            back_left > next_left,
            "{w}x{h}: Back sits right of Next in Arabic"
        );
    }
    web::click(&chair, r#"button.preset[data-text="Dewch i ben"]"#, WAIT).await;
    web::wait_for_text(&chair, "#stage-shown", "«Dewch i ben»", WAIT).await;
    // Landscape: the controls' column on the right, the answers on the left.
    chair.resize(1024, 768).await;
    chair.goto(&server.url("/chair")).await;
    drawn_now(&chair, &server).await;
    let (now_left, _) = span(&chair, ".now").await;
    let (_, context_right) = span(&chair, "#context").await;
    assert!(
        context_right <= now_left + 1.0,
        "the answers are left of the controls"
    );

    // A tap still moves, once; a double tap moves once too.
    common::hall::past_the_tap_guard(&chair).await;
    web::click(&chair, "#next", WAIT).await;
    web::wait_for_text(&chair, "#current-title", &title(RESPONSE_ITEM + 1), WAIT).await;
    assert_eq!(
        current(&server),
        RESPONSE_ITEM + 1,
        "a Next in Arabic moves"
    );
    common::hall::past_the_tap_guard(&chair).await;
    double_tap(&chair, "#back", 80).await;
    assert_eq!(
        current(&server),
        RESPONSE_ITEM,
        "a double tap on Back moves once"
    );
    drawn_now(&chair, &server).await;
    web::click(&chair, "#undo", WAIT).await;
    let said = web::wait_for_text_containing(&chair, "#notice", "تراجعتَ عن", WAIT).await;
    assert!(
        said.contains("السابق"),
        "Undo says, in Arabic, what it undid: {said:?}"
    );

    // Every other language fits the tablet too, both ways.
    server.must(&format!(r#"{{"cmd":"goto","item":{RESPONSE_ITEM}}}"#));
    for code in ["ur", "cy", "pl", "so", "en"] {
        chair
            .goto(&server.url(&format!("/chair?lang={code}")))
            .await;
        drawn_now(&chair, &server).await;
        assert_eq!(html(&chair, "lang").await.as_deref(), Some(code));
        for (w, h) in [(1024, 768), (768, 1024)] {
            chair.resize(w, h).await;
            fits(&chair, code, w, h).await;
        }
        chair.resize(1024, 768).await;
    }

    // The language form works without JavaScript.
    let plain = browser.client_without_js(1024, 768).await;
    plain.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    assert_eq!(html(&plain, "lang").await.as_deref(), Some("en"));
    web::click(&plain, r#"#chair-lang option[value="cy"]"#, WAIT).await;
    web::click(&plain, "form.lang button[type=submit]", WAIT).await;
    web::wait_for_attr(&plain, "html", "lang", Some("cy"), WAIT).await;
    assert!(plain.current_url().await.ends_with("/chair"));
    // The page itself is drawn by its script: without one, it says so in
    // the chair's language.
    let said = web::text_of(&plain, "noscript p").await.unwrap();
    assert!(said.starts_with("Mae angen JavaScript"), "{said:?}");
}

/// A tap the rules refuse says why in the chair's language, from the
/// reply's code: the server's English never reaches a Welsh tablet.
#[test]
fn a_refused_tap_says_why_in_the_chairs_language() {
    web::on_a_big_stack(refused_in_welsh());
}

async fn refused_in_welsh() {
    let (_data, server) = started_in_languages();
    // Take minutes off the first item until the rules refuse: the next
    // −1 min from the tablet is refused the same way.
    let mut refused = false;
    for _ in 0..200 {
        let response = server.command(r#"{"cmd":"extend","seconds":-60}"#);
        if response.status != 200 {
            assert_eq!(
                response.json()["refusal"],
                "below_zero",
                "{}",
                response.body
            );
            refused = true;
            break;
        }
    }
    assert!(refused, "an item cannot be shortened below zero");

    let browser = Browser::new();
    let chair = browser.client(1024, 768).await;
    chair
        .goto(&server.url(&format!("/chair?key={KEY}&lang=cy")))
        .await;
    drawn_now(&chair, &server).await;
    web::click(&chair, "#minus", WAIT).await;
    let said =
        web::wait_for_text_containing(&chair, "#notice", "hyd arfaethedig o dan sero", WAIT).await;
    assert!(said.starts_with("Byddai"), "a sentence, in Welsh: {said:?}");
    assert!(!said.contains("below zero"), "no English: {said:?}");
}
