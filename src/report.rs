//! The report: the record of an assembly as a printable page. Served live at
//! `/report` and written by `assembly export` as a self-contained file.
//! The public report shows only what the projector could show (see
//! [`Access`]); the chair's shows the full record.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::domain::{Answer, FollowUpStatus, Millis, Phase, State};
use crate::plan::Zone;
use crate::record::{self, Access, Commitment};

mod follow_ups;
mod plan_changes;
mod timing;

pub use follow_ups::long_day;

const CSS: &str = include_str!("../assets/report.css");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Served by the running server: links its stylesheet.
    Live,
    /// A file to keep or mail: styles inlined, no links back to the server.
    Standalone,
}

/// Whole seconds as "m:ss" or "h:mm:ss", with a sign when asked.
fn duration(seconds: f64, signed: bool) -> String {
    let sign = if signed && seconds >= 0.5 {
        "+"
    } else if seconds <= -0.5 {
        "−"
    } else {
        ""
    };
    let s = seconds.abs().round() as i64;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// A name short enough for a chart's label column (about 40 characters at
/// its type size), with an ellipsis; the table beside it has it in full.
fn chart_label(name: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 36;
    if name.chars().count() <= MAX {
        return name.into();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end()).into()
}

pub(crate) fn status_class(status: FollowUpStatus) -> &'static str {
    match status {
        FollowUpStatus::NotStarted => "status-not-started",
        FollowUpStatus::InProgress => "status-in-progress",
        FollowUpStatus::Achieved => "status-achieved",
        FollowUpStatus::Broken => "status-broken",
    }
}

pub fn render(state: &State, now: Millis, mode: Mode, access: Access) -> Markup {
    let plan = &state.plan;
    let zone = Zone::of(&plan.assembly);
    let chair = &state.chair;
    let planned_start = plan
        .assembly
        .starts
        .as_deref()
        .and_then(crate::plan::instant);
    // The abbreviation in force when the assembly met (or will meet).
    let labelled_at = chair.started_at.or(planned_start).unwrap_or(now);
    let commitments = record::commitments(state, &zone);
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Report: " (plan.assembly.title) }
                @match mode {
                    Mode::Live => link rel="stylesheet" href="/assets/report.css";,
                    Mode::Standalone => style { (PreEscaped(CSS)) },
                }
            }
            body .report {
                header {
                    @match access {
                        Access::Public => p .eyebrow { "Accountability assembly: the public record" },
                        Access::Chair => p .eyebrow { "Accountability assembly: the full record" },
                    }
                    h1 { (plan.assembly.title) }
                    p .zone { "Times are " (zone.label(labelled_at)) "." }
                    dl .facts {
                        dt { "Venue" } dd { (plan.assembly.venue) }
                        @if let Some(at) = planned_start {
                            dt { "Planned start" } dd { (zone.date_time(at)) }
                        }
                        @if let Some(started) = chair.started_at {
                            dt { "Date" } dd { (zone.date(started)) }
                            dt { "Started" } dd { (zone.time(started)) }
                        } @else {
                            dt { "Status" } dd { "Not started yet" }
                        }
                        @if let Some(ended) = chair.ended_at.filter(|_| chair.phase == Phase::Ended) {
                            dt { "Ended" } dd { (zone.time(ended)) }
                        } @else if chair.phase == Phase::Running {
                            dt { "Status" } dd { "In progress (reload for the latest)" }
                        }
                        dt { "Record as of" } dd { (zone.date_time(now)) }
                    }
                    @match access {
                        Access::Public => p .access {
                            "This is the public record: what the projector could show, and where "
                            "each commitment stands since. Notes (on answers and on follow-up "
                            "steps), replaced answers and pledge tallies not yet revealed are in "
                            "the full record, open to the chair."
                        },
                        Access::Chair => p .access {
                            "This is the full record, with the chair's notes, replaced answers, "
                            "notes on follow-up steps and every pledge tally: share it only with "
                            "the organisers."
                        },
                    }
                    (downloads(mode, access))
                }
                main {
                    (scorecard(&commitments, &zone, state, access))
                    (follow_ups::section(&commitments, &zone, mode, access))
                    (turnout(state))
                    (timing::running_order(state, now, &zone))
                    (plan_changes::plan_changes(state, access, &zone))
                    (pledges(state, access))
                }
                footer { p { "Made with assembly." } }
            }
        }
    }
}

/// What each export holds, for the links to them.
fn export_note(name: &str) -> &'static str {
    match name {
        "record.json" => "everything in this report, for other programs",
        "responses.csv" => "one row per answer",
        "turnout.csv" => "one row per institution",
        "timings.csv" => "one row per item of the running order",
        "follow-ups.csv" => "one row per commitment: the chase list, with where each stands",
        "record.xlsx" => {
            "the running order, turnout, answers, pledges and follow-ups as one spreadsheet"
        }
        _ => "",
    }
}

/// Partial: a link to every export this reader may download. Live, they are
/// the server's `/export/...`; the exported report sits beside its files.
fn downloads(mode: Mode, access: Access) -> Markup {
    html! {
        nav .downloads aria-labelledby="downloads" {
            h2 #downloads { "Download the record" }
            ul {
                @for &name in record::exports(access) {
                    @let href = match mode {
                        Mode::Live => format!("/export/{name}"),
                        Mode::Standalone => name.to_owned(),
                    };
                    li { a href=(href) download { (name) } ": " (export_note(name)) }
                }
            }
        }
    }
}

