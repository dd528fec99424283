//! The pages' languages: one Fluent catalogue per language in
//! `assets/locales/<code>.ftl`, compiled in. Adding a language is adding
//! its file: the list of languages, their names and their direction come
//! from the files themselves (`language-name`, `language-direction`).
//!
//! The domain speaks codes (answers, item kinds, phases, refusals); each
//! page renders them here, in its language. Frames stay one per role: a
//! page's script gets its language's messages once, in the page
//! ([`Lang::script_messages`]), and renders codes from the frames with them.

mod js;
mod numbers;
pub mod refusals;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use maud::{Markup, PreEscaped};

pub use js::{keys_used_in_script, script_keys};

/// The catalogues, compiled in (with the pages' assets, see
/// [`crate::assets`]): every `*.ftl` directly under `assets/locales/`,
/// named by its language code.
fn files() -> &'static include_dir::Dir<'static> {
    crate::assets::locales()
}

/// The cookie a phone's language choice is remembered in.
pub const COOKIE: &str = "assembly_lang";

/// The language everything falls back to.
pub const FALLBACK: &str = "en";

struct Catalogue {
    code: &'static str,
    name: String,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
    /// Every message id, in file order.
    keys: Vec<String>,
}

static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    let mut all: Vec<Catalogue> = files()
        .files()
        .filter_map(|file| {
            let name = file.path().file_name()?.to_str()?;
            let code = name.strip_suffix(".ftl")?;
            let source = file.contents_utf8()?;
            Some(load(code, source))
        })
        .collect();
    // English first, then by code: a stable order for switchers and tests.
    all.sort_by_key(|c| (c.code != FALLBACK, c.code));
    all
});

fn load(code: &'static str, source: &str) -> Catalogue {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            // The catalogue tests fail on these; a running hall keeps the
            // messages that did parse.
            tracing::error!(language = code, ?errors, "catalogue has syntax errors");
            resource
        }
    };
    let keys = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Names inside messages are isolated by the page's markup (`<bdi>`),
    // so the text stays free of invisible marks a search or a test trips on.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::format_value));
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(language = code, ?errors, "catalogue has duplicate messages");
    }
    let mut catalogue = Catalogue {
        code,
        name: String::new(),
        rtl: false,
        bundle,
        keys,
    };
    catalogue.name = format(&catalogue, "language-name", None).into_owned();
    catalogue.rtl = format(&catalogue, "language-direction", None) == "rtl";
    catalogue
}

fn format<'c>(catalogue: &'c Catalogue, key: &str, args: Option<&FluentArgs<'_>>) -> Cow<'c, str> {
    let Some(pattern) = catalogue.bundle.get_message(key).and_then(|m| m.value()) else {
        return Cow::Borrowed("");
    };
    let mut errors = Vec::new();
    let text = catalogue.bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            language = catalogue.code,
            key,
            ?errors,
            "message did not format cleanly"
        );
    }
    text
}

/// Parses every catalogue now (they are otherwise parsed on first use).
pub fn load_all() {
    let languages = LazyLock::force(&CATALOGUES).len();
    tracing::debug!(languages, "catalogues loaded");
}

/// One of the shipped languages. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Lang(&'static Catalogue);

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.code)
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Lang {}

/// Every shipped language, English first.
pub fn all() -> impl Iterator<Item = Lang> {
    CATALOGUES.iter().map(Lang)
}

/// The shipped language with this code (`cy`, `ar`), if there is one.
/// Region subtags are ignored: `cy-GB` is Welsh.
pub fn find(code: &str) -> Option<Lang> {
    let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    all().find(|l| l.0.code == primary)
}

/// English, the fallback.
pub fn english() -> Lang {
    find(FALLBACK).expect("the English catalogue is compiled in")
}

/// The codes of the shipped languages.
pub fn codes() -> Vec<&'static str> {
    all().map(Lang::code).collect()
}

/// An argument for a message: a number (chooses the plural form and is
/// written with the language's digits) or a text.
pub type Arg<'a> = FluentValue<'a>;

