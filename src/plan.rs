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
    Ask, AssemblyInfo, Institution, Item, ItemKind, Plan, Pledge, PowerHolder,
};

/// The demo assembly, compiled in so `assembly demo` needs no file.
pub const DEMO_SOURCE: &str = include_str!("../assets/demo.toml");
/// The commented plan `assembly new` writes out.
pub const STARTER_SOURCE: &str = include_str!("../assets/starter.toml");

const TITLE_MAX: usize = 200;
const TEXT_MAX: usize = 2000;
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
const ASSEMBLY_KEYS: &[&str] = &["title", "venue", "starts"];
const INSTITUTION_KEYS: &[&str] = &["id", "name", "promised"];
const POWER_HOLDER_KEYS: &[&str] = &["id", "name", "role"];
const ASK_KEYS: &[&str] = &["id", "title", "text", "to"];
const PLEDGE_KEYS: &[&str] = &["id", "text"];
const ITEM_KEYS: &[&str] = &[
    "title", "kind", "minutes", "duration", "lead", "ask", "pledge", "notes",
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
        self.diagnostics
            .iter()
            .map(|d| format!("{file}:{}\n", block(d)))
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
    let assembly = read_assembly(cx, root, typos.contains(&"assembly"));

    let sections = cx.sections(root, "institution", INSTITUTION_KEYS);
    let institutions: Vec<_> = sections.iter().map(|s| institution(cx, s)).collect();
    cx.unique_ids("institution", &sections);

    let sections = cx.sections(root, "power_holder", POWER_HOLDER_KEYS);
    let power_holders: Vec<_> = sections.iter().map(|s| power_holder(cx, s)).collect();
    let holder_ids = cx.unique_ids("power_holder", &sections);

    let sections = cx.sections(root, "ask", ASK_KEYS);
    let asks: Vec<_> = sections.iter().map(|s| ask(cx, s, &holder_ids)).collect();
    let ask_ids = cx.unique_ids("ask", &sections);

    let sections = cx.sections(root, "pledge", PLEDGE_KEYS);
    let pledges: Vec<_> = sections.iter().map(|s| pledge(cx, s)).collect();
    let pledge_ids = cx.unique_ids("pledge", &sections);

    let known = Known {
        asks: ask_ids,
        pledges: pledge_ids,
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

    Some(Plan {
        assembly: assembly?,
        institutions: institutions.into_iter().collect::<Option<_>>()?,
        power_holders: power_holders.into_iter().collect::<Option<_>>()?,
        asks: asks.into_iter().collect::<Option<_>>()?,
        pledges: pledges.into_iter().collect::<Option<_>>()?,
        items: items.into_iter().collect::<Option<_>>()?,
    })
}

/// `misspelt`: an unknown key was already reported as a typo of "assembly".
fn read_assembly(cx: &mut Checker<'_>, root: &DeTable<'_>, misspelt: bool) -> Option<AssemblyInfo> {
    let Some((key, value)) = root.get_key_value("assembly") else {
        if misspelt {
            return None;
        }
        cx.report(
            0..0,
            "missing [assembly] table",
            Some(r#"start the plan with [assembly], then title = "..." and venue = "...""#.into()),
        );
        return None;
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
        return None;
    };
    let s = cx.section(table, value.span(), "[assembly]".into(), ASSEMBLY_KEYS);
    let title = cx.text(&s, "title", TITLE_MAX);
    let venue = cx.text(&s, "venue", TITLE_MAX);
    let starts = cx.starts(&s);
    Some(AssemblyInfo {
        title: title?,
        venue: venue?,
        starts: starts?,
    })
}

fn institution(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<Institution> {
    let id = cx.id(s);
    let name = cx.text(s, "name", TITLE_MAX);
    let promised = cx.promised(s);
    Some(Institution {
        id: id?,
        name: name?,
        promised: promised?,
    })
}

fn power_holder(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<PowerHolder> {
    let id = cx.id(s);
    let name = cx.text(s, "name", TITLE_MAX);
    let role = cx.text(s, "role", TITLE_MAX);
    Some(PowerHolder {
        id: id?,
        name: name?,
        role: role?,
    })
}

fn ask(cx: &mut Checker<'_>, s: &Section<'_, '_>, holders: &[String]) -> Option<Ask> {
    let id = cx.id(s);
    let title = cx.text(s, "title", TITLE_MAX);
    let text = cx.text(s, "text", TEXT_MAX);
    let to = cx.addressees(s, holders);
    Some(Ask {
        id: id?,
        title: title?,
        text: text?,
        to: to?,
    })
}

fn pledge(cx: &mut Checker<'_>, s: &Section<'_, '_>) -> Option<Pledge> {
    let id = cx.id(s);
    let text = cx.text(s, "text", TEXT_MAX);
    Some(Pledge {
        id: id?,
        text: text?,
    })
}

/// Ids that references may point at; only those with a well-formed id.
struct Known {
    asks: Vec<String>,
    pledges: Vec<String>,
}

fn item(cx: &mut Checker<'_>, s: &Section<'_, '_>, known: &Known) -> Option<Item> {
    let title = cx.text(s, "title", TITLE_MAX);
    let kind = cx.kind(s);
    let seconds = cx.length(s);
    let lead = cx.optional_text(s, "lead", TITLE_MAX);
    let notes = cx.optional_text(s, "notes", TEXT_MAX);
    let ask = cx.reference(s, "ask", &known.asks);
    let pledge = cx.reference(s, "pledge", &known.pledges);

    let needs = match kind {
        Some(ItemKind::Ask | ItemKind::Response) => Some(("ask", &ask, &known.asks)),
        Some(ItemKind::Pledge) => Some(("pledge", &pledge, &known.pledges)),
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
        title: title?,
        kind: kind?,
        seconds: seconds?,
        lead: lead?,
        ask: ask?,
        pledge: pledge?,
        notes: notes?,
    })
}

/// One table of the plan, named for messages: `[assembly]`, `[[item]] #3`.
struct Section<'t, 'i> {
    table: &'t DeTable<'i>,
    /// The table header (or inline table), where "missing key" points.
    span: Range<usize>,
    name: String,
    /// Allowed keys an unknown key was probably meant to be; their absence
    /// is not reported again.
    typos: Vec<&'static str>,
}

impl<'t, 'i> Section<'t, 'i> {
    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }
}

/// Collects diagnostics with positions; every reader returns `None` only
/// after reporting why.
struct Checker<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
    diagnostics: Vec<Diagnostic>,
}

impl<'s> Checker<'s> {
    fn new(source: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Checker {
            source,
            line_starts,
            diagnostics: Vec::new(),
        }
    }

    /// 1-based line and column (in chars) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line, self.source[start..offset].chars().count() + 1)
    }

    fn report(&mut self, span: Range<usize>, message: impl Into<String>, help: Option<String>) {
        let (line, column) = self.position(span.start);
        self.diagnostics.push(Diagnostic {
            line,
            column,
            message: message.into(),
            help,
        });
    }

    fn into_error(mut self) -> Error {
        // Tables come back keyed alphabetically; file order reads better.
        self.diagnostics.sort_by_key(|d| (d.line, d.column));
        Error {
            diagnostics: self.diagnostics,
        }
    }

    fn syntax(&mut self, err: &toml::de::Error) {
        let span = err.span().unwrap_or(0..0);
        let message = err.message().trim().replace('\n', "; ");
        let (message, help) = if message == "duplicate key" {
            let key = self.source.get(span.clone()).unwrap_or("").trim();
            (
                format!("duplicate key {key:?}"),
                Some("a key can appear only once in a table; start a new [[...]] entry for another one".into()),
            )
        } else {
            (message, None)
        };
        self.report(span, format!("invalid TOML: {message}"), help);
    }

    /// Reports an unknown key; returns the allowed key it is likely a typo of.
    fn unknown_key(
        &mut self,
        key: &Spanned<Cow<'_, str>>,
        place: &str,
        allowed: &[&'static str],
    ) -> Option<&'static str> {
        let key_text = key.get_ref().as_ref();
        let list = allowed.join(", ");
        let near = suggest(key_text, allowed);
        let help = match near {
            Some(near) => format!("did you mean {near:?}? allowed keys: {list}"),
            None => format!("allowed keys: {list}"),
        };
        self.report(
            key.span(),
            format!("unknown key {key_text:?} {place}"),
            Some(help),
        );
        near
    }

    /// A table to read, after reporting its unknown keys.
    fn section<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        name: String,
        allowed: &[&'static str],
    ) -> Section<'t, 'i> {
        let mut typos = Vec::new();
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let near = self.unknown_key(key, &format!("in {name}"), allowed);
                typos.extend(near.filter(|near| !table.contains_key(*near)));
            }
        }
        Section {
            table,
            span,
            name,
            typos,
        }
    }

    /// The tables of one top-level array such as `[[item]]`.
    fn sections<'t, 'i>(
        &mut self,
        root: &'t DeTable<'i>,
        key: &str,
        allowed: &[&'static str],
    ) -> Vec<Section<'t, 'i>> {
        let Some((k, value)) = root.get_key_value(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.report(
                k.span(),
                format!(
                    "\"{key}\" must be a list of [[{key}]] tables, not {}",
                    a_type(value.get_ref())
                ),
                Some(format!(
                    "write [[{key}]] with double brackets, once per entry"
                )),
            );
            return Vec::new();
        };
        let mut sections = Vec::new();
        for (n, element) in array.iter().enumerate() {
            let name = format!("[[{key}]] #{}", n + 1);
            match element.get_ref() {
                DeValue::Table(table) => {
                    sections.push(self.section(table, element.span(), name, allowed));
                }
                other => self.report(
                    element.span(),
                    format!("{name} must be a table, not {}", a_type(other)),
                    Some(format!(
                        "write each entry as [[{key}]] followed by its keys"
                    )),
                ),
            }
        }
        sections
    }

    /// A string value, trimmed. Outer `None`: reported problem; inner
    /// `None` (optional keys only): absent or blank.
    fn string(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        max: usize,
        required: bool,
    ) -> Option<Option<Spanned<String>>> {
        let Some(value) = s.get(key) else {
            if required {
                self.missing(s, key);
                return None;
            }
            return Some(None);
        };
        let Some(text) = value.get_ref().as_str() else {
            self.wrong_type(s, key, value, "a string");
            return None;
        };
        let text = text.trim();
        if text.is_empty() {
            if required {
                self.report(
                    value.span(),
                    format!("\"{key}\" in {} is empty", s.name),
                    None,
                );
                return None;
            }
            return Some(None);
        }
        let chars = text.chars().count();
        if chars > max {
            self.report(
                value.span(),
                format!(
                    "\"{key}\" in {} is too long: {chars} characters, the limit is {max}",
                    s.name
                ),
                None,
            );
            return None;
        }
        Some(Some(Spanned::new(value.span(), text.to_owned())))
    }

    /// Required text; `None` once the problem is reported.
    fn text(&mut self, s: &Section<'_, '_>, key: &str, max: usize) -> Option<String> {
        let text = self.string(s, key, max, true)??;
        Some(text.into_inner())
    }

    /// Optional text; `Some(None)` when absent or blank.
    fn optional_text(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        max: usize,
    ) -> Option<Option<String>> {
        let text = self.string(s, key, max, false)?;
        Some(text.map(Spanned::into_inner))
    }

    fn id(&mut self, s: &Section<'_, '_>) -> Option<String> {
        self.slug(s, "id", true)?
    }

    /// An id or a reference to one. Inner `None`: optional and absent.
    fn slug(&mut self, s: &Section<'_, '_>, key: &str, required: bool) -> Option<Option<String>> {
        let Some(id) = self.string(s, key, ID_MAX, required)? else {
            return Some(None);
        };
        if !is_slug(id.get_ref()) {
            let slug = slugify(id.get_ref());
            let example = if is_slug(&slug) {
                format!("; for example {slug:?}")
            } else {
                String::new()
            };
            self.report(
                id.span(),
                format!("\"{key}\" in {} is not a valid id: {:?}", s.name, id.get_ref()),
                Some(format!(
                    "ids use lowercase letters, digits, \"-\" and \"_\", starting with a letter or digit{example}"
                )),
            );
            return None;
        }
        Some(Some(id.into_inner()))
    }

    /// Checks ids are unique within one kind; returns the well-formed ids.
    fn unique_ids(&mut self, kind: &str, sections: &[Section<'_, '_>]) -> Vec<String> {
        let mut first: HashMap<String, (usize, &str)> = HashMap::new();
        let mut ids = Vec::new();
        for s in sections {
            let Some(value) = s.get("id") else { continue };
            let Some(id) = value.get_ref().as_str().map(str::trim) else {
                continue;
            };
            if !is_slug(id) {
                continue;
            }
            if let Some((line, name)) = first.get(id) {
                self.report(
                    value.span(),
                    format!("duplicate {kind} id {id:?} in {}", s.name),
                    Some(format!(
                        "{id:?} is already used by {name} on line {line}; ids must be unique"
                    )),
                );
                continue;
            }
            first.insert(
                id.to_owned(),
                (self.position(value.span().start).0, &s.name),
            );
            ids.push(id.to_owned());
        }
        ids
    }

    /// An optional reference that must name one of `known`.
    fn reference(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        known: &[String],
    ) -> Option<Option<String>> {
        let Some(span) = s.get(key).map(Spanned::span) else {
            return Some(None);
        };
        let id = self.slug(s, key, false)?;
        if let Some(id) = &id {
            if !known.contains(id) {
                self.unknown_reference(span, key, id, &s.name, known);
                return None;
            }
        }
        Some(id)
    }

    fn unknown_reference(
        &mut self,
        span: Range<usize>,
        kind: &str,
        id: &str,
        place: &str,
        known: &[String],
    ) {
        let candidates: Vec<&str> = known.iter().map(String::as_str).collect();
        let list = known_list(&format!("{kind}s"), known);
        let help = match suggest(id, &candidates) {
            Some(near) => format!("did you mean {near:?}? {list}"),
            None => list,
        };
        self.report(
            span,
            format!("unknown {kind} {id:?} in {place}"),
            Some(help),
        );
    }

    fn missing(&mut self, s: &Section<'_, '_>, key: &str) {
        if s.typos.contains(&key) {
            return;
        }
        let example = match key {
            "promised" => "120".into(),
            "to" => "[\"<power_holder id>\"]".into(),
            "id" => "\"short-id\"".into(),
            _ => "\"...\"".to_owned(),
        };
        self.report(
            s.span.clone(),
            format!("missing \"{key}\" in {}", s.name),
            Some(format!("add {key} = {example}")),
        );
    }

    fn wrong_type(
        &mut self,
        s: &Section<'_, '_>,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        expected: &str,
    ) {
        let help = match value.get_ref() {
            _ if expected == "a string" => {
                Some(format!("put the value in quotes: {key} = \"...\""))
            }
            DeValue::String(_) if expected.contains("number") => {
                Some("remove the quotes".to_owned())
            }
            _ => None,
        };
        self.report(
            value.span(),
            format!(
                "\"{key}\" in {} must be {expected}, not {}",
                s.name,
                a_type(value.get_ref())
            ),
            help,
        );
    }

    fn starts(&mut self, s: &Section<'_, '_>) -> Option<Option<String>> {
        let Some(value) = s.get("starts") else {
            return Some(None);
        };
        let text = match value.get_ref() {
            DeValue::String(text) => text.trim().to_owned(),
            DeValue::Datetime(datetime) => datetime.to_string(),
            _ => {
                self.wrong_type(s, "starts", value, "a date and time");
                return None;
            }
        };
        let rfc3339 = &time::format_description::well_known::Rfc3339;
        if time::OffsetDateTime::parse(&text, rfc3339).is_err() {
            self.report(
                value.span(),
                format!(
                    "\"starts\" in {} is not an RFC 3339 date and time: {text:?}",
                    s.name
                ),
                Some("write it with a time zone offset, e.g. \"2026-03-14T18:30:00+00:00\"".into()),
            );
            return None;
        }
        Some(Some(text))
    }

    fn promised(&mut self, s: &Section<'_, '_>) -> Option<u32> {
        let Some(value) = s.get("promised") else {
            self.missing(s, "promised");
            return None;
        };
        let Some(int) = value.get_ref().as_integer() else {
            self.wrong_type(s, "promised", value, "a whole number");
            return None;
        };
        match i64::from_str_radix(int.as_str(), int.radix()) {
            Ok(n) if (0..=PROMISED_MAX).contains(&n) => u32::try_from(n).ok(),
            _ => {
                self.report(
                    value.span(),
                    format!(
                        "\"promised\" in {} must be between 0 and {PROMISED_MAX}, not {int}",
                        s.name
                    ),
                    None,
                );
                None
            }
        }
    }

    fn addressees(&mut self, s: &Section<'_, '_>, holders: &[String]) -> Option<Vec<String>> {
        let Some(value) = s.get("to") else {
            self.missing(s, "to");
            return None;
        };
        let Some(array) = value.get_ref().as_array() else {
            let help = value
                .get_ref()
                .as_str()
                .map(|one| format!("write to = [{:?}]", one.trim()));
            self.report(
                value.span(),
                format!(
                    "\"to\" in {} must be an array of power_holder ids, not {}",
                    s.name,
                    a_type(value.get_ref())
                ),
                help,
            );
            return None;
        };
        if array.is_empty() {
            self.report(
                value.span(),
                format!(
                    "\"to\" in {} is empty: an ask must be put to someone",
                    s.name
                ),
                Some(known_list("power_holders", holders)),
            );
            return None;
        }
        let mut to: Vec<String> = Vec::new();
        let mut ok = true;
        for element in array.iter() {
            let Some(id) = element.get_ref().as_str().map(str::trim) else {
                self.report(
                    element.span(),
                    format!(
                        "\"to\" in {} must list power_holder ids as strings, not {}",
                        s.name,
                        a_type(element.get_ref())
                    ),
                    None,
                );
                ok = false;
                continue;
            };
            if !holders.iter().any(|h| h == id) {
                self.unknown_reference(element.span(), "power_holder", id, &s.name, holders);
                ok = false;
            } else if to.iter().any(|t| t == id) {
                self.report(
                    element.span(),
                    format!("{id:?} appears twice in \"to\" of {}", s.name),
                    None,
                );
                ok = false;
            } else {
                to.push(id.to_owned());
            }
        }
        ok.then_some(to)
    }

    fn kind(&mut self, s: &Section<'_, '_>) -> Option<ItemKind> {
        let kinds: Vec<&str> = ItemKind::ALL.iter().map(|k| k.as_str()).collect();
        let text = self.string(s, "kind", TITLE_MAX, true)??;
        let found = ItemKind::parse(text.get_ref());
        if found.is_none() {
            let list = kinds.join(", ");
            let help = match suggest(text.get_ref(), &kinds) {
                Some(near) => format!("did you mean {near:?}? kinds: {list}"),
                None => format!("kinds: {list}"),
            };
            self.report(
                text.span(),
                format!("unknown kind {:?} in {}", text.get_ref(), s.name),
                Some(help),
            );
        }
        found
    }

    /// Planned length in seconds from exactly one of `minutes` or `duration`.
    fn length(&mut self, s: &Section<'_, '_>) -> Option<u32> {
        let (value, key) = match (s.get("minutes"), s.get("duration")) {
            (Some(m), Some(d)) => {
                let later = if m.span().start > d.span().start {
                    m
                } else {
                    d
                };
                self.report(
                    later.span(),
                    format!("{} has both \"minutes\" and \"duration\"", s.name),
                    Some("give one of them, not both".into()),
                );
                return None;
            }
            (None, None) => {
                if s.typos.contains(&"minutes") || s.typos.contains(&"duration") {
                    return None;
                }
                self.report(
                    s.span.clone(),
                    format!("{} has no length", s.name),
                    Some("add minutes = 5 or duration = \"4:30\"".into()),
                );
                return None;
            }
            (Some(m), None) => (m, "minutes"),
            (None, Some(d)) => (d, "duration"),
        };
        let seconds = match (key, value.get_ref()) {
            ("minutes", DeValue::Integer(int)) => i64::from_str_radix(int.as_str(), int.radix())
                .map(|m| m as f64 * 60.0)
                .unwrap_or(if int.as_str().starts_with('-') {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                }),
            ("minutes", DeValue::Float(float)) => {
                float.as_str().parse::<f64>().map_or(f64::NAN, |m| m * 60.0)
            }
            ("minutes", _) => {
                self.wrong_type(s, key, value, "a number");
                return None;
            }
            (_, DeValue::String(text)) => match parse_duration(text.trim()) {
                Some(seconds) => seconds,
                None => {
                    self.report(
                        value.span(),
                        format!(
                            "\"duration\" in {} is not a length: {:?}",
                            s.name,
                            text.as_ref()
                        ),
                        Some(
                            "write minutes and seconds as \"4:30\", or hours as \"1:05:00\"".into(),
                        ),
                    );
                    return None;
                }
            },
            _ => {
                self.wrong_type(s, key, value, "a string like \"4:30\"");
                return None;
            }
        };
        let problem = if seconds.is_nan() {
            Some("is not a number".to_owned())
        } else if seconds < 0.0 {
            Some("is negative; an item needs a length above zero".to_owned())
        } else if seconds == 0.0 {
            Some("is zero; an item needs a length above zero".to_owned())
        } else if seconds.round() < 1.0 {
            Some("is shorter than one second".to_owned())
        } else if seconds.round() > ITEM_MAX_SECONDS as f64 {
            Some("is longer than 24 hours".to_owned())
        } else {
            None
        };
        if let Some(problem) = problem {
            self.report(
                value.span(),
                format!("\"{key}\" in {} {problem}", s.name),
                None,
            );
            return None;
        }
        Some(seconds.round() as u32)
    }
}

