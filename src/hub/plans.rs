//! The plan as sockets are sent it: a `hello` per role, made once per plan,
//! and for the phones the change from the plan before.
//!
//! A hall of 10,000 phones on a 500-institution plan holds a 45 KB plan
//! each: sent whole on every rename, that is 450 MB through the hall's
//! Wi-Fi for one changed name. A phone that holds the plan before is sent
//! `{"type":"plan_patch","from":A,"plan_seq":B,"plan":PATCH}` instead, the
//! change as a patch by id (see `patch::diff_by_id`), which `live.js`
//! applies to the plan it holds. Every other page is sent the new `hello`.

use std::sync::Arc;

use serde_json::Value;
use tokio_tungstenite::tungstenite::Utf8Bytes;

use super::patch;
use crate::domain::{Plan, State};
use crate::view::{self, Role};

/// One `hello` per role (in `role_index` order).
pub(super) type Hellos = Arc<[Utf8Bytes; 4]>;

/// A phone's plan as a change from the plan before it.
#[derive(Debug)]
pub(super) struct PlanPatch {
    /// The `plan_seq` of the plan it applies to.
    pub from: u64,
    pub text: Utf8Bytes,
}

/// What sockets are sent of one plan.
#[derive(Debug, Clone)]
pub(super) struct Plans {
    /// The plan's `plan_seq`.
    pub seq: u64,
    pub hellos: Hellos,
    /// For the phones that hold the plan before this one.
    pub patch: Option<Arc<PlanPatch>>,
    /// The phones' plan as a tree, which the next patch is made against.
    phones: Arc<Value>,
}

impl Plans {
    /// The plan of `state`, sent whole.
    pub fn of(state: &State) -> Plans {
        let hellos = Arc::new(Role::ALL.map(|role| hello(&state.plan, role)));
        let phones = serde_json::to_value(view::plan_view(&state.plan, Role::Attendee))
            .expect("a plan always serializes");
        Plans {
            seq: state.plan_seq,
            hellos,
            patch: None,
            phones: Arc::new(phones),
        }
    }

    /// The plan of `state`, which changed from this one.
    pub fn next(&self, state: &State) -> Plans {
        let mut next = Plans::of(state);
        let change = patch::diff_by_id(&self.phones, &next.phones)
            .unwrap_or_else(|| Value::Object(serde_json::Map::new()));
        let text = format!(
            r#"{{"type":"plan_patch","from":{},"plan_seq":{},"plan":{}}}"#,
            self.seq,
            next.seq,
            serde_json::to_string(&change).expect("JSON always serializes")
        );
        next.patch = Some(Arc::new(PlanPatch {
            from: self.seq,
            text: text.into(),
        }));
        next
    }
}

fn hello(plan: &Plan, role: Role) -> Utf8Bytes {
    #[derive(serde::Serialize)]
    struct Hello<'a> {
        r#type: &'static str,
        role: Role,
        plan: view::PlanView<'a>,
    }
    let text = serde_json::to_string(&Hello {
        r#type: "hello",
        role,
        plan: view::plan_view(plan, role),
    })
    .expect("a plan always serializes");
    Utf8Bytes::from(text)
}
