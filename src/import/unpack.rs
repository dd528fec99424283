//! A workbook's zip, unpacked once through a counting reader before any
//! spreadsheet reader sees it: the parts' real sizes, not the sizes the
//! zip declares, are held to [`MAX_UNPACKED`]; an ODS file's repeat counts
//! and an xlsx file's declared string count are read and bounded too.
//! Only then does calamine read the same bytes, which now unpack to what
//! was counted.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::limits::{
    MAX_CELLS, MAX_COLUMNS, MAX_PARTS, MAX_ROWS, MAX_SHARED_STRINGS, MAX_SHEETS, MAX_UNPACKED,
    Refusal, megabytes, thousands,
};

/// How much of the shared strings is kept to read the count it declares.
const SHARED_HEAD: u64 = 64 * 1024;
/// calamine's own caps on an ODS sheet, which it expands repeats up to.
const ODS_ROWS: u64 = 1_048_576;
const ODS_COLUMNS: u64 = 16_384;

/// What a workbook's zip holds, once its size is known to be bounded.
#[derive(Debug, Default)]
pub struct Package {
    /// An ODS file's `content.xml`, every sheet of it.
    pub ods_content: Option<Vec<u8>>,
    /// The start of an xlsx file's shared strings.
    shared_head: Option<Vec<u8>>,
}

/// Unpack every part of `bytes` through a counting reader. `Ok(None)`:
/// not a zip that can be read (the spreadsheet reader says why).
pub fn unpack(file: &str, bytes: &[u8]) -> Result<Option<Package>, Refusal> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(None);
    };
    if archive.len() > MAX_PARTS {
        return Err(Refusal::too_large(format!(
            "{file} is made of {} parts; a plan's workbook has a few dozen: save the plan's \
             sheets into a new workbook and import that",
            thousands(archive.len() as u64)
        )));
    }
    let mut package = Package::default();
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let Ok(mut part) = archive.by_index(i) else {
            return Ok(None);
        };
        let shown = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let name = shown.to_ascii_lowercase();
        let left = MAX_UNPACKED - unpacked;
        // One byte more than is left tells a part that is too big.
        let mut limited = (&mut part).take(left + 1);
        let read = if name == "content.xml" {
            let mut content = Vec::new();
            let n = limited.read_to_end(&mut content);
            package.ods_content = Some(content);
            n.map(|n| n as u64)
        } else if name.ends_with("sharedstrings.xml") {
            let mut head = Vec::new();
            let kept = (&mut limited).take(SHARED_HEAD).read_to_end(&mut head);
            let rest = std::io::copy(&mut limited, &mut std::io::sink());
            package.shared_head = Some(head);
            kept.and_then(|k| rest.map(|r| k as u64 + r))
        } else {
            std::io::copy(&mut limited, &mut std::io::sink())
        };
        let Ok(read) = read else {
            // A broken part: the spreadsheet reader tells what it is.
            return Ok(None);
        };
        unpacked += read;
        if unpacked > MAX_UNPACKED {
            return Err(Refusal::too_large(format!(
                "{file} unpacks to more than {} MB (reaching it in its part {}); a plan's \
                 workbook unpacks to a few MB: delete pictures and other sheets, or save each \
                 sheet as a CSV file and import those",
                megabytes(MAX_UNPACKED),
                shown
            )));
        }
    }
    Ok(Some(package))
}

impl Package {
    /// The count of strings the workbook declares it shares, bounded:
    /// the reader reserves room for that many before reading one.
    pub fn check_shared_strings(&self, file: &str) -> Result<(), Refusal> {
        let Some(head) = &self.shared_head else {
            return Ok(());
        };
        let mut reader = quick_xml::Reader::from_reader(&head[..]);
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                    for name in ["uniqueCount", "count"] {
                        let declared = number(&e, name).unwrap_or(0);
                        if declared > MAX_SHARED_STRINGS {
                            return Err(Refusal::too_large(format!(
                                "{file} declares {} shared strings; a plan needs far fewer \
                                 than {}: save the plan's sheets into a new workbook and \
                                 import that",
                                thousands(declared),
                                thousands(MAX_SHARED_STRINGS)
                            )));
                        }
                    }
                    return Ok(());
                }
                Ok(Event::Eof) | Err(_) => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    }
}

/// An attribute as a whole number; `None` when absent or not one.
fn number(e: &BytesStart<'_>, name: &str) -> Option<u64> {
    let attr = e.try_get_attribute(name).ok().flatten()?;
    attr.value.trim().parse().ok()
}

/// One ODS sheet as calamine will expand it, counted without expanding.
struct OdsSheet {
    name: String,
    /// Rows so far, repeats counted (calamine stops at [`ODS_ROWS`]).
    rows: u64,
    /// The first row with a value, counting repeats.
    first: Option<u64>,
    /// Rows up to the last with a value, counting repeats: calamine
    /// expands no empty row below it.
    end: u64,
    /// The widest row with a value, in columns from A.
    width: u64,
}

