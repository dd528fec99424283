//! The report's follow-up: the accountability scorecard an alliance
//! publishes. Every commitment (each ask put to each power-holder), grouped
//! by where it stands, with a count of each at the top. The public sees
//! statuses and days; the chair's report adds each step's note.

use maud::{Markup, html};

use super::{Mode, status_class};
use crate::domain::Answer;
use crate::plan::Zone;
use crate::record::{self, Access, Commitment};

/// A step's day ("2026-06-03") as people read it: "3 June 2026".
pub fn long_day(on: &str) -> String {
    on.parse::<jiff::civil::Date>()
        .map(|d| d.strftime("%-d %B %Y").to_string())
        .unwrap_or_else(|_| on.to_owned())
}

pub(super) fn section(
    commitments: &[Commitment<'_>],
    zone: &Zone,
    mode: Mode,
    access: Access,
) -> Markup {
    let chair = access.is_chair();
    let counts = record::counts(commitments);
    html! {
        section aria-labelledby="follow-up" {
            h2 #follow-up { "Follow-up: where each commitment stands" }
            p {
                "Every ask put to every power-holder, whatever they answered on the night "
                "(or if they never answered), by where it stands now. The date is the day of "
                "its latest step."
            }
            ul .tally aria-label="Commitments by status" {
                @for (status, n) in counts {
                    li class=(status_class(status)) {
                        a href={ "#follow-up-" (status.as_str()) } {
                            span .count { (n) } " " (status.label())
                        }
                    }
                }
            }
            @if chair && mode == Mode::Live {
                p { a href="/follow-up" { "Record a step on the follow-up page" } }
            }
            @for (status, n) in counts {
                h3 id={ "follow-up-" (status.as_str()) } {
                    span class=(status_class(status)) { (status.label()) } " (" (n) ")"
                }
                @if n == 0 {
                    p .muted { "None." }
                } @else {
                    table .follow-ups .reflow .with-history[chair] {
                        thead { tr {
                            th .holder { "Power-holder" } th .ask { "Ask" }
                            th .answer { "Answer on the night" } th .day { "Latest step" }
                            @if chair { th .history { "History" } }
                        } }
                        tbody {
                            @for c in commitments.iter().filter(|c| c.status() == status) {
                                (row(c, chair, zone))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Partial: one commitment in its status group.
fn row(c: &Commitment<'_>, chair: bool, zone: &Zone) -> Markup {
    html! {
        tr {
            td data-label="Power-holder" {
                strong { (c.holder.name) } br; span .role { (c.holder.role) }
            }
            td data-label="Ask" { (c.ask.title) }
            td data-label="Answer on the night" {
                @match c.answer {
                    Some(r) => span class={ "answer answer-" (r.answer.as_str()) } { (Answer::word(r.answer)) },
                    None => span .muted { "No answer" },
                }
            }
            td data-label="Latest step" {
                @match c.latest() {
                    Some(step) => (long_day(&step.on)),
                    None => span .muted { "No step yet" },
                }
            }
            @if chair {
                td data-label="History" {
                    @if c.steps.is_empty() {
                        span .muted { "No step yet" }
                    } @else {
                        ol .timeline {
                            @for step in &c.steps {
                                li {
                                    span .when { (long_day(&step.on)) }
                                    " "
                                    span class=(status_class(step.status)) { (step.status.label()) }
                                    @if let Some(note) = step.note { ": " (note) }
                                    " "
                                    span .muted { "(recorded " (zone.date_time(step.recorded_at)) ")" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
