//! One table read as a sheet of the plan: which row holds the headings,
//! what kind of sheet it is and which field each column fills, with the
//! organiser's own mapping applied first.

use serde::Serialize;

use super::headings::{Kind, kind_by_headings, kind_by_name, letters, normal};
use super::read::{Cell, Table};
use super::{Mapping, Target};

/// How many rows above the headings may hold a title or a blank line.
const HEADING_SEARCH: usize = 6;

/// A column of a sheet and what it fills.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// `A`, `B`, ... as the spreadsheet names it.
    pub letter: String,
    pub heading: String,
    /// The draft field it fills; `None` when not recognised (or ignored).
    pub field: Option<&'static str>,
    /// The organiser said to leave it out.
    pub ignored: bool,
    /// Set by the organiser's mapping rather than recognised.
    pub mapped: bool,
}

/// A table as a sheet of the plan.
#[derive(Debug, Clone)]
pub struct Sheet<'t> {
    pub table: &'t Table,
    pub kind: Option<Kind>,
    /// Index in `table.rows` of the headings; `None` in a key/value sheet.
    pub heading_row: Option<usize>,
    pub columns: Vec<Column>,
    /// Assembly details written as key/value rows (`Title | ...`).
    pub key_value: bool,
    /// Index in `table.rows` of a key/value sheet's first detail: a title
    /// row and blank rows above it are passed over.
    pub first: usize,
}

impl Sheet<'_> {
    /// The rows below the headings (every row of a key/value sheet), with
    /// the row number the spreadsheet shows, blank ones left out.
    pub fn data(&self) -> impl Iterator<Item = (u32, &Vec<Cell>)> {
        let start = self.heading_row.map_or(self.first, |h| h + 1);
        let rows = &self.table.rows;
        (start..rows.len())
            .map(move |i| (self.table.row_numbers[i], &rows[i]))
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
    }

    /// The columns with data that fill no field and were not ignored.
    pub fn unmapped(&self) -> impl Iterator<Item = (usize, &Column)> {
        self.columns.iter().enumerate().filter(move |(i, c)| {
            c.field.is_none()
                && !c.ignored
                && (!c.heading.is_empty() || self.data().any(|(_, r)| has(r, *i)))
        })
    }

    /// Up to three values a column holds, to show what it is.
    pub fn samples(&self, column: usize) -> Vec<String> {
        self.data()
            .filter_map(|(_, cells)| cells.get(column))
            .filter(|c| !c.is_empty())
            .map(Cell::display)
            .take(3)
            .collect()
    }
}

fn has(cells: &[Cell], column: usize) -> bool {
    cells.get(column).is_some_and(|c| !c.is_empty())
}

/// Read `table` as a sheet, or `None` when it holds nothing at all.
pub fn sheet<'t>(table: &'t Table, mapping: &Mapping) -> Option<Sheet<'t>> {
    let filled: Vec<usize> = (0..table.rows.len())
        .filter(|&i| table.rows[i].iter().any(|c| !c.is_empty()))
        .collect();
    filled.first()?;
    let mapped_kind = mapping.kind_of(&table.name);
    let named = mapped_kind.or_else(|| kind_by_name(&table.hint));
    if matches!(named, None | Some(Kind::Assembly))
        && let Some(start) = key_value_start(table, &filled, named.is_some())
    {
        return Some(Sheet {
            table,
            kind: Some(Kind::Assembly),
            heading_row: None,
            columns: Vec::new(),
            key_value: true,
            first: start,
        });
    }
    let heading_row = pick_heading_row(table, &filled[..filled.len().min(HEADING_SEARCH)], named);
    let headings: Vec<String> = table.rows[heading_row].iter().map(Cell::display).collect();
    let kind = named.or_else(|| kind_by_headings(&headings));
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut columns: Vec<Column> = (0..width)
        .map(|i| Column {
            letter: letters(i),
            heading: headings.get(i).cloned().unwrap_or_default(),
            field: None,
            ignored: false,
            mapped: false,
        })
        .collect();
    if let Some(kind) = kind {
        // The organiser's mapping first, then recognised headings, each
        // field filled by one column only.
        for column in &mut columns {
            match mapping.target(&table.name, &column.heading, kind) {
                Some(Target::Ignore) => column.ignored = true,
                Some(Target::Field(field)) => column.field = Some(field),
                None => continue,
            }
            column.mapped = true;
        }
        for i in 0..columns.len() {
            if columns[i].mapped {
                continue;
            }
            let Some(field) = kind.field_of(&columns[i].heading) else {
                continue;
            };
            if !columns.iter().any(|c| c.field == Some(field)) {
                columns[i].field = Some(field);
            }
        }
    }
    Some(Sheet {
        table,
        kind,
        heading_row: Some(heading_row),
        columns,
        key_value: false,
        first: 0,
    })
}

