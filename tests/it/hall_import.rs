//! `/setup/import` in headless Chromium, as an organiser uses it on a phone
//! and on a laptop: spreadsheets chosen through the file input, a preview
//! with each bad row's problem beside it, an unknown column mapped, and the
//! draft handed to `/setup` in `sessionStorage`. Plus the door: the page
//! and its API are the chair's, and a too-large upload is told plainly.

use crate::common;
use common::stress;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

use common::browser::{self as web, Browser, Client, WAIT};
use common::{KEY, Server, fit, request};
use rust_xlsxwriter::Workbook;
use serde_json::Value;

/// An organiser's workbook (the stress plan's people, a Contact column the
/// plan has no place for, one promise written as a word) and a running
/// order exported as CSV with one length written as a word.
fn files(dir: &Path) -> (PathBuf, PathBuf) {
    let plan = assembly::plan::parse(&std::fs::read_to_string(stress()).unwrap()).unwrap();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Assembly").unwrap();
    ws.write_string(0, 0, "Title").unwrap();
    ws.write_string(0, 1, &plan.assembly.title).unwrap();
    ws.write_string(1, 0, "Venue").unwrap();
    ws.write_string(1, 1, &plan.assembly.venue).unwrap();

    let ws = book.add_worksheet();
    ws.set_name("Institutions").unwrap();
    for (c, h) in ["Institution", "Promised", "Contact"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (n, i) in plan.institutions.iter().enumerate() {
        let row = n as u32 + 1;
        ws.write_string(row, 0, &i.name).unwrap();
        if n == 4 {
            ws.write_string(row, 1, "lots").unwrap();
        } else {
            ws.write_number(row, 1, f64::from(i.promised)).unwrap();
        }
        ws.write_string(row, 2, format!("organiser{n}@example.org"))
            .unwrap();
    }

    let ws = book.add_worksheet();
    ws.set_name("Power-holders").unwrap();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Role").unwrap();
    for (n, p) in plan.power_holders.iter().enumerate() {
        ws.write_string(n as u32 + 1, 0, &p.name).unwrap();
        ws.write_string(n as u32 + 1, 1, &p.role).unwrap();
    }

    let ws = book.add_worksheet();
    ws.set_name("Asks").unwrap();
    for (c, h) in ["Ask", "Text", "To"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (n, a) in plan.asks.iter().enumerate() {
        let to: Vec<&str> =
            a.to.iter()
                .map(|id| plan.power_holder(id).unwrap().name.as_str())
                .collect();
        ws.write_string(n as u32 + 1, 0, &a.title).unwrap();
        ws.write_string(n as u32 + 1, 1, &a.text).unwrap();
        ws.write_string(n as u32 + 1, 2, to.join("; ")).unwrap();
    }
    let workbook = dir.join("riverside.xlsx");
    std::fs::write(&workbook, book.save_to_buffer().unwrap()).unwrap();

    let order = dir.join("running-order.csv");
    std::fs::write(
        &order,
        "Item,Kind,Minutes,Ask\n\
         Croeso — welcome,Welcome,2:30,\n\
         Roll call,Roll call,10,\n\
         Testimony from the Canal Estate,Testimony,ten,\n\
         The ask,Ask,3,An independent tenants’ inspection service for every damp home\n\
         Responses,Response(s),8,inspections\n\
         Close,Close,2,\n",
    )
    .unwrap();
    (workbook, order)
}

async fn js(client: &Client, script: &str) -> Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// How far the page itself scrolls sideways (0 when it fits).
async fn sideways(client: &Client) -> i64 {
    js(
        client,
        "return document.documentElement.scrollWidth - innerWidth",
    )
    .await
    .as_i64()
    .unwrap()
}

async fn import_on(browser: &Browser, server: &Server, dir: &Path, (w, h): (u32, u32)) {
    let (workbook, order) = files(dir);
    let client = browser.client(w, h).await;
    client.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    client.goto(&server.url("/setup/import")).await;
    assert_eq!(client.title().await, "Import a plan from spreadsheets");

    // A real file input, with its label, picks both files at once.
    let input = client
        .find("input#import-files[type=file][multiple]")
        .await
        .unwrap();
    let label = web::text_of(&client, "label[for=import-files]")
        .await
        .unwrap();
    assert!(label.contains("Spreadsheets"), "{label}");
    input
        .send_keys(&format!("{}\n{}", workbook.display(), order.display()))
        .await
        .unwrap();
    web::wait_for_element(&client, "tr.import-bad", WAIT).await;

    // The bad rows, each with its problem beside it.
    let bad_rows: Vec<String> = {
        let rows = client.find_all("tr.import-bad").await.unwrap();
        let mut texts = Vec::new();
        for row in rows {
            texts.push(row.text().await.unwrap());
        }
        texts
    };
    assert!(
        bad_rows
            .iter()
            .any(|r| r.contains("lots") && r.contains("is not a whole number")),
        "{bad_rows:#?}"
    );
    assert!(
        bad_rows
            .iter()
            .any(|r| r.starts_with('4') && r.contains("Minutes: \"ten\" is not a length")),
        "the CSV's row 4 says what is wrong: {bad_rows:#?}"
    );
    let summary = web::text_of(&client, "#import-summary").await.unwrap();
    assert!(summary.contains("16 institutions"), "{summary}");
    assert!(
        sideways(&client).await <= 0,
        "the page never scrolls sideways"
    );
    let shot = format!("import-preview-{w}x{h}");
    fit::assert_fits(
        &client,
        &shot,
        &[("h1", 0.0, 1), ("#import-summary", 0.0, 1)],
    )
    .await;

    // The Contact column is not the plan's: say so, by keyboard, and
    // import again.
    let select = client.find("select.import-map").await.unwrap();
    let asked = web::text_of(&client, ".import-mapper label").await.unwrap();
    assert!(asked.contains("Contact"), "{asked}");
    js(
        &client,
        "document.querySelector('select.import-map').scrollIntoView({block: 'center'})",
    )
    .await;
    fit::assert_fits(
        &client,
        &format!("import-map-{w}x{h}"),
        &[("select.import-map", 0.0, 1)],
    )
    .await;
    select.send_keys("Leave").await.unwrap();
    let chosen = select.prop("value").await.unwrap();
    assert_eq!(chosen, "ignore", "typing picks `Leave it out`");
    let again = client.find("#import-again").await.unwrap();
    assert!(again.is_displayed().await.unwrap());
    again.send_keys("\u{E007}").await.unwrap(); // Enter
    web::wait_until(
        &client,
        "the Contact column to be left out",
        WAIT,
        || async {
            let unmapped = js(
                &client,
                "return document.querySelectorAll('select.import-map').length",
            )
            .await;
            let heads = web::text_of(&client, "section.import-sheet:nth-of-type(2) thead").await;
            let done = unmapped == 0 && heads.as_deref().is_ok_and(|h| h.contains("left out"));
            (done.then_some(()), format!("{unmapped} selects; {heads:?}"))
        },
    )
    .await;

    // Open in setup: the draft travels in sessionStorage, problems and all.
    let open = client.find("#import-open").await.unwrap();
    open.send_keys("\u{E007}").await.unwrap();
    web::wait_until(&client, "/setup?from=import", WAIT, || async {
        let url = client.current_url().await;
        (url.ends_with("/setup?from=import").then_some(()), url)
    })
    .await;
    // /setup takes the draft out of sessionStorage and into its form, to
    // review and save.
    web::wait_for_text_containing(&client, "body", "Imported: review and Save", WAIT).await;
    let stored = js(&client, "return sessionStorage.getItem('assembly.draft')").await;
    assert_eq!(stored, Value::Null, "the draft is taken, not left behind");
    let form = js(&client, "return JSON.stringify(SetupRows.collect())").await;
    let draft: Value = serde_json::from_str(form.as_str().expect("the form's draft")).unwrap();
    assert_eq!(draft["institutions"].as_array().unwrap().len(), 16);
    assert_eq!(
        draft["institutions"][4]["promised"], "lots",
        "as typed, to fix in setup"
    );
    assert_eq!(draft["asks"][0]["to"].as_array().unwrap().len(), 4);
    assert_eq!(draft["items"][2]["duration"], "ten");
    let ask = draft["items"][3]["ask"].as_str().unwrap();
    assert!(
        ask.starts_with("an-independent-tenants"),
        "by its title: {ask}"
    );
    client.close().await;
}

#[test]
fn an_organiser_imports_spreadsheets_through_the_page() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("data"), Some(&stress()));
        let browser = Browser::new();
        for size in [(360, 740), (768, 1024), (1024, 768), (1280, 720)] {
            import_on(&browser, &server, dir.path(), size).await;
        }
    });
}

