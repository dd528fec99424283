//! JSON API, check-in forms and exports.

use axum::Json;
use std::time::Duration;

use axum::extract::{Form, State};
use axum::http::header::{
    ACCEPT, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, RETRY_AFTER, SET_COOKIE,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;

use super::AppState;
use super::access::{Access, Chair};
use super::auth::{self, DEVICE_COOKIE};
use super::change_rate::{Change, Verdict};
use super::client::ClientAddr;
use super::guard;
use crate::domain::state::{Reason, Why};
use crate::domain::{Command, Refusal};
use crate::hub::{Origin, Outcome, Rejection, now_ms};
use crate::i18n;
use crate::protocol::{self, Turned};
use crate::record;
use crate::view::{self, Role};

/// An error as the API answers it: a status and `{"error": "..."}`, with
/// `"refusal": code, "args": {..}` when a page should say it in its
/// language (a refusal, or an error a phone meets).
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// For conflicts: the latest chair `seq`, to retry against.
    pub latest: Option<u64>,
    /// For refusals that pass: when to try again.
    pub retry_after: Option<Duration>,
    /// More fields for the body, such as the reasons a plan change was refused.
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// Why, as a code with named values, for pages to say in their language.
    pub reason: Option<Box<Reason>>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            latest: None,
            retry_after: None,
            extra: None,
            reason: None,
        }
    }

    /// An error with a code: its English message is the catalogue's.
    pub fn refused(status: StatusCode, reason: Reason) -> ApiError {
        let message = i18n::refusals::reason_text(i18n::english(), &reason);
        ApiError {
            reason: Some(Box::new(reason)),
            ..ApiError::new(status, message)
        }
    }

    pub fn cross_site() -> ApiError {
        ApiError::refused(StatusCode::FORBIDDEN, Turned::WrongAddress.reason())
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this needs the chair key: send `Authorization: Bearer KEY`, with the key from \
             the chair link the server printed when it started",
        )
    }

    /// A wrong key, after too many from this network: refused with when
    /// to try again. (The right key is always let in.)
    pub fn braked(wait: Duration) -> ApiError {
        let seconds = wait.as_secs().max(1);
        ApiError {
            retry_after: Some(wait),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "too many wrong chair keys came from this network, so wrong keys from it \
                     are refused for the next {seconds} s; try again with the chair link \
                     the server printed when it started (the right key is always let in)"
                ),
            )
        }
    }
}

