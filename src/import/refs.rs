//! What a spreadsheet says loosely, made exact: ids made from names where
//! the sheet has none, references by name or by id turned into ids, and
//! kinds written as people write them (`Roll call`, `Response(s)`) as the
//! plan's kinds.

use std::collections::{HashMap, HashSet};

use super::headings::normal;
use super::rows::Builder;
use crate::domain::plan::{ItemKind, slug_of};

/// Longest id made from a name.
const MADE_ID_MAX: usize = 40;

/// Words that say what kind an item is, in the order they are tried on a
/// title (`Responses to the ask` is a response).
const KIND_WORDS: &[(ItemKind, &[&str])] = &[
    (
        ItemKind::RollCall,
        &[
            "roll call",
            "rollcall",
            "roll",
            "turnout",
            "attendance",
            "call the roll",
        ],
    ),
    (
        ItemKind::Testimony,
        &[
            "testimony",
            "testimonies",
            "story",
            "stories",
            "personal story",
            "witness",
        ],
    ),
    (
        ItemKind::Response,
        &[
            "response",
            "responses",
            "answer",
            "answers",
            "reply",
            "replies",
            "responds",
        ],
    ),
    (ItemKind::Pledge, &["pledge", "pledges", "audience pledge"]),
    (
        ItemKind::ReportBack,
        &[
            "report back",
            "report_back",
            "report-back",
            "reporting back",
            "report",
        ],
    ),
    (
        ItemKind::Ask,
        &["ask", "asks", "the ask", "question", "demand"],
    ),
    (
        ItemKind::Welcome,
        &[
            "welcome",
            "opening",
            "open",
            "intro",
            "introduction",
            "introductions",
            "hello",
        ],
    ),
    (
        ItemKind::Close,
        &[
            "close",
            "closing",
            "end",
            "finish",
            "wrap up",
            "wrapup",
            "thanks",
            "thank you",
            "closing remarks",
        ],
    ),
    (
        ItemKind::Speech,
        &[
            "speech",
            "talk",
            "address",
            "remarks",
            "presentation",
            "keynote",
            "speaker",
        ],
    ),
];

/// The plan's kind for what a sheet's Kind column says.
pub fn kind_of(text: &str) -> Option<ItemKind> {
    let key = normal(text);
    if key.is_empty() {
        return None;
    }
    KIND_WORDS
        .iter()
        .find(|(kind, words)| {
            normal(kind.as_str()) == key || words.iter().any(|w| normal(w) == key)
        })
        .map(|(kind, _)| *kind)
}

/// The kind a title suggests: `Welcome and introductions`, `Living Wage
/// testimony`; `None` when no word says.
fn kind_from_title(title: &str) -> Option<ItemKind> {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(normal)
        .collect();
    let pairs: Vec<String> = words
        .windows(2)
        .map(|w| format!("{}{}", w[0], w[1]))
        .collect();
    KIND_WORDS
        .iter()
        .find(|(_, names)| {
            names.iter().any(|n| {
                let n = normal(n);
                words.contains(&n) || pairs.contains(&n)
            })
        })
        .map(|(kind, _)| *kind)
}

fn kinds_help() -> String {
    let english = crate::i18n::english();
    let labels: Vec<String> = ItemKind::ALL
        .iter()
        .map(|k| english.family("kind-", k.as_str()))
        .collect();
    format!("write one of: {}", labels.join(", "))
}

