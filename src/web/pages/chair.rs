//! `/chair`: the chair's tablet. The page is a frame; `chair.js` fills it
//! from the chair's socket and sends the commands.

use std::time::Instant;

use axum::extract::{Query, State};
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

use super::{current_title, layout};
use crate::domain::Phase;
use crate::domain::command::{MESSAGE_MAX, NOTE_MAX};
use crate::hub::now_ms;
use crate::view::{self, Role};
use crate::web::AppState;
use crate::web::auth::{self, CHAIR_COOKIE};
use crate::web::client::ClientAddr;
use crate::web::guard::{self, Gate};

#[derive(Debug, Deserialize)]
pub struct ChairQuery {
    pub(super) key: Option<String>,
}

pub async fn chair(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    Query(query): Query<ChairQuery>,
    headers: HeaderMap,
) -> Response {
    if let Some(answer) = admit(&app, client, query.key.as_deref(), &headers, "/chair") {
        return answer;
    }
    let state = app.hub.state();
    let plan = &state.plan;
    let chair = &state.chair;
    let index = state.current_index();
    let item = state.current_item();
    let not_started = chair.phase == Phase::NotStarted;
    let upcoming = match index {
        None => plan.items.first(),
        Some(i) => plan.items.get(i + 1),
    };
    // The first render says what the script will say, so nothing moves
    // when the first state arrives.
    let phase = match (chair.phase, index) {
        (Phase::NotStarted, _) => "Not started".to_owned(),
        (Phase::Ended, _) => "Ended".to_owned(),
        (Phase::Running, Some(i)) => format!("Item {} of {}", i + 1, plan.items.len()),
        (Phase::Running, None) => String::new(),
    };
    // The plan and state the socket would send first, so the script draws
    // the whole page before it is first shown instead of moving it later.
    let plan_json = serde_json::to_string(&view::plan_view(plan, Role::Chair)).unwrap_or_default();
    let state_json =
        serde_json::to_string(&view::snapshot(&state, Role::Chair, now_ms())).unwrap_or_default();
    layout(
        &format!("Chair: {}", plan.assembly.title),
        Some(Role::Chair),
        state.seq,
        &["chair.css", "live.js", "chair.js"],
        html! {
            header .bar {
                h1 title=(plan.assembly.title) { (plan.assembly.title) }
                span #phase { (phase) }
                nav aria-label="Other pages" {
                    a href="/screen" target="_blank" { "Screen" }
                    a href="/stage" target="_blank" { "Timer" }
                    // The chair's session cookie travels with the link, so
                    // the report is the full record without a key in the URL.
                    a #record href="/report" target="_blank" { "Record" }
                    a #follow-up-link href="/follow-up" target="_blank" { "Follow-up" }
                    a #setup-link href="/setup" target="_blank" { "Plan" }
                }
            }
            main #chair data-note-max=(NOTE_MAX) data-plan=(plan_json) data-state=(state_json) {
                div .col.col-now {
                    section .card.now aria-labelledby="now-heading" {
                        h2 #now-heading .visually-hidden { "Now" }
                        p .kind #current-kind { (item.map_or("", |i| i.kind.label())) }
                        p .title #current-title { (current_title(&state, crate::i18n::english())) }
                        p .lead #current-lead { (item.and_then(|i| i.lead.as_deref()).unwrap_or("")) }
                        div .clock {
                            p .countdown #countdown { "–:––" }
                            p .drift #drift { }
                        }
                        div .controls {
                            button #start .primary.big type="button" hidden[!not_started] { "Start the assembly" }
                            button #back .big type="button" hidden[not_started] { "◀ Back" }
                            button #next .primary.big type="button" hidden[not_started] { "Next ▶" }
                            button #pause .small type="button" { "Pause" }
                            button #minus .small type="button" { "−1 min" }
                            button #plus .small type="button" { "+1 min" }
                            button #undo .small type="button" { "Undo" }
                            button #end .small type="button" { "End" }
                        }
                        // Always there, so a notice never moves the controls.
                        p #notice .notice role="status" aria-live="assertive" { }
                        p .upnext { "Next: " strong #next-title { (upcoming.map_or("— (last item)", |i| i.title.as_str())) } }
                    }
                    section .card aria-labelledby="notes-heading" {
                        h2 #notes-heading { "Your notes" }
                        p .notes #notes { (item.and_then(|i| i.notes.as_deref()).unwrap_or("No notes for this item.")) }
                    }
                    section .card .messages aria-labelledby="msg-heading" {
                        h2 #msg-heading { "Messages" }
                        div .row .presets role="group" aria-label="Show at once to the speaker" {
                            @for text in PRESETS {
                                button type="button" .preset data-to="stage" data-text=(text) { (text) }
                            }
                        }
                        form .row #stage-form data-to="stage" {
                            label for="stage-text" { "To the speaker" }
                            input #stage-text type="text" maxlength=(MESSAGE_MAX) autocomplete="off" placeholder="e.g. Please wrap up";
                            button type="submit" { "Show" }
                            button type="button" .clear data-to="stage" { "Clear" }
                        }
                        p { "Speaker sees: " span #stage-shown { "nothing" } }
                        form .row #screen-form data-to="screen" {
                            label for="screen-text" { "On the screen" }
                            input #screen-text type="text" maxlength=(MESSAGE_MAX) autocomplete="off" placeholder="e.g. Please take your seats";
                            button type="submit" { "Show" }
                            button type="button" .clear data-to="screen" { "Clear" }
                        }
                        p { "Screen shows: " span #screen-shown { "nothing" } }
                    }
                    section .card aria-labelledby="display-heading" {
                        h2 #display-heading { "Projector shows" }
                        div .row {
                            button #show-qr type="button" aria-pressed="true" { "QR code" }
                            button #show-timer type="button" aria-pressed="true" { "Timer" }
                            button #show-turnout type="button" aria-pressed="true" { "Turnout" }
                        }
                    }
                    section .card aria-labelledby="order-heading" {
                        h2 #order-heading { "Running order" }
                        ol .order #order { }
                    }
                }
                div .col.col-context {
                    section .card #context { }
                }
            }
        },
    )
    .into_response()
}

