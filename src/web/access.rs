//! Who is asking, as a type the handler takes: [`Chair`] for the chair's
//! routes, [`Access`] for the routes that serve the chair and the public
//! alike (`/report`, `/export/{name}`, `/ws`).
//!
//! Both are `FromRequestParts` extractors, and axum runs those before the
//! one extractor that reads the body: a handler taking `(Chair, Json<..>)`
//! never reads a stranger's body, whatever its `Content-Length` says. The
//! chair's pages (a key in the link becomes a session cookie) have their
//! own extractor beside them, `pages::ChairPage`, on the same judgement.

use std::net::IpAddr;

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, Uri};

use super::AppState;
use super::api::ApiError;
use super::auth;
use super::client::ClientAddr;
use super::guard::{self, Gate};

/// Proof that the request carries the chair key (bearer or `?key=`) or
/// the chair's session cookie, and, for a change (any method but GET, HEAD
/// and OPTIONS), came from our own pages. The origin is checked for every
/// change, not only cookie-authenticated ones: a page on another site can
/// send no bearer header without a preflight we never answer, so nothing
/// legitimate is turned away. Only this module makes one.
#[derive(Debug, Clone, Copy)]
pub struct Chair(());

/// Which public a request belongs to, on a route that serves both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No key: the public view.
    Public,
    /// The chair key or session: the full record.
    Chair,
}

/// Whether the request came with a key, and what the brake said about it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Judged {
    pub presented: bool,
    pub gate: Gate,
}

#[derive(serde::Deserialize)]
struct KeyQuery {
    key: Option<String>,
}

/// `?key=` from the address, if any (an address that cannot be read has none).
pub(super) fn query_key(parts: &Parts) -> Option<String> {
    query_key_of(&parts.uri)
}

pub(super) fn query_key_of(uri: &Uri) -> Option<String> {
    Query::<KeyQuery>::try_from_uri(uri)
        .ok()
        .and_then(|q| q.0.key)
}

/// Judge the key a request presents (bearer, `?key=`) or its session
/// cookie, under the key brake. The right key is compared first and
/// always admitted; a wrong one is counted against the client's network.
pub(super) fn judge(
    app: &AppState,
    client: IpAddr,
    headers: &HeaderMap,
    query_key: Option<&str>,
) -> Judged {
    let presented = guard::presents_key(headers, query_key);
    let right = || auth::is_chair(headers, query_key, &app.chair_key);
    let gate = app.key_brake.check(client, presented, right);
    Judged { presented, gate }
}

/// A change (anything but GET, HEAD, OPTIONS) from a page on another site
/// must not ride on this browser's chair cookie.
pub(super) fn cross_site(parts: &Parts, app: &AppState) -> bool {
    let safe = [Method::GET, Method::HEAD, Method::OPTIONS];
    !safe.contains(&parts.method) && !guard::same_origin(&parts.headers, &app.public_url)
}

async fn client_of(parts: &mut Parts, app: &AppState) -> IpAddr {
    match ClientAddr::from_request_parts(parts, app).await {
        Ok(ClientAddr(client)) => client,
        Err(never) => match never {},
    }
}

impl FromRequestParts<AppState> for Chair {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, ApiError> {
        if cross_site(parts, app) {
            return Err(ApiError::cross_site());
        }
        let client = client_of(parts, app).await;
        let key = query_key(parts);
        match judge(app, client, &parts.headers, key.as_deref()).gate {
            Gate::Open => Ok(Chair(())),
            // A wrong key reads exactly like a missing one here: this route
            // has nothing for the public either way.
            Gate::Refused => Err(ApiError::unauthorized()),
            Gate::Braked(wait) => Err(ApiError::braked(wait)),
        }
    }
}

impl FromRequestParts<AppState> for Access {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, ApiError> {
        let client = client_of(parts, app).await;
        let key = query_key(parts);
        let judged = judge(app, client, &parts.headers, key.as_deref());
        match judged.gate {
            Gate::Open => Ok(Access::Chair),
            // A wrong key is refused, not quietly served the public view:
            // otherwise guesses here would go uncounted, and the answer
            // would still tell a right guess from a wrong one.
            Gate::Refused if judged.presented => Err(wrong_key()),
            Gate::Refused => Ok(Access::Public),
            Gate::Braked(wait) => Err(ApiError::braked(wait)),
        }
    }
}

impl Access {
    /// What the record shows this reader.
    pub fn record(self) -> crate::record::Access {
        match self {
            Access::Public => crate::record::Access::Public,
            Access::Chair => crate::record::Access::Chair,
        }
    }
}

fn wrong_key() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "wrong chair key: use the key from the chair link the server printed when it \
         started, or send no key at all for what the public may see",
    )
}
