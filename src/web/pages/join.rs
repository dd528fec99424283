//! `/join`: the attendee's phone, in the phone's language (its choice on
//! the page, else its browser's, else the plan's). Complete without
//! JavaScript (check-in, the pledge and the language switcher are plain
//! forms and links). Drawn here and in [`parts`] only: `join.js` adds
//! search and keeps the page live by filling what these drew, never by
//! drawing (see [`parts::words`]).

mod parts;

use axum::extract::State;
use axum::http::header::{SET_COOKIE, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, PreEscaped, html};

use super::{answer_of, first_frame_in, join_url, layout_in, qr_svg};
use crate::domain::plan::TextKey;
use crate::domain::{ItemKind, Phase, State as Live};
use crate::i18n::Lang;
use crate::view::Role;
use crate::web::AppState;
use parts::{
    answer_word, answered, asks_heading, check_in_form, figure, kind_word, phase_title,
    pledge_results, switcher, turnout_summary, words,
};

/// `GET /join`, and `GET /join?lang=cy`: remember the language chosen on
/// the page (a cookie) and come back to `/join`.
pub async fn join(State(app): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    if let Some(wanted) = lang_asked(uri.query()) {
        return choose_language(&app, &headers, wanted);
    }
    let state = app.hub.state();
    let l = crate::i18n::negotiate(&headers, state.plan.language());
    let page = page(&app, &state, &headers, l);
    // The same address reads differently per phone.
    let vary = (VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    ([vary], page).into_response()
}

/// The `lang` of a query string, if it names one (even empty).
fn lang_asked(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(name, _)| *name == "lang")
        .map(|(_, value)| value)
}

/// A shipped language sets the cookie; anything else sets nothing. Either
/// way the phone goes back to the page (303), which then speaks the
/// language the phone has.
fn choose_language(app: &AppState, headers: &HeaderMap, wanted: &str) -> Response {
    let plain = wanted.len() <= 35
        && wanted
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let chosen = plain.then(|| crate::i18n::find(wanted)).flatten();
    // 303 See Other.
    let back = Redirect::to("/join");
    match chosen {
        Some(lang) => {
            // Secure exactly when the device cookie is.
            let secure = !crate::web::auth::secure_attribute(&app.public_url, headers).is_empty();
            ([(SET_COOKIE, crate::i18n::cookie(lang, secure))], back).into_response()
        }
        None => back.into_response(),
    }
}

