//! The record after a night run as a chair would: lengths the chair cut
//! with -1 min, institutions that promised nobody, plan changes told in
//! plain words. Checked in `/report`, `record.json` and the CSVs.

use crate::common;

use common::record::{between, csv_table, save_plan, serve, texts, workbook};
use common::{KEY, Server};

const PLAN: &str = r#"[assembly]
title = "Cut Short Assembly"
venue = "Hall"
timezone = "Europe/London"

[[institution]]
id = "church"
name = "Holy Cross"
promised = 40

[[institution]]
id = "walk-in"
name = "Walk-ins"
promised = 0

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 1

[[item]]
title = "Amira's testimony"
kind = "testimony"
duration = "2:30"

[[item]]
title = "Close"
kind = "close"
minutes = 1
"#;

/// A CSV export as a map from heading to cell, a map a row.
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let (header, rows) = csv_table(text);
    rows.into_iter()
        .map(|row| header.iter().cloned().zip(row).collect())
        .collect()
}

/// Move every event from `seq` on to `ms` after event `from` (in order, a
/// millisecond apart), as if the chair had waited that long: the log's own
/// times are what the record measures.
fn wait_in_the_log(data: &std::path::Path, from: u64, seq: u64, ms: i64) {
    let conn = rusqlite::Connection::open(data.join("assembly.db")).unwrap();
    conn.execute(
        "UPDATE events SET at = (SELECT at FROM events WHERE seq = ?1) + ?3 + (seq - ?2) \
         WHERE seq >= ?2",
        rusqlite::params![from as i64, seq as i64, ms],
    )
    .unwrap();
}

#[test]
fn the_record_measures_an_item_against_the_length_the_chair_set() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, data) = serve(dir.path(), PLAN);
    server.must(r#"{"cmd":"start"}"#);
    let testimony = server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"extend","seconds":-60}"#);
    server.must(r#"{"cmd":"extend","seconds":-60}"#);
    let next = server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"end"}"#);
    server.kill();
    // The testimony ran 0:44 against the 0:30 the chair set.
    wait_in_the_log(&data, testimony, next, 44_000);
    let server = Server::start(&data, None);

    let record = server.chair_get("/export/record.json").json();
    let timing = &record["timings"][1];
    assert_eq!(timing["planned_seconds"], 150, "{timing}");
    assert_eq!(timing["set_seconds"], 30, "{timing}");
    assert_eq!(timing["actual_seconds"], 44.0, "{timing}");
    assert_eq!(timing["difference_seconds"], 14.0, "{timing}");

    let rows = csv_rows(&server.get("/export/timings.csv").body);
    assert_eq!(rows[1]["planned_seconds"], "150");
    assert_eq!(rows[1]["set_seconds"], "30");
    assert_eq!(rows[1]["actual_seconds"], "44");
    assert_eq!(rows[1]["difference_seconds"], "14", "{:?}", rows[1]);
    // An item the chair left alone is set to its plan.
    assert_eq!(rows[0]["set_seconds"], rows[0]["planned_seconds"]);

    let report = server.get("/report").body;
    assert!(
        report.contains("planned 2:30, set to 0:30, ran 0:44: 0:14 over"),
        "the report shows the change and measures against it"
    );
    // The table's difference is against the length set: +0:14, never the
    // −1:46 it would be against the plan alone.
    let row = report
        .split("<tr>")
        .find(|row| row.contains("Amira"))
        .expect("the testimony's row");
    assert!(row.contains(">+0:14<"), "{row}");
    assert!(
        !row.contains("−1:46"),
        "never against the plan alone: {row}"
    );
    let drift =
        between(&report, "<p class=\"drift\">", "</p>").expect("the report explains the drift");
    assert!(
        drift.contains("the chair set the items 2:00 shorter"),
        "{drift}"
    );
    // The timeline draws the testimony red: over the length set.
    assert_eq!(report.matches("class=\"actual over\"").count(), 1);
    assert!(report.contains("Dashed line: the length the chair set"));
}

#[test]
fn a_blank_promise_is_not_promised_in_the_report_and_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path(), PLAN);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"turnout","institution":"walk-in","count":9}"#);
    server.must(r#"{"cmd":"turnout","institution":"church","count":38}"#);

    let report = server.get("/report").body;
    assert!(!report.contains("9 / 0"), "the chart says 9 of nobody");
    assert!(report.contains("not promised"));
    assert!(report.contains("38 / 40"), "a real promise keeps its count");

    let record = server.chair_get("/export/record.json").json();
    assert_eq!(record["turnout"][1]["promised"], serde_json::Value::Null);
    assert_eq!(record["turnout"][1]["announced"], 9);
    assert_eq!(record["turnout"][0]["promised"], 40);

    let rows = csv_rows(&server.get("/export/turnout.csv").body);
    assert_eq!(rows[1]["promised"], "", "{:?}", rows[1]);
    assert_eq!(rows[0]["promised"], "40");

    let xlsx = texts(
        &mut workbook(&server, "/export/record.xlsx", true),
        "Turnout",
    );
    let promised = xlsx[0].iter().position(|h| h == "Promised").unwrap();
    assert_eq!(xlsx[2][promised], "", "{:?}", xlsx[2]);
    assert_eq!(xlsx[1][promised], "40");
}