/// Settle ids, references and kinds in the builder's draft.
pub fn settle(b: &mut Builder) {
    let d = &mut b.draft;
    make_ids(
        d.institutions
            .iter_mut()
            .map(|i| (&mut i.id, i.name.as_str())),
        "institution",
    );
    make_ids(
        d.power_holders
            .iter_mut()
            .map(|p| (&mut p.id, p.name.as_str())),
        "holder",
    );
    make_ids(
        d.asks.iter_mut().map(|a| (&mut a.id, a.title.as_str())),
        "ask",
    );
    make_ids(
        d.pledges.iter_mut().map(|p| (&mut p.id, p.text.as_str())),
        "pledge",
    );

    let holders: Vec<(String, Vec<String>)> = d
        .power_holders
        .iter()
        .map(|p| (p.id.clone(), vec![p.name.clone()]))
        .collect();
    let asks: Vec<(String, Vec<String>)> = d
        .asks
        .iter()
        .map(|a| (a.id.clone(), vec![a.title.clone(), a.text.clone()]))
        .collect();
    let pledges: Vec<(String, Vec<String>)> = d
        .pledges
        .iter()
        .map(|p| (p.id.clone(), vec![p.text.clone()]))
        .collect();

    let mut problems = Vec::new();
    for (n, ask) in d.asks.iter_mut().enumerate() {
        let cell = ask.to.concat();
        let (ids, unknown) = split_holders(&cell, &holders);
        for name in unknown {
            problems.push((
                format!("asks.{n}.to"),
                format!("no power-holder is called {name:?}"),
                Some(known("power-holders", &holders)),
            ));
        }
        ask.to = ids;
    }
    for (n, item) in d.items.iter_mut().enumerate() {
        for (field, value, list, what) in [
            ("ask", &mut item.ask, &asks, "ask"),
            ("pledge", &mut item.pledge, &pledges, "pledge"),
        ] {
            if value.is_empty() {
                continue;
            }
            match find(value, list) {
                Some(id) => *value = id,
                None => problems.push((
                    format!("items.{n}.{field}"),
                    format!("no {what} is called {value:?}"),
                    Some(known(&format!("{what}s"), list)),
                )),
            }
        }
        let written = item.kind.trim().to_owned();
        match kind_of(&written) {
            Some(kind) => item.kind = kind.as_str().to_owned(),
            None if !written.is_empty() => problems.push((
                format!("items.{n}.kind"),
                format!("{written:?} is not a kind of item"),
                Some(kinds_help()),
            )),
            None => {
                let guess = kind_from_title(&item.title)
                    .or_else(|| (!item.ask.is_empty()).then_some(ItemKind::Ask))
                    .or_else(|| (!item.pledge.is_empty()).then_some(ItemKind::Pledge));
                if let Some(kind) = guess {
                    item.kind = kind.as_str().to_owned();
                } else if !item.title.is_empty() {
                    problems.push((
                        format!("items.{n}.kind"),
                        "no kind given, and the title does not say one".to_owned(),
                        Some(kinds_help()),
                    ));
                }
            }
        }
    }
    for (field, message, help) in problems {
        let problem = b.origins.problem(&field, message, help);
        b.problems.push(problem);
    }
}

/// Give every entry without an id one made from its name: its slug, or
/// `PREFIX-N` for a name with no Latin letters, made unique with `-2`.
fn make_ids<'a>(entries: impl Iterator<Item = (&'a mut String, &'a str)>, prefix: &str) {
    let entries: Vec<(&mut String, &str)> = entries.collect();
    let mut taken: HashSet<String> = entries
        .iter()
        .map(|(id, _)| id.trim().to_owned())
        .filter(|id| !id.is_empty())
        .collect();
    let mut next: HashMap<String, usize> = HashMap::new();
    for (n, (id, name)) in entries.into_iter().enumerate() {
        if !id.trim().is_empty() {
            *id = id.trim().to_owned();
            continue;
        }
        let mut base = word_slug(name, MADE_ID_MAX);
        if base.is_empty() {
            base = format!("{prefix}-{}", n + 1);
        }
        // Each base remembers the suffix it reached, so a sheet of the same
        // name 10,000 times is not 50 million tries.
        let k = next.entry(base.clone()).or_insert(2);
        let mut made = base.clone();
        while taken.contains(&made) {
            made = format!("{base}-{k}");
            *k += 1;
        }
        taken.insert(made.clone());
        *id = made;
    }
}

/// A slug of at most `most` characters, cut after a whole word
/// (`we-will-bring-ten-more-people`, never `...-peo`); a first word longer
/// than that is cut where it must be.
fn word_slug(name: &str, most: usize) -> String {
    let whole = slug_of(name, most.saturating_mul(2));
    if whole.len() <= most {
        return whole;
    }
    match whole[..=most].rfind('-') {
        Some(cut) if cut > 0 => whole[..cut].to_owned(),
        _ => slug_of(name, most),
    }
}

/// The id `text` names: an id as written, or a name (or title or text)
/// however it is written.
fn find(text: &str, list: &[(String, Vec<String>)]) -> Option<String> {
    let text = text.trim();
    if let Some((id, _)) = list.iter().find(|(id, _)| id == text) {
        return Some(id.clone());
    }
    let key = normal(text);
    if key.is_empty() {
        return None;
    }
    list.iter()
        .find(|(id, names)| normal(id) == key || names.iter().any(|n| normal(n) == key))
        .map(|(id, _)| id.clone())
}

