//! Plan file: the organiser's TOML turned into a validated [`Plan`], with
//! every problem reported at its line and column.
//!
//! `toml::de::DeTable` keeps byte spans for keys and values, so one pass can
//! collect all problems instead of stopping at the first: an organiser fixing
//! a plan the night before wants the whole list at once. Parsing order
//! matters: power-holders before asks and asks and pledges before items, so
//! each reference is checked against ids already read.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::domain::plan::{
    Ask, AssemblyInfo, Id, Institution, Item, ItemKind, Plan, Pledge, PowerHolder, Translations,
};

/// The demo assembly, compiled in so `assembly demo` needs no file.
pub const DEMO_SOURCE: &str = include_str!("../../assets/demo.toml");
/// The commented plan `assembly new` writes out.
pub const STARTER_SOURCE: &str = include_str!("../../assets/starter.toml");

/// The assembly's title and venue.
const TITLE_MAX: usize = 200;
/// Names, roles and titles the projector shows beside others: institutions,
/// power-holders and their roles, ask and item titles, leads.
const NAME_MAX: usize = 100;
/// What the projector shows in full and the hall reads: an ask, a pledge.
const SPOKEN_MAX: usize = 500;
/// The chair's notes, which only the chair's tablet shows.
const TEXT_MAX: usize = 2000;
/// Power-holders one ask may be put to: the projector shows every answer.
const TO_MAX: usize = 6;
const ID_MAX: usize = 100;
const PROMISED_MAX: i64 = 100_000;
/// Longest single item; anything longer than a day is a typo.
const ITEM_MAX_SECONDS: u64 = 24 * 60 * 60;

const TOP_KEYS: &[&str] = &[
    "assembly",
    "institution",
    "power_holder",
    "ask",
    "pledge",
    "item",
];
const ASSEMBLY_KEYS: &[&str] = &[
    "title",
    "venue",
    "starts",
    "timezone",
    "languages",
    "screen_languages",
];
const INSTITUTION_KEYS: &[&str] = &["id", "name", "promised"];
const POWER_HOLDER_KEYS: &[&str] = &["id", "name", "role"];
const ASK_KEYS: &[&str] = &["id", "title", "text", "to"];
const PLEDGE_KEYS: &[&str] = &["id", "text"];
const ITEM_KEYS: &[&str] = &[
    "id", "title", "kind", "minutes", "duration", "lead", "ask", "pledge", "holder", "notes",
];

/// One problem in a plan file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line of the offending key or value.
    pub line: usize,
    /// 1-based column, counted in characters, not bytes.
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
}

/// Every problem found in a plan file, in the order they appear in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub diagnostics: Vec<Diagnostic>,
}

impl Error {
    /// Compiler-style report: `FILE:LINE:COLUMN: error: MESSAGE`, then
    /// `  help: HELP` when there is help, one block per problem.
    pub fn render(&self, file: &str) -> String {
        // Said in words too, for someone who never learnt the file's
        // `[[item]] #4` (the line and column stay for an editor).
        self.diagnostics
            .iter()
            .map(|d| match words::for_the_file(&d.message) {
                Some(said) => format!("{file}:{}\n  in words: {said}\n", block(d)),
                None => format!("{file}:{}\n", block(d)),
            })
            .collect()
    }
}

fn block(d: &Diagnostic) -> String {
    let mut out = format!("{}:{}: error: {}", d.line, d.column, d.message);
    if let Some(help) = &d.help {
        out.push_str("\n  help: ");
        out.push_str(help);
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let blocks: Vec<String> = self.diagnostics.iter().map(block).collect();
        f.write_str(&blocks.join("\n"))
    }
}

impl std::error::Error for Error {}

/// The demo plan; `DEMO_SOURCE` is proven to parse by a unit test.
pub fn demo() -> Plan {
    parse(DEMO_SOURCE).expect("the bundled demo plan parses")
}

/// Parse and validate a plan, reporting every problem found.
pub fn parse(source: &str) -> Result<Plan, Error> {
    let mut cx = Checker::new(source);
    let root = match DeTable::parse(source) {
        Ok(root) => root,
        Err(err) => {
            cx.syntax(&err);
            return Err(cx.into_error());
        }
    };
    let plan = read_plan(&mut cx, root.get_ref());
    match plan {
        Some(plan) if cx.diagnostics.is_empty() => Ok(plan),
        _ => {
            if cx.diagnostics.is_empty() {
                // Every `None` above is reported; this is only a safety net.
                cx.report(0..0, "the plan could not be read", None);
            }
            Err(cx.into_error())
        }
    }
}

