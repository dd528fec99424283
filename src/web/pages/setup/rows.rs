//! Partials: one row of each section of `/setup`, drawn from a draft.
//!
//! The same functions draw the blank rows `setup-rows.js` clones for
//! "Add", so a row looks the same however it came. Every control's id is
//! its field path (`institutions.3.name`), the one `Draft::check` pins
//! problems to; its error element, added by the script when there is one,
//! is that path with `-error`. A row is known to the script by a key
//! (`data-key`) that survives renumbering, and references (an ask's
//! holders, an item's ask) name rows by key until they are sent.

use std::collections::HashMap;

use maud::{Markup, html};

use crate::domain::plan::ItemKind;
use crate::plan::{
    DraftAsk, DraftHolder, DraftInstitution, DraftItem, DraftPledge, DraftTexts as Texts,
};

/// Where a row sits, for its labels and field paths.
pub struct At<'a> {
    /// `institutions`, `power_holders`, `asks`, `pledges`, `items`.
    pub section: &'a str,
    /// 0-based.
    pub n: usize,
    /// "Institution": the row's label, numbered from 1.
    pub noun: &'a str,
    pub key: String,
    /// Why the record holds on to this entry, if it does.
    pub locked: Option<&'a str>,
    /// The languages texts are translated into: the plan's, but its first.
    pub languages: &'a [String],
}

impl At<'_> {
    fn path(&self, field: &str) -> String {
        format!("{}.{}.{field}", self.section, self.n)
    }

    fn number(&self) -> String {
        format!("{} {}", self.noun, self.n + 1)
    }
}

/// How a field is typed in.
#[derive(Clone, Copy)]
pub enum Control {
    Text,
    /// A whole number.
    Number,
    Long,
    /// An id: small, read-only while the record refers to it.
    Id,
}

/// A control inside its label. Its error element is added beside the label
/// by the script, only when there is something to say.
pub fn field(at: &At<'_>, f: &str, label: &str, value: &str, control: Control) -> Markup {
    let path = at.path(f);
    let locked = at.locked.is_some() && matches!(control, Control::Id);
    html! {
        div .field data-f=(f) {
            label {
                span .vn { (at.number()) } " " (label)
                @match control {
                    Control::Long => textarea id=(path) rows="2" dir="auto" { (value) },
                    Control::Number => input id=(path) value=(value) inputmode="numeric";,
                    Control::Id => input .id id=(path) value=(value) readonly[locked]
                        placeholder=[(at.section == "items").then_some("from the title")];,
                    Control::Text => input id=(path) value=(value) dir="auto";,
                }
            }
        }
    }
}

/// The language of a translation, as its label names it.
pub fn language_name(code: &str) -> String {
    crate::i18n::find(code).map_or_else(|| code.to_owned(), |l| l.name().to_owned())
}

/// The codes `f` is translated into here: the plan's languages, then any
/// other one the entry has a translation in (which the check reports).
pub fn codes_for<'a>(languages: &'a [String], f: &str, texts: &'a Texts) -> Vec<&'a str> {
    let mut codes: Vec<&str> = languages.iter().map(String::as_str).collect();
    let prefix = format!("{f}_");
    for key in texts.keys() {
        if let Some(code) = key.strip_prefix(&prefix)
            && is_code(code)
            && !codes.contains(&code)
        {
            codes.push(code);
        }
    }
    codes
}

/// Two or three lowercase letters, as `setup-rows.js` also asks.
fn is_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// One input per language after the text `f` it translates, labelled
/// `Title (Cymraeg)`; `setup-rows.js` draws the same when languages change.
pub fn translations(at: &At<'_>, f: &str, label: &str, texts: &Texts, long: bool) -> Markup {
    html! {
        @for code in codes_for(at.languages, f, texts) {
            @let key = format!("{f}_{code}");
            @let value = texts.get(&key).map_or("", String::as_str);
            div .field.tr.long[long] data-f=(key) data-tr=(code) {
                label {
                    span .vn { (at.number()) } " " (label) " (" (language_name(code)) ")"
                    @if long {
                        textarea id=(at.path(&key)) rows="2" dir="auto" lang=(code) { (value) }
                    } @else {
                        input id=(at.path(&key)) value=(value) dir="auto" lang=(code);
                    }
                }
            }
        }
    }
}

