//! Spreadsheets in: `.xlsx`, `.ods` and `.csv` files read into a
//! [`Draft`] (every field a string, as a sheet holds it) and checked by the
//! plan file's own checker, every problem told at its sheet, row and
//! column. Used by `assembly import` and by `POST /api/import`.
//!
//! - `limits`: how much a file may hold, and the [`Refusal`] of one that
//!   holds more; `unpack` counts a zip's parts before anything reads them,
//!   `ods` an ODS file's repeat counts.
//! - `read` and `book`: cells from files, typed as the spreadsheet typed
//!   them, within those limits.
//! - `headings` and `sheets`: which sheet is what, which column is which;
//!   `mapping`: the organiser's [`Mapping`] for what is not recognised.
//! - `values`: a cell as the text of a field (lengths, numbers, dates).
//! - `rows` and `refs`: rows as draft entries, ids made from names,
//!   references by name, loose kinds; each entry's origin kept.
//! - `problems`: the checker's problems told at their rows.
//! - `worker`: the import run in a child process of the same binary, with
//!   its own memory and time limits, so no file can take the server down.
//! - `cli`: the `assembly import` command.

mod book;
pub mod cli;
mod headings;
pub mod limits;
mod mapping;
mod ods;
mod problems;
mod read;
mod refs;
mod rows;
mod sheets;
mod unpack;
mod values;
pub mod worker;

use serde::{Deserialize, Serialize};

pub use headings::Kind;
pub use limits::{Refusal, RefusalKind};
pub use mapping::{Mapping, Rule, Target};
pub use read::Source;
pub use rows::Detail;
pub use sheets::Column;

use crate::plan::Draft;

/// Most rows of one sheet a preview shows; the import itself reads all.
const PREVIEW_ROWS: usize = 2000;

