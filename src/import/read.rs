//! Cells from files: a workbook (`.xlsx`, `.xls`, `.ods`, read by calamine,
//! cells typed) or a CSV file (one table; `,`, `;` or tab; UTF-8 with or
//! without a BOM, UTF-16 as Excel's "Unicode text", Windows-1252 as Excel's
//! plain "CSV" export), each turned into [`Table`]s of [`Cell`]s that keep
//! the row numbers the spreadsheet shows.

use calamine::Data;

use super::book;
use super::headings::letters;
use super::limits::{self, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, Refusal, thousands};

/// One file as it was given: its name (for the sheet names and its type)
/// and its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A cell as the spreadsheet typed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A time or a duration, in seconds. `of_day`: typed as a clock time
    /// (`2:30` typed into Excel is half past two in the morning), not as
    /// a duration format.
    Time {
        seconds: f64,
        of_day: bool,
    },
    /// A date and time with no zone, as `2026-03-14T18:30:00`.
    Date(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the spreadsheet would show it.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) => number(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
            Cell::Time { seconds, .. } => clock(seconds.round() as u64),
            Cell::Date(d) => d.replacen('T', " ", 1),
        }
    }
}

/// A number without a needless `.0`.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// `H:MM:SS`, or `H:MM` when the seconds are zero.
fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if s == 0 {
        format!("{h}:{m:02}")
    } else {
        format!("{h}:{m:02}:{s:02}")
    }
}

/// One sheet of a workbook, or one CSV file.
#[derive(Debug, Clone)]
pub struct Table {
    /// What problems call it: the sheet's name, or the CSV file's name.
    pub name: String,
    /// What its kind is recognised from: the sheet's name, or the file's
    /// name without its extension.
    pub hint: String,
    pub rows: Vec<Vec<Cell>>,
    /// The row number the spreadsheet shows for each of `rows` (1-based).
    pub row_numbers: Vec<u32>,
}

/// What reading a file said besides its tables.
#[derive(Debug, Default)]
pub struct Read {
    pub tables: Vec<Table>,
    /// Fatal for this file: it could not be read at all.
    pub errors: Vec<String>,
    /// Read, but worth saying (an encoding guessed).
    pub notes: Vec<String>,
    /// Cells read so far from every file, empty ones inside a table
    /// included: held to [`MAX_CELLS`].
    pub cells: usize,
    /// Bytes of text in every cell read so far (see [`limits::text`]).
    pub text: usize,
}

/// Read every table in `source`; refused when it holds more than any
/// plan needs.
pub fn read(source: &Source, out: &mut Read) -> Result<(), Refusal> {
    let lower = source.name.to_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let zip = source.bytes.starts_with(b"PK\x03\x04");
    let ole = source.bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    match ext {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => book::workbook(source, out),
        "csv" | "tsv" | "txt" => csv(source, out),
        _ if zip || ole => book::workbook(source, out),
        "numbers" => {
            out.errors.push(format!(
                "{}: Numbers files cannot be read; in Numbers choose File > Export To > Excel, \
                 then import the .xlsx",
                source.name
            ));
            Ok(())
        }
        _ => csv(source, out),
    }
}

pub(super) fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => {
            let value = dt.as_f64();
            if (0.0..1.0).contains(&value) {
                Cell::Time {
                    seconds: value * 86_400.0,
                    of_day: dt.is_datetime(),
                }
            } else if dt.is_duration() {
                Cell::Time {
                    seconds: value * 86_400.0,
                    of_day: false,
                }
            } else {
                let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
                Cell::Date(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}"))
            }
        }
        Data::DateTimeIso(s) => {
            if s.contains('-') {
                Cell::Date(s.split('.').next().unwrap_or(s).to_owned())
            } else {
                // A bare time of day, `18:30:00`.
                match iso_time(s) {
                    Some(seconds) => Cell::Time {
                        seconds,
                        of_day: true,
                    },
                    None => Cell::Text(s.clone()),
                }
            }
        }
        // ODS keeps what was typed as `2:30` as `PT02H30M00S`: a time.
        Data::DurationIso(s) => match iso_duration(s) {
            Some(seconds) => Cell::Time {
                seconds,
                of_day: true,
            },
            None => Cell::Text(s.clone()),
        },
    }
}

/// `18:30:00` as seconds.
fn iso_time(s: &str) -> Option<f64> {
    let mut parts = s.split(':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let s: f64 = parts.next().unwrap_or("0").parse().ok()?;
    Some(h * 3600.0 + m * 60.0 + s)
}

/// An ISO 8601 duration (`PT02H30M00S`, `P0DT1H`) as seconds.
pub fn iso_duration(s: &str) -> Option<f64> {
    let rest = s.trim().strip_prefix('P')?;
    let (days, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut seconds = 0.0;
    let mut number = String::new();
    for (part, units) in [
        (days, &[('D', 86_400.0)][..]),
        (time, &[('H', 3600.0), ('M', 60.0), ('S', 1.0)][..]),
    ] {
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' || c == ',' {
                number.push(if c == ',' { '.' } else { c });
            } else {
                let unit = units.iter().find(|(u, _)| *u == c)?.1;
                seconds += number.parse::<f64>().ok()? * unit;
                number.clear();
            }
        }
    }
    number.is_empty().then_some(seconds)
}

