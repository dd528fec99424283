//! `/setup` over HTTP: only the chair gets the form (anyone else gets what
//! `/chair` gives them), names from the plan are escaped in it, a plan
//! file is read into a draft without saving it, and the plan routes take a
//! draft of the largest plan the project supports.

use crate::common;
use common::stress;

use common::{KEY, Server, request};
use serde_json::{Value, json};

/// `POST /api/plan/draft-from-toml` of `toml`, with the chair key.
fn draft_from_toml(server: &Server, toml: &str) -> common::Response {
    let text = [("Content-Type", "text/plain")];
    server.chair_request("POST", "/api/plan/draft-from-toml", &text, toml)
}

#[test]
fn only_the_chair_gets_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));

    // No key: exactly what /chair says to such a visitor, and no plan.
    let chair = server.get("/chair");
    let setup = server.get("/setup");
    assert_eq!(setup.status, 401);
    assert_eq!(setup.status, chair.status);
    assert_eq!(setup.body, chair.body);
    assert!(!setup.body.contains("institutions.0.name"));
    assert!(
        !setup.body.contains("Masjid Al-Hud"),
        "no institution shown"
    );

    // A wrong key, as a bearer token or in the address: refused the same way.
    let wrong = request(
        server.addr,
        "GET",
        "/setup",
        &[("Authorization", "Bearer not-the-key")],
        "",
    );
    assert_eq!(wrong.status, 401);
    let wrong = server.get("/setup?key=not-the-key");
    assert_eq!(wrong.status, 401);
    assert!(wrong.header("set-cookie").is_none());

    // The chair's link works here too: the key becomes the session cookie
    // and leaves the address bar.
    let link = server.get(&format!("/setup?key={KEY}"));
    assert_eq!(link.status, 303, "{}", link.body);
    assert_eq!(link.header("location"), Some("/setup"));
    let cookie = link
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    assert!(cookie.starts_with("assembly_chair="));
    assert!(!cookie.contains(KEY), "the cookie is not the key");
    let page = request(server.addr, "GET", "/setup", &[("Cookie", &cookie)], "");
    assert_eq!(page.status, 200);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page.body.contains("id=\"institutions.0.name\""));
    assert!(page.body.contains("Masjid Al-Hudā"));

    // A bearer key works as well.
    let page = server.chair_get("/setup");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<script src=\"/assets/setup.js\" defer"));

    // And the page's own route for a file.
    let toml = std::fs::read_to_string(stress()).unwrap();
    let anyone = request(
        server.addr,
        "POST",
        "/api/plan/draft-from-toml",
        &[("Content-Type", "text/plain")],
        &toml,
    );
    assert_eq!(anyone.status, 401, "{}", anyone.body);
    assert!(!anyone.body.contains("Masjid"));
}

#[test]
fn names_from_the_plan_are_escaped_in_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "\\\"><script>alert(1)</script><input value=\\\"";
    let source = std::fs::read_to_string(stress())
        .unwrap()
        .replacen(
            "name = \"Masjid Al-Hudā Islamic Educational & Cultural Centre\"",
            &format!("name = \"{hostile}\""),
            1,
        )
        .replacen(
            "minutes = 20\n",
            "minutes = 20\nnotes = \"</textarea><b>bold</b>\"\n",
            1,
        );
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, source).unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&path));
    let page = server.chair_get("/setup");
    assert_eq!(page.status, 200);
    assert!(
        !page.body.contains("<script>alert"),
        "a name never becomes a script"
    );
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        !page.body.contains("</textarea><b>"),
        "notes never end their textarea"
    );
    assert!(page.body.contains("&lt;/textarea&gt;&lt;b&gt;bold"));
}

