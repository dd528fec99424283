//! The report: the record of an assembly as a printable page. Served live at
//! `/report` and written by `assembly export` as a self-contained file.
//! The public report shows only what the projector could show (see
//! [`Access`]); the chair's shows the full record.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

use crate::domain::{Answer, FollowUpStatus, Millis, Phase, State};
use crate::record::{self, Access, Commitment};

const CSS: &str = include_str!("../assets/report.css");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Served by the running server: links its stylesheet.
    Live,
    /// A file to keep or mail: styles inlined, no links back to the server.
    Standalone,
}

/// Times are shown in the offset the plan's start time was written in.
struct Clock(UtcOffset);

impl Clock {
    fn of(state: &State) -> Clock {
        let offset = state
            .plan
            .assembly
            .starts
            .as_deref()
            .and_then(|s| OffsetDateTime::parse(s, &Rfc3339).ok())
            .map_or(UtcOffset::UTC, |t| t.offset());
        Clock(offset)
    }

    fn at(&self, ms: Millis) -> Option<OffsetDateTime> {
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
            .ok()
            .map(|t| t.to_offset(self.0))
    }

    fn time(&self, ms: Millis) -> String {
        self.at(ms)
            .and_then(|t| t.format(format_description!("[hour]:[minute]")).ok())
            .unwrap_or_default()
    }

    fn date(&self, ms: Millis) -> String {
        self.at(ms)
            .and_then(|t| {
                t.format(format_description!(
                    "[weekday] [day padding:none] [month repr:long] [year]"
                ))
                .ok()
            })
            .unwrap_or_default()
    }

    fn date_time(&self, ms: Millis) -> String {
        format!("{}, {}", self.date(ms), self.time(ms))
    }
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

fn status_class(status: FollowUpStatus) -> &'static str {
    match status {
        FollowUpStatus::NotStarted => "status-not-started",
        FollowUpStatus::InProgress => "status-in-progress",
        FollowUpStatus::Achieved => "status-achieved",
        FollowUpStatus::Broken => "status-broken",
    }
}

pub fn render(state: &State, now: Millis, mode: Mode, access: Access) -> Markup {
    let plan = &state.plan;
    let clock = Clock::of(state);
    let chair = &state.chair;
    let commitments = record::commitments(state);
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
                    dl .facts {
                        dt { "Venue" } dd { (plan.assembly.venue) }
                        @if let Some(started) = chair.started_at {
                            dt { "Date" } dd { (clock.date(started)) }
                            dt { "Started" } dd { (clock.time(started)) }
                        } @else {
                            dt { "Status" } dd { "Not started yet" }
                        }
                        @if let Some(ended) = chair.ended_at.filter(|_| chair.phase == Phase::Ended) {
                            dt { "Ended" } dd { (clock.time(ended)) }
                        } @else if chair.phase == Phase::Running {
                            dt { "Status" } dd { "In progress (reload for the latest)" }
                        }
                        dt { "Record as of" } dd { (clock.date_time(now)) }
                    }
                    @match access {
                        Access::Public => p .access {
                            "This is the public record: what the projector could show. "
                            "Notes, replaced answers, follow-up and pledge tallies not yet revealed "
                            "are in the full record, open to the chair."
                        },
                        Access::Chair => p .access {
                            "This is the full record, with the chair's notes, replaced answers, "
                            "follow-up and every pledge tally: share it only with the organisers."
                        },
                    }
                }
                main {
                    (scorecard(&commitments, &clock, state, access))
                    @if access.is_chair() { (follow_ups(&commitments, &clock)) }
                    (turnout(state))
                    (running_order(state, now, &clock))
                    (pledges(state, access))
                }
                footer { p { "Made with assembly. Exports: " (record::exports(access).join(", ")) "." } }
            }
        }
    }
}

