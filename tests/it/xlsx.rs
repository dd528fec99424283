//! `record.xlsx`, read back with calamine: one sheet each for the running
//! order, turnout, answers, pledges and follow-ups; real dates and lengths;
//! text that looks like a formula stays text; the public's workbook holds
//! only what the projector could show.

use crate::common;

use std::path::Path;

use calamine::{Data, Reader};
use common::record::{all_text, cells, export, open, serve, workbook};

const PLAN: &str = r#"[assembly]
title = "Formula Street Assembly"
venue = "=Town Hall"
timezone = "Europe/London"

[[institution]]
id = "formula"
name = "=HYPERLINK(\"http://evil.example\",\"click\")"
promised = 40

[[institution]]
id = "plus"
name = "+44 Community Group"
promised = 12

[[power_holder]]
id = "mayor"
name = "@Mayor Jane"
role = "Mayor"

[[ask]]
id = "homes"
title = "-Homes"
text = "Will you build them?"
to = ["mayor"]

[[pledge]]
id = "team"
text = "Will you join the team?"

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 2
notes = "Chair only: the secret note"

[[item]]
title = "The ask"
kind = "ask"
ask = "homes"
duration = "1:30"

[[item]]
title = "Pledge"
kind = "pledge"
pledge = "team"
minutes = 1
"#;

/// The sheets of every record workbook, the chair's and the public's.
const SHEETS: [&str; 6] = [
    "Running order",
    "Turnout",
    "Answers",
    "Pledges",
    "Follow-ups",
    "Follow-up steps",
];

const RECORD: &str = "/export/record.xlsx";

/// Where the column whose heading starts with `heading` is.
fn col(rows: &[Vec<Data>], heading: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h.to_string().starts_with(heading))
        .unwrap_or_else(|| panic!("no column {heading} in {:?}", rows[0]))
}

/// The cell of `row` under `heading`.
fn cell<'a>(rows: &'a [Vec<Data>], row: usize, heading: &str) -> &'a Data {
    &rows[row][col(rows, heading)]
}

fn text(s: &str) -> Data {
    Data::String(s.into())
}

/// Each `(heading, value)` of `row`, as a spreadsheet holds it.
fn assert_cells(rows: &[Vec<Data>], row: usize, want: &[(&str, Data)]) {
    for (heading, value) in want {
        assert_eq!(
            cell(rows, row, heading),
            value,
            "{heading} in row {row}: {:?}",
            rows[row]
        );
    }
}

/// Whether a cell is a spreadsheet date on the day `serial` (days since
/// 1900, as spreadsheets count them).
fn is_day(cell: &Data, serial: f64) -> bool {
    matches!(cell, Data::DateTime(d) if d.is_datetime() && (d.as_f64() - serial).abs() < 0.01)
}

