//! A plan as someone is still writing it: every field a string, as a form
//! or a spreadsheet holds it. A draft is checked by writing it out as TOML
//! and reading that with the one checker the plan file uses, so the form,
//! the import and the file all get the same messages; each message is then
//! pinned to the field on its line.

use serde::{Deserialize, Serialize};

use super::Diagnostic;
use crate::domain::plan::{Item, Plan, TextKey};

/// Translations of one entry's texts, keyed as in the plan file: `title_cy`.
pub type DraftTexts = std::collections::BTreeMap<String, String>;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub assembly: DraftAssembly,
    pub institutions: Vec<DraftInstitution>,
    pub power_holders: Vec<DraftHolder>,
    pub asks: Vec<DraftAsk>,
    pub pledges: Vec<DraftPledge>,
    pub items: Vec<DraftItem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftAssembly {
    pub title: String,
    pub venue: String,
    /// RFC 3339; blank for none.
    pub starts: String,
    /// IANA name; blank for the server's zone.
    pub timezone: String,
    /// Language codes, comma-separated as typed: `en, cy, ar`; blank for
    /// English only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub languages: String,
    /// One or two of them, comma-separated; blank for the first two.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub screen_languages: String,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftInstitution {
    pub id: String,
    pub name: String,
    /// A whole number, as typed.
    pub promised: String,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftHolder {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftAsk {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Power-holder ids, in the order they answer.
    pub to: Vec<String>,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftPledge {
    pub id: String,
    pub text: String,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftItem {
    /// Blank: derived from the title.
    pub id: String,
    pub title: String,
    pub kind: String,
    /// Minutes (`3`, `1.5`) or a clock length (`2:30`, `1:05:00`).
    pub duration: String,
    pub lead: String,
    pub ask: String,
    pub pledge: String,
    /// The power-holder a report-back item is for; drafts from before
    /// report-backs existed have none.
    #[serde(default)]
    pub holder: String,
    pub notes: String,
    /// Translations of this entry's texts by TOML key: `title_cy`.
    #[serde(skip_serializing_if = "DraftTexts::is_empty")]
    pub translations: DraftTexts,
}
/// A problem pinned to the field it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    /// `assembly.title`, `institutions.3.name`, `items.0.duration`; a whole
    /// entry (`items.2`) when no one field is at fault, empty for the plan.
    pub field: String,
    /// Where it is in the TOML the draft was written as.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
}

/// The outcome of checking a draft.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// The draft as a plan file.
    pub toml: String,
    pub problems: Vec<FieldProblem>,
    pub warnings: Vec<FieldProblem>,
    #[serde(skip)]
    pub plan: Option<Plan>,
}

impl Draft {
    /// The draft of a valid plan: what `/setup` starts from.
    pub fn from_plan(plan: &Plan) -> Draft {
        Draft {
            assembly: DraftAssembly {
                title: plan.assembly.title.clone(),
                venue: plan.assembly.venue.clone(),
                starts: plan.assembly.starts.clone().unwrap_or_default(),
                timezone: plan.assembly.timezone.clone().unwrap_or_default(),
                languages: plan.assembly.languages.join(", "),
                screen_languages: plan.assembly.screen_languages.join(", "),
                translations: texts_of(plan, "assembly", "", &["title", "venue"]),
            },
            institutions: plan
                .institutions
                .iter()
                .map(|i| DraftInstitution {
                    id: i.id.to_string(),
                    name: i.name.clone(),
                    promised: i.promised.to_string(),
                    translations: texts_of(plan, "institution", &i.id, &["name"]),
                })
                .collect(),
            power_holders: plan
                .power_holders
                .iter()
                .map(|p| DraftHolder {
                    id: p.id.to_string(),
                    name: p.name.clone(),
                    role: p.role.clone(),
                    translations: texts_of(plan, "holder", &p.id, &["role"]),
                })
                .collect(),
            asks: plan
                .asks
                .iter()
                .map(|a| DraftAsk {
                    id: a.id.to_string(),
                    title: a.title.clone(),
                    text: a.text.clone(),
                    to: a.to.iter().map(ToString::to_string).collect(),
                    translations: texts_of(plan, "ask", &a.id, &["title", "text"]),
                })
                .collect(),
            pledges: plan
                .pledges
                .iter()
                .map(|p| DraftPledge {
                    id: p.id.to_string(),
                    text: p.text.clone(),
                    translations: texts_of(plan, "pledge", &p.id, &["text"]),
                })
                .collect(),
            items: plan
                .items
                .iter()
                .map(|i| DraftItem {
                    translations: texts_of(plan, "item", &i.id, &["title"]),
                    ..DraftItem::from_item(i)
                })
                .collect(),
        }
    }

    /// The draft as a plan file, and which field each line holds.
    pub fn to_toml(&self) -> (String, Vec<String>) {
        let a = &self.assembly;
        let mut out = Writer {
            languages: codes(&a.languages),
            ..Writer::default()
        };
        out.header("[assembly]", "assembly");
        out.string("title", &a.title, "assembly.title");
        out.translations("title", &a.translations, "assembly");
        out.string("venue", &a.venue, "assembly.venue");
        out.translations("venue", &a.translations, "assembly");
        // Typed as the importer reads it (`14/03/2026 18:30`), in the
        // assembly's zone: one parser for the form and the sheets.
        let starts = super::starts_typed(&a.starts, &a.timezone);
        out.optional("starts", &starts, "assembly.starts");
        out.optional("timezone", &a.timezone, "assembly.timezone");
        out.codes("languages", &a.languages, "assembly.languages");
        out.codes(
            "screen_languages",
            &a.screen_languages,
            "assembly.screen_languages",
        );
        for (n, i) in self.institutions.iter().enumerate() {
            let at = format!("institutions.{n}");
            out.header("[[institution]]", &at);
            out.string("id", &i.id, &format!("{at}.id"));
            out.string("name", &i.name, &format!("{at}.name"));
            out.translations("name", &i.translations, &at);
            out.number("promised", &i.promised, &format!("{at}.promised"));
        }
        for (n, p) in self.power_holders.iter().enumerate() {
            let at = format!("power_holders.{n}");
            out.header("[[power_holder]]", &at);
            out.string("id", &p.id, &format!("{at}.id"));
            out.string("name", &p.name, &format!("{at}.name"));
            out.string("role", &p.role, &format!("{at}.role"));
            out.translations("role", &p.translations, &at);
        }
        for (n, k) in self.asks.iter().enumerate() {
            let at = format!("asks.{n}");
            out.header("[[ask]]", &at);
            out.string("id", &k.id, &format!("{at}.id"));
            out.string("title", &k.title, &format!("{at}.title"));
            out.translations("title", &k.translations, &at);
            out.string("text", &k.text, &format!("{at}.text"));
            out.translations("text", &k.translations, &at);
            let to: Vec<String> =
                k.to.iter()
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| quote(t.trim()))
                    .collect();
            out.line(format!("to = [{}]", to.join(", ")), &format!("{at}.to"));
        }
        for (n, p) in self.pledges.iter().enumerate() {
            let at = format!("pledges.{n}");
            out.header("[[pledge]]", &at);
            out.string("id", &p.id, &format!("{at}.id"));
            out.string("text", &p.text, &format!("{at}.text"));
            out.translations("text", &p.translations, &at);
        }
        for (n, i) in self.items.iter().enumerate() {
            let at = format!("items.{n}");
            out.header("[[item]]", &at);
            out.optional("id", &i.id, &format!("{at}.id"));
            out.string("title", &i.title, &format!("{at}.title"));
            out.translations("title", &i.translations, &at);
            out.string("kind", &i.kind, &format!("{at}.kind"));
            let duration = i.duration.trim();
            let field = format!("{at}.duration");
            if !duration.is_empty() && is_number(duration) {
                out.line(format!("minutes = {duration}"), &field);
            } else {
                out.optional("duration", duration, &field);
            }
            out.optional("lead", &i.lead, &format!("{at}.lead"));
            out.optional("ask", &i.ask, &format!("{at}.ask"));
            out.optional("pledge", &i.pledge, &format!("{at}.pledge"));
            out.optional("holder", &i.holder, &format!("{at}.holder"));
            out.optional("notes", &i.notes, &format!("{at}.notes"));
        }
        (out.text, out.fields)
    }

    /// Check the draft with the plan file's checker.
    pub fn check(&self) -> Checked {
        let (toml, fields) = self.to_toml();
        let pin = |d: &Diagnostic| pin(d, &fields);
        match super::parse(&toml) {
            Ok(plan) => Checked {
                warnings: super::warnings(&toml).diagnostics.iter().map(pin).collect(),
                problems: Vec::new(),
                toml,
                plan: Some(plan),
            },
            Err(err) => Checked {
                problems: err.diagnostics.iter().map(pin).collect(),
                warnings: Vec::new(),
                toml,
                plan: None,
            },
        }
    }
}

impl DraftItem {
    fn from_item(item: &Item) -> DraftItem {
        let s = item.seconds;
        let duration = match s {
            s if s % 60 == 0 => (s / 60).to_string(),
            s if s >= 3600 => format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60),
            s => format!("{}:{:02}", s / 60, s % 60),
        };
        DraftItem {
            id: item.id.to_string(),
            title: item.title.clone(),
            kind: item.kind.as_str().to_owned(),
            duration,
            lead: item.lead.clone().unwrap_or_default(),
            ask: item.ask.clone().unwrap_or_default().to_string(),
            pledge: item.pledge.clone().unwrap_or_default().to_string(),
            holder: item.holder.clone().unwrap_or_default().to_string(),
            notes: item.notes.clone().unwrap_or_default(),
            translations: DraftTexts::new(),
        }
    }
}

