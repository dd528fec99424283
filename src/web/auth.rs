//! Who is asking: the chair (its key, or the session cookie derived from
//! it) and a phone (a device id this server issued and signed).
//!
//! Both cookies carry a MAC, never a secret: a device cookie is `ID.MAC`
//! with the MAC keyed by a secret kept in the data dir, so a script cannot
//! invent phones; the chair cookie is a MAC of the key, so the key itself
//! never sits in a browser and changing it revokes every old cookie.

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const CHAIR_COOKIE: &str = "assembly_chair";
pub const DEVICE_COOKIE: &str = "assembly_device";

type HmacSha256 = Hmac<Sha256>;

/// Random bytes in a device id: 128 bits, unguessable and unique.
const DEVICE_BYTES: usize = 16;

/// `bytes` random bytes from the operating system, as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    random_fill(&mut buffer);
    hex(&buffer)
}

/// Fill `out` with random bytes from the operating system. Each thread
/// draws them a page at a time and hands each byte out once: a relay asks
/// for two fresh values per forwarded change, and one system call per
/// value was a tenth of its work.
fn random_fill(out: &mut [u8]) {
    /// Bytes drawn per system call.
    const POOL: usize = 4096;
    struct Pool {
        bytes: Box<[u8; POOL]>,
        /// How many at the start are handed out (and wiped).
        used: usize,
    }
    thread_local! {
        static POOLED: std::cell::RefCell<Pool> = std::cell::RefCell::new(Pool {
            bytes: Box::new([0; POOL]),
            used: POOL,
        });
    }
    if out.len() > POOL / 4 {
        getrandom::fill(out).expect("the operating system provides randomness");
        return;
    }
    POOLED.with_borrow_mut(|pool| {
        if POOL - pool.used < out.len() {
            getrandom::fill(&mut pool.bytes[..]).expect("the operating system provides randomness");
            pool.used = 0;
        }
        let taken = &mut pool.bytes[pool.used..pool.used + out.len()];
        out.copy_from_slice(taken);
        // What was handed out is not kept.
        taken.fill(0);
        pool.used += out.len();
    });
}

/// Lowercase hex, two chars a byte.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    text
}

/// Lowercase or uppercase hex to bytes; `None` for anything else.
pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let text = text.as_bytes();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.chunks_exact(2)
        .map(|pair| Some(nibble(pair[0])? << 4 | nibble(pair[1])?))
        .collect()
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

/// `; Secure` for cookies when the public address is https, so they never
/// travel in the clear there; nothing on plain http, where they could not
/// be set at all with it.
pub fn secure_attribute(public_url: &str, headers: &axum::http::HeaderMap) -> &'static str {
    let Some(rest) = public_url.strip_prefix("https://") else {
        return "";
    };
    // A request that came in by another address (the chair's tablet on
    // the venue's network, while the public address names the relays) is
    // plain http: a Secure cookie would never be kept there.
    let public = rest.split('/').next().unwrap_or(rest);
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|v| v.to_str().ok());
    match host {
        Some(host) if !host.eq_ignore_ascii_case(public) => "",
        _ => "; Secure",
    }
}

/// What the chair cookie holds for a key: a MAC of it, so the cookie proves
/// the key was shown without being the key, and dies with it.
pub fn chair_session(key: &str) -> String {
    let mac = HmacSha256::new_from_slice(key.as_bytes())
        .expect("HMAC takes a key of any length")
        .chain_update(b"chair-session");
    hex(&mac.finalize().into_bytes())
}

/// The answer to a page opened with the right key in its link (`?key=`):
/// the key becomes the chair's session cookie and the page opens again at
/// the same path, so the address bar loses the key. Used by the chair's
/// pages and the desk alike (the home's key is every assembly's).
pub fn into_session(
    key: &str,
    public_url: &str,
    parts: &axum::http::request::Parts,
) -> Option<axum::response::Response> {
    use axum::response::IntoResponse;
    let session = chair_session(key);
    let secure = secure_attribute(public_url, &parts.headers);
    let cookie = axum::http::HeaderValue::from_str(&format!(
        "{CHAIR_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400{secure}"
    ))
    .ok()?;
    let here = parts.uri.path();
    Some(
        (
            [(axum::http::header::SET_COOKIE, cookie)],
            axum::response::Redirect::to(here),
        )
            .into_response(),
    )
}

