//! Changing the plan while the record refers to it: what changed, and what
//! the record forbids.
//!
//! A plan change is an event holding what changed (see `plan_patch`).
//! Because events and state name everything by id, a change can rename, add
//! and reorder freely; what it may not do is take away (or re-id, which is
//! the same) anything the record already refers to, or rewrite how an item
//! already run ran. `diff` tells a change as people read it, for the record
//! and the organiser (see `plan_history`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::plan::{Id, Item, Plan};
use super::state::State;

/// A part of the plan a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Assembly,
    Institution,
    PowerHolder,
    Ask,
    Pledge,
    Item,
}

impl Part {
    pub fn label(self) -> &'static str {
        match self {
            Part::Assembly => "assembly",
            Part::Institution => "institution",
            Part::PowerHolder => "power-holder",
            Part::Ask => "ask",
            Part::Pledge => "pledge",
            Part::Item => "item",
        }
    }
}

/// One thing a plan change changed, as the record keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum PlanChange {
    Added {
        part: Part,
        id: String,
        name: String,
    },
    Removed {
        part: Part,
        id: String,
        name: String,
    },
    /// One field of one entry; values as the plan file writes them.
    Edited {
        part: Part,
        id: String,
        field: String,
        from: String,
        to: String,
    },
    /// An item moved in the running order; 0-based positions.
    Moved {
        id: String,
        name: String,
        from: usize,
        to: usize,
    },
}

impl PlanChange {
    /// Whether the change is to the chair's notes, which the public never sees.
    pub fn is_private(&self) -> bool {
        matches!(self, PlanChange::Edited { field, .. } if field == "notes")
    }

    /// The entry the change is to.
    pub fn entry(&self) -> (Part, &str) {
        match self {
            PlanChange::Added { part, id, .. }
            | PlanChange::Removed { part, id, .. }
            | PlanChange::Edited { part, id, .. } => (*part, id),
            PlanChange::Moved { id, .. } => (Part::Item, id),
        }
    }
}

impl fmt::Display for PlanChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanChange::Added { part, name, .. } => write!(f, "added {} \"{name}\"", part.label()),
            PlanChange::Removed { part, name, .. } => {
                write!(f, "removed {} \"{name}\"", part.label())
            }
            PlanChange::Edited {
                part: Part::Assembly,
                field,
                from,
                to,
                ..
            } => write!(f, "assembly {field}: \"{from}\" to \"{to}\""),
            PlanChange::Edited {
                part,
                id,
                field,
                from,
                to,
            } => write!(f, "{} {id}: {field} \"{from}\" to \"{to}\"", part.label()),
            PlanChange::Moved { name, from, to, .. } => write!(
                f,
                "moved item \"{name}\" from position {} to {}",
                from + 1,
                to + 1
            ),
        }
    }
}

/// Why the record forbids a change to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum LockReason {
    /// An institution with phones checked in to it.
    CheckedIn { phones: u32 },
    /// An institution whose count was announced at the roll call.
    Announced,
    /// An ask answered on stage, or a power-holder who answered.
    Answered,
    /// An ask or holder with follow-up steps recorded.
    FollowedUp,
    /// A pledge the audience has answered.
    Voted { phones: u32 },
    /// A pledge whose tally was shown to the hall.
    Revealed,
    /// An item already run, or on now.
    Run,
    /// The kind of an item already run.
    RunKind,
    /// Which ask or pledge an item already run was about.
    RunLink,
    /// The order of the items already run.
    RunOrder,
    /// A power-holder taken off an ask they answered or are chased on.
    HolderAnswered,
}

/// One entry a change may not touch as it does, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Locked {
    pub part: Part,
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub reason: LockReason,
}

