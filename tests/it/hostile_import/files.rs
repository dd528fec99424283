//! The hostile files, built in the test and small on disk: a zip written
//! by hand, so that an entry may be a deflate stream of a gigabyte that no
//! writer would hold in memory.

use flate2::{Compress, Compression, Crc, FlushCompress};

/// A zip entry: stored bytes, or a raw deflate stream made elsewhere.
pub enum Entry {
    Stored(Vec<u8>),
    Deflated { data: Vec<u8>, crc: u32, size: u32 },
}

/// A zip file written by hand, so an entry may be a stream no writer
/// would hold in memory.
pub fn zip(entries: &[(&str, Entry)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, entry) in entries {
        let (method, crc, size, data): (u16, u32, u32, &[u8]) = match entry {
            Entry::Stored(bytes) => {
                let mut crc = Crc::new();
                crc.update(bytes);
                (0, crc.sum(), bytes.len() as u32, bytes)
            }
            Entry::Deflated { data, crc, size } => (8, *crc, *size, data),
        };
        let offset = out.len() as u32;
        let mut head = Vec::new();
        head.extend(20u16.to_le_bytes()); // version needed
        head.extend(0u16.to_le_bytes()); // flags
        head.extend(method.to_le_bytes());
        head.extend(0u32.to_le_bytes()); // time, date
        head.extend(crc.to_le_bytes());
        head.extend((data.len() as u32).to_le_bytes());
        head.extend(size.to_le_bytes());
        head.extend((name.len() as u16).to_le_bytes());
        head.extend(0u16.to_le_bytes()); // extra
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&head);
        out.extend(name.as_bytes());
        out.extend(data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        central.extend(&head);
        central.extend([0u8; 10]); // comment, disk, attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// `head`, then `chunk` `times` over, then `tail`, as one deflate stream,
/// made without holding what it inflates to: each part is flushed in
/// full, so the chunk's blocks refer to nothing before them and can be
/// repeated as they are.
pub fn repeated(head: &[u8], chunk: &[u8], times: usize, tail: &[u8]) -> Entry {
    let mut deflate = Compress::new(Compression::best(), false);
    let mut part = |input: &[u8], flush| {
        let mut out = Vec::with_capacity(input.len() + 1024);
        let mut at = 0;
        loop {
            let before = deflate.total_in();
            deflate.compress_vec(&input[at..], &mut out, flush).unwrap();
            at += (deflate.total_in() - before) as usize;
            if at == input.len() && out.len() < out.capacity() {
                return out;
            }
            out.reserve(64 * 1024);
        }
    };
    let (head_z, chunk_z, tail_z) = (
        part(head, FlushCompress::Full),
        part(chunk, FlushCompress::Full),
        part(tail, FlushCompress::Finish),
    );
    let mut data = head_z;
    for _ in 0..times {
        data.extend(&chunk_z);
    }
    data.extend(tail_z);
    let mut crc = Crc::new();
    crc.update(head);
    let mut one = Crc::new();
    one.update(chunk);
    for _ in 0..times {
        crc.combine(&one);
    }
    let mut end = Crc::new();
    end.update(tail);
    crc.combine(&end);
    let size = head.len() + chunk.len() * times + tail.len();
    Entry::Deflated {
        data,
        crc: crc.sum(),
        size: u32::try_from(size).expect("under 4 GiB"),
    }
}

/// An `.xlsx` with one sheet named `sheet`, and shared strings if given.
pub fn xlsx(sheet: &str, sheet_xml: Entry, shared: Option<Entry>) -> Vec<u8> {
    zip(&xlsx_parts(sheet, sheet_xml, shared))
}

/// The parts of [`xlsx`], to add one.
fn xlsx_parts(sheet: &str, sheet_xml: Entry, shared: Option<Entry>) -> Vec<(&'static str, Entry)> {
    let stored = |s: &str| Entry::Stored(s.as_bytes().to_vec());
    let mut entries = vec![
        (
            "[Content_Types].xml",
            stored(
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
            ),
        ),
        (
            "_rels/.rels",
            stored(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            ),
        ),
        (
            "xl/workbook.xml",
            Entry::Stored(
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                )
                .into_bytes(),
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            stored(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
            ),
        ),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ];
    if let Some(shared) = shared {
        entries.push(("xl/sharedStrings.xml", shared));
    }
    entries
}

pub const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#;

pub fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// Two cells, A1 and XFD1048576: a sheet that says it is 17 billion cells.
pub fn two_corners() -> Vec<u8> {
    zip(&corners_parts())
}

/// [`two_corners`] with an ODS file's `content.xml` slipped in, so that a
/// reader choosing by that part would check it as ODS and then read the
/// workbook as xlsx, whole.
pub fn corners_as_ods() -> Vec<u8> {
    let mut parts = corners_parts();
    parts.push((
        "content.xml",
        Entry::Stored(b"<office:document-content/>".to_vec()),
    ));
    zip(&parts)
}

fn corners_parts() -> Vec<(&'static str, Entry)> {
    let sheet = format!(
        r#"{SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData><row r="1">{}</row><row r="1048576">{}</row></sheetData></worksheet>"#,
        inline("A1", "Institution"),
        inline("XFD1048576", "St Mary's"),
    );
    xlsx_parts("Institutions", Entry::Stored(sheet.into_bytes()), None)
}

/// One shared string of 1 GiB, in about 1 MB.
pub fn gigabyte_string() -> Vec<u8> {
    let sheet = format!(
        r#"{SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    );
    let shared = repeated(
        br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"#,
        &[b'a'; 1 << 20],
        1024,
        b"</t></si></sst>",
    );
    xlsx(
        "Institutions",
        Entry::Stored(sheet.into_bytes()),
        Some(shared),
    )
}

/// 4.5 million rows in about a megabyte.
pub fn millions_of_rows() -> Vec<u8> {
    let row = format!("<row>{}</row>", r#"<c t="inlineStr"><is><t>x</t></is></c>"#);
    let rows = 4_500_000 / 1000;
    let sheet = repeated(
        format!("{SHEET_HEAD}<sheetData>").as_bytes(),
        row.repeat(1000).as_bytes(),
        rows,
        b"</sheetData></worksheet>",
    );
    xlsx("Institutions", sheet, None)
}

/// 20,000 real rows, a small file: over the row cap, under the size cap.
pub fn too_many_rows() -> Vec<u8> {
    let mut sheet = format!("{SHEET_HEAD}<sheetData>");
    sheet.push_str(&format!(
        "<row r=\"1\">{}{}</row>",
        inline("A1", "Institution"),
        inline("B1", "Promised")
    ));
    for r in 2..=20_001 {
        sheet.push_str(&format!(
            "<row r=\"{r}\">{}<c r=\"B{r}\"><v>5</v></c></row>",
            inline(&format!("A{r}"), &format!("Member {r}"))
        ));
    }
    sheet.push_str("</sheetData></worksheet>");
    xlsx(
        "Institutions",
        repeated(b"", sheet.as_bytes(), 1, b""),
        None,
    )
}

/// An `.ods` whose one sheet repeats a filled row a million times, each
/// holding a filled cell repeated across every column.
pub fn ods_repeats() -> Vec<u8> {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Institutions"><table:table-row><table:table-cell office:value-type="string"><text:p>Institution</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>St Mary's</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    zip(&[
        (
            "mimetype",
            Entry::Stored(b"application/vnd.oasis.opendocument.spreadsheet".to_vec()),
        ),
        ("content.xml", Entry::Stored(content.as_bytes().to_vec())),
    ])
}

/// A million-row CSV file: 2 MB, under the body limit.
pub fn million_row_csv() -> Vec<u8> {
    let mut csv = b"Institution,Promised\n".to_vec();
    for _ in 0..1_000_000 {
        csv.extend(b"a\n");
    }
    csv
}

/// One shared string of `chars` characters, shown in `cells` cells.
pub fn shared_text(chars: usize, cells: u32) -> Vec<u8> {
    let mut rows = format!("<row r=\"1\">{}</row>", inline("A1", "Institution"));
    for r in 2..=cells + 1 {
        rows.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#
        ));
    }
    let sheet = format!("{SHEET_HEAD}<sheetData>{rows}</sheetData></worksheet>");
    let shared = repeated(
        br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="1"><si><t>"#,
        &vec![b'a'; chars],
        1,
        b"</t></si></sst>",
    );
    xlsx(
        "Institutions",
        Entry::Stored(sheet.into_bytes()),
        Some(shared),
    )
}

/// Shared strings that declare a trillion of them (the reader reserves
/// room for what is declared) and hold one.
pub fn declared_strings() -> Vec<u8> {
    let sheet = format!(
        r#"{SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    );
    let shared = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="999999999999"><si><t>Institution</t></si></sst>"#;
    xlsx(
        "Institutions",
        Entry::Stored(sheet.into_bytes()),
        Some(Entry::Stored(shared.to_vec())),
    )
}