#[test]
fn plan_changes_are_told_in_plain_words_with_the_time() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path(), PLAN);
    server.must(r#"{"cmd":"start"}"#);
    let mut draft = server.chair_get("/api/plan/draft").json()["draft"].clone();
    draft["institutions"][0]["name"] = "Holy Cross Church".into();
    draft["institutions"][0]["promised"] = "45".into();
    save_plan(&server, &draft);

    let record = server.chair_get("/export/record.json").json();
    let at = record["plan_changes"][0]["last_at"]
        .as_str()
        .unwrap()
        .to_owned();
    // "2026-12-03T19:42:07+00:00": the clock time the hall saw.
    let time = &at[11..16];
    let report = server.get("/report").body;
    let section = between(&report, "id=\"plan-changes\"", "</section>")
        .expect("the report lists the plan changes");
    assert!(
        section.contains(&format!("{time}: renamed Holy Cross to Holy Cross Church")),
        "{section}"
    );
    assert!(
        section.contains("Holy Cross Church: promised turnout changed from “40” to “45”"),
        "{section}"
    );
    for code in ["(change ", "seq", "institution church", "promised \""] {
        assert!(!section.contains(code), "{code:?} in {section}");
    }
}

/// Names that try a printed page: long, accented, right to left, emoji.
const NAMES: [&str; 22] = [
    "St John’s Church, Wellington Road & District Parish Fellowship",
    "Masjid Al-Hudā Islamic Educational & Cultural Centre",
    "مسجد النور للجالية العربية في المدينة",
    "مرکز اسلامی برائے خواتین و اطفال",
    "Église Évangélique Réformée de la Côte-d'Émeraude",
    "Polska Misja Katolicka św. Maksymiliana Kolbego",
    "Capel Bethesda, Eglwys Annibynnol Gymraeg Llanfair-ym-Muallt",
    "Ururka Hooyooyinka Soomaaliyeed ee Magaalada 🌍",
    "UNISON Northern Health & Social Care Branch 🏥",
    "Riverside Tenants’ and Residents’ Association",
    "Gurdwara Sri Guru Singh Sabha Riverside",
    "Holy Cross Church",
    "Riverside Sixth Form College Students’ Union",
    "Bangladeshi Women’s Association of Riverside",
    "Ghanaian Methodist Fellowship",
    "Riverside Food Bank Volunteers",
    "Our Lady of Częstochowa Parish",
    "Tamil Welfare Association",
    "Kurdish Community Centre",
    "Riverside Quakers",
    "Eritrean Orthodox Tewahedo Church",
    "Citizens of Riverside Youth Leadership Academy",
];

const HOLDERS: [&str; 4] = [
    "Councillor Bartholomew Featherstonehaugh-Smythe",
    "Chief Superintendent Ngozi Adebayo-Okonkwo",
    "Dr. Siân Llewelyn-Prys",
    "Aleksandra Wiśniewska-Kowalczyk",
];

fn stress_plan() -> String {
    let mut plan = String::from(
        "[assembly]\ntitle = \"Riverside Citizens’ Accountability Assembly\"\n\
         venue = \"Hall\"\ntimezone = \"Europe/London\"\n\n",
    );
    for (n, name) in NAMES.iter().enumerate() {
        plan.push_str(&format!(
            "[[institution]]\nid = \"i{n}\"\nname = \"{name}\"\npromised = {}\n\n",
            (n * 7) % 60
        ));
    }
    for (n, name) in HOLDERS.iter().enumerate() {
        plan.push_str(&format!(
            "[[power_holder]]\nid = \"h{n}\"\nname = \"{name}\"\nrole = \"Holder\"\n\n"
        ));
    }
    let ask = "Will you commit, in writing and within ninety days, to fund and staff \
               the independent inspection of every privately rented flat in Riverside, \
               publish what each inspection found, and meet the tenants’ association \
               every quarter until each landlord named in the report has completed the \
               repairs, with a named officer answerable to this assembly for progress, and report back \
               in writing, and publish the names of the landlords who have not?";
    assert!(ask.len() >= 400, "{}", ask.len());
    for a in 0..3 {
        plan.push_str(&format!(
            "[[ask]]\nid = \"a{a}\"\ntitle = \"Inspections and repairs, part {a}\"\n\
             text = \"{ask}\"\nto = [\"h0\", \"h1\", \"h2\", \"h3\"]\n\n"
        ));
    }
    plan.push_str("[[pledge]]\nid = \"team\"\ntext = \"Will you join the team?\"\n\n");
    plan.push_str("[[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 2\n\n");
    plan.push_str("[[item]]\ntitle = \"Roll call\"\nkind = \"roll_call\"\nminutes = 5\n\n");
    for a in 0..3 {
        plan.push_str(&format!(
            "[[item]]\ntitle = \"Answers {a}\"\nkind = \"response\"\nask = \"a{a}\"\nminutes = 6\n\n"
        ));
    }
    plan.push_str(
        "[[item]]\ntitle = \"Pledge\"\nkind = \"pledge\"\npledge = \"team\"\nminutes = 3\n",
    );
    plan
}

