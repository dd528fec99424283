//! The report's follow-up: the accountability scorecard an alliance
//! publishes. Every commitment (each ask put to each power-holder), grouped
//! by where it stands, with a count of each at the top: who chases each,
//! by when, and whether it is overdue (drawn against today, never stored).
//! The public sees statuses, days and the public notes on steps; the
//! chair's report adds each step's own note and when it was recorded.

use maud::{Markup, html};

use super::{Mode, holder, status_class, text, words};
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::{self, Access, Commitment};

pub(super) fn section(
    commitments: &[Commitment<'_>],
    zone: &Zone,
    today: jiff::civil::Date,
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
                    table .follow-ups .reflow .with-history {
                        thead { tr {
                            th .holder { (l.t("report-holder")) } th .ask { (l.t("report-ask")) }
                            th .answer { (l.t("report-answer-night")) } th .day { (l.t("report-latest-step")) }
                            th .owner { (l.t("report-owner")) } th .due { (l.t("report-due")) }
                            th .history { (l.t("report-history")) }
                        } }
                        tbody {
                            @for c in commitments.iter().filter(|c| c.status() == status) {
                                (row(c, chair, zone, today, l, plan))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Partial: one commitment in its status group.
fn row(
    c: &Commitment<'_>,
    chair: bool,
    zone: &Zone,
    today: jiff::civil::Date,
    l: Lang,
    plan: &Plan,
) -> Markup {
    let no_step = l.t("report-no-step");
    let not_set = l.t("report-not-set");
    let owner = c.owner.map(|o| super::owner(l, plan, o));
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
            td .owner data-label=(l.t("report-owner")) {
                @match owner {
                    Some(owner) => bdi { (owner) },
                    None => span .muted { (not_set) },
                }
            }
            td .due data-label=(l.t("report-due")) {
                @match c.due {
                    Some(due) => {
                        (words::long_day(l, due))
                        @if c.overdue(today) { " " strong .overdue { (l.t("report-overdue")) } }
                    }
                    None => span .muted { (not_set) },
                }
            }
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
                                @if let Some(public) = step.public_note { ": " bdi .public-note { (public) } }
                                // The chair's own note: the full report only.
                                @if chair {
                                    @if let Some(note) = step.note { " " span .chair-note { "(" (l.t("report-note")) ": " bdi { (note) } ")" } }
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