fn scorecard(
    commitments: &[Commitment<'_>],
    clock: &Clock,
    state: &State,
    access: Access,
) -> Markup {
    let plan = &state.plan;
    let chair = access.is_chair();
    html! {
        section aria-labelledby="scorecard" {
            h2 #scorecard { "Scorecard" }
            @for ask in &plan.asks {
                h3 { (ask.title) }
                p .asktext { (ask.text) }
                table .scorecard {
                    thead { tr {
                        th { "Power-holder" } th { "Answer" }
                        @if chair { th { "Note" } }
                        th { "When" }
                        @if chair { th { "Follow-up" } }
                    } }
                    tbody {
                        @for id in &ask.to {
                            @let holder = plan.power_holder(id);
                            @let found = commitments.iter().find(|c| c.ask.id == ask.id && &c.holder.id == id);
                            tr {
                                td {
                                    strong { (holder.map_or(id.as_str(), |h| h.name.as_str())) }
                                    @if let Some(h) = holder { br; span .role { (h.role) } }
                                }
                                @match found {
                                    Some(c) => {
                                        td { span class={ "answer answer-" (c.answer.answer.as_str()) } { (Answer::word(c.answer.answer)) } }
                                        @if chair { td {
                                            (c.answer.note.as_deref().unwrap_or(""))
                                            @if !c.earlier.is_empty() {
                                                p .earlier {
                                                    "Replaced during negotiation: "
                                                    @for (i, r) in c.earlier.iter().enumerate() {
                                                        @if i > 0 { "; " }
                                                        (Answer::word(r.answer)) " at " (clock.time(r.at))
                                                        @if let Some(note) = &r.note { " (" (note) ")" }
                                                    }
                                                }
                                            }
                                        } }
                                        td { (clock.time(c.answer.at)) }
                                        @if chair { td {
                                            @match c.follow_ups.last() {
                                                Some(f) => span class=(status_class(f.status)) { (f.status.label()) },
                                                None => span .muted { "—" },
                                            }
                                        } }
                                    }
                                    None => {
                                        td { span .muted { "No answer" } } td {}
                                        @if chair { td {} td {} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn follow_ups(commitments: &[Commitment<'_>], clock: &Clock) -> Markup {
    let followed: Vec<&Commitment<'_>> = commitments
        .iter()
        .filter(|c| !c.follow_ups.is_empty())
        .collect();
    html! {
        section aria-labelledby="follow-up" {
            h2 #follow-up { "Follow-up of commitments" }
            @if followed.is_empty() {
                p .muted { "No follow-up recorded yet. The chair records each step with the `follow_up` command." }
            }
            @for c in followed {
                h3 { (c.holder.name) ": " (c.ask.title) " (" (Answer::word(c.answer.answer)) ")" }
                ol .timeline {
                    @for f in c.follow_ups {
                        li {
                            span .when { (clock.date(f.at)) }
                            " "
                            span class=(status_class(f.status)) { (f.status.label()) }
                            @if let Some(note) = &f.note { ": " (note) }
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
            let announced = chair.turnout.get(&i.id).map_or(0, |a| a.count);
            i.promised.max(announced).max(phones)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    html! {
        section aria-labelledby="turnout" {
            h2 #turnout { "Turnout" }
            table .numbers {
                thead { tr { th { "Institution" } th .num { "Promised" } th .num { "Announced" } th .num { "Phones checked in" } } }
                tbody {
                    @for (i, &phones) in plan.institutions.iter().zip(&state.audience.checked_in) {
                        tr {
                            td { (i.name) }
                            td .num { (i.promised) }
                            td .num { @match chair.turnout.get(&i.id) { Some(a) => (a.count), None => span .muted { "—" } } }
                            td .num { (phones) }
                        }
                    }
                }
                tfoot {
                    tr {
                        td { "Total" }
                        td .num { (plan.total_promised()) }
                        td .num { (announced_total) }
                        td .num { (state.audience.total()) " (" (state.audience.on_own) " on their own)" }
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
                    @let announced = state.chair.turnout.get(&i.id).map_or(0, |a| a.count);
                    text x=(label - 8.0) y=(y + 16.0) text-anchor="end" { (i.name) }
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

fn running_order(state: &State, now: Millis, clock: &Clock) -> Markup {
    let timings = record::item_timings(state, now);
    let planned: f64 = timings.iter().map(|t| f64::from(t.planned_seconds)).sum();
    let actual: f64 = timings.iter().map(|t| t.actual_seconds).sum();
    let drift = record::drift_seconds(state, now);
    let longest = timings
        .iter()
        .map(|t| f64::from(t.planned_seconds).max(t.actual_seconds))
        .fold(1.0, f64::max);
    html! {
        section aria-labelledby="running-order" {
            h2 #running-order { "Running order: planned against actual" }
            @if let Some(drift) = drift {
                p .drift {
                    @if state.chair.phase == Phase::Ended { "The assembly finished " } @else { "The assembly is projected to finish " }
                    @if drift.abs() < 30.0 { "on time" }
                    @else { (duration(drift.abs(), false)) @if drift > 0.0 { " later than planned" } @else { " earlier than planned" } }
                    "."
                }
            }
            table .numbers {
                thead { tr { th { "#" } th { "Item" } th .num { "Planned" } th .num { "Actual" } th .num { "Difference" } th { "Started" } } }
                tbody {
                    @for t in &timings {
                        tr {
                            td { (t.item + 1) }
                            td { (t.title) }
                            td .num { (duration(f64::from(t.planned_seconds), false)) }
                            @if t.visits > 0 {
                                td .num { (duration(t.actual_seconds, false)) }
                                td .num { (duration(t.actual_seconds - f64::from(t.planned_seconds), true)) }
                                td { (t.first_started_at.map(|at| clock.time(at)).unwrap_or_default()) }
                            } @else {
                                td .num { span .muted { "not reached" } } td {} td {}
                            }
                        }
                    }
                }
                tfoot {
                    tr { td {} td { "Total" } td .num { (duration(planned, false)) } td .num { (duration(actual, false)) } td .num { (duration(actual - planned, true)) } td {} }
                }
            }
            figure {
                @let row = 22.0;
                @let label = 270.0;
                @let width = 760.0;
                @let scale = (width - label - 20.0) / longest;
                svg .chart viewBox={ "0 0 " (width) " " (row * timings.len() as f64 + 10.0) } role="img"
                    aria-label="Planned and actual length of each item" {
                    @for (n, t) in timings.iter().enumerate() {
                        @let y = 5.0 + row * n as f64;
                        text x=(label - 8.0) y=(y + 14.0) text-anchor="end" { (t.title) }
                        rect .planned x=(label) y=(y + 2.0) width=(f64::from(t.planned_seconds) * scale) height="16" {}
                        rect class=(if t.actual_seconds > f64::from(t.planned_seconds) { "actual over" } else { "actual" })
                            x=(label) y=(y + 7.0) width=(t.actual_seconds * scale) height="6" {}
                    }
                }
                figcaption { "Outlined bar: planned length. Solid line: actual running time (red where it ran over)." }
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
