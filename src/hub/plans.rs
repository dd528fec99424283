//! The plan as sockets are sent it, made once per plan: a `hello` per role,
//! and for the phones the plan as their page uses it, in their language,
//! with the change from the plan before.
//!
//! A hall of 10,000 phones on a 500-institution plan holds a 45 KB plan
//! each: sent whole on every rename, that is 450 MB through the hall's
//! Wi-Fi for one changed name. A phone that holds the plan before is sent
//! `{"type":"plan_patch","from":A,"plan_seq":B,"plan":PATCH}` instead, the
//! change as a patch by id (see `patch::diff_by_id`), which `live.js`
//! applies to the plan it holds. A phone is sent only what its page uses
//! of the plan (`view::PhonePlanView`), with the translations into the
//! language its page says (`/ws?lang=`). Every other page is sent the new
//! `hello` whole.

use serde_json::Value;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::{patch, role_index};
use crate::domain::State;
use crate::view::{self, Role};

/// What sockets are sent of one plan.
#[derive(Debug)]
pub(super) struct Plans {
    /// The plan's `plan_seq`.
    pub seq: u64,
    /// The `hello` of the chair, the screen and the stage (in `role_index`
    /// order; the phones' is theirs).
    staff: [Utf8Bytes; 3],
    /// The phones' plan with every language, then (on a plan with
    /// translations) with none, then with each language's alone.
    phones: Vec<PhonePlan>,
}

/// The plan as phones of one language are sent it.
#[derive(Debug)]
struct PhonePlan {
    /// `None`: every language; `Some("")`: none; else that language.
    lang: Option<String>,
    hello: Utf8Bytes,
    /// The plan as a tree, which the next change is made against.
    tree: Value,
    /// For a phone that holds the plan before this one.
    patch: Option<PlanPatch>,
}

/// A phone's plan as a change from the plan before it.
#[derive(Debug)]
struct PlanPatch {
    /// The `plan_seq` of the plan it applies to.
    from: u64,
    text: Utf8Bytes,
}

impl Plans {
    /// The plan of `state`, sent whole.
    pub fn of(state: &State) -> Plans {
        let plan = &state.plan;
        let staff = [Role::Chair, Role::Screen, Role::Stage]
            .map(|role| hello(role, view::plan_view(plan, role)));
        let mut langs = vec![None];
        if !plan.translations.is_empty() {
            langs.push(Some(String::new()));
            langs.extend(plan.translations.keys().cloned().map(Some));
        }
        let phones = langs
            .into_iter()
            .map(|lang| {
                let view = view::phone_plan_view(plan, lang.as_deref());
                let tree = serde_json::to_value(&view).expect("a plan always serializes");
                PhonePlan {
                    hello: hello(Role::Attendee, &tree),
                    lang,
                    tree,
                    patch: None,
                }
            })
            .collect();
        Plans {
            seq: state.plan_seq,
            staff,
            phones,
        }
    }

    /// The plan of `state`, which changed from this one: each language's
    /// phones are sent the change in their own plan.
    pub fn next(&self, state: &State) -> Plans {
        let mut next = Plans::of(state);
        for phone in &mut next.phones {
            let Some(before) = self.phones.iter().find(|p| p.lang == phone.lang) else {
                continue;
            };
            let change = patch::diff_by_id(&before.tree, &phone.tree)
                .unwrap_or_else(|| Value::Object(serde_json::Map::new()));
            let text = format!(
                r#"{{"type":"plan_patch","from":{},"plan_seq":{},"plan":{}}}"#,
                self.seq,
                next.seq,
                serde_json::to_string(&change).expect("JSON always serializes")
            );
            phone.patch = Some(PlanPatch {
                from: self.seq,
                text: text.into(),
            });
        }
        next
    }

    /// The first message on a socket of `role`: the plan as it may see it,
    /// a phone's in `lang` (see [`Plans::phone`]).
    pub fn hello(&self, role: Role, lang: Option<&str>) -> Utf8Bytes {
        match role {
            Role::Attendee => self.phone(lang).hello.clone(),
            staff => self.staff[role_index(staff)].clone(),
        }
    }

    /// What a socket of `role` whose page holds the plan of `held`, in
    /// `lang`, is sent of this plan: nothing when it holds it; a phone
    /// holding the plan just before it, the change; any other, the `hello`.
    pub fn for_socket(
        &self,
        role: Role,
        held: Option<u64>,
        lang: Option<&str>,
    ) -> Option<Utf8Bytes> {
        if held == Some(self.seq) {
            return None;
        }
        let patch = (role == Role::Attendee)
            .then(|| self.phone(lang).patch.as_ref())
            .flatten()
            .filter(|patch| held == Some(patch.from));
        Some(match patch {
            Some(patch) => patch.text.clone(),
            None => self.hello(role, lang),
        })
    }

    /// The phones' plan in `lang`: that language's translations alone, or
    /// none for a language the plan has none in; every language for `None`.
    fn phone(&self, lang: Option<&str>) -> &PhonePlan {
        let find = |lang: Option<&str>| self.phones.iter().find(|p| p.lang.as_deref() == lang);
        lang.and_then(|lang| find(Some(lang)).or_else(|| find(Some(""))))
            .or_else(|| find(None))
            .expect("the phones' plan with every language is always made")
    }
}

fn hello(role: Role, plan: impl serde::Serialize) -> Utf8Bytes {
    #[derive(serde::Serialize)]
    struct Hello<P> {
        r#type: &'static str,
        role: Role,
        plan: P,
    }
    let text = serde_json::to_string(&Hello {
        r#type: "hello",
        role,
        plan,
    })
    .expect("a plan always serializes");
    Utf8Bytes::from(text)
}
