//! Changing the plan of a running record over HTTP, as `/setup` does: the
//! change is saved whole, refused with reasons when the record forbids it,
//! seen by the very next request and by every socket, and kept in the
//! record's plan changes.

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::socket::{Socket, open, read_until};
use common::{KEY, Server, request};
use serde_json::{Value, json};

const STRESS: &str = "tests/fixtures/stress.toml";

fn put(server: &Server, body: &str, headers: &[(&str, &str)]) -> common::Response {
    server.chair_request("PUT", "/api/plan", headers, body)
}

fn plan_toml(server: &Server) -> String {
    let response = server.chair_get("/export/plan.toml");
    assert_eq!(response.status, 200, "{}", response.body);
    response.body
}

/// Reads a socket until a `hello` holding `needle` arrives.
fn hello_with(socket: &mut Socket, needle: &str) {
    read_until(
        socket,
        Duration::from_secs(10),
        "hello with the new plan",
        |v| v["type"] == "hello" && v.to_string().contains(needle),
    );
}

/// Reads a socket until a state of `plan_seq` arrives; returns the types
/// of the plan messages (`hello`, `plan_patch`) that came on the way.
fn plans_until(socket: &mut Socket, plan_seq: u64) -> Vec<Value> {
    read_until(
        socket,
        Duration::from_secs(10),
        "state of the new plan",
        |v| v["state"]["plan_seq"] == plan_seq,
    )
    .into_iter()
    .filter(|v| v["type"] == "hello" || v["type"] == "plan_patch")
    .collect()
}

