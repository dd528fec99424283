//! Spreadsheets in: real `.xlsx` (written here with rust_xlsxwriter), `.ods`
//! (zipped here by hand) and `.csv` files, read into a plan that `assembly
//! check` accepts, or every row's problem told where the organiser looks.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use assembly::import::{Imported, Mapping, Rule, Source};
use assembly::plan::{self, Draft};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

use crate::common::run_in as run;

fn stress() -> assembly::domain::plan::Plan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stress.toml");
    plan::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every file here is within the import's limits: read in this process.
fn import(sources: &[Source], mapping: &Mapping) -> Imported {
    assembly::import::import(sources, mapping).expect("within the import's limits")
}

fn source(name: &str, bytes: impl Into<Vec<u8>>) -> Source {
    Source {
        name: name.into(),
        bytes: bytes.into(),
    }
}

fn sheet<'a>(book: &'a mut Workbook, name: &str, headings: &[&str]) -> &'a mut Worksheet {
    let ws = book.add_worksheet();
    ws.set_name(name).unwrap();
    for (c, h) in headings.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws
}

/// Every problem, one a line, as the command line prints them.
fn said(imported: &Imported) -> String {
    imported.problems.iter().map(|p| format!("{p}\n")).collect()
}

/// The stress plan as an organiser's workbook: no ids anywhere, headings
/// in their own words and order, kinds written loosely, references by
/// name, lengths typed four ways, a blank row, a title row above the
/// running order's headings.
fn stress_workbook() -> Vec<u8> {
    let plan = stress();
    let draft = Draft::from_plan(&plan);
    let mut book = Workbook::new();

    let ws = sheet(&mut book, "Assembly", &[]);
    ws.write_string(0, 0, "Title").unwrap();
    ws.write_string(0, 1, &draft.assembly.title).unwrap();
    ws.write_string(1, 0, "Venue").unwrap();
    ws.write_string(1, 1, &draft.assembly.venue).unwrap();
    ws.write_string(2, 0, "Starts").unwrap();
    let when = ExcelDateTime::parse_from_str("2026-05-14 19:00:00").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    ws.write_datetime_with_format(2, 1, &when, &date).unwrap();
    ws.write_string(3, 0, "Time zone").unwrap();
    ws.write_string(3, 1, "Europe/London").unwrap();

    let ws = sheet(&mut book, "Turnout", &["Organisation", "Pledged"]);
    for (n, i) in plan.institutions.iter().enumerate() {
        ws.write_string(n as u32 + 1, 0, &i.name).unwrap();
        ws.write_number(n as u32 + 1, 1, f64::from(i.promised))
            .unwrap();
    }

    let ws = sheet(&mut book, "Power-holders", &["Power-holder", "Position"]);
    for (n, p) in plan.power_holders.iter().enumerate() {
        ws.write_string(n as u32 + 1, 0, &p.name).unwrap();
        ws.write_string(n as u32 + 1, 1, &p.role).unwrap();
    }

    let ws = sheet(&mut book, "Asks", &["Ask", "Question", "Put to"]);
    for (n, a) in plan.asks.iter().enumerate() {
        let names: Vec<&str> =
            a.to.iter()
                .map(|id| plan.power_holder(id).unwrap().name.as_str())
                .collect();
        // One separated by commas, one by new lines.
        let sep = if n == 0 { ", " } else { "\n" };
        ws.write_string(n as u32 + 1, 0, &a.title).unwrap();
        ws.write_string(n as u32 + 1, 1, &a.text).unwrap();
        ws.write_string(n as u32 + 1, 2, names.join(sep)).unwrap();
    }

    let ws = sheet(&mut book, "Pledges", &["Pledge"]);
    for (n, p) in plan.pledges.iter().enumerate() {
        ws.write_string(n as u32 + 1, 0, &p.text).unwrap();
    }

    let ws = book.add_worksheet();
    ws.set_name("Running order").unwrap();
    ws.write_string(0, 0, "Riverside assembly: running order (draft 3)")
        .unwrap();
    let headings = [
        "Minutes",
        "Speaker",
        "Item",
        "Type",
        "Ask",
        "Pledge",
        "Chair notes",
    ];
    for (c, h) in headings.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let clock = Format::new().set_num_format("h:mm");
    let span = Format::new().set_num_format("[m]:ss");
    let mut row = 3;
    for (n, item) in plan.items.iter().enumerate() {
        if n == 3 {
            row += 1; // a blank row
        }
        match n {
            0 => ws.write_string(row, 0, "2:30").map(drop),
            1 => ws.write_number(row, 0, 2.5).map(drop),
            2 => {
                // Typed `2:30` into Excel: half past two in the morning.
                let typed = ExcelDateTime::from_hms(2, 30, 0).unwrap();
                ws.write_datetime_with_format(row, 0, &typed, &clock)
                    .map(drop)
            }
            3 => {
                let real = ExcelDateTime::from_hms(0, 3, 15).unwrap();
                ws.write_datetime_with_format(row, 0, &real, &span)
                    .map(drop)
            }
            _ => ws
                .write_number(row, 0, f64::from(item.seconds) / 60.0)
                .map(drop),
        }
        .unwrap();
        if let Some(lead) = &item.lead {
            ws.write_string(row, 1, lead).unwrap();
        }
        ws.write_string(row, 2, &item.title).unwrap();
        let kind = match item.kind.as_str() {
            "roll_call" => "Roll call",
            "response" => "Response(s)",
            "testimony" => "TESTIMONY",
            other => other,
        };
        ws.write_string(row, 3, kind).unwrap();
        if let Some(ask) = &item.ask {
            ws.write_string(row, 4, &plan.ask(ask).unwrap().title)
                .unwrap();
        }
        if let Some(pledge) = &item.pledge {
            ws.write_string(row, 5, &plan.pledge(pledge).unwrap().text)
                .unwrap();
        }
        if let Some(notes) = &item.notes {
            ws.write_string(row, 6, notes).unwrap();
        }
        row += 1;
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn an_organisers_workbook_becomes_the_plan_it_describes() {
    let expected = stress();
    let imported = import(
        &[source("riverside.xlsx", stress_workbook())],
        &Mapping::default(),
    );
    assert!(imported.problems.is_empty(), "{}", said(&imported));
    let toml = imported.toml.as_deref().expect("a plan");
    let plan = plan::parse(toml).unwrap();

    assert_eq!(plan.assembly.title, expected.assembly.title);
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2026-05-14T19:00:00+01:00"),
        "a spreadsheet date, with the zone's summer offset"
    );
    assert_eq!(plan.institutions.len(), 16);
    for (got, want) in plan.institutions.iter().zip(&expected.institutions) {
        assert_eq!((&got.name, got.promised), (&want.name, want.promised));
        assert!(!got.id.is_empty());
    }
    // Ids made from names are unique, Arabic and Hebrew names included.
    let mut ids: Vec<&str> = plan.institutions.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 16);

    // The 480-character ask, put to four holders named by name.
    let holders: Vec<&str> = plan.asks[0]
        .to
        .iter()
        .map(|id| plan.power_holder(id).unwrap().name.as_str())
        .collect();
    let want: Vec<&str> = expected.asks[0]
        .to
        .iter()
        .map(|id| expected.power_holder(id).unwrap().name.as_str())
        .collect();
    assert_eq!(holders, want);
    assert_eq!(plan.asks[1].to.len(), 3, "holders on separate lines");

    let seconds: Vec<u32> = plan.items.iter().map(|i| i.seconds).collect();
    assert_eq!(seconds[..5], [150, 150, 150, 195, 1200], "2:30 four ways");
    let kinds: Vec<_> = plan.items.iter().map(|i| i.kind).collect();
    let want: Vec<_> = expected.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, want);
    for (got, want) in plan.items.iter().zip(&expected.items) {
        assert_eq!(got.ask.is_some(), want.ask.is_some(), "{}", got.title);
        assert_eq!(got.pledge.is_some(), want.pledge.is_some(), "{}", got.title);
        assert_eq!(got.notes, want.notes);
    }
    // The time of day typed as `2:30` is read as minutes, and said.
    let warnings: Vec<String> = imported.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("Running order row 6, Minutes: 2:30 was typed as a time")),
        "{warnings:#?}"
    );
    // The preview knows each sheet, and the title row is not a heading.
    let kinds: Vec<_> = imported.sheets.iter().map(|s| s.kind_label).collect();
    assert!(kinds.iter().all(Option::is_some), "{kinds:?}");
    let order = imported.sheets.last().unwrap();
    assert_eq!(order.heading_row, Some(3));
}

