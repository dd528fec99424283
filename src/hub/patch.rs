//! What changed between two of the phones' frames, as a JSON merge patch
//! (RFC 7386): the keys whose values changed, `null` for a key that went
//! away, objects compared key by key and anything else sent whole.
//!
//! A phone on a 500-institution plan is sent an 8 KB state; a check-in
//! changes two numbers in it. Each phone's socket sends the patch when the
//! phone holds the frame it was made against, the whole frame otherwise.
//!
//! The plan's lists (institutions, asks, items...) are lists of things
//! with an `id`; [`diff_by_id`] compares them thing by thing, so renaming
//! one institution of 500 is one name, not the whole list (see
//! [`by_id`] for the form, which `live.js` applies).

use serde_json::{Map, Value};

/// The merge patch that turns `old` into `new`; `None` when they are equal.
pub fn diff(old: &Value, new: &Value) -> Option<Value> {
    diff_with(old, new, Lists::Whole)
}

/// As [`diff`], but a list of objects that each have their own `id` on
/// both sides is compared by id (see [`by_id`]).
pub fn diff_by_id(old: &Value, new: &Value) -> Option<Value> {
    diff_with(old, new, Lists::ById)
}

/// How a changed list goes in a patch.
#[derive(Clone, Copy)]
enum Lists {
    Whole,
    ById,
}

/// The key of a list's patch that holds the changed members by id...
pub const BY_ID: &str = "$by_id";
/// ...and of the new order of ids, when it changed.
pub const IDS: &str = "$ids";

fn diff_with(old: &Value, new: &Value, lists: Lists) -> Option<Value> {
    if old == new {
        return None;
    }
    if let (Lists::ById, Value::Array(before), Value::Array(after)) = (lists, old, new)
        && let Some(patch) = by_id(before, after)
    {
        return Some(patch);
    }
    let (Value::Object(old), Value::Object(new)) = (old, new) else {
        return Some(whole(new));
    };
    let mut patch = Map::new();
    for (key, value) in new {
        match old.get(key) {
            // A `null` in a patch means "remove": a value that becomes
            // null is removed, and pages read a missing key as null.
            Some(before) => {
                if let Some(change) = diff_with(before, value, lists) {
                    patch.insert(key.clone(), change);
                }
            }
            None if value.is_null() => {}
            None => {
                patch.insert(key.clone(), whole(value));
            }
        }
    }
    for key in old.keys() {
        if !new.contains_key(key) {
            patch.insert(key.clone(), Value::Null);
        }
    }
    Some(Value::Object(patch))
}

/// Two lists of things with ids, as a patch keyed by id: `{"$by_id":
/// {ID: merge patch of that member, or the whole of a new one}}`, with
/// `"$ids": [ID, ...]` when members came, went or moved (the list is then
/// those ids in that order, each the member it was, patched). `None` when
/// either list has a member without a string `id`, or an id twice: it
/// goes whole.
fn by_id(old: &[Value], new: &[Value]) -> Option<Value> {
    let before = ids(old)?;
    let after = ids(new)?;
    let was: std::collections::HashMap<&str, &Value> = before.iter().copied().zip(old).collect();
    let mut changed = Map::new();
    for (id, member) in after.iter().zip(new) {
        let patch = match was.get(id) {
            Some(before) => diff_with(before, member, Lists::ById),
            None => Some(whole(member)),
        };
        if let Some(patch) = patch {
            changed.insert((*id).to_owned(), patch);
        }
    }
    let mut patch = Map::new();
    patch.insert(BY_ID.to_owned(), Value::Object(changed));
    if before != after {
        patch.insert(
            IDS.to_owned(),
            after.iter().map(|&id| Value::from(id)).collect(),
        );
    }
    Some(Value::Object(patch))
}

/// The ids of a list's members in order, if each has its own.
fn ids(list: &[Value]) -> Option<Vec<&str>> {
    let ids: Vec<&str> = list
        .iter()
        .map(|member| member.get("id").and_then(Value::as_str))
        .collect::<Option<_>>()?;
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    ids.iter().all(|id| seen.insert(*id)).then_some(ids)
}

