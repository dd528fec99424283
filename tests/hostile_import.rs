//! Hostile spreadsheets cannot take the hall down: sheets that declare a
//! million rows, zips that inflate to a gigabyte, repeat counts and
//! million-row CSV files are refused (413) or fail alone (422), while the
//! server goes on serving the hall and its phones. Every file is built
//! here, small on disk.

mod common;

use std::net::TcpStream;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{KEY, Server, request, run_bounded};
use flate2::{Compress, Compression, Crc, FlushCompress};
use serde_json::Value;
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

/// Most the server's memory may grow (VmHWM) through every hostile file.
const MEMORY_GROWTH_KB: u64 = 300 * 1024;
/// Longest an answer to a hostile file may take.
const ANSWER_WITHIN: Duration = Duration::from_secs(25);

/// A zip entry: stored bytes, or a raw deflate stream made elsewhere.
enum Entry {
    Stored(Vec<u8>),
    Deflated { data: Vec<u8>, crc: u32, size: u32 },
}

/// A zip file written by hand, so an entry may be a stream no writer
/// would hold in memory.
fn zip(entries: &[(&str, Entry)]) -> Vec<u8> {
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
fn repeated(head: &[u8], chunk: &[u8], times: usize, tail: &[u8]) -> Entry {
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
fn xlsx(sheet: &str, sheet_xml: Entry, shared: Option<Entry>) -> Vec<u8> {
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
    zip(&entries)
}

const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#;

fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// Two cells, A1 and XFD1048576: a sheet that says it is 17 billion cells.
fn two_corners() -> Vec<u8> {
    let sheet = format!(
        r#"{SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData><row r="1">{}</row><row r="1048576">{}</row></sheetData></worksheet>"#,
        inline("A1", "Institution"),
        inline("XFD1048576", "St Mary's"),
    );
    xlsx("Institutions", Entry::Stored(sheet.into_bytes()), None)
}

/// One shared string of 1 GiB, in about 1 MB.
fn gigabyte_string() -> Vec<u8> {
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
fn millions_of_rows() -> Vec<u8> {
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
fn too_many_rows() -> Vec<u8> {
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
fn ods_repeats() -> Vec<u8> {
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
fn million_row_csv() -> Vec<u8> {
    let mut csv = b"Institution,Promised\n".to_vec();
    for _ in 0..1_000_000 {
        csv.extend(b"a\n");
    }
    csv
}

type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

/// Every `seq` a phone's socket hears, kept as it arrives.
#[derive(Clone, Default)]
struct Heard(Arc<Mutex<Vec<u64>>>);

impl Heard {
    fn phone(server: &Server) -> Heard {
        let (mut socket, _): (Socket, _) =
            tungstenite::connect(server.ws_url("role=attendee")).expect("the phone connects");
        if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream
                .set_read_timeout(Some(Duration::from_millis(200)))
                .unwrap();
        }
        let heard = Heard::default();
        let out = heard.clone();
        std::thread::spawn(move || {
            loop {
                match socket.read() {
                    Ok(Message::Text(text)) => {
                        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                        if let Some(seq) = value["state"]["seq"].as_u64() {
                            out.0.lock().unwrap().push(seq);
                        }
                    }
                    Ok(_) => {}
                    Err(tungstenite::Error::Io(e))
                        if matches!(
                            e.kind(),
                            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                        ) => {}
                    Err(_) => break,
                }
            }
        });
        heard
    }

    fn reaches(&self, seq: u64) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.0.lock().unwrap().iter().any(|&s| s >= seq) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

/// The server's peak resident memory, in kB.
fn peak_kb(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.pid())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

/// `POST /api/import` of one file's bytes, with the chair key.
fn post(server: &Server, name: &str, bytes: &[u8]) -> (u16, Value, Duration) {
    use std::io::{Read, Write};
    let started = Instant::now();
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "POST /api/import?name={name} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {KEY}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        server.addr,
        bytes.len()
    )
    .unwrap();
    stream.write_all(bytes).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let took = started.elapsed();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("{name}: no answer at all (did the server die?): {text:?}"));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let json = serde_json::from_str(body).unwrap_or(Value::Null);
    (status, json, took)
}

/// The hall is still served: health, state, and the phones hear the
/// chair's next command.
fn hall_still_served(server: &Server, phones: &[Heard], after: &str) {
    let health = server.get("/healthz");
    assert_eq!(health.status, 200, "after {after}: {}", health.body);
    let state = server.get("/api/state");
    assert_eq!(state.status, 200, "after {after}");
    let seq = server.must(r#"{"cmd": "extend", "seconds": 10}"#);
    for (n, phone) in phones.iter().enumerate() {
        assert!(
            phone.reaches(seq),
            "after {after}: phone {n} never heard seq {seq}"
        );
    }
}

#[test]
fn hostile_spreadsheets_are_refused_and_the_hall_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), None);
    server.must(r#"{"cmd": "start"}"#);
    let phones: Vec<Heard> = (0..3).map(|_| Heard::phone(&server)).collect();
    hall_still_served(&server, &phones, "nothing");
    let before = peak_kb(&server);

    let files: [(&str, Vec<u8>, u16, &[&str]); 6] = [
        (
            "corners.xlsx",
            two_corners(),
            413,
            &["Institutions", "1,048,576 rows"],
        ),
        (
            "string.xlsx",
            gigabyte_string(),
            413,
            &["string.xlsx", "MB"],
        ),
        ("rows.xlsx", millions_of_rows(), 413, &["rows.xlsx", "MB"]),
        (
            "members.xlsx",
            too_many_rows(),
            413,
            &["Institutions", "spans 10,001 rows"],
        ),
        (
            "repeats.ods",
            ods_repeats(),
            413,
            &["Institutions", "1,048,576 rows"],
        ),
        (
            "members.csv",
            million_row_csv(),
            413,
            &["members.csv", "10,000"],
        ),
    ];
    for (name, bytes, status, words) in &files {
        assert!(bytes.len() < 3 << 20, "{name} is small on disk");
        let (got, json, took) = post(&server, name, bytes);
        let error = json["error"].as_str().unwrap_or_default();
        eprintln!("{name} ({} bytes): {got} in {took:?}: {error}", bytes.len());
        assert_eq!(got, *status, "{name}: {json}");
        for word in *words {
            assert!(
                error.contains(word),
                "{name}: {error:?} should say {word:?}"
            );
        }
        assert!(took < ANSWER_WITHIN, "{name} took {took:?}");
        hall_still_served(&server, &phones, name);
    }
    let after = peak_kb(&server);
    eprintln!("the server's peak memory: {before} kB before, {after} kB after");
    assert!(
        after < before + MEMORY_GROWTH_KB,
        "the server's peak memory went from {before} kB to {after} kB"
    );
}

/// A stand-in for the parser that never answers, or that dies: the server
/// kills it at the time limit, answers 422 and goes on. Two imports run at
/// once; a third is asked to wait.
#[test]
fn a_parse_that_hangs_or_dies_is_ended_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let hang = dir.path().join("hang.sh");
    std::fs::write(&hang, "#!/bin/sh\nexec sleep 30\n").unwrap();
    let die = dir.path().join("die.sh");
    std::fs::write(&die, "#!/bin/sh\nkill -ABRT $$\n").unwrap();
    for script in [&hang, &die] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let csv = b"Institution,Promised\nSt Mary's,4\n";
    for (worker, says) in [(&hang, "within 2 s"), (&die, "could not be read")] {
        let server = Arc::new(Server::start_env(
            &dir.path().join(format!("data-{says}")),
            None,
            "127.0.0.1:0",
            &["--import-seconds", "2"],
            &[("ASSEMBLY_IMPORT_WORKER", worker.to_str().unwrap())],
        ));
        let phones = [Heard::phone(&server)];
        let running: Vec<_> = (0..2)
            .map(|_| {
                let server = server.clone();
                std::thread::spawn(move || post(&server, "members.csv", csv))
            })
            .collect();
        if worker == &hang {
            std::thread::sleep(Duration::from_millis(500));
            let (status, json, _) = post(&server, "members.csv", csv);
            assert_eq!(status, 429, "a third import at once waits: {json}");
            assert!(json["error"].as_str().unwrap_or_default().contains("wait"));
        }
        for import in running {
            let (status, json, took) = import.join().unwrap();
            let error = json["error"].as_str().unwrap_or_default();
            assert_eq!(status, 422, "{json}");
            assert!(error.contains(says), "{error:?} should say {says:?}");
            assert!(took < Duration::from_secs(5), "took {took:?}");
        }
        server.must(r#"{"cmd": "start"}"#);
        hall_still_served(&server, &phones, "a worker that hangs or dies");
    }
}

#[test]
fn assembly_import_refuses_the_file_with_a_message_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corners.xlsx");
    std::fs::write(&file, two_corners()).unwrap();
    assert!(std::fs::metadata(&file).unwrap().len() < 4096);
    let out = dir.path().join("plan.toml");
    let done = run_bounded(&[
        "import",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.code, Some(1), "an exit, not a signal: {}", done.said);
    assert!(
        done.said.contains("1,048,576 rows") && done.said.contains("10,000"),
        "{}",
        done.said
    );
    assert!(!Path::new(&out).exists(), "nothing was written");
}

/// Ordinary files still import through the API, and a sheet is judged by
/// its values, not by what it declares: formatting down to the last row
/// (a dimension of A1:AMJ1048576, as some programs write) is no refusal.
#[test]
fn ordinary_files_still_import_through_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), None);
    let auth = format!("Bearer {KEY}");
    let answer = request(
        server.addr,
        "POST",
        "/api/import?name=institutions.csv",
        &[("Authorization", &auth)],
        "Institution,Promised\nSt Mary's,4\n",
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["draft"]["institutions"][0]["id"], "st-mary-s");

    let sheet = format!(
        r#"{SHEET_HEAD}<dimension ref="A1:AMJ1048576"/><sheetData><row r="1">{}{}</row><row r="2">{}<c r="B2"><v>4</v></c></row><row r="1048576"><c r="A1048576" s="1"/></row></sheetData></worksheet>"#,
        inline("A1", "Institution"),
        inline("B1", "Promised"),
        inline("A2", "St Mary's"),
    );
    let book = xlsx("Institutions", Entry::Stored(sheet.into_bytes()), None);
    let (status, json, _) = post(&server, "formatted.xlsx", &book);
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["draft"]["institutions"][0]["promised"], "4");
}
