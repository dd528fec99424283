//! A plan in several languages: `[assembly] languages`, `screen_languages`,
//! and translations written next to their text with the language code as
//! suffix (`title_cy = "..."` after `title = "..."`).

use super::iso639;
use super::*;

/// What a translation is the translation of, in one kind of table.
pub(super) struct Texts {
    /// The part in [`crate::domain::plan::TextKey`]s: `item`, `holder`.
    pub(super) part: &'static str,
    /// The fields that have translations, with their length limits.
    pub(super) fields: &'static [(&'static str, usize)],
}

/// The translatable texts of the table `key` (`assembly`, `item`, ...).
pub(super) fn texts(key: &str) -> Texts {
    let (part, fields): (&str, &[(&str, usize)]) = match key {
        "assembly" => ("assembly", &[("title", TITLE_MAX), ("venue", TITLE_MAX)]),
        "institution" => ("institution", &[("name", NAME_MAX)]),
        "power_holder" => ("holder", &[("role", NAME_MAX)]),
        "ask" => ("ask", &[("title", NAME_MAX), ("text", SPOKEN_MAX)]),
        "pledge" => ("pledge", &[("text", SPOKEN_MAX)]),
        "item" => ("item", &[("title", NAME_MAX)]),
        _ => ("", &[]),
    };
    Texts { part, fields }
}

/// One translation read from a table: language, field, text.
pub(super) type Translated = Vec<(String, &'static str, String)>;

/// The languages of a plan as far as they could be read, for deciding
/// whether a key is a translation before `languages` itself is checked.
#[derive(Default)]
pub(super) struct Declared {
    /// The codes listed, in order; the first is that of the plain texts.
    pub(super) codes: Vec<String>,
    /// `languages` is there but could not be read: do not report
    /// translations as undeclared on top of that.
    pub(super) unreadable: bool,
}

impl Declared {
    /// What `[assembly] languages` lists, without reporting anything.
    pub(super) fn scan(assembly: &DeTable<'_>) -> Declared {
        let Some(value) = assembly.get("languages") else {
            return Declared::default();
        };
        let Some(array) = value.get_ref().as_array() else {
            return Declared {
                codes: Vec::new(),
                unreadable: true,
            };
        };
        let codes: Vec<String> = array
            .iter()
            .filter_map(|v| v.get_ref().as_str())
            .map(|c| c.trim().to_owned())
            .collect();
        let unreadable =
            codes.len() != array.len() || !codes.iter().all(|c| iso639::is_code_shaped(c));
        Declared { codes, unreadable }
    }

    fn lists(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c == code)
    }
}

/// `title_cy` → `("title", "cy")` when `title` is a translatable field of
/// the table and `cy` a language code: a known one, or one the plan lists.
pub(super) fn split<'k>(
    key: &'k str,
    texts: &Texts,
    declared: &Declared,
) -> Option<(&'k str, &'k str)> {
    let (field, code) = key.rsplit_once('_')?;
    let translatable = texts.fields.iter().any(|(f, _)| *f == field);
    let language =
        iso639::is_code_shaped(code) && (iso639::name(code).is_some() || declared.lists(code));
    (translatable && language).then_some((field, code))
}