fn read_plan(cx: &mut Checker<'_>, root: &DeTable<'_>) -> Option<Plan> {
    // Tables an unknown top-level key was probably meant to be.
    let mut typos = Vec::new();
    for key in root.keys() {
        if !TOP_KEYS.contains(&key.get_ref().as_ref()) {
            let near = cx.unknown_key(key, "at the top level", TOP_KEYS);
            typos.extend(near.filter(|near| !root.contains_key(*near)));
        }
    }
    let (assembly, assembly_texts) = read_assembly(cx, root, typos.contains(&"assembly"));
    // Each table's translations, filed under its id once every id is known.
    let mut translated = vec![("assembly", String::new(), assembly_texts)];
    let mut texts_of = |cx: &mut Checker<'_>, kind: &str, sections: &[Section<'_, '_>]| {
        let texts = translate::texts(kind);
        for s in sections {
            let found = cx.translations(s, &texts);
            let id = s.get("id").and_then(|v| v.get_ref().as_str()).unwrap_or("");
            translated.push((texts.part, id.trim().to_owned(), found));
        }
    };

    let sections = cx.sections(root, "institution", INSTITUTION_KEYS);
    let institutions: Vec<_> = sections.iter().map(|s| institution(cx, s)).collect();
    cx.unique_ids("institution", &sections);
    texts_of(cx, "institution", &sections);

    let sections = cx.sections(root, "power_holder", POWER_HOLDER_KEYS);
    let power_holders: Vec<_> = sections.iter().map(|s| power_holder(cx, s)).collect();
    let holder_ids = cx.unique_ids("power_holder", &sections);
    texts_of(cx, "power_holder", &sections);

    let sections = cx.sections(root, "ask", ASK_KEYS);
    let asks: Vec<_> = sections.iter().map(|s| ask(cx, s, &holder_ids)).collect();
    let ask_ids = cx.unique_ids("ask", &sections);
    texts_of(cx, "ask", &sections);

    let sections = cx.sections(root, "pledge", PLEDGE_KEYS);
    let pledges: Vec<_> = sections.iter().map(|s| pledge(cx, s)).collect();
    let pledge_ids = cx.unique_ids("pledge", &sections);
    texts_of(cx, "pledge", &sections);

    let known = Known {
        asks: ask_ids,
        pledges: pledge_ids,
        holders: holder_ids.clone(),
    };
    let sections = cx.sections(root, "item", ITEM_KEYS);
    if sections.is_empty() && !typos.contains(&"item") {
        let help = Some("add at least one [[item]] with a title, a kind and minutes".to_owned());
        match root.get("item") {
            None => cx.report(
                0..0,
                "the running order is empty: there is no [[item]]",
                help,
            ),
            Some(v) if v.get_ref().as_array().is_some_and(|a| a.is_empty()) => {
                cx.report(v.span(), "the running order is empty", help)
            }
            Some(_) => {}
        }
    }
    let items: Vec<_> = sections.iter().map(|s| item(cx, s, &known)).collect();
    cx.unique_ids("item", &sections);
    let item_texts = translate::texts("item");
    let item_translations: Vec<_> = sections
        .iter()
        .map(|s| cx.translations(s, &item_texts))
        .collect();

    let mut plan = Plan {
        assembly: assembly?,
        institutions: institutions.into_iter().collect::<Option<_>>()?,
        power_holders: power_holders.into_iter().collect::<Option<_>>()?,
        asks: asks.into_iter().collect::<Option<_>>()?,
        pledges: pledges.into_iter().collect::<Option<_>>()?,
        items: items.into_iter().collect::<Option<_>>()?,
        translations: Translations::default(),
    };
    plan.settle_item_ids();
    for (part, id, found) in translated {
        translate::file(&mut plan.translations, part, &id, found);
    }
    // Items are keyed by their settled ids: written or derived from titles.
    for (item, found) in plan.items.iter().zip(item_translations) {
        translate::file(&mut plan.translations, "item", &item.id, found);
    }
    Some(plan)
}

