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
    // A name is a name in every language.
    let out = errors(&small("").replace("role_cy", "name_cy"));
    assert!(
        out.contains("unknown key \"name_cy\" in [[power_holder]] #1"),
        "{out}"
    );
    assert!(
        out.contains("name is not translated: it reads the same in every language; only role is"),
        "{out}"
    );
    let out = errors(&small("to_cy = \"x\""));
    assert!(out.contains("unknown key \"to_cy\" in [[ask]] #1"), "{out}");
    assert!(out.contains("only title and text are"), "{out}");
    // No text and no language: an unknown key as before.
    let out = errors(&small("colour_cy = \"x\""));
    assert!(
        out.contains("unknown key \"colour_cy\" in [[ask]] #1"),
        "{out}"
    );
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

#[test]
fn check_lists_the_texts_that_lack_a_translation_a_few_by_name() {
    // 500 institutions, none of their names in Welsh.
    let mut source = small("text_cy = \"A wnewch chi arolygu pob cartref llaith?\"");
    for n in 0..500 {
        source.push_str(&format!(
            "\n[[institution]]\nid = \"i{n}\"\nname = \"Institution {n}\"\npromised = 1\n"
        ));
    }
    let warnings = plan::warnings(&source).render("plan.toml");
    let line = warnings
        .lines()
        .find(|l| l.contains("lack a translation"))
        .unwrap_or_else(|| panic!("{warnings}"));
    assert_eq!(
        line,
        "plan.toml:5:20: warning: cy: 502 texts lack a translation into Welsh (cy): \
         assembly venue, institution `i0` name, institution `i1` name, institution `i2` name, \
         institution `i3` name, and 497 more",
    );
    assert!(line.len() < 300);
    assert!(
        warnings.contains("help: add one next to each text with the suffix _cy"),
        "{warnings}"
    );

    // Every text translated: nothing to say.
    let plan = plan::warnings(&fixture("languages.toml")).render("languages.toml");
    assert!(!plan.contains(" cy: ") && !plan.contains(" ar: "), "{plan}");
    assert!(plan.contains("ur: "), "{plan}");
}

#[test]
fn a_language_the_pages_do_not_come_in_is_a_warning_not_an_error() {
    let source = small("").replace(
        "languages = [\"en\", \"cy\"]",
        "languages = [\"en\", \"cy\", \"de\"]\nscreen_languages = [\"en\", \"de\"]",
    );
    assert!(plan::parse(&source).is_ok());
    let out = plan::warnings(&source).render("plan.toml");
    assert!(
        out.contains(
            "plan.toml:5:26: warning: assembly's pages are not translated into German (de), so \
             phones cannot choose it; the plan's texts in it still show on the projector"
        ),
        "{out}"
    );
    assert!(
        out.contains("de: 6 texts lack a translation into German (de)"),
        "{out}"
    );
    // Shipped languages are not warned about.
    assert!(!out.contains("not translated into Welsh"), "{out}");
}

#[test]
fn the_assembly_check_command_shows_translation_errors_and_warnings() {
    let dir = std::env::temp_dir().join(format!("plan-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plan.toml");
    std::fs::write(&path, small("text_de = \"Werden Sie?\"")).unwrap();
    let run = |path: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_assembly"))
            .arg("check")
            .arg(path)
            .output()
            .unwrap()
    };
    let out = run(&path);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":17:1: error: \"text_de\" in [[ask]] #1 is in German (de)"),
        "{stderr}"
    );

    std::fs::write(&path, small("")).unwrap();
    let out = run(&path);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: cy: 3 texts lack a translation into Welsh (cy): assembly venue, ask `homes` title, ask `homes` text\n"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_plan_with_translations_is_written_out_and_reads_back_the_same() {
    for source in [fixture("languages.toml"), small("text_cy = \"Ydych chi?\"")] {
        let plan = plan::parse(&source).unwrap();
        assert!(!plan.translations.is_empty());
        let written = plan::to_toml(&plan);
        assert_eq!(plan::parse(&written).unwrap(), plan, "{written}");
    }
    // Each translation right after its text, in the order of languages.
    let written = plan::to_toml(&plan::parse(&fixture("languages.toml")).unwrap());
    assert!(
        written.contains("languages = [\"en\", \"cy\", \"ar\", \"ur\", \"pl\", \"so\"]\n"),
        "{written}"
    );
    assert!(
        written.contains("screen_languages = [\"en\", \"cy\"]\n"),
        "{written}"
    );
    assert!(
        written.contains(
            "text = \"Will you meet us?\"\ntext_cy = \"A wnewch chi gwrdd â ni?\"\n\
             text_ar = \"هل ستلتقي بنا؟\"\ntext_ur = \"کیا آپ ہم سے ملیں گے؟\"\n\
             text_pl = \"Czy spotka się Pan z nami?\"\ntext_so = \"Ma nala kulmi doontaa?\"\nto = "
        ),
        "{written}"
    );
}

#[test]
fn a_draft_carries_translations_through_json_as_the_setup_page_sends_it() {
    let plan = plan::parse(&fixture("languages.toml")).unwrap();
    let draft = plan::Draft::from_plan(&plan);
    assert_eq!(draft.assembly.languages, "en, cy, ar, ur, pl, so");
    assert_eq!(
        draft.asks[2].translations["text_cy"],
        "A wnewch chi gwrdd â ni?"
    );
    let json = serde_json::to_string(&draft).unwrap();
    let back: plan::Draft = serde_json::from_str(&json).unwrap();
    assert_eq!(back.check().plan.as_ref(), Some(&plan));

    // An edited Welsh text is saved; its problems are pinned to its field.
    let mut edited = back.clone();
    edited.items[0]
        .translations
        .insert("title_cy".into(), "Croeso cynnes i bawb".into());
    let checked = edited.check();
    let saved = checked.plan.expect("the edited draft is a plan");
    let key = format!("item.{}.title", saved.items[0].id);
    assert_eq!(saved.translations["cy"][&key], "Croeso cynnes i bawb");
    edited.items[0]
        .translations
        .insert("title_cy".into(), "x".repeat(101));
    edited.asks[0]
        .translations
        .insert("text_de".into(), "Werden Sie?".into());
    let problems = edited.check().problems;
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["asks.0.text_de", "items.0.title_cy"],
        "{problems:?}"
    );
}

#[test]
fn an_edited_translation_is_a_plan_change_of_its_field() {
    use assembly::domain::plan_change::{PlanChange, diff};
    let old = plan::parse(&small("text_cy = \"Ydych chi?\"")).unwrap();
    let mut new = old.clone();
    let cy = new.translations.get_mut("cy").unwrap();
    cy.insert("ask.homes.text".into(), "A wnewch chi?".into());
    cy.insert("ask.homes.title".into(), "Cartrefi".into());
    cy.remove("assembly.title");
    let changes = diff(&old, &new);
    let edited: Vec<String> = changes.iter().map(ToString::to_string).collect();
    assert_eq!(
        edited,
        [
            "assembly title_cy: \"Cynulliad Glan-yr-Afon\" to \"\"",
            "ask homes: title_cy \"\" to \"Cartrefi\"",
            "ask homes: text_cy \"Ydych chi?\" to \"A wnewch chi?\"",
        ]
    );
    assert!(matches!(&changes[2], PlanChange::Edited { field, .. } if field == "text_cy"));
}