/// The buttons that end a row: Move up and down (items) and Remove; then,
/// on a line of its own, why Remove is off for an entry the record refers to.
fn actions(at: &At<'_>, movable: bool) -> Markup {
    let why = format!("{}.{}-why", at.section, at.n);
    let off = at.locked.is_some();
    html! {
        div .actions {
            @if movable {
                button type="button" data-act="up" disabled[off] { "Move up " span .vn { (at.number()) } }
                button type="button" data-act="down" disabled[off] { "Move down " span .vn { (at.number()) } }
            }
            button type="button" data-act="remove" disabled[off] aria-describedby=[at.locked.map(|_| why.as_str())] {
                "Remove " span .vn { (at.number()) }
            }
        }
        @if let Some(reason) = at.locked {
            p .why id=(why) { (reason) }
        }
    }
}

/// The row's number, for the eye: its labels carry it for screen readers.
fn head(at: &At<'_>) -> Markup {
    html! { p .num aria-hidden="true" { (at.n + 1) } }
}

fn locked_attr<'a>(at: &At<'a>) -> Option<&'a str> {
    at.locked
}

pub fn institution(at: &At<'_>, i: &DraftInstitution) -> Markup {
    html! {
        li .entry data-key=(at.key) data-locked=[locked_attr(at)] {
            (head(at))
            (field(at, "name", "Name", &i.name, Control::Text))
            (translations(at, "name", "Name", &i.translations, false))
            (field(at, "promised", "Promised", &i.promised, Control::Number))
            (field(at, "id", "Id", &i.id, Control::Id))
            (actions(at, false))
        }
    }
}

pub fn holder(at: &At<'_>, h: &DraftHolder) -> Markup {
    html! {
        li .entry data-key=(at.key) data-locked=[locked_attr(at)] {
            (head(at))
            (field(at, "name", "Name", &h.name, Control::Text))
            (field(at, "role", "Role", &h.role, Control::Text))
            (translations(at, "role", "Role", &h.translations, false))
            (field(at, "id", "Id", &h.id, Control::Id))
            (actions(at, false))
        }
    }
}

/// One power-holder an ask may be put to: `reference` is a holder's key,
/// or `=id` for an id no holder has (it stays, and is reported).
pub struct Target<'a> {
    pub reference: String,
    pub name: &'a str,
    pub chosen: bool,
}

/// The power-holders an ask may be put to, those it is put to first in the
/// order they answer.
pub fn targets<'a>(
    ask: &DraftAsk,
    holders: &'a [DraftHolder],
    keys: &HashMap<String, String>,
) -> Vec<Target<'a>> {
    let mut out: Vec<Target<'a>> = Vec::new();
    for id in &ask.to {
        let id = id.trim();
        let found = holders.iter().position(|h| h.id == id);
        let reference = match found {
            Some(n) => keys
                .get(holders[n].id.as_str())
                .cloned()
                .unwrap_or_default(),
            None => format!("={id}"),
        };
        if out.iter().any(|t| t.reference == reference) {
            continue;
        }
        out.push(Target {
            reference,
            name: found.map_or("", |n| holders[n].name.as_str()),
            chosen: true,
        });
    }
    for h in holders {
        let reference = keys.get(h.id.as_str()).cloned().unwrap_or_default();
        if !out.iter().any(|t| t.reference == reference) {
            out.push(Target {
                reference,
                name: &h.name,
                chosen: false,
            });
        }
    }
    out
}

/// One holder in an ask's list: a checkbox, and buttons to answer earlier
/// or later.
pub fn target(at: &At<'_>, t: &Target<'_>) -> Markup {
    let path = format!("{}.{}.to.{}", at.section, at.n, t.reference);
    let name = match t.reference.strip_prefix('=') {
        Some(id) => format!("{id} (no such power-holder)"),
        None => t.name.to_owned(),
    };
    html! {
        li data-ref=(t.reference) {
            label { input type="checkbox" id=(path) checked[t.chosen]; " " span .who { (name) } span .place {} }
            button type="button" data-act="earlier" { "Earlier" span .vh { ": " span .who { (name) } } }
            button type="button" data-act="later" { "Later" span .vh { ": " span .who { (name) } } }
        }
    }
}

pub fn ask(at: &At<'_>, a: &DraftAsk, targets: &[Target<'_>]) -> Markup {
    let to = at.path("to");
    html! {
        li .entry data-key=(at.key) data-locked=[locked_attr(at)] {
            (head(at))
            (field(at, "title", "Title", &a.title, Control::Text))
            (translations(at, "title", "Title", &a.translations, false))
            (field(at, "text", "Text (read out, and shown on the screen)", &a.text, Control::Long))
            (translations(at, "text", "Text", &a.translations, true))
            fieldset .field.to data-f="to" id=(to) {
                legend { span .vn { (at.number()) } " Put to, in the order they answer" }
                ol .targets {
                    @for t in targets { (target(at, t)) }
                }
            }
            (field(at, "id", "Id", &a.id, Control::Id))
            (actions(at, false))
        }
    }
}

