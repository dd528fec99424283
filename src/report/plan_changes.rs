//! The report's account of changes made to the plan after the record began,
//! so a reader sees the plan as it was run: the running order above is the
//! plan as it is now, and this says, entry by entry, what it was when the
//! record began and when it was last changed (one line per entry, however
//! often it was saved), in the report's language and in plain words:
//! "19:42: renamed Holy Cross to Holy Cross Church", never field names or
//! sequence numbers.

use maud::{Markup, html};

use super::words;
use crate::domain::plan_change::{Part, PlanChange};
use crate::domain::{Plan, State};
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::Access;

pub(super) fn plan_changes(state: &State, access: Access, zone: &Zone, l: Lang) -> Markup {
    let changes = state.plan_history.net(&state.plan, !access.is_chair());
    if changes.is_empty() {
        return html! {};
    }
    // A change on the day of the assembly is told by its clock time alone.
    let day = state.chair.started_at.map(|at| zone.day(at));
    html! {
        section aria-labelledby="plan-changes" {
            h2 #plan-changes { (l.t("report-plan-changes")) }
            p .muted { (l.t("report-plan-changes-intro")) }
            ul .plan-changes {
                @for net in &changes {
                    @let change = describe(l, &state.plan, &net.change);
                    // `dir="auto"` keeps a right-to-left name in one piece.
                    li dir="auto" {
                        @if net.touched.seq > 0 {
                            @let at = net.touched.at;
                            @let when = if day == Some(zone.day(at)) {
                                words::time(l, zone, at)
                            } else {
                                words::date_time(l, zone, at)
                            };
                            @let args = [("when", when.into()), ("change", change.into())];
                            (l.t_with("report-change-at", &args))
                        } @else {
                            // A change a log did not date.
                            (change)
                        }
                    }
                }
            }
        }
    }
}

/// One change as a sentence in `l`: "renamed Holy Cross to Holy Cross
/// Church", "Holy Cross Church: promised turnout changed from “40” to “45”".
fn describe(l: Lang, plan: &Plan, change: &PlanChange) -> String {
    let part = |p: Part| l.family("report-part-", part_code(p));
    match change {
        PlanChange::Added { part: p, name, .. } => {
            let args = [("part", part(*p).into()), ("name", name.as_str().into())];
            l.t_with("report-change-added", &args)
        }
        PlanChange::Removed { part: p, name, .. } => {
            let args = [("part", part(*p).into()), ("name", name.as_str().into())];
            l.t_with("report-change-removed", &args)
        }
        PlanChange::Moved { name, from, to, .. } => {
            let args = [
                ("name", name.as_str().into()),
                ("from", l.number(*from as i64 + 1).into()),
                ("to", l.number(*to as i64 + 1).into()),
            ];
            l.t_with("report-change-moved", &args)
        }
        PlanChange::Edited {
            field, from, to, ..
        } if (field == "name" || field == "title") && !from.is_empty() && !to.is_empty() => {
            let args = [("from", from.as_str().into()), ("to", to.as_str().into())];
            l.t_with("report-change-renamed", &args)
        }
        PlanChange::Edited {
            part: p,
            id,
            field,
            from,
            to,
        } => {
            let entry = entry_name(plan, *p, id).map_or_else(|| part(*p), str::to_owned);
            // A field the catalogue has no word for (a translation such as
            // `title.cy`) is named as the plan file names it.
            let field = if l.has(&format!("report-field-{field}")) {
                l.family("report-field-", field)
            } else {
                field.clone()
            };
            let args = [
                ("entry", entry.into()),
                ("field", field.into()),
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
            ];
            if to.is_empty() {
                l.t_with("report-change-cleared", &args)
            } else if from.is_empty() {
                l.t_with("report-change-set", &args)
            } else {
                l.t_with("report-change-edited", &args)
            }
        }
    }
}

/// The catalogue's code for a part of the plan.
fn part_code(part: Part) -> &'static str {
    match part {
        Part::Assembly => "assembly",
        Part::Institution => "institution",
        Part::PowerHolder => "power_holder",
        Part::Ask => "ask",
        Part::Pledge => "pledge",
        Part::Item => "item",
    }
}

/// The entry's name in the plan as it is now; `None` for the assembly
/// itself or an entry since removed.
fn entry_name<'a>(plan: &'a Plan, part: Part, id: &str) -> Option<&'a str> {
    match part {
        Part::Assembly => None,
        Part::Institution => plan.institution(id).map(|i| i.name.as_str()),
        Part::PowerHolder => plan.power_holder(id).map(|h| h.name.as_str()),
        Part::Ask => plan.ask(id).map(|a| a.title.as_str()),
        Part::Pledge => plan.pledge(id).map(|p| p.text.as_str()),
        Part::Item => plan.item(id).map(|i| i.title.as_str()),
    }
}
