//! A report-back in the browser, on every screen a hall has: the
//! projector lists the holder's earlier commitments (the stress plan's
//! long titles and names, a public note in two scripts) and the chair's
//! tablet has one row of statuses for each; a tap there is on the
//! projector at once.

use crate::common;

use common::browser::{self as web, Browser, WAIT};
use common::hall::{fits_at, seq_now};
use common::{KEY, Server, fit};

#[test]
fn the_projector_and_the_chair_show_a_report_back_on_every_screen() {
    web::on_a_big_stack(report_back());
}

async fn report_back() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let (_, second) = crate::report_back::home_of_two(&home);
    let (server, _) = Server::desk(&home, &["--chair-key", KEY, "--live", &second]);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"next"}"#);
    server.must(
        r#"{"cmd":"message","to":"screen","text":"Councillor Okafor-Whitfield, you told this hall yes in May — أخبرتِ هذه القاعة نعم 🌱 — and the families are here tonight to hear what happened next. Please keep to the point."}"#,
    );
    let browser = Browser::new();
    let screen = browser.client(1280, 720).await;
    screen.goto(&server.url("/screen")).await;
    let chair = browser.client(1024, 768).await;
    chair.goto(&server.url(&format!("/chair?key={KEY}"))).await;
    web::wait_for_text_where(&screen, "#recall [data-recall]", "the status", WAIT, |t| {
        t.contains("IN PROGRESS")
    })
    .await;

    let seq = seq_now(&server);
    for size in fit::PHONES
        .into_iter()
        .chain(fit::TABLETS)
        .chain(fit::PROJECTORS)
    {
        fits_at(
            &screen,
            size,
            seq,
            "report-back-screen",
            &[
                // A list too long for the screen pages itself: what
                // is on the page now must be whole.
                ("#recall > li:not([hidden]) .ask-title", 0.0, 1),
                ("#recall > li:not([hidden]) [data-recall]", 0.02, 1),
                ("#recall > li:not([hidden]) .recall-when", 0.0, 1),
                ("#recall-head", 0.0, 1),
                ("#current-title", 0.0, 1),
                ("#screen-message", 0.0, 1),
            ],
        )
        .await;
        chair.resize(size.0, size.1).await;
        common::hall::fitted(&chair, size, seq).await;
        fit::scroll_to(&chair, "#context .recall").await;
        fit::assert_fits(
            &chair,
            &format!("report-back-chair-{}x{}", size.0, size.1),
            &[
                ("#context .recall:first-of-type button[data-status]", 0.0, 4),
                ("#context .recall:first-of-type input.note", 0.0, 1),
            ],
        )
        .await;
        // Each status's word whole inside its button.
        let spilt = chair
            .execute(
                "return [...document.querySelectorAll('#context button[data-status]')]\
                 .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)\
                 .map((b) => b.textContent);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            spilt,
            serde_json::json!([]),
            "{size:?}: words spill out of their buttons"
        );
    }

    // One tap on the chair: on the projector at once.
    chair.resize(1024, 768).await;
    common::hall::past_the_tap_guard(&chair).await;
    let note = chair.find("#context .recall input.note").await.unwrap();
    note.send_keys("Inspections began in June").await.unwrap();
    chair
        .find("#context .recall button[data-status=achieved]")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    web::wait_for_text_where(
        &screen,
        "#recall [data-recall]",
        "the new status",
        WAIT,
        |t| t.contains("ACHIEVED"),
    )
    .await;
    web::wait_for_text_where(
        &screen,
        "#recall .recall-note",
        "the public note",
        WAIT,
        |t| t.contains("Inspections began in June"),
    )
    .await;
    web::wait_for_attr(
        &chair,
        "#context .recall button[data-status=achieved]",
        "aria-pressed",
        Some("true"),
        WAIT,
    )
    .await;
    web::screenshot(&screen, "report-back-screen-said").await;
}
