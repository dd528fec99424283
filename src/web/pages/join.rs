//! `/join`: the attendee's phone. Complete without JavaScript (check-in and
//! the pledge are plain forms); `join.js` keeps it live and adds search.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::{answer_of, current_title, join_url, layout, plural, qr_svg};
use crate::domain::{Answer, ItemKind, Phase, State as Live};
use crate::view::Role;
use crate::web::AppState;

pub async fn join(State(app): State<AppState>, headers: HeaderMap) -> Markup {
    let state = app.hub.state();
    let device = app.devices.of(&headers);
    let checked_in = device.as_deref().and_then(|d| state.audience.device(d));
    let plan = &state.plan;
    let current = state.current_index();
    let phones = app.sockets.load(std::sync::atomic::Ordering::Relaxed);
    let full = phones >= app.max_phones;
    let following = u64::try_from(phones).unwrap_or(u64::MAX);
    let assets: &[&str] = if full {
        &["join.css"]
    } else {
        &["join.css", "live.js", "join.js"]
    };
    let ended = state.chair.phase == Phase::Ended;
    let open = state.open_pledge().and_then(|id| {
        let index = state.pledge_index(id)?;
        Some((plan.pledges.get(index)?, index))
    });
    layout(
        &format!("Check in: {}", plan.assembly.title),
        Some(Role::Attendee),
        state.seq,
        assets,
        html! {
            div .attendee #attendee data-plan-seq=(state.plan_seq) {
                header {
                    h1 { (plan.assembly.title) }
                    p { (plan.assembly.venue) }
                    p .refresh { a #refresh href="/join" { "Refresh to see the latest" } }
                }
                main {
                    @if full {
                        p #hall-full .status role="alert" {
                            "The hall is full online: " (grouped(following)) " " (plural(following, "phone is", "phones are")) " following live, "
                            "so this page will not update by itself. Your check-in still counts: "
                            "use the form below, and reload the page to see what is happening."
                        }
                    }
                    @match checked_in {
                        Some(institution) => {
                            p #checked-in .status role="status" {
                                "You are checked in "
                                @match institution.and_then(|i| plan.institutions.get(i)) {
                                    Some(i) => { "with " strong { bdi { (i.name) } } "." }
                                    None => { "on your own." }
                                }
                                " Thank you for coming."
                            }
                        }
                        None => {}
                    }
                    @if checked_in.is_none() {
                        section aria-labelledby="check-in-heading" {
                            h2 #check-in-heading { "Check in" }
                            (check_in_form(&state, None))
                        }
                    }
                    section aria-labelledby="now-heading" {
                        h2 #now-heading { "Now" }
                        p .kind #current-kind {
                            @if !ended { @if let Some(item) = current.and_then(|i| plan.items.get(i)) { (item.kind.label()) } }
                        }
                        p .nowtitle #current-title aria-live="polite" dir="auto" {
                            @if ended { "The assembly has ended" } @else { (current_title(&state, crate::i18n::english())) }
                        }
                        p #ended-thanks hidden[!ended] {
                            "Thank you for taking part. Below is every ask and how each power-holder answered: "
                            "the alliance will follow each one up."
                        }
                    }
                    (turnout_summary(&state, checked_in))
                    (pledge_results(&state))
                    @let mine = open.zip(device.as_deref()).and_then(|((_, i), d)| state.audience.vote(i, d));
                    section .pledge #pledge aria-labelledby="pledge-heading" hidden[open.is_none() || checked_in.is_none()] {
                        h2 #pledge-heading { "Your pledge" }
                        p #pledge-text dir="auto" { @if let Some((p, _)) = open { (p.text) } }
                        form method="post" action="/join/pledge" #pledge-form {
                            input type="hidden" name="pledge" value=[open.map(|(p, _)| p.id.as_str())];
                            div .row {
                                button type="submit" name="answer" value="yes" .yes aria-pressed=(mine == Some(true)) { "Yes" }
                                button type="submit" name="answer" value="no" .no aria-pressed=(mine == Some(false)) { "No" }
                            }
                        }
                        p #pledge-mine aria-live="polite" {
                            @match mine {
                                Some(yes) => { "You answered " strong { @if yes { "Yes" } @else { "No" } } ". You can change it while the pledge is open." }
                                None => {}
                            }
                        }
                    }
                    section aria-labelledby="asks-heading" {
                        h2 #asks-heading { @if ended { "What was asked, and the answers" } @else { "The asks" } }
                        ul .asks {
                            @for ask in &plan.asks {
                                li {
                                    strong dir="auto" { (ask.title) }
                                    p dir="auto" { (ask.text) }
                                    ul {
                                        @for holder in &ask.to {
                                            @let name = plan.power_holder(holder).map_or(holder.as_str(), |p| p.name.as_str());
                                            @let answer = answer_of(&state, &ask.id, holder);
                                            li {
                                                bdi { (name) }
                                                span .answer.{ "answer-" (answer.map_or("none", |a| a.as_str())) }
                                                    data-response={ (ask.id) "/" (holder) } aria-live="polite" {
                                                    (answer.map_or(unanswered(ended), Answer::word))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section aria-labelledby="order-heading" {
                        h2 #order-heading { "Running order" }
                        ol .order #order {
                            @for (i, item) in plan.items.iter().enumerate() {
                                @let class = match current {
                                    _ if ended => "done",
                                    Some(c) if i < c => "done",
                                    Some(c) if i == c => "current",
                                    _ => "",
                                };
                                li class=(class) aria-current=[(class == "current").then_some("step")] dir="auto" {
                                    (item.title)
                                }
                            }
                        }
                    }
                    @if checked_in.is_some() {
                        details {
                            summary { "Checked in with the wrong group?" }
                            (check_in_form(&state, checked_in))
                        }
                    }
                }
                footer {
                    @let phones = state.audience.total();
                    p {
                        strong #turnout-phones { (grouped(phones)) }
                        " " span #turnout-word { (plural(phones, "phone", "phones")) }
                        " checked in" span #turnout-when { @if !ended { " so far" } } ". Each phone counts once."
                    }
                }
            }
        },
    )
}

/// The check-in form: a searchable list of institutions, or "on my own".
fn check_in_form(state: &Live, current: Option<Option<usize>>) -> Markup {
    let plan = &state.plan;
    html! {
        form method="post" action="/join" #check-in {
            label for="search" .visually-hidden { "Search for your group" }
            input #search .search type="search" dir="auto" placeholder="Search for your group" autocomplete="off" hidden;
            fieldset {
                legend { "Who did you come with?" }
                @for (i, institution) in plan.institutions.iter().enumerate() {
                    label .choice {
                        input type="radio" name="institution" value=(institution.id)
                            checked[current == Some(Some(i))] required;
                        span dir="auto" { (institution.name) }
                    }
                }
                label .choice.own {
                    input type="radio" name="institution" value="" checked[current == Some(None)] required;
                    span { "On my own" }
                }
            }
            // Always there, empty until a search finds nothing, so screen
            // readers hear the notice when it is filled in.
            p #no-match .nomatch role="status" aria-live="polite" { }
            button #check-in-submit .primary.submit type="submit" {
                @if current.is_some() { "Change my group" } @else { "Check in" }
            }
        }
    }
}