impl fmt::Display for Locked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Locked { part, id, name, .. } = self;
        let part = part.label();
        let keep =
            format!("keep it in the plan with id = \"{id}\" (change its name or text instead)");
        match self.reason {
            LockReason::CheckedIn { phones } => write!(
                f,
                "{part} \"{name}\" has {phones} phone{} checked in: it cannot be removed or get a new id; {keep}",
                if phones == 1 { "" } else { "s" }
            ),
            LockReason::Announced => write!(
                f,
                "{part} \"{name}\" had its count announced at the roll call: it cannot be removed or get a new id; {keep}"
            ),
            LockReason::Answered => write!(
                f,
                "{part} \"{name}\" is in an answer given on stage: it cannot be removed or get a new id; {keep}"
            ),
            LockReason::FollowedUp => write!(
                f,
                "{part} \"{name}\" has follow-up steps recorded: it cannot be removed or get a new id; {keep}"
            ),
            LockReason::Voted { phones } => write!(
                f,
                "{part} \"{name}\" was answered by {phones} phone{}: it cannot be removed or get a new id; {keep}",
                if phones == 1 { "" } else { "s" }
            ),
            LockReason::Revealed => write!(
                f,
                "{part} \"{name}\" had its tally shown to the hall: it cannot be removed or get a new id; {keep}"
            ),
            LockReason::Run => write!(
                f,
                "{part} \"{name}\" has already been run: it cannot be removed or get a new id; {keep}"
            ),
            LockReason::RunKind => write!(
                f,
                "{part} \"{name}\" has already been run, so its kind cannot change; add a new item instead"
            ),
            LockReason::RunLink => write!(
                f,
                "{part} \"{name}\" has already been run, so the ask or pledge it is about cannot change; add a new item instead"
            ),
            LockReason::RunOrder => write!(
                f,
                "{part} \"{name}\" has already been run: items already run keep their order; move only items not yet run"
            ),
            LockReason::HolderAnswered => write!(
                f,
                "power-holder \"{name}\" answered the ask \"{id}\" on stage, or their commitment on it is being followed up: they cannot be taken off it"
            ),
        }
    }
}

impl State {
    /// Everything `new` would take away or rewrite that the record refers
    /// to; empty when the change is allowed.
    pub fn plan_locks(&self, new: &Plan) -> Vec<Locked> {
        let old = &self.plan;
        let chair = &self.chair;
        let mut locked = Vec::new();
        let mut lock = |part, id: &str, name: &str, reason| {
            locked.push(Locked {
                part,
                id: id.to_owned(),
                name: name.to_owned(),
                reason,
            })
        };

        // Entries the new plan drops (or re-ids) that the record refers to.
        let gone = (old.institutions.iter())
            .filter(|i| new.institution(&i.id).is_none())
            .map(|i| (Part::Institution, &i.id, i.name.as_str()))
            .chain(
                (old.power_holders.iter())
                    .filter(|p| new.power_holder(&p.id).is_none())
                    .map(|p| (Part::PowerHolder, &p.id, p.name.as_str())),
            )
            .chain(
                (old.pledges.iter())
                    .filter(|p| new.pledge(&p.id).is_none())
                    .map(|p| (Part::Pledge, &p.id, p.text.as_str())),
            )
            .chain(
                (old.asks.iter())
                    .filter(|a| new.ask(&a.id).is_none())
                    .map(|a| (Part::Ask, &a.id, a.title.as_str())),
            );
        for (part, id, name) in gone {
            if let Some(reason) = self.removal_lock(part, id) {
                lock(part, id, name, reason);
            }
        }
        for a in &old.asks {
            let Some(kept) = new.ask(&a.id) else {
                continue;
            };
            // A holder who answered, or whose commitment is being chased,
            // stays on the ask.
            let answered = chair.responses.get(a.id.as_str()).into_iter();
            let chased = self.follow_ups.get(a.id.as_str()).into_iter();
            let named: BTreeSet<&String> = answered
                .flat_map(|h| h.keys())
                .chain(chased.flat_map(|h| h.keys()))
                .collect();
            for holder in named {
                if !kept.to.iter().any(|t| t == holder) {
                    let name = old
                        .power_holder(holder)
                        .map_or(holder.as_str(), |p| &p.name);
                    lock(Part::Ask, &a.id, name, LockReason::HolderAnswered);
                }
            }
        }

        let run = self.items_run();
        let mut run_order_new = Vec::new();
        for item in &new.items {
            if run.contains(item.id.as_str()) {
                run_order_new.push(item.id.as_str());
            }
        }
        let run_order_old: Vec<&str> = old
            .items
            .iter()
            .filter(|i| run.contains(i.id.as_str()))
            .map(|i| i.id.as_str())
            .collect();
        for item in old.items.iter().filter(|i| run.contains(i.id.as_str())) {
            let Some(kept) = new.item(&item.id) else {
                lock(Part::Item, &item.id, &item.title, LockReason::Run);
                continue;
            };
            if kept.kind != item.kind {
                lock(Part::Item, &item.id, &item.title, LockReason::RunKind);
            } else if kept.ask != item.ask || kept.pledge != item.pledge {
                lock(Part::Item, &item.id, &item.title, LockReason::RunLink);
            }
        }
        if run_order_new.len() == run_order_old.len() && run_order_new != run_order_old {
            // Name the first item already run that is out of its place.
            if let Some((id, _)) = run_order_new
                .iter()
                .zip(&run_order_old)
                .find(|(a, b)| a != b)
            {
                let title = old.item(id).map_or("", |i| i.title.as_str());
                lock(Part::Item, id, title, LockReason::RunOrder);
            }
        }
        locked
    }

