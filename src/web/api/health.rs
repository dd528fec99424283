//! `GET /healthz`: whether this server can take changes, for a rehearsal,
//! a supervisor or a proxy's health check.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::json_text;
use crate::hub::Unhealthy;
use crate::web::AppState;

/// `GET /healthz`: alive, the latest `seq`, open sockets and resident memory
/// (so a rehearsal can measure memory per phone). 503 with a `reason` when
/// the hub has stopped or the event log cannot be written: reads still work
/// then, but no change can be made.
pub async fn healthz(State(app): State<AppState>) -> Response {
    let sockets = app.sockets.load(std::sync::atomic::Ordering::Relaxed);
    let seq = app.hub.state().seq;
    let health = app.hub.health();
    let mut body = json!({
        "ok": health.is_ok(),
        "seq": seq,
        "sockets": sockets,
        "memory_bytes": resident_bytes(),
    });
    // With relays: whether NATS has the log, and how far.
    if let Some(relays) = &app.relays {
        body["relays"] = relays.json();
    }
    // On a relay: how its link to the hall stands, in a word or with why
    // it stopped following.
    if app.relay {
        body["link"] = json!(match &health {
            Ok(()) => "linked".to_owned(),
            Err(Unhealthy::CutOff) => "reconnecting".to_owned(),
            Err(reason) => reason.to_string(),
        });
    }
    let Err(reason) = health else {
        return json_text(body.to_string());
    };
    body["reason"] = json!(reason.to_string());
    let mut response = json_text(body.to_string());
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response
}

/// Resident memory of this process, where the system says (Linux).
pub fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}
