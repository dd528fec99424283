//! Rows of recognised sheets as the entries of a [`Draft`], remembering the
//! sheet and row each entry came from so every problem can be told where
//! the organiser will look for it.

use std::collections::HashMap;

use super::Problem;
use super::headings::{Kind, normal};
use super::read::Cell;
use super::refs;
use super::sheets::Sheet;
use super::values;
use crate::plan::Draft;
use crate::plan::{DraftAsk, DraftHolder, DraftInstitution, DraftItem, DraftPledge};

/// Where an entry (`institutions.3`) or an assembly detail
/// (`assembly.title`) came from.
#[derive(Debug, Clone)]
pub struct Origin {
    pub sheet: String,
    pub row: u32,
    /// The heading of the column each field was read from.
    pub columns: Vec<(&'static str, String)>,
}

/// Every entry's origin, by its place in the draft.
#[derive(Debug, Default)]
pub struct Origins(pub HashMap<String, Origin>);

impl Origins {
    /// Where `field` (`items.3.duration`, `assembly.title`, `asks.1`) was
    /// read: the sheet, the row and the column's heading, as far as known.
    pub fn locate(&self, field: &str) -> (Option<&Origin>, Option<String>) {
        if let Some(origin) = self.0.get(field) {
            let column = origin.columns.first().map(|(_, h)| h.clone());
            return (Some(origin), column);
        }
        let mut parts = field.splitn(3, '.');
        let entry = match (parts.next(), parts.next()) {
            (Some(a), Some(b)) => format!("{a}.{b}"),
            _ => return (None, None),
        };
        let Some(origin) = self.0.get(&entry) else {
            return (None, None);
        };
        let column = parts.next().and_then(|f| {
            origin
                .columns
                .iter()
                .find(|(name, _)| *name == f)
                .map(|(_, h)| h.clone())
        });
        (Some(origin), column)
    }

    /// A problem about `field`, told at its row and column.
    pub fn problem(&self, field: &str, message: String, help: Option<String>) -> Problem {
        let (origin, column) = self.locate(field);
        Problem {
            sheet: origin.map(|o| o.sheet.clone()),
            row: origin.map(|o| o.row),
            column,
            message,
            help,
            field: field.to_owned(),
        }
    }
}

/// One data row: each field's cell and the heading it sat under.
pub struct Row<'a> {
    pub sheet: &'a str,
    pub number: u32,
    cells: Vec<(&'static str, &'a Cell, &'a str)>,
}

impl Row<'_> {
    pub fn cell(&self, field: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, c, _)| *c)
    }

    pub fn text(&self, field: &str) -> String {
        self.cell(field).map(values::text).unwrap_or_default()
    }

    fn origin(&self) -> Origin {
        Origin {
            sheet: self.sheet.to_owned(),
            row: self.number,
            columns: self
                .cells
                .iter()
                .map(|(f, _, h)| (*f, h.to_string()))
                .collect(),
        }
    }
}

/// An assembly detail and the cell it was read from, for the import's
/// summary: `Title "Spring Assembly 2026", from Details B3`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Detail {
    /// `Title`, `Venue`, `Starts`, `Timezone`: what the summary calls it.
    pub label: String,
    pub value: String,
    /// The sheet (or CSV file); `None` when not read from a cell.
    pub sheet: Option<String>,
    /// The cell as the spreadsheet names it, `B3`.
    pub cell: Option<String>,
    /// How it was found when not read from a cell (the file's name).
    pub note: Option<String>,
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.label, self.value)?;
        match (&self.sheet, &self.cell, &self.note) {
            (Some(sheet), Some(cell), _) => write!(f, ", from {sheet} cell {cell}"),
            (_, _, Some(note)) => write!(f, ", {note}"),
            _ => Ok(()),
        }
    }
}

/// What the summary calls a detail.
pub fn detail_label(field: &str) -> &'static str {
    match field {
        "title" => "Title",
        "venue" => "Venue",
        "starts" => "Starts",
        _ => "Timezone",
    }
}