#[test]
fn a_plan_change_is_saved_whole_seen_at_once_and_kept_in_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(Path::new(STRESS)));
    let (_, cookie) = server.check_in(None, "huda");
    let mut screen = open(&server.ws_url("role=screen"));
    let mut phone = open(&server.ws_url("role=attendee"));

    // The draft: seq 0, and the institution with a phone is locked.
    let draft = server.chair_get("/api/plan/draft");
    assert_eq!(draft.status, 200, "{}", draft.body);
    assert_eq!(draft.header("etag"), Some("\"0\""));
    let draft = draft.json();
    assert_eq!(draft["seq"], 0);
    assert_eq!(draft["locked"]["institutions"], json!(["huda"]));
    assert_eq!(draft["draft"]["institutions"].as_array().unwrap().len(), 16);

    // Without the key: refused, and nothing to read.
    let anonymous = request(server.addr, "GET", "/api/plan/draft", &[], "");
    assert_eq!(anonymous.status, 401);
    let anonymous = request(server.addr, "GET", "/export/plan.toml", &[], "");
    assert_eq!(anonymous.status, 401);
    let anonymous = request(server.addr, "PUT", "/api/plan", &[], "x");
    assert_eq!(anonymous.status, 401);

    // Fix a misspelt name, add an institution and a late item, as TOML.
    let toml = plan_toml(&server);
    let fixed = toml.replace(
        "Masjid Al-Hudā Islamic Educational & Cultural Centre",
        "Masjid Al-Hudā Islamic Education & Cultural Centre",
    ) + "\n[[institution]]\nid = \"late\"\nname = \"Late Arrivals’ Tenants Union\"\npromised = 7\n\
         \n[[item]]\nid = \"thanks\"\ntitle = \"Thanks to the stewards\"\nkind = \"speech\"\nminutes = 2\n";
    let saved = put(&server, &fixed, &[("If-Match", "\"0\"")]);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let saved = saved.json();
    let seq = saved["seq"].as_u64().unwrap();
    assert_eq!(saved["plan_seq"], seq);
    let changes = saved["changes"].to_string();
    assert!(changes.contains("added institution"), "{changes}");
    assert!(changes.contains("Islamic Education &"), "{changes}");
    assert!(changes.contains("added item"), "{changes}");

    // Read your writes: the very next requests see the new plan.
    let public = server.get("/api/plan").json();
    assert!(public.to_string().contains("Late Arrivals’ Tenants Union"));
    let state = server.get("/api/state").json();
    assert_eq!(state["plan_seq"], seq);
    let join = request(
        server.addr,
        "GET",
        "/join",
        &[("Cookie", &format!("assembly_device={cookie}"))],
        "",
    );
    assert!(
        join.body
            .contains("Islamic Education &amp; Cultural Centre")
    );
    assert!(join.body.contains("Late Arrivals’ Tenants Union"));
    assert!(join.body.contains("Thanks to the stewards"));
    // The projector's socket is sent the new plan.
    hello_with(&mut screen, "Late Arrivals");
    // So is a phone's, at once, before the state of the new plan_seq: the
    // first hello, then only what changed in the plan it holds.
    let plans = plans_until(&mut phone, seq);
    let types: Vec<&Value> = plans.iter().map(|v| &v["type"]).collect();
    assert_eq!(types, ["hello", "plan_patch"], "{plans:?}");
    let change = &plans[1];
    assert_eq!(
        (&change["from"], &change["plan_seq"]),
        (&json!(0), &json!(seq))
    );
    let sent = change["plan"].to_string();
    assert!(sent.contains("Islamic Education &"), "{sent}");
    assert!(sent.contains("Late Arrivals’ Tenants Union"), "{sent}");
    assert!(
        !sent.contains("Wellington Road"),
        "only what changed: {sent}"
    );
    assert!(
        sent.len() * 4 < plans[0]["plan"].to_string().len(),
        "{sent}"
    );
    // A phone whose page changed shape (here an institution was added)
    // also fetches it again: what it fetches besides the page answers 304.
    let script = server.get("/assets/join.js");
    let tag = script
        .header("etag")
        .expect("assets carry an ETag")
        .to_owned();
    let again = request(
        server.addr,
        "GET",
        "/assets/join.js",
        &[("If-None-Match", &tag)],
        "",
    );
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    // The phone's check-in still counts for its institution.
    assert_eq!(state["turnout"]["checked_in"]["huda"], 1);

    // The editor who started from 0 is now stale.
    let stale = put(&server, &toml, &[("If-Match", "0")]);
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert_eq!(stale.json()["stale"], true);
    assert_eq!(stale.json()["latest"], seq);

    // Taking away the institution with a phone is refused, with the reason.
    let toml = plan_toml(&server);
    let start = toml.find("id = \"huda\"").unwrap();
    let header = toml[..start].rfind("[[institution]]").unwrap();
    let end = start + toml[start..].find("\n\n").unwrap();
    let without = format!("{}{}", &toml[..header], &toml[end + 2..]);
    let refused = put(&server, &without, &[("If-Match", &seq.to_string())]);
    assert_eq!(refused.status, 409, "{}", refused.body);
    let body = refused.json();
    let reason = body["refused"][0]["message"].as_str().unwrap();
    assert!(reason.contains("1 phone checked in"), "{reason}");
    assert!(reason.contains("id = \"huda\""), "{reason}");
    assert_eq!(body["refused"][0]["field"], "institutions");
    assert_eq!(
        server.get("/api/state").json()["seq"],
        seq,
        "nothing written"
    );

    // A plan with problems: 400 with each at its line and column.
    let broken = toml.replacen("minutes = 2\n", "minutes = \"2:3x\"\n", 1);
    let bad = put(&server, &broken, &[]);
    assert_eq!(bad.status, 400, "{}", bad.body);
    let problem = &bad.json()["problems"][0];
    assert!(problem["line"].as_u64().unwrap() > 1, "{problem}");
    let message = problem["message"].as_str().unwrap();
    assert!(message.contains("\"minutes\""), "{problem}");

    // A draft as JSON, as /setup sends it; a notes change is the chair's.
    let mut draft = server.chair_get("/api/plan/draft").json()["draft"].clone();
    draft["items"][0]["notes"] = json!("Secret: the mayor is late");
    draft["items"][0]["duration"] = json!("2:30");
    let saved = put(
        &server,
        &draft.to_string(),
        &[("Content-Type", "application/json")],
    );
    assert_eq!(saved.status, 200, "{}", saved.body);
    let public = server.get("/export/record.json").body;
    assert!(!public.contains("the mayor is late"), "notes stay private");
    assert!(public.contains("\"plan_changes\""));
    assert!(public.contains("Late Arrivals"));
    let full = server.chair_get("/export/record.json").body;
    assert!(full.contains("the mayor is late"));
    let saves: Value = serde_json::from_str::<Value>(&full).unwrap()["plan_saves"].clone();
    assert_eq!(saves.as_array().unwrap().len(), 2, "{saves}");
    let report = server.get("/report").body;
    assert!(report.contains("Changes to the plan"));
    assert!(!report.contains("the mayor is late"));
}

