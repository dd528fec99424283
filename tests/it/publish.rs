//! `assembly publish` on the real binary: the scorecard of a home of two
//! assemblies, checked file by file (every link resolves inside the site,
//! no script, nothing private anywhere), `scorecard.json` against the
//! desk's own list, and the pages looked at in Chromium at 360 and 1280 px.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assembly::home::{Home, New};
use common::browser::{self as web, Browser};
use common::{KEY, Server, fit};
use serde_json::{Value, json};

const PRIVATE: [&str; 3] = [
    "PRIVATE-ANSWER-NOTE-7c1",
    "PRIVATE-STEP-NOTE-9d2",
    "PRIVATE-SECOND-STEP-4e8",
];
const PUBLIC_NOTE: &str = "The leader met the Canal Estate families on 2 April — موعد جديد 🌱";

/// A home: the stress plan's night with answers and follow-up (private
/// notes and public ones), and a second assembly made from it.
fn home_of_two(dir: &Path) -> (PathBuf, String, String) {
    let home = dir.join("home");
    let home_dir = Home::open(&home).unwrap();
    let first = "2026-05-14-stress".to_owned();
    common::stress_assembly(&home_dir, &first);
    let mut night = Server::start(&home_dir.path_of(&first), None);
    night.must(r#"{"cmd":"start"}"#);
    for (holder, answer) in [("leader", "yes"), ("police", "no"), ("nhs", "yes")] {
        night.must(
            &json!({"cmd": "respond", "ask": "inspections", "holder": holder, "answer": answer,
                    "note": PRIVATE[0]})
            .to_string(),
        );
    }
    night.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "leader", "status": "in_progress",
                "at": "2026-06-02", "note": PRIVATE[1], "public_note": PUBLIC_NOTE})
        .to_string(),
    );
    night.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "nhs", "status": "broken",
                "at": "2026-06-10", "note": PRIVATE[2]})
        .to_string(),
    );
    night.must(
        &json!({"cmd": "commitment", "ask": "inspections", "holder": "leader", "owner": "tenants",
                "due": "2026-06-30"})
        .to_string(),
    );
    night.must(r#"{"cmd":"end"}"#);
    night.terminate();
    let second = home_dir
        .create(&New {
            title: "Report-back Assembly".into(),
            day: Some("2027-03-13".into()),
            venue: None,
            from: Some(first.clone()),
        })
        .unwrap();
    (home, first, second)
}

/// `assembly publish --home HOME --out SITE`, which must succeed; the
/// site's `scorecard.json`.
pub(crate) fn publish(home: &Path, site: &Path) -> Value {
    let run = common::run_bounded(&[
        "publish",
        "--home",
        home.to_str().unwrap(),
        "--out",
        site.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("index.html"), "{}", run.stdout);
    serde_json::from_str(&std::fs::read_to_string(site.join("scorecard.json")).unwrap()).unwrap()
}

/// Every file under `dir`, relative, with `/` between parts.
fn files(dir: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                found.insert(rel);
            }
        }
    }
    found
}

/// Every `href="..."` and `src="..."` in `html`.
fn links(html: &str) -> Vec<String> {
    let mut all = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let end = rest.find('"').unwrap();
            all.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    all
}

#[test]
fn the_scorecard_is_a_static_site_of_public_facts_only() {
    web::on_a_big_stack(scorecard());
}

