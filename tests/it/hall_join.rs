//! The attendee's phone with a plan that is not the demo: people find their
//! group however they type it, see what the floor announced and what the
//! hall pledged, are told when the assembly has ended, and the page works
//! without JavaScript. Phones as small as 320 px never scroll sideways.
//!
//! Screenshots land in `target/screenshots/join-*.png`.

use crate::common;

use std::time::Duration;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{languages, stress};
use common::{Server, fit};
use serde_json::{Value, json};

/// Type `query` into the search box; the names of the groups still shown,
/// whether "On my own" is shown, and the no-match notice if shown.
async fn search(phone: &Client, query: &str) -> (Vec<String>, bool, Option<String>) {
    let found = phone
        .execute(
            "const box = document.getElementById('search'); \
             box.value = arguments[0]; \
             box.dispatchEvent(new Event('input', { bubbles: true })); \
             const shown = (l) => l.getClientRects().length > 0; \
             const names = [...document.querySelectorAll('#check-in .choice:not(.own)')] \
               .filter(shown).map((l) => l.textContent.trim()); \
             const own = shown(document.querySelector('#check-in .choice.own')); \
             const none = document.getElementById('no-match'); \
             return [names, own, none && shown(none) && none.textContent ? none.textContent : null];",
            vec![json!(query)],
        )
        .await
        .unwrap_or_else(|e| panic!("searching {query:?}: {e}"));
    let names = found[0]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    (
        names,
        found[1] == true,
        found[2].as_str().map(str::to_owned),
    )
}