impl Checker<'_> {
    /// Reports `key` when it looks like a translation but is not one
    /// (`titel_cy`, `title_welsh`); false when it looks like nothing.
    pub(super) fn unknown_translation(
        &mut self,
        key: &Spanned<Cow<'_, str>>,
        place: &str,
        texts: &Texts,
    ) -> bool {
        let text = key.get_ref().as_ref();
        let Some((field, suffix)) = text.rsplit_once('_') else {
            return false;
        };
        let fields: Vec<&str> = texts.fields.iter().map(|(f, _)| *f).collect();
        let example = self.declared.codes.get(1).map_or("cy", String::as_str);
        let help = if fields.contains(&field) {
            format!(
                "a translation is written {field}_<language code>, with a two- or three-letter \
                 ISO 639 code listed in [assembly] languages: {field}_{example}"
            )
        } else if iso639::is_code_shaped(suffix)
            && (iso639::name(suffix).is_some() || self.declared.lists(suffix))
            && let Some(near) = suggest(field, &fields)
        {
            format!(
                "did you mean \"{near}_{suffix}\"? texts with translations here: {}",
                fields.join(", ")
            )
        } else {
            return false;
        };
        self.report(
            key.span(),
            format!("unknown key {text:?} {place}"),
            Some(help),
        );
        true
    }

    /// The translations in one table, each checked as its plain text is.
    pub(super) fn translations(&mut self, s: &Section<'_, '_>, texts: &Texts) -> Translated {
        let mut found = Vec::new();
        for key in s.table.keys() {
            let key_text = key.get_ref().as_ref();
            let Some((field, code)) = split(key_text, texts, &self.declared) else {
                continue;
            };
            let Some(&(field, max)) = texts.fields.iter().find(|(f, _)| *f == field) else {
                continue;
            };
            if self
                .declared
                .codes
                .first()
                .is_some_and(|first| first == code)
            {
                self.report(
                    key.span(),
                    format!(
                        "\"{key_text}\" in {} is in {}, the language of the plain texts",
                        s.name,
                        iso639::describe(code)
                    ),
                    Some(format!(
                        "the first of [assembly] languages is the language of {field} itself: \
                         put this text in {field}, or remove {key_text}"
                    )),
                );
                continue;
            }
            if !self.declared.lists(code) {
                if !self.declared.unreadable {
                    self.report(
                        key.span(),
                        format!(
                            "\"{key_text}\" in {} is in {}, which [assembly] languages does not list",
                            s.name,
                            iso639::describe(code)
                        ),
                        Some(if self.declared.codes.is_empty() {
                            format!(
                                "add languages = [\"en\", \"{code}\"] to [assembly] (the first is \
                                 the language of the plain texts), or remove {key_text}"
                            )
                        } else {
                            format!("add \"{code}\" to languages in [assembly], or remove {key_text}")
                        }),
                    );
                }
                continue;
            }
            if let Some(Some(text)) = self.string(s, key_text, max, false) {
                found.push((code.to_owned(), field, text.into_inner()));
            }
        }
        found
    }

    /// `[assembly] languages`: codes, unique, the first that of the plain
    /// texts. Empty when absent (English only).
    pub(super) fn languages(&mut self, s: &Section<'_, '_>) -> Option<Vec<String>> {
        let Some(value) = s.get("languages") else {
            return Some(Vec::new());
        };
        let codes = self.codes(s, "languages", value)?;
        if codes.is_empty() {
            self.report(
                value.span(),
                format!("\"languages\" in {} is empty", s.name),
                Some(
                    "list the language of the plain texts first, then those of the \
                     translations: languages = [\"en\", \"cy\"]; or remove languages for English only"
                        .into(),
                ),
            );
            return None;
        }
        Some(codes)
    }

    /// `[assembly] screen_languages`: one or two of `languages`.
    pub(super) fn screen_languages(
        &mut self,
        s: &Section<'_, '_>,
        languages: Option<&[String]>,
    ) -> Option<Vec<String>> {
        let Some(value) = s.get("screen_languages") else {
            return Some(Vec::new());
        };
        let codes = self.codes(s, "screen_languages", value)?;
        if codes.is_empty() || codes.len() > 2 {
            self.report(
                value.span(),
                format!(
                    "\"screen_languages\" in {} lists {} languages; the projector shows one or two",
                    s.name,
                    codes.len()
                ),
                Some(
                    "list one or two of languages, e.g. screen_languages = [\"en\", \"cy\"]".into(),
                ),
            );
            return None;
        }
        // `languages` unreadable: already reported.
        let languages = languages?;
        let mut ok = true;
        let array = value
            .get_ref()
            .as_array()
            .map(|a| a.iter().collect::<Vec<_>>())
            .unwrap_or_default();
        for (code, element) in codes.iter().zip(array) {
            let listed = if languages.is_empty() {
                code == "en"
            } else {
                languages.contains(code)
            };
            if !listed {
                ok = false;
                self.report(
                    element.span(),
                    format!(
                        "\"screen_languages\" in {} names {}, which languages does not list",
                        s.name,
                        iso639::describe(code)
                    ),
                    Some(if languages.is_empty() {
                        format!("add languages = [\"en\", \"{code}\"] to [assembly], or remove it from screen_languages")
                    } else {
                        format!(
                            "screen_languages picks from languages = [{}]: add \"{code}\" there, or remove it here",
                            quoted(languages)
                        )
                    }),
                );
            }
        }
        ok.then_some(codes)
    }

    /// An array of unique language codes; `None` once reported.
    fn codes(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Vec<String>> {
        let Some(array) = value.get_ref().as_array() else {
            let help = value
                .get_ref()
                .as_str()
                .map(|one| format!("write {key} = [{:?}]", one.trim()));
            self.report(
                value.span(),
                format!(
                    "\"{key}\" in {} must be a list of language codes, not {}",
                    s.name,
                    a_type(value.get_ref())
                ),
                help.or(Some(format!("write {key} = [\"en\", \"cy\"]"))),
            );
            return None;
        };
        let mut codes: Vec<String> = Vec::new();
        let mut ok = true;
        for element in array.iter() {
            let Some(code) = element.get_ref().as_str().map(str::trim) else {
                self.report(
                    element.span(),
                    format!(
                        "\"{key}\" in {} must list language codes as strings, not {}",
                        s.name,
                        a_type(element.get_ref())
                    ),
                    Some(format!("write {key} = [\"en\", \"cy\"]")),
                );
                ok = false;
                continue;
            };
            if let Some(help) = code_problem(code) {
                self.report(
                    element.span(),
                    format!(
                        "\"{key}\" in {} has {code:?}, which is not a language code",
                        s.name
                    ),
                    Some(help),
                );
                ok = false;
            } else if codes.iter().any(|c| c == code) {
                self.report(
                    element.span(),
                    format!("{code:?} appears twice in \"{key}\" of {}", s.name),
                    Some("list each language once".into()),
                );
                ok = false;
            } else {
                codes.push(code.to_owned());
            }
        }
        ok.then_some(codes)
    }
}

