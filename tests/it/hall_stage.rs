//! The speaker's timer at the lectern never loses the clock: at every size
//! a hall has, in both orientations, with the widest countdowns ("1:30:00"
//! for a 90-minute item, "+0:05" over time), the longest title a plan
//! allows and the longest message the chair can send, the countdown, the
//! title, "Next" and the message are all fully on screen, none covers
//! another, and the digits stay large.
//!
//! Screenshots land in `target/screenshots/stage-*.png`.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::{Server, fit, hall};
use serde_json::json;

/// Every size the hall has: projectors, tablets both ways, phones.
const SIZES: [(u32, u32); 6] = [
    fit::PROJECTORS[0],
    fit::PROJECTORS[1],
    fit::TABLETS[1],
    fit::TABLETS[0],
    fit::PHONES[0],
    fit::PHONES[1],
];

/// A title of exactly 100 characters, the most a plan allows.
fn longest_title() -> String {
    let base = "Testimony from the Canal Estate tenants and the housing inspections campaign \
                team, with questions ";
    let title: String = base.chars().cycle().take(100).collect();
    assert_eq!(title.chars().count(), 100);
    title
}

/// The stress plan with its first item made 90 minutes long (so the
/// countdown reads "1:30:00", its widest) and given the longest title.
fn ninety_minute_plan(dir: &std::path::Path) -> std::path::PathBuf {
    let stress = std::fs::read_to_string(hall::stress()).expect("the stress plan");
    let first = "title = \"Croeso — Welcome to everyone who has come tonight from across the borough\"\nkind = \"welcome\"\nminutes = 20";
    assert!(stress.contains(first), "the stress plan's first item");
    let plan = stress.replacen(
        first,
        &format!(
            "title = \"{}\"\nkind = \"welcome\"\nminutes = 90",
            longest_title()
        ),
        1,
    );
    let path = dir.join("ninety.toml");
    std::fs::write(&path, plan).expect("writing the plan");
    path
}

/// Chromium's window cannot be made narrower than a 360-pixel viewport
/// once open, so the narrowest phone gets a session of its own.
struct Clients {
    wide: Client,
    narrow: Client,
}

impl Clients {
    fn at(&self, width: u32) -> &Client {
        if width < 360 {
            &self.narrow
        } else {
            &self.wide
        }
    }

    async fn wait_for(&self, seq: u64) {
        web::rendered(&self.wide, seq).await;
        web::rendered(&self.narrow, seq).await;
    }
}

/// Lay the page out at `width` x `height` and let it settle (a resize
/// redraws on the next animation frame).
async fn size(client: &Client, width: u32, height: u32) {
    client.resize(width, height).await;
    web::settled(client).await;
}

/// How large the countdown is: its font size and the width of its digits.
async fn countdown_size(client: &Client) -> (f64, f64, f64, f64) {
    let found = client
        .execute(
            "const n = document.getElementById('countdown'); \
             const r = document.createRange(); r.selectNodeContents(n); \
             return [parseFloat(getComputedStyle(n).fontSize), r.getBoundingClientRect().width, \
                     document.documentElement.clientWidth, document.documentElement.clientHeight];",
            vec![],
        )
        .await
        .expect("measuring the countdown");
    let n = |i: usize| found[i].as_f64().unwrap_or_default();
    (n(0), n(1), n(2), n(3))
}

/// Every size, one state: everything that matters is on screen, and the
/// digits are large.
///
/// The bounds on the digits: in landscape (a lectern monitor, a laptop)
/// the height is what limits them, and at 20 % of the screen's height (at
/// least 144 px at 720p, about 6 cm on a 24" monitor) they read at a glance
/// from a lectern several metres away; with no message taking room they
/// get at least 25 % (a seven-character "1:30:00" on a 4:3 screen is as
/// wide as the screen at 28 %). In portrait (a tablet on the lectern, a phone) the
/// width is what limits them: the digits span at least 60 % of it, as a
/// "1:30:00" taking most of the width is the largest a line of seven
/// characters can be.
async fn every_size(clients: &Clients, state: &str, message: bool, expect: impl Fn(&str) -> bool) {
    for (width, height) in SIZES {
        let client = clients.at(width);
        size(client, width, height).await;
        let shown = web::text_of(client, "#countdown").await.unwrap();
        assert!(expect(&shown), "{state}: the countdown shows {shown:?}");
        let shot = format!("stage-{state}-{width}x{height}");
        let mut rules = vec![
            ("#countdown", 0.0, 1),
            ("#current-title", 0.025, 1),
            (".next", 0.02, 1),
        ];
        // "Over time", "Paused", "Time to wrap up"; nothing while on time.
        if !web::text_of(client, "#status").await.unwrap().is_empty() {
            rules.push(("#status", 0.02, 1));
        }
        if message {
            rules.push(("#stage-message", 0.025, 1));
        }
        fit::assert_fits(client, &shot, &rules).await;

        let (font, digits, w, h) = countdown_size(client).await;
        if w > h {
            let share = if message { 0.20 } else { 0.25 };
            assert!(
                font >= share * h,
                "{shot}: the countdown's digits are {font:.0}px high, under {:.0}% of the \
                 {h}px height",
                share * 100.0
            );
        } else {
            assert!(
                digits >= 0.6 * w,
                "{shot}: the countdown {shown:?} is {digits:.0}px wide, under 60% of the \
                 {w}px width"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_countdown_fits_every_screen_with_the_longest_message() {
    let dir = tempfile::tempdir().expect("a temporary dir");
    let plan = ninety_minute_plan(dir.path());
    let server = Server::start(&dir.path().join("data"), Some(&plan));
    let browser = Browser::new();
    let (width, height) = SIZES[0];
    let (small_width, small_height) = fit::PHONES[1];
    let clients = Clients {
        wide: browser.client(width, height).await,
        narrow: browser.client(small_width, small_height).await,
    };
    let client = &clients.wide;

    let seq = server.must(r#"{"cmd":"start"}"#);
    client.goto(&server.url("/stage")).await;
    clients.narrow.goto(&server.url("/stage")).await;
    clients.wait_for(seq).await;
    let title = web::text_of(client, "#current-title").await.unwrap();
    assert_eq!(title, longest_title());

    // A 90-minute item: the widest countdown, "1:30:00" (or "1:29:59").
    let long = |t: &str| t.starts_with("1:3") || t.starts_with("1:29:");
    every_size(&clients, "90min", false, long).await;

    let message = fit::longest_message();
    // Pinned: it stays up through the move to the 20-minute item below.
    let seq = server
        .must(&json!({"cmd": "message", "to": "stage", "text": message, "pin": true}).to_string());
    clients.wait_for(seq).await;
    assert_eq!(
        web::text_of(client, "#stage-message").await.unwrap(),
        message
    );
    every_size(&clients, "90min-message", true, long).await;

    // Over time on a 20-minute item, the message still up.
    server.must(r#"{"cmd":"goto","item":2}"#);
    let seq = server.must(r#"{"cmd":"extend","seconds":-1200}"#);
    clients.wait_for(seq).await;
    web::wait_for_text_where(client, "#countdown", "be over time", WAIT, |t| {
        t.starts_with("+0:")
    })
    .await;
    let over = |t: &str| t.starts_with("+0:");
    every_size(&clients, "over-message", true, over).await;
    let class = web::attr_of(client, "body", "class").await.unwrap();
    assert!(
        class.is_some_and(|c| c.contains("over")),
        "over time is marked"
    );

    let seq = server.must(r#"{"cmd":"message","to":"stage","text":""}"#);
    clients.wait_for(seq).await;
    every_size(&clients, "over", false, over).await;
}
