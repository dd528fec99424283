//! `record.xlsx`, read back with calamine: one sheet each for the running
//! order, turnout, answers, pledges and follow-ups; real dates and lengths;
//! text that looks like a formula stays text; the public's workbook holds
//! only what the projector could show.

use crate::common;

use std::path::Path;

use calamine::{Data, Reader};
use common::{KEY, Server};

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

/// GET `path` as bytes, with the chair key or without.
fn get_bytes(server: &Server, path: &str, chair: bool) -> (u16, Vec<u8>) {
    let auth = format!("Bearer {KEY}");
    let headers: &[(&str, &str)] = if chair {
        &[("Authorization", &auth)]
    } else {
        &[]
    };
    let answer = common::wire(server.addr, path, headers);
    let kind = answer.header("content-type").unwrap_or_default();
    assert!(
        answer.status != 200
            || kind
                .starts_with("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "{path}: {kind}"
    );
    (answer.status, answer.bytes)
}

type Book = calamine::Sheets<std::io::Cursor<Vec<u8>>>;

fn open(bytes: Vec<u8>) -> Book {
    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("an xlsx file")
}

/// A sheet as rows of cells, headings first.
fn rows(book: &mut Book, name: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn col(rows: &[Vec<Data>], heading: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h.to_string().starts_with(heading))
        .unwrap_or_else(|| panic!("no column {heading} in {:?}", rows[0]))
}

/// A sheet of the workbook at `path` (fetched with the chair key) as the
/// text of each cell, headings first.
pub fn workbook_rows(server: &Server, path: &str, sheet: &str) -> Vec<Vec<String>> {
    let (status, bytes) = get_bytes(server, path, true);
    assert_eq!(status, 200);
    rows(&mut open(bytes), sheet)
        .into_iter()
        .map(|row| row.iter().map(Data::to_string).collect())
        .collect()
}

fn text_of(book: &mut Book) -> String {
    let names = book.sheet_names();
    let mut all = String::new();
    for name in names {
        for row in rows(book, &name) {
            for cell in row {
                all.push_str(&cell.to_string());
                all.push('\t');
            }
        }
    }
    all
}

#[test]
fn the_record_workbook_reads_back_with_its_sheets_types_and_access() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(&plan, PLAN).unwrap();
    let data = dir.path().join("data");
    let mut server = Server::start(&data, Some(&plan));
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
    let (status, bytes) = get_bytes(&server, "/export/record.xlsx", true);
    assert_eq!(status, 200);
    let mut book = open(bytes);
    assert_eq!(
        book.sheet_names(),
        [
            "Running order",
            "Turnout",
            "Answers",
            "Pledges",
            "Follow-ups",
            "Follow-up steps"
        ]
    );
    let order = rows(&mut book, "Running order");
    assert_eq!(order.len(), 4, "a heading and three items");
    let planned = &order[2][col(&order, "Planned")];
    match planned {
        Data::DateTime(d) => {
            assert!(d.is_duration(), "{planned:?}");
            assert!((d.as_f64() * 86_400.0 - 90.0).abs() < 0.01, "1:30 planned");
        }
        other => panic!("a planned length is a spreadsheet duration, not {other:?}"),
    }
    let started = &order[1][col(&order, "Started")];
    assert!(
        matches!(started, Data::DateTime(d) if d.is_datetime() && d.as_f64() > 40_000.0),
        "a start is a spreadsheet date: {started:?}"
    );
    assert_eq!(
        order[1][col(&order, "Chair notes")].to_string(),
        "Chair only: the secret note"
    );

    let turnout = rows(&mut book, "Turnout");
    assert_eq!(
        turnout[1][col(&turnout, "Institution")],
        Data::String("=HYPERLINK(\"http://evil.example\",\"click\")".into()),
        "text that starts with = is text, not a formula"
    );
    assert_eq!(
        turnout[2][col(&turnout, "Institution")],
        Data::String("+44 Community Group".into())
    );
    assert_eq!(turnout[1][col(&turnout, "Promised")], Data::Float(40.0));
    assert_eq!(turnout[1][col(&turnout, "Announced")], Data::Float(38.0));
    assert_eq!(turnout[2][col(&turnout, "Phones")], Data::Float(1.0));
    let formulas = book.worksheet_formula("Turnout").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );

    let answers = rows(&mut book, "Answers");
    assert_eq!(
        answers[1][col(&answers, "Holder name")],
        Data::String("@Mayor Jane".into())
    );
    assert_eq!(
        answers[1][col(&answers, "Ask title")],
        Data::String("-Homes".into())
    );
    assert_eq!(
        answers[1][col(&answers, "Answer")],
        Data::String("Yes".into())
    );
    assert_eq!(
        answers[1][col(&answers, "Note for chair")],
        Data::String("=by June".into())
    );
    assert_eq!(
        answers[1][col(&answers, "Earlier")],
        Data::String("Waffle".into())
    );

    let pledges = rows(&mut book, "Pledges");
    assert_eq!(
        pledges[1][col(&pledges, "Yes")],
        Data::Float(1.0),
        "the chair sees the tally"
    );
    let follow = rows(&mut book, "Follow-ups");
    assert_eq!(
        follow[1][col(&follow, "Latest note")],
        Data::String("met in May".into())
    );

    // The public's workbook: what the projector could show, no more.
    let (status, bytes) = get_bytes(&server, "/export/record.xlsx", false);
    assert_eq!(status, 200);
    let mut public = open(bytes);
    assert_eq!(
        public.sheet_names(),
        [
            "Running order",
            "Turnout",
            "Answers",
            "Pledges",
            "Follow-ups",
            "Follow-up steps"
        ]
    );
    // The scorecard is public: every commitment's status, without notes.
    let follow = rows(&mut public, "Follow-ups");
    assert!(!follow[0].contains(&Data::String("Latest note".into())));
    assert!(
        follow
            .iter()
            .any(|row| row.contains(&Data::String("In progress".into()))),
        "{follow:?}"
    );
    let all = text_of(&mut public);
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
    let pledges = rows(&mut public, "Pledges");
    assert_eq!(
        pledges[1][col(&pledges, "Revealed")],
        Data::String("No".into())
    );
    assert_eq!(
        pledges[1][col(&pledges, "Yes")],
        Data::Empty,
        "no tally before it is revealed"
    );

    // Revealed, the public sees the tally too.
    server.must(r#"{"cmd":"reveal","pledge":"team"}"#);
    let (_, bytes) = get_bytes(&server, "/export/record.xlsx", false);
    let pledges = rows(&mut open(bytes), "Pledges");
    assert_eq!(pledges[1][col(&pledges, "Yes")], Data::Float(1.0));

    // `assembly export` writes it beside the CSVs.
    server.kill();
    let out = dir.path().join("record");
    let done = common::run_bounded(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.code, Some(0), "{}", done.said);
    assert!(done.said.contains("record.xlsx"), "{}", done.said);
    let offline = open(std::fs::read(out.join("record.xlsx")).unwrap());
    assert!(offline.sheet_names().contains(&"Follow-ups".to_owned()));
    assert!(Path::new(&out.join("turnout.csv")).exists());
}

