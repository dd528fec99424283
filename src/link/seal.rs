//! A device's proof, sealed for the relay that asked for it.
//!
//! Replies travel on `_INBOX.>`, and every relay may subscribe to inboxes
//! (NATS gives them no narrower right with one shared relay user), so a
//! relay could read the cookies the venue issues to phones on other
//! relays and impersonate those phones. Each forwarded request therefore
//! carries a fresh random key; relays cannot read requests (they may not
//! subscribe to the audience subject), so only the asker knows it. The
//! venue answers the cookie `ID.MAC` as `ID.SEALED` where `SEALED` is the
//! MAC xor HMAC-SHA256(key, ID): a one-time pad per request and device.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::web::{hex, unhex};

/// Random bytes in a request's sealing key.
const KEY_BYTES: usize = 32;
/// A device MAC: HMAC-SHA256, in bytes.
const MAC_BYTES: usize = 32;

/// A fresh key for one forwarded request, as hex.
pub fn new_key() -> String {
    crate::web::random_hex(KEY_BYTES)
}

fn pad(key: &str, id: &str) -> Option<[u8; MAC_BYTES]> {
    let key = unhex(key).filter(|k| k.len() == KEY_BYTES)?;
    let mac = Hmac::<Sha256>::new_from_slice(&key)
        .expect("HMAC takes a key of any length")
        .chain_update(b"assembly device seal ")
        .chain_update(id.as_bytes());
    Some(mac.finalize().into_bytes().into())
}

fn xor_hex(text: &str, pad: &[u8; MAC_BYTES]) -> Option<String> {
    let bytes = unhex(text).filter(|b| b.len() == MAC_BYTES)?;
    let sealed: Vec<u8> = bytes.iter().zip(pad).map(|(b, p)| b ^ p).collect();
    Some(hex(&sealed))
}

/// Seal a cookie value `ID.MAC` with a request's key; `None` when either
/// is not the shape this server makes.
pub fn seal(key: &str, cookie: &str) -> Option<String> {
    let (id, mac) = cookie.split_once('.')?;
    Some(format!("{id}.{}", xor_hex(mac, &pad(key, id)?)?))
}

/// Open what [`seal`] made with the same key.
pub fn open(key: &str, sealed: &str) -> Option<String> {
    // The pad is its own inverse.
    seal(key, sealed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::Devices;

    #[test]
    fn only_the_key_that_sealed_opens_and_the_seal_hides_the_mac() {
        let devices = Devices::new(b"venue secret");
        let (id, cookie) = devices.issue();
        let key = new_key();
        let sealed = seal(&key, &cookie).unwrap();
        assert!(
            sealed.starts_with(&format!("{id}.")),
            "the id stays readable"
        );
        assert_ne!(sealed, cookie);
        assert_eq!(
            devices.verify(&sealed),
            None,
            "a sealed cookie proves nothing"
        );
        assert_eq!(open(&key, &sealed).as_deref(), Some(cookie.as_str()));
        // Another relay's key (or a guess) opens nothing that verifies.
        let other = new_key();
        let wrong = open(&other, &sealed).unwrap();
        assert_eq!(devices.verify(&wrong), None);
        // Each request's key seals the same device differently.
        assert_ne!(seal(&other, &cookie).unwrap(), sealed);
    }

    #[test]
    fn junk_is_not_sealed() {
        let key = new_key();
        assert_eq!(seal(&key, "no-dot"), None);
        assert_eq!(seal(&key, "id.zz"), None);
        assert_eq!(seal("short", "id.00"), None);
        let mac = "00".repeat(MAC_BYTES);
        assert!(seal(&key, &format!("id.{mac}")).is_some());
        assert_eq!(seal(&key[..10], &format!("id.{mac}")), None);
    }
}