    /// Why the record keeps the entry `id` of `part` from being removed (or
    /// given a new id); `None` when nothing refers to it.
    pub fn removal_lock(&self, part: Part, id: &str) -> Option<LockReason> {
        let chair = &self.chair;
        match part {
            Part::Assembly => None,
            Part::Institution => {
                let phones = self
                    .institution_index(id)
                    .and_then(|n| self.audience.checked_in.get(n).copied())
                    .unwrap_or(0);
                if phones > 0 {
                    Some(LockReason::CheckedIn { phones })
                } else {
                    chair
                        .turnout
                        .contains_key(id)
                        .then_some(LockReason::Announced)
                }
            }
            Part::PowerHolder if holder_in(&chair.responses, id) => Some(LockReason::Answered),
            Part::PowerHolder => holder_in(&self.follow_ups, id).then_some(LockReason::FollowedUp),
            Part::Ask if ask_in(&chair.responses, id) => Some(LockReason::Answered),
            Part::Ask => ask_in(&self.follow_ups, id).then_some(LockReason::FollowedUp),
            Part::Pledge => {
                let tally = self
                    .pledge_index(id)
                    .and_then(|n| self.audience.tallies.get(n).copied())
                    .unwrap_or_default();
                let phones = tally.yes + tally.no;
                if phones > 0 {
                    Some(LockReason::Voted { phones })
                } else {
                    chair.revealed.contains(id).then_some(LockReason::Revealed)
                }
            }
            Part::Item => self.items_run().contains(id).then_some(LockReason::Run),
        }
    }

    /// Ids of the items already run or on now.
    pub fn items_run(&self) -> BTreeSet<&str> {
        let mut run: BTreeSet<&str> = self.chair.runs.iter().map(|r| r.item.as_str()).collect();
        if let Some(current) = &self.chair.current {
            run.insert(current.as_str());
        }
        run
    }
}

/// ask id -> holder id -> history, as answers and follow-ups are kept.
type ByAsk<T> = BTreeMap<String, BTreeMap<String, Vec<T>>>;

/// Whether any ask's history names holder `id`.
fn holder_in<T>(map: &ByAsk<T>, id: &str) -> bool {
    map.values()
        .any(|h| h.get(id).is_some_and(|v| !v.is_empty()))
}

