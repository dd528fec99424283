//! The catalogues against the code: every message a page uses exists in
//! every language, no catalogue keeps a message nothing uses, every code
//! the domain sends has its words, and every catalogue parses.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;
use crate::domain::{Answer, ItemKind};

/// The calls Rust code names its messages with; a key ending in `-` is a
/// family (`l.family("kind-", code)`).
const RUST_CALLS: [&str; 5] = [
    ".t(\"",
    ".t_with(\"",
    ".rich(\"",
    ".family(\"",
    ".family_with(\"",
];

/// Messages no page names but every catalogue must have: what the
/// catalogue says about itself.
const ABOUT: [&str; 3] = ["language-name", "language-direction", "language-label"];

/// Families of codes the domain sends, each with every code: the pages
/// render them with `family(prefix, code)` or `I18n.t(prefix + code)`.
fn families() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("kind-", ItemKind::ALL.iter().map(|k| k.as_str()).collect()),
        ("answer-", Answer::ALL.iter().map(|a| a.as_str()).collect()),
        ("phase-", vec!["not_started", "ended"]),
        (
            "followup-",
            crate::record::SCORECARD
                .iter()
                .map(|s| s.as_str())
                .collect(),
        ),
        (
            "report-month-",
            vec![
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
            ],
        ),
        ("report-weekday-", vec!["1", "2", "3", "4", "5", "6", "7"]),
        (
            "desk-stage-",
            vec!["planned", "live", "unfinished", "ended"],
        ),
        ("refusal-", crate::protocol::refusal_codes().collect()),
    ]
}

fn sources(dir: &Path, ext: &str, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

fn rust_keys(source: &str) -> Vec<&str> {
    super::js::keys_named(source, &RUST_CALLS)
}

/// Every key (or family prefix) the pages name, with where.
fn used() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut rust = Vec::new();
    sources(&root.join("src"), "rs", &mut rust);
    let mut js = Vec::new();
    sources(&root.join("assets"), "js", &mut js);
    let mut used = Vec::new();
    for (file, text) in &rust {
        // The i18n module names calls in its docs, not messages; its
        // refusals are rendered there.
        if file.contains("/src/i18n/") && !file.ends_with("/refusals.rs") {
            continue;
        }
        used.extend(
            rust_keys(text)
                .into_iter()
                .map(|k| (k.to_owned(), file.clone())),
        );
    }
    for (file, text) in &js {
        used.extend(
            keys_used_in_script(text)
                .into_iter()
                .map(|k| (k.to_owned(), file.clone())),
        );
    }
    used
}

#[test]
fn the_six_languages_are_shipped() {
    let codes = codes();
    for code in ["en", "cy", "ar", "ur", "pl", "so"] {
        assert!(codes.contains(&code), "{code} is missing from {codes:?}");
    }
    assert_eq!(codes[0], "en", "English comes first");
}

#[test]
fn every_catalogue_parses_and_says_what_it_is() {
    for file in files().files() {
        let source = file.contents_utf8().expect("catalogues are UTF-8");
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{}: {errors:?}", file.path().display());
        }
    }
    for lang in all() {
        assert!(!lang.name().is_empty(), "{lang:?} has no language-name");
        let dir = lang.t("language-direction");
        assert!(
            dir == "ltr" || dir == "rtl",
            "{lang:?}: language-direction is {dir:?}"
        );
        if lang.code() != "en" {
            let file = crate::assets::FILES
                .get_file(format!("locales/{}.ftl", lang.code()))
                .unwrap();
            assert!(
                file.contents_utf8()
                    .unwrap()
                    .contains("native speaker should review"),
                "{lang:?} does not ask for a native speaker's review"
            );
        }
    }
    assert!(find("ar").unwrap().is_rtl() && find("ur").unwrap().is_rtl());
    assert!(!find("cy").unwrap().is_rtl());
}

#[test]
fn no_catalogue_names_a_message_twice() {
    // Fluent keeps the first of two and says so only in the log: the
    // second's words would never show.
    for lang in all() {
        let mut seen = BTreeSet::new();
        let twice: Vec<&String> = lang.keys().iter().filter(|k| !seen.insert(*k)).collect();
        assert!(twice.is_empty(), "{lang:?} names these twice: {twice:?}");
    }
}

