//! A plan change as the log keeps it: what changed, not the whole plan.
//!
//! A patch names entries by id, part by part: for each entry changed, its
//! id and the fields that differ; each new entry whole; the ids taken away; and the whole new order only when the order
//! changed otherwise than by adding at the end. The assembly's details and
//! the translations are patched field by field too. So a save renaming 500
//! institutions logs 500 names, not the plan and a list of changes, and
//! for any two plans `diff(old, new).apply(old) == new`.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::plan::{Ask, Institution, Item, Plan, Pledge, PowerHolder, Translations};

/// Some fields of one entry, as the plan serializes them; `null` is a field
/// the new entry leaves out (its default). Written as a JSON object; kept as
/// a list, which for the one or two fields a change usually has is a tenth
/// of the memory of a map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    fn to_map(&self) -> Map<String, Value> {
        self.0.iter().cloned().collect()
    }
}

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Fields, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Fields, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
                while let Some(field) = map.next_entry::<String, Value>()? {
                    fields.push(field);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

/// Per language: `None` when the language's translations are all taken
/// away; else per text key the new text, `None` when it is taken away.
pub type TranslationsPatch = BTreeMap<String, Option<BTreeMap<String, Option<String>>>>;

/// What one plan change changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPatch {
    /// The assembly's details that changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assembly: Option<Fields>,
    #[serde(default, skip_serializing_if = "PartPatch::is_empty")]
    pub institutions: PartPatch,
    #[serde(default, skip_serializing_if = "PartPatch::is_empty")]
    pub power_holders: PartPatch,
    #[serde(default, skip_serializing_if = "PartPatch::is_empty")]
    pub asks: PartPatch,
    #[serde(default, skip_serializing_if = "PartPatch::is_empty")]
    pub pledges: PartPatch,
    #[serde(default, skip_serializing_if = "PartPatch::is_empty")]
    pub items: PartPatch,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: TranslationsPatch,
}

/// What changed in one list of the plan (institutions, items, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartPatch {
    /// Ids of the entries taken away.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// Per entry kept and changed, by id: the fields that changed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub changed: BTreeMap<String, Fields>,
    /// Entries the plan did not have, whole, in the new plan's order; they
    /// go at the end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<Fields>,
    /// Every id in the new order, when it is not the old order with the
    /// removed taken out and the added at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Vec<String>>,
}

impl PartPatch {
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty()
            && self.changed.is_empty()
            && self.added.is_empty()
            && self.order.is_none()
    }
}

/// An entry of a part of the plan: named by its id.
trait Entry: Serialize + DeserializeOwned + PartialEq {
    fn id(&self) -> &str;
}

macro_rules! entry {
    ($($t:ty),*) => {$(
        impl Entry for $t {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}
entry!(Institution, PowerHolder, Ask, Pledge, Item);

impl PlanPatch {
    /// What changed from `old` to `new`.
    pub fn diff(old: &Plan, new: &Plan) -> PlanPatch {
        let assembly = (old.assembly != new.assembly)
            .then(|| changed_fields(&fields_of(&old.assembly), &fields_of(&new.assembly)));
        PlanPatch {
            assembly,
            institutions: diff_part(&old.institutions, &new.institutions),
            power_holders: diff_part(&old.power_holders, &new.power_holders),
            asks: diff_part(&old.asks, &new.asks),
            pledges: diff_part(&old.pledges, &new.pledges),
            items: diff_part(&old.items, &new.items),
            translations: diff_translations(&old.translations, &new.translations),
        }
    }

    /// Whether the patch changes nothing.
    pub fn is_empty(&self) -> bool {
        self.assembly.is_none()
            && self.institutions.is_empty()
            && self.power_holders.is_empty()
            && self.asks.is_empty()
            && self.pledges.is_empty()
            && self.items.is_empty()
            && self.translations.is_empty()
    }

    /// The plan `old` becomes. Never fails: a patch made by [`diff`] from
    /// `old` gives exactly the new plan; a field that would not read (which
    /// a correct log never holds) leaves its entry as it was.
    ///
    /// [`diff`]: PlanPatch::diff
    pub fn apply(&self, old: &Plan) -> Plan {
        let mut plan = old.clone();
        if let Some(fields) = &self.assembly
            && let Some(assembly) = merged(&plan.assembly, fields)
        {
            plan.assembly = assembly;
        }
        apply_part(&mut plan.institutions, &self.institutions);
        apply_part(&mut plan.power_holders, &self.power_holders);
        apply_part(&mut plan.asks, &self.asks);
        apply_part(&mut plan.pledges, &self.pledges);
        apply_part(&mut plan.items, &self.items);
        apply_translations(&mut plan.translations, &self.translations);
        plan
    }
}

fn fields_of<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(fields)) => fields,
        // Every part of a plan is a struct, so a JSON object.
        _ => Map::new(),
    }
}

