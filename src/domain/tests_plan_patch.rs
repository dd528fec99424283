//! Plan patches: applying the patch between two plans to the first gives
//! exactly the second, for any two plans, also after the log's JSON; and a
//! patch holds what changed, not the plan.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::event::Event;
use super::plan::{
    Ask, AssemblyInfo, Id, Institution, Item, ItemKind, Plan, Pledge, PowerHolder, Translations,
};
use super::plan_patch::PlanPatch;
use super::tests::plan;

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "a",
        "b",
        "Ünïcode “quoted” ✓",
        "two\nlines",
        "null",
    ])
    .prop_map(String::from)
}

fn maybe_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

/// Some of `pool`, in any order: ids unique, as a valid plan has them.
fn ids(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<Id>> {
    prop::sample::subsequence(pool, 0..=pool.len())
        .prop_shuffle()
        .prop_map(|ids| ids.into_iter().map(|id| Id::parse(id).unwrap()).collect())
}

fn maybe_id(pool: &'static [&'static str]) -> impl Strategy<Value = Option<Id>> {
    prop::option::of(prop::sample::select(pool).prop_map(|id| Id::parse(id).unwrap()))
}

const INSTITUTIONS: &[&str] = &["aru", "mosque", "school", "union", "church", "uni"];
const HOLDERS: &[&str] = &["mayor", "leader", "ceo"];
const ASKS: &[&str] = &["wage", "homes", "passage"];
const PLEDGES: &[&str] = &["team", "march"];
const ITEMS: &[&str] = &[
    "welcome", "roll", "ask", "answers", "pledge", "close", "extra",
];
const LANGUAGES: &[&str] = &["en", "cy", "pl"];

fn any_assembly() -> impl Strategy<Value = AssemblyInfo> {
    let languages = prop::sample::subsequence(LANGUAGES, 0..=3)
        .prop_map(|l| l.into_iter().map(String::from).collect::<Vec<_>>());
    (
        text(),
        text(),
        maybe_text(),
        maybe_text(),
        languages.clone(),
        languages,
    )
        .prop_map(
            |(title, venue, starts, timezone, languages, screen_languages)| AssemblyInfo {
                title,
                venue,
                starts,
                timezone,
                languages,
                screen_languages,
            },
        )
}

fn any_translations() -> impl Strategy<Value = Translations> {
    let keys = prop::sample::select(vec!["assembly.title", "item.ask.title", "ask.wage.text"])
        .prop_map(String::from);
    let texts = prop::collection::btree_map(keys, text(), 0..3);
    let languages = prop::sample::select(LANGUAGES).prop_map(String::from);
    prop::collection::btree_map(languages, texts, 0..3)
}

fn any_item(id: Id) -> impl Strategy<Value = Item> {
    (
        text(),
        prop::sample::select(ItemKind::ALL.to_vec()),
        1u32..4,
        maybe_text(),
        maybe_id(ASKS),
        maybe_id(PLEDGES),
        maybe_text(),
        maybe_id(ASKS),
    )
        .prop_map(
            move |(title, kind, seconds, lead, ask, pledge, notes, holder)| Item {
                id: id.clone(),
                title,
                kind,
                seconds,
                lead,
                ask,
                pledge,
                holder,
                notes,
            },
        )
}

/// Every strategy of `ids`, one per id, as one strategy of the list.
fn each<T: std::fmt::Debug, S: Strategy<Value = T>>(
    ids: impl Strategy<Value = Vec<Id>>,
    entry: impl Fn(Id) -> S + Clone,
) -> impl Strategy<Value = Vec<T>> {
    ids.prop_flat_map(move |ids| ids.into_iter().map(entry.clone()).collect::<Vec<_>>())
}

fn any_plan() -> impl Strategy<Value = Plan> {
    let institutions = each(ids(INSTITUTIONS), |id| {
        (text(), 0u32..3).prop_map(move |(name, promised)| Institution {
            id: id.clone(),
            name,
            promised,
        })
    });
    let holders = each(ids(HOLDERS), |id| {
        (text(), text()).prop_map(move |(name, role)| PowerHolder {
            id: id.clone(),
            name,
            role,
        })
    });
    let asks = each(ids(ASKS), |id| {
        (text(), text(), ids(HOLDERS)).prop_map(move |(title, text, to)| Ask {
            id: id.clone(),
            title,
            text,
            to,
        })
    });
    let pledges = each(ids(PLEDGES), |id| {
        text().prop_map(move |text| Pledge {
            id: id.clone(),
            text,
        })
    });
    let items = each(ids(ITEMS), any_item);
    (
        any_assembly(),
        institutions,
        holders,
        asks,
        pledges,
        items,
        any_translations(),
    )
        .prop_map(
            |(assembly, institutions, power_holders, asks, pledges, items, translations)| Plan {
                assembly,
                institutions,
                power_holders,
                asks,
                pledges,
                items,
                translations,
            },
        )
}

