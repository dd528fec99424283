//! Error answers in JSON for clients that ask for JSON.
//!
//! Our own handlers answer errors as `{"ok": false, "error": "..."}`, but
//! axum's extractors (body too large, wrong content type, a body that is not
//! UTF-8 or not a form), the router's 404 and 405 and the plain pages answer
//! in text or HTML. A script that sent `Accept: application/json` should not
//! have to parse those: this layer rewrites them into the same JSON shape,
//! keeping the status and every header (axum adds `Allow` to a 405 after
//! this layer, so it survives too).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::api::ApiError;

/// How much of a rejection's text is read back to quote it.
const DETAIL_LIMIT: usize = 4096;

fn accepts_json(request: &Request) -> bool {
    request
        .headers()
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("application/json"))
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// The middleware: JSON requests get JSON errors, whoever made them.
pub async fn json_errors(request: Request, next: Next) -> Response {
    let wants_json = accepts_json(&request);
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    if !wants_json || !(status.is_client_error() || status.is_server_error()) || is_json(&response)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let detail = match to_bytes(body, DETAIL_LIMIT).await {
        Ok(bytes) if !parts.headers.get(CONTENT_TYPE).is_some_and(is_html) => {
            String::from_utf8_lossy(&bytes).trim().to_owned()
        }
        _ => String::new(),
    };
    let error = message(status, &method, &path, &detail);
    let body = ApiError::new(status, error).body().to_string();
    parts.headers.remove(CONTENT_LENGTH);
    parts
        .headers
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Response::from_parts(parts, Body::from(body))
}

fn is_html(value: &HeaderValue) -> bool {
    value.to_str().is_ok_and(|v| v.starts_with("text/html"))
}

/// What went wrong and what to do, for each status a client can meet.
fn message(status: StatusCode, method: &Method, path: &str, detail: &str) -> String {
    let quoted = if detail.is_empty() {
        String::new()
    } else {
        format!(" ({detail})")
    };
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => match super::routes::body_limit(method, path) {
            limit if limit > crate::protocol::MESSAGE_LIMIT => format!(
                "the request body is larger than {} MiB, more than {path} takes; \
                 send a smaller plan or fewer files at a time",
                limit >> 20
            ),
            limit => format!(
                "the request body is larger than {} KiB; send less: a chair command or a \
                 check-in is a few hundred bytes",
                limit >> 10
            ),
        },
        StatusCode::UNSUPPORTED_MEDIA_TYPE => format!(
            "{path} cannot read this content type{quoted}; send forms as \
             `Content-Type: application/x-www-form-urlencoded` and commands as \
             `Content-Type: application/json`"
        ),
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => format!(
            "the request to {path} could not be read{quoted}; send UTF-8 text: a JSON \
             object for /api/command, a form with the fields docs/api.md lists for /join"
        ),
        StatusCode::NOT_FOUND => format!(
            "there is nothing at {path}; the API is /api/state, /api/plan, /api/command, \
             /export/record.json and the other exports docs/api.md lists"
        ),
        StatusCode::METHOD_NOT_ALLOWED => format!(
            "{path} does not take {method}; the `Allow` header of this answer lists \
             the methods it takes"
        ),
        StatusCode::UNAUTHORIZED => format!(
            "{path} needs the chair key: send `Authorization: Bearer KEY`, with the key \
             from the chair link the server printed when it started"
        ),
        StatusCode::TOO_MANY_REQUESTS => {
            "too many requests from this network right now; wait ten seconds and try again".into()
        }
        _ if status.is_server_error() => format!(
            "the server could not answer{quoted}; try again in a moment, and if it \
             keeps failing, look at the server's terminal"
        ),
        _ => format!(
            "{} {}{quoted}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("error")
        ),
    }
}
