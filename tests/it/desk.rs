//! The organiser's desk (issue 22): assembly details laid out as rows with
//! a title row above, read from `.xlsx` and `.csv` through the import in
//! process, `POST /api/import` and `assembly import`, each detail said
//! with its cell; a title taken from the file name when none is given.

use crate::common;
use common::stress;

use std::path::Path;

use assembly::import::{Imported, Mapping, Source};
use common::{Server, run_in as run};
use rust_xlsxwriter::Workbook;
use serde_json::Value;

/// `POST /api/import` of one file's bytes, with the chair key.
fn post(server: &Server, name: &str, bytes: &[u8]) -> (u16, Value) {
    let (status, json, _) = common::post_import(server, name, bytes);
    (status, json)
}

/// Write each `(name, text)` into `dir`, as the organiser saved them.
fn write_all(dir: &Path, files: [(&str, String); 3]) {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// `assembly import` of the three sheets [`write_all`] wrote, then `rest`.
fn import_three(dir: &Path, rest: &[&str]) -> (i32, String) {
    let mut args = vec![
        "import",
        "export.csv",
        "institutions.csv",
        "running-order.csv",
    ];
    args.extend_from_slice(rest);
    run(dir, &args)
}

const ORDER_CSV: &str = "Item,Kind,Minutes\nWelcome,Welcome,3\nRoll call,Roll call,5\n\
    Close,Close,2\n";
const INSTITUTIONS_CSV: &str = "Institution,Promised\nSt Mary's,40\nMasjid Al-Hudā,25\n";

/// The details sheet as the organiser wrote it: the title alone in A1, a
/// blank row, then one detail a row, `Date/time` typed as text.
const DETAILS: [(&str, &str); 4] = [
    ("Title", "Spring Assembly 2026"),
    ("Venue", "St Mary's Hall, Cardiff"),
    ("Date/time", "14/03/2026 18:30"),
    ("Timezone", "Europe/London"),
];

fn workbook(details: &[(&str, &str)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Details").unwrap();
    ws.write_string(0, 0, "Spring Assembly 2026").unwrap();
    for (n, (key, value)) in details.iter().enumerate() {
        ws.write_string(n as u32 + 2, 0, *key).unwrap();
        ws.write_string(n as u32 + 2, 1, *value).unwrap();
    }
    for (name, csv) in [
        ("Institutions", INSTITUTIONS_CSV),
        ("Running order", ORDER_CSV),
    ] {
        let ws = book.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, line) in csv.lines().enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                ws.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// The same details as a CSV file whose name says nothing.
fn details_csv() -> String {
    let mut out = String::from("Spring Assembly 2026,\n,\n");
    for (key, value) in DETAILS {
        out.push_str(&format!("{key},\"{value}\"\n"));
    }
    out
}

fn source(name: &str, bytes: impl Into<Vec<u8>>) -> Source {
    Source {
        name: name.into(),
        bytes: bytes.into(),
    }
}

fn import(sources: &[Source]) -> Imported {
    assembly::import::import(sources, &Mapping::default()).expect("within the limits")
}

fn said(imported: &Imported) -> String {
    imported.problems.iter().map(|p| format!("{p}\n")).collect()
}

fn assert_details(imported: &Imported, sheet: &str) {
    assert!(imported.problems.is_empty(), "{}", said(imported));
    let a = &imported.draft.assembly;
    assert_eq!(a.title, "Spring Assembly 2026");
    assert_eq!(a.venue, "St Mary's Hall, Cardiff");
    assert_eq!(a.starts, "2026-03-14T18:30:00+00:00");
    assert_eq!(a.timezone, "Europe/London");
    let told: Vec<String> = imported.details.iter().map(ToString::to_string).collect();
    assert_eq!(
        told,
        [
            format!("Title: \"Spring Assembly 2026\", from {sheet} cell B3"),
            format!("Venue: \"St Mary's Hall, Cardiff\", from {sheet} cell B4"),
            format!("Starts: \"14/03/2026 18:30\", from {sheet} cell B5"),
            format!("Timezone: \"Europe/London\", from {sheet} cell B6"),
        ]
    );
}

#[test]
fn details_as_rows_under_a_title_row_import_from_xlsx_and_csv() {
    assert_details(
        &import(&[source("spring.xlsx", workbook(&DETAILS))]),
        "Details",
    );
    assert_details(
        &import(&[
            source("export.csv", details_csv()),
            source("institutions.csv", INSTITUTIONS_CSV),
            source("running-order.csv", ORDER_CSV),
        ]),
        "export.csv",
    );
}

#[test]
fn details_as_rows_reach_the_page_and_the_command_line_with_their_cells() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), None);
    let (status, json) = post(&server, "spring.xlsx", &workbook(&DETAILS));
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["draft"]["assembly"]["title"], "Spring Assembly 2026");
    assert_eq!(
        json["draft"]["assembly"]["starts"],
        "2026-03-14T18:30:00+00:00"
    );
    assert_eq!(json["details"][0]["sheet"], "Details");
    assert_eq!(json["details"][0]["cell"], "B3");
    assert_eq!(json["details"][2]["label"], "Starts");

    std::fs::write(dir.path().join("spring.xlsx"), workbook(&DETAILS)).unwrap();
    let (code, out) = run(dir.path(), &["import", "spring.xlsx", "--out", "a.toml"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Title: \"Spring Assembly 2026\", from Details cell B3"),
        "{out}"
    );
    write_all(
        dir.path(),
        [
            ("export.csv", details_csv()),
            ("institutions.csv", INSTITUTIONS_CSV.into()),
            ("running-order.csv", ORDER_CSV.into()),
        ],
    );
    let (code, out) = import_three(dir.path(), &["--out", "b.toml"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Starts: \"14/03/2026 18:30\", from export.csv cell B5"),
        "{out}"
    );
    let plan = std::fs::read_to_string(dir.path().join("b.toml")).unwrap();
    assert!(
        plan.contains("starts = \"2026-03-14T18:30:00+00:00\""),
        "{plan}"
    );
}

