//! The phone's page in the phone's language, over plain HTTP: chosen by the
//! browser's `Accept-Language`, by the switcher on the page (a link that
//! sets a cookie and comes back, no JavaScript needed), or the plan's own;
//! the plan's texts in that language; and nothing a visitor sends (a
//! forged cookie, a path for a language, a huge header) gets anything but a
//! page in a shipped language.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Response, Server, request};

fn languages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages.toml")
}

fn get(server: &Server, path: &str, headers: &[(&str, &str)]) -> Response {
    request(server.addr, "GET", path, headers, "")
}

/// The `<html ...>` opening tag of a page.
fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an <html> element");
    let end = start + body[start..].find('>').expect("a whole tag");
    &body[start..=end]
}

/// A page in `code`, whole: the right `lang` and `dir`, and no message
/// left as its key.
fn assert_in(page: &Response, code: &str, dir: &str) {
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(
        html_tag(&page.body),
        format!("<html lang=\"{code}\" dir=\"{dir}\">")
    );
    assert!(
        !page.body.contains(">join-"),
        "a message is missing in {code}"
    );
}

#[test]
fn a_phone_asking_for_arabic_gets_arabic_and_the_plans_arabic_texts() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), Some(&languages()));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"goto","item":7}"#);
    let page = get(
        &server,
        "/join",
        &[("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5")],
    );
    assert_in(&page, "ar", "rtl");
    let body = &page.body;
    for words in ["ابحث عن مجموعتك", "مع من جئت؟", "بمفردي", "جدول الفقرات"]
    {
        assert!(body.contains(words), "the Arabic interface says {words:?}");
    }
    // The plan's own Arabic: title, the ask, the pledge, the groups.
    for text in [
        "جمعية مساءلة المواطنين في ريفرسايد 2026",
        "هل يلتزم كل واحد منكم، الليلة وكتابةً",
        "هل ستخصص أمسيتين خلال الشهر القادم",
        "مسجد الهدى، المركز الإسلامي التعليمي والثقافي",
    ] {
        assert!(body.contains(text), "the plan's Arabic {text:?}");
    }
    // Search finds a group by its plan name too.
    assert!(
        body.contains(r#"data-also="Masjid Al-Hudā"#),
        "the original name for search"
    );
    // Counts in Arabic digits.
    assert!(body.contains("٠"), "numbers in Arabic digits");
    assert!(!body.contains("Search for your group"), "no English left");
}