/// The translations of `fields` of one entry of `plan`, keyed `title_cy`.
fn texts_of(plan: &Plan, part: &str, id: &str, fields: &[&str]) -> DraftTexts {
    let mut out = DraftTexts::new();
    for (lang, texts) in &plan.translations {
        for field in fields {
            if let Some(text) = texts.get(&TextKey::of(part, id, field)) {
                out.insert(format!("{field}_{lang}"), text.clone());
            }
        }
    }
    out
}

/// Language codes typed into one field, separated by commas or spaces.
fn codes(typed: &str) -> Vec<String> {
    typed
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The plan as a TOML file that reads back to the same plan.
pub fn to_toml(plan: &Plan) -> String {
    Draft::from_plan(plan).to_toml().0
}

/// The field a diagnostic is about: the one on its line, or for a problem
/// reported at an entry's header ("missing ...", "has no length") the
/// field it names.
fn pin(d: &Diagnostic, fields: &[String]) -> FieldProblem {
    let mut field = fields
        .get(d.line.wrapping_sub(1))
        .cloned()
        .unwrap_or_default();
    let is_entry = field == "assembly" || field.matches('.').count() == 1;
    if is_entry {
        let named = if d.message.contains("has no length") {
            Some("duration")
        } else if let Some((_, rest)) = d.message.split_once(" item but has no \"") {
            rest.split('"').next()
        } else {
            d.message
                .strip_prefix("missing \"")
                .and_then(|rest| rest.split('"').next())
        };
        if let Some(key) = named {
            field = format!("{field}.{key}");
        }
    }
    // Help about TOML syntax means nothing to someone filling in a form.
    let help = d.help.clone().filter(|h| {
        !h.starts_with("remove the quotes") && !h.starts_with("put the value in quotes")
    });
    FieldProblem {
        field,
        line: d.line,
        column: d.column,
        message: d.message.clone(),
        help,
    }
}

fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
        && (digits.len() == 1 || !digits.starts_with('0') || digits.starts_with("0."))
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes lines and remembers the field each one holds.
#[derive(Default)]
struct Writer {
    text: String,
    fields: Vec<String>,
    /// The draft's languages, in the order translations are written.
    languages: Vec<String>,
}

impl Writer {
    fn line(&mut self, line: String, field: &str) {
        self.text.push_str(&line);
        self.text.push('\n');
        self.fields.push(field.to_owned());
    }

    fn header(&mut self, header: &str, field: &str) {
        if !self.text.is_empty() {
            self.line(String::new(), "");
        }
        self.line(header.to_owned(), field);
    }

    /// A required string: written even when blank, so its absence is
    /// reported at its own field.
    fn string(&mut self, key: &str, value: &str, field: &str) {
        self.line(format!("{key} = {}", quote(value.trim())), field);
    }

    fn optional(&mut self, key: &str, value: &str, field: &str) {
        if !value.trim().is_empty() {
            self.string(key, value, field);
        }
    }

    /// The translations of `key` (`title_cy`, ...) right after it: those
    /// in the plan's languages in their order, then any others, which the
    /// checker reports. Blank ones are no translation.
    fn translations(&mut self, key: &str, texts: &DraftTexts, at: &str) {
        let prefix = format!("{key}_");
        let mut keys: Vec<&String> = texts
            .iter()
            .filter(|(k, text)| k.starts_with(&prefix) && !text.trim().is_empty())
            .map(|(k, _)| k)
            .collect();
        let rank = |k: &String| {
            let lang = &k[prefix.len()..];
            self.languages
                .iter()
                .position(|l| l == lang)
                .unwrap_or(usize::MAX)
        };
        keys.sort_by_key(|k| rank(k));
        for k in keys {
            self.string(k, &texts[k], &format!("{at}.{k}"));
        }
    }

    /// A list of language codes; nothing when blank.
    fn codes(&mut self, key: &str, typed: &str, field: &str) {
        let codes: Vec<String> = codes(typed).iter().map(|c| quote(c)).collect();
        if !codes.is_empty() {
            self.line(format!("{key} = [{}]", codes.join(", ")), field);
        }
    }

    /// A whole number as a number; anything else as text, so the checker
    /// says what is wrong with it.
    fn number(&mut self, key: &str, value: &str, field: &str) {
        let value = value.trim();
        match value.parse::<i64>() {
            Ok(n) => self.line(format!("{key} = {n}"), field),
            Err(_) if value.is_empty() => {}
            Err(_) => self.string(key, value, field),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_written_out_reads_back_the_same() {
        for source in [super::super::DEMO_SOURCE, super::super::STARTER_SOURCE] {
            let plan = super::super::parse(source).unwrap();
            let written = to_toml(&plan);
            assert_eq!(super::super::parse(&written).unwrap(), plan, "{written}");
        }
        for source in [
            include_str!("../../tests/fixtures/stress.toml"),
            include_str!("../../tests/fixtures/languages.toml"),
        ] {
            let plan = super::super::parse(source).unwrap();
            let written = to_toml(&plan);
            assert_eq!(super::super::parse(&written).unwrap(), plan, "{written}");
        }
    }

    #[test]
    fn problems_are_pinned_to_their_fields() {
        let plan = super::super::demo();
        let mut draft = Draft::from_plan(&plan);
        draft.institutions[1].name = String::new();
        draft.institutions[2].promised = "lots".into();
        draft.items[3].duration = String::new();
        draft.items[4].duration = "2:3x".into();
        draft.items[5].kind = "speach".into();
        draft.asks[0].to = vec!["nobody".into()];
        draft.assembly.title = "Say \"hello\"\\ \n twice".into();
        let checked = draft.check();
        assert!(checked.plan.is_none());
        let fields: Vec<&str> = checked.problems.iter().map(|p| p.field.as_str()).collect();
        for expected in [
            "institutions.1.name",
            "institutions.2.promised",
            "items.3.duration",
            "items.4.duration",
            "items.5.kind",
            "asks.0.to",
        ] {
            assert!(fields.contains(&expected), "{expected} in {fields:?}");
        }
        let promised = checked
            .problems
            .iter()
            .find(|p| p.field == "institutions.2.promised")
            .unwrap();
        assert!(promised.message.contains("whole number"), "{promised:?}");
        assert_eq!(promised.help, None, "no talk of quotes in a form");
        assert!(
            !fields.contains(&"assembly.title"),
            "quotes, backslashes and line breaks are written safely"
        );
    }

    #[test]
    fn durations_read_as_minutes_or_clock_lengths() {
        let mut draft = Draft::from_plan(&super::super::demo());
        draft.items[0].duration = "2:30".into();
        draft.items[1].duration = "1.5".into();
        draft.items[2].duration = "3".into();
        let plan = draft.check().plan.expect("a valid draft");
        let seconds: Vec<u32> = plan.items[..3].iter().map(|i| i.seconds).collect();
        assert_eq!(seconds, [150, 90, 180]);
        assert_eq!(Draft::from_plan(&plan).items[0].duration, "2:30");
        assert_eq!(Draft::from_plan(&plan).items[2].duration, "3");
    }

    #[test]
    fn every_diagnostic_of_a_draft_has_a_field() {
        // An empty draft: every problem is still pinned somewhere a form
        // can show it (the plan as a whole has the empty field).
        let checked = Draft::default().check();
        assert!(!checked.problems.is_empty());
        assert!(checked.problems.iter().any(|p| p.field == "assembly.title"));
    }
}
