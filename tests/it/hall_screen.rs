//! The projector (`/screen`) with the stress plan, at every size a hall
//! has: every answer, count, title and message fully on screen, answers and
//! counts legible from the back (3.5 % of the height on a projector), the
//! QR code large while people check in, and a recap once it has ended.
//!
//! One browser session per test, resized between sizes. Screenshots land in
//! `target/screenshots/hall-screen-*.png`.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::{self, fits_at, seq_now, stress};
use common::{Server, fit};
use serde_json::json;

const SIZES: [(u32, u32); 5] = [
    (1280, 720),
    (1920, 1080),
    (1024, 768),
    (768, 1024),
    (360, 740),
];

fn is_projector(size: (u32, u32)) -> bool {
    fit::PROJECTORS.contains(&size)
}

/// Answers and counts: 3.5 % of the height on a projector; on tablets and
/// phones only fully shown.
fn legible(size: (u32, u32)) -> f64 {
    if is_projector(size) { 0.035 } else { 0.0 }
}

/// Every size in turn: resize, wait for the layout, then check `rules(size)`.
async fn at_every_size<F>(client: &Client, seq: u64, name: &str, rules: F)
where
    F: Fn((u32, u32)) -> Vec<(&'static str, f64, usize)>,
{
    for size in SIZES {
        fits_at(
            client,
            size,
            seq,
            &format!("hall-screen-{name}"),
            &rules(size),
        )
        .await;
    }
}

/// The smaller side of the QR code and of the viewport, in CSS pixels.
async fn qr_share(client: &Client) -> f64 {
    let found = client
        .execute(
            "const r = document.querySelector('#qr svg').getBoundingClientRect(); \
             return Math.min(r.width, r.height) / Math.min(innerWidth, innerHeight);",
            vec![],
        )
        .await
        .unwrap();
    found.as_f64().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projector_shows_every_answer_at_every_size() {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let server = Server::start(data.path(), Some(&stress()));
    let browser = Browser::new();
    let screen = browser.client(1280, 720).await;
    screen.goto(&server.url("/screen")).await;

    // Before the start: the QR code and the address fill the screen.
    let seq = seq_now(&server);
    for size in [(1280, 720), (360, 740)] {
        fits_at(
            &screen,
            size,
            seq,
            "hall-screen-before",
            &[
                ("#qr svg", 0.0, 1),
                ("#join-address", legible(size), 1),
                ("#join-hint", 0.0, 1),
                ("#turnout-phones", legible(size), 1),
                ("#current-title", 0.0, 1),
            ],
        )
        .await;
    }
    let label = web::text_of(&screen, "#turnout-label").await.unwrap();
    assert_eq!(label.trim(), "phones checked in", "0 phones: plural");
    server.check_in(None, "huda");
    web::wait_for_text(&screen, "#turnout-label", "phone checked in", WAIT).await;

    // The welcome item: the same, large, with the item's title.
    let seq = server.must(r#"{"cmd":"start"}"#);
    at_every_size(&screen, seq, "welcome", |size| {
        vec![
            ("#qr svg", 0.0, 1),
            ("#join-address", legible(size), 1),
            ("#turnout-phones", legible(size), 1),
            ("#current-title", 0.0, 1),
            ("#current-lead", 0.0, 1),
        ]
    })
    .await;
    for size in fit::PROJECTORS {
        screen.resize(size.0, size.1).await;
        hall::fitted(&screen, size, seq).await;
        let share = qr_share(&screen).await;
        assert!(
            share >= 0.4,
            "at {}x{} the QR code is {:.0}% of the smaller side, under 40%",
            size.0,
            size.1,
            share * 100.0
        );
    }

    // The roll call, with several counts announced, the latest highlighted.
    let seq = hall::roll_call_announced(&server);
    let names = "#rollcall li:not([hidden]) .inst-name";
    let counts = "#rollcall li:not([hidden]) [data-announced]";
    at_every_size(&screen, seq, "roll-call", |size| {
        let all = if is_projector(size) { 16 } else { 1 };
        vec![
            (names, 0.0, all),
            (counts, legible(size), all),
            ("#rollcall-total", legible(size), 1),
            ("#current-title", 0.0, 1),
        ]
    })
    .await;
    let latest = web::text_of(&screen, "#rollcall li.latest .inst-name")
        .await
        .expect("the institution just announced is highlighted");
    assert!(latest.contains("Gurdwara"), "highlighted: {latest}");
    let total = web::text_of(&screen, "#rollcall-total").await.unwrap();
    assert!(
        total.contains("1,463") && total.contains("1,670"),
        "the total against promised: {total}"
    );

    // Four holders, every one answered, with the longest screen message.
    hall::four_holders_answered(&server);
    let seq = hall::message(&server, "screen", &fit::longest_message());
    let four = |size| {
        vec![
            ("[data-response]", legible(size), 4),
            (".holdercard .name", 0.0, 4),
            (".holdercard .role", 0.0, 4),
            (".asktext", 0.0, 1),
            ("#current-title", 0.0, 1),
            ("#screen-message", 0.0, 1),
        ]
    };
    at_every_size(&screen, seq, "four-holders", four).await;
    for (holder, word) in [
        ("leader", "YES"),
        ("police", "NO"),
        ("nhs", "WAFFLE"),
        ("landlord", "ABSENT"),
    ] {
        let css = format!(r#"[data-response="inspections/{holder}"]"#);
        let shown = web::text_of(&screen, &css).await.unwrap();
        assert!(web::has_word(&shown, word), "{holder}: {shown}");
    }

    // Three holders, the 380-character ask, no message.
    hall::message(&server, "screen", "");
    server.must(r#"{"cmd":"goto","item":5}"#);
    for (holder, answer) in [("leader", "waffle"), ("nhs", "yes"), ("landlord", "no")] {
        server.must(
            &json!({"cmd":"respond","ask":"families","holder":holder,"answer":answer}).to_string(),
        );
    }
    let seq = seq_now(&server);
    at_every_size(&screen, seq, "three-holders", |size| {
        vec![
            ("[data-response]", legible(size), 3),
            (".holdercard .name", 0.0, 3),
            (".holdercard .role", 0.0, 3),
            (".asktext", 0.0, 1),
            ("#current-title", 0.0, 1),
        ]
    })
    .await;

    // The pledge, revealed.
    server.must(r#"{"cmd":"goto","item":7}"#);
    let seq = server.must(r#"{"cmd":"reveal","pledge":"doors"}"#);
    at_every_size(&screen, seq, "pledge", |size| {
        vec![
            ("#tallies .count", legible(size), 2),
            ("#tallies .label", 0.0, 2),
            (".asktext", 0.0, 1),
            ("#current-title", 0.0, 1),
        ]
    })
    .await;

    // The end: a recap of every ask and every holder's answer.
    server.must(r#"{"cmd":"respond","ask":"short","holder":"police","answer":"yes"}"#);
    let seq = server.must(r#"{"cmd":"end"}"#);
    at_every_size(&screen, seq, "ended", |size| {
        vec![
            ("#recap [data-response]", legible(size), 8),
            ("#recap .holder-name", 0.0, 8),
            ("#recap .ask-title", 0.0, 3),
            ("#current-title", 0.0, 1),
        ]
    })
    .await;
    let title = web::text_of(&screen, "#current-title").await.unwrap();
    assert!(
        title.contains("ended"),
        "the screen says it has ended: {title}"
    );
}

/// `n` characters of `words`, repeated: the longest text a plan accepts.
fn text_of_length(words: &str, n: usize) -> String {
    let text: String = words.chars().cycle().take(n).collect();
    text.trim_end().to_owned()
}

/// The largest plan `assembly check` accepts without a warning: 500
/// institutions with names up to 100 characters, six power-holders with
/// 100-character names and roles, a 500-character ask to all six, and 40
/// asks (240 answers) for the recap.
fn largest_plan() -> String {
    let long = |words: &str, n: usize| text_of_length(words, n).replace('"', "'");
    let mut plan = format!(
        "[assembly]\ntitle = \"{}\"\nvenue = \"A very large hall\"\n\n",
        long(
            "Greater Riverside and Canal Estate Citizens’ Alliance Founding Assembly of every institution ",
            200
        )
    );
    let names = [
        "St Mary’s Catholic Primary School",
        "Masjid Al-Hudā",
        "Unite the Union Bus Workers’ Branch",
        "مسجد النور",
        "Riverside Tenants’ and Residents’ Association of the Canal Estate and the Old Mill Quarter",
        "Hillcrest PTA",
    ];
    for i in 0..500 {
        let name: String = format!("{} {}", names[i % names.len()], i + 1)
            .chars()
            .take(100)
            .collect();
        let promised = if i % 50 == 7 {
            100_000
        } else {
            10 + (i * 37) % 190
        };
        plan.push_str(&format!(
            "[[institution]]\nid = \"inst-{i}\"\nname = \"{name}\"\npromised = {promised}\n\n"
        ));
    }
    for h in 0..6 {
        plan.push_str(&format!(
            "[[power_holder]]\nid = \"holder-{h}\"\nname = \"{}\"\nrole = \"{}\"\n\n",
            long(&format!("Councillor Dr Featherstonehaugh-Montgomery-Cholmondeley {h} OBE "), 100),
            long("Cabinet Member for Housing, Regeneration and the Canal Estate, Riverside Borough Council ", 100),
        ));
    }
    let to = (0..6)
        .map(|h| format!("\"holder-{h}\""))
        .collect::<Vec<_>>()
        .join(", ");
    for a in 0..40 {
        plan.push_str(&format!(
            "[[ask]]\nid = \"ask-{a}\"\ntitle = \"{}\"\ntext = \"{}\"\nto = [{to}]\n\n",
            long(&format!("Ask {a}: an independent tenants’ inspection service for every damp home "), 100),
            long("Will you commit, tonight and in writing, to fund and staff an independent inspection service that visits every flat reported as damp within fourteen days? ", 500),
        ));
    }
    let title = long(
        "Responses from all six power-holders on the housing inspections, one by one, in turn ",
        100,
    );
    let lead = long(
        "Revd Canon Dr Elizabeth Achterberg-Nwosu and Imam Yusuf of the Riverside Mosque ",
        100,
    );
    plan.push_str(&format!(
        "[[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 3\n\n\
         [[item]]\ntitle = \"{title}\"\nkind = \"roll_call\"\nminutes = 30\nlead = \"{lead}\"\n\n\
         [[item]]\ntitle = \"{title}\"\nkind = \"response\"\nminutes = 30\nlead = \"{lead}\"\nask = \"ask-0\"\n"
    ));
    plan
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_largest_plan_fits_and_pages_at_a_legible_size() {
    let data = tempfile::tempdir().expect("a temporary data dir");
    let plan_path = data.path().join("largest.toml");
    std::fs::write(&plan_path, largest_plan()).unwrap();
    let checked = std::process::Command::new(common::binary())
        .arg("check")
        .arg(&plan_path)
        .output()
        .unwrap();
    assert!(
        checked.status.success(),
        "assembly check accepts the largest plan: {}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let server = Server::start(&data.path().join("data"), Some(&plan_path));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(r#"{"cmd":"turnout","institution":"inst-3","count":25}"#);
    server.must(r#"{"cmd":"turnout","institution":"inst-7","count":99999,"confirm":true}"#);
    let seq = server.must(r#"{"cmd":"turnout","institution":"inst-0","count":12}"#);

    // 500 institutions at 1920x1080: pages, each legible and whole.
    let browser = Browser::new();
    let size = (1920, 1080);
    let screen = browser.client(size.0, size.1).await;
    screen.goto(&server.url("/screen")).await;
    hall::fitted(&screen, size, seq).await;
    let names = "#rollcall li:not([hidden]) .inst-name";
    let counts = "#rollcall li:not([hidden]) [data-announced]";
    let rules = [
        (names, 0.03, 12),
        (counts, 0.035, 12),
        ("#rollcall-total", 0.035, 1),
        ("#page-note", 0.0, 1),
        ("#current-title", 0.0, 1),
    ];
    fit::assert_fits(&screen, "hall-screen-500-1920x1080", &rules).await;

    let note = web::text_of(&screen, "#page-note").await.unwrap();
    let pages = screen
        .execute(
            "const all = [...document.querySelectorAll('#rollcall li')]; \
             return [all.length, all.filter((li) => li.dataset.page).length, \
                     Math.max(...all.map((li) => Number(li.dataset.page)))];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(pages[0], 500, "every institution is on the board");
    assert_eq!(pages[1], 500, "every institution is on a page");
    let last = pages[2].as_u64().unwrap();
    assert!(last > 1, "500 institutions need more than one page");
    assert!(
        note.contains(&format!("of {last}")) && note.to_lowercase().contains("page"),
        "the screen says which page of {last}: {note}"
    );

    // A count announced on a later page turns to that page, highlighted.
    let seq = server.must(r#"{"cmd":"turnout","institution":"inst-450","count":77}"#);
    hall::fitted(&screen, size, seq).await;
    let latest = web::wait_for_element(&screen, "#rollcall li.latest:not([hidden])", WAIT).await;
    assert_eq!(
        latest.attr("data-institution").await.unwrap().as_deref(),
        Some("inst-450")
    );
    fit::assert_fits(&screen, "hall-screen-500-announced-1920x1080", &rules).await;

    // Six holders with the longest names and roles, the longest ask and
    // message: every answer whole, at every size.
    server.must(r#"{"cmd":"next"}"#);
    for (h, answer) in ["yes", "no", "waffle", "absent", "yes", "no"]
        .iter()
        .enumerate()
    {
        server.must(
            &json!({"cmd":"respond","ask":"ask-0","holder":format!("holder-{h}"),"answer":answer})
                .to_string(),
        );
    }
    let seq = hall::message(&server, "screen", &fit::longest_message());
    at_every_size(&screen, seq, "six-holders", |size| {
        vec![
            ("[data-response]", legible(size), 6),
            (".holdercard .name", 0.0, 6),
            (".holdercard .role", 0.0, 6),
            (".asktext", 0.0, 1),
            ("#current-title", 0.0, 1),
            ("#current-lead", 0.0, 1),
            ("#assembly-title", 0.0, 1),
            ("#screen-message", 0.0, 1),
        ]
    })
    .await;

    // The recap of 40 asks pages too, each page legible and whole.
    hall::message(&server, "screen", "");
    let seq = server.must(r#"{"cmd":"end"}"#);
    for size in fit::PROJECTORS {
        screen.resize(size.0, size.1).await;
        hall::fitted(&screen, size, seq).await;
        let shot = format!("hall-screen-recap-40-{}x{}", size.0, size.1);
        fit::assert_fits(
            &screen,
            &shot,
            &[
                ("#recap > li:not([hidden]) [data-response]", 0.035, 6),
                ("#recap > li:not([hidden]) .ask-title", 0.0, 1),
                ("#page-note", 0.0, 1),
            ],
        )
        .await;
    }
}