/// Read an ODS file's `content.xml` as calamine will, counting the rows
/// and cells its repeat counts expand to, and refuse a sheet beyond the
/// caps before calamine allocates them. `cells` is the budget shared by
/// every sheet of every file.
pub fn check_ods(file: &str, content: &[u8], cells: &mut usize) -> Result<(), Refusal> {
    let mut reader = quick_xml::Reader::from_reader(content);
    let mut buf = Vec::new();
    let mut skip = Vec::new();
    let mut sheets = 0usize;
    let mut sheet: Option<OdsSheet> = None;
    // Cells calamine holds while reading a sheet, before it shrinks them.
    let mut held = 0u64;
    // The row being read: its repeat count, the columns read so far, the
    // empty columns not yet added, the last column with a value.
    let mut row: Option<(u64, u64, u64, Option<u64>)> = None;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Not well-formed: calamine says so when it reads it.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                sheets += 1;
                if sheets > MAX_SHEETS {
                    return Err(Refusal::too_large(format!(
                        "{file} has more than {MAX_SHEETS} sheets; a plan has six kinds: save \
                         the plan's sheets into a new file and import that"
                    )));
                }
                let name = e
                    .try_get_attribute("table:name")
                    .ok()
                    .flatten()
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                sheet = Some(OdsSheet {
                    name,
                    rows: 0,
                    first: None,
                    end: 0,
                    width: 0,
                });
                held = 0;
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                let repeats = number(&e, "table:number-rows-repeated").unwrap_or(1);
                row = Some((repeats, 0, 0, None));
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if row.is_some()
                    && matches!(
                        e.name().as_ref(),
                        "table:table-cell" | "table:covered-table-cell"
                    ) =>
            {
                let open = matches!(event, Event::Start(_));
                let repeats = number(e, "table:number-columns-repeated").unwrap_or(1);
                let valued = open
                    || e.try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some()
                    || e.try_get_attribute("table:formula")
                        .ok()
                        .flatten()
                        .is_some();
                if open {
                    // What is inside a cell is its value, not more cells.
                    let end = e.to_end().into_owned();
                    if reader.read_to_end_into(end.name(), &mut skip).is_err() {
                        return Ok(());
                    }
                    skip.clear();
                }
                let Some((_, columns, empty, last)) = row.as_mut() else {
                    continue;
                };
                if valued {
                    // The empty columns before a value are added, then the
                    // value as many times as repeated, up to calamine's cap.
                    let added = (*empty).min(ODS_COLUMNS - *columns);
                    *columns += added;
                    let n = repeats.min(ODS_COLUMNS - *columns);
                    *columns += n;
                    held += added + n;
                    *empty = 0;
                    *last = Some(*columns);
                } else {
                    *empty = repeats.min(ODS_COLUMNS - *columns);
                }
                if held > MAX_CELLS as u64 {
                    let name = sheet.as_ref().map_or("", |s| s.name.as_str());
                    return Err(Refusal::cells(&format!("the sheet {name}")));
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                let (Some((repeats, _, _, last)), Some(sheet)) = (row.take(), sheet.as_mut())
                else {
                    continue;
                };
                let repeats = repeats.min(ODS_ROWS - sheet.rows);
                let at = sheet.rows;
                sheet.rows += repeats;
                let Some(width) = last else {
                    continue;
                };
                let first = *sheet.first.get_or_insert(at);
                sheet.end = sheet.rows;
                let span = sheet.rows - first;
                let what = format!("sheet {}", sheet.name);
                if span > MAX_ROWS as u64 {
                    return Err(Refusal::rows(
                        &format!("the {what}"),
                        &format!("spans {} rows (its rows repeat)", thousands(span)),
                    ));
                }
                sheet.width = sheet.width.max(width);
                if sheet.width > MAX_COLUMNS as u64 {
                    return Err(Refusal::columns(
                        &format!("the {what}"),
                        &format!("spans {} columns", thousands(sheet.width)),
                    ));
                }
                if *cells as u64 + span * sheet.width > MAX_CELLS as u64 {
                    return Err(Refusal::cells(&format!("the {what}")));
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                if let Some(done) = sheet.take()
                    && let Some(first) = done.first
                {
                    *cells += ((done.end - first) * done.width) as usize;
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ods_content(rows: &str) -> Vec<u8> {
        format!(
            r#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="Institutions">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .into_bytes()
    }

    const FILLED: &str =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn trailing_empty_rows_repeated_to_the_bottom_pass() {
        // What LibreOffice writes below every table.
        let content = ods_content(&format!(
            r#"<table:table-row>{FILLED}{FILLED}</table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        ));
        let mut cells = 0;
        check_ods("t.ods", &content, &mut cells).unwrap();
        assert_eq!(cells, 2);
    }

    #[test]
    fn repeated_filled_rows_and_columns_are_refused() {
        let rows = ods_content(&format!(
            r#"<table:table-row table:number-rows-repeated="20000">{FILLED}</table:table-row>"#
        ));
        let refused = check_ods("t.ods", &rows, &mut 0).unwrap_err();
        assert!(refused.message.contains("spans 20,000 rows"), "{refused}");
        let columns = ods_content(
            r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#,
        );
        let refused = check_ods("t.ods", &columns, &mut 0).unwrap_err();
        assert!(refused.message.contains("16,384 columns"), "{refused}");
    }

    #[test]
    fn empty_rows_between_filled_ones_count() {
        let content = ods_content(&format!(
            r#"<table:table-row>{FILLED}</table:table-row><table:table-row table:number-rows-repeated="50000"><table:table-cell/></table:table-row><table:table-row>{FILLED}</table:table-row>"#
        ));
        let refused = check_ods("t.ods", &content, &mut 0).unwrap_err();
        assert!(refused.message.contains("50,002 rows"), "{refused}");
    }
}
