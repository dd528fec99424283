//! The one error of the JSON API: a status and `{"ok": false, "error":
//! "..."}`, with a code and its values where a page says it in its own
//! language. Every handler here, the access extractors and the socket's
//! handshake answer with it.

use std::time::Duration;

use axum::Json;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::domain::Refusal;
use crate::domain::state::Reason;
use crate::hub::Rejection;
use crate::i18n;
use crate::protocol::Turned;

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

impl ApiError {
    /// The body every error of the API answers with: `{"ok": false,
    /// "error": "..."}` and what else this one says. The only place that
    /// shape is written (`errors` rewrites other errors into it too).
    pub fn body(&self) -> serde_json::Value {
        let mut body = json!({ "ok": false, "error": self.message });
        if let Some(latest) = self.latest {
            body["latest"] = latest.into();
        }
        if let Some(reason) = &self.reason {
            body["refusal"] = reason.code.into();
            body["args"] = reason.args().into();
        }
        for (key, value) in self.extra.iter().flatten() {
            body[key] = value.clone();
        }
        body
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = self.body();
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