#[test]
fn an_import_with_no_title_is_named_after_its_file_and_says_so() {
    let imported = import(&[source("spring-assembly_2026.xlsx", workbook(&DETAILS[1..]))]);
    assert!(imported.problems.is_empty(), "{}", said(&imported));
    assert_eq!(imported.draft.assembly.title, "Spring assembly 2026");
    let warned: String = imported.warnings.iter().map(|w| format!("{w}\n")).collect();
    assert!(
        warned.contains("named \"Spring assembly 2026\" after the file spring-assembly_2026.xlsx"),
        "{warned}"
    );
    assert_eq!(
        imported.details[0].to_string(),
        "Title: \"Spring assembly 2026\", from the file name spring-assembly_2026.xlsx"
    );
}

/// No message a person reads on /setup, the import page or from `assembly
/// import` may speak the plan file's syntax.
fn plain_words(text: &str) {
    for toml in ["[[", "RFC", "seq", "ask =", "<id>"] {
        assert!(!text.contains(toml), "{toml:?} in: {text}");
    }
}

#[test]
fn sheet_problems_name_the_sheet_row_and_heading_in_plain_words() {
    let asks = "Ask,The question,Put to\nHomes for all,Will you build them?,Cllr Jane Doe\n";
    let order = "Item,Kind,Minutes,Ask\nWelcome,Welcome,3,\nRoll call,Roll call,5,\n\
        The ask,Ask,2,\nClose,Close,2,\n";
    let details = "Title,Spring Assembly 2026\nVenue,Hall\nDate/time,soon\n";
    let imported = import(&[
        source("details.csv", details),
        source("institutions.csv", INSTITUTIONS_CSV),
        source("power-holders.csv", "Name,Role\nCllr Jane Doe,Leader\n"),
        source("asks.csv", asks),
        source("running-order.csv", order),
    ]);
    // `The question` is the ask's text.
    assert_eq!(imported.draft.asks[0].text, "Will you build them?");
    let said = said(&imported);
    plain_words(&said);
    assert!(
        said.contains("running-order.csv row 4, Ask: An ask item needs an ask"),
        "{said}"
    );
    assert!(said.contains("the asks are: homes-for-all"), "{said}");
    assert!(
        said.contains("details.csv row 3, Date/time: \"soon\" is not a date and time"),
        "{said}"
    );
    assert!(said.contains("14/03/2026 18:30"), "{said}");
}

