//! A phone is sent the plan as its page uses it, with the translations into
//! its own language alone; holding the plan before a change, it is sent
//! only what changed (`plan_patch`), and its page, applying it as
//! `live.js` does, holds the very plan the server now sends whole: renamed,
//! translated, added, removed and moved entries of a six-language plan
//! alike, in each language.

use crate::common;

use std::time::Duration;

use common::browser::{self as web, Browser};
use common::hall::{plan_toml, save_plan};
use common::socket::{open, read_until};
use common::{Server, languages};
use serde_json::Value;

/// The first message a phone's socket opened with `query` is sent.
fn first(server: &Server, query: &str) -> Value {
    let mut socket = open(&server.ws_url(query));
    read_until(&mut socket, Duration::from_secs(5), "a message", |_| true).remove(0)
}

/// What a page reads of a value: a missing key and a null are the same.
fn as_read(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), as_read(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(as_read).collect()),
        other => other.clone(),
    }
}

/// The phones' plan of each language: every language (no `lang`, as a
/// client that does not say), the plan's own (none), and two of its
/// translations.
const LANGS: [&str; 4] = ["", "&lang=en", "&lang=cy", "&lang=ar"];

fn hellos(server: &Server) -> Vec<Value> {
    LANGS
        .iter()
        .map(|lang| {
            let hello = first(server, &format!("role=attendee{lang}"));
            assert_eq!(hello["type"], "hello", "{lang}");
            hello
        })
        .collect()
}

#[test]
fn a_phone_applies_the_change_and_holds_the_plan_the_server_has() {
    web::on_a_big_stack(scenario());
}

