//! What anyone may read of the night as JSON: the public snapshot and the
//! public plan, as the projector sees them.

use axum::extract::State;
use axum::response::Response;

use super::json_text;
use crate::hub::now_ms;
use crate::view::{self, Role};
use crate::web::AppState;

/// `GET /api/state`: the public snapshot, as the projector sees it.
pub async fn state(State(app): State<AppState>) -> Response {
    let state = app.hub.state();
    let text = serde_json::to_string(&view::snapshot(&state, Role::Screen, now_ms()))
        .expect("a snapshot always serializes");
    json_text(text)
}

/// `GET /api/plan`: the plan as the public may see it (no chair notes).
pub async fn plan(State(app): State<AppState>) -> Response {
    let text = serde_json::to_string(&view::plan_view(&app.hub.plan(), Role::Screen))
        .expect("a plan always serializes");
    json_text(text)
}