fn chair_json(server: &Server, method: &str, path: &str, body: &str) -> common::Response {
    server.chair_request(method, path, &[("Content-Type", "application/json")], body)
}

/// Each broken form and what /setup is told, field by field.
#[test]
fn setup_problems_are_in_the_forms_words_and_never_offer_the_typo() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&stress()));
    let draft = chair_json(&server, "GET", "/api/plan/draft", "").json()["draft"].clone();
    type Edit = fn(&mut Value);
    let cases: [(Edit, &str, &str, &str); 4] = [
        (
            |d| d["items"][3]["ask"] = "".into(),
            "items.3.ask",
            "An ask item needs an ask",
            "inspections",
        ),
        (
            |d| d["items"][3]["ask"] = "Inspectons tonight".into(),
            "items.3.ask",
            "no ask is called \"Inspectons tonight\"",
            "the asks are: inspections",
        ),
        (
            |d| d["asks"][0]["text"] = "".into(),
            "asks.0.text",
            "the text is empty",
            "",
        ),
        (
            |d| d["assembly"]["starts"] = "soon".into(),
            "assembly.starts",
            "\"soon\" is not a date and time",
            "14/03/2026 18:30",
        ),
    ];
    for (edit, field, message, help) in cases {
        let mut broken = draft.clone();
        edit(&mut broken);
        let answer = chair_json(&server, "POST", "/api/plan/check", &broken.to_string()).json();
        let problems = answer["problems"].as_array().unwrap();
        let found = problems
            .iter()
            .find(|p| p["field"] == field)
            .unwrap_or_else(|| panic!("no problem at {field}: {answer}"));
        let text = format!(
            "{}: {}",
            found["message"].as_str().unwrap(),
            found["help"].as_str().unwrap_or("")
        );
        plain_words(&text);
        assert!(text.contains(message), "{text}");
        assert!(text.contains(help), "{text}");
        // Never its own misspelling as the fix.
        assert!(!text.contains("inspectons-tonight"), "{text}");
        assert!(!text.contains("for example"), "{text}");
    }

    // The dates the importer reads are read here too, in the plan's zone.
    for typed in ["14/03/2026 18:30", "2026-03-14 18:30"] {
        let mut dated = draft.clone();
        dated["assembly"]["starts"] = typed.into();
        dated["assembly"]["timezone"] = "Europe/London".into();
        let answer = chair_json(&server, "POST", "/api/plan/check", &dated.to_string()).json();
        assert_eq!(
            answer["problems"],
            serde_json::json!([]),
            "{typed}: {answer}"
        );
        let toml = answer["toml"].as_str().unwrap();
        assert!(
            toml.contains("starts = \"2026-03-14T18:30:00+00:00\""),
            "{toml}"
        );
    }
}

/// A step dated before the assembly is most often a slip of the year: the
/// server refuses it with a code the page turns into "Save anyway?", and
/// records it once confirmed.
#[test]
fn a_follow_up_step_before_the_assembly_is_refused_unless_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&stress()));
    let step = |extra: &str| {
        format!(
            r#"{{"cmd":"follow_up","ask":"short","holder":"police","status":"in_progress","at":"2025-05-20"{extra}}}"#
        )
    };
    let refused = server.command(&step(""));
    assert_eq!(refused.status, 400, "{}", refused.body);
    let body = refused.json();
    assert_eq!(body["refusal"], "step_before_assembly", "{body}");
    assert_eq!(body["args"]["assembly"], "2026-05-14");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("before the assembly"),
        "{body}"
    );
    server.must(&step(r#","confirm":true"#));
}

/// When `assembly import` stops, its `--map` example maps a column that is
/// there to the field its sheet lacks, never to `id`.
#[test]
fn the_command_lines_map_example_names_a_column_and_the_field_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    write_all(
        dir.path(),
        [
            ("export.csv", details_csv()),
            (
                "institutions.csv",
                "Organisation,Expected attendance\nSt Mary's,40\n".to_owned(),
            ),
            (
                "running-order.csv",
                "Item,Kind,Minutes\nWelcome,Welcome,ten\n".to_owned(),
            ),
        ],
    );
    let (code, out) = import_three(dir.path(), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(r#"--map "institutions.csv:Expected attendance=promised""#),
        "{out}"
    );
    plain_words(&out);
}
