//! The report's follow-up: the accountability scorecard an alliance
//! publishes. Every commitment (each ask put to each power-holder), grouped
//! by where it stands, with a count of each at the top. The public sees
//! statuses and days; the chair's report adds each step's note.

use maud::{Markup, html};

use super::{Mode, holder, status_class, text, words};
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::{self, Access, Commitment};

pub(super) fn section(
    commitments: &[Commitment<'_>],
    zone: &Zone,
    mode: Mode,
    access: Access,
    l: Lang,
    plan: &Plan,
) -> Markup {
    let chair = access.is_chair();
    let counts = record::counts(commitments);
    html! {
        section aria-labelledby="follow-up" {
            h2 #follow-up { (l.t("report-follow-up-heading")) }
            p { (l.t("report-follow-up-intro")) }
            ul .tally aria-label=(l.t("report-by-status")) {
                @for (status, n) in counts {
                    li class=(status_class(status)) {
                        a href={ "#follow-up-" (status.as_str()) } {
                            span .count { (l.number(n as i64)) } " " (words::status(l, status))
                        }
                    }
                }
            }
            @if chair && mode == Mode::Live {
                p { a href="/follow-up" { (l.t("report-record-step")) } }
            }
            @for (status, n) in counts {
                h3 id={ "follow-up-" (status.as_str()) } {
                    span class=(status_class(status)) { (words::status(l, status)) } " (" (l.number(n as i64)) ")"
                }
                @if n == 0 {
                    p .muted { (l.t("report-none")) }
                } @else {
                    table .follow-ups .reflow .with-history[chair] {
                        thead { tr {
                            th .holder { (l.t("report-holder")) } th .ask { (l.t("report-ask")) }
                            th .answer { (l.t("report-answer-night")) } th .day { (l.t("report-latest-step")) }
                            @if chair { th .history { (l.t("report-history")) } }
                        } }
                        tbody {
                            @for c in commitments.iter().filter(|c| c.status() == status) {
                                (row(c, chair, zone, l, plan))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Partial: one commitment in its status group.
fn row(c: &Commitment<'_>, chair: bool, zone: &Zone, l: Lang, plan: &Plan) -> Markup {
    let no_step = l.t("report-no-step");
    html! {
        tr {
            td .who data-label=(l.t("report-holder")) { (holder(l, plan, c.holder)) }
            td .ask data-label=(l.t("report-ask")) { bdi { (text(l, plan, "ask", &c.ask.id, "title", &c.ask.title)) } }
            td data-label=(l.t("report-answer-night")) {
                @match c.answer {
                    Some(r) => span class={ "answer answer-" (r.answer.as_str()) } { (words::answer(l, r.answer)) },
                    None => span .muted { (l.t("report-no-answer")) },
                }
            }
            td data-label=(l.t("report-latest-step")) {
                @match c.latest() {
                    Some(step) => (words::long_day(l, &step.on)),
                    None => span .muted { (no_step) },
                }
            }
            @if chair {
                td .history data-label=(l.t("report-history")) {
                    @if c.steps.is_empty() {
                        span .muted { (no_step) }
                    } @else {
                        ol .timeline {
                            @for step in &c.steps {
                                li {
                                    span .when { (words::long_day(l, &step.on)) }
                                    " "
                                    span class=(status_class(step.status)) { (words::status(l, step.status)) }
                                    @if let Some(note) = step.note { ": " (note) }
                                    " "
                                    span .muted { (l.t_with("report-recorded", &[("when", words::date_time(l, zone, step.recorded_at).into())])) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
