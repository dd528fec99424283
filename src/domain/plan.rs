//! The validated plan: who is coming, who is asked what, and the running order.
//!
//! Values of these types have passed `plan::parse`, so every reference
//! resolves and every duration is positive. They are stored as JSON in the
//! event log so a restart never depends on the plan file still existing.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

/// An id from the plan: a short slug (`a-z`, `0-9`, `-`, `_`, starting with
/// a letter or digit), checked once where a plan is read, so everything
/// after can rely on it. Events and state name entries by these.
/// `Default` is the empty id of an item not yet settled (see
/// [`Plan::settle_item_ids`]); no other id is ever empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(String);

/// A plan read back from the record is checked as one read from a file:
/// an id that is not well formed does not read.
impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Id, D::Error> {
        let text = String::deserialize(deserializer)?;
        if is_slug(&text) {
            Ok(Id(text))
        } else {
            Err(serde::de::Error::custom(format!(
                "{text:?} is not a well-formed id"
            )))
        }
    }
}

impl Id {
    /// `Some` when `text` is a well-formed id.
    pub fn parse(text: &str) -> Option<Id> {
        is_slug(text).then(|| Id(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `id` is a well-formed id.
pub fn is_slug(id: &str) -> bool {
    let mut bytes = id.bytes();
    let first_ok = bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    first_ok
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

impl Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

/// Tests spell ids as literals; a malformed one is a bug in the test.
#[cfg(test)]
impl From<&str> for Id {
    fn from(text: &str) -> Id {
        Id::parse(text).unwrap_or_else(|| panic!("{text:?} is not a well-formed id"))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

/// A whole assembly as the organiser planned it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub assembly: AssemblyInfo,
    pub institutions: Vec<Institution>,
    pub power_holders: Vec<PowerHolder>,
    pub asks: Vec<Ask>,
    pub pledges: Vec<Pledge>,
    pub items: Vec<Item>,
    /// The plan's texts in its other languages: language code, then what
    /// the text is (see [`TextKey`]), then the text. Empty for a plan in one
    /// language, and absent from plans saved before translations existed.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// Language code → [`TextKey`] as a string → text.
pub type Translations =
    std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>;

/// Which text of the plan a translation is of: `assembly.title`,
/// `item.<id>.title`, `ask.<id>.text`, `pledge.<id>.text`,
/// `institution.<id>.name`, `holder.<id>.role`. The same string names it in
/// the hello frames, so pages look translations up the same way.
pub struct TextKey;

impl TextKey {
    /// The key of `field` of the part `part` (`assembly` has no id).
    pub fn of(part: &str, id: &str, field: &str) -> String {
        if id.is_empty() {
            format!("{part}.{field}")
        } else {
            format!("{part}.{id}.{field}")
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssemblyInfo {
    pub title: String,
    pub venue: String,
    /// RFC 3339, as written in the plan; `None` when the plan gives no time.
    pub starts: Option<String>,
    /// IANA name, as the tz database spells it; `None`: the server's zone.
    /// Absent from plans saved before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The languages the plan is written in, the first being that of its
    /// plain texts (`title`, `text`, `name`); the others have translations.
    /// Empty: English only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The one or two languages the projector and the speaker's timer show
    /// at once. Empty: the first two of `languages`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub screen_languages: Vec<String>,
}

/// A member institution that promised to bring people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    pub id: Id,
    pub name: String,
    pub promised: u32,
}

/// Someone with power who is asked to answer yes or no on stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerHolder {
    pub id: Id,
    pub name: String,
    pub role: String,
}

/// A concrete ask put to one or more power-holders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    pub id: Id,
    pub title: String,
    pub text: String,
    /// Power-holder ids, in the order they answer.
    pub to: Vec<Id>,
}

/// A yes/no put to the audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub id: Id,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Welcome,
    RollCall,
    Testimony,
    Ask,
    Response,
    Pledge,
    Speech,
    Close,
    /// A power-holder back on stage to report on what they committed to
    /// at the home's earlier assemblies.
    ReportBack,
}

impl ItemKind {
    pub const ALL: [ItemKind; 9] = [
        ItemKind::Welcome,
        ItemKind::RollCall,
        ItemKind::Testimony,
        ItemKind::Ask,
        ItemKind::Response,
        ItemKind::Pledge,
        ItemKind::Speech,
        ItemKind::Close,
        ItemKind::ReportBack,
    ];

    /// The name used in plan files and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Welcome => "welcome",
            ItemKind::RollCall => "roll_call",
            ItemKind::Testimony => "testimony",
            ItemKind::Ask => "ask",
            ItemKind::Response => "response",
            ItemKind::Pledge => "pledge",
            ItemKind::Speech => "speech",
            ItemKind::Close => "close",
            ItemKind::ReportBack => "report_back",
        }
    }

    pub fn parse(s: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One entry of the running order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// What events and state name the item by, so reordering the running
    /// order never reinterprets the record. Written in the plan or derived
    /// from the title (see [`Plan::settle_item_ids`]); plans saved before
    /// items had ids read with it empty and are settled on load.
    #[serde(default)]
    pub id: Id,
    pub title: String,
    pub kind: ItemKind,
    /// Planned length in whole seconds, always at least 1.
    pub seconds: u32,
    pub lead: Option<String>,
    /// Ask id, for ask and response items.
    pub ask: Option<Id>,
    /// Pledge id, for pledge items.
    pub pledge: Option<Id>,
    /// Power-holder id, for report-back items. Absent from plans saved
    /// before report-backs existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<Id>,
    /// For the chair only; never sent to public pages.
    pub notes: Option<String>,
}

/// Longest id derived from a title; written ids may be longer.
const DERIVED_ID_MAX: usize = 40;

/// A slug of `text`: lowercase ASCII letters and digits joined by `-`.
/// Empty when `text` has none (a title in Arabic script, say).
pub fn slug_of(text: &str, most: usize) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(most).collect();
    slug.trim_end_matches(['-', '_']).to_owned()
}

impl Plan {
    /// Gives every item without an id one derived from its title: its slug,
    /// or `item-N` for a title with no Latin letters, with `-2`, `-3` added
    /// until it is unique. Items that have ids keep them.
    pub fn settle_item_ids(&mut self) {
        let mut taken: std::collections::HashSet<String> = self
            .items
            .iter()
            .filter(|i| !i.id.is_empty())
            .map(|i| i.id.to_string())
            .collect();
        for (n, item) in self.items.iter_mut().enumerate() {
            if !item.id.is_empty() {
                continue;
            }
            let mut base = slug_of(&item.title, DERIVED_ID_MAX);
            if base.is_empty() {
                base = format!("item-{}", n + 1);
            }
            let mut id = base.clone();
            let mut k = 2;
            while taken.contains(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            taken.insert(id.clone());
            // A slug of ASCII letters and digits, or `item-N`: well formed.
            item.id = Id(id);
        }
    }

    /// Position of the item with this id in the running order.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.iter().find(|i| i.id == id)
    }

    pub fn power_holder(&self, id: &str) -> Option<&PowerHolder> {
        self.power_holders.iter().find(|p| p.id == id)
    }

    pub fn ask(&self, id: &str) -> Option<&Ask> {
        self.asks.iter().find(|a| a.id == id)
    }

    pub fn pledge(&self, id: &str) -> Option<&Pledge> {
        self.pledges.iter().find(|p| p.id == id)
    }

    pub fn total_promised(&self) -> u64 {
        self.institutions
            .iter()
            .map(|i| u64::from(i.promised))
            .sum()
    }

    /// Sum of planned item lengths, in milliseconds.
    /// The plan's own language: that of its plain texts.
    pub fn language(&self) -> &str {
        self.assembly.languages.first().map_or("en", String::as_str)
    }

    /// The languages the projector and stage show, one or two.
    pub fn screen_languages(&self) -> Vec<&str> {
        if self.assembly.screen_languages.is_empty() {
            let mut all: Vec<&str> = self.assembly.languages.iter().map(String::as_str).collect();
            if all.is_empty() {
                all.push("en");
            }
            all.truncate(2);
            all
        } else {
            self.assembly
                .screen_languages
                .iter()
                .map(String::as_str)
                .collect()
        }
    }

    /// A text of the plan in `language`: its translation if the plan gives
    /// one, else the plain text `base`.
    pub fn text_in<'a>(&'a self, language: &str, key: &str, base: &'a str) -> &'a str {
        self.translations
            .get(language)
            .and_then(|texts| texts.get(key))
            .map_or(base, String::as_str)
    }

    pub fn planned_ms(&self) -> i64 {
        self.items.iter().map(|i| i64::from(i.seconds) * 1000).sum()
    }
}
