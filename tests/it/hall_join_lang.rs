//! The attendee's phone in six languages, in Chromium: a phone set to
//! Arabic reads Arabic right to left and finds its group by either name;
//! the switcher works with scripts off; after switching, live updates come
//! in the new language; every language fits 360 and 320 px phones.
//!
//! Screenshots: `target/screenshots/join-lang-<code>-<w>x<h>.png`.

use crate::common;

use common::browser::{self as web, Browser, Client, WAIT};
use common::hall::languages;
use common::{Server, fit};
use serde_json::json;

async fn html_lang(phone: &Client) -> serde_json::Value {
    phone
        .execute(
            "const h = document.documentElement; return [h.lang, h.dir, getComputedStyle(document.body).direction];",
            vec![],
        )
        .await
        .unwrap()
}

/// Type into the search box; the names still shown.
async fn search(phone: &Client, query: &str) -> Vec<String> {
    let found = phone
        .execute(
            "const box = document.getElementById('search'); box.value = arguments[0]; \
             box.dispatchEvent(new Event('input', { bubbles: true })); \
             return [...document.querySelectorAll('#check-in .choice:not(.own)')] \
               .filter((l) => l.getClientRects().length > 0).map((l) => l.textContent.trim());",
            vec![json!(query)],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[test]
fn a_phone_set_to_arabic_reads_arabic_right_to_left() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&languages()));
        let browser = Browser::new();
        let phone = browser.client_accepting(360, 740, "ar").await;
        phone.goto(&server.url("/join")).await;
        web::live(&phone).await;
        assert_eq!(html_lang(&phone).await, json!(["ar", "rtl", "rtl"]));
        let heading = web::text_of(&phone, "#check-in-heading").await.unwrap();
        assert_eq!(heading, "تسجيل الحضور");
        let turnout = web::text_of(&phone, "#turnout").await.unwrap();
        assert!(
            turnout.contains("٠") && turnout.contains("هاتف"),
            "{turnout}"
        );
        // By its Arabic name, as shown, and by the plan's own name.
        for query in ["الهدى", "huda", "Masjid Al-Huda"] {
            let names = search(&phone, query).await;
            assert!(
                names.iter().any(|n| n.contains("مسجد الهدى")),
                "{query:?} finds the mosque: {names:?}"
            );
        }
        let none = search(&phone, "xyzzy").await;
        assert!(none.is_empty());
        let notice = web::text_of(&phone, "#no-match").await.unwrap();
        assert!(
            notice.contains("xyzzy") && notice.contains("بمفردي"),
            "{notice}"
        );
        search(&phone, "").await;
        // The plan's Arabic, live: the chair moves to the pledge.
        server.must(r#"{"cmd":"start"}"#);
        let seq = server.must(r#"{"cmd":"goto","item":7}"#);
        web::rendered(&phone, seq).await;
        let kind = web::text_of(&phone, "#current-kind").await.unwrap();
        assert_eq!(kind, "تعهّد");
        phone.close().await;
    });
}