#[test]
fn a_draft_is_checked_as_typed_with_each_problem_at_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(Path::new(STRESS)));
    server.check_in(None, "nour");
    let mut draft = server.chair_get("/api/plan/draft").json()["draft"].clone();
    draft["items"][2]["duration"] = json!("2:3x");
    draft["institutions"][5]["name"] = json!("");
    let check = |draft: &Value| {
        let json = [("Content-Type", "application/json")];
        let response = server.chair_request("POST", "/api/plan/check", &json, &draft.to_string());
        assert_eq!(response.status, 200, "{}", response.body);
        response.json()
    };
    let checked = check(&draft);
    let fields: Vec<&str> = checked["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["institutions.5.name", "items.2.duration"]);

    // A valid draft that takes away the institution with a phone.
    draft["items"][2]["duration"] = json!("3");
    draft["institutions"][5]["name"] = json!("Église réformée");
    let nour = draft["institutions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|i| i["id"] == "nour")
        .unwrap();
    draft["institutions"].as_array_mut().unwrap().remove(nour);
    let checked = check(&draft);
    assert_eq!(checked["problems"], json!([]));
    assert_eq!(checked["refused"][0]["id"], "nour");
    assert!(
        checked["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c.as_str().unwrap().contains("Église réformée"))
    );
    // Nothing was saved by checking.
    assert_eq!(server.get("/api/state").json()["plan_seq"], 0);
}

#[test]
fn serve_with_an_edited_plan_file_applies_it_as_a_change_and_keeps_setup_edits() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("plan.toml");
    std::fs::copy(STRESS, &plan).unwrap();
    let server = Server::start(&data, Some(&plan));
    server.check_in(None, "huda");
    server.must(r#"{"cmd":"start"}"#);
    drop(server);

    // The organiser fixes a name in the file and starts again.
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replace("Beth Shalom Reform Synagogue", "Beth Shalom Synagogue"),
    )
    .unwrap();
    let (server, said) = Server::start_telling(&data, Some(&plan));
    assert!(said.contains("changes the plan of this record"), "{said}");
    assert!(said.contains("Beth Shalom Synagogue"), "{said}");
    assert!(
        server
            .get("/api/plan")
            .body
            .contains("Beth Shalom Synagogue")
    );

    // A change made in /setup survives a restart with the same file.
    let toml = plan_toml(&server);
    let saved = put(
        &server,
        &toml.replace("Beth Shalom Synagogue", "Beth Shalom"),
        &[],
    );
    assert_eq!(saved.status, 200, "{}", saved.body);
    drop(server);
    let (server, said) = Server::start_telling(&data, Some(&plan));
    assert!(said.contains("changed since"), "{said}");
    let public = server.get("/api/plan").body;
    assert!(
        public.contains("\"בית הכנסת בית שלום — Beth Shalom\""),
        "{public}"
    );
}

#[test]
fn every_organiser_page_opens_from_the_chair_link_and_only_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(Path::new(STRESS)));
    for page in ["/chair", "/setup", "/setup/import", "/follow-up"] {
        let opened = server.get(&format!("{page}?key={KEY}"));
        assert_eq!(opened.status, 303, "{page}: {}", opened.body);
        assert_eq!(opened.header("location"), Some(page));
        let cookie = opened.header("set-cookie").expect("the session cookie");
        assert!(!cookie.contains(KEY), "{page}: the cookie is not the key");
        let session = cookie.split(';').next().unwrap();
        let page_now = request(server.addr, "GET", page, &[("Cookie", session)], "");
        assert_eq!(page_now.status, 200, "{page} with the session cookie");
        assert_eq!(server.get(page).status, 401, "{page} without a key");
        let wrong = server.get(&format!("{page}?key=not-the-key-at-all"));
        assert_eq!(wrong.status, 401, "{page} with a wrong key");
    }
}