/// The draft being built, with what was found on the way.
#[derive(Default)]
pub struct Builder {
    pub draft: Draft,
    pub origins: Origins,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    /// Each assembly detail read, with its cell, in the order read.
    pub details: Vec<Detail>,
    starts: Option<Cell>,
}

impl Builder {
    /// Add every row of a recognised sheet.
    pub fn sheet(&mut self, sheet: &Sheet<'_>) {
        let Some(kind) = sheet.kind else { return };
        let name = sheet.table.name.as_str();
        if sheet.key_value {
            for (number, cells) in sheet.data() {
                self.detail_row(name, number, cells);
            }
            return;
        }
        if kind == Kind::Assembly {
            if let Some((number, cells)) = sheet.data().next() {
                for (i, column) in sheet.columns.iter().enumerate() {
                    let (Some(field), Some(cell)) = (column.field, cells.get(i)) else {
                        continue;
                    };
                    let at = format!("{}{number}", column.letter);
                    self.detail(name, number, field, cell, &column.heading, at);
                }
            }
            return;
        }
        let rows = sheet.data().map(|(number, cells)| Row {
            sheet: name,
            number,
            cells: sheet
                .columns
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Some((c.field?, cells.get(i)?, c.heading.as_str())))
                .collect(),
        });
        let promised_column = sheet.columns.iter().any(|c| c.field == Some("promised"));
        if kind == Kind::Institutions && !promised_column {
            self.warnings.push(Problem::sheet(
                name,
                "no column says how many each institution promised, so every promise is 0",
                Some("add a column headed Promised"),
            ));
        }
        for row in rows.filter(|r| r.cells.iter().any(|(_, c, _)| !c.is_empty())) {
            self.row(kind, &row, promised_column);
        }
    }

    fn detail_row(&mut self, sheet: &str, number: u32, cells: &[Cell]) {
        let filled: Vec<(usize, &Cell)> = cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .collect();
        let key = filled.first().map(|(_, c)| c.display()).unwrap_or_default();
        let Some(field) = Kind::Assembly.field_of(&key) else {
            self.warnings.push(Problem {
                sheet: Some(sheet.to_owned()),
                row: Some(number),
                column: None,
                message: format!("{key:?} is not a detail of the assembly, so it was left out"),
                help: Some("the details are Title, Venue, Starts and Timezone".into()),
                field: String::new(),
            });
            return;
        };
        let (column, value) = match filled.get(1) {
            Some(&(column, value)) => (column, value),
            None => (filled.first().map_or(0, |(c, _)| c + 1), &Cell::Empty),
        };
        let at = format!("{}{number}", super::headings::letters(column));
        self.detail(sheet, number, field, value, &key, at);
    }

    fn detail(
        &mut self,
        sheet: &str,
        number: u32,
        field: &'static str,
        cell: &Cell,
        heading: &str,
        at: String,
    ) {
        let path = format!("assembly.{field}");
        let a = &mut self.draft.assembly;
        let slot = match field {
            "title" => &mut a.title,
            "venue" => &mut a.venue,
            "timezone" => &mut a.timezone,
            _ => {
                self.starts = Some(cell.clone());
                &mut a.starts
            }
        };
        let value = values::text(cell);
        if !slot.is_empty() && *slot != value && !value.is_empty() {
            self.warnings.push(Problem {
                sheet: Some(sheet.to_owned()),
                row: Some(number),
                column: Some(heading.to_owned()),
                message: format!("the assembly's {field} is given twice; {slot:?} was kept"),
                help: None,
                field: path,
            });
            return;
        }
        if !value.is_empty() {
            self.details.push(Detail {
                label: detail_label(field).to_owned(),
                value: cell.display(),
                sheet: Some(sheet.to_owned()),
                cell: Some(at),
                note: None,
            });
        }
        *slot = value;
        let origin = Origin {
            sheet: sheet.to_owned(),
            row: number,
            columns: vec![(field, heading.to_owned())],
        };
        self.origins.0.insert(path, origin);
    }

    fn row(&mut self, kind: Kind, row: &Row<'_>, promised_column: bool) {
        let d = &mut self.draft;
        let (list, n) = match kind {
            Kind::Institutions => {
                let name = row.text("name");
                if row.text("id").is_empty()
                    && ["total", "grandtotal", "sum"].contains(&normal(&name).as_str())
                {
                    return;
                }
                let promised = match row.cell("promised") {
                    Some(cell) if !cell.is_empty() => values::whole(cell),
                    _ => {
                        if promised_column {
                            let path = format!("institutions.{}.promised", d.institutions.len());
                            let mut w =
                                Problem::at(row, "promised", "no number promised, so 0 was read");
                            w.field = path;
                            self.warnings.push(w);
                        }
                        "0".to_owned()
                    }
                };
                d.institutions.push(DraftInstitution {
                    id: row.text("id"),
                    name,
                    promised,
                    ..Default::default()
                });
                ("institutions", d.institutions.len() - 1)
            }
            Kind::PowerHolders => {
                d.power_holders.push(DraftHolder {
                    id: row.text("id"),
                    name: row.text("name"),
                    role: row.text("role"),
                    ..Default::default()
                });
                ("power_holders", d.power_holders.len() - 1)
            }
            Kind::Asks => {
                let to = row.text("to");
                d.asks.push(DraftAsk {
                    id: row.text("id"),
                    title: row.text("title"),
                    text: row.text("text"),
                    // Split into holders once every holder is known.
                    to: vec![to],
                    ..Default::default()
                });
                ("asks", d.asks.len() - 1)
            }
            Kind::Pledges => {
                d.pledges.push(DraftPledge {
                    id: row.text("id"),
                    text: row.text("text"),
                    ..Default::default()
                });
                ("pledges", d.pledges.len() - 1)
            }
            Kind::Items => {
                let (duration, note) = row
                    .cell("duration")
                    .map(values::duration)
                    .unwrap_or_default();
                let n = d.items.len();
                if let Some(note) = note {
                    let mut w = Problem::at(row, "duration", &note);
                    w.field = format!("items.{n}.duration");
                    self.warnings.push(w);
                }
                d.items.push(DraftItem {
                    id: row.text("id"),
                    title: row.text("title"),
                    kind: row.text("kind"),
                    duration,
                    lead: row.text("lead"),
                    ask: row.text("ask"),
                    pledge: row.text("pledge"),
                    notes: row.text("notes"),
                    ..Default::default()
                });
                ("items", n)
            }
            Kind::Assembly => return,
        };
        self.origins.0.insert(format!("{list}.{n}"), row.origin());
    }

    /// Ids, references and kinds, once every row is in; `starts` with the
    /// assembly's zone.
    pub fn finish(mut self) -> Builder {
        if let Some(cell) = self.starts.take() {
            self.draft.assembly.starts = values::starts(&cell, &self.draft.assembly.timezone);
        }
        refs::settle(&mut self);
        self
    }
}

impl Problem {
    /// A problem with a whole sheet.
    pub fn sheet(sheet: &str, message: &str, help: Option<&str>) -> Problem {
        Problem {
            sheet: Some(sheet.to_owned()),
            row: None,
            column: None,
            message: message.to_owned(),
            help: help.map(str::to_owned),
            field: String::new(),
        }
    }

    /// A problem with one cell of a row.
    pub fn at(row: &Row<'_>, field: &str, message: &str) -> Problem {
        let column = row
            .cells
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, _, h)| h.to_string());
        Problem {
            sheet: Some(row.sheet.to_owned()),
            row: Some(row.number),
            column,
            message: message.to_owned(),
            help: None,
            field: String::new(),
        }
    }
}