/// What is wrong with a language code, as help; `None` when it is fine.
fn code_problem(code: &str) -> Option<String> {
    let primary = code
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let plain = "codes are the two- or three-letter ISO 639 codes in lowercase, \
                 such as \"en\", \"cy\", \"ar\", \"ur\", \"pl\", \"so\"";
    if iso639::is_code_shaped(code) {
        return (code.len() == 2 && iso639::name(code).is_none())
            .then(|| format!("{code:?} is not an ISO 639 language code; {plain}"));
    }
    if iso639::is_code_shaped(&primary) && primary != code {
        return Some(format!(
            "write only the language, in lowercase: {primary:?}"
        ));
    }
    Some(plain.to_owned())
}

fn quoted(codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| format!("{c:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Files the translations read from each table under their keys.
pub(super) fn file(
    translations: &mut crate::domain::plan::Translations,
    part: &str,
    id: &str,
    found: Translated,
) {
    for (lang, field, text) in found {
        translations
            .entry(lang)
            .or_default()
            .insert(crate::domain::plan::TextKey::of(part, id, field), text);
    }
}

/// Every translatable text of `plan` in plan order: its key and how a
/// message names it (item `welcome` title).
pub(super) fn every_text(plan: &crate::domain::Plan) -> Vec<(String, String)> {
    use crate::domain::plan::TextKey;
    let mut all = Vec::new();
    let mut add = |part: &str, label: &str, id: &str, field: &str| {
        let name = if id.is_empty() {
            format!("{label} {field}")
        } else {
            format!("{label} `{id}` {field}")
        };
        all.push((TextKey::of(part, id, field), name));
    };
    add("assembly", "assembly", "", "title");
    add("assembly", "assembly", "", "venue");
    for i in &plan.institutions {
        add("institution", "institution", &i.id, "name");
    }
    for h in &plan.power_holders {
        add("holder", "power_holder", &h.id, "role");
    }
    for a in &plan.asks {
        add("ask", "ask", &a.id, "title");
        add("ask", "ask", &a.id, "text");
    }
    for p in &plan.pledges {
        add("pledge", "pledge", &p.id, "text");
    }
    for i in &plan.items {
        add("item", "item", &i.id, "title");
    }
    all
}

/// Texts a missing-translation warning names before counting the rest.
const NAMED: usize = 5;

/// Warnings about the plan's languages, at each code in `languages`: one
/// the interface does not ship (phones cannot choose it), and the texts
/// that lack a translation in it, a few named and the rest counted.
pub(super) fn language_warnings(cx: &mut Checker<'_>, root: &DeTable<'_>) {
    let Some(DeValue::Table(assembly)) = root.get("assembly").map(Spanned::get_ref) else {
        return;
    };
    let Some(DeValue::Array(codes)) = assembly.get("languages").map(Spanned::get_ref) else {
        return;
    };
    let Ok(plan) = super::parse(cx.source) else {
        return;
    };
    let shipped = crate::i18n::codes();
    let texts = every_text(&plan);
    let screen = plan.screen_languages();
    for (n, element) in codes.iter().enumerate() {
        let Some(code) = element.get_ref().as_str().map(str::trim) else {
            continue;
        };
        let language = iso639::describe(code);
        if !shipped.contains(&code) {
            let projector = if screen.contains(&code) {
                "the plan's texts in it still show on the projector and the speaker's timer"
            } else {
                "its texts show nowhere unless screen_languages lists it"
            };
            cx.report(
                element.span(),
                format!(
                    "assembly's pages are not translated into {language}, so phones cannot \
                     choose it; {projector}"
                ),
                Some(format!(
                    "the pages come in {}; keep {code:?} for the projector, or remove it",
                    shipped.join(", ")
                )),
            );
        }
        if n == 0 {
            continue;
        }
        let done = plan.translations.get(code);
        let missing: Vec<&String> = texts
            .iter()
            .filter(|(key, _)| done.is_none_or(|t| !t.contains_key(key)))
            .map(|(_, name)| name)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let count = missing.len();
        let mut named: Vec<String> = missing.iter().take(NAMED).map(|s| s.to_string()).collect();
        if count > NAMED {
            named.push(format!("and {} more", count - NAMED));
        }
        let texts = if count == 1 {
            "text lacks"
        } else {
            "texts lack"
        };
        cx.report(
            element.span(),
            format!(
                "{code}: {count} {texts} a translation into {language}: {}",
                named.join(", ")
            ),
            Some(format!(
                "add one next to each text with the suffix _{code} (title_{code} = \"...\"), \
                 or leave it: pages in {code} show the plain text instead"
            )),
        );
    }
}