/// The text of every `<h2>` and `<h3>` of the page, tags stripped.
fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["<h2", "<h3"] {
        for part in html.split(tag).skip(1) {
            let inner = part.split_once('>').map_or("", |(_, rest)| rest);
            let end = format!("</{}>", &tag[1..]);
            let inner = inner.split(end.as_str()).next().unwrap_or("");
            let mut text = String::new();
            let mut in_tag = false;
            for c in inner.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            out.push(
                text.replace("&amp;", "&")
                    .replace("&#39;", "'")
                    .trim()
                    .to_owned(),
            );
        }
    }
    out
}

#[test]
fn the_printed_report_never_splits_a_word_nor_leaves_a_heading_at_a_pages_foot() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path(), &stress_plan());
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    for n in 0..NAMES.len() {
        server.must(&format!(
            r#"{{"cmd":"turnout","institution":"i{n}","count":{},"confirm":true}}"#,
            n * 5 + 3
        ));
    }
    let answers = ["yes", "no", "waffle", "absent"];
    let statuses = ["achieved", "in_progress", "broken", "achieved"];
    for a in 0..3 {
        server.must(r#"{"cmd":"next"}"#);
        for h in 0..4 {
            let answer = answers[(a + h) % 4];
            server.must(&format!(
                r#"{{"cmd":"respond","ask":"a{a}","holder":"h{h}","answer":"{answer}"}}"#
            ));
        }
    }
    server.must(r#"{"cmd":"end"}"#);
    for a in 0..3 {
        for h in 0..3 {
            let status = statuses[(a + h) % 4];
            server.must(&format!(
                r#"{{"cmd":"follow_up","ask":"a{a}","holder":"h{h}","status":"{status}","note":"Met on the estate; the officer named in the letter"}}"#
            ));
        }
    }

    // The public report, and the chair's with its history column.
    for (path, name) in [
        ("/report".to_owned(), "report-stress.pdf"),
        (format!("/report?key={KEY}"), "report-stress-chair.pdf"),
    ] {
        let html = server.chair_get(&path).body;
        let pages = common::browser::printed_pages(&server.url(&path), dir.path(), name);
        assert_printed_whole(&html, &pages, name);
    }
}

fn assert_printed_whole(html: &str, pages: &[String], name: &str) {
    assert!(
        pages.len() >= 3,
        "a stress report runs to pages: {}",
        pages.len()
    );

    // Every word a reader must read whole: statuses, answers, names.
    let mut words: std::collections::BTreeSet<String> = [
        "Achieved", "progress", "started", "Broken", "YES", "NO", "WAFFLE", "ABSENT",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    for name in NAMES.iter().chain(&HOLDERS) {
        words.extend(
            name.split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| w.chars().count() > 2)
                .map(str::to_owned),
        );
    }
    for (p, page) in pages.iter().enumerate() {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        for pair in lines.windows(2) {
            let end = pair[0].split_whitespace().last().unwrap_or("");
            let start = pair[1].split_whitespace().next().unwrap_or("");
            let joined = format!("{end}{start}");
            let split = words.iter().any(|w| {
                joined.trim_end_matches([',', '.']) == w
                    && !words.contains(end)
                    && !words.contains(start)
            });
            assert!(
                !split,
                "{name} page {}: {joined:?} is split as {end:?} / {start:?}:\n{page}",
                p + 1
            );
        }
    }
    for status in ["Achieved", "In progress", "Broken", "ABSENT", "WAFFLE"] {
        assert!(
            pages.iter().any(|page| page.contains(status)),
            "{status} whole somewhere"
        );
    }

    // No page ends with a heading: each keeps its first rows with it (a
    // heading and one line of its text at a page's foot is alone too).
    let headings = headings(html);
    for (p, page) in pages.iter().enumerate().take(pages.len() - 1) {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        for (n, line) in lines.iter().enumerate() {
            if headings.iter().any(|h| h == line) {
                assert!(
                    lines.len() - n > 3,
                    "{name} page {}: {line:?} has {} lines under it at the page's foot",
                    p + 1,
                    lines.len() - n - 1
                );
            }
        }
    }
    assert!(headings.iter().any(|h| h == "Turnout"), "{headings:?}");
    for (p, page) in pages.iter().enumerate().take(pages.len() - 1) {
        let last = page
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap_or("");
        assert!(
            !headings
                .iter()
                .any(|h| h == last || (last.len() > 8 && h.ends_with(last))),
            "{name} page {} ends with the heading {last:?}",
            p + 1
        );
    }
}
