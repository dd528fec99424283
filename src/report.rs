//! The report: the record of an assembly as a printable page. Served live at
//! `/report` and written by `assembly export` as a self-contained file.
//! The public report shows only what the projector could show (see
//! [`Access`]); the chair's shows the full record.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::domain::plan::TextKey;
use crate::domain::{FollowUpStatus, Millis, Phase, Plan, State};
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::{self, Access, Commitment};

mod follow_ups;
mod plan_changes;
mod reported;
mod timing;
mod turnout;
pub mod words;

/// A follow-up step's day in English: "3 June 2026".
pub fn long_day(on: &str) -> String {
    words::long_day(crate::i18n::english(), on)
}

/// The shipped language a query string names with `lang=` (`/report?lang=cy`),
/// if any: an unknown or malformed value names none, and the page falls
/// back to what it would have been without it.
pub fn lang_query(query: Option<&str>) -> Option<Lang> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| {
            // A code is a few ASCII letters (and a region): never decode
            // more than that.
            let ok = !value.is_empty()
                && value.len() <= 16
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if ok { crate::i18n::find(value) } else { None }
        })
}

const CSS: &str = include_str!("../assets/report.css");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Served by the running server: links its stylesheet.
    Live,
    /// A file to keep or mail: styles inlined, no links back to the server.
    Standalone,
}

/// A text of the plan in the report's language, where the plan translates
/// it: `text(l, plan, "ask", &ask.id, "title", &ask.title)`.
pub(crate) fn text<'a>(
    l: Lang,
    plan: &'a Plan,
    part: &str,
    id: &str,
    field: &str,
    base: &'a str,
) -> &'a str {
    l.plan_text(plan, &TextKey::of(part, id, field), base)
}

/// Who chases a commitment, for people in `l`: an institution id of the
/// plan as that institution's name (translated where the plan does),
/// anything else as written.
pub(crate) fn owner<'a>(l: Lang, plan: &'a Plan, owner: &'a str) -> &'a str {
    match plan.institutions.iter().find(|i| i.id == owner) {
        Some(i) => text(l, plan, "institution", &i.id, "name", &i.name),
        None => owner,
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

/// The report in `l`: every word, day and digit in that language, the
/// plan's texts where the plan translates them, laid out in the language's
/// direction. What it holds depends on `access` alone.
pub fn render(state: &State, now: Millis, mode: Mode, access: Access, l: Lang) -> Markup {
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
    let title = text(l, plan, "assembly", "", "title", &plan.assembly.title);
    let venue = text(l, plan, "assembly", "", "venue", &plan.assembly.venue);
    html! {
        (DOCTYPE)
        html lang=(l.code()) dir=(l.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (l.t_with("report-title", &[("title", title.into())])) }
                @match mode {
                    Mode::Live => link rel="stylesheet" href="/assets/report.css";,
                    Mode::Standalone => style { (PreEscaped(CSS)) },
                }
            }
            body .report {
                header {
                    @match access {
                        Access::Public => p .eyebrow { (l.t("report-eyebrow-public")) },
                        Access::Chair => p .eyebrow { (l.t("report-eyebrow-chair")) },
                    }
                    h1 { bdi { (title) } }
                    p .zone {
                        // A zone's name reads left to right inside a
                        // right-to-left sentence: isolated, or its
                        // parentheses turn around.
                        @if l.is_rtl() {
                            (l.rich("report-zone", &[], &[("zone", html! { bdi dir="ltr" { (zone.label(labelled_at)) } })]))
                        } @else {
                            (l.t_with("report-zone", &[("zone", zone.label(labelled_at).into())]))
                        }
                    }
                    dl .facts {
                        dt { (l.t("report-venue")) } dd { bdi { (venue) } }
                        @if let Some(at) = planned_start {
                            dt { (l.t("report-planned-start")) } dd { (words::date_time(l, &zone, at)) }
                        }
                        @if let Some(started) = chair.started_at {
                            dt { (l.t("report-date")) } dd { (words::date(l, &zone, started)) }
                            dt { (l.t("report-started")) } dd { (words::time(l, &zone, started)) }
                        } @else {
                            dt { (l.t("report-status")) } dd { (l.t("report-not-started")) }
                        }
                        @if let Some(ended) = chair.ended_at.filter(|_| chair.phase == Phase::Ended) {
                            dt { (l.t("report-ended")) } dd { (words::time(l, &zone, ended)) }
                        } @else if chair.phase == Phase::Running {
                            dt { (l.t("report-status")) } dd { (l.t("report-in-progress")) }
                        }
                        dt { (l.t("report-as-of")) } dd { (words::date_time(l, &zone, now)) }
                    }
                    @match access {
                        Access::Public => p .access { (l.t("report-access-public")) },
                        Access::Chair => p .access { (l.t("report-access-chair")) },
                    }
                    (downloads(mode, access, l))
                }
                main {
                    (scorecard(&commitments, &zone, state, access, l))
                    (follow_ups::section(&commitments, &zone, zone.day(now), mode, access, l, plan))
                    (reported::section(state, l))
                    (turnout::turnout(state, l))
                    (timing::running_order(state, now, &zone, l))
                    (plan_changes::plan_changes(state, access, &zone, l))
                    (pledges(state, access, l))
                }
                footer { p { (l.t("report-footer")) } }
            }
        }
    }
}