/// A check-in or pledge that could not be taken, said plainly.
pub fn join_error(
    app: &AppState,
    headers: &HeaderMap,
    error: &crate::web::api::ApiError,
) -> Response {
    let plan = app.hub.plan();
    let lang = crate::i18n::negotiate(headers, plan.language());
    // A refusal in the phone's language; an error without a code (none a
    // phone meets on its own) in the server's English.
    let message = match &error.reason {
        Some(reason) => crate::i18n::refusals::reason_text(lang, reason),
        None => error.message.clone(),
    };
    let key = crate::domain::plan::TextKey::of("assembly", "", "title");
    let title = lang.plan_text(&plan, &key, &plan.assembly.title);
    let body = super::layout_in(
        &[lang],
        &lang.t("error-title"),
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 { bdi { (title) } }
                p role="alert" { (message) }
                p { a href="/join" { (lang.t("error-back")) } }
            }
        },
    );
    let status: StatusCode = error.status;
    (status, body).into_response()
}

/// `/join/poster`: a printable A4 page for tables and seat backs.
pub async fn poster(State(app): State<AppState>) -> Markup {
    let plan = app.hub.plan();
    let url = join_url(&app);
    let has_pledge = plan.items.iter().any(|i| i.kind == ItemKind::Pledge);
    layout(
        &format!("Poster: {}", plan.assembly.title),
        None,
        0,
        &["join.css"],
        html! {
            main .poster {
                h1 { (plan.assembly.title) }
                div .qr { (qr_svg(&url)) }
                p .address { (url) }
                p { "Scan the code with your phone's camera, or type the address." }
                p {
                    "Check in with your group so we can count who came"
                    @if has_pledge { ", and follow the asks and the pledge live." } @else { ", and follow the asks live." }
                }
                p .noprint { "Print this page (A4) for tables and seat backs." }
            }
        },
    )
}

