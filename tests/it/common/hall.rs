//! The hall's pages as their tests drive them: the fixture plans, where
//! the night stands on the server (`/api/state`), the organiser's plan
//! fetched and saved with the chair key, the stress plan's evening as
//! commands (the roll call announced, four holders answered), and a page
//! checked at a size once it has drawn and fitted itself.
//!
//! One home for what the hall's test modules (`hall_*`, `browser`) all
//! do, so a change to the plan API, the state or the fit attribute is
//! made here once.

use super::browser::{self as web, Browser, Client, WAIT};
use super::{KEY, Response, Server, fit, request};
use futures_util::future::join_all;
use serde_json::{Value, json};

pub use super::{languages, stress};

pub fn state(server: &Server) -> Value {
    server.get("/api/state").json()
}

/// The seq of the last event the server has committed.
pub fn seq_now(server: &Server) -> u64 {
    state(server)["seq"].as_u64().expect("the state has a seq")
}

/// The item the running order stands at.
pub fn current(server: &Server) -> u64 {
    state(server)["current"]
        .as_u64()
        .expect("the assembly is running")
}

/// The chair key as an `Authorization` header's value.
pub fn bearer() -> String {
    format!("Bearer {KEY}")
}

/// A request made with the chair key.
pub fn as_chair(server: &Server, method: &str, path: &str, body: &str) -> Response {
    request(
        server.addr,
        method,
        path,
        &[("Authorization", &bearer())],
        body,
    )
}

/// The plan file as the organiser downloads it.
pub fn plan_toml(server: &Server) -> String {
    as_chair(server, "GET", "/export/plan.toml", "").body
}

/// The organiser's save of a whole plan file; it must be accepted.
pub fn save_plan(server: &Server, toml: &str) {
    let saved = as_chair(server, "PUT", "/api/plan", toml);
    assert_eq!(saved.status, 200, "{}", saved.body);
}

/// A message to `to` (`screen` or `stage`); the seq it was committed at.
pub fn message(server: &Server, to: &str, text: &str) -> u64 {
    server.must(&json!({"cmd":"message","to":to,"text":text}).to_string())
}

