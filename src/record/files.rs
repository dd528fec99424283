//! The record's files: what `/export/...` serves and `assembly export`
//! writes, each made for an [`Access`] and, for people, in a language.

use std::path::Path;

use super::{Access, follow_ups_csv, record_json, responses_csv, timings_csv, turnout_csv, xlsx};
use crate::domain::{Millis, State};
use crate::i18n::Lang;

/// The files `/export/...` serves and `assembly export` writes.
pub const EXPORTS: [&str; 6] = [
    "record.json",
    "responses.csv",
    "turnout.csv",
    "timings.csv",
    "record.xlsx",
    "follow-ups.csv",
];

/// The exports `access` may have: every one, each holding what `access`
/// may see.
pub fn exports(access: Access) -> &'static [&'static str] {
    match access {
        Access::Public | Access::Chair => &EXPORTS,
    }
}

/// One export by its file name, with its content type; `None` when there
/// is no such export for this access.
pub fn export(
    name: &str,
    state: &State,
    now: Millis,
    access: Access,
) -> Option<(&'static str, Vec<u8>)> {
    export_in(name, state, now, access, None)
}

/// One export for readers of `lang`: `record.xlsx` gets its sheet names,
/// headings, answers and statuses in that language. Without a language the
/// workbook is in English: words too ("Yes", "In progress"), not codes.
///
/// The CSVs and `record.json` are the same in every language, on purpose:
/// they are what other programs and next year's merge read, so their
/// column names and values stay machine-stable English codes (`answer` =
/// `yes`, `status` = `in_progress`); a volunteer who wants the record in
/// their own language opens `record.xlsx` (or the report), which is made
/// for people. Plan texts in them are the plan's own texts.
pub fn export_in(
    name: &str,
    state: &State,
    now: Millis,
    access: Access,
    lang: Option<Lang>,
) -> Option<(&'static str, Vec<u8>)> {
    const CSV: &str = "text/csv; charset=utf-8";
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if !exports(access).contains(&name) {
        return None;
    }
    if name == "record.xlsx" {
        return Some((XLSX, xlsx::workbook(state, now, access, lang)));
    }
    let (content_type, text) = match name {
        "record.json" => ("application/json", record_json(state, now, access)),
        "responses.csv" => (CSV, responses_csv(state, access)),
        "turnout.csv" => (CSV, turnout_csv(state)),
        "timings.csv" => (CSV, timings_csv(state, now)),
        "follow-ups.csv" => (CSV, follow_ups_csv(state, now, access)),
        _ => return None,
    };
    Some((content_type, text.into_bytes()))
}

/// Write every export `access` may have into `dir`, with the report as a
/// self-contained HTML file; returns the names written. With a language,
/// the report and the workbook are in it (see [`export_in`]); without,
/// English as always.
pub fn write_all(
    state: &State,
    now: Millis,
    dir: &Path,
    access: Access,
    lang: Option<Lang>,
) -> std::io::Result<Vec<&'static str>> {
    std::fs::create_dir_all(dir)?;
    let mut names = Vec::new();
    for &name in exports(access) {
        if let Some((_, text)) = export_in(name, state, now, access, lang) {
            std::fs::write(dir.join(name), text)?;
            names.push(name);
        }
    }
    let report = crate::report::render(
        state,
        now,
        crate::report::Mode::Standalone,
        access,
        lang.unwrap_or_else(crate::i18n::english),
    );
    std::fs::write(dir.join("report.html"), report.into_string())?;
    names.push("report.html");
    Ok(names)
}
