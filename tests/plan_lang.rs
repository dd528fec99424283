//! Plans in several languages: `[assembly] languages`, `screen_languages`
//! and translations next to their texts (`title_cy`), read, checked and
//! written back.

use assembly::domain::plan::TextKey;
use assembly::plan;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{name}")).expect("the fixture reads")
}

/// A small plan in English and Welsh with `EXTRA` lines in [[ask]].
const SMALL: &str = r#"[assembly]
title = "Riverside Assembly"
title_cy = "Cynulliad Glan-yr-Afon"
venue = "Hall"
languages = ["en", "cy"]

[[power_holder]]
id = "leader"
name = "Cllr Okafor"
role = "Leader"
role_cy = "Arweinydd"

[[ask]]
id = "homes"
title = "Homes"
text = "Will you inspect every damp home?"
EXTRA
to = ["leader"]

[[item]]
title = "Welcome"
title_cy = "Croeso"
kind = "welcome"
minutes = 3
"#;

fn small(extra: &str) -> String {
    SMALL.replace("EXTRA", extra)
}

fn errors(source: &str) -> String {
    plan::parse(source)
        .expect_err("the plan is refused")
        .render("plan.toml")
}

#[test]
fn the_stress_plan_in_six_languages_reads_with_every_text_in_welsh_and_arabic() {
    let plan = plan::parse(&fixture("languages.toml")).expect("languages.toml parses");
    let stress = plan::parse(&fixture("stress.toml")).expect("stress.toml parses");
    assert_eq!(
        plan.assembly.languages,
        ["en", "cy", "ar", "ur", "pl", "so"]
    );
    assert_eq!(plan.assembly.screen_languages, ["en", "cy"]);
    assert_eq!(plan.screen_languages(), ["en", "cy"]);
    assert_eq!(plan.language(), "en");

    // The same plan: ids and plain texts are those of the stress plan.
    let mut plain = plan.clone();
    plain.translations.clear();
    plain.assembly.languages.clear();
    plain.assembly.screen_languages.clear();
    assert_eq!(plain, stress);

    let mut keys = vec![
        TextKey::of("assembly", "", "title"),
        TextKey::of("assembly", "", "venue"),
    ];
    keys.extend(
        plan.items
            .iter()
            .map(|i| TextKey::of("item", &i.id, "title")),
    );
    for a in &plan.asks {
        keys.push(TextKey::of("ask", &a.id, "title"));
        keys.push(TextKey::of("ask", &a.id, "text"));
    }
    keys.extend(
        plan.pledges
            .iter()
            .map(|p| TextKey::of("pledge", &p.id, "text")),
    );
    keys.extend(
        plan.institutions
            .iter()
            .map(|i| TextKey::of("institution", &i.id, "name")),
    );
    keys.extend(
        plan.power_holders
            .iter()
            .map(|h| TextKey::of("holder", &h.id, "role")),
    );
    assert_eq!(keys.len(), 2 + 10 + 6 + 1 + 16 + 4);
    for lang in ["cy", "ar"] {
        let texts = &plan.translations[lang];
        for key in &keys {
            assert!(texts.contains_key(key), "{lang} lacks {key}");
        }
        assert_eq!(texts.len(), keys.len(), "{lang}: {:?}", texts.keys());
    }
    for lang in ["ur", "pl", "so"] {
        assert!(plan.translations[lang].len() >= 5, "{lang}");
    }
    // Items are keyed by their settled ids, derived from the titles.
    let roll_call = plan.items[1].id.as_str();
    assert_eq!(roll_call, "roll-call-of-every-member-institution-an");
    assert_eq!(
        plan.text_in("cy", &TextKey::of("item", roll_call, "title"), ""),
        "Galw’r enwau: pob sefydliad sy’n aelod a’r nifer a addawodd pob un"
    );
    assert_eq!(plan.text_in("ar", "ask.short.text", ""), "هل ستلتقي بنا؟");
}

#[test]
fn translations_sit_next_to_their_texts_and_are_filed_by_id() {
    let plan = plan::parse(&small(
        "text_cy = \"A wnewch chi arolygu pob cartref llaith?\"",
    ))
    .unwrap();
    let cy = &plan.translations["cy"];
    assert_eq!(cy["assembly.title"], "Cynulliad Glan-yr-Afon");
    assert_eq!(cy["holder.leader.role"], "Arweinydd");
    assert_eq!(
        cy["ask.homes.text"],
        "A wnewch chi arolygu pob cartref llaith?"
    );
    assert_eq!(cy["item.welcome.title"], "Croeso");
    assert_eq!(cy.len(), 4);
    // A blank translation is no translation.
    let plan = plan::parse(&small("title_cy = \"  \"")).unwrap();
    assert!(!plan.translations["cy"].contains_key("ask.homes.title"));
}

