//! The desk's pages (see `web::desk`): every assembly of the home with
//! where it stands, the live one's links, and the form for a new one.

use std::path::Path;
use std::sync::Arc;

use maud::{Markup, html};

use super::layout_in;
use crate::home::ledger::{Commitment, Filter};
use crate::home::summary::{Stage, Summary};
use crate::i18n::Lang;

/// What the desk page shows.
pub struct Shown<'a> {
    pub home: &'a Path,
    pub list: &'a [Arc<Summary>],
    /// This server's address, for the links the organiser shares.
    pub base: &'a str,
    pub key: &'a str,
    /// An assembly just made, or just made live.
    pub made: Option<&'a str>,
    pub went_live: Option<&'a str>,
    /// What went wrong with the last action, said at the top.
    pub problem: Option<&'a str>,
}

/// The day an assembly is held, from its RFC 3339 start.
fn day_of(summary: &Summary) -> Option<&str> {
    summary.day.as_deref()
}

pub fn page(l: Lang, shown: &Shown) -> Markup {
    let live = shown.list.iter().find(|s| s.stage == Stage::Live);
    let title_of = |id: &str| {
        shown
            .list
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| id.to_owned(), |s| s.title.clone())
    };
    layout_in(
        &[l],
        &l.t("desk-title"),
        None,
        0,
        &["desk.css"],
        html! {
            main .desk {
                h1 { (l.t("desk-heading")) }
                @if let Some(problem) = shown.problem {
                    p .problem role="alert" { (problem) }
                }
                @if let Some(id) = shown.made {
                    p .done role="status" { (l.rich("desk-made", &[], &[("title", html! { bdi { (title_of(id)) } })])) }
                }
                @if let Some(id) = shown.went_live {
                    p .done role="status" { (l.rich("desk-went-live", &[], &[("title", html! { bdi { (title_of(id)) } })])) }
                }
                @if let Some(live) = live {
                    (live_links(l, live, shown))
                } @else {
                    p .none-live { (l.t("desk-none-live")) }
                }
                p .follow { a href="/desk/follow-up" { (l.t("desk-follow-link")) } }
                p .follow { a href="/desk/scorecard.zip" download { (l.t("desk-publish")) } }
                section aria-labelledby="every" {
                    h2 #every { (l.t("desk-every")) }
                    @if shown.list.is_empty() {
                        p { (l.t("desk-empty")) }
                    }
                    ol .assemblies {
                        @for summary in shown.list {
                            li #{ "a-" (summary.id) } { (row(l, summary)) }
                        }
                    }
                }
                (new_form(l, shown.list))
                section aria-labelledby="home" {
                    h2 #home { (l.t("desk-home-heading")) }
                    p { (l.rich("desk-home", &[], &[("dir", html! { code { (shown.home.display()) } })])) }
                    p { (l.rich("desk-key", &[], &[("command", html! { code { "assembly key --home " (shown.home.display()) } })])) }
                }
            }
        },
    )
}

/// The live assembly: the chair's link to share, and its pages.
fn live_links(l: Lang, live: &Summary, shown: &Shown) -> Markup {
    let chair = format!("{}/chair?key={}", shown.base, shown.key);
    html! {
        section .live aria-labelledby="live" {
            h2 #live { (l.rich("desk-live", &[], &[("title", html! { bdi { (live.title) } })])) }
            p { (l.t("desk-chair-link")) }
            p .link { code { (chair) } }
            ul .pages {
                li { a href="/chair" { (l.t("desk-open-chair")) } }
                li { a href="/setup" { (l.t("desk-open-setup")) } }
                li { a href="/setup/import" { (l.t("desk-open-import")) } }
                li { a href="/follow-up" { (l.t("desk-open-follow-up")) } }
                li { a href="/screen" { (l.t("desk-open-screen")) } }
                li { a href="/stage" { (l.t("desk-open-stage")) } }
                li { a href="/join/poster" { (l.t("desk-open-poster")) } }
                li { a href="/report" { (l.t("desk-open-report")) } }
            }
        }
    }
}

