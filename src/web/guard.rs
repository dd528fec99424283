//! Protections for a public room: security headers, same-origin checks for
//! anything cookie-authenticated, a brake on guessing the chair key, and a
//! venue-sized rate for new devices per client network (see `client` for
//! how the client's address is found behind a proxy).

use std::net::IpAddr;
use std::time::Duration;

use axum::extract::Request;
use axum::http::header::{
    AUTHORIZATION, CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use governor::clock::{Clock, MonotonicClock};

use super::client::network;
use super::limit::{self, Limiter, Verdict};

/// Only this server's own scripts, styles and sockets; no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
                   img-src 'self' data:; connect-src 'self'; font-src 'self'; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; \
                   frame-ancestors 'none'";

/// On every answer but a socket's `101`, which no browser renders, frames
/// or sniffs: a connecting hall is spared 330 bytes a phone.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if response.status() == axum::http::StatusCode::SWITCHING_PROTOCOLS {
        return response;
    }
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

/// Wrong chair keys counted per client network, across every connection
/// and every route that takes a key (bearer or `?key=`). The right key is
/// compared first, in constant time, and admitted from any network, braked
/// or not: the chair on a hall network where someone is guessing is never
/// refused or slowed. Past the threshold, wrong keys from that network get
/// 429 with `Retry-After` instead of 401.
///
/// A braked network's answers still tell a right guess (admitted) from a
/// wrong one (429), so the brake only slows guessing down; what makes it
/// futile is the key's strength: 128 random bits when generated, and at
/// least `server::KEY_MIN` characters when the organiser sets one.
pub struct KeyBrake<C: Clock = MonotonicClock> {
    failures: Limiter<IpAddr, C>,
}

/// Wrong keys a network may send at once; after them, one more each
/// `FAILURE_WINDOW / KEY_ATTEMPTS` (10 per 5 minutes).
pub const KEY_ATTEMPTS: u32 = 10;
/// The whole allowance of wrong keys is back this long after the last.
pub const FAILURE_WINDOW: Duration = Duration::from_secs(300);

/// What the brake says about a request that needs the chair key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// The right key.
    Open,
    /// No key, or a wrong one.
    Refused,
    /// A wrong key, after too many from this network: try again after this long.
    Braked(Duration),
}

impl Default for KeyBrake {
    fn default() -> Self {
        KeyBrake::with_clock(MonotonicClock)
    }
}

impl<C: Clock> KeyBrake<C> {
    fn with_clock(clock: C) -> KeyBrake<C> {
        KeyBrake {
            failures: Limiter::with_clock(
                KEY_ATTEMPTS,
                FAILURE_WINDOW / KEY_ATTEMPTS,
                OVERFLOW,
                limit::CAPACITY,
                clock,
            ),
        }
    }

    /// Judge a request from `client`. `presented` says whether it carries a
    /// key at all; `right` compares it (in constant time). The right key is
    /// admitted first, whatever the network's count, and never counted. A
    /// request without a key is neither counted nor braked.
    pub fn check(&self, client: IpAddr, presented: bool, right: impl FnOnce() -> bool) -> Gate {
        if right() {
            return Gate::Open;
        }
        if !presented {
            return Gate::Refused;
        }
        // Judge-and-count is one atomic step in the limiter, so a thousand
        // guesses sent at once are all counted.
        match self.failures.check(&network(client)) {
            Verdict::Allowed { left: 0 } => {
                // The organiser should know: the right key still gets in,
                // but someone on that network is guessing.
                tracing::warn!(
                    network = %network(client),
                    "{KEY_ATTEMPTS} wrong chair keys from one network; its further wrong keys \
                     get 429 (one more is let through every {} s)",
                    (FAILURE_WINDOW / KEY_ATTEMPTS).as_secs()
                );
                Gate::Refused
            }
            Verdict::Allowed { .. } => Gate::Refused,
            // Retry-After is in whole seconds: never say 0.
            Verdict::Wait(wait) => Gate::Braked(wait.max(Duration::from_secs(1))),
        }
    }
}

/// Whether a request offers the chair key itself (a bearer token or
/// `?key=`), as opposed to arriving without one. The chair cookie is not
/// counted: it holds a 256-bit MAC no one can guess, so checking it never
/// helps a guesser, and the chair's tablet on a hall network where someone
/// is guessing keys is never locked out.
pub fn presents_key(headers: &HeaderMap, query_key: Option<&str>) -> bool {
    query_key.is_some() || headers.contains_key(AUTHORIZATION)
}

/// New devices per network: a burst of ten seconds' worth (at least 100),
/// then `rate` per second. A hall shares one NAT address, so the default
/// is generous; a script minting thousands of ids a second is not.
pub struct JoinRate<C: Clock = MonotonicClock> {
    /// None when the limit is lifted.
    devices: Option<Limiter<IpAddr, C>>,
}

impl JoinRate {
    /// `rate` 0 lifts the limit.
    pub fn new(rate: u32) -> JoinRate {
        JoinRate::with_clock(rate, MonotonicClock)
    }
}

impl<C: Clock> JoinRate<C> {
    /// The same, on `clock` (tests pass governor's fake one).
    pub fn with_clock(rate: u32, clock: C) -> JoinRate<C> {
        let devices = (rate > 0).then(|| {
            let burst = rate.saturating_mul(10).max(100);
            let every = Duration::from_secs(1) / rate;
            Limiter::with_clock(burst, every, OVERFLOW, limit::CAPACITY, clock)
        });
        JoinRate { devices }
    }

