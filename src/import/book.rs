//! Workbooks (`.xlsx`, `.xlsb`, `.ods`, `.xls`) read into [`Table`]s within
//! the caps of [`super::limits`]. A zip is unpacked and counted first
//! ([`super::unpack`]); xlsx and xlsb cells are then streamed one at a
//! time (calamine's `worksheet_cells_reader`), never through a range sized
//! by what the sheet declares or by its two farthest cells; an ODS file's
//! repeats are counted before calamine expands them. An `.xls` file (not
//! a zip) is read whole by calamine: only the import worker's memory and
//! time limits bound it.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader};

use super::headings::letters;
use super::limits::{self, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, Refusal, thousands};
use super::read::{Cell, Read, Source, Table, cell};
use super::{ods, unpack};

/// Read every sheet of a workbook into `out`.
pub fn workbook(source: &Source, out: &mut Read) -> Result<(), Refusal> {
    let bytes = &source.bytes[..];
    if !bytes.starts_with(b"PK\x03\x04") {
        // `.xls` (OLE), or not a workbook at all: calamine says which.
        return whole(
            source,
            out,
            calamine::open_workbook_auto_from_rs(Cursor::new(bytes)),
        );
    }
    let Some(package) = unpack::unpack(&source.name, bytes)? else {
        cannot_read(source, out, "it is a broken zip file");
        return Ok(());
    };
    if let Some(content) = &package.ods_content {
        ods::check(&source.name, content, &mut out.cells)?;
        // As ODS only: an xlsx with a `content.xml` slipped in must not
        // reach the whole-range reader.
        return whole(source, out, calamine::Ods::new(Cursor::new(bytes)));
    }
    package.check_shared_strings(&source.name)?;
    let xlsx = match calamine::Xlsx::new(Cursor::new(bytes)) {
        Ok(mut book) => {
            for name in sheet_names(&book, source)? {
                let read = book
                    .worksheet_cells_reader(&name)
                    .map_err(|e| match e {
                        // A chart sheet: nothing in it to import.
                        calamine::XlsxError::NotAWorksheet(_) => None,
                        e => Some(e.to_string()),
                    })
                    .and_then(|mut cells| {
                        stream(&name, &mut out.cells, &mut out.text, || {
                            cells.next_cell().map_err(|e| Some(e.to_string()))
                        })
                    });
                sheet(source, out, name, read)?;
            }
            return Ok(());
        }
        Err(e) => e,
    };
    if let Ok(mut book) = calamine::Xlsb::new(Cursor::new(bytes)) {
        for name in sheet_names(&book, source)? {
            let read = book
                .worksheet_cells_reader(&name)
                .map_err(|e| Some(e.to_string()))
                .and_then(|mut cells| {
                    stream(&name, &mut out.cells, &mut out.text, || {
                        cells.next_cell().map_err(|e| Some(e.to_string()))
                    })
                });
            sheet(source, out, name, read)?;
        }
        return Ok(());
    }
    cannot_read(source, out, &xlsx.to_string());
    Ok(())
}

fn sheet_names<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(
    book: &R,
    source: &Source,
) -> Result<Vec<String>, Refusal> {
    let names = book.sheet_names();
    if names.len() > MAX_SHEETS {
        return Err(Refusal::too_large(format!(
            "{} has {} sheets; a plan has six kinds: save the plan's sheets into a new \
             workbook and import that",
            source.name,
            thousands(names.len() as u64)
        )));
    }
    Ok(names)
}

/// A sheet read (or not) into `out`; a refusal ends the whole import.
fn sheet(
    source: &Source,
    out: &mut Read,
    name: String,
    read: Result<Result<Table, Refusal>, Option<String>>,
) -> Result<(), Refusal> {
    match read {
        Ok(table) => out.tables.push(table?),
        // Not a worksheet: nothing in it to import.
        Err(None) => {}
        Err(Some(e)) => out.errors.push(format!(
            "{}: sheet {name:?} cannot be read: {e}",
            source.name
        )),
    }
    Ok(())
}

fn cannot_read(source: &Source, out: &mut Read, why: &str) {
    out.errors.push(format!(
        "{}: this is not a spreadsheet that can be read ({why}); save it as .xlsx, .ods or \
         .csv and import that",
        source.name
    ));
}