/// One assembly: what it is, where it stands, and what can be done with it.
fn row(l: Lang, s: &Summary) -> Markup {
    let n = |v: u64| l.number(v as i64);
    let c = &s.commitments;
    html! {
        article .assembly {
            h3 { bdi { (s.title) } }
            dl {
                dt { (l.t("desk-day")) }
                dd {
                    @if let Some(day) = day_of(s) {
                        time datetime=(day) { (crate::report::words::long_day(l, day)) }
                    } @else {
                        (l.t("desk-no-day"))
                    }
                }
                @if !s.venue.is_empty() {
                    dt { (l.t("desk-venue")) }
                    dd { bdi { (s.venue) } }
                }
                dt { (l.t("desk-stage")) }
                dd { span class={ "stage stage-" (s.stage.code()) } { (l.family("desk-stage-", s.stage.code())) } }
                dt { (l.t("desk-turnout")) }
                dd { (l.t_with("desk-came", &[("came", n(s.came).into()), ("promised", n(s.promised).into())])) }
                dt { (l.t("desk-commitments")) }
                dd {
                    (l.t_with("desk-asked", &[("asked", n(c.asked).into()), ("yes", n(c.yes).into())]))
                    @if c.achieved + c.in_progress + c.not_started + c.broken > 0 {
                        ", " (l.t_with("desk-by-status", &[
                            ("achieved", n(c.achieved).into()),
                            ("progress", n(c.in_progress).into()),
                            ("waiting", n(c.not_started).into()),
                            ("broken", n(c.broken).into()),
                        ]))
                    }
                }
            }
            ul .pages {
                li { a href={ "/desk/follow-up?assembly=" (s.id) } { (l.t("desk-row-follow-up")) } }
                li { a href={ "/desk/assemblies/" (s.id) "/report.html" } { (l.t("desk-row-report")) } }
            }
            @if s.stage == Stage::Live {
                p .is-live { (l.t("desk-is-live")) }
            } @else {
                form method="post" action="/desk/live" .actions {
                    input type="hidden" name="id" value=(s.id);
                    button type="submit" name="then" value="" { (l.t("desk-go-live")) }
                    button type="submit" name="then" value="setup" { (l.t("desk-go-live-setup")) }
                    button type="submit" name="then" value="import" { (l.t("desk-go-live-import")) }
                }
            }
        }
    }
}

/// The form for a new assembly: blank, or from an earlier one.
fn new_form(l: Lang, list: &[Arc<Summary>]) -> Markup {
    html! {
        section aria-labelledby="new" {
            h2 #new { (l.t("desk-new")) }
            form method="post" action="/desk/assemblies" .new {
                p {
                    label for="new-title" { (l.t("desk-new-title")) }
                    input #new-title type="text" name="title" required maxlength="300" autocomplete="off";
                }
                p {
                    label for="new-day" { (l.t("desk-new-day")) }
                    input #new-day type="date" name="day";
                }
                p {
                    label for="new-venue" { (l.t("desk-new-venue")) }
                    input #new-venue type="text" name="venue" maxlength="300";
                }
                p {
                    label for="new-from" { (l.t("desk-new-from")) }
                    select #new-from name="from" {
                        option value="" { (l.t("desk-new-blank")) }
                        @for s in list {
                            option value=(s.id) {
                                (l.t_with("desk-new-same", &[("title", s.title.as_str().into()), ("day", day_of(s).unwrap_or("").into())]))
                            }
                        }
                    }
                }
                p { button type="submit" { (l.t("desk-new-make")) } }
            }
        }
    }
}

/// Any page but the desk's while no assembly is live.
pub fn nothing_live(l: Lang) -> Markup {
    plain(
        l,
        &l.t("desk-nothing-title"),
        html! {
            h1 { (l.t("desk-nothing-heading")) }
            p { (l.t("desk-nothing-text")) }
            p { a href="/desk" { (l.t("desk-nothing-desk")) } }
        },
    )
}

/// The desk without the home's key.
pub fn locked(l: Lang) -> Markup {
    plain(
        l,
        &l.t("desk-locked-title"),
        html! {
            h1 { (l.t("desk-locked-title")) }
            p { (l.rich("desk-locked-text", &[], &[("command", html! { code { "assembly key --home DIR" } })])) }
        },
    )
}

/// Too many wrong keys from this network.
pub fn braked(l: Lang, minutes: u64) -> Markup {
    plain(
        l,
        &l.t("desk-locked-title"),
        html! {
            h1 { (l.t("desk-locked-title")) }
            p { (l.t_with("desk-braked", &[("minutes", (minutes as i64).into())])) }
        },
    )
}

/// A change sent from a page of another site.
pub fn cross_site(l: Lang) -> Markup {
    plain(
        l,
        &l.t("desk-locked-title"),
        html! {
            h1 { (l.t("desk-cross-site-title")) }
            p { (l.t("desk-cross-site")) }
        },
    )
}

/// Going live with another assembly while one is under way: say what it
/// stops, and ask again.
pub fn confirm_switch(l: Lang, running: &str, id: &str, then: &str) -> Markup {
    plain(
        l,
        &l.t("desk-confirm-title"),
        html! {
            h1 { (l.t("desk-confirm-title")) }
            p { (l.rich("desk-confirm-text", &[], &[("title", html! { bdi { (running) } })])) }
            form method="post" action="/desk/live" .actions {
                input type="hidden" name="id" value=(id);
                input type="hidden" name="then" value=(then);
                button type="submit" name="confirm" value="yes" { (l.t("desk-confirm-yes")) }
                a href="/desk" { (l.t("desk-confirm-no")) }
            }
        },
    )
}

