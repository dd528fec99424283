//! The follow-up page's partials: the owner and overdue filters, and each
//! commitment's card with where it stands, its step form and its owner and
//! due day form.

use maud::{Markup, html};

use super::{Shown, sentence, status_code};
use crate::domain::FollowUpStatus;
use crate::domain::command::{NOTE_MAX, OWNER_MAX};
use crate::i18n::english;
use crate::record::{Commitment, SCORECARD};
use crate::report::{long_day, status_class};
use crate::web::auth::random_hex;

/// Partial: the owner and overdue filters, a plain GET form that keeps the
/// status picked above.
pub(super) fn filter_form(shown: &Shown<'_>, owners: &[(&str, &str)]) -> Markup {
    html! {
        form .filter-form #filter-form method="get" action="/follow-up" aria-label="Filter commitments" {
            @if let Some(status) = shown.filter {
                input type="hidden" name="status" value=(status.as_str());
            }
            div .filter-owner {
                label for="filter-owner" { "Owner" }
                select #filter-owner name="owner" {
                    option value="" selected[shown.owner.is_none()] { "Anyone" }
                    @for (owner, name) in owners {
                        option value=(owner) selected[shown.owner == Some(*owner)] { (name) }
                    }
                    // An owner in the address no commitment has now.
                    @if let Some(owner) = shown.owner.filter(|o| !owners.iter().any(|(x, _)| x == o)) {
                        option value=(owner) selected { (owner) }
                    }
                }
            }
            label .filter-overdue {
                input type="checkbox" name="overdue" value="1" checked[shown.overdue];
                " Overdue only"
            }
            button type="submit" { "Show" }
        }
    }
}

