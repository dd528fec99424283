//! `/join` is drawn once: the server's partials are the phone's only
//! templates, and `join.js` only fills what they drew. After each change
//! the live page (drawn by the script from the frames) reads exactly as
//! the page the server draws for the same phone at the same moment: the
//! same elements, attributes and words, in a language with many plural
//! forms (Welsh); nothing on it moves when the script takes over. And the
//! script holds no markup of its own.

use crate::common;
use common::stress;

use std::path::Path;

use common::Server;
use common::browser::{self as web, Browser, Client, WAIT};
use serde_json::{Value, json};

/// The parts of the page the script keeps live.
const LIVE_PARTS: [&str; 9] = [
    "#checked-in",
    "section[aria-labelledby=now-heading]",
    "#roll-call",
    "#pledge-results",
    "#pledge",
    "section[aria-labelledby=asks-heading]",
    "#order",
    "footer",
    "#join-words",
];

/// Each of [`LIVE_PARTS`] whose live form differs from the server's
/// drawing of it for this phone now (fetched in the page, so with its
/// cookies and languages): `[part, live, server]`, compared as element
/// trees with attributes sorted and adjacent texts joined.
async fn unlike_the_server(phone: &Client) -> Vec<Value> {
    let found = phone
        .execute_async(
            "const [parts, done] = arguments;
             const shape = (n) => {
               if (n.nodeType === Node.TEXT_NODE) return JSON.stringify(n.data);
               if (n.nodeType !== Node.ELEMENT_NODE) return '';
               const attrs = [...n.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
               const inner = n.localName === 'template' ? n.content.childNodes : n.childNodes;
               return `<${n.localName} ${attrs}>${[...inner].map(shape).join('')}</${n.localName}>`;
             };
             const of = (root, css) => {
               const n = root.querySelector(css);
               if (!n) return null;
               const copy = n.cloneNode(true);
               copy.normalize();
               if (copy.content) copy.content.normalize();
               return shape(copy);
             };
             fetch('/join').then((r) => r.text()).then((html) => {
               const server = new DOMParser().parseFromString(html, 'text/html');
               const seq = [document.body.dataset.seq, server.body.dataset.seq];
               done({ seq, unlike: parts.map((css) => [css, of(document, css), of(server, css)])
                 .filter(([, live, drawn]) => live !== drawn) });
             }, (e) => done({ seq: [], unlike: [String(e)] }));",
            vec![json!(LIVE_PARTS)],
        )
        .await
        .unwrap();
    let seq = &found["seq"];
    assert_eq!(
        seq[0], seq[1],
        "the page and the server's drawing are of one state"
    );
    found["unlike"].as_array().cloned().unwrap_or_default()
}

/// After the change numbered `seq`, the live page is the server's page.
async fn drawn_once(phone: &Client, seq: u64, when: &str) {
    web::rendered(phone, seq).await;
    let unlike = unlike_the_server(phone).await;
    assert!(
        unlike.is_empty(),
        "{when}: the script drew these parts unlike the server: {unlike:#?}"
    );
}

/// Where each part of the page lies: `[tag, id, top, height]`.
const BOXES: &str = "return [...document.querySelectorAll('.attendee header, .attendee main > *, .attendee footer')] \
    .map((n) => { const r = n.getBoundingClientRect(); \
      return [n.localName, n.id, Math.round(r.top + scrollY), Math.round(r.height)]; });";

/// Nothing moves when the script takes over: every part of the live page
/// lies where it lay as the server drew it, before any script ran (the
/// server's page put back in the body, its scripts not run).
async fn moves_nothing(phone: &Client) {
    let live = phone.execute(BOXES, vec![]).await.unwrap();
    phone
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('/join').then((r) => r.text()).then((html) => {
               document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
               requestAnimationFrame(() => done());
             });",
            vec![],
        )
        .await
        .unwrap();
    let drawn = phone.execute(BOXES, vec![]).await.unwrap();
    assert_eq!(
        live, drawn,
        "the live page's parts moved from where the server drew them"
    );
}

