//! Server-rendered pages.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

use super::AppState;
use super::auth;

fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
            }
            body { main { (body) } }
        }
    }
}

pub async fn home(State(app): State<AppState>) -> Markup {
    let plan = app.hub.plan();
    page(
        &plan.assembly.title,
        html! {
            h1 { (plan.assembly.title) }
            p { (plan.assembly.venue) }
            ul {
                li { a href="/join" { "Check in (attendees)" } }
            }
        },
    )
}

pub async fn join(State(app): State<AppState>, headers: HeaderMap) -> Markup {
    let state = app.hub.state();
    let plan = &state.plan;
    let checked_in = auth::device(&headers).and_then(|d| state.audience.device(&d));
    page(
        &format!("Check in: {}", plan.assembly.title),
        html! {
            h1 { (plan.assembly.title) }
            @if let Some(institution) = checked_in {
                p role="status" {
                    "You are checked in "
                    @match institution.and_then(|i| plan.institutions.get(i)) {
                        Some(i) => { "with " strong { (i.name) } "." }
                        None => { "on your own." }
                    }
                }
            }
            form method="post" action="/join" {
                fieldset {
                    legend { "Who are you here with?" }
                    @for institution in &plan.institutions {
                        label {
                            input type="radio" name="institution" value=(institution.id);
                            " " (institution.name)
                        }
                        br;
                    }
                    label {
                        input type="radio" name="institution" value="" checked;
                        " On my own"
                    }
                }
                button type="submit" { "Check in" }
            }
        },
    )
}

/// A check-in or pledge that could not be taken, said plainly.
pub fn join_error(app: &AppState, status: StatusCode, message: &str) -> Response {
    let plan = app.hub.plan();
    let body = page(
        "Could not check in",
        html! {
            h1 { (plan.assembly.title) }
            p role="alert" { (message) }
            p { a href="/join" { "Back to check-in" } }
        },
    );
    (status, body).into_response()
}

pub async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        page(
            "Not found",
            html! {
                h1 { "Not found" }
                p { "There is no page at this address. " a href="/" { "Go to the start page" } "." }
            },
        ),
    )
        .into_response()
}
