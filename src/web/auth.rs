//! The chair key and the device cookie.

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};

pub const CHAIR_COOKIE: &str = "assembly_chair";
pub const DEVICE_COOKIE: &str = "assembly_device";

/// `bytes` random bytes from the operating system, as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the operating system provides randomness");
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compare without an early exit, so timing does not reveal how much matched.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = a.len() ^ b.len();
    for (i, &x) in a.iter().enumerate() {
        diff |= usize::from(x ^ b.get(i % b.len().max(1)).copied().unwrap_or(0));
    }
    diff == 0
}

/// A cookie's value from the request, if sent.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether the request carries the chair key: as a bearer token, the chair
/// cookie, or `?key=` in the address.
pub fn is_chair(headers: &HeaderMap, query_key: Option<&str>, key: &str) -> bool {
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    [bearer, cookie(headers, CHAIR_COOKIE), query_key]
        .into_iter()
        .flatten()
        .any(|given| same(given, key))
}

/// The phone's device id from its cookie, if it is one we could have issued.
pub fn device(headers: &HeaderMap) -> Option<String> {
    cookie(headers, DEVICE_COOKIE)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_keys() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "abc"));
        assert!(!same("abc", ""));
    }

    #[test]
    fn reads_cookies_and_bearer() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "x=1; assembly_chair=k3y".parse().unwrap());
        assert_eq!(cookie(&headers, "x"), Some("1"));
        assert!(is_chair(&headers, None, "k3y"));
        assert!(!is_chair(&headers, None, "other"));
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, "Bearer k3y".parse().unwrap());
        assert!(is_chair(&headers, None, "k3y"));
        assert!(is_chair(&HeaderMap::new(), Some("k3y"), "k3y"));
        assert!(!is_chair(&HeaderMap::new(), None, "k3y"));
    }

    #[test]
    fn random_keys_differ() {
        let a = random_hex(16);
        assert_eq!(a.len(), 32);
        assert_ne!(a, random_hex(16));
    }
}
