//! The report's account of changes made to the plan after the record began,
//! so a reader sees the plan as it was run: the running order above is the
//! plan as it is now, and this says, entry by entry, what it was when the
//! record began and when it was last changed (one line per entry, however
//! often it was saved).

use maud::{Markup, html};

use super::words;
use crate::domain::State;
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::Access;

/// The changes themselves are described in English, as the domain writes
/// them (`dir="auto"` keeps a right-to-left name in one piece).
pub(super) fn plan_changes(state: &State, access: Access, zone: &Zone, l: Lang) -> Markup {
    let changes = state.plan_history.net(&state.plan, !access.is_chair());
    if changes.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby="plan-changes" {
            h2 #plan-changes { (l.t("report-plan-changes")) }
            p .muted { (l.t("report-plan-changes-intro")) }
            ul .plan-changes {
                @for net in &changes {
                    li {
                        span dir="auto" { (net.change) }
                        // The last save that changed the entry (unknown
                        // for a change a log did not date).
                        @if net.touched.seq > 0 {
                            " " span .muted { (words::date_time(l, zone, net.touched.at)) " " (l.t_with("report-change", &[("seq", words::digits(l, &net.touched.seq.to_string()).into())])) }
                        }
                    }
                }
            }
        }
    }
}
