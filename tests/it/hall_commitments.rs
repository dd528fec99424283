//! The follow-up page's owner and due day form and its public-note field
//! in a real browser, on the stress plan with a 200-character owner (accents,
//! Arabic, emoji) and a 280-character public note: at 320x568 and 1280x720
//! each is on screen when scrolled to and not covered, nothing spills past
//! the right edge, every control is a large target; the form saves.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::record::stress_night;
use common::{KEY, Server, fit, stress};
use serde_json::json;

fn article(ask: &str, holder: &str) -> String {
    format!(r#"article[id="c.{ask}.{holder}"]"#)
}

/// Anything past the right edge, and any control under 44 px either way.
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
            const controls = "button, summary, select, .filter-overdue, input[type=text], input[type=date], textarea";
            for (const e of document.querySelectorAll(controls)) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue; // closed <details>
              if (r.width < 44 || r.height < 44) out.push(`${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}" is ${Math.round(r.width)}x${Math.round(r.height)}, under 44 px`);
            }
            return out.slice(0, 12);
            "#,
            vec![],
        )
        .await
        .expect("the layout check runs");
    (found.as_array().cloned().unwrap_or_default())
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owner_form_and_the_public_note_fit_a_small_phone_and_a_laptop() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let owner: String = "Père Élie Kowalczyk, Église Saint-Wilfrid — مسجد النور 🕌✊ "
        .chars()
        .cycle()
        .take(199)
        .collect::<String>()
        + "x";
    let public: String = "Motion tabled for July — اقتراح 🗳️ the council will answer in writing. "
        .chars()
        .cycle()
        .take(279)
        .collect::<String>()
        + "x";
    server.must(
        &json!({"cmd": "follow_up", "ask": "inspections", "holder": "police",
                "status": "in_progress", "at": "2026-05-20", "public_note": public,
                "note": "Private: rang the office"})
        .to_string(),
    );
    let police = article("inspections", "police");
    let browser = Browser::new();
    for (width, height) in [(320, 568), (1280, 720)] {
        let size = format!("{width}x{height}");
        // Overdue again (the last size saved a day ahead).
        server.must(
            &json!({"cmd": "commitment", "ask": "inspections", "holder": "police",
                    "owner": owner, "due": "2026-06-01"})
            .to_string(),
        );
        let client = browser.client(width, height).await;
        client
            .goto(&server.url(&format!("/follow-up?key={KEY}")))
            .await;
        web::live(&client).await;
        // The filters, at the top.
        fit::scroll_to(&client, "#filter-form").await;
        fit::assert_fits(
            &client,
            &format!("commitments-filters-{size}"),
            &[
                ("#filter-form select", 0.0, 1),
                ("#filter-form .filter-overdue", 0.0, 1),
                ("#filter-form button", 0.0, 1),
            ],
        )
        .await;
        // Where it stands: owner, due, the overdue badge in words.
        fit::scroll_to(&client, &format!("{police} .facts")).await;
        fit::assert_fits(
            &client,
            &format!("commitments-facts-{size}"),
            &[
                (&format!("{police} .facts .owner"), 0.0, 1),
                (&format!("{police} .facts .badge-overdue"), 0.0, 1),
            ],
        )
        .await;
        let badge = web::text_of(&client, &format!("{police} .badge-overdue"))
            .await
            .unwrap();
        assert_eq!(badge.to_lowercase(), "overdue", "said in words");

        // The owner and due day form.
        fit::scroll_to(&client, &format!("{police} details.chase summary")).await;
        web::click(&client, &format!("{police} details.chase summary"), WAIT).await;
        for (field, shot) in [("input[name=\"due\"]", "due"), ("button", "button")] {
            let css = format!("{police} form.chase {field}");
            fit::scroll_to(&client, &css).await;
            fit::assert_fits(
                &client,
                &format!("commitments-chase-{shot}-{size}"),
                &[(&css, 0.0, 1)],
            )
            .await;
        }
        // A 200-character owner scrolls inside its one-line box, as any
        // text field does; the box itself is on screen and uncovered.
        let css = format!("{police} form.chase input[name=\"owner\"]");
        fit::scroll_to(&client, &css).await;
        web::screenshot(&client, &format!("commitments-chase-owner-{size}")).await;
        let (count, problems) = fit::problems(&client, &css, 0.0).await;
        let problems: Vec<&String> = (problems.iter())
            .filter(|p| !p.contains("is clipped by its own box"))
            .collect();
        assert!(count == 1 && problems.is_empty(), "{size}: {problems:?}");
        let label = format!(r#"{police} label[for="c.inspections.police.owner"]"#);
        fit::scroll_to(&client, &label).await;
        fit::assert_fits(
            &client,
            &format!("commitments-owner-label-{size}"),
            &[(&label, 0.0, 1)],
        )
        .await;

        // The step form's public note, labelled as published.
        web::click(&client, &format!("{police} details.record summary"), WAIT).await;
        let note = format!(r#"{police} textarea[name="public_note"]"#);
        let label = format!(r#"{police} label[for="c.inspections.police.public_note"]"#);
        fit::scroll_to(&client, &note).await;
        fit::assert_fits(
            &client,
            &format!("commitments-public-note-{size}"),
            &[(&note, 0.0, 1), (&label, 0.0, 1)],
        )
        .await;
        let said = web::text_of(&client, &label).await.unwrap();
        assert!(said.contains("published"), "{said}");
        let problems = layout_problems(&client).await;
        assert!(problems.is_empty(), "{size}: {}", problems.join("\n"));

        // The form saves: a plain POST, back at the commitment.
        let typed = format!("Fr Peter, St Wilfrid's {width}");
        type_into(&client, &format!("{police} input[name=\"owner\"]"), &typed).await;
        type_into(
            &client,
            &format!("{police} input[name=\"due\"]"),
            "2099-12-31",
        )
        .await;
        web::click(&client, &format!("{police} form.chase button"), WAIT).await;
        let saved = web::wait_for_text_containing(
            &client,
            &format!("{police} .saved"),
            "Owner and due date saved",
            WAIT,
        )
        .await;
        assert!(saved.contains("saved"), "{saved}");
        let facts = web::text_of(&client, &format!("{police} .facts"))
            .await
            .unwrap();
        assert!(
            facts.contains(&typed) && facts.contains("31 December 2099"),
            "{facts}"
        );
        assert!(!facts.to_lowercase().contains("overdue"), "{facts}");
        fit::assert_fits(
            &client,
            &format!("commitments-saved-{size}"),
            &[(&format!("{police} .saved"), 0.0, 1)],
        )
        .await;
        // A step recorded elsewhere redraws the card live: the page does
        // not say "saved" twice.
        web::live(&client).await;
        server
            .must(r#"{"cmd":"follow_up","ask":"inspections","holder":"police","status":"broken"}"#);
        web::wait_for_text_containing(&client, &format!("{police} .facts"), "Broken", WAIT).await;
        let said = client
            .find_all(&format!("{police} .saved"))
            .await
            .unwrap()
            .len();
        assert_eq!(said, 1, "{size}: one confirmation");
        client.close().await;
    }
}

/// Another organiser sets an owner: the open page shows it without a
/// reload, in the facts and in the (closed) owner form, and the overdue
/// badge follows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owner_set_elsewhere_reaches_the_open_page_live() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), Some(&stress()));
    stress_night(&server);
    let browser = Browser::new();
    let client = browser.client(1024, 768).await;
    client
        .goto(&server.url(&format!("/follow-up?key={KEY}")))
        .await;
    web::live(&client).await;
    let leader = article("inspections", "leader");
    server.must(
        r#"{"cmd":"commitment","ask":"inspections","holder":"leader","owner":"huda","due":"2026-06-01"}"#,
    );
    let facts =
        web::wait_for_text_containing(&client, &format!("{leader} .facts"), "Masjid Al-Hudā", WAIT)
            .await;
    assert!(facts.to_lowercase().contains("overdue"), "{facts}");
    let typed = client
        .find(&format!(r#"{leader} input[name="owner"]"#))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(typed, "huda", "the closed form has the owner as it is now");
    let class = web::attr_of(&client, &leader, "class").await.unwrap();
    assert!(class.unwrap_or_default().contains("overdue"));
    client.close().await;
}
