//! A phone's forms: `POST /join` (check in) and `POST /join/pledge`, each
//! answered as JSON to a script and as a page to a browser form, and the
//! per-device pacing the socket's changes go through too.

use axum::extract::{Form, State};
use axum::http::header::{ACCEPT, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{ApiError, outcome};
use crate::domain::Command;
use crate::domain::state::Why;
use crate::hub::{Origin, Outcome};
use crate::protocol::Turned;
use crate::web::AppState;
use crate::web::auth::{self, DEVICE_COOKIE};
use crate::web::change_rate::{Change, Verdict};
use crate::web::client::ClientAddr;
use crate::web::guard;

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
        crate::web::pages::join_error(app, headers, &error)
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