/// A minimal OpenDocument spreadsheet: `sheets` of rows of cells, each
/// cell as its `table:table-cell` attributes and text.
/// A sheet's rows, each cell as its attributes and its text.
type OdsRows<'a> = Vec<Vec<(&'a str, &'a str)>>;

fn ods(sheets: &[(&str, OdsRows<'_>)]) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for (name, rows) in sheets {
        content.push_str(&format!(r#"<table:table table:name="{name}">"#));
        for row in rows {
            content.push_str("<table:table-row>");
            for (attrs, text) in row {
                content.push_str(&format!(
                    "<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>"
                ));
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const S: &str = r#"office:value-type="string""#;

#[test]
fn an_ods_file_with_typed_times_and_numbers_imports() {
    let details = vec![
        vec![(S, "Title"), (S, "Tŷ Cwrdd Assembly")],
        vec![(S, "Venue"), (S, "Neuadd y Dref")],
    ];
    let institutions = vec![
        vec![(S, "Name"), (S, "Promised")],
        vec![
            (S, "Capel Bethesda"),
            (r#"office:value-type="float" office:value="120""#, "120"),
        ],
        vec![
            (S, "مسجد النور"),
            (r#"office:value-type="float" office:value="45""#, "45"),
        ],
    ];
    let order = vec![
        vec![(S, "Kind"), (S, "Title"), (S, "Duration")],
        vec![
            (S, "Welcome"),
            (S, "Croeso"),
            // Typed `2:30` into LibreOffice: a time.
            (
                r#"office:value-type="time" office:time-value="PT02H30M00S""#,
                "02:30",
            ),
        ],
        vec![
            (S, "Roll call"),
            (S, "Who came?"),
            (
                r#"office:value-type="time" office:time-value="PT00H04M30S""#,
                "00:04:30",
            ),
        ],
        vec![
            (S, "Close"),
            (S, "Diolch"),
            (r#"office:value-type="float" office:value="1.5""#, "1.5"),
        ],
    ];
    let bytes = ods(&[
        ("Assembly", details),
        ("Institutions", institutions),
        ("Running order", order),
    ]);
    let imported = import(&[source("cwrdd.ods", bytes)], &Mapping::default());
    assert!(imported.problems.is_empty(), "{}", said(&imported));
    let plan = plan::parse(imported.toml.as_deref().unwrap()).unwrap();
    assert_eq!(plan.institutions[0].promised, 120);
    assert_eq!(plan.institutions[1].name, "مسجد النور");
    assert_eq!(plan.institutions[1].id, "institution-2");
    let seconds: Vec<u32> = plan.items.iter().map(|i| i.seconds).collect();
    assert_eq!(seconds, [150, 270, 90]);
}

const INSTITUTIONS_CSV: &str = "\u{feff}Institution;Promised;Contact\n\
    St Mary's;40;mary@example.org\n\
    \"Masjid Al-Hudā; Youth\";1 200;\n\
    Total;1240;\n";

const ORDER_CSV: &str = "Item,Kind,Minutes,Lead,Ask\n\
    Welcome,Welcome,3,Fr Peter,\n\
    Roll call,Roll call,5,,\n\
    Housing testimony,Testimony,4:30,Amina,\n\
    The ask,Ask,2,,Homes for all\n\
    Answers,Response(s),6,,homes-for-all\n\
    Close,Close,1,,\n";

const PLAN_CSVS: [(&str, &str); 3] = [
    (
        "assembly.csv",
        "Title,Housing Assembly\nVenue,\"Hall 1, Town Road\"\n",
    ),
    ("power-holders.csv", "Name,Role\nCllr Jane Doe,Leader\n"),
    (
        "asks.csv",
        "Ask,Text,To\nHomes for all,Will you build them?,Cllr Jane Doe\n",
    ),
];

fn csv_sources(institutions: &str, order: &str) -> Vec<Source> {
    let mut sources = vec![
        source("institutions.csv", institutions),
        source("running-order.csv", order),
    ];
    sources.extend(PLAN_CSVS.iter().map(|(n, t)| source(n, *t)));
    sources
}

#[test]
fn csv_files_with_an_unknown_column_are_mapped_and_imported() {
    let sources = csv_sources(INSTITUTIONS_CSV, ORDER_CSV);
    let first = import(&sources, &Mapping::default());
    // The Contact column is not something the plan holds: it is shown,
    // with what it holds, and left out; the import goes on.
    assert_eq!(first.unmapped.len(), 1, "{:?}", first.unmapped);
    let contact = &first.unmapped[0];
    assert_eq!(
        (
            contact.sheet.as_str(),
            contact.column.as_str(),
            contact.heading.as_str()
        ),
        ("institutions.csv", "C", "Contact")
    );
    assert_eq!(contact.samples, ["mary@example.org"]);
    assert!(contact.choices.contains(&"ignore") && contact.choices.contains(&"promised"));
    assert!(first.problems.is_empty(), "{}", said(&first));
    assert_eq!(
        first.warnings[0].message,
        "this heading is not recognised, so the column was not imported"
    );
    assert!(
        first.toml.is_some(),
        "a column left out does not stop the import"
    );

    // Said to be left out, it is no longer mentioned.
    let rule = Rule::parse("institutions.csv:Contact=ignore").unwrap();
    let second = import(&sources, &Mapping(vec![rule]));
    assert!(second.problems.is_empty(), "{}", said(&second));
    assert!(second.unmapped.is_empty());
    let plan = plan::parse(second.toml.as_deref().unwrap()).unwrap();
    // `;` sniffed, a `;` inside quotes kept, `1 200` read, the total row
    // left out.
    let names: Vec<(&str, u32)> = plan
        .institutions
        .iter()
        .map(|i| (i.name.as_str(), i.promised))
        .collect();
    assert_eq!(names, [("St Mary's", 40), ("Masjid Al-Hudā; Youth", 1200)]);
    assert_eq!(plan.assembly.venue, "Hall 1, Town Road");
    // The ask named by its title and by its id.
    assert_eq!(plan.items[3].ask.as_deref(), Some("homes-for-all"));
    assert_eq!(plan.items[4].ask.as_deref(), Some("homes-for-all"));
}

#[test]
fn a_column_mapped_to_a_field_fills_it() {
    let institutions = "Group,Expected attendance\nSt Mary's,40\nSt Paul's,25\n";
    let sources = csv_sources(institutions, ORDER_CSV);
    let first = import(&sources, &Mapping::default());
    assert_eq!(first.unmapped[0].heading, "Expected attendance");
    assert_eq!(first.unmapped[0].samples, ["40", "25"]);
    let rule = Rule::parse("institutions.csv:Expected attendance=promised").unwrap();
    let second = import(&sources, &Mapping(vec![rule]));
    assert!(second.problems.is_empty(), "{}", said(&second));
    assert_eq!(second.draft.institutions[1].promised, "25");
}

#[test]
fn bad_rows_are_told_by_sheet_row_and_column() {
    let institutions = "Institution,Promised\nSt Mary's,40\n,12\nSt Paul's,lots\n";
    let order = "Item,Kind,Minutes,Ask\n\
        Welcome,Welcome,3,\n\
        Roll call,Roll call,5,\n\
        \n\
        Party,Party,3,\n\
        The ask,Ask,2,Homes for nobody\n\
        Long story,Testimony,ten,\n";
    let imported = import(&csv_sources(institutions, order), &Mapping::default());
    let said = said(&imported);
    for line in [
        "institutions.csv row 3, Institution: empty",
        "institutions.csv row 4, Promised: \"lots\" is not a whole number",
        "running-order.csv row 5, Kind: \"Party\" is not a kind of item",
        "running-order.csv row 6, Ask: no ask is called \"Homes for nobody\"",
        "running-order.csv row 7, Minutes: \"ten\" is not a length",
    ] {
        assert!(said.lines().any(|l| l == line), "{line}\nin:\n{said}");
    }
    assert!(
        said.contains("help: asks: Homes for all (homes-for-all)"),
        "{said}"
    );
    assert!(!said.contains("[[") && !said.contains("line "), "{said}");
    assert!(imported.toml.is_none());
}

#[test]
fn an_unrecognised_sheet_is_said_and_can_be_named() {
    let mut book = Workbook::new();
    let ws = sheet(&mut book, "Sheet1", &["Who", "How many"]);
    ws.write_string(1, 0, "St Mary's").unwrap();
    ws.write_number(1, 1, 30.0).unwrap();
    book.add_worksheet(); // an empty Sheet2 is passed over
    let mut sources = vec![source("book.xlsx", book.save_to_buffer().unwrap())];
    sources.extend(
        csv_sources("Name,Promised\n", ORDER_CSV)
            .into_iter()
            .skip(1),
    );
    let first = import(&sources, &Mapping::default());
    let said = said(&first);
    assert!(
        said.starts_with("Sheet1: this sheet was not recognised"),
        "{said}"
    );
    assert_eq!(first.sheets[0].kind, None);
    let rules = [
        "Sheet1=institutions",
        "Sheet1:Who=name",
        "Sheet1:How many=promised",
    ];
    let mapping = Mapping(rules.iter().map(|r| Rule::parse(r).unwrap()).collect());
    let second = import(&sources, &mapping);
    assert!(second.problems.is_empty(), "{}", self::said(&second));
    assert_eq!(second.draft.institutions[0].promised, "30");
    // A rule that names nothing is said, not ignored.
    let wrong = Mapping(vec![Rule::parse("Sheet9:Who=name").unwrap()]);
    assert!(self::said(&import(&sources, &wrong)).contains("\"Sheet9\""));
    assert!(Rule::parse("no equals sign").is_err());
}

#[test]
fn windows_1252_csv_is_read_and_said() {
    let latin1 = b"Institution,Promised\nCaf\xe9 Solidarit\xe9,12\n".to_vec();
    let mut sources = csv_sources("", ORDER_CSV);
    sources[0] = source("institutions.csv", latin1);
    let imported = import(&sources, &Mapping::default());
    assert_eq!(imported.draft.institutions[0].name, "Café Solidarité");
    assert!(
        imported.warnings[0].to_string().contains("Windows-1252"),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn five_hundred_institutions_import_quickly() {
    let mut csv = String::from("Institution,Promised\n");
    for n in 0..500 {
        csv.push_str(&format!(
            "\"Église Saint-{n}, Côte d'Émeraude 🌍\",{}\n",
            n % 90 + 10
        ));
    }
    let sources = csv_sources(&csv, ORDER_CSV);
    let started = Instant::now();
    let imported = import(&sources, &Mapping::default());
    let took = started.elapsed();
    assert!(imported.problems.is_empty(), "{}", said(&imported));
    assert_eq!(imported.draft.institutions.len(), 500);
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

#[test]
fn assembly_import_writes_a_plan_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("riverside.xlsx"), stress_workbook()).unwrap();
    let (code, said) = run(
        dir.path(),
        &["import", "riverside.xlsx", "--out", "plan.toml"],
    );
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("Wrote plan.toml"), "{said}");
    let written = std::fs::read_to_string(dir.path().join("plan.toml")).unwrap();
    assert!(written.starts_with("# Imported by `assembly import` from riverside.xlsx"));
    let (code, said) = run(dir.path(), &["check", "plan.toml"]);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("16 institutions"), "{said}");

    // An existing plan is never overwritten without --force.
    let (code, said) = run(
        dir.path(),
        &["import", "riverside.xlsx", "--out", "plan.toml"],
    );
    assert_eq!(code, 1);
    assert!(
        said.contains("already exists") && said.contains("--force"),
        "{said}"
    );
    let (code, said) = run(
        dir.path(),
        &["import", "riverside.xlsx", "--out", "plan.toml", "--force"],
    );
    assert_eq!(code, 0, "{said}");
}

#[test]
fn assembly_import_lists_row_problems_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let order = ORDER_CSV.replace("Close,Close,1", "Close,Close,ten");
    for s in csv_sources(INSTITUTIONS_CSV, &order) {
        std::fs::write(dir.path().join(&s.name), &s.bytes).unwrap();
    }
    let files = [
        "import",
        "assembly.csv",
        "institutions.csv",
        "power-holders.csv",
        "asks.csv",
        "running-order.csv",
    ];
    let (code, said) = run(dir.path(), &files);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("running-order.csv row 7, Minutes: \"ten\" is not a length"),
        "{said}"
    );
    assert!(said.contains("institutions.csv row 1, Contact:"), "{said}");
    assert!(said.contains("--map \"institutions.csv:Contact="), "{said}");
    assert!(said.contains("nothing was written"), "{said}");
    assert!(!dir.path().join("plan.toml").exists());

    // With the column mapped and the length fixed, it imports.
    std::fs::write(dir.path().join("running-order.csv"), ORDER_CSV).unwrap();
    let mut args = files.to_vec();
    args.extend(["--map", "institutions.csv:Contact=ignore"]);
    let (code, said) = run(dir.path(), &args);
    assert_eq!(code, 0, "{said}");
    let (code, said) = run(dir.path(), &["check", "plan.toml"]);
    assert_eq!(code, 0, "{said}");
}

#[test]
fn a_missing_sheet_is_said_with_what_to_add() {
    let imported = import(
        &[source(
            "institutions.csv",
            "Institution,Promised\nSt Mary's,4\n",
        )],
        &Mapping::default(),
    );
    let said = said(&imported);
    for line in [
        "there is no running order: no sheet holds its items",
        "  help: add a sheet (or a CSV file) named Running order, with columns Item, Kind and Minutes",
        "the assembly has no title",
        "the assembly has no venue",
    ] {
        assert!(said.lines().any(|l| l == line), "{line}\nin:\n{said}");
    }
    // Every file that cannot be read says what to do instead.
    let junk = import(
        &[source("plan.xlsx", b"PK\x03\x04 not really".to_vec())],
        &Mapping::default(),
    );
    assert!(
        said_first(&junk).contains("save it as .xlsx, .ods or .csv"),
        "{}",
        said_first(&junk)
    );
}

fn said_first(imported: &Imported) -> String {
    imported.problems[0].to_string()
}

/// The reader itself is bounded, not only the worker it runs in: a sheet
/// with a cell at each far corner is refused by what it declares, read in
/// this very process, before anything is allocated for its range.
#[test]
fn a_sheet_with_two_far_corners_is_refused_in_process() {
    let mut book = Workbook::new();
    let ws = sheet(&mut book, "Institutions", &["Institution"]);
    ws.write_string(1_048_575, 16_383, "St Mary's").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let started = Instant::now();
    let refused = assembly::import::import(&[source("corners.xlsx", bytes)], &Mapping::default())
        .expect_err("refused");
    assert_eq!(refused.kind, assembly::import::RefusalKind::TooLarge);
    assert!(
        refused.message.contains("Institutions") && refused.message.contains("1,048,576 rows"),
        "{refused}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));

    let mut csv = String::from("Institution,Promised\n");
    for n in 0..20_000 {
        csv.push_str(&format!("Member {n},5\n"));
    }
    let refused = assembly::import::import(&[source("members.csv", csv)], &Mapping::default())
        .expect_err("refused");
    assert!(
        refused.message.contains("more than 10,000 rows"),
        "{refused}"
    );
}

/// The largest sheet the import takes (10,000 rows) is read well within
/// the worker's 20 s, even when every row has the same name (each id made
/// unique with `-2`, `-3`, ...: 4,000 such rows took 13 s before).
#[test]
fn ten_thousand_rows_of_one_name_import_in_time() {
    let mut csv = String::from("Institution,Promised\n");
    for _ in 0..9_999 {
        csv.push_str("St Mary's,5\n");
    }
    let started = Instant::now();
    let imported = import(&[source("institutions.csv", csv)], &Mapping::default());
    let took = started.elapsed();
    assert_eq!(imported.draft.institutions.len(), 9_999);
    assert_eq!(imported.draft.institutions[9_998].id, "st-mary-s-9999");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}
