//! An ODS file's `content.xml` counted as calamine will expand it, before
//! it does: calamine reads every sheet when it opens the file, repeating
//! rows (`table:number-rows-repeated`), cells (`number-columns-repeated`)
//! and spaces (`text:s text:c`) as many times as they say, so each count is
//! bounded here against [`super::limits`] without expanding anything.

use quick_xml::events::{BytesStart, Event};

use super::limits::{
    MAX_CELL_TEXT, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, MAX_TEXT, Refusal, megabytes,
    thousands,
};
use super::unpack::number;

/// calamine's own caps on an ODS sheet, which it expands repeats up to.
const ODS_ROWS: u64 = 1_048_576;
const ODS_COLUMNS: u64 = 16_384;

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

/// The ODS row being read.
#[derive(Default)]
struct OdsRow {
    /// Its repeat count.
    repeats: u64,
    /// Columns read so far, repeats counted.
    columns: u64,
    /// Empty columns not yet added: calamine adds them before a value.
    empty: u64,
    /// The last column with a value.
    last: Option<u64>,
    /// Characters of text in it, repeats counted.
    text: u64,
}

/// The length of a cell's text, read to the end of the cell; `None` when
/// the XML is broken (calamine says so when it reads it).
fn cell_text(reader: &mut quick_xml::Reader<&[u8]>, buf: &mut Vec<u8>) -> Option<u64> {
    let spaces = |e: &BytesStart<'_>| match e.name().as_ref() {
        "text:s" => number(e, "text:c").unwrap_or(1),
        "text:tab" | "text:line-break" => 1,
        _ => 0,
    };
    let mut depth = 0u32;
    let mut chars = 0u64;
    loop {
        buf.clear();
        match reader.read_event_into(buf).ok()? {
            Event::Start(e) => {
                depth += 1;
                chars = chars.saturating_add(spaces(&e));
            }
            Event::Empty(e) => chars = chars.saturating_add(spaces(&e)),
            Event::End(_) if depth == 0 => return Some(chars),
            Event::End(_) => depth -= 1,
            Event::Text(t) => chars += t.len() as u64,
            Event::CData(t) => chars += t.len() as u64,
            Event::GeneralRef(r) => chars += r.len() as u64,
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Read an ODS file's `content.xml` as calamine will, counting the rows
/// and cells its repeat counts expand to, and refuse a sheet beyond the
/// caps before calamine allocates them. `cells` is the budget shared by
/// every sheet of every file.
pub fn check(file: &str, content: &[u8], cells: &mut usize) -> Result<(), Refusal> {
    let mut reader = quick_xml::Reader::from_reader(content);
    let mut buf = Vec::new();
    let mut skip = Vec::new();
    let mut sheets = 0usize;
    let mut sheet: Option<OdsSheet> = None;
    // Cells calamine holds while reading a sheet, before it shrinks them.
    let mut held = 0u64;
    let mut row: Option<OdsRow> = None;
    // Characters of text the sheets expand to, copies included.
    let mut text = 0u64;
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
                row = Some(OdsRow {
                    repeats: number(&e, "table:number-rows-repeated").unwrap_or(1),
                    ..OdsRow::default()
                });
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
                // Any value attribute makes a value, even without a type.
                let valued = open
                    || e.attributes().flatten().any(|a| {
                        let key = a.key.as_ref();
                        key.starts_with("office:")
                            || key.starts_with("calcext:")
                            || key == "table:formula"
                    });
                // What is inside a cell is its text, not more cells: its
                // length as calamine will write it out (`<text:s text:c>`
                // is a count of spaces).
                let chars = if open {
                    match cell_text(&mut reader, &mut skip) {
                        Some(chars) => chars,
                        None => return Ok(()),
                    }
                } else {
                    0
                };
                let (Some(row), Some(sheet)) = (row.as_mut(), sheet.as_ref()) else {
                    continue;
                };
                if chars > MAX_CELL_TEXT as u64 {
                    return Err(Refusal::too_large(format!(
                        "the sheet {} has a cell of {} characters; a plan's longest text is \
                         2,000: shorten it, or leave that column out of the file",
                        sheet.name,
                        thousands(chars)
                    )));
                }
                if valued {
                    // The empty columns before a value are added, then the
                    // value as many times as repeated, up to calamine's cap.
                    let added = row.empty.min(ODS_COLUMNS - row.columns);
                    row.columns += added;
                    let n = repeats.min(ODS_COLUMNS - row.columns);
                    row.columns += n;
                    held += added + n;
                    row.text += chars * n;
                    row.empty = 0;
                    row.last = Some(row.columns);
                } else {
                    row.empty = repeats.min(ODS_COLUMNS - row.columns);
                }
                if held > MAX_CELLS as u64 {
                    return Err(Refusal::cells(&format!("the sheet {}", sheet.name)));
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                let (Some(read), Some(sheet)) = (row.take(), sheet.as_mut()) else {
                    continue;
                };
                let repeats = read.repeats.min(ODS_ROWS - sheet.rows);
                let at = sheet.rows;
                sheet.rows += repeats;
                let Some(width) = read.last else {
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
                // Each repeat of the row is a copy of its text.
                text = text.saturating_add(read.text.saturating_mul(repeats));
                if text > MAX_TEXT as u64 {
                    return Err(Refusal::too_large(format!(
                        "the sheet {} repeats its text to more than {} MB; a plan's sheets \
                         hold well under one: import only the plan's sheets, without long \
                         notes or pasted documents",
                        sheet.name,
                        megabytes(MAX_TEXT as u64)
                    )));
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
        check("t.ods", &content, &mut cells).unwrap();
        assert_eq!(cells, 2);
    }

    #[test]
    fn repeated_filled_rows_and_columns_are_refused() {
        let rows = ods_content(&format!(
            r#"<table:table-row table:number-rows-repeated="20000">{FILLED}</table:table-row>"#
        ));
        let refused = check("t.ods", &rows, &mut 0).unwrap_err();
        assert!(refused.message.contains("spans 20,000 rows"), "{refused}");
        let columns = ods_content(
            r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#,
        );
        let refused = check("t.ods", &columns, &mut 0).unwrap_err();
        assert!(refused.message.contains("16,384 columns"), "{refused}");
    }

    #[test]
    fn empty_rows_between_filled_ones_count() {
        let content = ods_content(&format!(
            r#"<table:table-row>{FILLED}</table:table-row><table:table-row table:number-rows-repeated="50000"><table:table-cell/></table:table-row><table:table-row>{FILLED}</table:table-row>"#
        ));
        let refused = check("t.ods", &content, &mut 0).unwrap_err();
        assert!(refused.message.contains("50,002 rows"), "{refused}");
    }

    #[test]
    fn a_value_without_a_type_counts_as_a_value() {
        let content = ods_content(
            r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value="1"/></table:table-row>"#,
        );
        let refused = check("t.ods", &content, &mut 0).unwrap_err();
        assert!(refused.message.contains("rows"), "{refused}");
    }

    #[test]
    fn text_is_counted_as_it_expands() {
        let spaces = ods_content(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row>"#,
        );
        let refused = check("t.ods", &spaces, &mut 0).unwrap_err();
        assert!(
            refused
                .message
                .contains("a cell of 1,000,000,001 characters"),
            "{refused}"
        );
        let repeated = ods_content(&format!(
            r#"<table:table-row table:number-rows-repeated="5000"><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row>"#,
            "a".repeat(5_000)
        ));
        let refused = check("t.ods", &repeated, &mut 0).unwrap_err();
        assert!(refused.message.contains("more than 16 MB"), "{refused}");
    }
}