/// On the stress plan, the roll call with three counts announced, the
/// Gurdwara's last; the seq of that last count.
pub fn roll_call_announced(server: &Server) -> u64 {
    server.must(r#"{"cmd":"next"}"#);
    let mut seq = 0;
    for (id, count) in [("st-johns", 131), ("nour", 98), ("gurdwara", 1234)] {
        seq = server.must(
            &json!({"cmd":"turnout","institution":id,"count":count,"confirm":true}).to_string(),
        );
    }
    seq
}

/// On the stress plan, the response item on the 480-character ask with
/// each of its four holders answered: yes, no, waffle, absent.
pub fn four_holders_answered(server: &Server) {
    server.must(r#"{"cmd":"goto","item":4}"#);
    for (holder, answer) in [
        ("leader", "yes"),
        ("police", "no"),
        ("nhs", "waffle"),
        ("landlord", "absent"),
    ] {
        server.must(
            &json!({"cmd":"respond","ask":"inspections","holder":holder,"answer":answer})
                .to_string(),
        );
    }
}

/// Two clicks on `css`, `gap_ms` apart, dispatched in the page as a
/// double tap lands; returns once the second has landed and no chair
/// command is on its way, so whatever the double tap did is on the server
/// (a stray second move included) without a fixed wait.
pub async fn double_tap(client: &Client, css: &str, gap_ms: u64) {
    let before = client
        .execute("return window.doubleTaps || 0;", vec![])
        .await
        .unwrap();
    client
        .execute(
            "const [css, gap] = arguments; const b = document.querySelector(css); \
             b.click(); \
             setTimeout(() => { b.click(); window.doubleTaps = (window.doubleTaps || 0) + 1; }, gap);",
            vec![json!(css), json!(gap_ms)],
        )
        .await
        .unwrap();
    web::wait_until(client, "the double tap's second tap", WAIT, || async {
        let now = client
            .execute("return window.doubleTaps || 0;", vec![])
            .await
            .unwrap_or_default();
        ((now != before).then_some(()), now.to_string())
    })
    .await;
    quiet(client).await;
}

/// Wait until no chair command is on its way (`data-sending`).
pub async fn quiet(chair: &Client) {
    web::wait_until(chair, "no chair command on its way", WAIT, || async {
        match chair
            .execute("return document.body.dataset.sending || 'no';", vec![])
            .await
        {
            Ok(v) if v == "no" => (Some(()), String::new()),
            Ok(v) => (None, format!("data-sending={v}")),
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await;
}

/// The page is live, has drawn state `seq` or later, and has laid itself
/// out for the current viewport since (`body[data-fit]` is `WxH:SEQ`, as
/// the projector and the stage set it). A page that never says it has
/// fitted itself is taken as it is once it has drawn `seq`, so the checks
/// that follow say what is wrong with it.
pub async fn fitted(client: &Client, size: (u32, u32), seq: u64) {
    web::wait_for_attr(client, "body", "data-live", Some("yes"), WAIT).await;
    let what = format!("the page to fit {}x{} at seq {seq}", size.0, size.1);
    let prefix = format!("{}x{}:", size.0, size.1);
    let at_least = |s: Option<String>| {
        s.and_then(|s| s.parse::<u64>().ok())
            .is_some_and(|s| s >= seq)
    };
    web::wait_until(client, &what, WAIT, || {
        let prefix = prefix.clone();
        async move {
            let fitted = web::attr_of(client, "body", "data-fit").await;
            let drawn = web::attr_of(client, "body", "data-seq").await;
            match (fitted, drawn) {
                (Ok(Some(fitted)), _)
                    if at_least(fitted.strip_prefix(&prefix).map(str::to_owned)) =>
                {
                    (Some(()), String::new())
                }
                (Ok(None), Ok(drawn)) if at_least(drawn.clone()) => {
                    web::settled(client).await;
                    (Some(()), String::new())
                }
                (fitted, drawn) => (None, format!("data-fit={fitted:?}, data-seq={drawn:?}")),
            }
        }
    })
    .await;
}

/// Resize to `size`, wait until the page has drawn `seq` and fitted
/// itself, then check `rules`; the screenshot is `{shot}-{W}x{H}`.
pub async fn fits_at(
    client: &Client,
    size: (u32, u32),
    seq: u64,
    shot: &str,
    rules: &[(&str, f64, usize)],
) {
    client.resize(size.0, size.1).await;
    fitted(client, size, seq).await;
    let shot = format!("{shot}-{}x{}", size.0, size.1);
    fit::assert_fits(client, &shot, rules).await;
}

/// The page has drawn the state the server holds now.
pub async fn drawn_now(client: &Client, server: &Server) {
    web::rendered(client, seq_now(server)).await;
}

/// An attribute of the page's `<html>`, such as its `lang` or `dir`.
pub async fn html(client: &Client, name: &str) -> Option<String> {
    web::attr_of(client, "html", name)
        .await
        .unwrap_or_else(|e| panic!("reading <html {name}>: {e}"))
}

/// A server on the stress plan, the assembly started; its data dir lives
/// as long as the `TempDir`.
pub fn stress_started() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().expect("a temporary dir");
    let server = Server::start(&dir.path().join("data"), Some(&stress()));
    server.must(r#"{"cmd":"start"}"#);
    (dir, server)
}

/// Pages of `server` side by side, each in a window of its own size
/// (`((width, height), path)`), opened together and each live.
pub async fn open_live<const N: usize>(
    browser: &Browser,
    server: &Server,
    pages: [((u32, u32), &str); N],
) -> [Client; N] {
    let clients = join_all(pages.iter().map(|((w, h), _)| browser.client(*w, *h))).await;
    for (client, (_, path)) in clients.iter().zip(&pages) {
        client.goto(&server.url(path)).await;
    }
    for client in &clients {
        web::live(client).await;
    }
    clients
        .try_into()
        .unwrap_or_else(|_| unreachable!("one client a page"))
}

/// Past the chair page's 500 ms guard against a double tap (`SETTLE_MS` in
/// chair.js) without waiting it out. The guard runs from the last answer
/// or the last change of item the page drew, so first no command may be on
/// its way (`data-sending`); then the guard's clock, the page's
/// `performance.now()`, is moved on 600 ms.
pub async fn past_the_tap_guard(chair: &Client) {
    quiet(chair).await;
    chair
        .execute(
            "if (!window.testClock) { \
               const real = performance.now.bind(performance); \
               window.testClock = { ahead: 0 }; \
               performance.now = () => real() + window.testClock.ahead; \
             } \
             window.testClock.ahead += arguments[0];",
            vec![json!(600)],
        )
        .await
        .expect("the page's clock can be moved on");
}
