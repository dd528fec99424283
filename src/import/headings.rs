//! Recognising what a sheet holds and what each column is, by the words
//! organisers write: case, accents, punctuation and a plural `s` do not
//! matter, and common synonyms do (`Organisation`, `Pledged`, `Speaker`).

use serde::Serialize;

/// What one sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Assembly,
    Institutions,
    PowerHolders,
    Asks,
    Pledges,
    Items,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Assembly,
        Kind::Institutions,
        Kind::PowerHolders,
        Kind::Asks,
        Kind::Pledges,
        Kind::Items,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Assembly => "assembly",
            Kind::Institutions => "institutions",
            Kind::PowerHolders => "power_holders",
            Kind::Asks => "asks",
            Kind::Pledges => "pledges",
            Kind::Items => "items",
        }
    }

    /// What a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Assembly => "Assembly details",
            Kind::Institutions => "Institutions",
            Kind::PowerHolders => "Power-holders",
            Kind::Asks => "Asks",
            Kind::Pledges => "Pledges",
            Kind::Items => "Running order",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        let key = normal(text);
        Kind::ALL
            .into_iter()
            .find(|k| normal(k.as_str()) == key || normal(k.label()) == key)
    }

    /// The draft's fields this kind of sheet fills, each with the headings
    /// that mean it, the first being its own name.
    pub fn fields(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Kind::Assembly => &[
                (
                    "title",
                    &["title", "assembly", "name", "event", "assembly title"],
                ),
                ("venue", &["venue", "place", "location", "where", "address"]),
                (
                    "starts",
                    &[
                        "starts",
                        "start",
                        "date",
                        "when",
                        "starts at",
                        "start time",
                        "begins",
                        "date and time",
                        "date time",
                        "start date",
                        "starts on",
                        "starting",
                        "start date and time",
                        "day and time",
                    ],
                ),
                ("timezone", &["timezone", "time zone", "tz", "zone"]),
            ],
            Kind::Institutions => &[
                ("id", &["id", "slug", "code", "key"]),
                (
                    "name",
                    &[
                        "name",
                        "institution",
                        "organisation",
                        "organization",
                        "group",
                        "member",
                        "member institution",
                        "institution name",
                        "org",
                    ],
                ),
                (
                    "promised",
                    &[
                        "promised",
                        "turnout",
                        "pledged",
                        "target",
                        "commitment",
                        "committed",
                        "expected",
                        "number",
                        "numbers",
                        "promise",
                        "promised turnout",
                        "turnout promised",
                        "turnout target",
                        "target turnout",
                        "headcount",
                        "bringing",
                    ],
                ),
            ],
            Kind::PowerHolders => &[
                ("id", &["id", "slug", "code", "key"]),
                (
                    "name",
                    &[
                        "name",
                        "power holder",
                        "holder",
                        "person",
                        "decision maker",
                        "candidate",
                        "politician",
                        "target",
                    ],
                ),
                (
                    "role",
                    &[
                        "role",
                        "position",
                        "title",
                        "job",
                        "job title",
                        "office",
                        "post",
                    ],
                ),
            ],
            Kind::Asks => &[
                ("id", &["id", "slug", "code", "key"]),
                (
                    "title",
                    &[
                        "title",
                        "ask",
                        "ask title",
                        "campaign",
                        "issue",
                        "name",
                        "short title",
                    ],
                ),
                (
                    "text",
                    &[
                        "text",
                        "question",
                        "wording",
                        "ask text",
                        "full text",
                        "the ask",
                        "the question",
                        "question text",
                        "ask wording",
                        "wording of the ask",
                        "full ask",
                        "what we are asking",
                    ],
                ),
                (
                    "to",
                    &[
                        "to",
                        "holders",
                        "power holders",
                        "asked",
                        "asked to",
                        "ask of",
                        "who",
                        "targets",
                        "for",
                        "answered by",
                        "put to",
                    ],
                ),
            ],
            Kind::Pledges => &[
                ("id", &["id", "slug", "code", "key"]),
                ("text", &["text", "pledge", "question", "wording"]),
            ],
            Kind::Items => &[
                ("id", &["id", "slug", "code", "key"]),
                (
                    "title",
                    &[
                        "title",
                        "item",
                        "what",
                        "item title",
                        "segment",
                        "agenda item",
                        "name",
                    ],
                ),
                (
                    "kind",
                    &["kind", "type", "item type", "category", "kind of item"],
                ),
                (
                    "duration",
                    &[
                        "minutes",
                        "duration",
                        "length",
                        "time",
                        "mins",
                        "min",
                        "timing",
                        "planned",
                        "planned minutes",
                        "allotted",
                        "allocated",
                        "time allowed",
                    ],
                ),
                (
                    "lead",
                    &[
                        "lead",
                        "speaker",
                        "who",
                        "leader",
                        "led by",
                        "presenter",
                        "by",
                    ],
                ),
                ("ask", &["ask", "ask id"]),
                ("pledge", &["pledge", "pledge id"]),
                (
                    "notes",
                    &[
                        "notes",
                        "chair notes",
                        "comments",
                        "remarks",
                        "note for chair",
                        "notes for chair",
                    ],
                ),
            ],
        }
    }

    /// Names a sheet of this kind goes by.
    fn sheet_names(self) -> &'static [&'static str] {
        match self {
            Kind::Assembly => &[
                "assembly",
                "details",
                "event",
                "about",
                "settings",
                "info",
                "information",
                "assembly details",
            ],
            Kind::Institutions => &[
                "institutions",
                "turnout",
                "members",
                "organisations",
                "organizations",
                "groups",
                "roll call",
                "commitments",
                "member institutions",
            ],
            Kind::PowerHolders => &[
                "power holders",
                "holders",
                "targets",
                "decision makers",
                "panel",
                "politicians",
                "candidates",
            ],
            Kind::Asks => &["asks", "questions", "demands"],
            Kind::Pledges => &["pledges", "audience pledges"],
            Kind::Items => &[
                "running order",
                "items",
                "agenda",
                "programme",
                "program",
                "schedule",
                "run sheet",
                "order",
                "running",
            ],
        }
    }

    /// How strongly a heading suggests this kind of sheet, when its name
    /// does not say: distinctive headings weigh more than `Name`.
    fn weight(self, field: &str, heading: &str) -> u32 {
        let generic = ["name", "title", "text", "id", "ask", "pledge", "who"];
        if field == "id" {
            return 0;
        }
        if generic.contains(&heading) {
            return 1;
        }
        match (self, field) {
            (Kind::Items, "notes") => 1,
            (Kind::Items, "title") => 2,
            _ => 3,
        }
    }

    /// The field a heading stands for in this kind of sheet.
    pub fn field_of(self, heading: &str) -> Option<&'static str> {
        // `The question`, `Your title`: the same heading without its article.
        let bare = heading.trim();
        let bare = ["the ", "The ", "THE ", "your ", "Your "]
            .iter()
            .find_map(|a| bare.strip_prefix(a))
            .unwrap_or(bare);
        let key = normal(heading);
        let alt = normal(before_brackets(bare));
        self.fields()
            .iter()
            .find(|(_, names)| names.iter().any(|n| normal(n) == key))
            .or_else(|| {
                self.fields()
                    .iter()
                    .find(|(_, names)| !alt.is_empty() && names.iter().any(|n| normal(n) == alt))
            })
            .map(|(field, _)| *field)
    }

    /// The field names a column of this kind can be mapped to.
    pub fn field_names(self) -> Vec<&'static str> {
        self.fields().iter().map(|(f, _)| *f).collect()
    }
}

