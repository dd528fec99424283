//! What changed between two of the phones' frames, as a JSON merge patch
//! (RFC 7386): the keys whose values changed, `null` for a key that went
//! away, objects compared key by key and anything else sent whole.
//!
//! A phone on a 500-institution plan is sent an 8 KB state; a check-in
//! changes two numbers in it. Each phone's socket sends the patch when the
//! phone holds the frame it was made against, the whole frame otherwise.

use serde_json::{Map, Value};

/// The merge patch that turns `old` into `new`; `None` when they are equal.
pub fn diff(old: &Value, new: &Value) -> Option<Value> {
    if old == new {
        return None;
    }
    let (Value::Object(old), Value::Object(new)) = (old, new) else {
        return Some(new.clone());
    };
    let mut patch = Map::new();
    for (key, value) in new {
        match old.get(key) {
            // A `null` in a patch means "remove": a value that becomes
            // null is removed, and pages read a missing key as null.
            Some(before) => {
                if let Some(change) = diff(before, value) {
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
        } else {
            apply(map.entry(key.clone()).or_insert(Value::Null), change);
        }
    }
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

    proptest! {
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
