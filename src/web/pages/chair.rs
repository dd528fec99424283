//! `/chair`: the chair's tablet. The page is a frame; `chair.js` fills it
//! from the chair's socket and sends the commands.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

use super::{current_title, layout};
use crate::view::Role;
use crate::web::AppState;
use crate::web::auth::{self, CHAIR_COOKIE};

#[derive(Debug, Deserialize)]
pub struct ChairQuery {
    key: Option<String>,
}

pub async fn chair(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(query): Query<ChairQuery>,
    headers: HeaderMap,
) -> Response {
    // The key from the printed link becomes a session cookie (a MAC of the
    // key, never the key), and leaves the address bar.
    if let Some(key) = query.key.as_deref() {
        if auth::same(key, &app.chair_key) {
            let session = auth::chair_session(&app.chair_key);
            let secure = auth::secure_attribute(&app.public_url);
            let cookie = HeaderValue::from_str(&format!(
                "{CHAIR_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400{secure}"
            ));
            if let Ok(cookie) = cookie {
                return ([(SET_COOKIE, cookie)], Redirect::to("/chair")).into_response();
            }
        }
        tokio::time::sleep(app.key_brake.failed(peer.ip())).await;
        return locked(&app);
    }
    if !auth::is_chair(&headers, None, &app.chair_key) {
        return locked(&app);
    }
    let state = app.hub.state();
    let plan = &state.plan;
    layout(
        &format!("Chair: {}", plan.assembly.title),
        Some(Role::Chair),
        state.seq,
        &["live.js", "chair.js"],
        html! {
            header .bar {
                h1 { (plan.assembly.title) }
                span #phase { }
                a href="/screen" target="_blank" { "Screen" }
                a href="/stage" target="_blank" { "Timer" }
                a href="/export/record.json" { "Record" }
            }
            main {
                div {
                    section .card.now aria-labelledby="now-heading" {
                        h2 #now-heading { "Now" }
                        p .kind #current-kind { }
                        p .title #current-title { (current_title(&state)) }
                        p .lead #current-lead { }
                        p .countdown #countdown aria-label="Time left on this item" { "–:––" }
                        p .drift #drift { }
                        p #notice .notice role="alert" hidden { }
                        div .controls {
                            button #start .primary.big type="button" hidden { "Start the assembly" }
                            button #back .big type="button" { "◀ Back" }
                            button #next .primary.big type="button" { "Next ▶" }
                            button #pause type="button" { "Pause" }
                            button #minus type="button" aria-label="One minute less" { "−1 min" }
                            button #plus type="button" aria-label="One minute more" { "+1 min" }
                            button #undo type="button" { "Undo" }
                            button #end type="button" { "End" }
                        }
                        p .upnext { "Next: " strong #next-title { "—" } }
                    }
                    section .card #context aria-live="polite" { }
                    section .card aria-labelledby="notes-heading" {
                        h2 #notes-heading { "Your notes" }
                        p .notes #notes { }
                    }
                }
                div {
                    section .card aria-labelledby="msg-heading" {
                        h2 #msg-heading { "Messages" }
                        form .row #stage-form data-to="stage" {
                            label for="stage-text" { "To the speaker" }
                            input #stage-text type="text" maxlength="280" autocomplete="off" placeholder="e.g. Please wrap up";
                            button type="submit" { "Show" }
                            button type="button" .clear data-to="stage" { "Clear" }
                        }
                        p { "Speaker sees: " span #stage-shown { "nothing" } }
                        form .row #screen-form data-to="screen" {
                            label for="screen-text" { "On the screen" }
                            input #screen-text type="text" maxlength="280" autocomplete="off" placeholder="e.g. Please take your seats";
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
            }
        },
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