#[test]
fn the_import_is_the_chairs_and_says_when_a_file_is_too_large() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), Some(&stress()));
    let page = server.get("/setup/import");
    assert_eq!(page.status, 401);
    assert!(page.body.contains("chair link"), "{}", page.body);

    let csv = "Institution,Promised\nSt Mary's,4\n";
    let url = "/api/import?name=institutions.csv";
    let anyone = request(server.addr, "POST", url, &[], csv);
    assert_eq!(anyone.status, 401, "{}", anyone.body);
    let auth = format!("Bearer {KEY}");
    let chair = request(server.addr, "POST", url, &[("Authorization", &auth)], csv);
    assert_eq!(chair.status, 200, "{}", chair.body);
    assert_eq!(chair.json()["draft"]["institutions"][0]["id"], "st-mary-s");
    let elsewhere = request(
        server.addr,
        "POST",
        url,
        &[("Authorization", &auth), ("Origin", "http://evil.example")],
        csv,
    );
    assert_eq!(elsewhere.status, 403);

    // Refused on its declared length, before a byte of it is read.
    let mut stream = TcpStream::connect(server.addr).unwrap();
    write!(
        stream,
        "POST {url} HTTP/1.1\r\nHost: {}\r\nAuthorization: {auth}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        server.addr,
        5 * 1024 * 1024 + 1
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer.contains("larger than 5 MB") && answer.contains("fewer files"),
        "{answer}"
    );
}