/// A problem (or a warning) where the organiser will look for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The sheet, or the CSV file; `None` for the plan as a whole.
    pub sheet: Option<String>,
    /// The row number the spreadsheet shows (the heading row is row 1
    /// when it is the first).
    pub row: Option<u32>,
    /// The column's heading.
    pub column: Option<String>,
    pub message: String,
    pub help: Option<String>,
    /// The draft field it is about (`items.3.duration`), if one.
    #[serde(skip)]
    pub field: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.sheet, self.row, &self.column) {
            (Some(s), Some(r), Some(c)) if !c.is_empty() => write!(f, "{s} row {r}, {c}: ")?,
            (Some(s), Some(r), _) => write!(f, "{s} row {r}: ")?,
            (Some(s), None, Some(c)) => write!(f, "{s}, {c}: ")?,
            (Some(s), None, None) => write!(f, "{s}: ")?,
            _ => {}
        }
        f.write_str(&self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// A column nothing was made of: show it and ask.
#[derive(Debug, Clone, Serialize)]
pub struct Unmapped {
    pub sheet: String,
    /// Its letter, `D`.
    pub column: String,
    pub heading: String,
    pub samples: Vec<String>,
    /// What it may be mapped to: the sheet's fields, and `ignore`.
    pub choices: Vec<&'static str>,
    /// The field it most likely holds: the first the sheet still lacks
    /// (not its id), or `ignore` when every field is filled.
    pub likely: &'static str,
}

/// A sheet as it was read, for the preview.
#[derive(Debug, Clone, Serialize)]
pub struct SheetView {
    pub name: String,
    /// `None`: not recognised.
    pub kind: Option<Kind>,
    pub kind_label: Option<&'static str>,
    /// The row the headings are on; `None` for key/value details.
    pub heading_row: Option<u32>,
    /// Details written as rows of `Title | ...`, with no headings.
    pub key_value: bool,
    pub columns: Vec<Column>,
    pub rows: Vec<PreviewRow>,
    /// Rows left out of the preview (still imported).
    pub more_rows: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PreviewRow {
    pub row: u32,
    pub cells: Vec<String>,
}

/// A sheet kind to choose from, for a sheet that was not recognised.
#[derive(Debug, Clone, Serialize)]
pub struct KindChoice {
    pub kind: Kind,
    pub label: &'static str,
}

/// What an import made.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub draft: Draft,
    /// Each a reason the draft is not yet a plan; none means it is one.
    pub problems: Vec<Problem>,
    /// Read, but check: a time read as minutes, a blank promise read as 0.
    pub warnings: Vec<Problem>,
    pub unmapped: Vec<Unmapped>,
    /// Each assembly detail and the cell it came from.
    pub details: Vec<Detail>,
    pub sheets: Vec<SheetView>,
    pub kinds: Vec<KindChoice>,
    /// The plan file, when there are no problems.
    #[serde(skip)]
    pub toml: Option<String>,
}

/// Read every file, recognise its sheets and columns, and check the draft
/// they make; refused, with what was too big, when the files hold more
/// than any plan needs. Run it in a [`worker`] where a failure must not
/// take the caller down.
pub fn import(sources: &[Source], mapping: &Mapping) -> Result<Imported, Refusal> {
    let sent: usize = sources.iter().map(|s| s.bytes.len()).sum();
    if sent > limits::MAX_BYTES {
        return Err(Refusal::too_large(format!(
            "the files are {} MB together, more than the {} MB a plan's sheets need: import \
             fewer files at a time, or delete other sheets from the workbook first",
            sent.div_ceil(1024 * 1024),
            limits::megabytes(limits::MAX_BYTES as u64)
        )));
    }
    let mut read = read::Read::default();
    for source in sources {
        read::read(source, &mut read)?;
    }
    let mut problems: Vec<Problem> = read
        .errors
        .iter()
        .map(|e| Problem::plain(e.clone()))
        .collect();
    let mut warnings: Vec<Problem> = read
        .notes
        .iter()
        .map(|n| Problem::plain(n.clone()))
        .collect();
    let tables = distinct_names(read.tables);
    let sheets: Vec<sheets::Sheet<'_>> = tables
        .iter()
        .filter_map(|t| sheets::sheet(t, mapping))
        .collect();
    problems.extend(mapping::problems(mapping, &sheets));

    let mut unmapped = Vec::new();
    let mut builder = rows::Builder::default();
    for sheet in &sheets {
        let name = &sheet.table.name;
        let Some(kind) = sheet.kind else {
            problems.push(Problem::sheet(
                name,
                "this sheet was not recognised: neither its name nor its headings say what it holds",
                Some(
                    "name it Institutions, Power-holders, Asks, Pledges, Running order or \
                     Assembly, or say which it is",
                ),
            ));
            continue;
        };
        let heading_row = sheet.heading_row.map(|h| sheet.table.row_numbers[h]);
        for (i, column) in sheet.unmapped() {
            let taken = kind.field_of(&column.heading).is_some();
            let fields = kind.field_names();
            let help = match fields.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!(
                        "if it holds the {} or {last}, say so; otherwise it is left out",
                        rest.join(", ")
                    )
                }
                _ => format!(
                    "if it holds the {}, say so; otherwise it is left out",
                    fields.join(", ")
                ),
            };
            let choices: Vec<&'static str> = fields.into_iter().chain(["ignore"]).collect();
            // A column no field needs (contacts, remarks) must not stop an
            // import: it is left out and said so. A field the plan needs
            // and no column filled is a problem of its own below.
            warnings.push(Problem {
                sheet: Some(name.clone()),
                row: heading_row,
                column: Some(if column.heading.is_empty() {
                    format!("column {}", column.letter)
                } else {
                    column.heading.clone()
                }),
                message: if taken {
                    "another column already fills this field, so this one was not imported".into()
                } else {
                    "this heading is not recognised, so the column was not imported".into()
                },
                help: Some(help),
                field: String::new(),
            });
            let likely = kind
                .field_names()
                .into_iter()
                .filter(|f| *f != "id")
                .find(|f| !sheet.columns.iter().any(|c| c.field == Some(f)))
                .unwrap_or("ignore");
            unmapped.push(Unmapped {
                sheet: name.clone(),
                column: column.letter.clone(),
                heading: column.heading.clone(),
                samples: sheet.samples(i),
                choices,
                likely,
            });
        }
        builder.sheet(sheet);
    }
    let mut builder = builder.finish();
    if builder.draft.assembly.title.trim().is_empty()
        && let Some((title, file)) = sources
            .iter()
            .find_map(|s| title_from_file(&s.name).map(|t| (t, &s.name)))
    {
        warnings.push(Problem {
            sheet: None,
            row: None,
            column: Some("Title".into()),
            message: format!(
                "no sheet gives the assembly's title, so it is named {title:?} after the file {file}"
            ),
            help: Some(
                "to name it yourself, add a row Title | (the name) to the Assembly sheet, or                  change it in setup"
                    .into(),
            ),
            field: String::new(),
        });
        builder.details.insert(
            0,
            Detail {
                label: "Title".into(),
                value: title.clone(),
                sheet: None,
                cell: None,
                note: Some(format!("from the file name {file}")),
            },
        );
        builder.draft.assembly.title = title;
    }
    problems.extend(builder.problems.iter().cloned());
    warnings.extend(builder.warnings.iter().cloned());

    let checked = builder.draft.check();
    let told: Vec<String> = builder.problems.iter().map(|p| p.field.clone()).collect();
    problems.extend(
        checked
            .problems
            .iter()
            .filter(|p| !told.contains(&p.field))
            .map(|p| problems::at_row(p, &builder.origins, &builder.draft)),
    );
    warnings.extend(
        checked
            .warnings
            .iter()
            .map(|p| problems::at_row(p, &builder.origins, &builder.draft)),
    );
    let order = |p: &Problem| {
        let sheet = sheets
            .iter()
            .position(|s| Some(&s.table.name) == p.sheet.as_ref())
            .unwrap_or(usize::MAX);
        (sheet, p.row.unwrap_or(0))
    };
    problems.sort_by_key(order);
    warnings.sort_by_key(order);
    let toml = (problems.is_empty() && checked.plan.is_some()).then_some(checked.toml);
    Ok(Imported {
        draft: builder.draft,
        problems,
        warnings,
        unmapped,
        details: builder.details,
        sheets: sheets.iter().map(view).collect(),
        kinds: Kind::ALL
            .iter()
            .map(|&kind| KindChoice {
                kind,
                label: kind.label(),
            })
            .collect(),
        toml,
    })
}