#[test]
fn the_live_phone_reads_as_the_server_draws_it() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&stress()));
        let browser = Browser::new();
        let phone = browser.client_accepting(360, 740, "cy").await;
        phone.goto(&server.url("/join")).await;
        web::live(&phone).await;
        web::click(&phone, r#"input[name="institution"][value="huda"]"#, WAIT).await;
        web::click(&phone, "#check-in-submit", WAIT).await;
        web::wait_for_element(&phone, "#checked-in", WAIT).await;
        // The first frame changes nothing the server drew.
        let seq = server.must(r#"{"cmd":"start"}"#);
        drawn_once(&phone, seq, "started").await;

        server.must(r#"{"cmd":"goto","item":1}"#);
        let seq = server.must(r#"{"cmd":"turnout","institution":"st-johns","count":2}"#);
        drawn_once(&phone, seq, "another group announced").await;
        // The phone's own group: its sentence gains a figure.
        let seq = server.must(r#"{"cmd":"turnout","institution":"huda","count":3}"#);
        drawn_once(&phone, seq, "its own group announced").await;
        let seq = server.must(r#"{"cmd":"turnout","institution":"huda","count":1}"#);
        drawn_once(&phone, seq, "its own group corrected").await;

        let seq = server.must(r#"{"cmd":"goto","item":7}"#);
        web::rendered(&phone, seq).await;
        web::wait_for_attr(&phone, "#pledge", "hidden", None, WAIT).await;
        web::click(&phone, r#"#pledge-form button[value="yes"]"#, WAIT).await;
        let said = web::text_of(&phone, "#pledge-mine strong").await.unwrap();
        assert!(!said.is_empty(), "the phone says its answer");
        let seq = server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
        drawn_once(&phone, seq, "the pledge answered and revealed").await;

        server.must(r#"{"cmd":"goto","item":4}"#);
        server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
        let seq = server
            .must(r#"{"cmd":"respond","ask":"inspections","holder":"landlord","answer":"waffle"}"#);
        drawn_once(&phone, seq, "answers given").await;
        let seq = server.must(r#"{"cmd":"end"}"#);
        drawn_once(&phone, seq, "the end").await;
        web::screenshot(&phone, "join-once-ended-live-360x740").await;
        moves_nothing(&phone).await;
        web::screenshot(&phone, "join-once-ended-drawn-360x740").await;
        phone.close().await;
    });
}

/// `join.js` fills the server's elements and never makes one: no markup
/// written, no element created.
#[test]
fn the_phone_script_builds_no_markup() {
    let script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/join.js"))
            .unwrap();
    for builds in [
        "Live.el(",
        "createElement",
        "innerHTML =",
        "outerHTML =",
        "insertAdjacentHTML",
        "document.write",
    ] {
        assert!(!script.contains(builds), "join.js builds markup: {builds}");
    }
}

/// The refresh link is for a page no script keeps live: inside
/// `<noscript>` while the hall has room for a socket, plain once it is
/// full (the page then comes without its scripts).
#[test]
fn the_refresh_link_is_drawn_only_where_no_script_runs() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None, "127.0.0.1:0", &["--max-phones", "1"]);
    let link = "<p class=\"refresh\"><a id=\"refresh\" href=\"/join\">";
    let room = server.get("/join").body;
    assert!(room.contains(&format!("<noscript>{link}")), "{room}");
    assert!(room.contains("/assets/join.js"), "{room}");
    let _phone = tokio_tungstenite::tungstenite::connect(server.ws_url("role=attendee")).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while server.get("/healthz").json()["sockets"] != 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the phone's socket opens"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let full = server.get("/join").body;
    assert!(!full.contains("/assets/join.js"), "{full}");
    assert!(
        !full.contains("join-words"),
        "no words for a script: {full}"
    );
    assert!(
        full.contains(link) && !full.contains(&format!("<noscript>{link}")),
        "{full}"
    );
}