/// Whether the request carries the chair key: as a bearer token or `?key=`
/// in the address (the key itself), or the chair cookie (its session MAC).
pub fn is_chair(headers: &HeaderMap, query_key: Option<&str>, key: &str) -> bool {
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let by_key = [bearer, query_key]
        .into_iter()
        .flatten()
        .any(|given| same(given, key));
    by_key || cookie(headers, CHAIR_COOKIE).is_some_and(|given| same(given, &chair_session(key)))
}

/// Issues device ids and checks the ones phones bring back. A relay holds
/// no secret (`Devices::relay`): it reads the id of a well-formed cookie
/// for display and hands the cookie to the venue, which checks every write.
#[derive(Clone)]
pub struct Devices {
    /// Keyed once; each use works on a copy. `None` on a relay.
    mac: Option<HmacSha256>,
}

impl Devices {
    /// `secret`: the server's device secret from the data dir, so cookies
    /// stay valid across restarts.
    pub fn new(secret: &[u8]) -> Devices {
        Devices {
            mac: Some(HmacSha256::new_from_slice(secret).expect("HMAC takes a key of any length")),
        }
    }

    /// A relay's: it cannot sign nor check; the venue does both.
    pub fn relay() -> Devices {
        Devices { mac: None }
    }

    fn tag(&self, id: &str) -> Option<HmacSha256> {
        Some(self.mac.clone()?.chain_update(id.as_bytes()))
    }

    /// A new device: its id, for events, and the cookie value that proves it.
    pub fn issue(&self) -> (String, String) {
        let id = random_hex(DEVICE_BYTES);
        let cookie = self.cookie_value(&id);
        (id, cookie)
    }

    /// The device issued for a relay's request `seed`: the same seed (a
    /// retry) gets the same device, so a retried new phone counts once.
    pub fn issue_for(&self, seed: &str) -> (String, String) {
        let mac = self
            .tag(&format!("issued-for:{seed}"))
            .expect("only the venue issues devices");
        let id = hex(&mac.finalize().into_bytes()[..DEVICE_BYTES]);
        let cookie = self.cookie_value(&id);
        (id, cookie)
    }

    /// The cookie value for an id this server issued: `ID.MAC`.
    pub fn cookie_value(&self, id: &str) -> String {
        let mac = self.tag(id).expect("only the venue signs devices");
        format!("{id}.{}", hex(&mac.finalize().into_bytes()))
    }

    /// The device id in a cookie value, if this server signed it. The MAC
    /// is checked in constant time. On a relay: the id of a well-formed
    /// value, for display only (the venue checks every change).
    pub fn verify(&self, value: &str) -> Option<String> {
        let (id, mac) = well_formed(value)?;
        if let Some(tag) = self.tag(id) {
            tag.verify_slice(&mac).ok()?;
        }
        Some(id.to_owned())
    }

    /// The phone's device id from its cookie; `None` when it has none, or
    /// one this server did not issue.
    pub fn of(&self, headers: &HeaderMap) -> Option<String> {
        self.verify(cookie(headers, DEVICE_COOKIE)?)
    }

    /// The phone's cookie value as it sent it, if well formed: what a
    /// relay forwards for the venue to check.
    pub fn proof(headers: &HeaderMap) -> Option<String> {
        let value = cookie(headers, DEVICE_COOKIE)?;
        well_formed(value)?;
        Some(value.to_owned())
    }
}