fn scorecard(commitments: &[Commitment<'_>], zone: &Zone, state: &State, access: Access) -> Markup {
    let plan = &state.plan;
    let chair = access.is_chair();
    html! {
        section aria-labelledby="scorecard" {
            h2 #scorecard { "Scorecard" }
            @for ask in &plan.asks {
                h3 { (ask.title) }
                p .asktext { (ask.text) }
                table .scorecard .reflow {
                    thead { tr {
                        th { "Power-holder" } th { "Answer" }
                        @if chair { th { "Note" } }
                        th { "When" }
                        th { "Follow-up" }
                    } }
                    tbody {
                        @for c in commitments.iter().filter(|c| c.ask.id == ask.id) {
                            tr {
                                td data-label="Power-holder" {
                                    strong { (c.holder.name) }
                                    br; span .role { (c.holder.role) }
                                }
                                @match c.answer {
                                    Some(answer) => {
                                        td data-label="Answer" { span class={ "answer answer-" (answer.answer.as_str()) } { (Answer::word(answer.answer)) } }
                                        @if chair { td data-label="Note" {
                                            (answer.note.as_deref().unwrap_or(""))
                                            @if !c.earlier.is_empty() {
                                                p .earlier {
                                                    "Replaced during negotiation: "
                                                    @for (i, r) in c.earlier.iter().enumerate() {
                                                        @if i > 0 { "; " }
                                                        (Answer::word(r.answer)) " at " (zone.time(r.at))
                                                        @if let Some(note) = &r.note { " (" (note) ")" }
                                                    }
                                                }
                                            }
                                        } }
                                        td data-label="When" { (zone.time(answer.at)) }
                                    }
                                    None => {
                                        td data-label="Answer" { span .muted { "No answer" } }
                                        @if chair { td .empty {} }
                                        td .empty {}
                                    }
                                }
                                td data-label="Follow-up" {
                                    span class=(status_class(c.status())) { (c.status().label()) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn turnout(state: &State) -> Markup {
    let plan = &state.plan;
    let chair = &state.chair;
    let announced_total: u64 = chair.turnout.values().map(|a| u64::from(a.count)).sum();
    let max = plan
        .institutions
        .iter()
        .zip(&state.audience.checked_in)
        .map(|(i, &phones)| {
            let announced = chair.turnout.get(i.id.as_str()).map_or(0, |a| a.count);
            i.promised.max(announced).max(phones)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    html! {
        section aria-labelledby="turnout" {
            h2 #turnout { "Turnout" }
            table .numbers .reflow {
                thead { tr { th { "Institution" } th .num { "Promised" } th .num { "Announced" } th .num { "Phones checked in" } } }
                tbody {
                    @for (i, &phones) in plan.institutions.iter().zip(&state.audience.checked_in) {
                        tr {
                            td .name { (i.name) }
                            td .num data-label="Promised" { (i.promised) }
                            td .num data-label="Announced" { @match chair.turnout.get(i.id.as_str()) { Some(a) => (a.count), None => span .muted { "—" } } }
                            td .num data-label="Phones checked in" { (phones) }
                        }
                    }
                }
                tfoot {
                    tr {
                        td .name { "Total" }
                        td .num data-label="Promised" { (plan.total_promised()) }
                        td .num data-label="Announced" { (announced_total) }
                        td .num data-label="Phones checked in" { (state.audience.total()) " (" (state.audience.on_own) " on their own)" }
                    }
                }
            }
            (turnout_chart(state, max))
        }
    }
}

/// Promised (outline), announced (solid) and phones (thin) per institution.
fn turnout_chart(state: &State, max: u32) -> Markup {
    let plan = &state.plan;
    let row = 34.0;
    let label = 270.0;
    let width = 760.0;
    let scale = (width - label - 90.0) / f64::from(max);
    let height = row * plan.institutions.len() as f64 + 40.0;
    html! {
        figure {
            svg .chart viewBox={ "0 0 " (width) " " (height) } role="img"
                aria-label="Turnout per institution: promised, announced and phones checked in" {
                @for (n, (i, &phones)) in plan.institutions.iter().zip(&state.audience.checked_in).enumerate() {
                    @let y = 10.0 + row * n as f64;
                    @let announced = state.chair.turnout.get(i.id.as_str()).map_or(0, |a| a.count);
                    text x=(label - 8.0) y=(y + 16.0) text-anchor="end" { (chart_label(&i.name)) }
                    rect .promised x=(label) y=(y + 2.0) width=(f64::from(i.promised) * scale) height="20" {}
                    rect .announced x=(label) y=(y + 5.0) width=(f64::from(announced) * scale) height="14" {}
                    rect .phones x=(label) y=(y + 22.0) width=(f64::from(phones) * scale) height="4" {}
                    text .value x=(label + f64::from(i.promised.max(announced)) * scale + 6.0) y=(y + 16.0) {
                        (announced) " / " (i.promised)
                    }
                }
            }
            figcaption {
                "Outlined bar: promised. Solid bar: announced at the roll call. Thin bar: phones checked in."
            }
        }
    }
}

fn pledges(state: &State, access: Access) -> Markup {
    let plan = &state.plan;
    html! {
        @if !plan.pledges.is_empty() {
            section aria-labelledby="pledges" {
                h2 #pledges { "Audience pledges" }
                table .numbers {
                    thead { tr { th { "Pledge" } th .num { "Yes" } th .num { "No" } } }
                    tbody {
                        @for (n, p) in plan.pledges.iter().enumerate() {
                            tr {
                                td { (p.text) }
                                @match record::tally(state, n, access) {
                                    Some((yes, no)) => { td .num { (yes) } td .num { (no) } }
                                    None => td .num colspan="2" { span .muted { "not revealed" } },
                                }
                            }
                        }
                    }
                }
                p .muted { "One answer per checked-in phone." }
            }
        }
    }
}