/// `n` with its thousands grouped as `join.js` writes them ("1,670"), so a
/// page drawn without JavaScript reads the same.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// What an answer not (yet) given reads as: `join.js` says the same.
fn unanswered(ended: bool) -> &'static str {
    if ended { "no answer" } else { "not yet" }
}

/// What the floor announced in the roll call: the total against what was
/// promised, and the phone's own institution. Hidden until a count is in.
/// `join.js` redraws the counted words with the same wording.
fn turnout_summary(state: &Live, checked_in: Option<Option<usize>>) -> Markup {
    let plan = &state.plan;
    let announced = &state.chair.turnout;
    let total: u64 = announced.values().map(|a| u64::from(a.count)).sum();
    let mine = checked_in.flatten().and_then(|i| plan.institutions.get(i));
    let mine_count = mine
        .and_then(|i| announced.get(i.id.as_str()))
        .map(|a| u64::from(a.count));
    html! {
        section #roll-call aria-labelledby="roll-call-heading" hidden[announced.is_empty()] {
            h2 #roll-call-heading { "Roll call" }
            p .bignumber {
                strong #announced-total { (grouped(total)) }
                " " span #announced-word { (plural(total, "person", "people")) }
                " announced from the floor, of "
                span #promised-total { (grouped(plan.total_promised())) } " promised"
            }
            @if let Some(institution) = mine {
                p #announced-mine data-institution=(institution.id) data-promised=(institution.promised) {
                    "Your group, " bdi { (institution.name) } ": "
                    span #announced-mine-count {
                        @match mine_count {
                            Some(n) => {
                                strong { (grouped(n)) } " " (plural(n, "person", "people"))
                                " announced, of " (grouped(institution.promised.into())) " promised"
                            }
                            None => { "not announced yet (" (grouped(institution.promised.into())) " promised)" }
                        }
                    }
                }
            }
        }
    }
}

/// Every pledge the chair has revealed, with its yes and no counts.
fn pledge_results(state: &Live) -> Markup {
    let plan = &state.plan;
    html! {
        section #pledge-results aria-labelledby="pledge-results-heading" hidden[state.chair.revealed.is_empty()] {
            h2 #pledge-results-heading { "Pledge results" }
            ul .tallies #tallies {
                @for (pledge, tally) in plan.pledges.iter().zip(&state.audience.tallies) {
                    li data-pledge=(pledge.id) hidden[!state.chair.revealed.contains(pledge.id.as_str())] {
                        p dir="auto" { (pledge.text) }
                        p .tally {
                            strong .yes-count { (grouped(tally.yes.into())) } " " span .yes-word { "said yes" }
                            " · "
                            strong .no-count { (grouped(tally.no.into())) } " " span .no-word { "said no" }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn numbers_group_their_thousands() {
        for (n, text) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1670, "1,670"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(grouped(n), text);
        }
    }
}
