//! The chair's follow-up page in a real browser: a step recorded with a
//! past date, without JavaScript (a plain form) and with it (over the API,
//! live), on a phone and a laptop, with the stress plan's four-holder ask;
//! and the page fits every screen a chair uses.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::stress;
use common::record::stress_night;
use common::{KEY, Server, fit};
use serde_json::json;

/// CSS for a commitment's article: its id holds dots.
fn article(ask: &str, holder: &str) -> String {
    format!(r#"article[id="c.{ask}.{holder}"]"#)
}

/// What the note box of the commitment `card` (a selector) holds.
async fn note_in(client: &Client, card: &str) -> serde_json::Value {
    client
        .find(&format!(r#"{card} textarea[name="note"]"#))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
}

/// Put `value` in a form field, as typing it would (works with the page's
/// JavaScript off: WebDriver's scripts still run).
async fn type_into(client: &Client, css: &str, value: &str) {
    client
        .execute(
            "const f = document.querySelector(arguments[0]); f.value = arguments[1]; \
             f.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(css), json!(value)],
        )
        .await
        .unwrap_or_else(|e| panic!("typing into {css}: {e}"));
}

async fn scroll_to(client: &Client, css: &str) {
    client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })",
            vec![json!(css)],
        )
        .await
        .unwrap_or_else(|e| panic!("scrolling to {css}: {e}"));
}

