//! JSON API, check-in forms and exports.

use axum::Json;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Form, State};
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;

use super::AppState;
use super::auth::{self, DEVICE_COOKIE};
use super::guard;
use crate::domain::{Command, Refusal};
use crate::hub::{Outcome, Rejection, now_ms};
use crate::protocol;
use crate::record;
use crate::view::{self, Role};

/// An error as the API answers it: a status and `{"error": "..."}`.
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// For conflicts: the latest chair `seq`, to retry against.
    pub latest: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            latest: None,
        }
    }

    pub fn cross_site() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "this must come from the assembly's own pages; open them from the server's address",
        )
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this needs the chair key: send `Authorization: Bearer KEY`, with the key from \
             the chair link the server printed when it started",
        )
    }
}

impl From<Rejection> for ApiError {
    fn from(rejection: Rejection) -> ApiError {
        match rejection {
            Rejection::Refused(Refusal::Conflict { expected, latest }) => ApiError {
                status: StatusCode::CONFLICT,
                message: format!(
                    "another chair change was made since seq {expected}; \
                     look at the fresh state (chair seq {latest}) and decide again"
                ),
                latest: Some(latest),
            },
            Rejection::Refused(Refusal::Invalid(message)) => {
                ApiError::new(StatusCode::BAD_REQUEST, message)
            }
            Rejection::Unavailable(message) => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({ "ok": false, "error": self.message });
        if let Some(latest) = self.latest {
            body["latest"] = latest.into();
        }
        (self.status, Json(body)).into_response()
    }
}

fn outcome(outcome: Outcome) -> Json<serde_json::Value> {
    Json(json!({ "ok": true, "seq": outcome.seq, "applied": outcome.applied }))
}

fn json_text(text: String) -> Response {
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static("application/json")),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        text,
    )
        .into_response()
}

/// `GET /api/state`: the public snapshot, as the projector sees it.
pub async fn state(State(app): State<AppState>) -> Response {
    let state = app.hub.state();
    let text = serde_json::to_string(&view::snapshot(&state, Role::Screen, now_ms()))
        .expect("a snapshot always serializes");
    json_text(text)
}

/// `GET /api/plan`: the plan as the public may see it (no chair notes).
pub async fn plan(State(app): State<AppState>) -> Response {
    let text = serde_json::to_string(&view::plan_view(app.hub.plan(), Role::Screen))
        .expect("a plan always serializes");
    json_text(text)
}

/// `POST /api/command`: one chair command.
pub async fn command(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: String,
) -> Result<Json<serde_json::Value>, ApiError> {
    if !guard::same_origin(&headers, &app.public_url) {
        return Err(ApiError::cross_site());
    }
    if !auth::is_chair(&headers, None, &app.chair_key) {
        tokio::time::sleep(app.key_brake.failed(peer.ip())).await;
        return Err(ApiError::unauthorized());
    }
    let request =
        protocol::parse_chair(&body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e.0))?;
    let result = app
        .hub
        .submit(Command::Chair(request.command), request.expect, request.id)
        .await?;
    Ok(outcome(result))
}

#[derive(Debug, Deserialize)]
pub struct JoinForm {
    /// An institution id; empty for "on my own".
    #[serde(default)]
    institution: String,
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// A phone's form that could not be taken: JSON for scripts, a plain page
/// for a browser form.
fn phone_error(app: &AppState, json: bool, error: ApiError) -> Response {
    if json {
        error.into_response()
    } else {
        super::pages::join_error(app, error.status, &error.message)
    }
}

fn device_cookie(device: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{DEVICE_COOKIE}={device}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"
    ))
    .expect("hex is a valid header value")
}

/// `POST /join`: a phone checks in, with an institution or on its own.
pub async fn join(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<JoinForm>,
) -> Response {
    let json = wants_json(&headers);
    let fail = |error: ApiError| phone_error(&app, json, error);
    if !guard::same_origin(&headers, &app.public_url) {
        return fail(ApiError::cross_site());
    }
    let device = match auth::device(&headers) {
        Some(device) => device,
        None if app.join_rate.allow(peer.ip()) => auth::random_hex(16),
        None => {
            return fail(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "a great many phones are checking in from this network right now; \
                 wait ten seconds and try again",
            ));
        }
    };
    let institution = match form.institution.trim() {
        "" => None,
        id => Some(id.to_owned()),
    };
    let result = app
        .hub
        .submit(
            Command::CheckIn {
                device: device.clone(),
                institution,
            },
            None,
            None,
        )
        .await;
    let cookie = [(SET_COOKIE, device_cookie(&device))];
    match result {
        Ok(done) if json => (cookie, outcome(done)).into_response(),
        Ok(_) => (cookie, Redirect::to("/join")).into_response(),
        Err(rejection) => fail(rejection.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct PledgeForm {
    pledge: String,
    /// `yes` or `no`.
    answer: String,
}

/// `POST /join/pledge`: a phone's yes or no to the open pledge.
pub async fn pledge(
    State(app): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<PledgeForm>,
) -> Response {
    let json = wants_json(&headers);
    let fail = |error: ApiError| phone_error(&app, json, error);
    if !guard::same_origin(&headers, &app.public_url) {
        return fail(ApiError::cross_site());
    }
    let Some(device) = auth::device(&headers) else {
        return fail(ApiError::new(
            StatusCode::BAD_REQUEST,
            "check in first: this phone has not checked in yet",
        ));
    };
    let yes = match form.answer.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return fail(ApiError::new(
                StatusCode::BAD_REQUEST,
                "the answer must be `yes` or `no`",
            ));
        }
    };
    let command = Command::Pledge {
        device,
        pledge: form.pledge,
        yes,
    };
    match app.hub.submit(command, None, None).await {
        Ok(done) if json => outcome(done).into_response(),
        Ok(_) => Redirect::to("/join").into_response(),
        Err(rejection) => fail(rejection.into()),
    }
}

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
    let Err(reason) = health else {
        return json_text(body.to_string());
    };
    body["reason"] = json!(reason);
    let mut response = json_text(body.to_string());
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response
}

/// Resident memory of this process, where the system says (Linux).
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn download(content_type: &'static str, name: &str, body: String) -> Response {
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
        body,
    )
        .into_response()
}

/// `GET /export/{name}`: one record file, as a download.
pub async fn export(
    State(app): State<AppState>,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Response {
    let state = app.hub.state();
    match record::export(&name, &state, now_ms()) {
        Some((content_type, body)) => download(content_type, &name, body),
        None => ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "there is no export `{name}`; there are: {}",
                record::EXPORTS.join(", ")
            ),
        )
        .into_response(),
    }
}
