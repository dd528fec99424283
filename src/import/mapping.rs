//! What the organiser says about sheets and columns that were not
//! recognised, as `--map` rules or the page's choices, and the rules that
//! name nothing.

use serde::{Deserialize, Serialize};

use super::headings::{self, Kind};
use super::{Problem, sheets};

/// What the organiser says about sheets and columns that were not
/// recognised: `SHEET:HEADING=FIELD` (or `=ignore`), `SHEET=KIND`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub sheet: String,
    /// `None`: the rule says what the whole sheet is.
    #[serde(default)]
    pub heading: Option<String>,
    /// A field (`promised`, `duration`), `ignore`, or for a sheet a kind.
    pub field: String,
}

impl Rule {
    /// `SHEET:HEADING=FIELD` or `SHEET=KIND`. Sheet names cannot hold a
    /// `:` in a spreadsheet, so the first one ends the sheet.
    pub fn parse(text: &str) -> Result<Rule, String> {
        let bad = || {
            format!(
                "--map {text:?} is not a mapping: write \"SHEET:HEADING=FIELD\" (FIELD may be \
                 ignore), or \"SHEET=KIND\" for a whole sheet"
            )
        };
        let (left, field) = text.rsplit_once('=').ok_or_else(bad)?;
        let (sheet, heading) = match left.split_once(':') {
            Some((sheet, heading)) => (sheet, Some(heading.trim().to_owned())),
            None => (left, None),
        };
        if sheet.trim().is_empty() || field.trim().is_empty() {
            return Err(bad());
        }
        Ok(Rule {
            sheet: sheet.trim().to_owned(),
            heading,
            field: field.trim().to_owned(),
        })
    }
}

/// Every rule the organiser gave.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mapping(pub Vec<Rule>);

/// What a rule makes of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Ignore,
    Field(&'static str),
}

impl Mapping {
    pub(super) fn kind_of(&self, sheet: &str) -> Option<Kind> {
        self.0
            .iter()
            .filter(|r| r.heading.is_none() && sheets::same(&r.sheet, sheet))
            .find_map(|r| Kind::parse(&r.field))
    }

    pub(super) fn target(&self, sheet: &str, heading: &str, kind: Kind) -> Option<Target> {
        self.0
            .iter()
            .filter(|r| sheets::same(&r.sheet, sheet))
            .filter(|r| {
                r.heading
                    .as_deref()
                    .is_some_and(|h| sheets::same(h, heading))
            })
            .find_map(|r| target(&r.field, kind))
    }
}

fn target(field: &str, kind: Kind) -> Option<Target> {
    if headings::normal(field) == "ignore" {
        return Some(Target::Ignore);
    }
    let names = kind.field_names();
    names
        .iter()
        .find(|n| **n == field.trim())
        .copied()
        .or_else(|| kind.field_of(field))
        .map(Target::Field)
}

/// Rules that name no sheet, no column or no field.
pub(super) fn problems(mapping: &Mapping, sheets: &[sheets::Sheet<'_>]) -> Vec<Problem> {
    let names: Vec<&str> = sheets.iter().map(|s| s.table.name.as_str()).collect();
    let mut out = Vec::new();
    for rule in &mapping.0 {
        let Some(sheet) = sheets
            .iter()
            .find(|s| sheets::same(&s.table.name, &rule.sheet))
        else {
            out.push(Problem::plain(format!(
                "the mapping names a sheet {:?} that is not in the files; the sheets are: {}",
                rule.sheet,
                names.join(", ")
            )));
            continue;
        };
        let name = &sheet.table.name;
        let Some(heading) = &rule.heading else {
            if Kind::parse(&rule.field).is_none() {
                let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                out.push(Problem::sheet(
                    name,
                    &format!("{:?} is not a kind of sheet", rule.field),
                    Some(&format!("kinds: {}", kinds.join(", "))),
                ));
            }
            continue;
        };
        let Some(kind) = sheet.kind else { continue };
        if !sheet
            .columns
            .iter()
            .any(|c| sheets::same(&c.heading, heading))
        {
            out.push(Problem::sheet(
                name,
                &format!("the mapping names a column {heading:?} that is not in this sheet"),
                None,
            ));
        } else if target(&rule.field, kind).is_none() {
            out.push(Problem::sheet(
                name,
                &format!("{:?} is not something {} holds", rule.field, kind.label()),
                Some(&format!(
                    "choose one of: {}, ignore",
                    kind.field_names().join(", ")
                )),
            ));
        }
    }
    out
}
