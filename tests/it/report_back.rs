//! A report-back on the real binary: a home of two assemblies, the second
//! made from the first; its `report_back` item brings the first's
//! commitments of that power-holder back on stage (`/api/state`, as the
//! projector and the chair are sent it), a status said there is a step in
//! the first assembly's record (the desk's ledger, the scorecard), and the
//! second's report shows what was reported back at it. The same from
//! `serve --data HOME/<id>`, with no desk.

use crate::common;

use std::path::Path;

use assembly::home::{Home, New};
use common::{KEY, Server};
use serde_json::{Value, json};

const PRIVATE: &str = "PRIVATE-REPORT-BACK-NOTE-5f3";
pub(crate) const PUBLIC: &str = "Inspections began in June — بدأت التفتيشات 🌱";

/// A home: the stress plan's night (the leader said yes to inspections and
/// no to families, with a step since), and a second assembly made from it
/// whose second item is the leader's report-back.
pub(crate) fn home_of_two(home: &Path) -> (String, String) {
    let home_dir = Home::open(home).unwrap();
    home_dir.key().unwrap();
    let first = "2026-05-14-stress".to_owned();
    common::stress_assembly(&home_dir, &first);
    let mut night = Server::start(&home_dir.path_of(&first), None);
    night.must(r#"{"cmd":"start"}"#);
    for (ask, holder, answer) in [
        ("inspections", "leader", "yes"),
        ("families", "leader", "no"),
        ("short", "police", "yes"),
    ] {
        night.must(
            &json!({"cmd": "respond", "ask": ask, "holder": holder, "answer": answer}).to_string(),
        );
    }
    night.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "leader",
                "status": "in_progress", "at": "2026-06-02", "public_note": "Budget line agreed"})
        .to_string(),
    );
    night.must(r#"{"cmd":"end"}"#);
    night.terminate();
    let second = home_dir
        .create(&New {
            title: "Report-back Assembly".into(),
            day: Some("2026-11-13".into()),
            venue: None,
            from: Some(first.clone()),
        })
        .unwrap();
    let mut plan = home_dir.plan_of(&second).unwrap();
    let mut back = plan.items[0].clone();
    back.id = assembly::domain::plan::Id::parse("leader-reports-back").unwrap();
    back.title = "Councillor Okafor-Whitfield reports back on last spring's promises".into();
    back.kind = assembly::domain::ItemKind::ReportBack;
    back.holder = assembly::domain::plan::Id::parse("leader");
    back.seconds = 20 * 60;
    plan.items.insert(1, back);
    let store = assembly::store::Store::open(&home_dir.path_of(&second)).unwrap();
    store.save_plan(&plan).unwrap();
    (first, second)
}

fn recalled(server: &Server) -> Vec<Value> {
    let state = server.get("/api/state").json();
    state["report_back"].as_array().cloned().unwrap_or_default()
}

fn leaders_inspections(server: &Server, first: &str) -> Value {
    let ledger = server
        .chair_get(&format!(
            "/api/desk/commitments?holder=leader&assembly={first}"
        ))
        .json();
    (ledger["commitments"].as_array().unwrap().iter())
        .find(|c| c["ask"] == "inspections")
        .unwrap()
        .clone()
}