/// Whether `name` is exactly what a sheet of some kind is called
/// (`institutions`, `running order`), as a file of one sheet is named.
pub fn names_a_sheet(name: &str) -> bool {
    let key = normal(name);
    Kind::ALL
        .into_iter()
        .any(|k| k.sheet_names().iter().any(|n| normal(n) == key))
}

/// The kind a sheet's name says, if it says one.
pub fn kind_by_name(name: &str) -> Option<Kind> {
    let key = normal(name);
    if key.is_empty() {
        return None;
    }
    let exact = Kind::ALL
        .into_iter()
        .find(|k| k.sheet_names().iter().any(|n| normal(n) == key));
    // `Running order 2026`, `TELCO turnout`.
    exact.or_else(|| {
        Kind::ALL.into_iter().find(|k| {
            k.sheet_names()
                .iter()
                .filter(|n| normal(n).len() >= 4)
                .any(|n| key.contains(&normal(n)))
        })
    })
}

/// The kind a sheet's headings suggest: the one they fit best, if clearly.
pub fn kind_by_headings(headings: &[String]) -> Option<Kind> {
    let mut scores: Vec<(Kind, u32)> = Kind::ALL
        .into_iter()
        .filter(|k| *k != Kind::Assembly)
        .map(|k| {
            let score = headings
                .iter()
                .filter_map(|h| k.field_of(h).map(|f| k.weight(f, &normal(h))))
                .sum();
            (k, score)
        })
        .collect();
    scores.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
    match scores[..] {
        [(best, a), (_, b), ..] if a >= 3 && a > b => Some(best),
        _ => None,
    }
}

