//! The report's account of changes made to the plan after the record began,
//! so a reader sees the plan as it was run: the running order above is the
//! plan as it is now, and this says what changed on the way and when.

use maud::{Markup, html};

use super::words;
use crate::domain::State;
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::Access;

/// The changes themselves are described in English, as the domain writes
/// them (`dir="auto"` keeps a right-to-left name in one piece).
pub(super) fn plan_changes(state: &State, access: Access, zone: &Zone, l: Lang) -> Markup {
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
            h2 #plan-changes { (l.t("report-plan-changes")) }
            p .muted { (l.t("report-plan-changes-intro")) }
            ol .plan-changes {
                @for (revision, changes) in &revisions {
                    li {
                        p { strong { (words::date_time(l, zone, revision.at)) } " " (l.t_with("report-change", &[("seq", words::digits(l, &revision.seq.to_string()).into())])) }
                        ul {
                            @for change in changes { li dir="auto" { (change) } }
                        }
                    }
                }
            }
        }
    }
}