#[test]
fn a_plan_file_is_read_into_a_draft_without_saving_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let before = server.get("/api/state").json()["seq"].clone();
    let toml =
        std::fs::read_to_string(stress())
            .unwrap()
            .replacen("promised = 120", "promised = 121", 1);
    let read = draft_from_toml(&server, &toml);
    assert_eq!(read.status, 200, "{}", read.body);
    let draft = read.json()["draft"].clone();
    assert_eq!(draft["institutions"][0]["promised"], "121");
    assert_eq!(draft["items"][6]["duration"], "2");
    assert_eq!(
        draft["asks"][0]["to"],
        json!(["leader", "police", "nhs", "landlord"])
    );
    assert_eq!(
        server.get("/api/plan").json()["institutions"][0]["promised"],
        120
    );
    assert_eq!(
        server.get("/api/state").json()["seq"],
        before,
        "nothing saved"
    );

    // A broken file: every problem with its line and column, nothing loaded.
    let broken = "[assembly]\ntitle = \"Half\"\n\n[[item]]\ntitle = \"Welcome\"\nkind = \"welcom\"\nminutes = 3\n";
    let read = draft_from_toml(&server, broken);
    assert_eq!(read.status, 400);
    let answer = read.json();
    assert_eq!(answer["ok"], false, "the API's one error shape: {answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("problems to fix"),
        "{answer}"
    );
    let problems = answer["problems"].as_array().unwrap();
    assert!(problems.len() >= 2, "{answer}");
    let kind = problems
        .iter()
        .find(|p| p["message"].as_str().unwrap().contains("welcom"))
        .expect("the misspelt kind");
    assert_eq!(kind["line"], 6);
    assert!(kind["column"].as_u64().unwrap() > 0);
    assert!(answer.get("draft").is_none());
}

/// A draft of the stress plan with `n` institutions in all.
fn draft_with(server: &Server, n: usize) -> Value {
    let got = server.chair_get("/api/plan/draft");
    assert_eq!(got.status, 200, "{}", got.body);
    let mut draft = got.json()["draft"].clone();
    let institutions = draft["institutions"].as_array_mut().unwrap();
    for k in institutions.len()..n {
        institutions.push(json!({
            "id": format!("extra-{k}"),
            "name": format!("Tenants’ Association of Block {k}, Ystâd y Gamlas"),
            "promised": "12",
        }));
    }
    draft
}

#[test]
fn the_largest_plan_is_checked_and_saved_from_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    let draft = draft_with(&server, 500).to_string();
    assert!(
        draft.len() > 3 * 16 * 1024,
        "far bigger than a chair command may be: {} bytes",
        draft.len()
    );
    let json = ("Content-Type", "application/json");
    let checked = server.chair_request("POST", "/api/plan/check", &[json], &draft);
    assert_eq!(checked.status, 200, "{}", checked.body);
    assert_eq!(checked.json()["problems"], json!([]));

    let put = [json, ("If-Match", "0")];
    let saved = server.chair_request("PUT", "/api/plan", &put, &draft);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let plan = server.get("/api/plan").json();
    assert_eq!(plan["institutions"].as_array().unwrap().len(), 500);
    // The form is drawn again with every one of them.
    let page = server.chair_get("/setup");
    assert!(page.body.contains("id=\"institutions.499.name\""));
    assert!(
        page.body
            .contains("Institutions <span class=\"count\">(500)</span>")
    );
}

/// A report-back item keeps the power-holder it names through the form:
/// the draft carries it, the form offers it, and saving the draft back
/// changes nothing.
#[test]
fn a_report_back_item_keeps_its_power_holder_through_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let mut toml = std::fs::read_to_string(stress()).unwrap();
    toml.push_str(
        "\n[[item]]\ntitle = \"The leader reports back on last year's promises\"\n\
         kind = \"report_back\"\nminutes = 20\nholder = \"leader\"\n",
    );
    std::fs::write(&plan, toml).unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let draft = server.chair_get("/api/plan/draft").json()["draft"].clone();
    let last = draft["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "report_back");
    assert_eq!(last["holder"], "leader");
    let page = server.chair_get("/setup");
    assert!(
        page.body.contains("Power-holder reporting back"),
        "the form offers the holder"
    );
    let before = server.get("/api/plan").json();
    let saved = common::record::save_plan(&server, &draft);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(
        server.get("/api/plan").json(),
        before,
        "saving the same draft changes nothing"
    );
    assert_eq!(
        before["items"].as_array().unwrap().last().unwrap()["holder"],
        "leader"
    );
}
