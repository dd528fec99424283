//! The night's record as the record tests build and read it: plans written
//! for a test and the stress plan's night, the chair's reads (by key or by
//! the session cookie of the chair's link) and plan saves, CSV and
//! spreadsheet exports parsed, parts of the report cut out, `assembly
//! export` run offline, and the report's parts photographed. One home for
//! what `record`, `record_night`, `access`, `xlsx`, `report_lang`,
//! `hall_report`, `follow_up`, `fresh`, `plan_history` and `resources` all
//! did the same way.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use serde_json::Value;

use super::browser::{self as web, Client};
use super::{KEY, Response, Server, request};

pub use super::fixture;

/// `source` written as `plan.toml` in `dir`.
pub fn plan_file(dir: &Path, source: &str) -> PathBuf {
    let path = dir.join("plan.toml");
    std::fs::write(&path, source).unwrap();
    path
}

/// A server for `source` with a fresh data dir `dir/data`; also returns
/// that data dir, for a restart or an offline export.
pub fn serve(dir: &Path, source: &str) -> (Server, PathBuf) {
    let plan = plan_file(dir, source);
    let data = dir.join("data");
    (Server::start(&data, Some(&plan)), data)
}

/// The stress plan's night, for following up: the four-holder ask
/// answered yes, absent and waffle; the landlord never answers, nor does
/// anyone the other asks. Returns the last seq.
pub fn stress_night(server: &Server) -> u64 {
    server.must(r#"{"cmd":"start"}"#);
    for (holder, answer) in [("leader", "yes"), ("police", "absent"), ("nhs", "waffle")] {
        server.must(&format!(
            r#"{{"cmd":"respond","ask":"inspections","holder":"{holder}","answer":"{answer}"}}"#
        ));
    }
    server.must(r#"{"cmd":"end"}"#)
}

/// The bundled demo with 488 more member institutions: 500 in all, as
/// `scripts/plan-500.sh` writes it.
pub fn plan_500(dir: &Path) -> PathBuf {
    let demo =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.toml"))
            .unwrap();
    let mut plan = demo;
    for i in 13..=500 {
        plan.push_str(&format!(
            "\n[[institution]]\nid = \"member-{i:03}\"\nname = \"Member Institution {i:03}, \
             Riverside Ward {}\"\npromised = {}\n",
            i % 40 + 1,
            20 + i % 180
        ));
    }
    let path = dir.join("plan-500.toml");
    std::fs::write(&path, plan).unwrap();
    path
}

/// A GET with a cookie, as the chair's browser sends it.
pub fn cookie_get(server: &Server, path: &str, cookie: &str) -> Response {
    request(server.addr, "GET", path, &[("Cookie", cookie)], "")
}

/// The `name=value` of the session cookie a chair link's answer sets.
pub fn session_cookie(link: &Response) -> String {
    link.header("set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("the chair link sets the session cookie")
        .to_owned()
}

/// The chair's session cookie, as the chair's printed link sets it.
pub fn chair_cookie(server: &Server) -> String {
    session_cookie(&server.get(&format!("/chair?key={KEY}")))
}

/// Save the chair's plan `draft` (`PUT /api/plan` with the key), which
/// must be answered 200.
pub fn save_plan(server: &Server, draft: &Value) -> Response {
    let bearer = format!("Bearer {KEY}");
    let saved = request(
        server.addr,
        "PUT",
        "/api/plan",
        &[
            ("Authorization", &bearer),
            ("Content-Type", "application/json"),
        ],
        &draft.to_string(),
    );
    assert_eq!(saved.status, 200, "{}", saved.body);
    saved
}

/// A CSV export through a real CSV parser: its header and its rows.
pub fn csv_table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a valid CSV row")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

/// Where the column headed `name` is.
pub fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// Each `(heading, cell)` of one CSV `row`.
pub fn assert_row(header: &[String], row: &[String], want: &[(&str, &str)]) {
    for (name, cell) in want {
        assert_eq!(row[column(header, name)], *cell, "{name} in {row:?}");
    }
}

/// What `html` holds between the first `start` and the next `end` after
/// it (such as one section of the report).
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    html.split(start)
        .nth(1)
        .and_then(|rest| rest.split(end).next())
}

/// `assembly export` of the data dir `data` into `out`, with `extra`
/// flags (such as `--lang cy`), as the organiser runs it after the night;
/// it must succeed. Returns what it printed.
pub fn export(data: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec!["export"];
    args.extend_from_slice(extra);
    args.extend([
        "--data",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let done = super::run_bounded(&args);
    assert_eq!(done.code, Some(0), "{}", done.said);
    done.said
}

/// A workbook read back with calamine.
pub type Book = calamine::Sheets<std::io::Cursor<Vec<u8>>>;

/// GET `path` with the chair key or without, which must be answered 200.
fn fetch(server: &Server, path: &str, chair: bool) -> super::Wire {
    let auth = format!("Bearer {KEY}");
    let headers: &[(&str, &str)] = if chair {
        &[("Authorization", &auth)]
    } else {
        &[]
    };
    let answer = super::wire(server.addr, path, headers);
    assert_eq!(answer.status, 200, "{path}");
    answer
}

/// The bytes at `path`, fetched with the chair key or without.
pub fn get_bytes(server: &Server, path: &str, chair: bool) -> Vec<u8> {
    fetch(server, path, chair).bytes
}

/// The workbook at `path`, fetched with the chair key or without: it says
/// it is a spreadsheet.
pub fn workbook(server: &Server, path: &str, chair: bool) -> Book {
    let answer = fetch(server, path, chair);
    let kind = answer.header("content-type").unwrap_or_default();
    assert!(
        kind.starts_with("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "{path}: {kind}"
    );
    open(answer.bytes)
}

pub fn open(bytes: Vec<u8>) -> Book {
    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("an xlsx file")
}

/// A sheet as rows of cells, headings first.
pub fn cells(book: &mut Book, name: &str) -> Vec<Vec<Data>> {
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name}: {e}"));
    range.rows().map(<[Data]>::to_vec).collect()
}

/// A sheet as the text of each cell, headings first.
pub fn texts(book: &mut Book, name: &str) -> Vec<Vec<String>> {
    cells(book, name)
        .into_iter()
        .map(|row| row.iter().map(Data::to_string).collect())
        .collect()
}

/// Every cell of every sheet: a cell to a tab, a row to a line.
pub fn all_text(book: &mut Book) -> String {
    let mut all = String::new();
    for name in book.sheet_names() {
        for row in texts(book, &name) {
            all.push_str(&row.join("\t"));
            all.push('\n');
        }
    }
    all
}

/// Scroll each of the report's `parts` (an element's id, or `header`)
/// into view and photograph it as `{prefix}-{part}-{width}x{height}`.
pub async fn photograph_parts(client: &Client, parts: &[&str], prefix: &str, size: (u32, u32)) {
    let (width, height) = size;
    for part in parts {
        client
            .execute(
                "(arguments[0] === 'header' ? document.querySelector('header') \
                 : document.getElementById(arguments[0])).scrollIntoView()",
                vec![(*part).into()],
            )
            .await
            .unwrap();
        web::screenshot(client, &format!("{prefix}-{part}-{width}x{height}")).await;
    }
}