/// A new value as a patch carries it: objects without their null members
/// (a patch can only say "absent", which pages read as null).
fn whole(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), whole(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Apply a merge patch in place, as a phone's page does (RFC 7386, 2).
#[cfg(test)]
pub fn apply(target: &mut Value, patch: &Value) {
    let Value::Object(changes) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Value::Object(map) = target else {
        unreachable!("made an object above")
    };
    for (key, change) in changes {
        if change.is_null() {
            map.remove(key);
        } else if let (Some(Value::Array(list)), Some(_)) = (map.get_mut(key), change.get(BY_ID)) {
            *list = apply_by_id(std::mem::take(list), change);
        } else {
            apply(map.entry(key.clone()).or_insert(Value::Null), change);
        }
    }
}

/// A list's patch by id, as `byId` in `live.js` applies it.
#[cfg(test)]
fn apply_by_id(list: Vec<Value>, patch: &Value) -> Vec<Value> {
    let id = |member: &Value| member["id"].as_str().unwrap_or_default().to_owned();
    let order: Vec<String> = match patch.get(IDS) {
        Some(ids) => ids
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_str().unwrap().to_owned())
            .collect(),
        None => list.iter().map(id).collect(),
    };
    let mut members: std::collections::HashMap<String, Value> =
        list.into_iter().map(|m| (id(&m), m)).collect();
    order
        .into_iter()
        .map(|key| {
            let member = members.remove(&key);
            match (member, patch[BY_ID].get(&key)) {
                (Some(member), None) => member,
                (Some(mut member), Some(change)) if member.is_object() && change.is_object() => {
                    apply(&mut member, change);
                    member
                }
                (_, Some(change)) => change.clone(),
                (None, None) => panic!("{key} is neither held nor sent"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// What a page reads: a missing key and a null are the same.
    fn read_as_page(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k.clone(), read_as_page(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(read_as_page).collect()),
            other => other.clone(),
        }
    }

    #[test]
    fn a_check_in_is_two_numbers() {
        let old = json!({"seq": 7, "turnout": {"phones": 10, "checked_in": {"a": 4, "b": 6}}});
        let new = json!({"seq": 8, "turnout": {"phones": 11, "checked_in": {"a": 5, "b": 6}}});
        let patch = diff(&old, &new).unwrap();
        assert_eq!(
            patch,
            json!({"seq": 8, "turnout": {"phones": 11, "checked_in": {"a": 5}}})
        );
        let mut phone = old.clone();
        apply(&mut phone, &patch);
        assert_eq!(phone, new);
    }

    #[test]
    fn a_value_that_goes_away_or_becomes_null_is_removed() {
        let old = json!({"message": {"text": "wrap up"}, "clock": 3, "gone": 1});
        let new = json!({"message": null, "clock": 3});
        let patch = diff(&old, &new).unwrap();
        assert_eq!(patch, json!({"message": null, "gone": null}));
        let mut phone = old.clone();
        apply(&mut phone, &patch);
        assert_eq!(read_as_page(&phone), read_as_page(&new));
    }

    #[test]
    fn lists_are_sent_whole_and_equal_frames_need_nothing() {
        let old = json!({"responses": [{"ask": "a", "answer": "yes"}]});
        let new = json!({"responses": [{"ask": "a", "answer": "no"}]});
        assert_eq!(diff(&old, &new).unwrap(), new);
        assert_eq!(diff(&new, &new), None);
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (0u32..5).prop_map(Value::from),
            "[ab]{0,2}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map("[a-d]", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    #[test]
    fn renaming_one_of_500_institutions_is_one_name() {
        let plan = |renamed: &str| {
            let institutions: Vec<Value> = (0..500)
                .map(|i| {
                    let name = if i == 250 {
                        renamed.to_owned()
                    } else {
                        format!("Institution {i}")
                    };
                    json!({"id": format!("i{i}"), "name": name, "promised": 40})
                })
                .collect();
            json!({"assembly": {"title": "Assembly"}, "institutions": institutions, "asks": []})
        };
        let (old, new) = (plan("Institution 250"), plan("مسجد الهدى 🕌"));
        let patch = diff_by_id(&old, &new).unwrap();
        assert_eq!(
            patch,
            json!({"institutions": {"$by_id": {"i250": {"name": "مسجد الهدى 🕌"}}}})
        );
        assert!(patch.to_string().len() < 100, "{patch}");
        let mut phone = old.clone();
        apply(&mut phone, &patch);
        assert_eq!(phone, new);
    }

    #[test]
    fn members_that_come_go_or_move_are_sent_as_the_new_order_and_the_new_members() {
        let old = json!({"items": [{"id": "a", "t": 1}, {"id": "b", "t": 2}, {"id": "c", "t": 3}]});
        let new = json!({"items": [{"id": "c", "t": 3}, {"id": "d", "t": 4, "x": null}, {"id": "a", "t": 1}]});
        let patch = diff_by_id(&old, &new).unwrap();
        assert_eq!(
            patch,
            json!({"items": {"$by_id": {"d": {"id": "d", "t": 4}}, "$ids": ["c", "d", "a"]}})
        );
        let mut phone = old.clone();
        apply(&mut phone, &patch);
        assert_eq!(read_as_page(&phone), read_as_page(&new));
    }

    #[test]
    fn a_list_without_ids_or_with_an_id_twice_goes_whole() {
        for (old, new) in [
            (json!({"to": ["a", "b"]}), json!({"to": ["b"]})),
            (
                json!({"l": [{"id": "a"}, {"id": "a"}]}),
                json!({"l": [{"id": "a"}]}),
            ),
            (json!({"l": [{"id": 1}]}), json!({"l": [{"id": 2}]})),
        ] {
            assert_eq!(diff_by_id(&old, &new).unwrap(), new);
        }
    }

    /// Values where lists are often of things with ids, some of them shared
    /// by the old and the new value.
    fn with_ids() -> impl Strategy<Value = Value> {
        let member = ("[a-e]", json_value()).prop_map(|(id, body)| {
            let mut member = match body {
                Value::Object(map) => map,
                other => [("v".to_owned(), other)].into_iter().collect(),
            };
            member.insert("id".into(), id.into());
            Value::Object(member)
        });
        let list = prop::collection::vec(member, 0..5).prop_map(Value::Array);
        prop::collection::btree_map("[xy]", prop_oneof![list, json_value()], 0..3)
            .prop_map(|m| Value::Object(m.into_iter().collect()))
    }

    proptest! {
        #[test]
        fn the_patch_by_id_turns_the_old_plan_into_the_new_as_a_page_reads_it(
            old in with_ids(),
            new in with_ids(),
        ) {
            let mut phone = old.clone();
            if let Some(patch) = diff_by_id(&old, &new) {
                apply(&mut phone, &patch);
            }
            prop_assert_eq!(read_as_page(&phone), read_as_page(&new));
        }

        #[test]
        fn the_patch_turns_the_old_frame_into_the_new_as_a_page_reads_it(
            old in json_value(),
            new in json_value(),
        ) {
            let mut phone = old.clone();
            if let Some(patch) = diff(&old, &new) {
                apply(&mut phone, &patch);
            }
            prop_assert_eq!(read_as_page(&phone), read_as_page(&new));
        }
    }
}