/// The page never scrolls sideways, and the check-in controls fit across.
async fn no_sideways_scroll(phone: &Client, name: &str) {
    let sizes = phone
        .execute(
            "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
            vec![],
        )
        .await
        .unwrap();
    web::screenshot(phone, name).await;
    assert!(
        sizes[0].as_i64() <= sizes[1].as_i64(),
        "{name}: the page scrolls sideways: {sizes}"
    );
    for css in ["#search", ".choice.own", "#check-in-submit"] {
        fit::scroll_to(phone, css).await;
        let (_, problems) = fit::problems(phone, css, 0.0).await;
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
    let (_, clipped) = fit::problems(phone, "#check-in .choice span", 0.0).await;
    let clipped: Vec<_> = clipped
        .into_iter()
        .filter(|p| p.contains("clipped") || p.contains("cut off"))
        .collect();
    assert!(clipped.is_empty(), "{name}: names are cut: {clipped:#?}");
}

/// Each of `css` can be scrolled to and is then fully on screen, uncut
/// and uncovered.
async fn reachable(phone: &Client, name: &str, all: &[&str]) {
    for (i, css) in all.iter().enumerate() {
        fit::scroll_to(phone, css).await;
        fit::assert_fits(phone, &format!("{name}-{i}"), &[(css, 0.0, 1)]).await;
    }
}

/// Answers (YES, WAFFLE, "no answer") that the layout breaks across lines.
async fn broken_answers(phone: &Client) -> Vec<String> {
    let found = phone
        .execute(
            "return [...document.querySelectorAll('[data-response]')].filter((n) => { \
               const r = document.createRange(); r.selectNodeContents(n); \
               return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1; \
             }).map((n) => `${n.dataset.response}: ${n.textContent}`);",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[test]
fn attendees_find_their_group_see_the_results_and_the_end() {
    web::on_a_big_stack(find_results_and_end());
}

#[test]
fn without_javascript_a_phone_can_refresh_and_sees_its_pledge() {
    web::on_a_big_stack(without_javascript());
}

async fn find_results_and_end() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), Some(&stress()));
    let browser = Browser::new();
    let (phone, small) = tokio::join!(browser.client(360, 740), browser.client(320, 568));
    phone.goto(&server.url("/join")).await;
    web::live(&phone).await;

    // The no-match notice is a live region from the start, so it is heard
    // when it fills in; empty, it takes no room.
    let region = phone
        .execute(
            "const n = document.getElementById('no-match'); \
             return n && [n.getAttribute('role'), n.hidden, n.textContent, n.getBoundingClientRect().height];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        region,
        json!(["status", false, "", 0]),
        "the no-match region"
    );
    // Names in right-to-left scripts read right to left.
    let directions = phone
        .execute(
            "return ['huda', 'nour', 'urdu', 'shalom'].map((id) => getComputedStyle( \
               document.querySelector(`input[value='${id}']`).parentElement.querySelector('bdi')).direction);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(directions, json!(["ltr", "rtl", "rtl", "rtl"]));

    // Search ignores case, accents and punctuation; "On my own" stays.
    for (query, expected) in [
        ("huda", "Masjid Al-Hudā"),
        ("HUDA", "Masjid Al-Hudā"),
        ("st johns", "St John’s Church"),
        ("stjohns", "St John’s Church"),
        ("eglise", "Église Évangélique"),
        ("cote d emeraude", "Côte-d'Émeraude"),
        ("parent teacher", "Parent–Teacher"),
        ("st. john's", "St John’s Church"),
        ("sw maksymiliana", "Polska Misja"),
        ("مسجد", "مسجد النور"),
        ("בית שלום", "Beth Shalom"),
        ("مرکز", "مرکز اسلامی"),
        // Typed on an Arabic keyboard: ك and ي for the Urdu ک and ی.
        ("مركز اسلامي", "مرکز اسلامی"),
    ] {
        let (names, own, none) = search(&phone, query).await;
        assert!(
            names.iter().any(|n| n.contains(expected)),
            "searching {query:?} shows {expected:?}: {names:?}"
        );
        assert!(own, "searching {query:?} keeps \"On my own\" visible");
        assert_eq!(none, None, "searching {query:?}");
    }
    let (names, own, none) = search(&phone, "huda").await;
    assert_eq!(names.len(), 1, "only the one match: {names:?}");
    assert!(own);
    assert!(none.is_none());
    let (names, own, none) = search(&phone, "xyzzy").await;
    assert!(names.is_empty(), "{names:?}");
    assert!(own, "with no match, \"On my own\" is still there");
    let none = none.expect("the page says nothing matches");
    assert!(
        none.contains("xyzzy") && none.contains("On my own"),
        "{none}"
    );
    web::screenshot(&phone, "join-search-no-match-360x740").await;
    let (names, _, none) = search(&phone, "").await;
    assert_eq!(names.len(), 16, "clearing the search shows every group");
    assert!(none.is_none());

    // Every phone size: nothing sideways, nothing cut, and after a search
    // the box, the match, "On my own" and Check in are all in reach.
    let controls = [
        "#search",
        "#check-in .choice:not([hidden])",
        "#check-in .choice.own",
        "#check-in-submit",
    ];
    no_sideways_scroll(&phone, "join-stress-360x740").await;
    search(&phone, "huda").await;
    reachable(&phone, "join-search-huda-360x740", &controls).await;
    small.goto(&server.url("/join")).await;
    web::live(&small).await;
    no_sideways_scroll(&small, "join-stress-320x568").await;
    search(&small, "côte").await;
    reachable(&small, "join-search-cote-320x568", &controls).await;
    phone.resize(768, 1024).await;
    search(&phone, "").await;
    no_sideways_scroll(&phone, "join-stress-768x1024").await;
    phone.resize(360, 740).await;

    // One phone checks in: the words agree with the number.
    search(&phone, "huda").await;
    web::click(&phone, r#"input[name="institution"][value="huda"]"#, WAIT).await;
    web::click(&phone, "#check-in-submit", WAIT).await;
    web::wait_for_element(&phone, "#checked-in", WAIT).await;
    web::live(&phone).await;
    web::wait_for_text_containing(&phone, "#turnout", "1 phone checked in", WAIT).await;
    let footer = web::text_of(&phone, "footer").await.unwrap();
    assert!(footer.contains("1 phone checked in"), "{footer}");

    // The roll call: the total announced and the phone's own group.
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":1}"#);
    let seq = server.must(r#"{"cmd":"turnout","institution":"huda","count":1}"#);
    web::rendered(&phone, seq).await;
    web::wait_for_text(&phone, "#announced-total", "1", WAIT).await;
    let total = web::text_of(&phone, "#roll-call .bignumber").await.unwrap();
    assert!(total.starts_with("1 person announced"), "{total}");
    let mine = web::text_of(&phone, "#announced-mine").await.unwrap();
    assert!(
        mine.contains("1 person announced, of 200 promised"),
        "{mine}"
    );
    server.must(r#"{"cmd":"turnout","institution":"huda","count":150}"#);
    let seq =
        server.must(r#"{"cmd":"turnout","institution":"st-johns","count":1234,"confirm":true}"#);
    web::rendered(&phone, seq).await;
    web::wait_for_text(&phone, "#announced-total", "1,384", WAIT).await;
    let mine = web::text_of(&phone, "#announced-mine").await.unwrap();
    assert!(
        mine.contains("Al-Hudā") && mine.contains("150 people announced, of 200 promised"),
        "{mine}"
    );
    let total = web::text_of(&phone, "#roll-call .bignumber").await.unwrap();
    assert!(
        total.starts_with("1,384 people announced") && total.contains("of 1,670 promised"),
        "{total}"
    );
    let promised = web::text_of(&phone, "#promised-total").await.unwrap();
    assert_eq!(promised, "1,670");
    web::screenshot(&phone, "join-roll-call-360x740").await;

    // The pledge: answered on the phone, the tally shown once revealed.
    server.must(r#"{"cmd":"goto","item":7}"#);
    web::wait_until(&phone, "the pledge to open", WAIT, || async {
        match phone
            .execute("return document.getElementById('pledge').hidden;", vec![])
            .await
        {
            Ok(Value::Bool(false)) => (Some(()), String::new()),
            other => (None, format!("{other:?}")),
        }
    })
    .await;
    assert!(
        phone
            .execute(
                "return document.getElementById('pledge-results').hidden;",
                vec![]
            )
            .await
            .unwrap()
            == true,
        "no tally before it is revealed"
    );
    web::click(&phone, r#"#pledge-form button[value="yes"]"#, WAIT).await;
    web::wait_for_text_containing(&phone, "#pledge-mine", "You answered Yes", WAIT).await;
    let seq = server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
    web::rendered(&phone, seq).await;
    let tally = web::wait_for_text_where(
        &phone,
        r#"#tallies li[data-pledge="doors"] .tally"#,
        "show the revealed counts",
        WAIT,
        |t| t.contains("1 said yes") && t.contains("0 said no"),
    )
    .await;
    assert!(tally.contains("1 said yes"), "{tally}");
    web::screenshot(&phone, "join-pledge-revealed-360x740").await;

    // The end: said plainly, with every ask and its answers.
    server.must(r#"{"cmd":"goto","item":4}"#);
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"landlord","answer":"waffle"}"#);
    let seq = server.must(r#"{"cmd":"end"}"#);
    web::rendered(&phone, seq).await;
    web::wait_for_text(&phone, "#current-title", "The assembly has ended", WAIT).await;
    let thanks = web::text_of(&phone, "#ended-thanks").await.unwrap();
    assert!(thanks.contains("Thank you"), "{thanks}");
    let heading = web::text_of(&phone, "#asks-heading").await.unwrap();
    assert!(heading.contains("answers"), "{heading}");
    let kind = web::text_of(&phone, "#current-kind").await.unwrap();
    assert_eq!(kind, "", "no item kind once ended");
    for (ask_holder, word) in [
        ("inspections/leader", "YES"),
        ("inspections/landlord", "WAFFLE"),
    ] {
        let shown = web::text_of(&phone, &format!(r#"[data-response="{ask_holder}"]"#))
            .await
            .unwrap();
        assert_eq!(shown, word, "{ask_holder}");
    }
    let police = web::text_of(&phone, r#"[data-response="inspections/police"]"#)
        .await
        .unwrap();
    assert_eq!(police, "no answer", "an answer never given, once ended");
    let current = phone
        .execute(
            "return document.querySelectorAll('#order .current, #order [aria-current]').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(current, 0, "no item is current once the assembly has ended");
    let footer = web::text_of(&phone, "footer").await.unwrap();
    assert!(
        footer.contains("1 phone checked in.") && !footer.contains("so far"),
        "{footer}"
    );
    web::screenshot(&phone, "join-ended-360x740").await;
    // The recap at every phone size: each answer whole, on screen.
    let answers: Vec<String> = [
        "inspections/leader",
        "inspections/police",
        "inspections/landlord",
    ]
    .iter()
    .map(|a| format!(r#"[data-response="{a}"]"#))
    .collect();
    let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
    web::rendered(&small, seq).await;
    for (client, w, h) in [(&phone, 360, 740), (&small, 320, 568), (&phone, 768, 1024)] {
        client.resize(w, h).await;
        let broken = broken_answers(client).await;
        assert!(
            broken.is_empty(),
            "{w}x{h}: answers broken across lines: {broken:?}"
        );
        reachable(client, &format!("join-ended-recap-{w}x{h}"), &answers).await;
        let sizes = client
            .execute(
                "const d = document.documentElement; return d.scrollWidth <= d.clientWidth;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(sizes, true, "{w}x{h}: the ended page scrolls sideways");
    }
    phone.resize(360, 740).await;
    // A fresh load says the same.
    phone.refresh().await;
    let title = web::text_of(&phone, "#current-title").await.unwrap();
    assert_eq!(title, "The assembly has ended");
    tokio::join!(phone.close(), small.close());
}

/// The bytes of a phone's first load of `/join` in `code`: the page, its
/// stylesheets and scripts as gzip sends them, and its socket's greeting.
/// The page carries the plan (gzipped with it), so the socket, opened as
/// `live.js` opens it, is sent the state alone.
fn first_load(server: &Server, code: &str) -> usize {
    let gzip = ("Accept-Encoding", "gzip, deflate");
    let cookie = format!("assembly_lang={code}");
    let asking = [gzip, ("Cookie", cookie.as_str())];
    let page = common::request(server.addr, "GET", "/join", &[asking[1]], "");
    assert!(
        page.body.contains(&format!("<html lang=\"{code}\"")),
        "{code}"
    );
    let first = common::wire(server.addr, "/join", &asking);
    assert_eq!(
        first.encoding.as_deref(),
        Some("gzip"),
        "{code}: the page is gzipped"
    );
    let mut total = first.bytes.len();
    for asset in ["app.css", "join.css", "i18n.js", "live.js", "join.js"] {
        let link = format!("/assets/{asset}\"");
        assert!(page.body.contains(&link), "the page loads {asset}");
        total += common::wire(server.addr, &format!("/assets/{asset}"), &[gzip])
            .bytes
            .len();
    }
    // The plan in the page is the phone's, in its language alone.
    let data = page
        .body
        .split(r#"<script id="first" type="application/json">"#)
        .nth(1)
        .expect("the page carries its first frame");
    let data: Value = serde_json::from_str(&data[..data.find("</script>").unwrap()]).unwrap();
    assert_eq!(data[0]["type"], "hello", "{code}");
    let languages: Vec<&String> = data[0]["plan"]["translations"]
        .as_object()
        .map(|t| t.keys().collect())
        .unwrap_or_default();
    assert!(
        languages.iter().all(|l| *l == code),
        "{code}: {languages:?}"
    );
    let drawn = page
        .body
        .split("data-plan-seq=\"")
        .nth(1)
        .expect("the page says its plan");
    let plan_seq = &drawn[..drawn.find('"').unwrap()];
    let query = format!("role=attendee&plan={plan_seq}&lang={code}");
    let mut socket = common::socket::open(&server.ws_url(&query));
    let greeting =
        common::socket::read_until(&mut socket, Duration::from_secs(5), "the state", |m| {
            m["type"] == "state"
        });
    assert_eq!(
        greeting.len(),
        1,
        "{code}: the socket sends the state alone: {greeting:?}"
    );
    total + greeting[0].to_string().len()
}

async fn without_javascript() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), Some(&stress()));
    let browser = Browser::new();
    // The first load with the longest plan, in each language (the stress
    // plan translated), and with 500 institutions: page, stylesheets and
    // scripts, measured on the wire as a phone's browser asks (gzip), and
    // what its socket is then sent before the phone is live.
    let many = tempfile::tempdir().unwrap();
    let translated = languages();
    let sized = Server::start(many.path(), Some(&translated));
    let big = tempfile::tempdir().unwrap();
    let members = common::record::plan_500(big.path());
    let big = Server::start(&big.path().join("data"), Some(&members));
    // The budgets: 30 KB, and 36 KB with 500 institutions, whose names
    // the page lists and the plan in it holds (before the plan went in the
    // page, the socket sent it whole: 45 KB more, not gzipped).
    let loads = ["en", "cy", "ar", "ur", "pl", "so"]
        .map(|code| (&sized, "the stress plan", code, 30))
        .into_iter()
        .chain([(&big, "500 institutions", "en", 36)]);
    for (server, plan, code, budget) in loads {
        let total = first_load(server, code);
        eprintln!("the phone's first load with {plan} in {code}: {total} bytes on the wire");
        assert!(
            total < budget * 1024,
            "the phone's first load with {plan} in {code} is {total} bytes (budget {budget} KB)"
        );
    }

    let phone = browser.client_without_js(360, 740).await;
    phone.goto(&server.url("/join")).await;
    let refresh = web::wait_for_element(&phone, "#refresh", WAIT).await;
    assert_eq!(
        refresh.attr("href").await.unwrap().as_deref(),
        Some("/join"),
        "a refresh link back to the page"
    );
    let (_, problems) = fit::problems(&phone, "#refresh", 0.0).await;
    assert!(problems.is_empty(), "{problems:#?}");

    web::click(&phone, r#"input[name="institution"][value="nour"]"#, WAIT).await;
    web::click(&phone, "#check-in-submit", WAIT).await;
    web::wait_for_element(&phone, "#checked-in", WAIT).await;
    let footer = web::text_of(&phone, "footer").await.unwrap();
    assert!(footer.contains("1 phone checked in"), "{footer}");

    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":7}"#);
    web::click(&phone, "#refresh", WAIT).await;
    web::click(&phone, r#"#pledge-form button[value="no"]"#, WAIT).await;
    let mine = web::wait_for_text_containing(&phone, "#pledge-mine", "You answered", WAIT).await;
    assert!(mine.contains("You answered No"), "{mine}");
    let pressed = web::attr_of(&phone, r#"#pledge-form button[value="no"]"#, "aria-pressed")
        .await
        .unwrap();
    assert_eq!(pressed.as_deref(), Some("true"));
    web::screenshot(&phone, "join-no-js-pledge-360x740").await;

    server.must(r#"{"cmd":"turnout","institution":"nour","count":3}"#);
    server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
    web::click(&phone, "#refresh", WAIT).await;
    let mine = web::text_of(&phone, "#announced-mine").await.unwrap();
    assert!(
        mine.contains("3 people announced, of 150 promised"),
        "{mine}"
    );
    // Drawn by the server, numbers read as the live page writes them.
    let total = web::text_of(&phone, "#roll-call .bignumber").await.unwrap();
    assert!(
        total.starts_with("3 people announced") && total.contains("of 1,670 promised"),
        "{total}"
    );
    let tally = web::text_of(&phone, r#"#tallies li[data-pledge="doors"] .tally"#)
        .await
        .unwrap();
    assert!(
        tally.contains("0 said yes") && tally.contains("1 said no"),
        "{tally}"
    );

    // The end, without JavaScript: said plainly, no pledge buttons left.
    server.must(r#"{"cmd":"end"}"#);
    web::click(&phone, "#refresh", WAIT).await;
    let title = web::text_of(&phone, "#current-title").await.unwrap();
    assert_eq!(title, "The assembly has ended");
    let thanks = web::text_of(&phone, "#ended-thanks").await.unwrap();
    assert!(thanks.contains("Thank you"), "{thanks}");
    let pledge = phone.find("#pledge-form button").await.unwrap();
    assert!(
        !pledge.is_displayed().await.unwrap(),
        "no pledge buttons once ended"
    );
    let answer = web::text_of(&phone, r#"[data-response="inspections/leader"]"#)
        .await
        .unwrap();
    assert_eq!(answer, "no answer");
    fit::assert_fits(
        &phone,
        "join-no-js-ended-360x740",
        &[("#current-title", 0.0, 1), ("#ended-thanks", 0.0, 1)],
    )
    .await;
    phone.close().await;
}