/// The chair's way into a chair page at `here`: the key from the printed
/// link becomes a session cookie (a MAC of the key, never the key) and
/// leaves the address bar by a redirect to `here`; without the right key,
/// the page that says how to get in. `None`: this is the chair, go on.
pub(super) fn admit(
    app: &AppState,
    client: std::net::IpAddr,
    key: Option<&str>,
    headers: &HeaderMap,
    here: &'static str,
) -> Option<Response> {
    if let Some(key) = key {
        let right = || auth::same(key, &app.chair_key);
        let gate = app.key_brake.check(client, Instant::now(), true, right);
        if gate == Gate::Open {
            let session = auth::chair_session(&app.chair_key);
            let secure = auth::secure_attribute(&app.public_url);
            let cookie = HeaderValue::from_str(&format!(
                "{CHAIR_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400{secure}"
            ));
            if let Ok(cookie) = cookie {
                return Some(([(SET_COOKIE, cookie)], Redirect::to(here)).into_response());
            }
        }
        return Some(shut(app, gate));
    }
    let presented = guard::presents_key(headers, None);
    let right = || auth::is_chair(headers, None, &app.chair_key);
    let gate = app
        .key_brake
        .check(client, Instant::now(), presented, right);
    (gate != Gate::Open).then(|| shut(app, gate))
}

/// One-tap messages to the speaker, shown as they are written.
const PRESETS: [&str; 4] = ["Wrap up", "1 minute", "Speak up", "Time"];

/// Refused: too many wrong keys from this network, or no (right) key.
pub(super) fn shut(app: &AppState, gate: Gate) -> Response {
    let Gate::Braked(wait) = gate else {
        return locked(app);
    };
    let minutes = wait.as_secs().div_ceil(60).max(1);
    let page = layout(
        "Chair: too many wrong keys",
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 { "Too many wrong chair keys" }
                p {
                    "Too many wrong chair keys came from this network, so chair keys from it "
                    "are not checked for the next " (minutes) " min. Then open the chair link "
                    "the server printed when it started again."
                }
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
fn locked(app: &AppState) -> Response {
    let plan = app.hub.plan();
    let page = layout(
        "Chair: key needed",
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 { "This is the chair's page" }
                p {
                    "It needs the chair link the server printed when it started: it ends in "
                    code { "/chair?key=…" } ". Scan its QR code in the server's terminal, or "
                    "copy the link from there. The key is also kept in the data dir."
                }
                p { "Everyone else: " a href="/join" { "check in and follow " (plan.assembly.title) } "." }
            }
        },
    );
    (StatusCode::UNAUTHORIZED, page).into_response()
}