/// What each export holds, for the links to them.
fn export_note(name: &str, l: Lang) -> String {
    match name {
        "record.json" => l.t("report-export-record-json"),
        "responses.csv" => l.t("report-export-responses-csv"),
        "turnout.csv" => l.t("report-export-turnout-csv"),
        "timings.csv" => l.t("report-export-timings-csv"),
        "follow-ups.csv" => l.t("report-export-follow-ups-csv"),
        "record.xlsx" => l.t("report-export-record-xlsx"),
        _ => String::new(),
    }
}

/// Partial: a link to every export this reader may download. Live, they are
/// the server's `/export/...`, in the report's language when it is not
/// English (the default, whose files stay as they always were); the
/// exported report sits beside its files.
fn downloads(mode: Mode, access: Access, l: Lang) -> Markup {
    let query = if l == crate::i18n::english() {
        String::new()
    } else {
        format!("?lang={}", l.code())
    };
    html! {
        nav .downloads aria-labelledby="downloads" {
            h2 #downloads { (l.t("report-downloads")) }
            ul {
                @for &name in record::exports(access) {
                    @let href = match mode {
                        Mode::Live => format!("/export/{name}{query}"),
                        Mode::Standalone => name.to_owned(),
                    };
                    li { a href=(href) download dir="ltr" { (name) } ": " (export_note(name, l)) }
                }
            }
        }
    }
}

/// Partial: a power-holder's name and role, in the report's language.
fn holder(l: Lang, plan: &Plan, h: &crate::domain::plan::PowerHolder) -> Markup {
    html! {
        strong { bdi { (h.name) } }
        br; span .role { bdi { (text(l, plan, "holder", &h.id, "role", &h.role)) } }
    }
}

fn scorecard(
    commitments: &[Commitment<'_>],
    zone: &Zone,
    state: &State,
    access: Access,
    l: Lang,
) -> Markup {
    let plan = &state.plan;
    let chair = access.is_chair();
    let (who, answer_word, note, when, follow) = (
        l.t("report-holder"),
        l.t("report-answer"),
        l.t("report-note"),
        l.t("report-when"),
        l.t("report-follow-up"),
    );
    html! {
        section aria-labelledby="scorecard" {
            h2 #scorecard { (l.t("report-scorecard")) }
            @for ask in &plan.asks {
                h3 { bdi { (text(l, plan, "ask", &ask.id, "title", &ask.title)) } }
                p .asktext { (text(l, plan, "ask", &ask.id, "text", &ask.text)) }
                table .scorecard .reflow {
                    thead { tr {
                        th { (who) } th { (answer_word) }
                        @if chair { th { (note) } }
                        th { (when) }
                        th { (follow) }
                    } }
                    tbody {
                        @for c in commitments.iter().filter(|c| c.ask.id == ask.id) {
                            tr {
                                td .who data-label=(who) { (holder(l, plan, c.holder)) }
                                @match c.answer {
                                    Some(answer) => {
                                        td data-label=(answer_word) { span class={ "answer answer-" (answer.answer.as_str()) } { (words::answer(l, answer.answer)) } }
                                        @if chair { td .note data-label=(note) {
                                            (answer.note.as_deref().unwrap_or(""))
                                            @if !c.earlier.is_empty() {
                                                @let earlier = c.earlier.iter().map(|r| {
                                                    let at = l.t_with("report-answer-at", &[
                                                        ("answer", words::answer(l, r.answer).into()),
                                                        ("time", words::time(l, zone, r.at).into()),
                                                    ]);
                                                    match &r.note {
                                                        Some(note) => format!("{at} ({note})"),
                                                        None => at,
                                                    }
                                                }).collect::<Vec<_>>().join("; ");
                                                p .earlier { (l.t_with("report-replaced", &[("answers", earlier.into())])) }
                                            }
                                        } }
                                        td data-label=(when) { (words::time(l, zone, answer.at)) }
                                    }
                                    None => {
                                        td data-label=(answer_word) { span .muted { (l.t("report-no-answer")) } }
                                        @if chair { td .empty {} }
                                        td .empty {}
                                    }
                                }
                                td data-label=(follow) {
                                    span class=(status_class(c.status())) { (words::status(l, c.status())) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn pledges(state: &State, access: Access, l: Lang) -> Markup {
    let plan = &state.plan;
    html! {
        @if !plan.pledges.is_empty() {
            section aria-labelledby="pledges" {
                h2 #pledges { (l.t("report-pledges")) }
                table .numbers {
                    thead { tr { th { (l.t("report-pledge")) } th .num { (l.t("answer-yes")) } th .num { (l.t("answer-no")) } } }
                    tbody {
                        @for (n, p) in plan.pledges.iter().enumerate() {
                            tr {
                                td { (text(l, plan, "pledge", &p.id, "text", &p.text)) }
                                @match record::tally(state, n, access) {
                                    Some((yes, no)) => { td .num { (l.number(yes.into())) } td .num { (l.number(no.into())) } }
                                    None => td .num colspan="2" { span .muted { (l.t("report-not-revealed")) } },
                                }
                            }
                        }
                    }
                }
                p .muted { (l.t("report-one-per-phone")) }
            }
        }
    }
}