/// In English, as in Welsh, the workbook is for people: words not codes,
/// dates as dates, institutions by name, and every follow-up step.
#[test]
fn the_english_workbook_has_words_dates_names_and_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::write(&plan, PLAN).unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"turnout","institution":"formula","count":38}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes"}"#);
    server.must(r#"{"cmd":"end"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"in_progress","at":"2026-05-02","note":"Met the housing officer"}"#);
    server.must(r#"{"cmd":"follow_up","ask":"homes","holder":"mayor","status":"achieved","at":"2026-06-03","note":"Motion passed"}"#);

    let (status, bytes) = get_bytes(&server, "/export/record.xlsx", true);
    assert_eq!(status, 200);
    let mut book = open(bytes);

    let answers = rows(&mut book, "Answers");
    assert_eq!(
        answers[1][col(&answers, "Answer")],
        Data::String("Yes".into())
    );
    let follow = rows(&mut book, "Follow-ups");
    assert_eq!(
        follow[1][col(&follow, "Status")],
        Data::String("Achieved".into())
    );
    let since = &follow[1][col(&follow, "Status since")];
    assert!(
        matches!(since, Data::DateTime(d) if d.is_datetime() && (d.as_f64() - 46_176.0).abs() < 0.01),
        "3 June 2026 is a date cell: {since:?}"
    );
    let pledges = rows(&mut book, "Pledges");
    assert_eq!(
        pledges[1][col(&pledges, "Revealed")],
        Data::String("No".into())
    );

    // A column headed Institution holds names, not ids.
    let turnout = rows(&mut book, "Turnout");
    let institution = col(&turnout, "Institution");
    assert_eq!(
        turnout[2][institution],
        Data::String("+44 Community Group".into())
    );
    for sheet in book.sheet_names() {
        let rows = rows(&mut book, &sheet);
        for (c, heading) in rows[0].iter().enumerate() {
            if *heading == Data::String("Institution".into()) {
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
    let steps = rows(&mut book, "Follow-up steps");
    assert_eq!(steps.len(), 3, "a heading and two steps: {steps:?}");
    assert_eq!(
        steps[1][col(&steps, "Commitment")],
        Data::String("-Homes".into())
    );
    assert_eq!(
        steps[1][col(&steps, "Power-holder")],
        Data::String("@Mayor Jane".into())
    );
    let day = &steps[1][col(&steps, "Date")];
    assert!(
        matches!(day, Data::DateTime(d) if d.is_datetime() && (d.as_f64() - 46_144.0).abs() < 0.01),
        "2 May 2026 is a date cell: {day:?}"
    );
    assert_eq!(
        steps[1][col(&steps, "Status")],
        Data::String("In progress".into())
    );
    assert_eq!(
        steps[1][col(&steps, "Note")],
        Data::String("Met the housing officer".into())
    );
    assert_eq!(
        steps[2][col(&steps, "Status")],
        Data::String("Achieved".into())
    );

    // The public's steps: statuses and days, no notes.
    let (_, bytes) = get_bytes(&server, "/export/record.xlsx", false);
    let mut public = open(bytes);
    let steps = rows(&mut public, "Follow-up steps");
    assert_eq!(steps.len(), 3);
    assert!(!text_of(&mut public).contains("housing officer"));
}