/// Whether ask `id` has any history.
fn ask_in<T>(map: &ByAsk<T>, id: &str) -> bool {
    map.get(id)
        .is_some_and(|h| h.values().any(|v| !v.is_empty()))
}

/// What changed from `old` to `new`, entry by entry, in plan order.
pub fn diff(old: &Plan, new: &Plan) -> Vec<PlanChange> {
    let mut changes = Vec::new();
    let a = &old.assembly;
    let b = &new.assembly;
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    fields(
        &mut changes,
        Part::Assembly,
        "assembly",
        &[
            ("title", a.title.clone(), b.title.clone()),
            ("venue", a.venue.clone(), b.venue.clone()),
            ("starts", opt(&a.starts), opt(&b.starts)),
            ("timezone", opt(&a.timezone), opt(&b.timezone)),
            ("languages", a.languages.join(", "), b.languages.join(", ")),
            (
                "screen_languages",
                a.screen_languages.join(", "),
                b.screen_languages.join(", "),
            ),
        ],
    );
    let texts = |part: &'static str, fields: &'static [&'static str]| {
        move |id: &str| translated(old, new, part, id, fields)
    };
    fields(
        &mut changes,
        Part::Assembly,
        "assembly",
        &texts("assembly", &["title", "venue"])(""),
    );
    entries(
        &mut changes,
        Part::Institution,
        &old.institutions,
        &new.institutions,
        |i| (&i.id, &i.name),
        |x, y| {
            vec![
                ("name", x.name.clone(), y.name.clone()),
                ("promised", x.promised.to_string(), y.promised.to_string()),
            ]
        },
        texts("institution", &["name"]),
    );
    entries(
        &mut changes,
        Part::PowerHolder,
        &old.power_holders,
        &new.power_holders,
        |p| (&p.id, &p.name),
        |x, y| {
            vec![
                ("name", x.name.clone(), y.name.clone()),
                ("role", x.role.clone(), y.role.clone()),
            ]
        },
        texts("holder", &["role"]),
    );
    entries(
        &mut changes,
        Part::Ask,
        &old.asks,
        &new.asks,
        |k| (&k.id, &k.title),
        |x, y| {
            vec![
                ("title", x.title.clone(), y.title.clone()),
                ("text", x.text.clone(), y.text.clone()),
                ("to", x.to.join(", "), y.to.join(", ")),
            ]
        },
        texts("ask", &["title", "text"]),
    );
    entries(
        &mut changes,
        Part::Pledge,
        &old.pledges,
        &new.pledges,
        |p| (&p.id, &p.text),
        |x, y| vec![("text", x.text.clone(), y.text.clone())],
        texts("pledge", &["text"]),
    );
    entries(
        &mut changes,
        Part::Item,
        &old.items,
        &new.items,
        |i| (&i.id, &i.title),
        item_fields,
        texts("item", &["title"]),
    );
    moves(&mut changes, old, new);
    changes
}

fn item_fields(x: &Item, y: &Item) -> Vec<(&'static str, String, String)> {
    fn opt<T: ToString>(s: &Option<T>) -> String {
        s.as_ref().map(ToString::to_string).unwrap_or_default()
    }
    vec![
        ("title", x.title.clone(), y.title.clone()),
        ("kind", x.kind.as_str().into(), y.kind.as_str().into()),
        ("duration", clock(x.seconds), clock(y.seconds)),
        ("lead", opt(&x.lead), opt(&y.lead)),
        ("ask", opt(&x.ask), opt(&y.ask)),
        ("pledge", opt(&x.pledge), opt(&y.pledge)),
        ("notes", opt(&x.notes), opt(&y.notes)),
    ]
}

fn clock(seconds: u32) -> String {
    match seconds {
        s if s >= 3600 => format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60),
        s => format!("{}:{:02}", s / 60, s % 60),
    }
}

