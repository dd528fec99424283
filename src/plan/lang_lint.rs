//! Warnings about a plan's languages for `assembly check` and `/setup`:
//! a language the pages do not come in, and the texts that lack a
//! translation in each language, a few by name and the rest counted.

use super::iso639;
use super::*;

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