impl Lang {
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// The language's name in itself: "Cymraeg", "العربية".
    pub fn name(self) -> &'static str {
        &self.0.name
    }

    pub fn is_rtl(self) -> bool {
        self.0.rtl
    }

    /// `rtl` or `ltr`, for `dir=`.
    pub fn dir(self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }

    /// Whether the catalogue has this message.
    pub fn has(self, key: &str) -> bool {
        self.0.bundle.has_message(key)
    }

    /// The message `key`, in English when this catalogue lacks it (the
    /// catalogue tests keep that from happening), or the key itself.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The message `key` with arguments: `l.t_with("phones", &[("n", n.into())])`.
    pub fn t_with(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        let catalogue = if self.has(key) {
            self.0
        } else {
            tracing::warn!(
                language = self.code(),
                key,
                "message missing; using English"
            );
            english().0
        };
        if !catalogue.bundle.has_message(key) {
            return key.to_owned();
        }
        format(catalogue, key, args).into_owned()
    }

    /// The message of a code: `family("kind-", "roll_call")` is the
    /// message `kind-roll_call`. The catalogue tests check that every code
    /// of every family has one.
    pub fn family(self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}{code}"))
    }

    /// A message with markup in its places: text arguments in `args`, and
    /// `parts` (a name in `<strong><bdi>`, a link) put where the message
    /// places them. The message's own text is escaped.
    pub fn rich(self, key: &str, args: &[(&str, Arg<'_>)], parts: &[(&str, Markup)]) -> Markup {
        // Each part stands in as a private-use marker the escaping leaves
        // alone, then is swapped for its markup.
        let markers: Vec<String> = (0..parts.len())
            .map(|n| format!("\u{E000}{n}\u{E001}"))
            .collect();
        let mut all: Vec<(&str, Arg<'_>)> = args.to_vec();
        for ((name, _), marker) in parts.iter().zip(&markers) {
            all.push((name, FluentValue::from(marker.as_str())));
        }
        let mut html = escape(&self.t_with(key, &all));
        for ((_, markup), marker) in parts.iter().zip(&markers) {
            html = html.replace(marker.as_str(), &markup.0);
        }
        PreEscaped(html)
    }

    /// A whole number with the language's digits and grouping: "1,234",
    /// "1 234", "١٬٢٣٤".
    pub fn number(self, n: i64) -> String {
        numbers::Style::of(self.code()).format(n)
    }

    /// A clock reading `m:ss` (or `h:mm:ss`) of whole seconds, with the
    /// language's digits; a minus sign before it when negative.
    pub fn clock(self, seconds: i64) -> String {
        numbers::Style::of(self.code()).clock(seconds)
    }

    /// A text of the plan in this language (see
    /// [`crate::domain::plan::TextKey`]), or the plain text.
    pub fn plan_text<'a>(self, plan: &'a crate::domain::Plan, key: &str, base: &'a str) -> &'a str {
        plan.text_in(self.code(), key, base)
    }

    /// The messages the page's scripts use, as JSON for the page to embed
    /// (see `assets/i18n.js`): one object per language the page shows.
    pub fn script_messages(
        langs: &[Lang],
        scripts: &[(&str, &str)],
    ) -> Option<std::sync::Arc<str>> {
        js::page_messages(langs, scripts)
    }

    /// Every message id in the catalogue.
    pub fn keys(self) -> &'static [String] {
        &self.0.keys
    }
}

/// The language a request asks for: the remembered choice (cookie), then
/// `Accept-Language` in order of preference, then the plan's own language,
/// then English.
pub fn negotiate(headers: &axum::http::HeaderMap, plan_language: &str) -> Lang {
    chosen(headers)
        .or_else(|| accepted(headers))
        .or_else(|| find(plan_language))
        .unwrap_or_else(english)
}

/// The language remembered in the cookie, if it is a shipped one.
pub fn chosen(headers: &axum::http::HeaderMap) -> Option<Lang> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| find(value))
}

/// The first shipped language `Accept-Language` asks for, by `q`.
pub fn accepted(headers: &axum::http::HeaderMap) -> Option<Lang> {
    let header = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    preferred(header).into_iter().find_map(find)
}

/// The language tags of an `Accept-Language` value, most wanted first;
/// `q=0` and `*` left out. Bounded: a header of thousands of entries is
/// read only to its first 32.
pub fn preferred(header: &str) -> Vec<&str> {
    let mut tags: Vec<(&str, u32)> = header
        .split(',')
        .take(32)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim()
                        .parse::<f32>()
                        .ok()
                        .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u32)
                })?;
            (q > 0).then_some((tag, q))
        })
        .collect();
    // Stable: equal weights keep the order they were given in.
    tags.sort_by_key(|t| std::cmp::Reverse(t.1));
    tags.into_iter().map(|(tag, _)| tag).collect()
}

/// "1 pledge", "2 pledges": a count in the command line's summaries, which
/// are English (the terminal has no reader's language to ask for).
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The `Set-Cookie` value that remembers a language for a year.
pub fn cookie(lang: Lang, secure: bool) -> String {
    format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        lang.code(),
        if secure { "; Secure" } else { "" }
    )
}

/// HTML-escaped, as maud escapes every text it renders.
fn escape(text: &str) -> String {
    maud::html! { (text) }.into_string()
}