/// Partial: one commitment, where it stands and its forms.
pub(super) fn commitment(
    c: &Commitment<'_>,
    shown: &Shown<'_>,
    today: jiff::civil::Date,
) -> Markup {
    let anchor = c.anchor();
    let failed_here = shown
        .failed
        .as_ref()
        .filter(|f| c.ask.id == f.form.ask.trim() && c.holder.id == f.form.holder.trim());
    let failed = failed_here.filter(|f| !f.chase());
    let failed_chase = failed_here.filter(|f| f.chase());
    let status = c.status();
    // The next step most likely keeps the status it has, or starts it.
    let picked = match failed {
        Some(f) => status_code(f.form.status.trim()),
        None if status == FollowUpStatus::NotStarted => Some(FollowUpStatus::InProgress),
        None => Some(status),
    };
    let day = failed.map_or(today.to_string(), |f| f.form.at.trim().to_owned());
    let tomorrow = today.tomorrow().unwrap_or(today);
    let field = |name: &str| format!("{anchor}.{name}");
    let overdue = c.overdue(today);
    let owner_typed = failed_chase.map_or(c.owner.unwrap_or(""), |f| f.form.owner.as_str());
    let due_typed = failed_chase.map_or(c.due.unwrap_or(""), |f| f.form.due.trim());
    html! {
        article .commitment .overdue[overdue] id=(anchor) data-status=(status.as_str()) aria-labelledby=(field("name")) {
            div .now {
                h3 id=(field("name")) { (c.holder.name) }
                p .role { (c.holder.role) }
                dl .facts {
                    dt { "Answer on the night" }
                    dd { @match c.answer {
                        Some(r) => span class={ "answer answer-" (r.answer.as_str()) } { (english().family("answer-", r.answer.as_str()).to_uppercase()) },
                        None => span .muted { "No answer recorded" },
                    } }
                    dt { "Owner" }
                    dd .owner { @match c.owner_name {
                        Some(name) => bdi { (name) },
                        None => span .muted { "Nobody named yet" },
                    } }
                    dt { "Due" }
                    dd .due {
                        @match c.due {
                            Some(due) => (long_day(due)),
                            None => span .muted { "No due date" },
                        }
                        @if overdue { " " strong .badge-overdue { "Overdue" } }
                    }
                    dt { "Now" }
                    dd .latest {
                        span class={ "status " (status_class(status)) } { (english().family("followup-", status.as_str())) }
                        @match c.latest() {
                            Some(step) => { " since " (long_day(&step.on)) }
                            None => { ": no step recorded yet" }
                        }
                    }
                }
                @if shown.saved == Some(anchor.as_str()) {
                    p .saved role="status" tabindex="-1" {
                        "Recorded. "
                        @if let Some(step) = c.latest() {
                            "Now: " (english().family("followup-", step.status.as_str())) " since " (long_day(&step.on)) "."
                        }
                    }
                }
                @if shown.chased == Some(anchor.as_str()) {
                    p .saved role="status" tabindex="-1" { "Owner and due date saved." }
                }
                @if !c.steps.is_empty() {
                    ol .history reversed aria-label={ "Steps with " (c.holder.name) } {
                        @for step in c.steps.iter().rev() {
                            li {
                                span .when { (long_day(&step.on)) }
                                " "
                                span class={ "status " (status_class(step.status)) } { (english().family("followup-", step.status.as_str())) }
                                @if let Some(public) = step.public_note { p .public-note { span .tag { "Public: " } (public) } }
                                @if let Some(note) = step.note { p .note { span .tag { "Private: " } (note) } }
                            }
                        }
                    }
                }
            }
            div .forms {
                details .record open[failed.is_some()] {
                    summary { "Record a step" }
                    // Back at this commitment when the answer is the page again.
                    form .step method="post" action={ "/follow-up#" (anchor) } {
                        // First in the form, so a refusal is seen where the
                        // form opens.
                        p .form-error role="alert" {
                            @if let Some(f) = failed { "Not recorded: " (sentence(&f.message)) }
                        }
                        input type="hidden" name="ask" value=(c.ask.id);
                        input type="hidden" name="holder" value=(c.holder.id);
                        input type="hidden" name="token" value=(random_hex(16));
                        fieldset .statuses {
                            legend { "Where it stands" }
                            @for s in SCORECARD {
                                label class=(status_class(s)) {
                                    input type="radio" name="status" value=(s.as_str()) checked[picked == Some(s)] required;
                                    " " (english().family("followup-", s.as_str()))
                                }
                            }
                        }
                        label .field for=(field("at")) { "The day it happened" }
                        input id=(field("at")) type="date" name="at" value=(day) min="2000-01-01" max=(tomorrow.to_string());
                        label .field for=(field("public_note")) { "Public note (published on the public record; optional, up to " (NOTE_MAX) " characters)" }
                        textarea id=(field("public_note")) name="public_note" rows="3" maxlength=(NOTE_MAX) {
                            (failed.map_or("", |f| f.form.public_note.as_str()))
                        }
                        label .field for=(field("note")) { "Private note (for organisers only, never published; optional, up to " (NOTE_MAX) " characters)" }
                        textarea id=(field("note")) name="note" rows="3" maxlength=(NOTE_MAX) {
                            (failed.map_or("", |f| f.form.note.as_str()))
                        }
                        // Without the script's "Save anyway?": a box to say so.
                        @if failed.is_some_and(|f| f.early) {
                            label .confirm-early-box {
                                input type="checkbox" name="confirm" value="yes";
                                " Yes, this step was taken before the assembly: record it with this day"
                            }
                        }
                        button .primary type="submit" { "Record this step" }
                    }
                }
                details .chase open[failed_chase.is_some()] {
                    summary { "Set owner and due date" }
                    form .chase method="post" action={ "/follow-up#" (anchor) } {
                        p .form-error role="alert" {
                            @if let Some(f) = failed_chase { "Not saved: " (sentence(&f.message)) }
                        }
                        input type="hidden" name="form" value="commitment";
                        input type="hidden" name="ask" value=(c.ask.id);
                        input type="hidden" name="holder" value=(c.holder.id);
                        input type="hidden" name="token" value=(random_hex(16));
                        label .field for=(field("owner")) { "Who chases it (a name, or an institution; up to " (OWNER_MAX) " characters; published)" }
                        input id=(field("owner")) type="text" name="owner" value=(owner_typed) maxlength=(OWNER_MAX) list="institutions" autocomplete="off";
                        label .field for=(field("due")) { "Due date (published; leave empty for none)" }
                        input id=(field("due")) type="date" name="due" value=(due_typed) min="2000-01-01";
                        button .primary type="submit" { "Save owner and due date" }
                    }
                }
            }
        }
    }
}
