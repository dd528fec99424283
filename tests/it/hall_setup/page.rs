//! The setup page as a test drives it: plans to load, and waiting for
//! the form's checks, its problems and its saves.

use std::path::{Path, PathBuf};

use super::common::browser::{self as web, Client, WAIT, keys};
use super::common::hall::as_chair;
pub use super::common::hall::{bearer, plan_toml, stress};
use super::common::{KEY, Server};
use serde_json::Value;

pub fn stress_source() -> String {
    std::fs::read_to_string(stress()).unwrap()
}

pub const MISSPELT: &str = "St Jhon’s Church, Wellington Road & District Parish Fellowship";
pub const FIXED: &str = "St John’s Church, Wellington Road & District Parish Fellowship";

/// The stress plan with 500 institutions, the first one's name misspelt.
pub fn big_plan(dir: &Path) -> PathBuf {
    let source = stress_source().replace(
        "St John’s Church, Wellington Road & District Parish Fellowship",
        MISSPELT,
    );
    let extra: String = (0..484)
        .map(|n| {
            format!(
                "[[institution]]\nid = \"extra-{n}\"\nname = \"Tenants’ Association of Block {n}, Ystâd y Gamlas\"\npromised = {}\n\n",
                n % 90 + 5
            )
        })
        .collect();
    let at = source.find("[[power_holder]]").unwrap();
    let path = dir.join("big.toml");
    std::fs::write(&path, format!("{}{extra}{}", &source[..at], &source[at..])).unwrap();
    path
}

pub fn css(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

/// Open `/setup` with the chair key and wait for the form's first check;
/// how many checks it has drawn.
pub async fn open_setup(client: &Client, server: &Server) -> u64 {
    client.goto(&server.url(&format!("/setup?key={KEY}"))).await;
    checked_since(client, 0).await
}

/// `body[data-dirty]`: whether the form holds edits not yet saved.
pub async fn dirty(client: &Client) -> Option<String> {
    web::attr_of(client, "body", "data-dirty").await.unwrap()
}

/// Choose `file` in the form's upload box, as an organiser picking it.
pub async fn upload(client: &Client, file: &Path) {
    client
        .find("#upload")
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
}

/// The plan as the organiser's draft, translations and all.
pub fn draft(server: &Server) -> Value {
    let answer = as_chair(server, "GET", "/api/plan/draft", "");
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()["draft"].clone()
}

/// How many checks the page has drawn since it loaded.
pub async fn checks(client: &Client) -> u64 {
    web::attr_of(client, "#setup", "data-checked")
        .await
        .ok()
        .flatten()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Wait for a check drawn after the `before`th.
pub async fn checked_since(client: &Client, before: u64) -> u64 {
    web::wait_until(client, "a fresh check of the form", WAIT, || async move {
        let now = checks(client).await;
        ((now > before).then_some(now), format!("{now} checks"))
    })
    .await
}

/// A timing the page keeps of its last check, in ms (`#setup[attr]`:
/// `data-check-ms` there and back, `data-render-ms` to draw it).
pub async fn timing(client: &Client, attr: &str) -> u64 {
    web::attr_of(client, "#setup", attr)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("the page keeps {attr}"))
        .parse()
        .unwrap()
}

/// Wait until the page's last check found `n` problems.
pub async fn problems_are(client: &Client, n: u64) {
    web::wait_for_attr(
        client,
        "#setup",
        "data-problems",
        Some(&n.to_string()),
        WAIT,
    )
    .await;
}

/// Empty a text field and type `text` into it, as a person would.
pub async fn retype(client: &Client, id: &str, text: &str) {
    let field = client.find(&css(id)).await.unwrap();
    let clear = format!("{}a{}{}", keys::CONTROL, keys::NULL, keys::BACKSPACE);
    field.send_keys(&clear).await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

pub async fn value(client: &Client, id: &str) -> String {
    client
        .find(&css(id))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

pub async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.unwrap()
}

/// The problem shown beside a field, once there is one that says `needle`.
pub async fn error_beside(client: &Client, id: &str, needle: &str) -> String {
    let error = format!("{id}-error");
    let text = web::wait_for_text_containing(client, &css(&error), needle, WAIT).await;
    // A list of checkboxes is described through each of its boxes.
    let control = if id.ends_with(".to") {
        format!("{} input", css(id))
    } else {
        css(id)
    };
    let described = web::attr_of(client, &control, "aria-describedby")
        .await
        .unwrap();
    assert!(
        described.unwrap_or_default().split(' ').any(|d| d == error),
        "{id} is described by its error"
    );
    text
}

pub async fn no_error_beside(client: &Client, id: &str) {
    let what = format!("{id} to be valid again");
    web::wait_until(client, &what, WAIT, || async move {
        let gone = client.find(&css(&format!("{id}-error"))).await.is_err();
        let invalid = web::attr_of(client, &css(id), "aria-invalid")
            .await
            .unwrap();
        (
            (gone && invalid.is_none()).then_some(()),
            format!("error shown: {}, aria-invalid {invalid:?}", !gone),
        )
    })
    .await;
}

pub async fn save(client: &Client) -> String {
    web::click(client, "#save", WAIT).await;
    web::wait_for_text_containing(client, "#result", "Saved: ", WAIT).await
}

pub fn plan(server: &Server) -> Value {
    server.get("/api/plan").json()
}