fn plain(l: Lang, title: &str, body: Markup) -> Markup {
    layout_in(
        &[l],
        title,
        None,
        0,
        &["desk.css"],
        html! { main .plain { (body) } },
    )
}

/// `/desk/follow-up`: every commitment of the home, filtered.
/// What `/desk/follow-up` shows.
#[derive(Clone, Copy)]
pub struct FollowShown<'a> {
    /// Every assembly of the home, newest first.
    pub reads: &'a [crate::home::summary::Read],
    /// The commitments the filter keeps.
    pub kept: &'a [Commitment],
    /// How many commitments the home holds in all.
    pub total: usize,
    pub filter: &'a Filter,
    /// The live assembly's id.
    pub live: Option<&'a str>,
    /// Why the last step was refused.
    pub problem: Option<&'a str>,
    /// The anchor of the commitment whose step was just saved.
    pub saved: Option<&'a str>,
}

pub fn follow_up(l: Lang, shown: &FollowShown) -> Markup {
    let FollowShown {
        reads,
        kept,
        total,
        filter,
        live,
        problem,
        saved,
    } = *shown;
    // Every holder of the home, by id, with the name they were last given.
    let mut holders: Vec<(String, String)> = Vec::new();
    for c in reads.iter().rev().flat_map(|r| r.commitments.iter()) {
        match holders.iter_mut().find(|(id, _)| *id == c.holder) {
            Some(known) => known.1 = c.holder_name.clone(),
            None => holders.push((c.holder.clone(), c.holder_name.clone())),
        }
    }
    holders.sort_by(|a, b| a.1.cmp(&b.1));
    // Everyone who chases a commitment, as they are named.
    let mut owners: Vec<&str> = (reads.iter().flat_map(|r| r.commitments.iter()))
        .filter_map(|c| c.owner.as_deref())
        .collect();
    owners.sort_unstable();
    owners.dedup();
    let statuses = ["none", "not_started", "in_progress", "achieved", "broken"];
    let now = crate::hub::now_ms();
    // The step forms post back to the list as it is filtered now.
    let action = format!("/desk/follow-up?{}", filter_query(filter));
    let answers = ["yes", "no", "waffle", "absent", "none"];
    layout_in(
        &[l],
        &l.t("desk-follow-title"),
        None,
        0,
        &["desk.css"],
        html! {
            main .desk {
                p { a href="/desk" { (l.t("desk-follow-back")) } }
                h1 { (l.t("desk-follow-heading")) }
                @if let Some(problem) = problem {
                    p .problem role="alert" { (problem) }
                }
                @if saved.is_some() {
                    p .done role="status" { (l.t("desk-follow-saved")) }
                }
                form method="get" action="/desk/follow-up" .filters {
                    p {
                        label for="f-holder" { (l.t("desk-follow-holder")) }
                        select #f-holder name="holder" {
                            option value="" { (l.t("desk-follow-all")) }
                            @for (id, name) in &holders {
                                option value=(id) selected[filter.holder == *id] { (name) }
                            }
                        }
                    }
                    p {
                        label for="f-assembly" { (l.t("desk-follow-assembly")) }
                        select #f-assembly name="assembly" {
                            option value="" { (l.t("desk-follow-all")) }
                            @for r in reads {
                                option value=(r.summary.id) selected[filter.assembly == r.summary.id] { (r.summary.title) }
                            }
                        }
                    }
                    p {
                        label for="f-answer" { (l.t("desk-follow-answer")) }
                        select #f-answer name="answer" {
                            option value="" { (l.t("desk-follow-all")) }
                            @for code in answers {
                                option value=(code) selected[filter.answer == code] {
                                    @if code == "none" { (l.t("desk-follow-no-answer")) } @else { (l.family("answer-", code)) }
                                }
                            }
                        }
                    }
                    p {
                        label for="f-status" { (l.t("desk-follow-status")) }
                        select #f-status name="status" {
                            option value="" { (l.t("desk-follow-all")) }
                            @for code in statuses {
                                option value=(code) selected[filter.status == code] {
                                    @if code == "none" { (l.t("desk-follow-no-step")) } @else { (l.family("followup-", code)) }
                                }
                            }
                        }
                    }
                    p {
                        label for="f-owner" { (l.t("desk-follow-owner")) }
                        select #f-owner name="owner" {
                            option value="" { (l.t("desk-follow-all")) }
                            @for owner in &owners {
                                option value=(owner) selected[filter.owner == *owner] { (owner) }
                            }
                            option value="none" selected[filter.owner == "none"] { (l.t("desk-follow-no-owner")) }
                        }
                    }
                    p .check {
                        label {
                            input type="checkbox" name="overdue" value="1" checked[filter.overdue == "1"];
                            " " (l.t("desk-follow-overdue-only"))
                        }
                    }
                    p { button type="submit" { (l.t("desk-follow-show")) } }
                }
                p role="status" {
                    (l.t_with("desk-follow-count", &[("shown", l.number(kept.len() as i64).into()), ("total", l.number(total as i64).into())]))
                }
                ol .commitments {
                    @for c in kept {
                        li #{ "c-" (c.assembly) "-" (c.ask) "-" (c.holder) } { (commitment(l, c, live, now, &action)) }
                    }
                }
            }
        },
    )
}