/// `ID.MAC` with a 128-bit hex id and a hex MAC of the right length.
fn well_formed(value: &str) -> Option<(&str, Vec<u8>)> {
    let (id, mac) = value.split_once('.')?;
    if id.len() != 2 * DEVICE_BYTES || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mac = unhex(mac)?;
    (mac.len() == 32).then_some((id, mac))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn hex_reads_back_and_is_what_format_writes(bytes: Vec<u8>) {
            let text = hex(&bytes);
            let formatted: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            proptest::prop_assert_eq!(&text, &formatted);
            proptest::prop_assert_eq!(unhex(&text), Some(bytes.clone()));
            proptest::prop_assert_eq!(unhex(&text.to_uppercase()), Some(bytes));
        }

        #[test]
        fn unhex_takes_only_pairs_of_hex_digits(text in "\\PC{0,12}") {
            let strict = text.len().is_multiple_of(2) && text.bytes().all(|c| c.is_ascii_hexdigit());
            proptest::prop_assert_eq!(unhex(&text).is_some(), strict);
        }
    }

    #[test]
    fn unhex_refuses_signs_and_odd_lengths() {
        assert_eq!(unhex("+f"), None, "a sign is not a digit");
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex(""), Some(vec![]));
    }

    #[test]
    fn random_values_do_not_repeat_across_refills_and_threads() {
        // More than one pool's worth on each of two threads.
        let draw = || (0..600).map(|_| random_hex(16)).collect::<Vec<_>>();
        let other = std::thread::spawn(draw);
        let mut all = draw();
        all.extend(other.join().unwrap());
        all.push(random_hex(4096));
        let distinct: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(distinct.len(), all.len());
        assert!(
            all.iter()
                .all(|v| v.len() >= 32 && v.bytes().all(|c| c.is_ascii_hexdigit()))
        );
        assert!(
            all.iter().all(|v| v != &"0".repeat(v.len())),
            "never a wiped pool"
        );
    }

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
        let cookie_header = format!("x=1; assembly_chair={}", chair_session("k3y"));
        headers.insert(COOKIE, cookie_header.parse().unwrap());
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
    fn the_chair_cookie_is_not_the_key_and_dies_with_it() {
        let session = chair_session("k3y");
        assert_ne!(session, "k3y");
        assert_eq!(session, chair_session("k3y"), "stable across restarts");
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "assembly_chair=k3y".parse().unwrap());
        assert!(!is_chair(&headers, None, "k3y"), "the key is no cookie");
        let mut headers = HeaderMap::new();
        let old = format!("assembly_chair={session}");
        headers.insert(COOKIE, old.parse().unwrap());
        assert!(!is_chair(&headers, None, "a-new-key"));
    }

    #[test]
    fn device_ids_are_signed_by_this_server() {
        let devices = Devices::new(b"secret one");
        let (id, cookie) = devices.issue();
        assert_eq!(id.len(), 32);
        assert!(cookie.starts_with(&format!("{id}.")));
        assert_eq!(devices.verify(&cookie), Some(id.clone()));
        // The same secret (a restart) knows it; another does not.
        assert_eq!(
            Devices::new(b"secret one").verify(&cookie),
            Some(id.clone())
        );
        assert_eq!(Devices::new(b"secret two").verify(&cookie), None);
        // Forgeries: a bare id, a wrong MAC, a MAC moved to another id, junk.
        let (other, _) = devices.issue();
        let mac = cookie.split_once('.').unwrap().1;
        let mut flipped = cookie.clone();
        let last = if flipped.ends_with('0') { "1" } else { "0" };
        flipped.replace_range(flipped.len() - 1.., last);
        for forged in [
            id.clone(),
            flipped,
            format!("{other}.{mac}"),
            format!("{id}."),
            format!("{id}.{}", &mac[..32]),
            format!("{id}.zz{}", &mac[2..]),
            "..".to_owned(),
            String::new(),
        ] {
            assert_eq!(devices.verify(&forged), None, "{forged}");
        }
    }

    #[test]
    fn random_keys_differ() {
        let a = random_hex(16);
        assert_eq!(a.len(), 32);
        assert_ne!(a, random_hex(16));
    }
}