#[test]
fn the_record_workbook_reads_back_with_its_sheets_types_and_access() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, data) = serve(dir.path(), PLAN);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"turnout","institution":"formula","count":38}"#);
    let (_, phone) = server.check_in(None, "plus");
    server.must(r#"{"cmd":"next"}"#);
    server.must(
        r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"waffle","note":"pressed"}"#,
    );
    server.must(
        r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes","note":"=by June"}"#,
    );
    server.must(r#"{"cmd":"next"}"#);
    assert_eq!(server.pledge(&phone, "team", "yes").status, 200);
    server.must(r#"{"cmd":"end"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"in_progress","note":"met in May"}"#);

    // The chair's workbook: every sheet.
    let mut book = workbook(&server, RECORD, true);
    assert_eq!(book.sheet_names(), SHEETS);
    let order = cells(&mut book, "Running order");
    assert_eq!(order.len(), 4, "a heading and three items");
    let planned = cell(&order, 2, "Planned");
    match planned {
        Data::DateTime(d) => {
            assert!(d.is_duration(), "{planned:?}");
            assert!((d.as_f64() * 86_400.0 - 90.0).abs() < 0.01, "1:30 planned");
        }
        other => panic!("a planned length is a spreadsheet duration, not {other:?}"),
    }
    let started = cell(&order, 1, "Started");
    assert!(
        matches!(started, Data::DateTime(d) if d.is_datetime() && d.as_f64() > 40_000.0),
        "a start is a spreadsheet date: {started:?}"
    );
    assert_eq!(
        cell(&order, 1, "Chair notes").to_string(),
        "Chair only: the secret note"
    );

    let turnout = cells(&mut book, "Turnout");
    assert_eq!(
        cell(&turnout, 1, "Institution"),
        &text("=HYPERLINK(\"http://evil.example\",\"click\")"),
        "text that starts with = is text, not a formula"
    );
    assert_cells(
        &turnout,
        1,
        &[
            ("Promised", Data::Float(40.0)),
            ("Announced", Data::Float(38.0)),
        ],
    );
    assert_cells(
        &turnout,
        2,
        &[
            ("Institution", text("+44 Community Group")),
            ("Phones", Data::Float(1.0)),
        ],
    );
    let formulas = book.worksheet_formula("Turnout").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );

    let answers = cells(&mut book, "Answers");
    assert_cells(
        &answers,
        1,
        &[
            ("Holder name", text("@Mayor Jane")),
            ("Ask title", text("-Homes")),
            ("Answer", text("Yes")),
            ("Note for chair", text("=by June")),
            ("Earlier", text("Waffle")),
        ],
    );

    let pledges = cells(&mut book, "Pledges");
    assert_eq!(
        cell(&pledges, 1, "Yes"),
        &Data::Float(1.0),
        "the chair sees the tally"
    );
    let follow = cells(&mut book, "Follow-ups");
    assert_cells(&follow, 1, &[("Latest note", text("met in May"))]);

    // The public's workbook: what the projector could show, no more.
    let mut public = workbook(&server, RECORD, false);
    assert_eq!(public.sheet_names(), SHEETS);
    // The scorecard is public: every commitment's status, without notes.
    let follow = cells(&mut public, "Follow-ups");
    assert!(!follow[0].contains(&text("Latest note")));
    assert!(
        follow.iter().any(|row| row.contains(&text("In progress"))),
        "{follow:?}"
    );
    let all = all_text(&mut public);
    for secret in [
        "secret note",
        "=by June",
        "pressed",
        "met in May",
        "Waffle",
        "Chair notes",
    ] {
        assert!(!all.contains(secret), "{secret:?} in the public workbook");
    }
    let pledges = cells(&mut public, "Pledges");
    assert_cells(&pledges, 1, &[("Revealed", text("No"))]);
    assert_eq!(
        cell(&pledges, 1, "Yes"),
        &Data::Empty,
        "no tally before it is revealed"
    );

    // Revealed, the public sees the tally too.
    server.must(r#"{"cmd":"reveal","pledge":"team"}"#);
    let pledges = cells(&mut workbook(&server, RECORD, false), "Pledges");
    assert_cells(&pledges, 1, &[("Yes", Data::Float(1.0))]);

    // `assembly export` writes it beside the CSVs.
    server.kill();
    let out = dir.path().join("record");
    let said = export(&data, &out, &[]);
    assert!(said.contains("record.xlsx"), "{said}");
    let offline = open(std::fs::read(out.join("record.xlsx")).unwrap());
    assert!(offline.sheet_names().contains(&"Follow-ups".to_owned()));
    assert!(Path::new(&out.join("turnout.csv")).exists());
}

/// In English, as in Welsh, the workbook is for people: words not codes,
/// dates as dates, institutions by name, and every follow-up step.
#[test]
fn the_english_workbook_has_words_dates_names_and_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path(), PLAN);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"turnout","institution":"formula","count":38}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes"}"#);
    server.must(r#"{"cmd":"end"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"in_progress","at":"2026-05-02","note":"Met the housing officer"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"achieved","at":"2026-06-03","note":"Motion passed"}"#);

    let mut book = workbook(&server, RECORD, true);
    let answers = cells(&mut book, "Answers");
    assert_cells(&answers, 1, &[("Answer", text("Yes"))]);
    let follow = cells(&mut book, "Follow-ups");
    assert_cells(&follow, 1, &[("Status", text("Achieved"))]);
    let since = cell(&follow, 1, "Status since");
    assert!(
        is_day(since, 46_176.0),
        "3 June 2026 is a date cell: {since:?}"
    );
    let pledges = cells(&mut book, "Pledges");
    assert_cells(&pledges, 1, &[("Revealed", text("No"))]);

    // A column headed Institution holds names, not ids.
    let turnout = cells(&mut book, "Turnout");
    assert_cells(&turnout, 2, &[("Institution", text("+44 Community Group"))]);
    for sheet in book.sheet_names() {
        let rows = cells(&mut book, &sheet);
        for (c, heading) in rows[0].iter().enumerate() {
            if *heading == text("Institution") {
                for row in &rows[1..] {
                    assert!(
                        !matches!(&row[c], Data::String(s) if s == "formula" || s == "plus"),
                        "{sheet}: an id under Institution"
                    );
                }
            }
        }
    }

    // Every step, oldest first: commitment, holder, day, status, note.
    let steps = cells(&mut book, "Follow-up steps");
    assert_eq!(steps.len(), 3, "a heading and two steps: {steps:?}");
    assert_cells(
        &steps,
        1,
        &[
            ("Commitment", text("-Homes")),
            ("Power-holder", text("@Mayor Jane")),
            ("Status", text("In progress")),
            ("Note", text("Met the housing officer")),
        ],
    );
    let day = cell(&steps, 1, "Date");
    assert!(is_day(day, 46_144.0), "2 May 2026 is a date cell: {day:?}");
    assert_cells(&steps, 2, &[("Status", text("Achieved"))]);

    // The public's steps: statuses and days, no notes.
    let mut public = workbook(&server, RECORD, false);
    let steps = cells(&mut public, "Follow-up steps");
    assert_eq!(steps.len(), 3);
    assert!(!all_text(&mut public).contains("housing officer"));
}