async fn scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let (home, first, second) = home_of_two(dir.path());
    let site = dir.path().join("site");
    publish(&home, &site);

    let all = files(&site);
    for want in [
        "index.html".to_owned(),
        "scorecard.json".to_owned(),
        format!("assemblies/{first}/report.html"),
        format!("assemblies/{first}/record.json"),
        format!("assemblies/{second}/report.html"),
        "holders/leader.html".to_owned(),
        "holders/landlord.html".to_owned(),
    ] {
        assert!(all.contains(&want), "{want} missing from {all:?}");
    }

    // File by file: nothing private, no script, every link inside the site.
    let plan = assembly::server::read_plan(&common::stress()).unwrap();
    let chair_notes: Vec<&str> = plan
        .items
        .iter()
        .filter_map(|i| i.notes.as_deref())
        .collect();
    for name in &all {
        let bytes = std::fs::read(site.join(name)).unwrap();
        let text = if name.ends_with(".xlsx") {
            // A workbook is a zip: read every cell of every sheet.
            let mut book = common::record::open(bytes);
            let sheets = calamine::Reader::sheet_names(&book);
            sheets
                .iter()
                .flat_map(|sheet| common::record::texts(&mut book, sheet))
                .flatten()
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is not text"))
        };
        for secret in PRIVATE.iter().copied().chain(chair_notes.iter().copied()) {
            assert!(
                !text.contains(secret),
                "{name} holds private text: {secret}"
            );
        }
        if !name.ends_with(".html") {
            continue;
        }
        assert!(!text.contains("<script"), "{name} has a script");
    }
    assert_links_resolve(&site, &all);
    let leader = std::fs::read_to_string(site.join("holders/leader.html")).unwrap();
    assert!(
        leader.contains("The leader met the Canal Estate families"),
        "{leader}"
    );
    assert!(leader.contains("In progress"), "{leader}");
    assert!(
        leader.contains("overdue"),
        "due on 30 June 2026, not achieved: {leader}"
    );

    // scorecard.json: the documented fields, and the desk's own list.
    let card: Value =
        serde_json::from_slice(&std::fs::read(site.join("scorecard.json")).unwrap()).unwrap();
    assert_eq!(card["schema"], 1);
    let ids: Vec<&str> = card["assemblies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [second.as_str(), first.as_str()], "newest first");
    assert_eq!(card["assemblies"][1]["day"], "2026-05-14");
    let leader_card = card["holders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "leader")
        .unwrap()
        .clone();
    assert_eq!(leader_card["asked"], 2);
    assert_eq!(leader_card["yes"], 1);
    assert_eq!(leader_card["overdue"], 1);
    let step = card["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ask"] == "inspections" && c["holder"] == "leader")
        .unwrap()
        .clone();
    assert_eq!(step["assembly"], first.as_str());
    assert_eq!(step["answer"], "yes");
    assert_eq!(step["status"], "in_progress");
    assert_eq!(step["steps"][0]["on"], "2026-06-02");
    assert_eq!(step["steps"][0]["public_note"], PUBLIC_NOTE);
    assert_eq!(step["holder_name"], plan.power_holders[0].name.as_str());

    let (desk, _) = Server::desk(&home, &["--chair-key", KEY]);
    let listed = desk.chair_get("/api/desk/commitments").json();
    let key = |c: &Value| {
        (
            c["assembly"].as_str().unwrap().to_owned(),
            c["ask"].as_str().unwrap().to_owned(),
            c["holder"].as_str().unwrap().to_owned(),
            c["answer"].to_string(),
            c["status"].to_string(),
            c["overdue"].to_string(),
        )
    };
    let from_desk: BTreeSet<_> = listed["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(key)
        .collect();
    let from_card: BTreeSet<_> = card["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(key)
        .collect();
    assert_eq!(from_desk, from_card);
    // The desk offers the same site as a .zip, to the organisers only.
    let zipped = desk.chair_get("/desk/scorecard.zip");
    assert_eq!(zipped.status, 200);
    assert_eq!(zipped.header("content-type"), Some("application/zip"));
    assert_eq!(desk.get("/desk/scorecard.zip").status, 401);

    // Publishing over someone's folder is refused; over an earlier publish
    // it replaces the site.
    let theirs = dir.path().join("theirs");
    std::fs::create_dir_all(&theirs).unwrap();
    std::fs::write(theirs.join("notes.txt"), "mine").unwrap();
    let refused = common::run_bounded(&[
        "publish",
        "--home",
        home.to_str().unwrap(),
        "--out",
        theirs.to_str().unwrap(),
    ]);
    assert_ne!(refused.code, Some(0));
    assert!(refused.stderr.contains("other files"), "{}", refused.stderr);
    assert_eq!(
        std::fs::read_to_string(theirs.join("notes.txt")).unwrap(),
        "mine"
    );
    let again = common::run_bounded(&[
        "publish",
        "--home",
        home.to_str().unwrap(),
        "--out",
        site.to_str().unwrap(),
    ]);
    assert_eq!(again.code, Some(0), "{}", again.stderr);

    // Looked at as a reader would: the holders' table and a holder's page
    // at 360 and 1280 px, what matters on screen.
    let browser = Browser::new();
    for (width, height) in [(360, 740), (1280, 720)] {
        let client = browser.client(width, height).await;
        client
            .goto(&format!("file://{}", site.join("index.html").display()))
            .await;
        for row in ["first-child", "last-child"] {
            let link = format!("table.holders tbody tr:{row} a");
            fit::scroll_to(&client, &link).await;
            fit::assert_fits(
                &client,
                &format!("scorecard-index-{row}-{width}"),
                &[(link.as_str(), 0.0, 1)],
            )
            .await;
        }
        client
            .goto(&format!(
                "file://{}",
                site.join("holders/leader.html").display()
            ))
            .await;
        fit::scroll_to(&client, "ol.steps").await;
        fit::assert_fits(
            &client,
            &format!("scorecard-leader-{width}"),
            &[("ol.steps li", 0.0, 1)],
        )
        .await;
        client.close().await;
    }
}

/// Every link of every page under `site` resolves to a file inside it.
fn assert_links_resolve(site: &Path, all: &BTreeSet<String>) {
    for name in all.iter().filter(|n| n.ends_with(".html")) {
        let text = std::fs::read_to_string(site.join(name)).unwrap();
        for link in links(&text) {
            assert!(
                !link.contains("://") && !link.starts_with('/'),
                "{name} links outside the site: {link}"
            );
            let target = link.split('#').next().unwrap();
            if target.is_empty() {
                continue;
            }
            let from = Path::new(name).parent().unwrap_or(Path::new(""));
            assert!(
                site.join(from).join(target).is_file(),
                "{name} links to {link}, which is not in the site"
            );
        }
    }
}

#[test]
fn the_scorecard_speaks_every_language_the_plans_give() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let home_dir = Home::open(&home).unwrap();
    let id = "2026-05-14-six-languages";
    let plan = assembly::server::read_plan(&common::languages()).unwrap();
    let store = assembly::store::Store::open(&home_dir.path_of(id)).unwrap();
    store.save_plan(&plan).unwrap();
    drop(store);
    let mut night = Server::start(&home_dir.path_of(id), None);
    night.must(r#"{"cmd":"start"}"#);
    night.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
    night.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "leader",
                "status": "achieved", "at": "2026-06-02", "public_note": PUBLIC_NOTE})
        .to_string(),
    );
    night.terminate();
    let site = dir.path().join("site");
    publish(&home, &site);
    let all = files(&site);
    for code in ["cy", "ar", "ur", "pl", "so"] {
        for want in [
            format!("index.{code}.html"),
            format!("holders/leader.{code}.html"),
            format!("assemblies/{id}/report.{code}.html"),
        ] {
            assert!(all.contains(&want), "{want} missing from {all:?}");
        }
    }
    assert_links_resolve(&site, &all);
    let welsh = std::fs::read_to_string(site.join("index.cy.html")).unwrap();
    assert!(welsh.contains("lang=\"cy\""), "{welsh}");
    assert!(welsh.contains("Cerdyn sgorio"), "{welsh}");
    assert!(welsh.contains("holders/leader.cy.html"), "{welsh}");
    assert!(
        welsh.contains(&format!("assemblies/{id}/report.cy.html")),
        "{welsh}"
    );
    let arabic = std::fs::read_to_string(site.join("holders/leader.ar.html")).unwrap();
    assert!(arabic.contains("dir=\"rtl\""), "{arabic}");
    assert!(arabic.contains(PUBLIC_NOTE), "{arabic}");
    assert!(arabic.contains("index.ar.html"), "the way back in Arabic");
    // Each page offers the others, by the language's own name.
    let english = std::fs::read_to_string(site.join("index.html")).unwrap();
    for name in ["Cymraeg", "العربية", "Polski", "Soomaali", "اردو"] {
        assert!(english.contains(name), "{name}: {english}");
    }
}