/// The fields of `new` that differ from `old`, `null` for one `new` leaves out.
fn changed_fields(old: &Map<String, Value>, new: &Map<String, Value>) -> Fields {
    let mut changed = Vec::new();
    for (key, value) in new {
        if old.get(key) != Some(value) {
            changed.push((key.clone(), value.clone()));
        }
    }
    for key in old.keys() {
        if !new.contains_key(key) {
            changed.push((key.clone(), Value::Null));
        }
    }
    Fields(changed)
}

/// `old` with `fields` set; `None` if the result does not read.
fn merged<T: Serialize + DeserializeOwned>(old: &T, fields: &Fields) -> Option<T> {
    let mut all = fields_of(old);
    for (key, value) in &fields.0 {
        if value.is_null() {
            // Left out, as the new entry serialized it: its default.
            all.remove(key);
        } else {
            all.insert(key.clone(), value.clone());
        }
    }
    serde_json::from_value(Value::Object(all)).ok()
}

fn diff_part<T: Entry>(old: &[T], new: &[T]) -> PartPatch {
    let before: HashMap<&str, &T> = old.iter().map(|e| (e.id(), e)).collect();
    let after: HashSet<&str> = new.iter().map(Entry::id).collect();
    let removed: Vec<String> = (old.iter().map(Entry::id))
        .filter(|id| !after.contains(id))
        .map(str::to_owned)
        .collect();
    let mut changed = BTreeMap::new();
    let mut added = Vec::new();
    for entry in new {
        match before.get(entry.id()) {
            None => added.push(Fields(fields_of(entry).into_iter().collect())),
            Some(was) if *was != entry => {
                let fields = changed_fields(&fields_of(*was), &fields_of(entry));
                changed.insert(entry.id().to_owned(), fields);
            }
            Some(_) => {}
        }
    }
    // The order `apply` makes without being told: the old order less the
    // removed, then the added in the order of `new`.
    let kept = (old.iter().map(Entry::id)).filter(|id| after.contains(id));
    let new_ones = (new.iter().map(Entry::id)).filter(|id| !before.contains_key(id));
    let order = (!kept.chain(new_ones).eq(new.iter().map(Entry::id)))
        .then(|| new.iter().map(|e| e.id().to_owned()).collect());
    PartPatch {
        removed,
        changed,
        added,
        order,
    }
}

fn apply_part<T: Entry>(entries: &mut Vec<T>, patch: &PartPatch) {
    if patch.is_empty() {
        return;
    }
    if !patch.removed.is_empty() {
        let removed: HashSet<&str> = patch.removed.iter().map(String::as_str).collect();
        entries.retain(|e| !removed.contains(e.id()));
    }
    if !patch.changed.is_empty() {
        for entry in entries.iter_mut() {
            if let Some(fields) = patch.changed.get(entry.id())
                && let Some(changed) = merged(&*entry, fields)
            {
                *entry = changed;
            }
        }
    }
    for fields in &patch.added {
        if let Ok(entry) = serde_json::from_value::<T>(Value::Object(fields.to_map())) {
            // Added twice would be two entries with one id: the later counts.
            entries.retain(|e| e.id() != entry.id());
            entries.push(entry);
        }
    }
    if let Some(order) = &patch.order {
        let place: HashMap<&str, usize> = (order.iter().enumerate())
            .map(|(n, id)| (id.as_str(), n))
            .collect();
        // Stable: an entry the order does not name keeps its place after.
        entries.sort_by_key(|e| place.get(e.id()).copied().unwrap_or(usize::MAX));
    }
}

fn diff_translations(old: &Translations, new: &Translations) -> TranslationsPatch {
    let mut patch = TranslationsPatch::new();
    for lang in old.keys() {
        if !new.contains_key(lang) {
            patch.insert(lang.clone(), None);
        }
    }
    for (lang, texts) in new {
        let Some(was) = old.get(lang) else {
            let all = texts.iter().map(|(k, v)| (k.clone(), Some(v.clone())));
            patch.insert(lang.clone(), Some(all.collect()));
            continue;
        };
        let mut changed = BTreeMap::new();
        for (key, text) in texts {
            if was.get(key) != Some(text) {
                changed.insert(key.clone(), Some(text.clone()));
            }
        }
        for key in was.keys() {
            if !texts.contains_key(key) {
                changed.insert(key.clone(), None);
            }
        }
        if !changed.is_empty() {
            patch.insert(lang.clone(), Some(changed));
        }
    }
    patch
}

fn apply_translations(translations: &mut Translations, patch: &TranslationsPatch) {
    for (lang, texts) in patch {
        let Some(texts) = texts else {
            translations.remove(lang);
            continue;
        };
        let into = translations.entry(lang.clone()).or_default();
        for (key, text) in texts {
            match text {
                Some(text) => into.insert(key.clone(), text.clone()),
                None => into.remove(key),
            };
        }
    }
}
