//! What anyone may read of the night as JSON: the public snapshot and the
//! public plan, as the projector sees them.

use axum::extract::State;
use axum::response::Response;

use super::json_text;
use crate::view::{self, Role};
use crate::web::AppState;
use tokio_tungstenite::tungstenite::Bytes;

/// `GET /api/state`: the public snapshot, as the projector sees it: the
/// bytes the projector was sent when they are of the committed `seq`, else
/// built off the lock (an audience change waits up to 50 ms to go out, and
/// a reader told a change is done must see it).
pub async fn state(State(app): State<AppState>) -> Response {
    if let Some(sent) = app.hub.public_state_sent() {
        return json_text(Bytes::from(sent));
    }
    let text = app
        .hub
        .built("/api/state".into(), |state, now| {
            let snapshot = view::snapshot(state, Role::Screen, now);
            Bytes::from(serde_json::to_vec(&snapshot).expect("a snapshot always serializes"))
        })
        .await;
    json_text(Bytes::clone(&text))
}

/// `GET /api/plan`: the plan as the public may see it (no chair notes).
pub async fn plan(State(app): State<AppState>) -> Response {
    let text = serde_json::to_string(&view::plan_view(&app.hub.plan(), Role::Screen))
        .expect("a plan always serializes");
    json_text(text)
}