fn page(app: &AppState, state: &Live, headers: &HeaderMap, l: Lang) -> Markup {
    let device = app.devices.of(headers);
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
    let title = l.plan_text(plan, "assembly.title", &plan.assembly.title);
    let venue = l.plan_text(plan, "assembly.venue", &plan.assembly.venue);
    let text = |part: &str, id: &str, field: &str, base: &str| -> String {
        l.plan_text(plan, &TextKey::of(part, id, field), base)
            .to_owned()
    };
    layout_in(
        &[l],
        &l.t_with("join-title", &[("title", title.into())]),
        Some(Role::Attendee),
        state.seq,
        assets,
        html! {
            div .attendee #attendee data-plan-seq=(state.plan_seq) {
                header {
                    (switcher(l))
                    h1 dir="auto" data-text="assembly.title" { (title) }
                    p dir="auto" data-text="assembly.venue" { (venue) }
                    // Only where no script keeps the page live: drawn for
                    // scripts and then hidden, it would move the page up.
                    @let refresh = html! { p .refresh { a #refresh href="/join" { (l.t("join-refresh")) } } };
                    @if full { (refresh) } @else { noscript { (refresh) } }
                }
                main {
                    // On a relay cut off from the hall; with JavaScript,
                    // live.js says it in the connection notice instead.
                    @if app.hub.cut_off() {
                        noscript {
                            p #hall-cut-off .status role="status" { (l.t("connection-hall")) }
                        }
                    }
                    @if full {
                        p #hall-full .status role="alert" {
                            (l.t_with("join-hall-full", &[("n", following.into())]))
                        }
                    }
                    @if let Some(institution) = checked_in {
                        p #checked-in .status role="status" {
                            @match institution.and_then(|i| plan.institutions.get(i)) {
                                Some(i) => {
                                    @let name = text("institution", &i.id, "name", &i.name);
                                    @let key = TextKey::of("institution", &i.id, "name");
                                    (l.rich("join-checked-in-with", &[], &[("name", html! { strong { bdi data-text=(key) { (name) } } })]))
                                }
                                None => { (l.t("join-checked-in-alone")) }
                            }
                        }
                    }
                    @if checked_in.is_none() {
                        section aria-labelledby="check-in-heading" {
                            h2 #check-in-heading { (l.t("join-check-in-heading")) }
                            (check_in_form(state, l, None))
                        }
                    }
                    section aria-labelledby="now-heading" {
                        h2 #now-heading { (l.t("join-now-heading")) }
                        @let item = current.and_then(|i| plan.items.get(i)).filter(|_| !ended);
                        p .kind #current-kind {
                            @if let Some(item) = item { (kind_word(l, item.kind)) }
                        }
                        p .nowtitle #current-title aria-live="polite" dir="auto" {
                            @match item {
                                Some(item) => (text("item", &item.id, "title", &item.title)),
                                None => (phase_title(l, state.chair.phase)),
                            }
                        }
                        p #ended-thanks hidden[!ended] { (l.t("join-ended-thanks")) }
                    }
                    (turnout_summary(state, l, checked_in))
                    (pledge_results(state, l))
                    @let mine = open.zip(device.as_deref()).and_then(|((_, i), d)| state.audience.vote(i, d));
                    section .pledge #pledge aria-labelledby="pledge-heading" hidden[open.is_none() || checked_in.is_none()] {
                        h2 #pledge-heading { (l.t("join-pledge-heading")) }
                        p #pledge-text dir="auto" { @if let Some((p, _)) = open { (text("pledge", &p.id, "text", &p.text)) } }
                        form method="post" action="/join/pledge" #pledge-form {
                            input type="hidden" name="pledge" value=[open.map(|(p, _)| p.id.as_str())];
                            div .row {
                                button type="submit" name="answer" value="yes" .yes aria-pressed=(mine == Some(true)) { (l.t("join-yes")) }
                                button type="submit" name="answer" value="no" .no aria-pressed=(mine == Some(false)) { (l.t("join-no")) }
                            }
                        }
                        p #pledge-mine aria-live="polite" {
                            @if let Some(yes) = mine { (answered(l, yes)) }
                        }
                    }
                    section aria-labelledby="asks-heading" {
                        h2 #asks-heading { (asks_heading(l, ended)) }
                        ul .asks {
                            @for ask in &plan.asks {
                                li {
                                    strong dir="auto" data-text=(TextKey::of("ask", &ask.id, "title")) { (text("ask", &ask.id, "title", &ask.title)) }
                                    p dir="auto" data-text=(TextKey::of("ask", &ask.id, "text")) { (text("ask", &ask.id, "text", &ask.text)) }
                                    ul {
                                        @for holder in &ask.to {
                                            @let name = plan.power_holder(holder).map_or(holder.as_str(), |p| p.name.as_str());
                                            @let answer = answer_of(state, &ask.id, holder);
                                            li {
                                                bdi data-text=(TextKey::of("holder", holder, "name")) { (name) }
                                                span .answer.{ "answer-" (answer.map_or("none", |a| a.as_str())) }
                                                    data-response={ (ask.id) "/" (holder) } aria-live="polite" {
                                                    (answer_word(l, answer, ended))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section aria-labelledby="order-heading" {
                        h2 #order-heading { (l.t("join-order-heading")) }
                        ol .order #order {
                            @for (i, item) in plan.items.iter().enumerate() {
                                @let class = match current {
                                    _ if ended => "done",
                                    Some(c) if i < c => "done",
                                    Some(c) if i == c => "current",
                                    _ => "",
                                };
                                li class=(class) aria-current=[(class == "current").then_some("step")] dir="auto"
                                    data-text=(TextKey::of("item", &item.id, "title")) {
                                    (text("item", &item.id, "title", &item.title))
                                }
                            }
                        }
                    }
                    @if checked_in.is_some() {
                        details {
                            summary { (l.t("join-wrong-group")) }
                            (check_in_form(state, l, checked_in))
                        }
                    }
                }
                footer {
                    @let phones = state.audience.total();
                    @let key = if ended { "join-turnout-ended" } else { "join-turnout" };
                    p #turnout {
                        (l.rich(key, &[("n", phones.into())], &[("count", figure(l, phones, "count", Some("turnout-phones"), None))]))
                    }
                }
                // For the script only: none when the hall is full.
                @if !full {
                    (words(state, l))
                    (first_frame_in(app, Role::Attendee, Some(l.code())))
                }
            }
        },
    )
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

/// `/join/poster`: a printable A4 page for tables and seat backs, in the
/// language of whoever prints it.
pub async fn poster(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let plan = app.hub.plan();
    let l = crate::i18n::negotiate(&headers, plan.language());
    let url = join_url(&app);
    let has_pledge = plan.items.iter().any(|i| i.kind == ItemKind::Pledge);
    let title = l.plan_text(&plan, "assembly.title", &plan.assembly.title);
    // The code's spoken name in the poster's language (the shared drawing
    // names it in English).
    let label = html! { (l.t("join-poster-qr")) }.into_string();
    let qr = qr_svg(&url)
        .into_string()
        .replacen("QR code for the check-in page", &label, 1);
    let page = layout_in(
        &[l],
        &l.t_with("join-poster-title", &[("title", title.into())]),
        None,
        0,
        &["join.css"],
        html! {
            main .poster {
                h1 dir="auto" { (title) }
                div .qr { (PreEscaped(qr)) }
                p .address dir="ltr" { (url) }
                p { (l.t("join-poster-scan")) }
                p { @if has_pledge { (l.t("join-poster-why-pledge")) } @else { (l.t("join-poster-why")) } }
                p .noprint { (l.t("join-poster-print")) }
            }
        },
    );
    let vary = (VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    ([vary], page).into_response()
}

#[cfg(test)]
mod tests {
    use super::lang_asked;

    #[test]
    fn the_language_asked_for_is_read_from_the_query() {
        assert_eq!(lang_asked(Some("lang=cy")), Some("cy"));
        assert_eq!(lang_asked(Some("x=1&lang=ar")), Some("ar"));
        assert_eq!(lang_asked(Some("lang=")), Some(""));
        assert_eq!(lang_asked(Some("lang")), Some(""));
        assert_eq!(lang_asked(Some("language=cy")), None);
        assert_eq!(lang_asked(None), None);
    }
}
