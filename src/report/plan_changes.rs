//! The report's account of changes made to the plan after the record began,
//! so a reader sees the plan as it was run: the running order above is the
//! plan as it is now, and this says what changed on the way and when.

use maud::{Markup, html};

use crate::domain::State;
use crate::plan::Zone;
use crate::record::Access;

pub(super) fn plan_changes(state: &State, access: Access, zone: &Zone) -> Markup {
    let revisions: Vec<_> = state
        .plan_history
        .iter()
        .map(|r| {
            let changes: Vec<String> = r
                .changes
                .iter()
                .filter(|c| access.is_chair() || !c.is_private())
                .map(ToString::to_string)
                .collect();
            (r, changes)
        })
        .filter(|(_, changes)| !changes.is_empty())
        .collect();
    if revisions.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby="plan-changes" {
            h2 #plan-changes { "Changes to the plan" }
            p .muted { "The running order above is the plan as it is now; these changes were made to it, in order." }
            ol .plan-changes {
                @for (revision, changes) in &revisions {
                    li {
                        p { strong { (zone.date_time(revision.at)) } " (change " (revision.seq) ")" }
                        ul {
                            @for change in changes { li dir="auto" { (change) } }
                        }
                    }
                }
            }
        }
    }
}