/// One commitment: who was asked what, where, what they said, and where
/// it stands now.
fn commitment(
    l: Lang,
    c: &Commitment,
    live: Option<&str>,
    now: crate::domain::Millis,
    action: &str,
) -> Markup {
    let id = format!("{}-{}-{}", c.assembly, c.ask, c.holder);
    html! {
        article .commitment {
            h2 { bdi { (c.ask_title) } }
            p .who {
                bdi { (c.holder_name) }
                @if !c.holder_role.is_empty() { ", " bdi { (c.holder_role) } }
            }
            dl {
                dt { (l.t("desk-follow-at")) }
                dd {
                    bdi { (c.assembly_title) }
                    @if let Some(day) = &c.day {
                        " · " time datetime=(day) { (crate::report::words::long_day(l, day)) }
                    }
                }
                dt { (l.t("desk-follow-said")) }
                dd { @match c.answer {
                    Some(answer) => (l.family("answer-", answer.as_str())),
                    None => (l.t("desk-follow-no-answer")),
                } }
                dt { (l.t("desk-follow-now")) }
                dd {
                    @match c.status {
                        Some(status) => {
                            span class={ "status " (crate::report::status_class(status)) } { (l.family("followup-", status.as_str())) }
                            @if let Some(since) = c.since() {
                                " · " (l.t_with("desk-follow-since", &[("day", crate::report::words::long_day(l, since).into())]))
                            }
                        }
                        None => (l.t("desk-follow-no-step")),
                    }
                    @if c.overdue(now) {
                        " " strong .overdue { (l.t("desk-follow-overdue")) }
                    }
                }
                @if let Some(owner) = &c.owner {
                    dt { (l.t("desk-follow-owner")) }
                    dd { bdi { (owner) } }
                }
                @if let Some(due) = &c.due {
                    dt { (l.t("desk-follow-due")) }
                    dd { time datetime=(due) { (crate::report::words::long_day(l, due)) } }
                }
            }
            details .step {
                summary { (l.t("desk-follow-record")) }
                form method="post" action=(action) {
                    input type="hidden" name="assembly" value=(c.assembly);
                    input type="hidden" name="ask" value=(c.ask);
                    input type="hidden" name="holder" value=(c.holder);
                    p {
                        label for={ "s-" (id) } { (l.t("desk-follow-status")) }
                        select #{ "s-" (id) } name="status" {
                            @for code in ["not_started", "in_progress", "achieved", "broken"] {
                                option value=(code) selected[c.status.map(|s| s.as_str()) == Some(code)] { (l.family("followup-", code)) }
                            }
                        }
                    }
                    p {
                        label for={ "d-" (id) } { (l.t("desk-follow-day")) }
                        input #{ "d-" (id) } type="date" name="at";
                    }
                    p {
                        label for={ "p-" (id) } { (l.t("desk-follow-public-note")) }
                        input #{ "p-" (id) } type="text" name="public_note" maxlength="1000";
                    }
                    p {
                        label for={ "n-" (id) } { (l.t("desk-follow-private-note")) }
                        input #{ "n-" (id) } type="text" name="note" maxlength="1000";
                    }
                    p { button type="submit" { (l.t("desk-follow-save")) } }
                }
                @if live == Some(c.assembly.as_str()) {
                    p { a href="/follow-up" { (l.t("desk-follow-open-live")) } }
                }
            }
        }
    }
}

/// The filter as a query, each part ending in `&`.
pub fn filter_query(filter: &Filter) -> String {
    let mut query = String::new();
    for (name, value) in [
        ("holder", &filter.holder),
        ("assembly", &filter.assembly),
        ("status", &filter.status),
        ("answer", &filter.answer),
        ("overdue", &filter.overdue),
        ("owner", &filter.owner),
    ] {
        if !value.is_empty() {
            let value: String = value
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            query.push_str(&format!("{name}={value}&"));
        }
    }
    query
}