/// Seconds in `"M:SS"` or `"H:MM:SS"`; negative for a leading `-`.
fn parse_duration(text: &str) -> Option<f64> {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text),
    };
    let number = |part: &str| -> Option<u64> {
        let ok = !part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| part.parse().ok()).flatten()
    };
    let sixty = |part: &str| number(part).filter(|&n| part.len() == 2 && n < 60);
    let parts: Vec<&str> = body.split(':').collect();
    let seconds = match parts[..] {
        [m, ss] => number(m)? * 60 + sixty(ss)?,
        [h, mm, ss] => number(h)? * 3600 + sixty(mm)? * 60 + sixty(ss)?,
        _ => return None,
    };
    Some(sign * seconds as f64)
}

fn is_slug(id: &str) -> bool {
    let mut bytes = id.bytes();
    let first_ok = bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    first_ok
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A best guess at the slug someone meant, for help text.
fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(ID_MAX).collect()
}

fn known_list(kinds: &str, ids: &[String]) -> String {
    if ids.is_empty() {
        format!("there are no {kinds} in the plan")
    } else {
        format!("known {kinds}: {}", ids.join(", "))
    }
}

fn a_type(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The closest candidate, if close enough to be a likely typo.
fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let len = word.chars().count();
    if len > 64 {
        return None;
    }
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, _)| *d <= (len / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance: Levenshtein plus adjacent swaps,
/// so "titel" is one edit from "title".
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1)
                    .min(d[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A valid plan; tests append to it or replace one line of it.
    /// Its single [[item]] header is on line 25; an appended one is on 30.
    const BASE: &str = r#"[assembly]
title = "Test Assembly"
venue = "Church Hall"

[[institution]]
id = "st-marys"
name = "St Mary's"
promised = 40

[[power_holder]]
id = "leader"
name = "Cllr Jane Doe"
role = "Leader"

[[ask]]
id = "wage"
title = "Living Wage"
text = "Will you pay it?"
to = ["leader"]

[[pledge]]
id = "team"
text = "Will you join?"

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 3
"#;

    /// BASE plus a second item whose keys start on line 31.
    fn with_item(body: &str) -> String {
        format!("{BASE}\n[[item]]\n{body}\n")
    }

    /// BASE with one exact line replaced.
    fn replacing(line: &str, with: &str) -> String {
        assert!(BASE.contains(line), "BASE has no line {line:?}");
        BASE.replacen(line, with, 1)
    }

    fn problems(source: &str) -> Vec<Diagnostic> {
        match parse(source) {
            Ok(plan) => panic!("expected problems, got a plan: {plan:?}"),
            Err(err) => err.diagnostics,
        }
    }

    /// The one problem in `source`, as `(line, column, message)`.
    fn only(source: &str) -> Diagnostic {
        let all = problems(source);
        assert_eq!(all.len(), 1, "expected exactly one problem, got {all:#?}");
        all.into_iter().next().unwrap()
    }

    fn at(d: &Diagnostic) -> (usize, usize) {
        (d.line, d.column)
    }

    fn help(d: &Diagnostic) -> &str {
        d.help.as_deref().unwrap_or("")
    }

    #[test]
    fn demo_parses_into_a_realistic_assembly() {
        let plan = demo();
        assert_eq!(plan.institutions.len(), 12);
        assert_eq!(plan.total_promised(), 1500);
        assert_eq!(plan.power_holders.len(), 3);
        assert_eq!(plan.asks.len(), 3);
        assert_eq!(plan.pledges.len(), 1);
        assert_eq!(plan.items.len(), 14);
        let minutes = plan.planned_ms() / 60_000;
        assert!((85..=95).contains(&minutes), "demo runs {minutes} minutes");
        assert!(plan.institution("st-marys").unwrap().name.contains("'s, "));
        assert_eq!(plan.items[2].seconds, 270, "duration = \"4:30\"");
        assert_eq!(
            plan.assembly.starts.as_deref(),
            Some("2026-05-14T19:00:00+01:00")
        );
    }

    #[test]
    fn starter_parses() {
        let plan = parse(STARTER_SOURCE).unwrap();
        assert_eq!(plan.institutions.len(), 2);
        assert_eq!(plan.power_holders.len(), 1);
        assert_eq!(plan.asks.len(), 1);
        assert_eq!(plan.items.len(), 4);
    }

    #[test]
    fn base_parses_and_keeps_values() {
        let plan = parse(BASE).unwrap();
        assert_eq!(plan.assembly.title, "Test Assembly");
        assert_eq!(plan.assembly.starts, None);
        assert_eq!(plan.asks[0].to, ["leader"]);
        assert_eq!(plan.items[0].kind, ItemKind::Welcome);
        assert_eq!(plan.items[0].seconds, 180);
    }

    #[test]
    fn unknown_key_suggests_the_closest() {
        let d = only(&with_item(
            "title = \"Roll call\"\nkind = \"roll_call\"\nminuts = 5",
        ));
        assert_eq!(at(&d), (33, 1));
        assert_eq!(d.message, "unknown key \"minuts\" in [[item]] #2");
        assert_eq!(
            help(&d),
            "did you mean \"minutes\"? allowed keys: title, kind, minutes, duration, lead, ask, pledge, notes"
        );
    }

    #[test]
    fn unknown_top_level_table() {
        let d = only(&format!("{BASE}\n[[items]]\ntitle = \"x\"\n"));
        assert_eq!(at(&d), (30, 3));
        assert_eq!(d.message, "unknown key \"items\" at the top level");
        assert!(help(&d).starts_with("did you mean \"item\"?"));
    }

    #[test]
    fn misspelt_tables_are_not_also_reported_missing() {
        let source = BASE
            .replacen("[assembly]", "[asembly]", 1)
            .replacen("[[item]]", "[[iten]]", 1);
        let all = problems(&source);
        let messages: Vec<&str> = all.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown key \"asembly\" at the top level",
                "unknown key \"iten\" at the top level"
            ]
        );
    }

    #[test]
    fn single_bracket_table_where_a_list_is_expected() {
        let source = BASE.replacen("[[institution]]", "[institution]", 1);
        let d = only(&source);
        assert_eq!(at(&d), (5, 2));
        assert!(
            d.message
                .contains("must be a list of [[institution]] tables")
        );
    }

    #[test]
    fn missing_field_points_at_the_table_header() {
        let d = only(&with_item("kind = \"close\"\nminutes = 2"));
        assert_eq!(at(&d), (30, 1));
        assert_eq!(d.message, "missing \"title\" in [[item]] #2");
    }

    #[test]
    fn missing_assembly_is_reported_at_the_start() {
        let source = BASE.replacen("[assembly]", "# no assembly table", 1);
        let all = problems(&source);
        assert_eq!(at(&all[0]), (1, 1));
        assert_eq!(all[0].message, "missing [assembly] table");
    }

    #[test]
    fn empty_title_and_venue() {
        let source = replacing("title = \"Test Assembly\"", "title = \"  \"").replacen(
            "venue = \"Church Hall\"",
            "venue = \"\"",
            1,
        );
        let all = problems(&source);
        assert_eq!(all.len(), 2);
        assert_eq!(at(&all[0]), (2, 9));
        assert_eq!(all[0].message, "\"title\" in [assembly] is empty");
        assert_eq!(at(&all[1]), (3, 9));
    }

    #[test]
    fn wrong_type_says_what_was_expected() {
        let d = only(&replacing("promised = 40", "promised = \"forty\""));
        assert_eq!(at(&d), (8, 12));
        assert_eq!(
            d.message,
            "\"promised\" in [[institution]] #1 must be a whole number, not a string"
        );
        assert_eq!(help(&d), "remove the quotes");

        let d = only(&replacing("role = \"Leader\"", "role = 7"));
        assert_eq!(
            d.message,
            "\"role\" in [[power_holder]] #1 must be a string, not an integer"
        );
    }

    #[test]
    fn promised_must_be_in_range() {
        for bad in ["-1", "100001", "99999999999999999999", "4.5"] {
            let d = only(&replacing("promised = 40", &format!("promised = {bad}")));
            assert_eq!(at(&d), (8, 12), "{bad}");
        }
        assert!(parse(&replacing("promised = 40", "promised = 100_000")).is_ok());
        assert!(parse(&replacing("promised = 40", "promised = 0")).is_ok());
    }

    #[test]
    fn ids_must_be_slugs() {
        let d = only(&replacing("id = \"st-marys\"", "id = \"St Mary's\""));
        assert_eq!(at(&d), (6, 6));
        assert!(d.message.contains("is not a valid id"));
        assert!(help(&d).contains("\"st-mary-s\""), "{}", help(&d));

        let long = "a".repeat(ID_MAX + 1);
        let d = only(&replacing("id = \"st-marys\"", &format!("id = \"{long}\"")));
        assert!(d.message.contains("too long"));
        let ok = "a".repeat(ID_MAX);
        assert!(parse(&replacing("id = \"st-marys\"", &format!("id = \"{ok}\""))).is_ok());
    }

    #[test]
    fn duplicate_id_points_at_the_second_and_names_the_first() {
        let source = format!(
            "{BASE}\n[[power_holder]]\nid = \"leader\"\nname = \"Someone Else\"\nrole = \"Mayor\"\n"
        );
        let d = only(&source);
        assert_eq!(at(&d), (31, 6));
        assert_eq!(
            d.message,
            "duplicate power_holder id \"leader\" in [[power_holder]] #2"
        );
        assert!(
            help(&d).contains("[[power_holder]] #1 on line 11"),
            "{}",
            help(&d)
        );
    }

    #[test]
    fn unknown_ask_reference() {
        let d = only(&with_item(
            "title = \"Responses\"\nkind = \"response\"\nminutes = 5\nask = \"wages\"",
        ));
        assert_eq!(at(&d), (34, 7));
        assert_eq!(d.message, "unknown ask \"wages\" in [[item]] #2");
        assert_eq!(help(&d), "did you mean \"wage\"? known asks: wage");
    }

    #[test]
    fn unknown_power_holder_in_to() {
        let d = only(&replacing(
            "to = [\"leader\"]",
            "to = [\"leader\", \"mayor\"]",
        ));
        assert_eq!(at(&d), (19, 17));
        assert_eq!(d.message, "unknown power_holder \"mayor\" in [[ask]] #1");
        assert_eq!(help(&d), "known power_holders: leader");
    }

    #[test]
    fn to_must_be_a_non_empty_list() {
        let d = only(&replacing("to = [\"leader\"]", "to = []"));
        assert_eq!(at(&d), (19, 6));
        assert!(d.message.contains("is empty"));

        let d = only(&replacing("to = [\"leader\"]", "to = \"leader\""));
        assert!(d.message.contains("must be an array of power_holder ids"));
        assert_eq!(help(&d), "write to = [\"leader\"]");

        let d = only(&replacing(
            "to = [\"leader\"]",
            "to = [\"leader\", \"leader\"]",
        ));
        assert_eq!(at(&d), (19, 17));
    }

    #[test]
    fn unknown_pledge_reference() {
        let d = only(&with_item(
            "title = \"Pledge\"\nkind = \"pledge\"\nminutes = 5\npledge = \"teams\"",
        ));
        assert_eq!(at(&d), (34, 10));
        assert_eq!(d.message, "unknown pledge \"teams\" in [[item]] #2");
        assert!(help(&d).contains("known pledges: team"));
    }

    #[test]
    fn ask_and_pledge_items_need_their_link() {
        let d = only(&with_item(
            "title = \"The ask\"\nkind = \"ask\"\nminutes = 3",
        ));
        assert_eq!(at(&d), (30, 1));
        assert_eq!(
            d.message,
            "[[item]] #2 is an \"ask\" item but has no \"ask\""
        );
        assert!(help(&d).contains("known asks: wage"));

        let d = only(&with_item(
            "title = \"Answers\"\nkind = \"response\"\nminutes = 3",
        ));
        assert_eq!(
            d.message,
            "[[item]] #2 is a \"response\" item but has no \"ask\""
        );

        let d = only(&with_item(
            "title = \"Pledge\"\nkind = \"pledge\"\nminutes = 3",
        ));
        assert_eq!(
            d.message,
            "[[item]] #2 is a \"pledge\" item but has no \"pledge\""
        );
    }

    #[test]
    fn ask_on_other_kinds_is_fine() {
        let plan = parse(&with_item(
            "title = \"Story\"\nkind = \"testimony\"\nminutes = 3\nask = \"wage\"",
        ))
        .unwrap();
        assert_eq!(plan.items[1].ask.as_deref(), Some("wage"));
    }

    #[test]
    fn lengths_in_minutes_or_duration() {
        let seconds = |length: &str| {
            let plan = parse(&with_item(&format!(
                "title = \"T\"\nkind = \"speech\"\n{length}"
            )));
            plan.unwrap().items[1].seconds
        };
        assert_eq!(seconds("minutes = 2.5"), 150);
        assert_eq!(seconds("minutes = 90"), 5400);
        assert_eq!(seconds("duration = \"2:30\""), 150);
        assert_eq!(seconds("duration = \"90:00\""), 5400);
        assert_eq!(seconds("duration = \"1:05:00\""), 3900);
    }

    #[test]
    fn bad_lengths_are_reported_at_the_value() {
        let cases = [
            ("minutes = 0", "is zero"),
            ("minutes = 0.0", "is zero"),
            ("minutes = -2", "is negative"),
            ("minutes = -0.5", "is negative"),
            ("minutes = nan", "is not a number"),
            ("minutes = inf", "longer than 24 hours"),
            ("minutes = 1441", "longer than 24 hours"),
            ("minutes = 0.001", "shorter than one second"),
            ("duration = \"0:00\"", "is zero"),
            ("duration = \"-1:00\"", "is negative"),
            ("duration = \"90\"", "is not a length"),
            ("duration = \"1:5\"", "is not a length"),
            ("duration = \"1:60\"", "is not a length"),
            ("duration = 90", "must be a string"),
            ("minutes = \"5\"", "must be a number"),
        ];
        for (length, expected) in cases {
            let source = with_item(&format!("title = \"T\"\nkind = \"speech\"\n{length}"));
            let d = only(&source);
            let column = length.find('=').unwrap() + 3;
            assert_eq!(at(&d), (33, column), "{length}");
            assert!(d.message.contains(expected), "{length}: {}", d.message);
        }
    }

    #[test]
    fn exactly_one_of_minutes_or_duration() {
        let d = only(&with_item(
            "title = \"T\"\nkind = \"speech\"\nminutes = 3\nduration = \"3:00\"",
        ));
        assert_eq!(at(&d), (34, 12));
        assert!(d.message.contains("both \"minutes\" and \"duration\""));

        let d = only(&with_item("title = \"T\"\nkind = \"speech\""));
        assert_eq!(at(&d), (30, 1));
        assert_eq!(d.message, "[[item]] #2 has no length");
    }

    #[test]
    fn unknown_kind_lists_the_kinds() {
        let d = only(&with_item("title = \"T\"\nkind = \"speach\"\nminutes = 3"));
        assert_eq!(at(&d), (32, 8));
        assert_eq!(d.message, "unknown kind \"speach\" in [[item]] #2");
        assert_eq!(
            help(&d),
            "did you mean \"speech\"? kinds: welcome, roll_call, testimony, ask, response, pledge, speech, close"
        );
    }

    #[test]
    fn empty_running_order() {
        let source = &BASE[..BASE.find("[[item]]").unwrap()];
        let d = only(source);
        assert_eq!(at(&d), (1, 1));
        assert!(d.message.contains("running order is empty"));

        let d = only(&format!("item = []\n{source}"));
        assert_eq!(at(&d), (1, 8));
    }

    #[test]
    fn starts_must_be_rfc3339() {
        let starts = |value: &str| {
            parse(&replacing(
                "venue = \"Church Hall\"",
                &format!("venue = \"Church Hall\"\nstarts = {value}"),
            ))
        };
        let plan = starts("2026-03-14T18:30:00Z").unwrap();
        assert_eq!(
            plan.assembly.starts.as_deref(),
            Some("2026-03-14T18:30:00Z")
        );
        let plan = starts("\"2026-03-14T18:30:00+01:00\"").unwrap();
        assert_eq!(
            plan.assembly.starts.as_deref(),
            Some("2026-03-14T18:30:00+01:00")
        );
        for bad in ["\"tomorrow\"", "2026-03-14T18:30:00", "2026-03-14", "1900"] {
            let d = starts(bad).unwrap_err().diagnostics.remove(0);
            assert_eq!(at(&d), (4, 10), "{bad}");
        }
    }

    #[test]
    fn text_length_caps_count_characters() {
        let title = |n: usize| {
            replacing(
                "title = \"Welcome\"",
                &format!("title = \"{}\"", "é".repeat(n)),
            )
        };
        assert!(parse(&title(TITLE_MAX)).is_ok());
        let d = only(&title(TITLE_MAX + 1));
        assert_eq!(at(&d), (26, 9));
        assert!(d.message.contains("201 characters, the limit is 200"));

        let notes = |n: usize| {
            with_item(&format!(
                "title = \"T\"\nkind = \"close\"\nminutes = 1\nnotes = \"{}\"",
                "x".repeat(n)
            ))
        };
        assert!(parse(&notes(TEXT_MAX)).is_ok());
        assert!(only(&notes(TEXT_MAX + 1)).message.contains("too long"));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let source = format!("{BASE}item2 = 1\n");
        // A top-level key after [[item]] belongs to the item table.
        assert_eq!(at(&only(&source)), (29, 1));

        let inline = BASE[..BASE.find("[[item]]").unwrap()].replacen(
            "[assembly]",
            "item = [{ title = \"Café ☕\", kind = \"speach\", minutes = 1 }]\n[assembly]",
            1,
        );
        let d = only(&inline);
        assert_eq!(at(&d), (1, 36), "counted in bytes it would be 39");
    }

    #[test]
    fn all_problems_in_one_pass_in_file_order() {
        let source = replacing("promised = 40", "promised = -1")
            .replacen("role = \"Leader\"", "rol = \"Leader\"", 1)
            .replacen("kind = \"welcome\"", "kind = \"welcom\"", 1);
        let all = problems(&source);
        let lines: Vec<usize> = all.iter().map(|d| d.line).collect();
        // "rol" is taken as a typo of "role", so "role" is not also missing.
        assert_eq!(lines, [8, 13, 27], "{all:#?}");
    }

    #[test]
    fn syntax_errors_are_one_clean_diagnostic() {
        let d = only("[assembly]\ntitle = \"Unclosed\nvenue = \"Hall\"\n");
        assert_eq!(at(&d), (2, 18));
        assert!(d.message.starts_with("invalid TOML: "), "{}", d.message);
        assert!(!d.message.contains('\n') && !d.message.contains("Error {"));

        let d = only("[assembly]\ntitle = \"A\"\ntitle = \"B\"\n");
        assert_eq!(at(&d), (3, 1));
        assert_eq!(d.message, "invalid TOML: duplicate key \"title\"");
    }

    #[test]
    fn render_and_display() {
        let err = parse(&replacing("promised = 40", "promised = true")).unwrap_err();
        assert_eq!(
            err.render("plan.toml"),
            "plan.toml:8:12: error: \"promised\" in [[institution]] #1 must be a whole number, not true/false\n"
        );
        let err = parse(&with_item("title = \"T\"\nkind = \"speach\"\nminutes = 3")).unwrap_err();
        let rendered = err.render("p.toml");
        assert!(rendered.starts_with("p.toml:32:8: error: unknown kind"));
        assert!(rendered.contains("\n  help: did you mean \"speech\"?"));
        assert!(err.to_string().starts_with("32:8: error: unknown kind"));
    }

    /// Each file in tests/plans is rejected, and its first problem is where
    /// expected.txt says; the CLI test relies on the same positions.
    #[test]
    fn broken_plan_files_match_expected_positions() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
        let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
        let mut listed = Vec::new();
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let (file, position) = line.split_once(' ').expect("FILE LINE:COLUMN");
            let source = std::fs::read_to_string(dir.join(file)).unwrap();
            let err = parse(&source).expect_err(file);
            let first = &err.diagnostics[0];
            assert_eq!(
                format!("{}:{}", first.line, first.column),
                position,
                "{file}:\n{}",
                err.render(file)
            );
            listed.push(file.to_owned());
        }
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".toml") {
                assert!(
                    listed.contains(&name),
                    "{name} is missing from expected.txt"
                );
            }
        }
        assert_eq!(listed.len(), 11);
    }

    #[test]
    fn suggestions_need_to_be_close() {
        assert_eq!(suggest("titel", &["title", "kind"]), Some("title"));
        assert_eq!(suggest("x", &["id", "name"]), None);
        assert_eq!(suggest("zzzzzz", ITEM_KEYS), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    /// Every problem must point inside the file (or just past its end).
    fn assert_positions_in_range(source: &str) {
        if let Err(err) = parse(source) {
            assert!(!err.diagnostics.is_empty());
            let lines = source.split('\n').count();
            for d in &err.diagnostics {
                assert!(d.line >= 1 && d.line <= lines, "{d:?} in {lines} lines");
                let width = source.split('\n').nth(d.line - 1).unwrap().chars().count();
                assert!(d.column >= 1 && d.column <= width + 1, "{d:?}");
            }
        }
    }

    fn toml_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(vec![
                '"', '\'', '[', ']', '=', '\n', ':', '-', '0', '#', ',', '.', '{'
            ]),
            any::<char>(),
        ]
    }

    /// DEMO_SOURCE with a few character and whole-line edits.
    fn mutated_demo() -> impl Strategy<Value = String> {
        let edit = (any::<prop::sample::Index>(), 0u8..5, toml_char());
        prop::collection::vec(edit, 1..6).prop_map(|edits| {
            let mut chars: Vec<char> = DEMO_SOURCE.chars().collect();
            for (at, op, c) in edits {
                let i = at.index(chars.len() + 1);
                let line_start = chars[..i]
                    .iter()
                    .rposition(|&c| c == '\n')
                    .map_or(0, |p| p + 1);
                let line_end = chars[i..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(chars.len(), |p| i + p + 1);
                match op {
                    0 => chars.insert(i, c),
                    1 if i < chars.len() => {
                        chars.remove(i);
                    }
                    2 if i < chars.len() => chars[i] = c,
                    3 => {
                        chars.drain(line_start..line_end);
                    }
                    _ => {
                        let line: Vec<char> = chars[line_start..line_end].to_vec();
                        chars.splice(line_end..line_end, line);
                    }
                }
            }
            chars.into_iter().collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn never_panics_on_any_string(source in "\\PC*") {
            assert_positions_in_range(&source);
        }

        #[test]
        fn never_panics_on_toml_like_text(source in "[a-z_\\[\\]=\"' \n0-9.:#{},-]{0,200}") {
            assert_positions_in_range(&source);
        }

        #[test]
        fn never_panics_on_a_mutated_demo(source in mutated_demo()) {
            assert_positions_in_range(&source);
        }
    }
}
