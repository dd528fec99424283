//! Every screen from a phone to a projector, and plans that come from a
//! file or a spreadsheet import.

use super::common::browser::{self as web, Browser, Client, WAIT};
use super::common::{Server, fit};
use super::page::*;
use serde_json::{Value, json};

/// Buttons, fields and links smaller than a finger: `tag text WxH`.
async fn small_targets(client: &Client) -> Vec<String> {
    let found = js(client, r#"
        const small = [];
        for (const e of document.querySelectorAll("button, input:not([type=checkbox]):not([type=file]), select, textarea, .upload label, header a, .jump a, .targets label")) {
          const r = e.getBoundingClientRect();
          if (!r.width || !r.height) continue;
          if (r.height < 44 - 0.5 || (e.matches("button, a") && r.width < 44 - 0.5)) {
            small.push(`${e.tagName.toLowerCase()} ${(e.id || e.textContent).trim().slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`);
          }
        }
        return small;"#).await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_form_fits_tablets_laptops_and_a_phone() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), Some(&stress()));
        server.check_in(None, "huda");
        let browser = Browser::new();
        let client = browser.client(1280, 720).await;
        open_setup(&client, &server).await;
        retype(&client, "items.0.duration", "2:3x").await;
        error_beside(&client, "items.0.duration", "not a length").await;

        let mut failures = Vec::new();
        for (w, h) in [
            (768, 1024),
            (1024, 768),
            (1280, 720),
            (1920, 1080),
            (360, 740),
        ] {
            client.resize(w, h).await;
            let widths = js(
                &client,
                "return [document.documentElement.scrollWidth, innerWidth]",
            )
            .await;
            if widths[0].as_i64() > widths[1].as_i64() {
                failures.push(format!("{w}x{h}: scrolls sideways ({widths})"));
            }
            let small = small_targets(&client).await;
            if !small.is_empty() {
                failures.push(format!(
                    "{w}x{h}: targets under 44 px: {}",
                    small.join("; ")
                ));
            }
            js(&client, "scrollTo(0, 0)").await;
            fit::assert_fits(
                &client,
                &format!("setup-top-{w}x{h}"),
                &[
                    ("#save", 0.0, 1),
                    ("#dirty", 0.0, 1),
                    (".toolbar .button", 0.0, 1),
                    (".upload label", 0.0, 1),
                ],
            )
            .await;
            // Each part, scrolled to the middle of the screen (`#id` or a selector).
            for (name, part, rules) in [
                (
                    "summary",
                    "#summary",
                    vec![("#summary h2", 0.0, 1), ("#problems a", 0.0, 1)],
                ),
                (
                    "locked-institution",
                    "#institutions > li:nth-child(2)",
                    vec![
                        ("#institutions > li:nth-child(2) .why", 0.0, 1),
                        (
                            "#institutions > li:nth-child(2) [data-f=\"name\"] label",
                            0.0,
                            1,
                        ),
                    ],
                ),
                (
                    "duration-error",
                    "[id=\"items.0.duration\"]",
                    vec![
                        ("[id=\"items.0.duration\"]", 0.0, 1),
                        ("[id=\"items.0.duration-error\"]", 0.0, 1),
                    ],
                ),
                (
                    "item-buttons",
                    "#items > li:first-child .actions",
                    vec![("#items > li:first-child .actions button", 0.0, 3)],
                ),
                (
                    "ask-holders",
                    "[id=\"asks.0.to\"]",
                    vec![("[id=\"asks.0.to\"] li label", 0.0, 4)],
                ),
            ] {
                fit::scroll_to(&client, part).await;
                fit::assert_fits(&client, &format!("setup-{name}-{w}x{h}"), &rules).await;
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

#[test]
fn a_file_or_an_import_is_reviewed_in_the_form_before_it_is_saved() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("data"), Some(&stress()));
        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        open_setup(&client, &server).await;

        // A spreadsheet import leaves a draft in sessionStorage for review.
        let mut draft = draft(&server);
        draft["assembly"]["title"] = "Imported assembly".into();
        draft["institutions"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "food-bank", "name": "Riverside Food Bank", "promised": "25"}));
        client
            .execute(
                "sessionStorage.setItem('assembly.draft', arguments[0])",
                vec![draft.to_string().into()],
            )
            .await
            .unwrap();
        client.goto(&server.url("/setup?from=import")).await;
        web::wait_for_text_containing(&client, "#result", "Imported: review and Save", WAIT).await;
        assert_eq!(value(&client, "assembly.title").await, "Imported assembly");
        assert_eq!(
            value(&client, "institutions.16.name").await,
            "Riverside Food Bank"
        );
        assert_eq!(
            js(&client, "return sessionStorage.getItem('assembly.draft')").await,
            Value::Null,
            "taken once"
        );
        assert_eq!(dirty(&client).await.as_deref(), Some("yes"));
        checked_since(&client, 0).await;
        problems_are(&client, 0).await;
        save(&client).await;
        let now = plan(&server);
        assert_eq!(now["assembly"]["title"], "Imported assembly");
        assert_eq!(now["institutions"][16]["id"], "food-bank");
        let title = now["assembly"]["title"].clone();

        // Download gives the plan file; a changed copy uploads into the form.
        let link = web::attr_of(&client, ".toolbar a.button", "href")
            .await
            .unwrap();
        assert_eq!(link.as_deref(), Some("/export/plan.toml"));
        let toml = plan_toml(&server);
        let file = dir.path().join("changed.toml");
        let changed = toml.replacen(
            "title = \"Imported assembly\"",
            "title = \"Uploaded assembly\"",
            1,
        );
        assert_ne!(changed, toml);
        std::fs::write(&file, changed).unwrap();
        upload(&client, &file).await;
        web::wait_for_text_containing(
            &client,
            "#result",
            "Loaded changed.toml: review it, then Save",
            WAIT,
        )
        .await;
        assert_eq!(value(&client, "assembly.title").await, "Uploaded assembly");
        assert_eq!(dirty(&client).await.as_deref(), Some("yes"));
        assert_eq!(
            plan(&server)["assembly"]["title"],
            title,
            "nothing saved yet"
        );

        // A broken file: every problem at its line and column; the form is untouched.
        let broken = dir.path().join("broken.toml");
        std::fs::write(&broken, "[assembly]\ntitle = \"Half\"\n\n[[item]]\ntitle = \"Welcome\"\nkind = \"welcom\"\nminutes = 3\n").unwrap();
        upload(&client, &broken).await;
        let told =
            web::wait_for_text_containing(&client, "#result", "broken.toml was not loaded", WAIT)
                .await;
        assert!(told.contains("Line 6, column"), "{told}");
        assert_eq!(value(&client, "assembly.title").await, "Uploaded assembly");
    });
}
