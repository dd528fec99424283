//! The record in every shipped language: `/report?lang=cy`, the reader's
//! own language otherwise, `/export/record.xlsx?lang=`, and `assembly
//! export --lang`. The language changes the words, never what the reader
//! may see: a public Welsh or Arabic report hides the chair's notes and
//! unrevealed tallies as the English one does.

use crate::common;

use std::path::PathBuf;

use calamine::Reader;
use common::browser::{self as web, Browser};
use common::record::{
    Book, all_text, export, fixture, get_bytes, open, photograph_parts, texts, workbook,
};
use common::{Server, request};

/// The stress plan in six languages (Welsh and Arabic for every text).
fn languages() -> PathBuf {
    fixture("languages.toml")
}

const NOTE: &str = "CHAIR-NOTE-on-the-answer";
const STEP_NOTE: &str = "CHAIR-NOTE-on-the-step";

/// An assembly part run: roll call, a negotiated yes with a chair note, a
/// no, check-ins, pledges cast but not revealed, a follow-up step with a
/// note.
fn script(server: &Server) {
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"turnout","institution":"st-johns","count":1234,"confirm":true}"#);
    server.must(r#"{"cmd":"turnout","institution":"nour","count":152}"#);
    let (_, phone) = server.check_in(None, "nour");
    server.check_in(None, "");
    server.must(r#"{"cmd":"next"}"#);
    server.must(&format!(
        r#"{{"cmd":"respond","ask":"inspections","holder":"leader","answer":"waffle","note":"{NOTE}"}}"#
    ));
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"leader","answer":"yes"}"#);
    server.must(r#"{"cmd":"respond","ask":"inspections","holder":"police","answer":"no"}"#);
    server.must(r#"{"cmd":"goto","item":7}"#);
    let pledged = server.pledge(&phone, "doors", "yes");
    assert_eq!(pledged.status, 200, "{}", pledged.body);
    server.must(&format!(
        r#"{{"cmd":"follow_up","ask":"inspections","holder":"leader","status":"in_progress","at":"2026-06-03","note":"{STEP_NOTE}"}}"#
    ));
}

fn get_as(server: &Server, path: &str, headers: &[(&str, &str)]) -> common::Response {
    request(server.addr, "GET", path, headers, "")
}

/// What the public must never see in any language.
fn assert_public(html: &str, what: &str) {
    assert!(!html.contains(NOTE), "{what} shows the chair's note");
    assert!(!html.contains(STEP_NOTE), "{what} shows a step's note");
}

#[test]
fn the_report_speaks_the_language_asked_for_and_keeps_its_access() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    script(&server);

    // Welsh, asked for in the address.
    let cy = server.get("/report?lang=cy");
    assert_eq!(cy.status, 200);
    let html = &cy.body;
    assert!(
        html.contains(r#"<html lang="cy" dir="ltr">"#),
        "{html:.300}"
    );
    assert!(html.contains(r#"<h2 id="scorecard">Cerdyn sgorio</h2>"#));
    assert!(html.contains("Dilyn i fyny: lle mae pob ymrwymiad yn sefyll"));
    assert!(html.contains("Cynulliad atebolrwydd: y cofnod cyhoeddus"));
    assert!(
        html.contains("Cynulliad Atebolrwydd Dinasyddion Glan-yr-Afon 2026"),
        "the plan's Welsh title"
    );
    assert!(
        html.contains("Gwasanaeth arolygu annibynnol i denantiaid"),
        "the plan's Welsh ask"
    );
    assert!(html.contains(">Ie</span>"), "the answer in Welsh");
    assert!(html.contains(">Ar y gweill</span>"), "the status in Welsh");
    assert!(html.contains("3 Mehefin 2026"), "the step's day in Welsh");
    assert!(html.contains("heb ei ddatgelu"), "the pledge stays hidden");
    assert!(!html.contains(">Scorecard<") && !html.contains("Download the record"));
    assert!(html.contains(r#"href="/export/record.xlsx?lang=cy""#));
    assert_public(html, "the public Welsh report");

    // Arabic: right to left, Arabic digits, Arabic plan texts.
    let ar = server.get("/report?lang=ar").body;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#), "{ar:.300}");
    assert!(ar.contains("بطاقة النتائج"));
    assert!(
        ar.contains("خدمة تفتيش مستقلة للمستأجرين"),
        "the plan's Arabic ask"
    );
    assert!(ar.contains("١٬٢٣٤"), "1,234 announced, in Arabic digits");
    assert!(ar.contains(">نعم</span>"));
    assert!(ar.contains("لم تُكشف"), "the pledge stays hidden");
    assert_public(&ar, "the public Arabic report");

    // The chair's Arabic report has everything, in Arabic.
    let chair = server.chair_get("/report?lang=ar").body;
    assert!(chair.contains(NOTE) && chair.contains(STEP_NOTE));
    assert!(chair.contains("جمعية المساءلة: السجل الكامل"));
    assert!(
        chair.contains("استُبدلت أثناء التفاوض"),
        "the replaced answer"
    );

    // Without `?lang=`: the reader's language; an unknown or hostile one
    // falls back to it and breaks nothing.
    let pl = get_as(&server, "/report", &[("Accept-Language", "pl-PL,pl;q=0.9")]);
    assert!(pl.body.contains(r#"<html lang="pl" dir="ltr">"#));
    assert!(pl.body.contains("Karta wyników"));
    assert!(pl.header("vary").unwrap().contains("Accept-Language"));
    for query in [
        "lang=xx",
        "lang=",
        "lang=%3Cscript%3E",
        "lang=cy%00",
        "lang=..%2F..%2Fetc",
    ] {
        let page = get_as(
            &server,
            &format!("/report?{query}"),
            &[("Accept-Language", "ur")],
        );
        assert_eq!(page.status, 200, "{query}");
        assert!(
            page.body.contains(r#"<html lang="ur" dir="rtl">"#),
            "{query}: {:.200}",
            page.body
        );
    }
    let huge = format!("/report?lang={}", "cy".repeat(4000));
    assert_eq!(server.get(&huge).status, 200);
    // English, as before, when nothing asks for another language.
    let en = server.get("/report").body;
    assert!(en.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(en.contains(r#"<h2 id="scorecard">Scorecard</h2>"#));
    assert!(en.contains(r#"href="/export/record.xlsx""#));
}

/// The Welsh workbook: sheet names, headings, answers and statuses in
/// Welsh, the plan's Welsh texts.
fn assert_welsh_workbook(book: &mut Book) {
    assert_eq!(
        book.sheet_names(),
        [
            "Y drefn",
            "Y nifer a ddaeth",
            "Atebion",
            "Addewidion",
            "Dilyn i fyny",
            "Camau dilynol"
        ]
    );
    let answers = texts(book, "Atebion");
    assert_eq!(
        &answers[0][..5],
        ["Cais", "Teitl y cais", "Deiliad", "Enw’r deiliad", "Ateb"]
    );
    assert!(
        answers[0][5].starts_with("Amser yr ateb ("),
        "{:?}",
        answers[0]
    );
    let leader = answers.iter().find(|r| r[2] == "leader").unwrap();
    assert_eq!(leader[4], "Ie");
    assert!(leader[1].starts_with("Gwasanaeth arolygu"), "{leader:?}");
    let follow = texts(book, "Dilyn i fyny");
    let leader = follow.iter().find(|r| r[2] == "leader").unwrap();
    assert_eq!(leader[5], "Ar y gweill");
    let order = texts(book, "Y drefn");
    assert_eq!(order[1][2], "Croeso", "the item's kind in Welsh");
}

#[test]
fn the_spreadsheet_is_in_the_language_asked_for_and_the_csvs_stay_codes() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    script(&server);

    let mut book = workbook(&server, "/export/record.xlsx?lang=cy", true);
    assert_welsh_workbook(&mut book);
    // Public, in Arabic: no notes, no unrevealed tally.
    let mut public = workbook(&server, "/export/record.xlsx?lang=ar", false);
    assert!(public.sheet_names().contains(&"الإجابات".to_owned()));
    let text = all_text(&mut public);
    assert!(!text.contains(NOTE) && !text.contains(STEP_NOTE), "{text}");
    assert!(text.contains("نعم"));
    // English without a language (and with one not shipped): words, as
    // the Welsh has them, never the CSVs' codes.
    for path in ["/export/record.xlsx", "/export/record.xlsx?lang=xx"] {
        let mut book = workbook(&server, path, true);
        assert_eq!(book.sheet_names()[0], "Running order", "{path}");
        let answers = texts(&mut book, "Answers");
        assert!(answers.iter().any(|r| r[4] == "Yes"), "{path}: words");
        assert!(!answers.iter().any(|r| r[4] == "yes"), "{path}: no codes");
    }
    // The CSVs are for programs: the same bytes in every language.
    for name in ["responses.csv", "follow-ups.csv", "turnout.csv"] {
        let plain = get_bytes(&server, &format!("/export/{name}"), true);
        let welsh = get_bytes(&server, &format!("/export/{name}?lang=cy"), true);
        assert_eq!(plain, welsh, "{name}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&get_bytes(&server, "/export/record.json?lang=ar", true)).unwrap();
    assert_eq!(json["responses"][0]["answer"], "yes");
    assert_eq!(json["follow_ups"][0]["status"], "in_progress");
}

#[test]
fn assembly_export_writes_the_report_and_spreadsheet_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start(&data, Some(&languages()));
    script(&server);
    drop(server);

    let out = dir.path().join("cy");
    export(&data, &out, &["--lang", "cy"]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains(r#"<html lang="cy" dir="ltr">"#));
    assert!(html.contains("Cynulliad atebolrwydd: y cofnod llawn"));
    assert!(
        html.contains(NOTE),
        "the organiser's machine: the full record"
    );
    assert!(html.contains(r#"href="record.xlsx""#));
    let mut book = open(std::fs::read(out.join("record.xlsx")).unwrap());
    assert_welsh_workbook(&mut book);
    let csv = std::fs::read_to_string(out.join("responses.csv")).unwrap();
    assert!(csv.starts_with("ask,ask_title,holder,holder_name,answer"));

    // Without --lang: English, as it always was.
    let out = dir.path().join("en");
    export(&data, &out, &[]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
    let book = open(std::fs::read(out.join("record.xlsx")).unwrap());
    assert_eq!(book.sheet_names()[0], "Running order");
}

/// The Arabic report in a browser: right to left (a line of text hugs the
/// right edge), nothing wider than the screen, on a laptop and a phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_arabic_report_reads_right_to_left_on_a_laptop_and_a_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&languages()));
    script(&server);

    let browser = Browser::new();
    let client = browser.client(1280, 720).await;
    let mut failures = Vec::new();
    for (width, height) in [(1280, 720), (360, 740)] {
        client.resize(width, height).await;
        client.goto(&server.url("/report?lang=ar")).await;
        let found = client
            .execute(
                r#"
                const W = document.documentElement.clientWidth;
                // A short line of text: where its words sit in its block.
                const line = document.createRange();
                line.selectNodeContents(document.querySelector("footer p"));
                const h1 = line.getBoundingClientRect();
                const main = document.querySelector("footer p").getBoundingClientRect();
                const th = document.querySelector("th");
                return [document.documentElement.scrollWidth, W, getComputedStyle(document.body).direction,
                        Math.round(main.right - h1.right), Math.round(h1.left - main.left),
                        th ? getComputedStyle(th).textAlign : ""];
                "#,
                vec![],
            )
            .await
            .unwrap();
        let (scroll, inner) = (found[0].as_i64().unwrap(), found[1].as_i64().unwrap());
        if scroll > inner {
            failures.push(format!("{width}x{height}: scrollWidth {scroll} > {inner}"));
        }
        assert_eq!(found[2], "rtl", "{width}x{height}");
        // The footer's line starts at the right: no gap there, the gap on the left.
        let (right_gap, left_gap) = (found[3].as_i64().unwrap(), found[4].as_i64().unwrap());
        assert!(
            right_gap <= 1 && left_gap > 20,
            "{width}x{height}: the text is not against the right edge: right gap {right_gap}, left gap {left_gap}"
        );
        let eyebrow = web::text_of(&client, ".eyebrow").await.unwrap();
        assert!(eyebrow.contains("السجل العام"), "{eyebrow}");
        web::screenshot(&client, &format!("report-lang-ar-{width}x{height}")).await;
        let parts = [
            "scorecard",
            "follow-up",
            "turnout",
            "running-order",
            "pledges",
        ];
        photograph_parts(&client, &parts, "report-lang-ar", (width, height)).await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The public Arabic report printed to PDF in headless Chromium, read back:
/// Arabic words, the plan's Arabic ask, and no chair note.
#[test]
fn the_arabic_report_prints() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&languages()));
    script(&server);
    let text = common::browser::printed_pages(
        &server.url("/report?lang=ar"),
        dir.path(),
        "report-lang-ar.pdf",
    )
    .join("\n");
    for needle in ["بطاقة النتائج", "جمعية المساءلة", "خدمة تفتيش مستقلة"]
    {
        assert!(text.contains(needle), "the PDF lacks {needle:?}:\n{text}");
    }
    assert!(!text.contains(NOTE) && !text.contains(STEP_NOTE));
}