impl From<Rejection> for ApiError {
    fn from(rejection: Rejection) -> ApiError {
        match rejection {
            Rejection::Refused(refusal @ Refusal::Conflict { latest, .. }) => ApiError {
                latest: Some(latest),
                ..ApiError::refused(StatusCode::CONFLICT, refusal.reason())
            },
            Rejection::Refused(refusal @ Refusal::Invalid(_)) => {
                ApiError::refused(StatusCode::BAD_REQUEST, refusal.reason())
            }
            Rejection::Refused(refusal @ Refusal::StalePlan { latest, .. }) => {
                let mut error = ApiError::refused(StatusCode::CONFLICT, refusal.reason());
                error.latest = Some(latest);
                let mut extra = serde_json::Map::new();
                extra.insert("stale".into(), true.into());
                error.extra = Some(extra);
                error
            }
            // The reasons, pinned to the plan sent, are added by the plan route.
            Rejection::Refused(refusal @ Refusal::Locked(_)) => {
                ApiError::refused(StatusCode::CONFLICT, refusal.reason())
            }
            // The hub's own words say what stopped it; pages say it is
            // unavailable in their language.
            Rejection::Unavailable(message) => ApiError {
                reason: Some(Box::new(Turned::Unavailable.reason())),
                ..ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
            },
            Rejection::Unreachable(message) => ApiError {
                reason: Some(Box::new(Turned::Reconnecting.reason())),
                ..ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({ "ok": false, "error": self.message });
        if let Some(latest) = self.latest {
            body["latest"] = latest.into();
        }
        if let Some(reason) = &self.reason {
            body["refusal"] = reason.code.into();
            body["args"] = reason.args().into();
        }
        for (key, value) in self.extra.into_iter().flatten() {
            body[key] = value;
        }
        let mut response = (self.status, Json(body)).into_response();
        if let Some(wait) = self.retry_after {
            let seconds = wait.as_secs_f64().ceil() as u64;
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
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
    let text = serde_json::to_string(&view::plan_view(&app.hub.plan(), Role::Screen))
        .expect("a plan always serializes");
    json_text(text)
}

/// `POST /api/command`: one chair command.
pub async fn command(
    State(app): State<AppState>,
    _chair: Chair,
    body: String,
) -> Result<Json<serde_json::Value>, ApiError> {
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
fn phone_error(app: &AppState, headers: &HeaderMap, json: bool, error: ApiError) -> Response {
    if json {
        error.into_response()
    } else {
        super::pages::join_error(app, headers, &error)
    }
}

/// The signed device cookie (`value`: `ID.MAC`); `Secure` when the public
/// address is https (and the phone came by it), so it never travels in the
/// clear there.
fn device_cookie(app: &AppState, headers: &HeaderMap, value: &str) -> HeaderValue {
    let secure = auth::secure_attribute(&app.public_url, headers);
    HeaderValue::from_str(&format!(
        "{DEVICE_COOKIE}={value}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("hex is a valid header value")
}

/// Submit a phone's change under its per-device limit: refused with 429
/// (nothing written) when it changes too often; sending the same again is
/// always free. `origin` goes with it from a relay to the venue, which
/// checks it; a new phone on a relay (`device` empty) is paced by the join
/// rates, here and at the venue.
pub async fn submit_paced(
    app: &AppState,
    device: &str,
    change: Change<'_>,
    command: Command,
    origin: Origin,
) -> Result<Outcome, ApiError> {
    let verdict = if device.is_empty() {
        Verdict::Again
    } else {
        app.change_rate.take(device, change)
    };
    if verdict == Verdict::Wait {
        return Err(ApiError::refused(
            StatusCode::TOO_MANY_REQUESTS,
            Turned::TooManyChanges.reason(),
        ));
    }
    let result = app.hub.submit_from(command, None, None, origin).await;
    let wrote = matches!(&result, Ok(done) if done.applied);
    if verdict == Verdict::Taken && !wrote {
        app.change_rate.refund(device, change);
    }
    Ok(result?)
}

/// `POST /join`: a phone checks in, with an institution or on its own.
pub async fn join(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<JoinForm>,
) -> Response {
    let json = wants_json(&headers);
    let fail = |error: ApiError| phone_error(&app, &headers, json, error);
    if !guard::same_origin(&headers, &app.public_url) {
        return fail(ApiError::cross_site());
    }
    // A cookie this server did not sign is no phone: it is treated as a new
    // one, under the same limit as every new phone. A relay cannot sign: a
    // new phone's device comes back from the venue (`Outcome::device`).
    let device = match app.devices.of(&headers) {
        Some(device) => device,
        None if app.join_rate.allow(client) => {
            if app.relay {
                String::new()
            } else {
                app.devices.issue().0
            }
        }
        None => {
            return fail(ApiError::refused(
                StatusCode::TOO_MANY_REQUESTS,
                Turned::TooManyPhones.reason(),
            ));
        }
    };
    let institution = match form.institution.trim() {
        "" => None,
        id => Some(id.to_owned()),
    };
    let command = Command::CheckIn {
        device: device.clone(),
        institution: institution.clone(),
    };
    let change = Change::CheckIn(institution.as_deref());
    let origin = Origin {
        cookie: auth::Devices::proof(&headers).filter(|_| !device.is_empty()),
        client: Some(client),
    };
    let result = submit_paced(&app, &device, change, command, origin).await;
    match result {
        Ok(done) => {
            // On a relay the venue signed it; here this server does.
            let value = match &done.device {
                Some(value) => value.clone(),
                None => app.devices.cookie_value(&device),
            };
            let cookie = [(SET_COOKIE, device_cookie(&app, &headers, &value))];
            if json {
                (cookie, outcome(done)).into_response()
            } else {
                (cookie, Redirect::to("/join")).into_response()
            }
        }
        Err(error) => fail(error),
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
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<PledgeForm>,
) -> Response {
    let json = wants_json(&headers);
    let fail = |error: ApiError| phone_error(&app, &headers, json, error);
    if !guard::same_origin(&headers, &app.public_url) {
        return fail(ApiError::cross_site());
    }
    let Some(device) = app.devices.of(&headers) else {
        return fail(ApiError::refused(
            StatusCode::BAD_REQUEST,
            Why::NotCheckedIn.reason(),
        ));
    };
    let yes = match form.answer.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return fail(ApiError::refused(
                StatusCode::BAD_REQUEST,
                Turned::BadAnswer.reason(),
            ));
        }
    };
    let command = Command::Pledge {
        device: device.clone(),
        pledge: form.pledge.clone(),
        yes,
    };
    let change = Change::Pledge(&form.pledge, yes);
    let origin = Origin {
        cookie: auth::Devices::proof(&headers),
        client: Some(client),
    };
    match submit_paced(&app, &device, change, command, origin).await {
        Ok(done) if json => outcome(done).into_response(),
        Ok(_) => Redirect::to("/join").into_response(),
        Err(error) => fail(error),
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
    // With relays: whether NATS has the log, and how far.
    if let Some(relays) = &app.relays {
        body["relays"] = relays.json();
    }
    // On a relay: how its link to the hall stands, in a word or with why
    // it stopped following.
    if app.relay {
        body["link"] = json!(match &health {
            Ok(()) => "linked",
            Err(reason) if reason == crate::hub::CUT_OFF => "reconnecting",
            Err(reason) => reason.as_str(),
        });
    }
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

fn download(content_type: &'static str, name: &str, body: Vec<u8>) -> Response {
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

/// `GET /export/{name}`: one record file, as a download: the full record
/// with the chair key (bearer or chair cookie), the public record without
/// a key; a wrong key is refused (and counted by the key brake).
/// `?lang=cy` makes the spreadsheet in that language (see
/// `record::export_in`); without it (or with a language not shipped) the
/// files are as they always were.
pub async fn export(
    State(app): State<AppState>,
    access: Access,
    axum::extract::Path(name): axum::extract::Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let access = access.record();
    let state = app.hub.state();
    let lang = crate::report::lang_query(query.as_deref());
    match record::export_in(&name, &state, now_ms(), access, lang) {
        Some((content_type, body)) => download(content_type, &name, body),
        None if record::EXPORTS.contains(&name.as_str()) => ApiError::new(
            StatusCode::UNAUTHORIZED,
            format!(
                "`{name}` is part of the full record and needs the chair key: open it from \
                 the chair page, or send `Authorization: Bearer KEY`; the public exports are: {}",
                record::exports(record::Access::Public).join(", ")
            ),
        )
        .into_response(),
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