/// What is wrong with the page's layout: anything past the right edge, and
/// any control smaller than 44 px either way.
async fn layout_problems(client: &Client) -> Vec<String> {
    let found = client
        .execute(
            r#"
            const W = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > W) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${W}`);
            for (const e of document.querySelectorAll("body *")) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > W + 0.5) out.push(`${e.tagName.toLowerCase()}.${e.className} reaches ${Math.round(r.right)} > ${W}`);
            }
            const controls = "button, summary, .filters a, header a, .statuses label, input[type=date], textarea";
            for (const e of document.querySelectorAll(controls)) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue; // closed <details>
              if (r.width < 44 || r.height < 44) out.push(`${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}" is ${Math.round(r.width)}x${Math.round(r.height)}, under 44 px`);
            }
            return out.slice(0, 12);
            "#,
            vec![],
        )
        .await
        .expect("the layout check runs");
    found
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Open a commitment's form, pick a status, date it and note it.
async fn fill_step(client: &Client, at: &str, status: &str, day: &str, note: &str) {
    scroll_to(client, at).await;
    web::click(client, &format!("{at} summary"), WAIT).await;
    web::click(
        client,
        &format!(r#"{at} input[name="status"][value="{status}"]"#),
        WAIT,
    )
    .await;
    type_into(client, &format!(r#"{at} input[name="at"]"#), day).await;
    type_into(client, &format!(r#"{at} textarea[name="note"]"#), note).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_with_a_past_date_is_recorded_without_javascript_on_a_phone_and_a_laptop() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let browser = Browser::new();
    let phone = browser.client_without_js(360, 740).await;
    // The chair's printed link, aimed at this page: the key becomes the
    // cookie and leaves the address bar.
    phone
        .goto(&server.url(&format!("/follow-up?key={KEY}")))
        .await;
    assert!(phone.current_url().await.ends_with("/follow-up"));
    assert_eq!(
        phone.find_all("article.commitment").await.unwrap().len(),
        8,
        "4 + 3 + 1 asks put, every one listed"
    );
    let landlord = article("inspections", "landlord");
    let facts = web::text_of(&phone, &format!("{landlord} .facts"))
        .await
        .unwrap();
    assert!(facts.contains("No answer recorded"), "{facts}");
    assert!(facts.contains("Not started"), "{facts}");
    fit::assert_fits(
        &phone,
        "follow-up-nojs-top-360x740",
        &[("header.bar h1", 0.0, 1), ("#filters a", 0.0, 5)],
    )
    .await;
    let problems = layout_problems(&phone).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // A date past `max` is stopped by the browser; one the server refuses
    // (the attribute taken off, as an old browser would ignore it) comes
    // back with what went wrong, at the form, with what was typed.
    fill_step(&phone, &landlord, "broken", "2099-01-01", "Typed note kept").await;
    phone
        .execute(
            "document.querySelector(arguments[0]).removeAttribute('max')",
            vec![json!(format!(r#"{landlord} input[name="at"]"#))],
        )
        .await
        .unwrap();
    web::click(&phone, &format!("{landlord} button[type=submit]"), WAIT).await;
    let problem = web::wait_for_text_containing(&phone, ".problem", "Not recorded", WAIT).await;
    assert!(
        problem.contains("2099-01-01") && problem.contains("once it has happened"),
        "{problem}"
    );
    let error = web::text_of(&phone, &format!("{landlord} form.step .form-error"))
        .await
        .unwrap();
    assert!(error.contains("today is"), "{error}");
    let kept = note_in(&phone, &landlord).await;
    assert_eq!(kept, "Typed note kept");
    // The answer opens at the commitment, the refusal in sight.
    assert!(
        phone
            .current_url()
            .await
            .ends_with("#c.inspections.landlord")
    );
    fit::assert_fits(
        &phone,
        "follow-up-nojs-refused-360x740",
        &[(&format!("{landlord} form.step .form-error"), 0.0, 1)],
    )
    .await;

    // Now a real past day: recorded, and back at the commitment with a
    // confirmation.
    type_into(
        &phone,
        &format!(r#"{landlord} input[name="at"]"#),
        "2026-05-20",
    )
    .await;
    type_into(
        &phone,
        &format!(r#"{landlord} textarea[name="note"]"#),
        "Met the housing team: no plan, no date. مسجد النور asked again 🌍",
    )
    .await;
    web::click(&phone, &format!("{landlord} button[type=submit]"), WAIT).await;
    let saved =
        web::wait_for_text_containing(&phone, &format!("{landlord} .saved"), "Recorded", WAIT)
            .await;
    assert!(saved.contains("Broken since 20 May 2026"), "{saved}");
    let url = phone.current_url().await;
    assert!(
        url.ends_with("/follow-up?saved=c.inspections.landlord#c.inspections.landlord"),
        "{url}"
    );
    let history = web::text_of(&phone, &format!("{landlord} .history"))
        .await
        .unwrap();
    assert!(
        history.contains("20 May 2026") && history.contains("مسجد النور asked again 🌍"),
        "{history}"
    );
    assert_eq!(
        web::attr_of(&phone, &landlord, "data-status")
            .await
            .unwrap(),
        Some("broken".into())
    );
    fit::assert_fits(
        &phone,
        "follow-up-nojs-saved-360x740",
        &[
            (&format!("{landlord} h3"), 0.0, 1),
            (&format!("{landlord} .saved"), 0.0, 1),
        ],
    )
    .await;
    let problems = layout_problems(&phone).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let record = server.get("/export/record.json").json();
    let step = &record["follow_ups"][3];
    assert_eq!(step["holder"], "landlord");
    assert_eq!(step["status"], "broken");
    assert_eq!(step["on"], "2026-05-20");

    // The same on a laptop: the waffler is chased, dated the day before.
    let laptop = browser.client_without_js(1024, 768).await;
    laptop
        .goto(&server.url(&format!("/follow-up?key={KEY}")))
        .await;
    let nhs = article("inspections", "nhs");
    fill_step(
        &laptop,
        &nhs,
        "in_progress",
        "2026-05-19",
        "Asked for the board minutes",
    )
    .await;
    web::click(&laptop, &format!("{nhs} button[type=submit]"), WAIT).await;
    let saved =
        web::wait_for_text_containing(&laptop, &format!("{nhs} .saved"), "Recorded", WAIT).await;
    assert!(saved.contains("In progress since 19 May 2026"), "{saved}");
    fit::assert_fits(
        &laptop,
        "follow-up-nojs-saved-1024x768",
        &[
            (&format!("{nhs} h3"), 0.0, 1),
            (&format!("{nhs} .saved"), 0.0, 1),
            (&format!("{nhs} .history"), 0.0, 1),
        ],
    )
    .await;
    let problems = layout_problems(&laptop).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_step_is_recorded_with_javascript_and_the_page_follows_live() {
    web::on_a_big_stack(with_javascript());
}

async fn with_javascript() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let browser = Browser::new();
    for (width, height) in [(1024, 768), (360, 740)] {
        let size = format!("{width}x{height}");
        let client = browser.client(width, height).await;
        client
            .goto(&server.url(&format!("/follow-up?key={KEY}")))
            .await;
        web::live(&client).await;
        fit::assert_fits(
            &client,
            &format!("follow-up-js-top-{size}"),
            &[("header.bar h1", 0.0, 1), ("#filters a", 0.0, 5)],
        )
        .await;

        // The absent police chief is chased: in progress since a past day.
        let police = article("inspections", "police");
        let day = if width > 400 {
            "2026-05-22"
        } else {
            "2026-05-23"
        };
        fill_step(
            &client,
            &police,
            "in_progress",
            day,
            "Letter to the commander",
        )
        .await;
        fit::assert_fits(
            &client,
            &format!("follow-up-js-form-{size}"),
            &[
                (&format!("{police} .statuses label"), 0.0, 4),
                (&format!("{police} details.record summary"), 0.0, 1),
            ],
        )
        .await;
        web::click(&client, &format!("{police} button[type=submit]"), WAIT).await;
        let saved =
            web::wait_for_text_containing(&client, &format!("{police} .saved"), "Recorded", WAIT)
                .await;
        let shown_day = if width > 400 {
            "22 May 2026"
        } else {
            "23 May 2026"
        };
        assert!(
            saved.contains(&format!("In progress since {shown_day}")),
            "{saved}"
        );
        assert!(
            !client.current_url().await.contains("saved="),
            "sent over the API, without leaving the page"
        );
        let history = web::text_of(&client, &format!("{police} .history"))
            .await
            .unwrap();
        assert!(history.contains("Letter to the commander"), "{history}");
        let note = note_in(&client, &police).await;
        assert_eq!(note, "", "the form is ready for the next step");
        let problems = layout_problems(&client).await;
        assert!(problems.is_empty(), "{size}: {}", problems.join("\n"));
        web::screenshot(&client, &format!("follow-up-js-saved-{size}")).await;

        // A refusal says what went wrong, at the form, and keeps the note.
        fill_step(&client, &police, "achieved", "2099-01-01", "Too early").await;
        client
            .execute(
                "document.querySelector(arguments[0]).removeAttribute('max')",
                vec![json!(format!(r#"{police} input[name="at"]"#))],
            )
            .await
            .unwrap();
        web::click(&client, &format!("{police} button[type=submit]"), WAIT).await;
        let error = web::wait_for_text_containing(
            &client,
            &format!("{police} form.step .form-error"),
            "Not recorded",
            WAIT,
        )
        .await;
        assert!(error.contains("once it has happened"), "{error}");
        fit::assert_fits(
            &client,
            &format!("follow-up-js-refused-{size}"),
            &[(&format!("{police} form.step .form-error"), 0.0, 1)],
        )
        .await;

        // Another organiser records a step: this page shows it, live.
        let nhs = article("inspections", "nhs");
        server.must(&format!(
            r#"{{"cmd":"follow_up","ask":"inspections","holder":"nhs","status":"achieved","note":"Board approved {size}","at":"2026-05-21"}}"#
        ));
        web::wait_for_text_containing(&client, &format!("{nhs} .history"), &size, WAIT).await;
        let facts = web::text_of(&client, &format!("{nhs} .facts"))
            .await
            .unwrap();
        assert!(facts.contains("Achieved since 21 May 2026"), "{facts}");
        let achieved = web::text_of(&client, r#"#filters a[href$="achieved"]"#)
            .await
            .unwrap();
        assert!(achieved.ends_with('1'), "the counts follow: {achieved}");
        client.close().await;
    }
}

/// The four screens a chair uses: nothing sideways, every control at least
/// 44 px, with an open form and a long history.
#[test]
fn the_page_fits_every_screen_a_chair_uses() {
    web::on_a_big_stack(fits());
}

async fn fits() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let long = "Met at the town hall with the housing team and three tenants from the Canal \
                Estate; the leader promised a written answer before the summer recess. "
        .repeat(6);
    let long = &long[..1000.min(long.len())];
    for (status, day) in [("in_progress", "2026-05-20"), ("broken", "2026-06-03")] {
        server.must(
            &json!({
                "cmd": "follow_up", "ask": "inspections", "holder": "leader",
                "status": status, "at": day, "note": long.trim(),
            })
            .to_string(),
        );
    }
    let browser = Browser::new();
    let client = browser.client(360, 740).await;
    client
        .goto(&server.url(&format!("/follow-up?key={KEY}")))
        .await;
    let leader = article("inspections", "leader");
    for (width, height) in [(360, 740), (768, 1024), (1024, 768), (1280, 720)] {
        client.resize(width, height).await;
        client.refresh().await;
        web::live(&client).await;
        scroll_to(&client, &leader).await;
        web::click(&client, &format!("{leader} summary"), WAIT).await;
        let problems = layout_problems(&client).await;
        assert!(
            problems.is_empty(),
            "{width}x{height}: {}",
            problems.join("\n")
        );
        scroll_to(&client, &format!("{leader} .statuses")).await;
        fit::assert_fits(
            &client,
            &format!("follow-up-fit-{width}x{height}"),
            &[
                (&format!("{leader} .statuses label"), 0.0, 4),
                (&format!("{leader} input[name=\"at\"]"), 0.0, 1),
            ],
        )
        .await;
    }
}

/// A step dated before the assembly (a slip of the year, most often) is
/// asked about, and recorded only once the chair says to save it anyway.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_dated_before_the_assembly_is_asked_about_then_saved() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let browser = Browser::new();
    let client = browser.client(1024, 768).await;
    client
        .goto(&server.url(&format!("/follow-up?key={KEY}")))
        .await;
    let police = article("short", "police");
    fill_step(&client, &police, "in_progress", "2025-05-20", "Letter sent").await;
    web::click(&client, &format!("{police} button[type=submit]"), WAIT).await;
    let asked = web::wait_for_text_containing(
        &client,
        &format!("{police} form.step .form-error"),
        "Save anyway?",
        WAIT,
    )
    .await;
    assert!(
        asked.contains("This date is before the assembly (14 May 2026)"),
        "{asked}"
    );
    web::screenshot(&client, "follow-up-before-assembly-1024x768").await;
    web::click(&client, &format!("{police} .confirm-early"), WAIT).await;
    let facts =
        web::wait_for_text_containing(&client, &format!("{police} .facts"), "20 May 2025", WAIT)
            .await;
    assert!(facts.contains("In progress"), "{facts}");
    client.close().await;
}
