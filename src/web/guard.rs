//! Protections for a public room: security headers, same-origin checks for
//! anything cookie-authenticated, a brake on guessing the chair key, and a
//! venue-sized rate for new devices per network address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// Only this server's own scripts, styles and sockets; no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
                   img-src 'self' data:; connect-src 'self'; font-src 'self'; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; \
                   frame-ancestors 'none'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The chair link carries its key; never leak addresses to anyone.
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Whether a request comes from one of our own pages (or from no page at
/// all, as `curl` and the rehearsal tool do). Browsers send `Origin` on
/// websocket upgrades and cross-site POSTs, and `Sec-Fetch-Site` on most.
pub fn same_origin(headers: &HeaderMap, public_url: &str) -> bool {
    // Browsers that send Sec-Fetch-Site say it plainly. (With our
    // no-referrer policy, a same-origin form post carries `Origin: null`.)
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin") => return true,
        Some("none") | None => {}
        Some(_) => return false,
    }
    let Some(origin) = headers.get(ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let origin = origin.trim_end_matches('/');
    if origin.eq_ignore_ascii_case(public_url.trim_end_matches('/')) {
        return true;
    }
    let host = headers.get(HOST).and_then(|v| v.to_str().ok());
    let (_, authority) = origin.split_once("://").unwrap_or(("", origin));
    host.is_some_and(|host| authority.eq_ignore_ascii_case(host))
}

/// Per-address counters that forget old entries.
struct Counters<T> {
    map: Mutex<HashMap<IpAddr, T>>,
}

impl<T> Default for Counters<T> {
    fn default() -> Self {
        Counters {
            map: Mutex::new(HashMap::new()),
        }
    }
}

impl<T> Counters<T> {
    fn with<R>(&self, ip: IpAddr, fresh: impl FnOnce() -> T, f: impl FnOnce(&mut T) -> R) -> R {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            map.clear();
        }
        f(map.entry(ip).or_insert_with(fresh))
    }
}

/// Wrong chair keys from one address: after a few, each answer waits.
#[derive(Default)]
pub struct KeyBrake {
    failures: Counters<(u32, Instant)>,
}

/// Wrong keys allowed per address before answers slow down.
const FREE_FAILURES: u32 = 5;
/// Failures are forgotten after this long.
const FAILURE_WINDOW: Duration = Duration::from_secs(300);

impl KeyBrake {
    /// Record a wrong key and say how long to hold the answer back.
    pub fn failed(&self, ip: IpAddr) -> Duration {
        let now = Instant::now();
        self.failures.with(
            ip,
            || (0, now),
            |(count, since)| {
                if now.duration_since(*since) > FAILURE_WINDOW {
                    *count = 0;
                    *since = now;
                }
                *count += 1;
                let over = count.saturating_sub(FREE_FAILURES);
                Duration::from_millis(u64::from(over.min(10)) * 500)
            },
        )
    }
}

/// New devices per address: a token bucket of `rate` per second with a
/// burst of `burst`. A hall shares one NAT address, so the default is
/// generous; a script minting thousands of ids a second is not.
pub struct JoinRate {
    rate: f64,
    burst: f64,
    buckets: Counters<(f64, Instant)>,
}

impl JoinRate {
    /// `rate` 0 lifts the limit.
    pub fn new(rate: u32) -> JoinRate {
        JoinRate {
            rate: f64::from(rate),
            burst: f64::from(rate.saturating_mul(10).max(100)),
            buckets: Counters::default(),
        }
    }

    /// Take one new-device token; false when the address must wait.
    pub fn allow(&self, ip: IpAddr) -> bool {
        if self.rate == 0.0 {
            return true;
        }
        let now = Instant::now();
        let (rate, burst) = (self.rate, self.burst);
        self.buckets.with(
            ip,
            || (burst, now),
            |(tokens, last)| {
                *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * rate).min(burst);
                *last = now;
                if *tokens >= 1.0 {
                    *tokens -= 1.0;
                    true
                } else {
                    false
                }
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn origin_must_be_ours() {
        let url = "http://192.168.1.5:8080";
        assert!(same_origin(&headers(&[]), url));
        assert!(same_origin(
            &headers(&[("origin", "http://192.168.1.5:8080")]),
            url
        ));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://localhost:8080"),
                ("host", "localhost:8080")
            ]),
            url
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "localhost:8080")
            ]),
            url
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            url
        ));
        assert!(same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            url
        ));
    }

    #[test]
    fn wrong_keys_slow_down_after_a_few() {
        let brake = KeyBrake::default();
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        for _ in 0..FREE_FAILURES {
            assert_eq!(brake.failed(ip), Duration::ZERO);
        }
        assert!(brake.failed(ip) > Duration::ZERO);
        assert_eq!(brake.failed("10.0.0.2".parse().unwrap()), Duration::ZERO);
    }

    #[test]
    fn join_rate_allows_a_burst_then_throttles() {
        let rate = JoinRate::new(20);
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let allowed = (0..1000).filter(|_| rate.allow(ip)).count();
        assert!((200..=205).contains(&allowed), "{allowed}");
        assert!(rate.allow("10.0.0.2".parse().unwrap()));
        let open = JoinRate::new(0);
        assert!((0..10_000).all(|_| open.allow(ip)));
    }
}