/// Stream one sheet's cells into a table, refusing it as soon as its
/// values span more than the caps. What the sheet declares (its
/// `<dimension>`) is not used at all: a sheet whose formatting reaches the
/// last row but whose values fit is read, and a sheet that declares a
/// small range but holds values far away is refused by those values.
fn stream<'a, E>(
    name: &str,
    cells: &mut usize,
    text: &mut usize,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, E>,
) -> Result<Result<Table, Refusal>, E> {
    let what = format!("the sheet {name}");
    let mut found: Vec<(u32, u32, Cell)> = Vec::new();
    let (mut top, mut bottom, mut right) = (u32::MAX, 0u32, 0u32);
    while let Some(c) = next()? {
        if matches!(c.get_value(), DataRef::Empty) {
            continue;
        }
        let (row, column) = c.get_position();
        let at = || format!("{}{}", letters(column as usize), row + 1);
        (top, bottom) = (top.min(row), bottom.max(row));
        if (bottom - top) as usize >= MAX_ROWS {
            let told = format!(
                "spans {} rows (from row {} to a value in {})",
                thousands(u64::from(bottom - top) + 1),
                thousands(u64::from(top) + 1),
                at()
            );
            return Ok(Err(Refusal::rows(&what, &told)));
        }
        if column as usize >= MAX_COLUMNS {
            let told = format!(
                "spans {} columns (to a value in {})",
                thousands(u64::from(column) + 1),
                at()
            );
            return Ok(Err(Refusal::columns(&what, &told)));
        }
        right = right.max(column);
        if *cells + found.len() >= MAX_CELLS {
            return Ok(Err(Refusal::cells(&what)));
        }
        let value = cell(&Data::from(c.get_value().clone()));
        if let Cell::Text(t) = &value
            && let Err(refused) = limits::text(text, &what, at, t)
        {
            return Ok(Err(refused));
        }
        found.push((row, column, value));
    }
    if found.is_empty() {
        return Ok(Ok(table(name, 0, Vec::new())));
    }
    // Every row as wide as the widest, from column A: the letters the
    // sheet shows, as a range read whole would have them.
    let height = (bottom - top + 1) as usize;
    let width = right as usize + 1;
    if *cells + height * width > MAX_CELLS {
        return Ok(Err(Refusal::cells(&what)));
    }
    *cells += height * width;
    let mut rows = vec![vec![Cell::Empty; width]; height];
    for (row, column, value) in found {
        rows[(row - top) as usize][column as usize] = value;
    }
    Ok(Ok(table(name, top, rows)))
}

fn table(name: &str, top: u32, rows: Vec<Vec<Cell>>) -> Table {
    Table {
        name: name.to_owned(),
        hint: name.to_owned(),
        row_numbers: (0..rows.len() as u32).map(|n| top + n + 1).collect(),
        rows,
    }
}

/// Read a workbook whole through calamine's ranges: ODS once its repeats
/// are counted, and `.xls`.
fn whole<'b, R, E>(source: &Source, out: &mut Read, book: Result<R, E>) -> Result<(), Refusal>
where
    R: Reader<Cursor<&'b [u8]>>,
    R::Error: std::fmt::Display,
    E: std::fmt::Display,
{
    let mut book = match book {
        Ok(book) => book,
        Err(e) => {
            cannot_read(source, out, &e.to_string());
            return Ok(());
        }
    };
    for name in sheet_names(&book, source)? {
        let range = match book.worksheet_range(&name) {
            Ok(range) => range,
            Err(e) => {
                out.errors.push(format!(
                    "{}: sheet {name:?} cannot be read: {e}",
                    source.name
                ));
                continue;
            }
        };
        let what = format!("the sheet {name}");
        if range.height() > MAX_ROWS {
            let told = format!("spans {} rows", thousands(range.height() as u64));
            return Err(Refusal::rows(&what, &told));
        }
        let (top, left) = range.start().unwrap_or((0, 0));
        let width = left as usize + range.width();
        if width > MAX_COLUMNS {
            let told = format!("spans {} columns", thousands(width as u64));
            return Err(Refusal::columns(&what, &told));
        }
        if out.cells + range.height() * width > MAX_CELLS {
            return Err(Refusal::cells(&what));
        }
        out.cells += range.height() * width;
        let mut rows = Vec::with_capacity(range.height());
        for (n, row) in range.rows().enumerate() {
            // Columns left of the range's start are empty: keep the
            // letters the sheet shows.
            let mut cells = vec![Cell::Empty; left as usize];
            cells.extend(row.iter().map(cell));
            for (column, value) in cells.iter().enumerate() {
                if let Cell::Text(t) = value {
                    let at = || format!("{}{}", letters(column), top as usize + n + 1);
                    limits::text(&mut out.text, &what, at, t)?;
                }
            }
            rows.push(cells);
        }
        out.tables.push(table(&name, top, rows));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn streamed(cells: Vec<((u32, u32), DataRef<'static>)>) -> Result<Table, Refusal> {
        let mut cells = cells.into_iter();
        let (mut budget, mut text) = (0, 0);
        stream("Institutions", &mut budget, &mut text, || {
            Ok::<_, String>(cells.next().map(|(at, v)| calamine::Cell::new(at, v)))
        })
        .unwrap()
    }

    #[test]
    fn a_sheet_is_read_from_its_first_value_with_its_columns_from_a() {
        let table = streamed(vec![
            ((2, 1), DataRef::String("Institution".into())),
            ((3, 1), DataRef::String("St Mary's".into())),
            // Formatting far below is not a value.
            ((1_048_575, 3), DataRef::Empty),
        ])
        .unwrap();
        assert_eq!(table.row_numbers, [3, 4]);
        assert_eq!(table.rows[1], [Cell::Empty, Cell::Text("St Mary's".into())]);
    }

    #[test]
    fn values_too_far_apart_are_refused_whatever_their_order() {
        let refused = streamed(vec![
            ((20_000, 0), DataRef::Int(1)),
            ((0, 0), DataRef::String("Institution".into())),
        ])
        .unwrap_err();
        assert!(refused.message.contains("spans 20,001 rows"), "{refused}");
        let refused = streamed(vec![((0, 300), DataRef::Int(1))]).unwrap_err();
        assert!(
            refused.message.contains("301 columns (to a value in KO1)"),
            "{refused}"
        );
    }
}