async fn scenario() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    server.must(r#"{"cmd":"start"}"#);

    // A phone is sent what its page uses, in its own language.
    let before = hellos(&server);
    let size = |hello: &Value| hello.to_string().len();
    let translations = |hello: &Value| -> Vec<String> {
        hello["plan"]["translations"]
            .as_object()
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert_eq!(translations(&before[0]), ["ar", "cy", "pl", "so", "ur"]);
    assert_eq!(translations(&before[1]), Vec::<String>::new());
    assert_eq!(translations(&before[2]), ["cy"]);
    assert_eq!(translations(&before[3]), ["ar"]);
    assert!(
        size(&before[1]) * 3 < size(&before[0]) && size(&before[2]) * 2 < size(&before[0]),
        "the English phone's plan is {} bytes, the Welsh one's {}, every language's {}",
        size(&before[1]),
        size(&before[2]),
        size(&before[0])
    );
    let welsh = before[2].to_string();
    assert!(!welsh.contains(".role"), "no power-holder's role: {welsh}");
    assert!(!welsh.contains("\"seconds\""), "no item's length: {welsh}");

    // A Welsh phone's page, open before the change.
    let browser = Browser::new();
    let phone = browser.client_accepting(360, 740, "cy").await;
    phone.goto(&server.url("/join")).await;
    web::live(&phone).await;
    phone
        .execute("window.drawnBefore = true; return true;", vec![])
        .await
        .unwrap();

    // The organiser renames an institution in two languages: the Welsh
    // phone is sent the change in its plan and relabels it in place.
    let toml = plan_toml(&server);
    let renamed = toml
        .replacen(
            "St John’s Church, Wellington Road & District Parish Fellowship",
            "St John’s & St Mary’s — Wellington Road 🔔",
            1,
        )
        .replacen(
            "Eglwys Sant Ioan, Cymdeithas Plwyf Ffordd Wellington a’r Cylch",
            "Eglwys Sant Ioan a Santes Fair",
            1,
        );
    assert_ne!(renamed, toml, "the plan file names what is renamed");
    save_plan(&server, &renamed);
    web::wait_for_text(
        &phone,
        r#"[data-text="institution.st-johns.name"]"#,
        "Eglwys Sant Ioan a Santes Fair",
        web::WAIT,
    )
    .await;
    let kept = phone
        .execute("return window.drawnBefore === true;", vec![])
        .await
        .unwrap();
    assert_eq!(kept, true, "the phone relabelled its page without a reload");
    let held = server.get("/api/state").json()["plan_seq"]
        .as_u64()
        .unwrap();

    // Then gives another a Polish name, takes the last away, adds one, puts
    // an ask to one more holder and swaps the last two items.
    let before = hellos(&server);
    let toml = plan_toml(&server);
    let swap = |toml: &str| {
        let mut blocks: Vec<&str> = toml.split("\n[[item]]\n").collect();
        let n = blocks.len();
        assert!(n > 3, "the plan has items");
        let (last, before_last) = (blocks[n - 1], blocks[n - 2]);
        // The last block may run on to other tables: only the item moves.
        let (last_item, rest) = last.split_once("\n[").map_or((last, ""), |(a, b)| (a, b));
        let moved = format!("{last_item}\n\n[[item]]\n{before_last}");
        blocks.truncate(n - 2);
        let tail = if rest.is_empty() {
            String::new()
        } else {
            format!("\n[{rest}")
        };
        format!("{}\n[[item]]\n{moved}{tail}", blocks.join("\n[[item]]\n"))
    };
    let mut changed = toml.replacen(
        "name_ur = \"مسجد الہدیٰ اسلامی تعلیمی و ثقافتی مرکز\"",
        "name_ur = \"مسجد الہدیٰ اسلامی تعلیمی و ثقافتی مرکز\"\nname_pl = \"Meczet Al-Hudā\"",
        1,
    );
    assert_ne!(changed, toml, "the plan file has the Urdu name");
    let last_institution = changed.rfind("[[institution]]").unwrap();
    let end = last_institution + changed[last_institution..].find("\n\n").unwrap() + 2;
    changed.replace_range(last_institution..end, "");
    let to = changed.find("to = [\"police\"]").expect("the short ask");
    changed.replace_range(
        to..to + "to = [\"police\"]".len(),
        "to = [\"police\", \"nhs\"]",
    );
    let changed = swap(&changed)
        + "\n[[institution]]\nid = \"late\"\nname = \"Late Arrivals’ Tenants Union — اتحاد المستأجرين\"\nname_ar = \"اتحاد المستأجرين المتأخرين\"\npromised = 7\n";
    save_plan(&server, &changed);

    let after = hellos(&server);
    for ((lang, before), after) in LANGS.iter().zip(&before).zip(&after) {
        let patch = first(&server, &format!("role=attendee&plan={held}{lang}"));
        assert_eq!(patch["type"], "plan_patch", "{lang}: {patch}");
        assert_ne!(as_read(&before["plan"]), as_read(&after["plan"]));
        let (sent, whole) = (patch.to_string(), after.to_string());
        assert!(
            sent.len() * 2 < whole.len(),
            "{lang}: a change of {} bytes against a plan of {}",
            sent.len(),
            whole.len()
        );
        for key in ["$ids", "Late Arrivals"] {
            assert!(sent.contains(key), "{lang}: {key} in {sent}");
        }
        // Each phone is sent the translations into its language alone.
        assert_eq!(
            sent.contains("Meczet Al-Hudā"),
            lang.is_empty(),
            "{lang}: {sent}"
        );
        assert_eq!(
            sent.contains("المتأخرين"),
            ["", "&lang=ar"].contains(lang),
            "{lang}: {sent}"
        );

        // The phone's own script applies it.
        let applied = phone
            .execute(
                "const plan = structuredClone(arguments[0]); Live.merge(plan, arguments[1]); return plan;",
                vec![before["plan"].clone(), patch["plan"].clone()],
            )
            .await
            .unwrap();
        let (applied, expected) = (as_read(&applied), as_read(&after["plan"]));
        let differ: Vec<&String> = expected
            .as_object()
            .unwrap()
            .iter()
            .filter(|(key, value)| applied.get(key.as_str()) != Some(value))
            .map(|(key, _)| key)
            .collect();
        assert!(
            applied == expected,
            "{lang}: the phone's plan differs from the server's in {differ:?}"
        );
    }
}

/// The sockets the page has opened (`window.opened`, noted by a stand-in
/// for `WebSocket`), once one of them is `done`.
async fn opened_when(
    phone: &common::browser::Client,
    what: &str,
    done: impl Fn(&Value) -> bool,
) -> Vec<Value> {
    let done = &done;
    web::wait_until(phone, what, web::WAIT, || async move {
        match phone.execute("return window.opened || [];", vec![]).await {
            Ok(Value::Array(list)) if list.iter().any(done) => (Some(list), String::new()),
            other => (None, format!("{other:?}")),
        }
    })
    .await
}

#[test]
fn a_phones_page_opens_its_socket_holding_its_plan_in_its_language() {
    web::on_a_big_stack(first_socket());
}

/// The phone's page as the server sends it, in Welsh, run with a socket
/// that only notes where it was opened: its very first socket says the
/// plan the page carries (`plan=N`) and the page's language, so the
/// server sends it the state alone.
async fn first_socket() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    let page = common::request(
        server.addr,
        "GET",
        "/join",
        &[("Cookie", "assembly_lang=cy")],
        "",
    );
    assert_eq!(page.status, 200);
    let plan_seq = server.get("/api/state").json()["plan_seq"]
        .as_u64()
        .unwrap();
    let browser = Browser::new();
    let phone = browser.client(360, 740).await;
    // A page of the same origin without scripts, rewritten as the phone's
    // page once the browser's socket only notes its address.
    phone.goto(&server.url("/healthz")).await;
    phone
        .execute(
            "window.opened = [];
             window.WebSocket = class {
               constructor(url) { window.opened.push(String(url)); }
               close() {}
               send() { return false; }
             };
             document.open();
             document.write(arguments[0]);
             document.close();
             return true;",
            vec![Value::from(page.body)],
        )
        .await
        .unwrap();
    let opened = opened_when(&phone, "the page to open its socket", |_| true).await;
    let url = opened[0].as_str().unwrap();
    assert!(
        url.ends_with(&format!("/ws?role=attendee&plan={plan_seq}&lang=cy")),
        "{url}"
    );
}

