//! What the public's request bodies may hold of the server while they
//! arrive. Each is at most `MESSAGE_LIMIT` (every public route's limit),
//! and together they share one budget; per client network only so many
//! may be in flight at once. A hall of phones shares one NAT address, but
//! a check-in's body is a few bytes and arrives at once, so the cap is on
//! bodies being read, never on sockets or plain requests.
//!
//! The chair's bodies (its key or session on the request) are not counted
//! here: the chair's routes read them only after `access::Chair` let the
//! request in, up to each route's own limit (see `routes`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use super::AppState;
use super::access::query_key_of;
use super::api::ApiError;
use super::auth;
use super::client::{ClientAddr, network};
use crate::protocol::MESSAGE_LIMIT;

/// Bytes the public's bodies in flight may hold together.
pub const PUBLIC_BYTES: usize = 32 * 1024 * 1024;
/// Bodies one client network may be sending at once.
pub const PER_NETWORK: u32 = 64;

/// The shared budget and the count per network.
pub struct Budget {
    total: usize,
    left: AtomicUsize,
    per_network: u32,
    reading: Mutex<HashMap<IpAddr, u32>>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(PUBLIC_BYTES, PER_NETWORK)
    }
}

/// Why a body was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    /// The public's bodies together hold the whole budget.
    Server,
    /// This network is sending as many bodies as it may.
    Network,
}

/// A body's share of the budget, given back when it is dropped (once read,
/// or when the request is).
pub struct Permit {
    budget: Arc<Budget>,
    bytes: usize,
    network: IpAddr,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.budget.left.fetch_add(self.bytes, Ordering::Relaxed);
        let mut reading = self.budget.reading();
        if let Some(count) = reading.get_mut(&self.network) {
            *count -= 1;
            if *count == 0 {
                reading.remove(&self.network);
            }
        }
    }
}

impl Budget {
    pub fn new(total: usize, per_network: u32) -> Budget {
        Budget {
            total,
            left: AtomicUsize::new(total),
            per_network,
            reading: Mutex::default(),
        }
    }

    fn reading(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, u32>> {
        self.reading.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Take `bytes` for a body from `client`, or say why not.
    pub fn take(self: &Arc<Self>, client: IpAddr, bytes: usize) -> Result<Permit, Full> {
        let network = network(client);
        {
            let mut reading = self.reading();
            let count = reading.entry(network).or_insert(0);
            if *count >= self.per_network {
                return Err(Full::Network);
            }
            *count += 1;
        }
        let taken = self
            .left
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(bytes)
            });
        let permit = Permit {
            budget: self.clone(),
            bytes,
            network,
        };
        if taken.is_err() {
            // Give the count back, but not bytes never taken.
            let mut permit = permit;
            permit.bytes = 0;
            drop(permit);
            return Err(Full::Server);
        }
        Ok(permit)
    }

    /// Bytes the public's bodies hold now.
    pub fn held(&self) -> usize {
        self.total - self.left.load(Ordering::Relaxed)
    }
}

/// Whether the request has a body to read at all.
fn declared(request: &Request) -> Option<usize> {
    let headers = request.headers();
    if headers.contains_key(TRANSFER_ENCODING) {
        return Some(MESSAGE_LIMIT);
    }
    let length = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok())?;
    (length > 0).then_some(length)
}

/// Middleware: a public request with a body takes its share of the budget
/// before anything reads it, and gives it back when the body is dropped;
/// with none left, 503 at once.
pub async fn admit(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    request: Request,
    next: Next,
) -> Response {
    let Some(length) = declared(&request) else {
        return next.run(request).await;
    };
    let key = query_key_of(request.uri());
    if auth::is_chair(request.headers(), key.as_deref(), &app.chair_key) {
        return next.run(request).await;
    }
    // A public route reads at most MESSAGE_LIMIT; a chair route refuses a
    // stranger before reading anything.
    let permit = match app.bodies.take(client, length.min(MESSAGE_LIMIT)) {
        Ok(permit) => permit,
        Err(full) => return busy(full),
    };
    let (parts, body) = request.into_parts();
    let held = body.into_data_stream().map(move |chunk| {
        let _ = &permit;
        chunk
    });
    next.run(Request::from_parts(parts, Body::from_stream(held)))
        .await
}

fn busy(full: Full) -> Response {
    let message = match full {
        Full::Server => {
            "the server is reading as many requests as it can hold right now; \
             try again in a few seconds"
        }
        Full::Network => {
            "too many requests from this network are still being sent; \
             let them finish, then try again in a few seconds"
        }
    };
    let mut error = ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message);
    error.retry_after = Some(std::time::Duration::from_secs(5));
    error.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_share_one_budget_and_a_network_its_count() {
        let budget = Arc::new(Budget::new(100, 3));
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let first = budget.take(a, 40).unwrap();
        let _second = budget.take(a, 40).unwrap();
        assert_eq!(budget.take(b, 40).err(), Some(Full::Server));
        assert_eq!(budget.held(), 80, "a refused body holds nothing");
        let _third = budget.take(a, 10).unwrap();
        assert_eq!(budget.take(a, 1).err(), Some(Full::Network));
        drop(first);
        assert_eq!(budget.held(), 50);
        let _fourth = budget.take(b, 40).unwrap();
        // IPv6 counts per /64.
        let v6 = |s: &str| s.parse::<IpAddr>().unwrap();
        let budget = Arc::new(Budget::new(100, 1));
        let _one = budget.take(v6("2001:db8::1"), 1).unwrap();
        assert_eq!(budget.take(v6("2001:db8::2"), 1).err(), Some(Full::Network));
        assert!(budget.take(v6("2001:db8:0:1::1"), 1).is_ok());
    }
}