/// A workbook larger than any plan (a cell at each far corner) is told on
/// the page, in the API's own words, and the page stays usable.
#[test]
fn a_workbook_too_large_for_a_plan_is_told_on_the_page() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("data"), Some(&stress()));
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("Institutions").unwrap();
        ws.write_string(0, 0, "Institution").unwrap();
        ws.write_string(1_048_575, 16_383, "St Mary's").unwrap();
        let path = dir.path().join("corners.xlsx");
        book.save(&path).unwrap();

        let browser = Browser::new();
        let client = browser.client(768, 1024).await;
        client.goto(&server.url(&format!("/chair?key={KEY}"))).await;
        client.goto(&server.url("/setup/import")).await;
        let input = client.find("input#import-files").await.unwrap();
        input.send_keys(&path.display().to_string()).await.unwrap();
        web::wait_for_text_containing(&client, "#import-error", "1,048,576 rows", WAIT).await;
        let said = web::text_of(&client, "#import-error").await.unwrap();
        assert!(
            said.contains("Institutions") && said.contains("10,000"),
            "{said}"
        );
        assert_eq!(server.get("/healthz").status, 200);
        client.close().await;
    });
}

/// The organiser's desk (issue 22): a workbook with the details as rows
/// under a title row, 18 institutions with long, accented, right-to-left
/// and emoji names, a 400-character ask under "The question", and an ask
/// item with no ask: each detail is shown with its cell, the problem is in
/// the organiser's words, and nothing spills sideways on a phone.
fn desk_workbook(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Details").unwrap();
    ws.write_string(0, 0, "Spring Assembly 2026").unwrap();
    for (n, (k, v)) in [
        ("Title", "Spring Assembly 2026"),
        ("Venue", "Neuadd y Dref, Caerdydd"),
        ("Date/time", "14/03/2026 18:30"),
        ("Timezone", "Europe/London"),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(n as u32 + 2, 0, *k).unwrap();
        ws.write_string(n as u32 + 2, 1, *v).unwrap();
    }
    let ws = book.add_worksheet();
    ws.set_name("Institutions").unwrap();
    ws.write_string(0, 0, "Institution").unwrap();
    ws.write_string(0, 1, "Promised").unwrap();
    let names = [
        "St Mary’s Church, Wellington Road & District Parish Fellowship and Friends",
        "Masjid Al-Hudā Community Education Centre",
        "مسجد النور والمركز الثقافي الإسلامي في المدينة",
        "בית הכנסת הגדול של העיר",
        "Ysgol Gynradd Gymraeg Pen-y-Garth 🌍🏫",
        "Łódź Polish Catholic Mission — Parafia św. Józefa",
        "Café Solidarité ☕ des Travailleurs",
        "Ururka Haweenka Soomaaliyeed ee Cardiff",
        "پاکستانی کمیونٹی سینٹر",
        "Unison Cardiff Council Branch",
        "Grangetown Residents’ Association",
        "Citizens Cymru Youth 🎉",
        "Cathays Methodist Church",
        "Butetown Community Centre",
        "Riverside Mosque",
        "St Paul’s",
        "Canton Tenants’ Union",
        "Ely & Caerau Food Bank 🍞",
    ];
    for (n, name) in names.iter().enumerate() {
        ws.write_string(n as u32 + 1, 0, *name).unwrap();
        ws.write_number(n as u32 + 1, 1, (n as f64 + 1.0) * 7.0)
            .unwrap();
    }
    let ws = book.add_worksheet();
    ws.set_name("Power-holders").unwrap();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Role").unwrap();
    ws.write_string(1, 0, "Cllr Huw Thomas").unwrap();
    ws.write_string(1, 1, "Leader of the Council").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("Asks").unwrap();
    for (c, h) in ["Ask", "The question", "Put to"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let long = "Will you commit tonight ".repeat(17);
    ws.write_string(1, 0, "Safe streets").unwrap();
    ws.write_string(1, 1, &long[..400]).unwrap();
    ws.write_string(1, 2, "Cllr Huw Thomas").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("Running order").unwrap();
    for (r, line) in [
        "Item,Kind,Minutes,Ask",
        "Welcome,Welcome,3,",
        "Roll call,Roll call,5,",
        "The ask,Ask,3,",
        "Close,Close,2,",
    ]
    .iter()
    .enumerate()
    {
        for (c, cell) in line.split(',').enumerate() {
            ws.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let path = dir.join("spring.xlsx");
    std::fs::write(&path, book.save_to_buffer().unwrap()).unwrap();
    path
}

#[test]
fn details_are_shown_with_their_cells_and_problems_in_the_organisers_words() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("data"), Some(&stress()));
        let workbook = desk_workbook(dir.path());
        let browser = Browser::new();
        for (w, h) in [(1024, 768), (360, 740)] {
            let client = browser.client(w, h).await;
            client.goto(&server.url(&format!("/chair?key={KEY}"))).await;
            client.goto(&server.url("/setup/import")).await;
            let input = client.find("input#import-files").await.unwrap();
            input
                .send_keys(&workbook.display().to_string())
                .await
                .unwrap();
            let details =
                web::wait_for_text_containing(&client, ".import-details", "cell B3", WAIT).await;
            for line in [
                "Title: Spring Assembly 2026 (from Details, cell B3)",
                "Starts: 14/03/2026 18:30 (from Details, cell B5)",
            ] {
                assert!(details.contains(line), "{line} in {details}");
            }
            let summary = web::text_of(&client, "#import-summary").await.unwrap();
            assert!(
                summary.starts_with("Spring Assembly 2026: 18 institutions"),
                "{summary}"
            );
            let bad = web::text_of(&client, "tr.import-bad").await.unwrap();
            assert!(bad.contains("Ask: An ask item needs an ask"), "{bad}");
            assert!(bad.contains("the asks are: safe-streets"), "{bad}");
            for toml in ["[[", "ask =", "<id>", "RFC"] {
                assert!(!bad.contains(toml), "{toml} in {bad}");
            }
            assert!(sideways(&client).await <= 0, "no sideways scroll at {w}");
            web::screenshot(&client, &format!("import-desk-details-{w}x{h}")).await;
            js(
                &client,
                "document.querySelector('tr.import-bad').scrollIntoView({block: 'center'})",
            )
            .await;
            web::screenshot(&client, &format!("import-desk-problem-{w}x{h}")).await;
            // The problem is read where the row is, without scrolling the
            // table sideways, on a phone too.
            let right = js(
                &client,
                "const r = document.querySelector('tr.import-bad .import-row-problems li').getBoundingClientRect(); \
                 return r.left >= 0 && r.right <= innerWidth;",
            )
            .await;
            assert_eq!(
                right,
                Value::Bool(true),
                "the row's problem is in view at {w}"
            );
            client.close().await;
        }
    });
}