#[test]
fn a_translation_in_a_language_the_plan_does_not_list_is_an_error_at_its_line() {
    let out = errors(&small(
        "text_de = \"Werden Sie jede feuchte Wohnung prüfen?\"",
    ));
    assert!(
        out.contains(
            "plan.toml:17:1: error: \"text_de\" in [[ask]] #1 is in German (de), which [assembly] languages does not list"
        ),
        "{out}"
    );
    assert!(out.contains("add \"de\" to languages"), "{out}");
    assert_eq!(out.matches("error:").count(), 1, "{out}");

    // No languages at all: English only, and the help says how to add one.
    let source = small("").replace("languages = [\"en\", \"cy\"]\n", "");
    let out = errors(&source);
    assert!(
        out.contains("\"title_cy\" in [assembly] is in Welsh (cy)"),
        "{out}"
    );
    assert!(out.contains("add languages = [\"en\", \"cy\"]"), "{out}");
    assert_eq!(out.matches("error:").count(), 3, "{out}");

    // The plain texts' own language as a suffix.
    let out = errors(&small("title_en = \"Homes\""));
    assert!(
        out.contains(
            "\"title_en\" in [[ask]] #1 is in English (en), the language of the plain texts"
        ),
        "{out}"
    );
}

#[test]
fn a_suffix_that_is_no_language_is_an_unknown_key_with_help() {
    let out = errors(&small("text_welsh = \"x\""));
    assert!(
        out.contains("unknown key \"text_welsh\" in [[ask]] #1"),
        "{out}"
    );
    assert!(out.contains("text_<language code>"), "{out}");
    let out = errors(&small("txet_cy = \"x\""));
    assert!(out.contains("unknown key \"txet_cy\""), "{out}");
    assert!(out.contains("did you mean \"text_cy\"?"), "{out}");
    // Not a translatable text: an unknown key as before.
    let out = errors(&small("to_cy = \"x\""));
    assert!(out.contains("unknown key \"to_cy\" in [[ask]] #1"), "{out}");
    assert!(out.contains("allowed keys: id, title, text, to"), "{out}");
}

#[test]
fn translations_have_the_limits_of_their_texts() {
    let long = "ab ".repeat(200);
    let out = errors(&small(&format!("text_cy = \"{long}\"")));
    assert!(
        out.contains("\"text_cy\" in [[ask]] #1 is too long: 599 characters, the limit is 500"),
        "{out}"
    );
    let out = errors(&small("title_cy = \"Cartrefi\\u001b\""));
    assert!(
        out.contains("\"title_cy\" in [[ask]] #1 holds a control character, U+001B (ESC)"),
        "{out}"
    );
    let out = errors(&small("title_cy = 3"));
    assert!(
        out.contains("\"title_cy\" in [[ask]] #1 must be a string"),
        "{out}"
    );
}

#[test]
fn languages_and_screen_languages_are_checked() {
    let with = |languages: &str| small("").replace("languages = [\"en\", \"cy\"]", languages);
    for (languages, expected) in [
        (
            "languages = [\"en\", \"cy\", \"cy\"]",
            "\"cy\" appears twice in \"languages\"",
        ),
        (
            "languages = [\"en\", \"CY\"]",
            "write only the language, in lowercase: \"cy\"",
        ),
        (
            "languages = [\"en\", \"cy-GB\"]",
            "write only the language, in lowercase: \"cy\"",
        ),
        (
            "languages = [\"en\", \"cy\", \"xx\"]",
            "\"xx\" is not an ISO 639 language code",
        ),
        (
            "languages = [\"en\", \"cy\", \"welsh\"]",
            "has \"welsh\", which is not a language code",
        ),
        ("languages = []", "\"languages\" in [assembly] is empty"),
        ("languages = \"cy\"", "write languages = [\"cy\"]"),
        (
            "languages = [\"en\", \"cy\"]\nscreen_languages = [\"en\", \"ar\"]",
            "names Arabic (ar), which languages does not list",
        ),
        (
            "languages = [\"en\", \"cy\", \"ar\"]\nscreen_languages = [\"en\", \"cy\", \"ar\"]",
            "lists 3 languages; the projector shows one or two",
        ),
        (
            "languages = [\"en\", \"cy\"]\nscreen_languages = [\"cy\", \"cy\"]",
            "\"cy\" appears twice in \"screen_languages\"",
        ),
        (
            "languages = [\"en\", \"cy\"]\nscreen_languages = []",
            "lists 0 languages",
        ),
    ] {
        let out = errors(&with(languages));
        assert!(out.contains(expected), "{languages}: {out}");
    }
    // Three-letter codes and a screen in one language are fine.
    let plan = plan::parse(&with(
        "languages = [\"en\", \"cy\", \"yue\"]\nscreen_languages = [\"cy\"]",
    ))
    .unwrap();
    assert_eq!(plan.screen_languages(), ["cy"]);
}