/// The holders a `To` cell names, separated by `,` `;` or new lines; a
/// name with a comma in it (`Doe, Jane`) is matched whole first.
fn split_holders(cell: &str, holders: &[(String, Vec<String>)]) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    let mut unknown = Vec::new();
    for part in cell
        .split([';', '\n', '\r'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if let Some(id) = find(part, holders) {
            ids.push(id);
            continue;
        }
        let pieces: Vec<&str> = part.split(',').map(str::trim).collect();
        let mut start = 0;
        while start < pieces.len() {
            // The longest run of pieces that names a holder.
            let found = (start + 1..=pieces.len())
                .rev()
                .find_map(|end| find(&pieces[start..end].join(", "), holders).map(|id| (id, end)));
            match found {
                Some((id, end)) => {
                    ids.push(id);
                    start = end;
                }
                None => {
                    if !pieces[start].is_empty() {
                        unknown.push(pieces[start].to_owned());
                        ids.push(pieces[start].to_owned());
                    }
                    start += 1;
                }
            }
        }
    }
    (ids, unknown)
}

/// `known power-holders: Jane Doe, ...`, shortened for a long list.
fn known(what: &str, list: &[(String, Vec<String>)]) -> String {
    if list.is_empty() {
        return format!("there are no {what} in the sheets; add a sheet of {what}");
    }
    let names: Vec<String> = list
        .iter()
        .take(6)
        .map(
            |(id, names)| match names.first().filter(|n| !n.is_empty()) {
                Some(name) if name.chars().count() <= 60 => format!("{name} ({id})"),
                _ => id.clone(),
            },
        )
        .collect();
    let more = if list.len() > 6 { ", ..." } else { "" };
    format!("{what}: {}{more}; write a name or an id", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_as_people_write_them() {
        assert_eq!(kind_of("Roll call"), Some(ItemKind::RollCall));
        assert_eq!(kind_of("roll_call"), Some(ItemKind::RollCall));
        assert_eq!(kind_of("Response(s)"), Some(ItemKind::Response));
        assert_eq!(kind_of("TESTIMONY"), Some(ItemKind::Testimony));
        assert_eq!(kind_of("party"), None);
        assert_eq!(
            kind_from_title("Welcome and introductions"),
            Some(ItemKind::Welcome)
        );
        assert_eq!(
            kind_from_title("Responses from the candidates"),
            Some(ItemKind::Response)
        );
        assert_eq!(kind_from_title("Amina's story"), Some(ItemKind::Testimony));
        assert_eq!(kind_from_title("مرحبا"), None);
    }

    #[test]
    fn holders_are_found_by_name_or_id() {
        let holders = vec![
            ("mayor".to_owned(), vec!["Sadiq Khan".to_owned()]),
            ("doe".to_owned(), vec!["Doe, Jane".to_owned()]),
            ("ceo".to_owned(), vec!["Ms Ōno".to_owned()]),
        ];
        let (ids, unknown) =
            split_holders("sadiq khan, Doe, Jane; ms ono\nmayor, Nobody", &holders);
        assert_eq!(ids, ["mayor", "doe", "ceo", "mayor", "Nobody"]);
        assert_eq!(unknown, ["Nobody"]);
    }

    #[test]
    fn made_ids_end_at_a_whole_word() {
        let id = word_slug(
            "We pledge to bring ten more people to the next assembly in May",
            MADE_ID_MAX,
        );
        assert_eq!(id, "we-pledge-to-bring-ten-more-people-to");
        assert_eq!(word_slug("Short", MADE_ID_MAX), "short");
        assert_eq!(word_slug(&"x".repeat(60), 40), "x".repeat(40));
    }

    #[test]
    fn ids_are_made_unique() {
        let mut ids = [
            String::new(),
            "st-marys".to_owned(),
            String::new(),
            String::new(),
        ];
        let names = ["St Mary's", "x", "St. Mary’s", "مسجد"];
        make_ids(ids.iter_mut().zip(names), "institution");
        assert_eq!(
            ids,
            ["st-mary-s", "st-marys", "st-mary-s-2", "institution-4"]
        );
    }
}