#[test]
fn the_switcher_lists_every_language_and_remembers_the_choice_without_javascript() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), Some(&languages()));
    let page = get(&server, "/join", &[]);
    assert_in(&page, "en", "ltr");
    let nav = &page.body[page.body.find("<nav").expect("a switcher")..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert!(nav.contains(r#"aria-label="Language""#), "{nav}");
    for (code, name) in [
        ("en", "English"),
        ("cy", "Cymraeg"),
        ("ar", "العربية"),
        ("ur", "اردو"),
        ("pl", "Polski"),
        ("so", "Soomaali"),
    ] {
        let link = format!(r#"href="/join?lang={code}" lang="{code}" hreflang="{code}""#);
        assert!(nav.contains(&link), "{code}: {nav}");
        assert!(nav.contains(name), "{name}");
    }
    assert_eq!(nav.matches("aria-current=\"true\"").count(), 1, "{nav}");
    assert!(
        nav.contains(r#"hreflang="en" dir="ltr" aria-current="true""#),
        "{nav}"
    );

    let switched = get(&server, "/join?lang=cy", &[]);
    assert_eq!(switched.status, 303);
    assert_eq!(switched.header("location"), Some("/join"));
    let cookie = switched
        .header("set-cookie")
        .expect("the choice is remembered");
    assert!(cookie.starts_with("assembly_lang=cy;"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let welsh = get(
        &server,
        "/join",
        &[("Cookie", "assembly_lang=cy"), ("Accept-Language", "ar")],
    );
    assert_in(&welsh, "cy", "ltr");
    assert!(welsh.body.contains("Chwiliwch am eich grŵp"));
    assert!(
        welsh
            .body
            .contains("Cynulliad Atebolrwydd Dinasyddion Glan-yr-Afon 2026")
    );
    assert!(
        welsh
            .body
            .contains(r#"hreflang="cy" dir="ltr" aria-current="true""#)
    );
    let vary = welsh
        .header("vary")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        vary.contains("cookie") && vary.contains("accept-language"),
        "{vary}"
    );

    // Every language the page ships, right way round, nothing missing.
    for lang in ["en", "cy", "ar", "ur", "pl", "so"] {
        let cookie = format!("assembly_lang={lang}");
        let page = get(&server, "/join", &[("Cookie", &cookie)]);
        let dir = if lang == "ar" || lang == "ur" {
            "rtl"
        } else {
            "ltr"
        };
        assert_in(&page, lang, dir);
        let poster = get(&server, "/join/poster", &[("Cookie", &cookie)]);
        assert_in(&poster, lang, dir);
    }
}

#[test]
fn the_cookie_is_secure_where_the_device_cookie_is() {
    // The phone comes by the https public address (as through a proxy
    // that keeps the Host), so both cookies are Secure...
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let server = Server::start_with(
        data.path(),
        Some(&languages()),
        &format!("127.0.0.1:{port}"),
        &["--public-url", &format!("https://127.0.0.1:{port}")],
    );
    let switched = get(&server, "/join?lang=ar", &[]);
    assert_eq!(switched.status, 303);
    let cookie = switched.header("set-cookie").unwrap();
    assert!(
        cookie.contains("assembly_lang=ar") && cookie.contains("; Secure"),
        "{cookie}"
    );
    let (phone, _) = server.check_in(None, "");
    assert!(phone.header("set-cookie").unwrap().contains("; Secure"));
    drop(server);

    // ...and neither is when it came by another, plain-http address.
    let data = tempfile::tempdir().unwrap();
    let server = Server::start_with(
        data.path(),
        Some(&languages()),
        "127.0.0.1:0",
        &["--public-url", "https://hall.example.org"],
    );
    let switched = get(&server, "/join?lang=ar", &[]);
    let cookie = switched.header("set-cookie").unwrap();
    assert!(!cookie.contains("Secure"), "{cookie}");
    let (phone, _) = server.check_in(None, "");
    assert!(!phone.header("set-cookie").unwrap().contains("Secure"));
}

#[test]
fn nothing_a_phone_sends_gets_anything_but_a_page_in_a_shipped_language() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), Some(&languages()));
    let huge = "x".repeat(4000);
    for wanted in [
        "../../etc",
        "..%2F..%2Fetc%2Fpasswd",
        "",
        "xx",
        // As a browser sends `<script>`.
        "%3Cscript%3E",
        huge.as_str(),
    ] {
        let path = format!("/join?lang={wanted}");
        let answer = get(&server, &path, &[]);
        assert_eq!(answer.status, 303, "{wanted:.40}");
        assert_eq!(answer.header("location"), Some("/join"));
        assert!(
            answer.header("set-cookie").is_none(),
            "{wanted:.40} sets nothing"
        );
    }
    // A region still names the language; case does not matter.
    let answer = get(&server, "/join?lang=PL-pl", &[]);
    assert!(
        answer
            .header("set-cookie")
            .unwrap()
            .starts_with("assembly_lang=pl;")
    );

    let long = "zz-ZZ;q=0.9, ".repeat(800) + "ur";
    assert!(long.len() > 10_000);
    for headers in [
        vec![("Cookie", "assembly_lang=<script>alert(1)</script>")],
        vec![("Cookie", "assembly_lang=../../etc; other=1")],
        vec![("Accept-Language", long.as_str())],
        vec![("Accept-Language", "*;q=abc, ;;;, ar;q=")],
        vec![("Cookie", "assembly_lang="), ("Accept-Language", "")],
    ] {
        let page = get(&server, "/join", &headers);
        assert_eq!(page.status, 200, "{:.60?}", headers);
        let tag = html_tag(&page.body);
        let shipped = ["en", "cy", "ar", "ur", "pl", "so"]
            .iter()
            .any(|c| tag.contains(&format!("lang=\"{c}\"")));
        assert!(shipped, "{tag}");
        assert!(
            !page.body.contains("<script>alert"),
            "nothing sent comes back as markup"
        );
    }
    // The first 32 entries only: the Urdu at the end of 10 KB is not read.
    let page = get(&server, "/join", &[("Accept-Language", long.as_str())]);
    assert_in(&page, "en", "ltr");
}
