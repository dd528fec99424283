//! `/setup` with a plan in several languages, in real Chromium: each text
//! has a labelled box per language, a Welsh translation is edited and
//! saved (the others kept), listing a language adds its boxes, and the
//! boxes fit a tablet and a phone.

use crate::common;

use crate::hall_setup::page::*;
use common::browser::{self as web, Browser};
use common::{Server, fit, hall};

/// The words of a box's label, without its value.
async fn label_of(client: &web::Client, id: &str) -> String {
    let script = format!(
        "const label = document.getElementById({id:?}).closest('label'); \
         return [...label.childNodes].filter((n) => !(n instanceof HTMLElement && n.matches('input, textarea'))) \
         .map((n) => n.textContent).join('').replace(/\\s+/g, ' ').trim();"
    );
    js(client, &script).await.as_str().unwrap().to_owned()
}

#[test]
fn an_organiser_edits_a_welsh_translation_and_saves_it() {
    web::on_a_big_stack(async {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), Some(&hall::languages()));
        let before = draft(&server);
        let welcome = before["items"][0]["id"].as_str().unwrap().to_owned();

        let browser = Browser::new();
        let client = browser.client(1024, 768).await;
        open_setup(&client, &server).await;
        problems_are(&client, 0).await;

        // Every text has a box per language, after it, labelled with the
        // language's own name and marked with its language.
        assert_eq!(
            value(&client, "assembly.languages").await,
            "en, cy, ar, ur, pl, so"
        );
        assert_eq!(
            label_of(&client, "items.0.title_cy").await,
            "Item 1 Title (Cymraeg)"
        );
        assert_eq!(
            label_of(&client, "asks.0.text_ar").await,
            "Ask 1 Text (العربية)"
        );
        assert_eq!(
            label_of(&client, "assembly.venue_cy").await,
            "Venue (Cymraeg)"
        );
        assert_eq!(
            value(&client, "items.0.title_cy").await,
            "Croeso i bawb sydd wedi dod heno o bob rhan o’r fwrdeistref"
        );
        let order = js(
            &client,
            "return [...document.querySelector('#items > li').children].map((e) => e.dataset.f).filter(Boolean).slice(0, 7)",
        )
        .await;
        assert_eq!(
            order,
            serde_json::json!([
                "kind", "title", "title_cy", "title_ar", "title_ur", "title_pl", "title_so"
            ])
        );
        let marked = js(
            &client,
            "const e = document.getElementById('asks.0.text_ar'); return [e.tagName, e.lang, e.dir]",
        )
        .await;
        assert_eq!(marked, serde_json::json!(["TEXTAREA", "ar", "auto"]));

        // The Welsh title edited and saved: one change, of that field.
        let welsh = "Croeso cynnes i bawb sydd wedi dod heno";
        retype(&client, "items.0.title_cy", welsh).await;
        let said = save(&client).await;
        assert!(said.contains("Saved: 1 change"), "{said}");
        assert!(
            said.contains(&format!("item {welcome}: title_cy")),
            "{said}"
        );
        let after = draft(&server);
        assert_eq!(after["items"][0]["translations"]["title_cy"], welsh);
        // Everything else is as it was: every other translation kept.
        let mut expected = before.clone();
        expected["items"][0]["translations"]["title_cy"] = welsh.into();
        assert_eq!(after, expected);

        // Listing another language gives every text a box for it; taking
        // it away again takes away the empty boxes.
        retype(&client, "assembly.languages", "en, cy, ar, ur, pl, so, de").await;
        assert_eq!(
            label_of(&client, "institutions.15.name_de").await,
            "Institution 16 Name (de)"
        );
        assert_eq!(label_of(&client, "assembly.title_de").await, "Title (de)");
        let boxes = js(
            &client,
            "return document.querySelectorAll('[data-tr=de]').length",
        )
        .await;
        assert_eq!(boxes, 2 + 16 + 4 + 6 + 1 + 10);
        retype(&client, "items.1.title_de", "Namensaufruf").await;
        checked_since(&client, checks(&client).await).await;
        retype(&client, "assembly.languages", "en, cy, ar, ur, pl, so").await;
        let left = js(&client, "return [...document.querySelectorAll('[data-tr=de]')].map((e) => e.querySelector('input, textarea').id)").await;
        assert_eq!(
            left,
            serde_json::json!(["items.1.title_de"]),
            "a box holding text stays"
        );
        let error = error_beside(&client, "items.1.title_de", "German (de)").await;
        assert!(
            error.contains("which the assembly languages does not list"),
            "{error}"
        );
        retype(&client, "items.1.title_de", "").await;
        problems_are(&client, 0).await;

        // A plan loaded into the form (a file, an import) brings its
        // translations into their boxes, and the form gives them back.
        let saved = draft(&server);
        js(&client, "SetupRows.fill({assembly: {title: 'x', venue: 'y'}, items: [{title: 'z', kind: 'welcome'}]}, {})").await;
        let gone = js(
            &client,
            "return document.querySelectorAll('[data-tr]').length",
        )
        .await;
        assert_eq!(gone, 0, "a plan in one language has no boxes");
        client
            .execute("SetupRows.fill(arguments[0], {})", vec![saved.clone()])
            .await
            .unwrap();
        assert_eq!(value(&client, "items.0.title_cy").await, welsh);
        assert_eq!(
            label_of(&client, "pledges.0.text_so").await,
            "Pledge 1 Text (Soomaali)"
        );
        let back = js(&client, "return SetupRows.collect()").await;
        for section in ["institutions", "power_holders", "asks", "pledges", "items"] {
            for (n, entry) in saved[section].as_array().unwrap().iter().enumerate() {
                assert_eq!(
                    back[section][n]["translations"], entry["translations"],
                    "{section} {n}"
                );
            }
        }
        assert_eq!(
            back["assembly"]["translations"],
            saved["assembly"]["translations"]
        );
        assert_eq!(
            back["assembly"]["languages"],
            saved["assembly"]["languages"]
        );

        // The boxes fit a tablet and a phone, without scrolling sideways.
        for (w, h) in [(1024, 768), (360, 740)] {
            client.resize(w, h).await;
            let widths = js(
                &client,
                "return [document.documentElement.scrollWidth, innerWidth]",
            )
            .await;
            assert!(
                widths[0].as_i64() <= widths[1].as_i64(),
                "{w}x{h} scrolls sideways: {widths}"
            );
            for (name, part) in [("ask", "asks.0.text_cy"), ("item", "items.0.title_ar")] {
                fit::scroll_to(&client, &css(part)).await;
                // The box and its label (a long text scrolls inside its box).
                let (section, f) = (
                    part.split('.').next().unwrap(),
                    part.rsplit('.').next().unwrap(),
                );
                let control = format!("#{section} > li:first-child > [data-f=\"{f}\"]");
                let label = format!("{control} > label");
                fit::assert_fits(
                    &client,
                    &format!("setup-lang-{name}-{w}x{h}"),
                    &[(control.as_str(), 0.0, 1), (label.as_str(), 0.0, 1)],
                )
                .await;
            }
        }
    });
}