proptest! {
    #[test]
    fn the_patch_between_two_plans_makes_the_second_from_the_first(
        old in any_plan(),
        new in any_plan(),
    ) {
        let patch = PlanPatch::diff(&old, &new);
        prop_assert_eq!(patch.apply(&old), new.clone());
        prop_assert_eq!(patch.is_empty(), old == new);
        // As the log writes and reads it.
        let event = Event::PlanChanged { patch: Box::new(patch) };
        let json = serde_json::to_string(&event).unwrap();
        let Event::PlanChanged { patch } = serde_json::from_str::<Event>(&json).unwrap() else {
            panic!("a plan change reads back as one: {json}");
        };
        prop_assert_eq!(patch.apply(&old), new);
    }

    #[test]
    fn a_plan_patched_to_itself_is_not_changed(old in any_plan()) {
        prop_assert!(PlanPatch::diff(&old, &old).is_empty());
    }
}

/// 500 institutions, as `scripts/plan-500.sh` adds them to the demo.
fn plan_500() -> Plan {
    let mut big = plan();
    for i in 1..=500 {
        big.institutions.push(Institution {
            id: Id::parse(&format!("member-{i:03}")).unwrap(),
            name: format!("Member Institution {i:03}, Riverside Ward {}", i % 40 + 1),
            promised: 20 + i % 180,
        });
    }
    big
}

#[test]
fn a_rename_logs_the_names_not_the_plan() {
    let old = plan_500();
    let mut new = old.clone();
    for institution in &mut new.institutions {
        institution.name.push_str(" r001");
    }
    let patch = PlanPatch::diff(&old, &new);
    let names: usize = new.institutions.iter().map(|i| i.name.len()).sum();
    let logged = serde_json::to_string(&patch).unwrap().len();
    // Each entry's id and new name, with a few bytes of JSON around them
    // (`"member-001":{"name":"..."},` is 25 bytes besides the name).
    assert!(
        logged < names + new.institutions.len() * 26,
        "{logged} bytes for {names} bytes of names"
    );
    assert!(
        patch.institutions.order.is_none(),
        "the order did not change"
    );
    assert_eq!(patch.apply(&old), new);
}

#[test]
fn a_reorder_sends_the_order_and_nothing_else() {
    let old = plan();
    let mut new = old.clone();
    let close = new.items.pop().unwrap();
    new.items.insert(1, close);
    let patch = PlanPatch::diff(&old, &new);
    assert!(patch.items.changed.is_empty() && patch.items.added.is_empty());
    assert!(patch.items.removed.is_empty());
    let order: Vec<&str> = new.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(patch.items.order.as_deref().unwrap(), order);
    // Added at the end, or taken away: no order needed.
    let mut new = old.clone();
    new.items.remove(2);
    let mut extra = new.items[0].clone();
    extra.id = "encore".into();
    new.items.push(extra);
    let patch = PlanPatch::diff(&old, &new);
    assert_eq!(patch.items.order, None);
    assert_eq!(patch.items.removed, [old.items[2].id.to_string()]);
    assert_eq!(patch.apply(&old), new);
}

#[test]
fn a_field_taken_away_is_taken_away() {
    let old = plan();
    let mut new = old.clone();
    new.items[0].notes = Some("Remind the hall".into());
    new.assembly.timezone = Some("Europe/London".into());
    let there = PlanPatch::diff(&old, &new).apply(&old);
    assert_eq!(there, new);
    let back = PlanPatch::diff(&new, &old);
    assert_eq!(back.apply(&new), old);
    let json = serde_json::to_string(&back).unwrap();
    assert!(json.contains("\"notes\":null"), "{json}");
    let mut translated = old.clone();
    translated.translations = BTreeMap::from([(
        "cy".to_owned(),
        BTreeMap::from([("assembly.title".to_owned(), "Cynulliad".to_owned())]),
    )]);
    assert_eq!(PlanPatch::diff(&translated, &old).apply(&translated), old);
}
