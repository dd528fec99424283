//! Refusals travel as codes with named values beside the English text:
//! the chair's socket and the JSON API carry `refusal` and `args`, and a
//! phone without JavaScript gets its error page in its own language.

use crate::common;

use std::time::Duration;

use common::socket::{Socket, open, read_until};
use common::{KEY, Server, request};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

/// Send a message and wait for the reply with this `id`.
fn reply_to(socket: &mut Socket, text: &str, id: &str) -> Value {
    socket.send(Message::text(text)).unwrap();
    let what = format!("reply to {text}");
    read_until(socket, Duration::from_secs(5), &what, |v| {
        v["type"] == "result" && v["id"] == id
    })
    .pop()
    .unwrap()
}

/// An English refusal reads as a sentence: words, no message id, no
/// placeholder left unfilled.
fn assert_sentence(error: &str) {
    assert!(error.split(' ').count() >= 5, "not a sentence: {error:?}");
    assert!(
        !error.contains("refusal-") && !error.contains('{') && !error.contains('$'),
        "not rendered: {error:?}"
    );
}

/// The demo plan's items, to name one past the end.
fn items(server: &Server) -> u64 {
    server.get("/api/plan").json()["items"]
        .as_array()
        .unwrap()
        .len() as u64
}

#[test]
fn a_chair_command_refused_over_the_socket_or_the_api_carries_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let last = items(&server) - 1;

    // The API, before the start: a code, no values, and the English text.
    let refused = server.command(r#"{"cmd":"next"}"#);
    assert_eq!(refused.status, 400);
    let body = refused.json();
    assert_eq!(body["ok"], false);
    assert_eq!(body["refusal"], "not_started");
    assert_eq!(body["args"], json!({}));
    assert_eq!(
        body["error"],
        "the assembly has not started yet: send `start` first"
    );

    server.must(r#"{"cmd":"start"}"#);
    let refused = server.command(r#"{"cmd":"goto","item":99}"#).json();
    assert_eq!(refused["refusal"], "no_such_item");
    assert_eq!(refused["args"], json!({ "item": 99, "last": last }));
    let error = refused["error"].as_str().unwrap();
    assert_sentence(error);
    assert_eq!(
        error,
        format!("there is no item 99: items are numbered 0 to {last}")
    );

    // Values that are names travel as text, with the English quoting them.
    let refused = server
        .command(r#"{"cmd":"turnout","institution":"no-such-church","count":3}"#)
        .json();
    assert_eq!(refused["refusal"], "no_such_institution");
    assert_eq!(refused["args"]["institution"], "no-such-church");
    assert!(
        refused["error"]
            .as_str()
            .unwrap()
            .contains("`no-such-church`")
    );

    // The socket: the same code and values beside the English text.
    let mut chair = open(&server.ws_url(&format!("role=chair&key={KEY}")));
    let reply = reply_to(&mut chair, r#"{"cmd":"goto","item":99,"id":"g1"}"#, "g1");
    assert_eq!(reply["ok"], false);
    assert_eq!(reply["status"], 400);
    assert_eq!(reply["refusal"], "no_such_item");
    assert_eq!(reply["args"], json!({ "item": 99, "last": last }));
    assert_sentence(reply["error"].as_str().unwrap());

    let reply = reply_to(&mut chair, r#"{"cmd":"start","id":"s1"}"#, "s1");
    assert_eq!(reply["refusal"], "already_running");

    // A conflict names both changes in its args, for a program; its
    // sentence is for a person and speaks of no change numbers.
    let seq = server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"next"}"#);
    let text = format!(r#"{{"cmd":"back","expect":{},"id":"c1"}}"#, seq - 1);
    let reply = reply_to(&mut chair, &text, "c1");
    assert_eq!(reply["status"], 409);
    assert_eq!(reply["refusal"], "conflict");
    assert_eq!(reply["args"]["expected"], seq - 1);
    assert_eq!(reply["args"]["latest"], seq + 1);
    let error = reply["error"].as_str().unwrap();
    assert_sentence(error);
    assert!(
        !error.contains(&(seq + 1).to_string()) && !error.contains("change 1"),
        "{error}"
    );

    // A command that is done carries no refusal.
    let reply = reply_to(&mut chair, r#"{"cmd":"pause","id":"p1"}"#, "p1");
    assert_eq!(reply["ok"], true);
    assert!(reply.get("refusal").is_none() && reply.get("args").is_none());

    // A message too long: the field is a code, the numbers are numbers.
    let long = "x".repeat(300);
    let refused = server
        .command(&format!(
            r#"{{"cmd":"message","to":"screen","text":"{long}"}}"#
        ))
        .json();
    assert_eq!(refused["refusal"], "too_long");
    assert_eq!(
        refused["args"],
        json!({ "field": "message", "length": 300, "max": 280 })
    );
    assert!(
        refused["error"]
            .as_str()
            .unwrap()
            .starts_with("the message is 300 characters long")
    );
}

/// A phone's pledge through the form without JavaScript (no JSON asked
/// for), in the languages its browser asks for.
fn pledge_form(server: &Server, cookie: &str, headers: &[(&str, &str)]) -> common::Response {
    form(
        server,
        cookie,
        "/join/pledge",
        "pledge=action-teams&answer=yes",
        headers,
    )
}

/// A phone's form sent to `path` without JavaScript, with its device
/// cookie and `headers`.
fn form(
    server: &Server,
    cookie: &str,
    path: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> common::Response {
    let cookie = format!("assembly_device={cookie}");
    let mut all = vec![
        ("Cookie", cookie.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    all.extend_from_slice(headers);
    request(server.addr, "POST", path, &all, body)
}

/// A refusal page whose `<html>` tag is `html` and which says `says`.
fn refused_saying(page: &common::Response, html: &str, says: &str) {
    assert_eq!(page.status, 400);
    assert_eq!(html_tag(&page.body), html);
    assert!(page.body.contains(says), "{}", page.body);
}

fn html_tag(page: &str) -> &str {
    let at = page.find("<html").expect("an html element");
    let end = page[at..].find('>').unwrap();
    &page[at..at + end + 1]
}

#[test]
fn a_phone_without_javascript_is_refused_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let (_, cookie) = server.check_in(None, "");
    assert!(!cookie.is_empty());

    // Welsh: no pledge is open before the start.
    let page = pledge_form(
        &server,
        &cookie,
        &[("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5")],
    );
    refused_saying(
        &page,
        r#"<html lang="cy" dir="ltr">"#,
        "nid yw’r addewid hwn ar agor ar hyn o bryd",
    );
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.body.contains("Yn ôl i dudalen y cynulliad"));
    assert!(!page.body.contains("not open right now"), "{}", page.body);

    // Arabic: right to left, in Arabic.
    let page = pledge_form(&server, &cookie, &[("Accept-Language", "ar")]);
    refused_saying(
        &page,
        r#"<html lang="ar" dir="rtl">"#,
        "هذا التعهّد ليس مفتوحًا الآن",
    );
    assert!(!page.body.contains("not open right now"));

    // The phone's remembered choice wins over its browser; a language the
    // assembly does not ship falls back to the plan's (English).
    let page = pledge_form(
        &server,
        &cookie,
        &[("Accept-Language", "cy"), ("Cookie", "assembly_lang=pl")],
    );
    assert!(
        html_tag(&page.body).contains(r#"lang="pl""#),
        "{}",
        page.body
    );
    assert!(page.body.contains("to zobowiązanie nie jest teraz otwarte"));
    let page = pledge_form(&server, &cookie, &[("Accept-Language", "xx-YY, *;q=0.1")]);
    assert_eq!(html_tag(&page.body), r#"<html lang="en" dir="ltr">"#);
    assert!(page.body.contains("this pledge is not open right now"));

    // An answer that is neither yes nor no, in Urdu.
    let page = form(
        &server,
        &cookie,
        "/join/pledge",
        "pledge=action-teams&answer=maybe",
        &[("Accept-Language", "ur")],
    );
    refused_saying(
        &page,
        r#"<html lang="ur" dir="rtl">"#,
        "جواب ہاں یا نہیں ہونا چاہیے",
    );

    // Checking in with a group that is not in the plan, in Somali: the
    // name is the phone's own text, escaped.
    let page = form(
        &server,
        &cookie,
        "/join",
        "institution=%3Cb%3Enowhere",
        &[("Accept-Language", "so")],
    );
    assert_eq!(page.status, 400);
    assert!(html_tag(&page.body).contains(r#"lang="so""#));
    assert!(
        page.body
            .contains("kooxda \"&lt;b&gt;nowhere\" kuma jirto liiska")
            || page
                .body
                .contains("kooxda &quot;&lt;b&gt;nowhere&quot; kuma jirto liiska"),
        "{}",
        page.body
    );
}

#[test]
fn a_phone_asking_for_json_gets_the_code_to_say_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let (_, cookie) = server.check_in(None, "");

    let refused = server.pledge(&cookie, "action-teams", "yes");
    assert_eq!(refused.status, 400);
    let body = refused.json();
    assert_eq!(body["refusal"], "pledge_closed");
    assert_eq!(body["args"], json!({}));
    assert_sentence(body["error"].as_str().unwrap());

    let refused = server.pledge(&cookie, "action-teams", "perhaps").json();
    assert_eq!(refused["refusal"], "bad_answer");

    // A phone that never checked in (no cookie at all).
    let refused = request(
        server.addr,
        "POST",
        "/join/pledge",
        &[
            ("Accept", "application/json"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        "pledge=action-teams&answer=yes",
    )
    .json();
    assert_eq!(refused["refusal"], "not_checked_in");
    assert_eq!(refused["error"], "check in first, then you can pledge");

    let refused = server.check_in(Some(&cookie), "no-such-group").0.json();
    assert_eq!(refused["refusal"], "unknown_group");
    assert_eq!(refused["args"], json!({ "institution": "no-such-group" }));

    // On the phone's socket: a pledge before any check-in.
    let mut phone = open(&server.ws_url("role=attendee"));
    let reply = reply_to(
        &mut phone,
        r#"{"cmd":"pledge","pledge":"action-teams","yes":true,"id":"q1"}"#,
        "q1",
    );
    assert_eq!(reply["ok"], false);
    assert_eq!(reply["refusal"], "not_checked_in");
    assert_eq!(reply["args"], json!({}));
}