#[test]
fn a_phones_page_opens_its_socket_again_holding_its_plan_in_its_language() {
    web::on_a_big_stack(holding());
}

/// A phone's page that opens its socket again (here after the server
/// restarts) says the plan it holds and its language, and is sent the
/// state alone: seen from inside the page.
async fn holding() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut server = Server::start(&data, Some(&languages()));
    let browser = Browser::new();
    let phone = browser.client_accepting(360, 740, "cy").await;
    phone.goto(&server.url("/join")).await;
    web::live(&phone).await;
    // Every socket the page opens from now on, and the types of what it is
    // sent, kept where the test can read them.
    phone
        .execute(
            "const Real = window.WebSocket;
             window.opened = [];
             window.WebSocket = class extends Real {
               constructor(url, protocols) {
                 super(url, protocols);
                 const seen = { url: String(url), types: [] };
                 window.opened.push(seen);
                 this.addEventListener('message', (e) => {
                   try { seen.types.push(JSON.parse(e.data).type); } catch { seen.types.push('?'); }
                 });
               }
             };
             return true;",
            vec![],
        )
        .await
        .unwrap();
    let addr = server.addr;
    server.kill();
    web::wait_for_attr(&phone, "body", "data-live", Some("no"), web::WAIT).await;
    let server = Server::start_at(&data, None, &addr.to_string());
    web::live(&phone).await;
    let opened = opened_when(
        &phone,
        "the page's new socket to be sent a state",
        |socket| {
            socket["types"]
                .as_array()
                .is_some_and(|types| types.contains(&"state".into()))
        },
    )
    .await;
    let socket = &opened[0];
    let url = socket["url"].as_str().unwrap();
    assert!(url.contains("role=attendee&plan=0&lang=cy"), "{url}");
    assert_eq!(socket["types"][0], "state", "the state alone: {socket}");
    assert!(
        !socket["types"]
            .as_array()
            .unwrap()
            .contains(&"hello".into()),
        "{socket}"
    );
    drop(server);
}

/// A `lang` that is not a language tag (too long, quotes, a NUL, an
/// unknown one) is no error: the socket opens as for any phone, with every
/// language for what does not read as a tag and none for a tag the plan
/// has no translations in.
#[test]
fn a_hostile_lang_opens_the_socket_as_for_any_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    let every = first(&server, "role=attendee");
    let long = "x".repeat(5000);
    for lang in [long.as_str(), "%22%3E%3Cscript%3E", "%00", "cy%2Cen", ""] {
        let hello = first(&server, &format!("role=attendee&lang={lang}"));
        assert_eq!(hello, every, "lang={}", &lang[..lang.len().min(40)]);
    }
    for lang in ["zz", "en-GB", "EN"] {
        let hello = first(&server, &format!("role=attendee&lang={lang}"));
        assert_eq!(hello["type"], "hello", "{lang}");
        assert!(
            hello["plan"].get("translations").is_none(),
            "{lang}: {hello}"
        );
    }
}
