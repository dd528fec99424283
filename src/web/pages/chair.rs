//! `/chair`: the chair's tablet. The page is a shell with the chair's
//! first frame inlined; `chair.js` draws it from that frame, then from the
//! chair's socket, and sends the commands. The ways in (the key link, the
//! language chooser, the refusals) are drawn here: they are not live.

use axum::extract::{FromRequestParts, Query, State};
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use super::{first_frame, layout_in};
use crate::domain::command::{MESSAGE_MAX, NOTE_MAX};
use crate::domain::plan::TextKey;
use crate::i18n::{self, Lang};
use crate::view::Role;
use crate::web::AppState;
use crate::web::access;
use crate::web::api::ApiError;
use crate::web::auth;
use crate::web::client::ClientAddr;
use crate::web::guard::Gate;

#[derive(Debug, Deserialize)]
pub struct ChairQuery {
    pub(super) key: Option<String>,
    /// A language chosen on the page (`?lang=cy`): remembered in a cookie.
    pub(super) lang: Option<String>,
}

pub async fn chair(
    State(app): State<AppState>,
    Query(query): Query<ChairQuery>,
    headers: HeaderMap,
    admitted: Result<ChairPage, Response>,
) -> Response {
    if query.lang.is_some() {
        return choose_language(&app, &query, &headers, admitted);
    }
    if let Err(answer) = admitted {
        return answer;
    }
    let plan = app.hub.plan();
    let l = i18n::negotiate(&headers, plan.language());
    // What the speaker reads is in the stage's language, not the chair's:
    // the presets are sent as text in the plan's first screen language (if
    // it is shipped), while their buttons speak the chair's.
    let stage = plan
        .screen_languages()
        .first()
        .and_then(|code| i18n::find(code))
        .unwrap_or(l);
    let title = l.plan_text(
        &plan,
        &TextKey::of("assembly", "", "title"),
        &plan.assembly.title,
    );
    let one_minute = || -> [(&str, i18n::Arg<'_>); 1] { [("n", 1.into())] };
    // A shell: `chair.js` draws every text that follows the plan or the
    // state (the title, the phase, the item, the clock, Next and Pause,
    // what is shown, the notes, the order, the context) from the first
    // frame, before the first paint. Here only what never changes with
    // them: landmarks, headings, the controls and their fixed labels.
    layout_in(
        &[l],
        &l.t_with("chair-page-title", &[("title", title.into())]),
        Some(Role::Chair),
        app.hub.latest().seq,
        &["chair.css", "live.js", "chair.js"],
        html! {
            (first_frame(&app, Role::Chair))
            noscript { p .notice { (l.t("page-noscript")) } }
            header .bar {
                // `dir="auto"`: the plan's title sets its own direction, so an
                // English title on an Arabic page is cut at its end.
                h1 #assembly-title dir="auto" { }
                span #phase { }
                nav aria-label=(l.t("chair-nav-label")) {
                    a href="/screen" target="_blank" { (l.t("chair-nav-screen")) }
                    a href="/stage" target="_blank" { (l.t("chair-nav-timer")) }
                    // The chair's session cookie travels with the link, so
                    // the report is the full record without a key in the URL.
                    a #record href="/report" target="_blank" { (l.t("chair-nav-record")) }
                    a #follow-up-link href="/follow-up" target="_blank" { (l.t("chair-nav-follow-up")) }
                    a #setup-link href="/setup" target="_blank" { (l.t("chair-nav-plan")) }
                }
                (language_form(l))
            }
            main #chair data-note-max=(NOTE_MAX) {
                div .col.col-now {
                    section .card.now aria-labelledby="now-heading" {
                        h2 #now-heading .visually-hidden { (l.t("chair-now")) }
                        p .kind #current-kind { }
                        p .title #current-title dir="auto" { }
                        p .lead #current-lead dir="auto" { }
                        div .clock {
                            p .countdown #countdown { }
                            p .drift #drift { }
                        }
                        div .controls {
                            // Which of Start, Back and Next show is the
                            // state's: the script shows them.
                            button #start .primary.big type="button" hidden { (l.t("chair-start")) }
                            button #back .big type="button" hidden { (l.t("chair-back")) }
                            button #next .primary.big type="button" hidden { }
                            button #pause .small type="button" { }
                            button #minus .small type="button" { (l.t_with("chair-extend-less", &one_minute())) }
                            button #plus .small type="button" { (l.t_with("chair-extend-more", &one_minute())) }
                            button #undo .small type="button" { (l.t("chair-undo")) }
                            button #end .small type="button" { (l.t("chair-end")) }
                        }
                        // What the lectern and the hall see now, with a way to
                        // take it down: in the card that stays in view.
                        div .shown aria-live="polite" {
                            p .row {
                                span .what { (l.rich("chair-speaker-sees", &[], &[("text", html! { bdi #stage-shown { } })])) }
                                span #stage-pinned .pinned hidden { (l.t("chair-pinned")) }
                                button type="button" .clear data-to="stage" aria-label=(l.t("chair-cmd-clear-stage")) { (l.t("chair-clear")) }
                            }
                            p .row {
                                span .what { (l.rich("chair-screen-shows", &[], &[("text", html! { bdi #screen-shown { } })])) }
                                span #screen-pinned .pinned hidden { (l.t("chair-pinned")) }
                                button type="button" .clear data-to="screen" aria-label=(l.t("chair-cmd-clear-screen")) { (l.t("chair-clear")) }
                            }
                        }
                        // Always there, so a notice never moves the controls.
                        p #notice .notice role="status" aria-live="assertive" { }
                        p .upnext {
                            (l.rich("chair-upnext", &[], &[("title", html! {
                                bdi { strong #next-title { } }
                            })]))
                        }
                    }
                    section .card aria-labelledby="notes-heading" {
                        h2 #notes-heading { (l.t("chair-notes-heading")) }
                        p .notes #notes dir="auto" { }
                    }
                    section .card .messages aria-labelledby="msg-heading" {
                        h2 #msg-heading { (l.t("chair-messages-heading")) }
                        div .row .presets role="group" aria-label=(l.t("chair-presets-label")) {
                            @for (label, text) in presets(l).into_iter().zip(presets(stage)) {
                                button type="button" .preset data-to="stage" data-text=(text) title=[(stage != l).then_some(&text)] { (label) }
                            }
                        }
                        form .row #stage-form data-to="stage" {
                            label for="stage-text" { (l.t("chair-to-speaker")) }
                            input #stage-text type="text" maxlength=(MESSAGE_MAX) autocomplete="off" placeholder=(l.t("chair-to-speaker-example"));
                            button type="submit" { (l.t("chair-show")) }
                            // A message goes with its item; pinned, it stays
                            // through Next (the presets follow this box too).
                            label .pin { input #stage-pin type="checkbox"; " " (l.t("chair-pin")) }
                        }
                        form .row #screen-form data-to="screen" {
                            label for="screen-text" { (l.t("chair-on-screen")) }
                            input #screen-text type="text" maxlength=(MESSAGE_MAX) autocomplete="off" placeholder=(l.t("chair-on-screen-example"));
                            button type="submit" { (l.t("chair-show")) }
                            label .pin { input #screen-pin type="checkbox"; " " (l.t("chair-pin")) }
                        }
                    }
                    section .card aria-labelledby="display-heading" {
                        h2 #display-heading { (l.t("chair-display-heading")) }
                        div .row {
                            button #show-qr type="button" aria-pressed="true" { (l.t("chair-display-qr")) }
                            button #show-timer type="button" aria-pressed="true" { (l.t("chair-display-timer")) }
                            button #show-turnout type="button" aria-pressed="true" { (l.t("chair-display-turnout")) }
                        }
                    }
                    section .card aria-labelledby="order-heading" {
                        h2 #order-heading { (l.t("chair-order-heading")) }
                        ol .order #order { }
                    }
                }
                div .col.col-context {
                    section .card #context { }
                }
            }
            // A roll-call count far above the promise: shown only if the
            // chair says so (the server refuses it until then).
            dialog #count-check aria-labelledby="count-check-text" {
                p #count-check-text { }
                div .row {
                    button #count-show .primary type="button" { (l.t("chair-count-show")) }
                    button #count-fix type="button" { (l.t("chair-count-fix")) }
                }
            }
        },
    )
    .into_response()
}

/// One-tap messages to the speaker in `l`: Wrap up, 1 minute, Speak up,
/// Time.
fn presets(l: Lang) -> [String; 4] {
    [
        l.t("chair-preset-wrap-up"),
        l.t("chair-preset-minute"),
        l.t("chair-preset-speak-up"),
        l.t("chair-preset-time"),
    ]
}

/// Partial: the chair's language, a form that works without JavaScript
/// (`GET /chair?lang=cy`).
fn language_form(l: Lang) -> Markup {
    html! {
        form .lang method="get" action="/chair" {
            label .visually-hidden for="chair-lang" { (l.t("language-label")) }
            select #chair-lang name="lang" {
                @for other in i18n::all() {
                    option value=(other.code()) lang=(other.code()) selected[other == l] { (other.name()) }
                }
            }
            button type="submit" { (l.t("chair-language-change")) }
        }
    }
}

/// `?lang=`: remember a shipped language in its cookie (an unknown one is
/// ignored), then go on to `/chair` as the key, if it came too, says.
fn choose_language(
    app: &AppState,
    query: &ChairQuery,
    headers: &HeaderMap,
    admitted: Result<ChairPage, Response>,
) -> Response {
    // With a key, its answer (the cookie and a redirect, or why not);
    // without one, on to /chair, where the cookie or the page decides.
    let mut answer = match (query.key.as_deref(), admitted) {
        (Some(_), Err(answer)) => answer,
        _ => Redirect::to("/chair").into_response(),
    };
    // A refused key sets nothing: the page that says why is the answer.
    if answer.status() != StatusCode::SEE_OTHER {
        return answer;
    }
    let chosen = query.lang.as_deref().and_then(i18n::find);
    if let Some(lang) = chosen {
        let secure = !auth::secure_attribute(&app.public_url, headers).is_empty();
        if let Ok(cookie) = HeaderValue::from_str(&i18n::cookie(lang, secure)) {
            answer.headers_mut().append(SET_COOKIE, cookie);
        }
    }
    answer
}

/// A chair page's way in, as a type its handler takes: the chair's
/// session cookie (or a bearer key) lets the handler run. The key from the
/// printed link (`?key=`) becomes the session cookie (a MAC of the key,
/// never the key) and leaves the address bar by a redirect to the same
/// page; without the right key, the page that says how to get in. Those
/// two answers come back as the rejection, in place of the page. Like
/// `access::Chair`, it runs before any body is read.
pub struct ChairPage(());

impl FromRequestParts<AppState> for ChairPage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        if access::cross_site(parts, app) {
            return Err(ApiError::cross_site().into_response());
        }
        let ClientAddr(client) = match ClientAddr::from_request_parts(parts, app).await {
            Ok(client) => client,
            Err(never) => match never {},
        };
        let headers = &parts.headers;
        if let Some(key) = access::query_key(parts) {
            let right = || auth::same(&key, &app.chair_key);
            let gate = app.key_brake.check(client, true, right);
            if gate == Gate::Open
                && let Some(session) = auth::into_session(&app.chair_key, &app.public_url, parts)
            {
                return Err(session);
            }
            return Err(shut(app, gate, headers));
        }
        match access::judge(app, client, headers, None).gate {
            Gate::Open => Ok(ChairPage(())),
            gate => Err(shut(app, gate, headers)),
        }
    }
}

/// Refused: too many wrong keys from this network, or no (right) key. In
/// the language the request asks for.
pub(super) fn shut(app: &AppState, gate: Gate, headers: &HeaderMap) -> Response {
    let plan = app.hub.plan();
    let l = i18n::negotiate(headers, plan.language());
    let Gate::Braked(wait) = gate else {
        return locked(&plan, l);
    };
    let minutes = wait.as_secs().div_ceil(60).max(1);
    let page = layout_in(
        &[l],
        &l.t("chair-braked-title"),
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 { (l.t("chair-braked-heading")) }
                p { (l.t_with("chair-braked-text", &[("minutes", minutes.into())])) }
            }
        },
    );
    let retry = wait.as_secs_f64().ceil() as u64;
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(RETRY_AFTER, HeaderValue::from(retry))],
        page,
    )
        .into_response()
}

/// Without the key: how to get in, and no controls.
fn locked(plan: &crate::domain::Plan, l: Lang) -> Response {
    let title = l.plan_text(
        plan,
        &TextKey::of("assembly", "", "title"),
        &plan.assembly.title,
    );
    let page = layout_in(
        &[l],
        &l.t("chair-locked-title"),
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 { (l.t("chair-locked-heading")) }
                p { (l.rich("chair-locked-text", &[], &[("link", html! { code { "/chair?key=…" } })])) }
                p {
                    (l.rich("chair-locked-others", &[], &[("link", html! {
                        a href="/join" { (l.rich("chair-locked-join", &[], &[("title", html! { bdi { (title) } })])) }
                    })]))
                }
            }
        },
    );
    (StatusCode::UNAUTHORIZED, page).into_response()
}