/// Where details written as rows (`Title | ...`, `Venue | ...`) begin: the
/// first of the first few filled rows that reads so, when the sheet is
/// named for the details, or when two or more rows read so in a sheet
/// whose name says nothing. A title row (`Spring Assembly 2026` alone)
/// and blank rows above are passed over.
fn key_value_start(table: &Table, filled: &[usize], named: bool) -> Option<usize> {
    let first = filled.first()?;
    let looked: Vec<usize> = filled
        .iter()
        .copied()
        .take_while(|&i| i < first + HEADING_SEARCH * 2)
        .collect();
    let details: Vec<usize> = looked
        .iter()
        .copied()
        .filter(|&i| is_key_value(&table.rows[i]))
        .collect();
    let start = *details.first()?;
    // Above the details only a title row may stand: one filled cell.
    let lone = |i: &usize| table.rows[*i].iter().filter(|c| !c.is_empty()).count() == 1;
    if !looked.iter().take_while(|&&i| i < start).all(lone) {
        return None;
    }
    (named || details.len() >= 2).then_some(start)
}

/// `Title | Founding Assembly`: a first cell that names a detail, with
/// a value beside it rather than another heading.
fn is_key_value(row: &[Cell]) -> bool {
    let filled: Vec<&Cell> = row.iter().filter(|c| !c.is_empty()).collect();
    let detail = |c: &Cell| Kind::Assembly.field_of(&c.display()).is_some();
    matches!(filled[..], [key, value] if detail(key) && !detail(value))
}

/// The row that holds the headings: of the first few filled rows, the one
/// with the most recognised headings (a title row above them is passed
/// over); the first row with two filled cells when none is recognised.
fn pick_heading_row(table: &Table, candidates: &[usize], kind: Option<Kind>) -> usize {
    let kinds: Vec<Kind> = match kind {
        Some(kind) => vec![kind],
        None => Kind::ALL.to_vec(),
    };
    let recognised = |i: usize| {
        kinds
            .iter()
            .map(|k| {
                table.rows[i]
                    .iter()
                    .filter(|c| matches!(c, Cell::Text(_)))
                    .filter(|c| k.field_of(&c.display()).is_some())
                    .count()
            })
            .max()
            .unwrap_or(0)
    };
    let best = candidates
        .iter()
        .copied()
        .max_by_key(|&i| (recognised(i), std::cmp::Reverse(i)));
    match best {
        Some(i) if recognised(i) > 0 => i,
        _ => candidates
            .iter()
            .copied()
            .find(|&i| table.rows[i].iter().filter(|c| !c.is_empty()).count() >= 2)
            .unwrap_or(candidates[0]),
    }
}

/// The same heading, however it is written.
pub fn same(a: &str, b: &str) -> bool {
    a.trim() == b.trim() || (!normal(a).is_empty() && normal(a) == normal(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, rows: &[&[&str]]) -> Table {
        let rows: Vec<Vec<Cell>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        &"" => Cell::Empty,
                        c => Cell::Text((*c).to_owned()),
                    })
                    .collect()
            })
            .collect();
        Table {
            name: name.into(),
            hint: name.into(),
            row_numbers: (1..=rows.len() as u32).collect(),
            rows,
        }
    }

    #[test]
    fn details_as_rows_are_told_from_a_sheet_with_headings() {
        let rows: &[&[&str]] = &[
            &["Spring Assembly 2026", ""],
            &["", ""],
            &["Title", "Spring Assembly 2026"],
            &["Venue", "Hall"],
        ];
        let details = table("Sheet1", rows);
        let read = sheet(&details, &Mapping::default()).unwrap();
        assert!(read.key_value);
        assert_eq!(read.kind, Some(Kind::Assembly));
        assert_eq!(
            read.data().next().unwrap().0,
            3,
            "the title row is passed over"
        );

        // One `Name | Promised` heading row is not a detail sheet.
        let institutions = table("Sheet2", &[&["Name", "Promised"], &["St Mary's", "40"]]);
        let read = sheet(&institutions, &Mapping::default()).unwrap();
        assert!(!read.key_value);
        assert_eq!(read.kind, Some(Kind::Institutions));

        // Details as headings under a title row, in a sheet named for them.
        let columns: &[&[&str]] = &[
            &["Spring Assembly 2026", "", ""],
            &["Title", "Venue", "Date/time"],
            &["Spring Assembly 2026", "Hall", "14/03/2026 18:30"],
        ];
        let columns = table("Details", columns);
        let read = sheet(&columns, &Mapping::default()).unwrap();
        assert!(!read.key_value);
        assert_eq!(read.heading_row, Some(1));
        let fields: Vec<_> = read.columns.iter().map(|c| c.field).collect();
        assert_eq!(fields, [Some("title"), Some("venue"), Some("starts")]);
    }
}