#[test]
fn the_switcher_works_without_javascript_and_live_updates_follow_it() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&languages()));
        let browser = Browser::new();
        let (plain, phone) = tokio::join!(
            browser.client_without_js(360, 740),
            browser.client(360, 740)
        );

        // Scripts off: the link sets the cookie and the page comes back Welsh.
        plain.goto(&server.url("/join")).await;
        assert_eq!(html_lang(&plain).await, json!(["en", "ltr", "ltr"]));
        web::click(&plain, r#".langs a[hreflang="cy"]"#, WAIT).await;
        web::wait_for_text(&plain, "#check-in-heading", "Cofrestru", WAIT).await;
        assert_eq!(html_lang(&plain).await, json!(["cy", "ltr", "ltr"]));
        assert!(plain.current_url().await.ends_with("/join"));
        let current = web::attr_of(&plain, r#".langs a[hreflang="cy"]"#, "aria-current")
            .await
            .unwrap();
        assert_eq!(current.as_deref(), Some("true"));
        web::click(&plain, r#".langs a[hreflang="ur"]"#, WAIT).await;
        web::wait_for_text(&plain, "#check-in-heading", "حاضری لگائیں", WAIT).await;
        assert_eq!(html_lang(&plain).await, json!(["ur", "rtl", "rtl"]));

        // Scripts on: switch, then the chair moves; the update is Welsh.
        phone.goto(&server.url("/join")).await;
        web::live(&phone).await;
        web::click(&phone, r#".langs a[hreflang="cy"]"#, WAIT).await;
        web::wait_for_text(&phone, "#check-in-heading", "Cofrestru", WAIT).await;
        web::live(&phone).await;
        server.must(r#"{"cmd":"start"}"#);
        let seq = server.must(r#"{"cmd":"goto","item":1}"#);
        web::rendered(&phone, seq).await;
        let kind = web::text_of(&phone, "#current-kind").await.unwrap();
        assert_eq!(kind, "Galw’r gofrestr");
        let title = web::text_of(&phone, "#current-title").await.unwrap();
        assert!(title.starts_with("Galw’r enwau"), "{title}");
        let seq = server.must(r#"{"cmd":"turnout","institution":"huda","count":2}"#);
        web::rendered(&phone, seq).await;
        let announced = web::text_of(&phone, "#announced").await.unwrap();
        assert!(
            announced.starts_with("2 o bobl wedi’u cyhoeddi"),
            "{announced}"
        );
        let seq = server.must(r#"{"cmd":"end"}"#);
        web::rendered(&phone, seq).await;
        web::wait_for_text(
            &phone,
            "#current-title",
            "Mae’r cynulliad wedi dod i ben",
            WAIT,
        )
        .await;
        let answer = web::text_of(&phone, r#"[data-response="inspections/leader"]"#)
            .await
            .unwrap();
        assert_eq!(answer, "dim ateb");
        tokio::join!(plain.close(), phone.close());
    });
}

#[test]
fn every_language_fits_the_smallest_phones() {
    web::on_a_big_stack(async {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path(), Some(&languages()));
        let browser = Browser::new();
        for (w, h) in fit::PHONES {
            let phone = browser.client(w, h).await;
            for code in ["en", "cy", "ar", "ur", "pl", "so"] {
                phone.goto(&server.url(&format!("/join?lang={code}"))).await;
                web::live(&phone).await;
                let dir = if code == "ar" || code == "ur" {
                    "rtl"
                } else {
                    "ltr"
                };
                assert_eq!(html_lang(&phone).await, json!([code, dir, dir]));
                fit::assert_fits(
                    &phone,
                    &format!("join-lang-{code}-{w}x{h}"),
                    &[
                        (".langs a", 0.0, 6),
                        ("#search", 0.0, 1),
                        ("#check-in label.choice:first-of-type", 0.0, 1),
                    ],
                )
                .await;
                let wide = phone
                    .execute(
                        "const d = document.documentElement; \
                         const out = [...document.querySelectorAll('body *')].filter((e) => { \
                           const r = e.getBoundingClientRect(); \
                           return r.width > 0 && (r.left < -0.5 || r.right > d.clientWidth + 0.5); }) \
                           .map((e) => `${e.tagName}.${e.className}#${e.id}`).slice(0, 5); \
                         const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); \
                         for (let n; (n = walker.nextNode()); ) { const g = document.createRange(); g.selectNodeContents(n); \
                           for (const r of g.getClientRects()) if (r.left < -0.5 || r.right > d.clientWidth + 0.5) out.push(n.textContent.slice(0, 30)); } \
                         for (const e of document.querySelectorAll('body, body *')) if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) out.push(`over ${e.tagName}.${e.className}#${e.id} ${e.scrollWidth}/${e.clientWidth}`); \
                         return [d.scrollWidth, d.clientWidth, out.slice(0, 8)];",
                        vec![],
                    )
                    .await
                    .unwrap();
                assert!(
                    wide[0].as_i64() <= wide[1].as_i64(),
                    "{code} {w}x{h}: the page scrolls sideways: {wide}"
                );
                let small = phone
                    .execute(
                        "return [...document.querySelectorAll('.langs a')] \
                           .map((a) => a.getBoundingClientRect()) \
                           .filter((r) => r.width < 44 || r.height < 44).length;",
                        vec![],
                    )
                    .await
                    .unwrap();
                assert_eq!(small, 0, "{code} {w}x{h}: language links under 44 px");
            }
            phone.close().await;
        }
    });
}
