//! The JSON API, in one place: every route that answers scripts and pages
//! with JSON or a download, who may use it, and the one error it answers
//! with ([`ApiError`]).
//!
//! [`ROUTES`] is the API's part of the server's route table (`routes`
//! holds the pages, assets and sockets, and merges this); each handler
//! lives in the submodule of its resource:
//!
//! - `state`: the public snapshot and plan (`GET /api/state`, `/api/plan`);
//! - `command`: one chair command (`POST /api/command`);
//! - `plan`: the plan as a draft, checked and saved (`/api/plan/...`),
//!   and as a plan file (`GET /export/plan.toml`);
//! - `setup`: a plan file read into a draft for `/setup`;
//! - `phone`: a phone's check-in and pledge forms (`POST /join`,
//!   `/join/pledge`), and the pacing its changes go through;
//! - `export`: the record's files (`GET /export/{name}`);
//! - `health`: `GET /healthz`;
//! - `error`: [`ApiError`].
//!
//! The spreadsheet import (`POST /api/import`) is listed here; its handler
//! lives beside its page in `pages::import`.

mod command;
mod error;
mod export;
mod health;
pub use health::resident_bytes;
mod phone;
pub(super) mod plan;
mod setup;
mod state;

use axum::Json;
use axum::body::Body;
use axum::http::HeaderValue;
use axum::http::Method;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde_json::json;

use super::AppState;
use super::pages;
use super::routes::{Need, Route, Serves, chair_body, route};
use crate::hub::Outcome;

pub use error::ApiError;
pub use phone::submit_paced;

/// The largest body the plan routes read: a draft of the largest plan the
/// project supports (500 institutions, 200 items with long notes), with
/// every text at its longest, fits well inside.
pub const DRAFT_LIMIT: usize = 2 * 1024 * 1024;

use Need::{Chair, Either, Public};
use Serves::{Both, Primary};

/// Every route of the API: method, path, who may use it (the extractor
/// its handler takes), its body limit where it reads more than a message,
/// and which server serves it.
pub const ROUTES: &[Route] = &[
    route(Method::GET, "/api/state", Public, Both, || {
        get(state::state)
    }),
    route(Method::GET, "/api/plan", Public, Both, || get(state::plan)),
    // A whole plan as a draft outgrows MESSAGE_LIMIT long before the
    // largest plan the project supports.
    chair_body(Method::PUT, "/api/plan", DRAFT_LIMIT, || put(plan::save)),
    route(Method::GET, "/api/plan/draft", Chair, Primary, || {
        get(plan::draft)
    }),
    chair_body(Method::POST, "/api/plan/check", DRAFT_LIMIT, || {
        post(plan::check)
    }),
    chair_body(
        Method::POST,
        "/api/plan/draft-from-toml",
        DRAFT_LIMIT,
        || post(setup::draft_from_toml),
    ),
    route(Method::POST, "/api/command", Chair, Primary, || {
        post(command::command)
    }),
    chair_body(Method::POST, "/api/import", pages::IMPORT_LIMIT, || {
        post(pages::import_api)
    }),
    route(Method::POST, "/join", Public, Both, || post(phone::join)),
    route(Method::POST, "/join/pledge", Public, Both, || {
        post(phone::pledge)
    }),
    route(Method::GET, "/export/plan.toml", Chair, Primary, || {
        get(plan::toml)
    }),
    route(Method::GET, "/export/{name}", Either, Primary, || {
        get(export::export)
    }),
    route(Method::GET, "/healthz", Public, Both, || {
        get(health::healthz)
    }),
];

/// The API's routes that `server` serves, each with its body limit, to
/// merge into the server's router.
pub fn router(server: Serves) -> axum::Router<AppState> {
    super::routes::router_of(ROUTES, server)
}

/// A command's outcome: `{"ok": true, "seq": .., "applied": ..}`.
fn outcome(outcome: Outcome) -> Json<serde_json::Value> {
    Json(json!({ "ok": true, "seq": outcome.seq, "applied": outcome.applied }))
}

/// JSON already written out, never cached.
fn json_text(text: impl Into<Body>) -> Response {
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static("application/json")),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        text.into(),
    )
        .into_response()
}

/// A file to save, never cached.
fn download(content_type: &'static str, name: &str, body: impl Into<Body>) -> Response {
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .expect("file names are ASCII"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body.into(),
    )
        .into_response()
}