    /// Take one new-device allowance; false when the network must wait.
    pub fn allow(&self, client: IpAddr) -> bool {
        self.devices.as_ref().is_none_or(|devices| {
            matches!(devices.check(&network(client)), Verdict::Allowed { .. })
        })
    }
}

/// Where newcomers count together when the tables are full.
const OVERFLOW: IpAddr = IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED);

#[cfg(test)]
mod tests {
    use governor::clock::FakeRelativeClock;

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
    fn wrong_keys_are_braked_after_the_threshold_and_the_right_key_always_gets_in() {
        let clock = FakeRelativeClock::default();
        let brake = KeyBrake::with_clock(clock.clone());
        let guesser: IpAddr = "10.0.0.1".parse().unwrap();
        let chair: IpAddr = "10.0.0.2".parse().unwrap();
        // The right key, however often, counts for nothing.
        for _ in 0..50 {
            assert_eq!(brake.check(guesser, true, || true), Gate::Open);
        }
        // Arriving without a key is a plain refusal, never counted.
        for _ in 0..50 {
            assert_eq!(brake.check(guesser, false, || false), Gate::Refused);
        }
        for _ in 0..KEY_ATTEMPTS {
            assert_eq!(brake.check(guesser, true, || false), Gate::Refused);
        }
        let every = FAILURE_WINDOW / KEY_ATTEMPTS;
        clock.advance(Duration::from_secs(10));
        let gate = brake.check(guesser, true, || false);
        assert_eq!(gate, Gate::Braked(every - Duration::from_secs(10)));
        // The right key from the braked network is admitted, at once.
        assert_eq!(brake.check(guesser, true, || true), Gate::Open);
        // Arriving without a key from there is still a plain refusal.
        assert_eq!(brake.check(guesser, false, || false), Gate::Refused);
        // Another network is not affected; the same /64 is.
        assert_eq!(brake.check(chair, true, || false), Gate::Refused);
        let v6 = |s: &str| s.parse::<IpAddr>().unwrap();
        for _ in 0..KEY_ATTEMPTS {
            brake.check(v6("2001:db8::1"), true, || false);
        }
        assert!(matches!(
            brake.check(v6("2001:db8::ffff"), true, || false),
            Gate::Braked(_)
        ));
        assert_eq!(brake.check(v6("2001:db8::ffff"), true, || true), Gate::Open);
        assert_eq!(
            brake.check(v6("2001:db8:0:1::1"), true, || false),
            Gate::Refused
        );
        // Then one more wrong key each 30 s: 10 in 5 minutes.
        clock.advance(every - Duration::from_secs(10));
        assert_eq!(brake.check(guesser, true, || false), Gate::Refused);
        assert!(matches!(
            brake.check(guesser, true, || false),
            Gate::Braked(_)
        ));
        // Five quiet minutes on, the network may try again in full.
        clock.advance(FAILURE_WINDOW);
        assert_eq!(brake.check(guesser, true, || true), Gate::Open);
        for _ in 0..KEY_ATTEMPTS {
            assert_eq!(brake.check(guesser, true, || false), Gate::Refused);
        }
        assert!(matches!(
            brake.check(guesser, true, || false),
            Gate::Braked(_)
        ));
    }

    #[test]
    fn presenting_a_key_is_told_from_arriving_without_one() {
        assert!(!presents_key(&headers(&[]), None));
        assert!(!presents_key(
            &headers(&[("cookie", "assembly_device=ab")]),
            None
        ));
        assert!(presents_key(&headers(&[]), Some("")));
        assert!(presents_key(
            &headers(&[("authorization", "Bearer x")]),
            None
        ));
        assert!(!presents_key(
            &headers(&[("cookie", "a=1; assembly_chair=x")]),
            None
        ));
    }

    #[test]
    fn join_rate_allows_a_burst_then_throttles() {
        let clock = FakeRelativeClock::default();
        let rate = JoinRate::with_clock(20, clock.clone());
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let allowed = (0..1000).filter(|_| rate.allow(ip)).count();
        assert_eq!(allowed, 200);
        assert!(rate.allow("10.0.0.2".parse().unwrap()));
        // One more a twentieth of a second later.
        clock.advance(Duration::from_millis(50));
        assert!(rate.allow(ip));
        assert!(!rate.allow(ip));
        // IPv6 counts per /64.
        let v6 = |i: u32| format!("2001:db8:5::{i:x}").parse::<IpAddr>().unwrap();
        assert_eq!((0..1000).filter(|&i| rate.allow(v6(i))).count(), 200);
        let open = JoinRate::new(0);
        assert!((0..10_000).all(|_| open.allow(ip)));
    }

    #[test]
    fn a_used_up_limit_survives_a_flood_of_other_addresses() {
        // Before, passing 100,000 addresses cleared the table: every limit
        // an attacker had used up began afresh.
        let clock = FakeRelativeClock::default();
        let rate = JoinRate::with_clock(1, clock.clone());
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        while rate.allow(ip) {}
        for i in 0..120_000u32 {
            rate.allow(IpAddr::V4(std::net::Ipv4Addr::from(0x0b00_0000 + i)));
        }
        assert!(!rate.allow(ip), "the used-up limit still holds");
        let held = rate.devices.as_ref().unwrap().len();
        assert!(held <= limit::CAPACITY + 1, "{held}");
        // Idle addresses are back at their fresh state, so forgetting them
        // changes nothing.
        clock.advance(Duration::from_secs(100));
        assert!(rate.allow(ip));
        assert!(rate.devices.as_ref().unwrap().len() <= 2);
    }
}