/// What a heading reads as before any `(minutes)` or `[people]`.
fn before_brackets(text: &str) -> &str {
    text.split(['(', '[']).next().unwrap_or(text)
}

/// Lowercase letters and digits only, accents dropped, a final plural `s`
/// dropped: `Power-holders` and `power holder` are the same key.
pub fn normal(text: &str) -> String {
    let mut key: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .filter(|c| c.is_alphanumeric())
        .collect();
    if key.len() > 3 && key.ends_with('s') && !key.ends_with("ss") {
        key.pop();
    }
    key
}

/// A Latin letter without its accent; anything else as it is.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        c => c,
    }
}

/// A column's letters as a spreadsheet names it: 0 is `A`, 26 is `AA`.
pub fn letters(mut column: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_read_loosely() {
        assert_eq!(normal("Power-holders"), normal("power holder"));
        assert_eq!(normal("Organisation"), normal("ORGANISATION "));
        assert_eq!(
            Kind::Institutions.field_of("Promised (people)"),
            Some("promised")
        );
        assert_eq!(Kind::Items.field_of("Durée"), None);
        assert_eq!(Kind::Items.field_of("Length (mins)"), Some("duration"));
        assert_eq!(Kind::PowerHolders.field_of("Title"), Some("role"));
        assert_eq!(Kind::Items.field_of("Speaker"), Some("lead"));
    }

    #[test]
    fn sheets_are_recognised_by_name_then_headings() {
        assert_eq!(kind_by_name("Running order"), Some(Kind::Items));
        assert_eq!(kind_by_name("running-order"), Some(Kind::Items));
        assert_eq!(kind_by_name("Power-holders"), Some(Kind::PowerHolders));
        assert_eq!(kind_by_name("TELCO turnout 2026"), Some(Kind::Institutions));
        assert_eq!(kind_by_name("Sheet1"), None);
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            kind_by_headings(&h(&["Name", "Promised"])),
            Some(Kind::Institutions)
        );
        assert_eq!(
            kind_by_headings(&h(&["Title", "Minutes", "Kind"])),
            Some(Kind::Items)
        );
        assert_eq!(
            kind_by_headings(&h(&["Name", "Role"])),
            Some(Kind::PowerHolders)
        );
        assert_eq!(
            kind_by_headings(&h(&["Ask", "Text", "To"])),
            Some(Kind::Asks)
        );
        assert_eq!(kind_by_headings(&h(&["Name"])), None);
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }
}