#[test]
fn every_catalogue_has_exactly_the_messages_english_has() {
    let english: BTreeSet<&String> = english().keys().iter().collect();
    for lang in all() {
        let keys: BTreeSet<&String> = lang.keys().iter().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_a_page_uses_exists_and_every_message_is_used() {
    let used = used();
    let keys: BTreeSet<&str> = english().keys().iter().map(String::as_str).collect();
    for (key, file) in &used {
        if key.ends_with('-') {
            assert!(
                keys.iter().any(|k| k.starts_with(key.as_str())),
                "{file} names the family {key:?}, which has no messages"
            );
        } else {
            assert!(
                keys.contains(key.as_str()),
                "{file} uses {key:?}, which no catalogue has"
            );
        }
    }
    for key in &keys {
        let named = used.iter().any(|(u, _)| {
            if u.ends_with('-') {
                key.starts_with(u.as_str())
            } else {
                u == key
            }
        });
        assert!(
            named || ABOUT.contains(key),
            "{key:?} is in the catalogues but no page uses it"
        );
    }
}

#[test]
fn every_code_the_domain_sends_has_words_in_every_language() {
    for (prefix, codes) in families() {
        for lang in all() {
            for code in &codes {
                let key = format!("{prefix}{code}");
                assert!(lang.has(&key), "{lang:?} has no {key:?}");
            }
        }
        // And no message of the family is for a code that does not exist.
        for key in english().keys().iter().filter(|k| k.starts_with(prefix)) {
            let code = &key[prefix.len()..];
            assert!(
                codes.contains(&code),
                "{key:?} is for no code the domain sends"
            );
        }
    }
}

#[test]
fn scripts_get_only_what_they_can_render() {
    // Scripts render text, variables and choices on a variable; message
    // references are followed. Anything else (terms, functions) would show
    // as nothing, so it is kept out of the messages scripts use.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut js = Vec::new();
    sources(&root.join("assets"), "js", &mut js);
    let sources: Vec<&str> = js.iter().map(|(_, s)| s.as_str()).collect();
    for lang in all() {
        for key in script_keys(lang, &sources) {
            let entry = lang
                .0
                .bundle
                .get_message(key)
                .and_then(|m| m.value())
                .unwrap();
            let text = format!("{entry:?}");
            assert!(
                !text.contains("TermReference") && !text.contains("FunctionReference"),
                "{lang:?} {key}: scripts cannot render terms or functions"
            );
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let cy = find("cy").unwrap();
    let ar = find("ar").unwrap();
    assert_eq!(cy.number(1234), "1,234");
    assert_eq!(ar.number(1234), "١٬٢٣٤");
    assert_eq!(find("pl").unwrap().number(12345), "12\u{a0}345");
}

#[test]
fn accept_language_is_read_by_preference() {
    assert_eq!(
        preferred("cy-GB,cy;q=0.9,en;q=0.8"),
        vec!["cy-GB", "cy", "en"]
    );
    assert_eq!(preferred("en;q=0.2, ar"), vec!["ar", "en"]);
    assert_eq!(preferred("*, fr;q=0"), Vec::<&str>::new());
    let huge = "xx,".repeat(10_000);
    assert!(preferred(&huge).len() <= 32);
    let mut headers = axum::http::HeaderMap::new();
    headers.insert("accept-language", "fr-FR, ur;q=0.5".parse().unwrap());
    assert_eq!(negotiate(&headers, "en").code(), "ur");
    headers.insert("cookie", "a=b; assembly_lang=pl".parse().unwrap());
    assert_eq!(
        negotiate(&headers, "en").code(),
        "pl",
        "the remembered choice wins"
    );
    headers.insert("cookie", "assembly_lang=xx".parse().unwrap());
    assert_eq!(
        negotiate(&headers, "en").code(),
        "ur",
        "an unknown choice is ignored"
    );
    assert_eq!(negotiate(&axum::http::HeaderMap::new(), "cy").code(), "cy");
    assert_eq!(negotiate(&axum::http::HeaderMap::new(), "de").code(), "en");
}

#[test]
fn rich_messages_escape_text_and_place_markup() {
    let en = english();
    let out = en.rich(
        "connection-reconnecting",
        &[],
        &[("name", maud::html! { strong { "x" } })],
    );
    assert_eq!(out.0, "Reconnecting…");
    assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
}

#[test]
fn scripts_messages_carry_choices_and_digits() {
    let ar = find("ar").unwrap();
    let json = Lang::script_messages(&[ar], &[("live.js", "I18n.t(\"answer-\" + a)")]).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["langs"][0]["lang"], "ar");
    assert_eq!(value["langs"][0]["dir"], "rtl");
    assert_eq!(value["langs"][0]["m"]["answer-yes"][0], "نعم");
    assert_eq!(value["langs"][0]["num"]["digits"], "٠١٢٣٤٥٦٧٨٩");
}