impl Problem {
    fn plain(message: String) -> Problem {
        Problem {
            sheet: None,
            row: None,
            column: None,
            message,
            help: None,
            field: String::new(),
        }
    }
}

/// A title made of a file's name: `spring-assembly_2026.xlsx` is
/// `Spring assembly 2026`; `None` when nothing is left of it.
pub fn title_from_file(name: &str) -> Option<String> {
    let name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let words: Vec<&str> = stem
        .split(|c: char| c == '-' || c == '_' || c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    // `institutions.csv` names a sheet, not the assembly.
    if headings::names_a_sheet(&joined) {
        return None;
    }
    let mut chars = joined.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Two workbooks may both have a sheet called `Sheet1`: the second is told
/// apart by its file.
fn distinct_names(mut tables: Vec<read::Table>) -> Vec<read::Table> {
    let mut seen = std::collections::HashSet::new();
    for (n, table) in tables.iter_mut().enumerate() {
        if !seen.insert(table.name.to_lowercase()) {
            table.name = format!("{} ({})", table.name, n + 1);
        }
    }
    tables
}

fn view(sheet: &sheets::Sheet<'_>) -> SheetView {
    let rows: Vec<PreviewRow> = sheet
        .data()
        .map(|(row, cells)| PreviewRow {
            row,
            cells: cells.iter().map(read::Cell::display).collect(),
        })
        .collect();
    let more_rows = rows.len().saturating_sub(PREVIEW_ROWS);
    SheetView {
        name: sheet.table.name.clone(),
        kind: sheet.kind,
        kind_label: sheet.kind.map(Kind::label),
        heading_row: sheet.heading_row.map(|h| sheet.table.row_numbers[h]),
        key_value: sheet.key_value,
        columns: sheet.columns.clone(),
        rows: rows.into_iter().take(PREVIEW_ROWS).collect(),
        more_rows,
    }
}

/// The plan file an import writes: a comment saying where it came from,
/// then the plan.
pub fn plan_file(toml: &str, files: &[String]) -> String {
    format!(
        "# Imported by `assembly import` from {}.\n\
         # Check it with `assembly check`; edit it here or in /setup.\n\n{toml}",
        files.join(", ")
    )
}