fn csv(source: &Source, out: &mut Read) -> Result<(), Refusal> {
    let Some(text) = decode(source, out) else {
        return Ok(());
    };
    let delimiter = sniff(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut row_numbers = Vec::new();
    // A spreadsheet shows a record as one row however many lines its
    // quoted cells span, and a blank line as an empty row.
    let mut extra_lines = 0u64;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                out.errors.push(format!("{}: {e}", source.name));
                break;
            }
        };
        let (line, byte) = record
            .position()
            .map_or((1, 0), |p| (p.line(), p.byte() as usize));
        // The position is where reading began: before any blank lines.
        let blank = text.as_bytes()[byte.min(text.len())..]
            .iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| **b == b'\n')
            .count() as u64;
        if rows.len() >= MAX_ROWS {
            let told = format!("has more than {} rows", thousands(MAX_ROWS as u64));
            return Err(Refusal::rows(&source.name, &told));
        }
        if record.len() > MAX_COLUMNS {
            let told = format!(
                "has {} columns in row {}",
                thousands(record.len() as u64),
                line
            );
            return Err(Refusal::columns(&source.name, &told));
        }
        out.cells += record.len();
        if out.cells > MAX_CELLS {
            return Err(Refusal::cells(&source.name));
        }
        for (column, field) in record.iter().enumerate() {
            let at = || format!("{}{}", letters(column), rows.len() + 1);
            limits::text(&mut out.text, &source.name, at, field)?;
        }
        row_numbers.push((line + blank - extra_lines) as u32);
        extra_lines += record
            .iter()
            .map(|f| f.matches('\n').count() as u64)
            .sum::<u64>();
        rows.push(
            record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f.to_owned())
                    }
                })
                .collect(),
        );
    }
    let hint = match source.name.rsplit_once('.') {
        Some((stem, _)) => stem,
        None => &source.name,
    };
    let hint = hint.rsplit(['/', '\\']).next().unwrap_or(hint).to_owned();
    out.tables.push(Table {
        name: source.name.clone(),
        hint,
        rows,
        row_numbers,
    });
    Ok(())
}

/// The text of a CSV file: UTF-8 (a BOM dropped), UTF-16 with a BOM, or
/// else Windows-1252, said in a note so accents can be checked.
fn decode(source: &Source, out: &mut Read) -> Option<String> {
    let bytes = &source.bytes[..];
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, bad) = encoding.decode(bytes);
        if bad {
            out.errors.push(format!(
                "{}: starts as {} text but is not; save it again as \"CSV UTF-8\"",
                source.name,
                encoding.name()
            ));
            return None;
        }
        debug_assert!(bom > 0);
        return Some(text.into_owned());
    }
    if bytes.contains(&0) {
        out.errors.push(format!(
            "{}: this is not text, so not a CSV file; save the sheet as .xlsx, .ods or \
             \"CSV UTF-8\" and import that",
            source.name
        ));
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_owned()),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            out.notes.push(format!(
                "{} is not UTF-8, so it was read as Windows-1252 (what Excel's plain \"CSV\" \
                 export writes): check that accented names look right, or save it as \
                 \"CSV UTF-8\" and import it again",
                source.name
            ));
            Some(text.into_owned())
        }
    }
}

/// The delimiter the first line uses most, outside quotes: `,` `;` or tab.
fn sniff(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.bytes() {
        match c {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(count) = counts.iter_mut().find(|(d, _)| *d == c) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    // Ties go to the comma, listed first.
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_of(name: &str, bytes: &[u8]) -> Read {
        let mut out = Read::default();
        read(
            &Source {
                name: name.into(),
                bytes: bytes.to_vec(),
            },
            &mut out,
        )
        .unwrap();
        out
    }

    #[test]
    fn delimiters_are_sniffed_from_the_first_line() {
        assert_eq!(sniff("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff("a\tb\n"), b'\t');
        assert_eq!(sniff("\"a;b\",c\n"), b',');
        assert_eq!(sniff("one column\n"), b',');
    }

    #[test]
    fn rows_keep_the_numbers_a_spreadsheet_shows() {
        let out = csv_of(
            "t.csv",
            "\u{feff}Name,Notes\nA,\"two\nlines\"\n\nB,x\n".as_bytes(),
        );
        let table = &out.tables[0];
        assert_eq!(table.row_numbers, [1, 2, 4]);
        assert_eq!(
            table.rows[0][0],
            Cell::Text("Name".into()),
            "the BOM is gone"
        );
        assert_eq!(table.hint, "t");
    }

    #[test]
    fn windows_1252_is_read_and_said() {
        let out = csv_of("t.csv", b"Name\nCaf\xe9 \x80\n");
        assert_eq!(out.tables[0].rows[1][0], Cell::Text("Café €".into()));
        assert!(out.notes[0].contains("Windows-1252"), "{:?}", out.notes);
    }

    #[test]
    fn utf16_with_a_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Name\tPromised\nSt Mary's\t5\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let out = csv_of("t.txt", &bytes);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.tables[0].rows[1][1], Cell::Text("5".into()));
    }

    #[test]
    fn iso_durations_read_as_seconds() {
        assert_eq!(iso_duration("PT02H30M00S"), Some(9000.0));
        assert_eq!(iso_duration("PT0H2M30.5S"), Some(150.5));
        assert_eq!(iso_duration("P1DT1H"), Some(90_000.0));
        assert_eq!(iso_duration("2:30"), None);
    }
}