/// `misspelt`: an unknown key was already reported as a typo of "assembly".
/// Its translations come back beside it, read even when it does not.
fn read_assembly(
    cx: &mut Checker<'_>,
    root: &DeTable<'_>,
    misspelt: bool,
) -> (Option<AssemblyInfo>, translate::Translated) {
    let Some((key, value)) = root.get_key_value("assembly") else {
        if misspelt {
            return (None, Vec::new());
        }
        cx.report(
            0..0,
            "missing [assembly] table",
            Some(r#"start the plan with [assembly], then title = "..." and venue = "...""#.into()),
        );
        return (None, Vec::new());
    };
    let DeValue::Table(table) = value.get_ref() else {
        cx.report(
            key.span(),
            format!(
                "\"assembly\" must be a table, not {}",
                a_type(value.get_ref())
            ),
            Some("write [assembly] on its own line, then its keys below it".into()),
        );
        return (None, Vec::new());
    };
    cx.declared = translate::Declared::scan(table);
    let texts = translate::texts("assembly");
    let s = cx.section(
        table,
        value.span(),
        "[assembly]".into(),
        ASSEMBLY_KEYS,
        &texts,
    );
    let title = cx.text(&s, "title", TITLE_MAX);
    let venue = cx.text(&s, "venue", TITLE_MAX);
    let starts = cx.starts(&s);
    let timezone = cx.timezone(&s);
    let languages = cx.languages(&s);
    let screen_languages = cx.screen_languages(&s, languages.as_deref());
    let translated = cx.translations(&s, &texts);
    let info = (|| {
        Some(AssemblyInfo {
            title: title?,
            venue: venue?,
            starts: starts?,
            timezone: timezone?,
            languages: languages?,
            screen_languages: screen_languages?,
        })
    })();
    (info, translated)
}

fn institution(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<Institution> {
    let id = cx.id(s);
    let name = cx.text(s, "name", NAME_MAX);
    let promised = cx.promised(s);
    Some(Institution {
        id: id?,
        name: name?,
        promised: promised?,
    })
}

fn power_holder(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<PowerHolder> {
    let id = cx.id(s);
    let name = cx.text(s, "name", NAME_MAX);
    let role = cx.text(s, "role", NAME_MAX);
    Some(PowerHolder {
        id: id?,
        name: name?,
        role: role?,
    })
}

fn ask(cx: &mut Checker<'_>, s: &Section<'_, '_>, holders: &[String]) -> Option<Ask> {
    let id = cx.id(s);
    let title = cx.text(s, "title", NAME_MAX);
    let text = cx.text(s, "text", SPOKEN_MAX);
    let to = cx.addressees(s, holders, TO_MAX);
    Some(Ask {
        id: id?,
        title: title?,
        text: text?,
        to: to?,
    })
}

fn pledge(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<Pledge> {
    let id = cx.id(s);
    let text = cx.text(s, "text", SPOKEN_MAX);
    Some(Pledge {
        id: id?,
        text: text?,
    })
}

/// Ids that references may point at; only those with a well-formed id.
struct Known {
    asks: Vec<String>,
    pledges: Vec<String>,
    holders: Vec<String>,
}

fn item(cx: &mut Checker<'_>, s: &Section<'_, '_>, known: &Known) -> Option<Item> {
    // Optional: an item without one gets an id derived from its title.
    let id = cx.slug(s, "id", false);
    let title = cx.text(s, "title", NAME_MAX);
    let kind = cx.kind(s);
    let seconds = cx.length(s);
    let lead = cx.optional_text(s, "lead", NAME_MAX);
    let notes = cx.optional_text(s, "notes", TEXT_MAX);
    let ask = cx.reference(s, "ask", &known.asks);
    let pledge = cx.reference(s, "pledge", &known.pledges);
    let holder = cx.reference(s, "holder", &known.holders);

    let needs = match kind {
        Some(ItemKind::Ask | ItemKind::Response) => Some(("ask", &ask, &known.asks)),
        Some(ItemKind::Pledge) => Some(("pledge", &pledge, &known.pledges)),
        Some(ItemKind::ReportBack) => Some(("holder", &holder, &known.holders)),
        _ => None,
    };
    if let Some((key, Some(None), ids)) = needs {
        if s.typos.contains(&key) {
            return None;
        }
        let kind = kind.map_or("", ItemKind::as_str);
        let a = if kind.starts_with('a') { "an" } else { "a" };
        cx.report(
            s.span.clone(),
            format!("{} is {a} \"{kind}\" item but has no \"{key}\"", s.name),
            Some(format!(
                "add {key} = \"<id>\"; {}",
                known_list(&format!("{key}s"), ids)
            )),
        );
        return None;
    }
    Some(Item {
        id: id?.unwrap_or_default(),
        title: title?,
        kind: kind?,
        seconds: seconds?,
        lead: lead?,
        ask: ask?,
        pledge: pledge?,
        holder: holder?,
        notes: notes?,
    })
}

/// One table of the plan, named for messages: `[assembly]`, `[[item]] #3`.
mod check;
mod iso639;
mod lang_lint;
#[cfg(test)]
mod tests;
mod translate;

use check::*;
mod size;
pub use size::{LARGEST, Limits, size_warnings};
mod lint;
mod words;
pub use words::{for_the_file, plain, without_context};
mod zone;
pub use lint::{Warnings, warnings, warnings_in_file};
pub use zone::{Zone, date_step, instant, starts_typed};
mod draft;
pub use draft::{
    Checked, Draft, DraftAsk, DraftAssembly, DraftHolder, DraftInstitution, DraftItem, DraftPledge,
    DraftTexts, FieldProblem, quote, to_toml,
};