#[test]
fn a_holder_back_on_stage_reports_on_an_earlier_assemblys_commitment() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (first, second) = home_of_two(&home);
    let (mut server, _) = Server::desk(&home, &["--chair-key", KEY, "--live", &second]);
    server.must(r#"{"cmd":"start"}"#);
    assert!(recalled(&server).is_empty(), "only on the report-back item");
    server.must(r#"{"cmd":"next"}"#);

    // The leader's two commitments, as they stand; not the police's.
    let shown = recalled(&server);
    let asks: Vec<&str> = shown.iter().map(|c| c["ask"].as_str().unwrap()).collect();
    assert_eq!(asks, ["inspections", "families"], "{shown:?}");
    assert_eq!(shown[0]["assembly"], first.as_str());
    assert_eq!(shown[0]["day"], "2026-05-14");
    assert_eq!(shown[0]["answer"], "yes");
    assert_eq!(shown[0]["status"], "in_progress");
    assert_eq!(shown[0]["note"], "Budget line agreed");
    assert_eq!(shown[1]["answer"], "no");
    assert_eq!(shown[1]["status"], Value::Null);

    // One tap: achieved, with a public note and a private one.
    let said = json!({"cmd": "follow_up", "assembly": first, "ask": "inspections",
                      "holder": "leader", "status": "achieved", "public_note": PUBLIC,
                      "note": PRIVATE});
    server.must(&said.to_string());
    // Read your writes: the hall's state and the first's record at once.
    let shown = recalled(&server);
    assert_eq!(shown[0]["status"], "achieved");
    assert_eq!(shown[0]["said_here"], true);
    assert_eq!(shown[0]["note"], PUBLIC);
    let public = server.get("/api/state").body;
    assert!(!public.contains(PRIVATE), "{public}");
    let held = leaders_inspections(&server, &first);
    assert_eq!(held["status"], "achieved", "{held}");
    let steps = held["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2, "{held}");
    assert_eq!(steps[1]["public_note"], PUBLIC);

    // Refused, and written nowhere: an ask never put to the leader, an
    // assembly the home does not hold, a hostile id.
    for (assembly, ask, words) in [
        (first.as_str(), "short", "short"),
        ("2025-01-01-nowhere", "inspections", "2025-01-01-nowhere"),
        ("../../etc", "inspections", "../../etc"),
    ] {
        let refused = server.command(
            &json!({"cmd": "follow_up", "assembly": assembly, "ask": ask, "holder": "leader",
                    "status": "broken"})
            .to_string(),
        );
        assert_eq!(refused.status, 400, "{}", refused.body);
        assert!(refused.body.contains(words), "{}", refused.body);
    }
    assert_eq!(
        leaders_inspections(&server, &first)["steps"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // The same tap sent twice (a retry, its id the same) is one step.
    let steps = |server: &Server| {
        let ledger = server
            .chair_get(&format!(
                "/api/desk/commitments?holder=leader&assembly={first}"
            ))
            .json();
        (ledger["commitments"].as_array().unwrap().iter())
            .map(|c| c["steps"].as_array().unwrap().len())
            .sum::<usize>()
    };
    let before = steps(&server);
    let tap = json!({"cmd": "follow_up", "assembly": first, "ask": "families",
                     "holder": "leader", "status": "in_progress", "id": "tap-7f3a"});
    for _ in 0..2 {
        let sent = server.command(&tap.to_string());
        assert_eq!(sent.status, 200, "{}", sent.body);
    }
    assert_eq!(steps(&server), before + 1, "a retry is kept once");

    // A step recorded on the desk in the first assembly (not live): what
    // the hall is shown follows at once.
    let desk_step = server.chair_request(
        "POST",
        "/api/desk/command",
        &[("Content-Type", "application/json")],
        &json!({"assembly": first, "cmd": "follow_up", "ask": "families", "holder": "leader",
                "status": "not_started", "public_note": "Letter sent"})
        .to_string(),
    );
    assert_eq!(desk_step.status, 200, "{}", desk_step.body);
    let shown = recalled(&server);
    // Newer than what was said on stage (the retried tap above): the
    // record's latest step is where it stands.
    assert_eq!(shown[1]["status"], "not_started", "{shown:?}");
    assert_eq!(shown[1]["note"], "Letter sent");
    assert_eq!(shown[1]["said_here"], true, "it was said here, earlier");

    // While another server holds the first's record, nothing is said:
    // not there, not here.
    let mut holder = Server::start(&home.join(&first), None);
    let busy = server.command(
        &json!({"cmd": "follow_up", "assembly": first, "ask": "families", "holder": "leader",
                "status": "broken"})
        .to_string(),
    );
    assert_eq!(busy.status, 503, "{}", busy.body);
    assert!(busy.body.contains(first.as_str()), "{}", busy.body);
    assert_eq!(recalled(&server)[1]["status"], "not_started");
    holder.terminate();

    // The second's report shows what was reported back at it.
    let report = server.get("/report").body;
    assert!(
        report.contains("Reported back at this assembly"),
        "{report}"
    );
    assert!(report.contains(PUBLIC) && !report.contains(PRIVATE));
    server.terminate();

    // The scorecard has the step, dated, with its public note only.
    let site = dir.path().join("site");
    let card = crate::publish::publish(&home, &site);
    let kept = (card["commitments"].as_array().unwrap().iter())
        .find(|c| {
            c["assembly"] == first.as_str() && c["ask"] == "inspections" && c["holder"] == "leader"
        })
        .unwrap();
    assert_eq!(kept["status"], "achieved", "{kept}");
    assert_eq!(kept["steps"][1]["public_note"], PUBLIC);
    let report =
        std::fs::read_to_string(site.join(format!("assemblies/{second}/report.html"))).unwrap();
    assert!(
        report.contains(PUBLIC),
        "the published report of the second"
    );
    for file in ["scorecard.json", "index.html", "holders/leader.html"] {
        let text = std::fs::read_to_string(site.join(file)).unwrap();
        assert!(!text.contains(PRIVATE), "{file}");
    }

    // `serve --data HOME/<id>` finds its home: the same report-back, and
    // a status said there is kept in the first's record too.
    let alone = Server::start(&home.join(&second), None);
    let shown = recalled(&alone);
    assert_eq!(shown[0]["status"], "achieved", "{shown:?}");
    assert_eq!(shown[0]["said_here"], true);
    alone.must(
        &json!({"cmd": "follow_up", "assembly": first, "ask": "families", "holder": "leader",
                "status": "broken", "public_note": "Refused again"})
        .to_string(),
    );
    assert_eq!(recalled(&alone)[1]["status"], "broken");
    drop(alone);
    let mut record = Server::start(&home.join(&first), None);
    let json = record.chair_get("/export/record.json").body;
    assert!(
        json.contains("Refused again") && json.contains(PUBLIC),
        "{json}"
    );
    assert!(
        json.contains(PRIVATE),
        "the chair's record keeps the private note"
    );
    record.terminate();
}
