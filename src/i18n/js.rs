//! The messages a page's scripts need, in a form `assets/i18n.js` renders
//! without a Fluent parser: a message is a list of parts, each a text, a
//! variable `{"v": name}`, or a choice `{"s": name, "o": {key: parts},
//! "d": default}` on a plural category (`one`, `few`), an exact number
//! (`=0`) or a word. The browser's `Intl.PluralRules` picks the category,
//! as `intl_pluralrules` does for the server.
//!
//! Which messages a script uses is read from the script itself: every
//! `I18n.t("key"` and `I18n.rich("key"`; a key ending in `-` names every
//! message that begins with it (`I18n.t("answer-" + code)`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, Mutex};

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde_json::{Value, json};

use super::{Catalogue, Lang, numbers};

/// The calls a script names its messages with.
const SCRIPT_CALLS: [&str; 2] = ["I18n.t(\"", "I18n.rich(\""];

/// The message keys (or `-`-ended prefixes) a script's source names.
pub fn keys_used_in_script(source: &str) -> Vec<&str> {
    keys_named(source, &SCRIPT_CALLS)
}

/// The string literals that open each of `calls` in `source` (a call is
/// written up to and with its opening quote: `I18n.t("`).
pub(super) fn keys_named<'s>(source: &'s str, calls: &[&str]) -> Vec<&'s str> {
    let mut keys = Vec::new();
    for call in calls {
        let mut rest = source;
        // `call` ends with its opening quote; a formatter may have put
        // the key on the next line, so whitespace after the `(` is skipped.
        let (head, _) = call.split_at(call.len() - 1);
        while let Some(at) = rest.find(head) {
            rest = &rest[at + head.len()..];
            let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            rest = quoted;
            if let Some(end) = rest.find('"') {
                keys.push(&rest[..end]);
            }
        }
    }
    keys
}

/// The message ids of `lang` the scripts use: their keys, prefixes
/// expanded, in catalogue order.
pub fn script_keys(lang: Lang, scripts: &[&str]) -> Vec<&'static str> {
    let used: Vec<&str> = scripts
        .iter()
        .flat_map(|s| keys_used_in_script(s))
        .collect();
    lang.keys()
        .iter()
        .filter(|key| {
            used.iter().any(|u| {
                if u.ends_with('-') {
                    key.starts_with(u)
                } else {
                    key == u
                }
            })
        })
        .map(String::as_str)
        .collect()
}

type Cache = Mutex<HashMap<String, Option<Arc<str>>>>;
static PAGES: LazyLock<Cache> = LazyLock::new(Cache::default);

/// The JSON a page embeds for its scripts, worked out once per set of
/// languages and scripts; `None` when the scripts use no messages.
pub fn page_messages(langs: &[Lang], scripts: &[(&str, &str)]) -> Option<Arc<str>> {
    let key = format!(
        "{}|{}",
        langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(","),
        scripts
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut pages = PAGES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    pages
        .entry(key)
        .or_insert_with(|| {
            let sources: Vec<&str> = scripts.iter().map(|(_, s)| *s).collect();
            if sources.iter().all(|s| keys_used_in_script(s).is_empty()) {
                return None;
            }
            let langs: Vec<Value> = langs.iter().map(|l| language(*l, &sources)).collect();
            Some(Arc::from(json!({ "langs": langs }).to_string()))
        })
        .clone()
}

fn language(lang: Lang, sources: &[&str]) -> Value {
    let style = numbers::Style::of(lang.code());
    let messages: BTreeMap<&str, Value> = script_keys(lang, sources)
        .into_iter()
        .filter_map(|key| Some((key, message(lang.0, key)?)))
        .collect();
    json!({
        "lang": lang.code(),
        "dir": lang.dir(),
        "num": {
            "digits": style.digits.iter().collect::<String>(),
            "group": style.group.to_string(),
            "min": style.min_digits,
        },
        "m": messages,
    })
}

fn message(catalogue: &Catalogue, key: &str) -> Option<Value> {
    let pattern = catalogue.bundle.get_message(key)?.value()?;
    Some(Value::Array(parts(catalogue, pattern, 0)))
}

/// How deep message and term references are followed.
const DEPTH: usize = 4;

fn parts(catalogue: &Catalogue, pattern: &Pattern<&str>, depth: usize) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(&mut out, value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_parts(catalogue, inline, depth, &mut out),
                Expression::Select { selector, variants } => {
                    let InlineExpression::VariableReference { id } = selector else {
                        tracing::warn!(language = catalogue.code, "a choice not on a variable");
                        continue;
                    };
                    let mut options = serde_json::Map::new();
                    let mut default = String::new();
                    for variant in variants {
                        let name = match &variant.key {
                            VariantKey::Identifier { name } => (*name).to_owned(),
                            VariantKey::NumberLiteral { value } => format!("={value}"),
                        };
                        if variant.default {
                            default.clone_from(&name);
                        }
                        options.insert(name, Value::Array(parts(catalogue, &variant.value, depth)));
                    }
                    out.push(json!({ "s": id.name, "o": options, "d": default }));
                }
            },
        }
    }
    out
}

fn inline_parts(
    catalogue: &Catalogue,
    inline: &InlineExpression<&str>,
    depth: usize,
    out: &mut Vec<Value>,
) {
    match inline {
        InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
        InlineExpression::NumberLiteral { value } => push_text(out, value),
        InlineExpression::VariableReference { id } => out.push(json!({ "v": id.name })),
        InlineExpression::MessageReference { id, .. } if depth < DEPTH => {
            if let Some(pattern) = catalogue
                .bundle
                .get_message(id.name)
                .and_then(|m| m.value())
            {
                out.extend(parts(catalogue, pattern, depth + 1));
            }
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_parts(catalogue, inner, depth, out);
            }
        }
        // Terms and functions: the catalogue tests keep them out of
        // messages scripts use.
        _ => tracing::warn!(
            language = catalogue.code,
            "an expression scripts cannot render"
        ),
    }
}

fn push_text(out: &mut Vec<Value>, text: &str) {
    if let Some(Value::String(last)) = out.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        out.push(Value::String(text.to_owned()));
    }
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => push_code(&mut out, &mut chars, 4),
            Some('U') => push_code(&mut out, &mut chars, 6),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn push_code(out: &mut String, chars: &mut std::str::Chars<'_>, len: usize) {
    let hex: String = chars.by_ref().take(len).collect();
    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
        out.push(c);
    }
}
