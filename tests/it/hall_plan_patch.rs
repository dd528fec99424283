//! A phone holding the plan before a change is sent only what changed
//! (`plan_patch`), and its page, applying it as `live.js` does, holds the
//! very plan the server now sends whole: renamed, translated, added,
//! removed and moved entries of a six-language plan alike.

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

#[test]
fn a_phone_applies_the_change_and_holds_the_plan_the_server_has() {
    web::on_a_big_stack(scenario());
}

async fn scenario() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    server.must(r#"{"cmd":"start"}"#);
    let before = first(&server, "role=attendee");
    assert_eq!(before["type"], "hello");

    // The organiser renames an institution in two languages, gives another
    // a Polish name, takes the last away, adds one, puts an ask to one
    // more holder and swaps the last two items.
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
    let mut changed = toml
        .replacen(
            "St John’s Church, Wellington Road & District Parish Fellowship",
            "St John’s & St Mary’s — Wellington Road 🔔",
            1,
        )
        .replacen(
            "Eglwys Sant Ioan, Cymdeithas Plwyf Ffordd Wellington a’r Cylch",
            "Eglwys Sant Ioan a Santes Fair",
            1,
        )
        .replacen(
            "name_ur = \"مسجد الہدیٰ اسلامی تعلیمی و ثقافتی مرکز\"",
            "name_ur = \"مسجد الہدیٰ اسلامی تعلیمی و ثقافتی مرکز\"\nname_pl = \"Meczet Al-Hudā\"",
            1,
        );
    assert_ne!(changed, toml, "the plan file names what is renamed");
    let last_institution = changed.rfind("[[institution]]").unwrap();
    let end = last_institution + changed[last_institution..].find("\n\n").unwrap() + 2;
    changed.replace_range(last_institution..end, "");
    let to = changed.find("to = [\"police\"]").expect("the short ask");
    changed.replace_range(
        to..to + "to = [\"police\"]".len(),
        "to = [\"police\", \"nhs\"]",
    );
    let changed = swap(&changed)
        + "\n[[institution]]\nid = \"late\"\nname = \"Late Arrivals’ Tenants Union — اتحاد المستأجرين\"\npromised = 7\n";
    save_plan(&server, &changed);

    let patch = first(&server, "role=attendee&plan=0");
    assert_eq!(patch["type"], "plan_patch", "{patch}");
    let after = first(&server, "role=attendee");
    assert_eq!(after["type"], "hello");
    assert_ne!(as_read(&before["plan"]), as_read(&after["plan"]));
    let (sent, whole) = (patch.to_string().len(), after.to_string().len());
    assert!(
        sent * 3 < whole,
        "a change of {sent} bytes against a plan of {whole}"
    );
    for key in [
        "$ids",
        "Meczet Al-Hudā",
        "Late Arrivals",
        "Eglwys Sant Ioan a Santes Fair",
    ] {
        assert!(patch.to_string().contains(key), "{key} in {patch}");
    }

    // The phone's own script applies it.
    let browser = Browser::new();
    let phone = browser.client(360, 740).await;
    phone.goto(&server.url("/join")).await;
    web::live(&phone).await;
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
        "the phone's plan differs from the server's in {differ:?}"
    );
}
