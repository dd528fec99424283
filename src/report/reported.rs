//! The report's report-backs: each status a power-holder said on stage
//! at this assembly about a commitment made at an earlier one of the home.
//! All of it public: the hall saw it (the private notes stay in the record
//! of the assembly where the ask was put).

use maud::{Markup, html};

use super::{status_class, words};
use crate::domain::State;
use crate::i18n::Lang;

pub(super) fn section(state: &State, l: Lang) -> Markup {
    if state.reported.is_empty() {
        return html! {};
    }
    let plan = &state.plan;
    html! {
        section aria-labelledby="reported-back" {
            h2 #reported-back { (l.t("report-reported-heading")) }
            p { (l.t("report-reported-intro")) }
            table .follow-ups .reported .reflow {
                thead { tr {
                    th .holder { (l.t("report-holder")) }
                    th .ask { (l.t("report-reported-commitment")) }
                    th .answer { (l.t("report-answer-night")) }
                    th .status { (l.t("report-reported-said")) }
                    th .day { (l.t("report-reported-on")) }
                } }
                tbody {
                    @for reported in &state.reported {
                        @let r = &reported.report;
                        @let c = &r.commitment;
                        @let name = plan.power_holders.iter().find(|h| h.id == c.holder)
                            .map_or(c.holder.as_str(), |h| h.name.as_str());
                        tr {
                            td .holder data-label=(l.t("report-holder")) { bdi { (name) } }
                            td .ask data-label=(l.t("report-reported-commitment")) {
                                bdi { (c.ask_title) }
                                br;
                                span .muted {
                                    bdi { (c.title) }
                                    @if let Some(day) = &c.day {
                                        " · " (words::long_day(l, day))
                                    }
                                }
                            }
                            td .answer data-label=(l.t("report-answer-night")) {
                                @match c.answer {
                                    Some(answer) => (words::answer(l, answer)),
                                    None => (l.t("report-no-answer")),
                                }
                            }
                            td .status data-label=(l.t("report-reported-said")) {
                                span class=(status_class(r.said)) { (words::status(l, r.said)) }
                                @if let Some(note) = &r.note {
                                    br;
                                    bdi .note { (note) }
                                }
                            }
                            td .day data-label=(l.t("report-reported-on")) { (words::long_day(l, &r.on)) }
                        }
                    }
                }
            }
        }
    }
}