/// The translations of `texts` of one entry that differ, as fields named
/// as the plan file names them (`title_cy`), in the new plan's language
/// order; a translation added or taken away is one from or to "".
fn translated(
    old: &Plan,
    new: &Plan,
    part: &str,
    id: &str,
    texts: &[&str],
) -> Vec<(String, String, String)> {
    let mut languages: Vec<&String> = new.assembly.languages.iter().collect();
    for lang in old.translations.keys().chain(new.translations.keys()) {
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    let text = |plan: &Plan, lang: &str, key: &str| {
        plan.translations
            .get(lang)
            .and_then(|t| t.get(key))
            .cloned()
            .unwrap_or_default()
    };
    let mut changed = Vec::new();
    for field in texts {
        let key = super::plan::TextKey::of(part, id, field);
        for lang in &languages {
            let (from, to) = (text(old, lang, &key), text(new, lang, &key));
            if from != to {
                changed.push((format!("{field}_{lang}"), from, to));
            }
        }
    }
    changed
}

fn fields<F: AsRef<str>>(
    changes: &mut Vec<PlanChange>,
    part: Part,
    id: &str,
    values: &[(F, String, String)],
) {
    for (field, from, to) in values {
        if from != to {
            changes.push(PlanChange::Edited {
                part,
                id: id.to_owned(),
                field: field.as_ref().to_owned(),
                from: from.clone(),
                to: to.clone(),
            });
        }
    }
}

/// Removed entries, then per entry of `new`: added, or its edited fields.
fn entries<T>(
    changes: &mut Vec<PlanChange>,
    part: Part,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> (&Id, &String),
    compare: impl Fn(&T, &T) -> Vec<(&'static str, String, String)>,
    translations: impl Fn(&str) -> Vec<(String, String, String)>,
) {
    let before: HashMap<&str, &T> = old.iter().map(|e| (key(e).0.as_str(), e)).collect();
    let after: HashMap<&str, &T> = new.iter().map(|e| (key(e).0.as_str(), e)).collect();
    for e in old {
        let (id, name) = key(e);
        if !after.contains_key(id.as_str()) {
            changes.push(PlanChange::Removed {
                part,
                id: id.to_string(),
                name: name.clone(),
            });
        }
    }
    for e in new {
        let (id, name) = key(e);
        match before.get(id.as_str()) {
            None => changes.push(PlanChange::Added {
                part,
                id: id.to_string(),
                name: name.clone(),
            }),
            Some(was) => {
                fields(changes, part, id, &compare(was, e));
                fields(changes, part, id, &translations(id));
            }
        }
    }
}

/// Items kept by both plans whose order changed: those outside the longest
/// run of items that kept their relative order.
fn moves(changes: &mut Vec<PlanChange>, old: &Plan, new: &Plan) {
    let old_pos: HashMap<&str, usize> = old
        .items
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.as_str(), n))
        .collect();
    let kept: Vec<(usize, usize)> = new
        .items
        .iter()
        .enumerate()
        .filter_map(|(n, i)| old_pos.get(i.id.as_str()).map(|&o| (o, n)))
        .collect();
    let stay = longest_increasing(&kept.iter().map(|&(o, _)| o).collect::<Vec<_>>());
    for (k, &(from, to)) in kept.iter().enumerate() {
        if !stay.contains(&k) {
            let item = &new.items[to];
            changes.push(PlanChange::Moved {
                id: item.id.to_string(),
                name: item.title.clone(),
                from,
                to,
            });
        }
    }
}

/// Indexes into `xs` of one longest strictly increasing subsequence.
fn longest_increasing(xs: &[usize]) -> BTreeSet<usize> {
    // Patience sorting: tails[k] is the index ending the best run of k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; xs.len()];
    for (n, &x) in xs.iter().enumerate() {
        let k = tails.partition_point(|&t| xs[t] < x);
        before[n] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(n);
        } else {
            tails[k] = n;
        }
    }
    let mut run = BTreeSet::new();
    let mut at = tails.last().copied();
    while let Some(n) = at {
        run.insert(n);
        at = before[n];
    }
    run
}