pub fn pledge(at: &At<'_>, p: &DraftPledge) -> Markup {
    html! {
        li .entry data-key=(at.key) data-locked=[locked_attr(at)] {
            (head(at))
            (field(at, "text", "Text (put to the audience)", &p.text, Control::Long))
            (translations(at, "text", "Text", &p.translations, true))
            (field(at, "id", "Id", &p.id, Control::Id))
            (actions(at, false))
        }
    }
}

/// A choice among the rows of another section: `(reference, label)`.
pub type Choices = [(String, String)];

/// A select of kind, ask, pledge or power-holder. `value` is the reference chosen; one
/// no row has (an id from a file) is kept as a choice of its own.
fn select(
    at: &At<'_>,
    f: &str,
    label: &str,
    choices: &Choices,
    value: &str,
    shown: bool,
) -> Markup {
    let path = at.path(f);
    let known = value.is_empty() || choices.iter().any(|(r, _)| r == value);
    html! {
        div .field data-f=(f) hidden[!shown] {
            label {
                span .vn { (at.number()) } " " (label)
                select id=(path) {
                    @if f != "kind" { option value="" { "— none —" } }
                    @if !known {
                        option value=(value) selected { (value.trim_start_matches('=')) " (unknown)" }
                    }
                    @for (reference, text) in choices {
                        option value=(reference) selected[reference == value] { (text) }
                    }
                }
            }
        }
    }
}

/// The kind of an item already run: the record refuses a change, so it
/// is said, not offered as a choice (the hidden input keeps it in the draft).
fn fixed_kind(at: &At<'_>, value: &str) -> Markup {
    let label = kinds()
        .into_iter()
        .find(|(k, _)| k == value)
        .map_or_else(|| value.trim_start_matches('=').to_owned(), |(_, l)| l);
    html! {
        div .field.fixed data-f="kind" {
            p {
                span .vn { (at.number()) } " Kind: " strong { (label) }
                " (fixed: this item has started)"
            }
            input type="hidden" id=(at.path("kind")) value=(value);
        }
    }
}

/// The kinds, as the select offers them.
pub fn kinds() -> Vec<(String, String)> {
    ItemKind::ALL
        .iter()
        .map(|k| {
            let label = crate::i18n::english().family("kind-", k.as_str());
            (k.as_str().to_owned(), label)
        })
        .collect()
}

/// What an item links to, as references.
pub struct Links<'a> {
    pub asks: &'a Choices,
    pub pledges: &'a Choices,
    pub holders: &'a Choices,
    pub ask: String,
    pub pledge: String,
    pub holder: String,
}

pub fn item(at: &At<'_>, i: &DraftItem, links: &Links<'_>) -> Markup {
    let kind = if i.kind.is_empty() {
        "speech"
    } else {
        i.kind.as_str()
    };
    let parsed = ItemKind::parse(kind);
    let needs_ask = matches!(parsed, Some(ItemKind::Ask | ItemKind::Response));
    let needs_pledge = parsed == Some(ItemKind::Pledge);
    let needs_holder = parsed == Some(ItemKind::ReportBack);
    let kind_value = if parsed.is_some() {
        kind.to_owned()
    } else {
        format!("={kind}")
    };
    html! {
        li .entry data-key=(at.key) data-locked=[locked_attr(at)] {
            (head(at))
            @if at.locked.is_some() {
                (fixed_kind(at, &kind_value))
            } @else {
                (select(at, "kind", "Kind", &kinds(), &kind_value, true))
            }
            (field(at, "title", "Title", &i.title, Control::Text))
            (translations(at, "title", "Title", &i.translations, false))
            (field(at, "duration", "Minutes (or 2:30)", &i.duration, Control::Text))
            (field(at, "lead", "Lead", &i.lead, Control::Text))
            (select(at, "ask", "Ask", links.asks, &links.ask, needs_ask || !links.ask.is_empty()))
            (select(at, "pledge", "Pledge", links.pledges, &links.pledge, needs_pledge || !links.pledge.is_empty()))
            (select(at, "holder", "Power-holder reporting back", links.holders, &links.holder, needs_holder || !links.holder.is_empty()))
            (field(at, "notes", "Notes (the chair's only)", &i.notes, Control::Long))
            (field(at, "id", "Id", &i.id, Control::Id))
            (actions(at, true))
        }
    }
}
