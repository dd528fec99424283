//! A value per phone, for the audience's check-ins and pledge answers:
//! the largest maps of the state (one entry per phone in the hall).
//!
//! The server issues device ids as 32 lowercase hex chars; such an id is
//! kept as its 16 bytes, no text on the heap, which is less than half the
//! memory of a `String` key and quicker to hash. Any other id (a test's
//! `phone-1`, a log written by hand) is kept as its text, so every id
//! answers exactly as before.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::OnceLock;

/// A value per device id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ByDevice<V> {
    /// Ids as the server issues them, as their bytes.
    issued: HashMap<Issued, V, Seeded>,
    /// Any other id, as its text.
    other: HashMap<String, V>,
}

impl<V> Default for ByDevice<V> {
    fn default() -> ByDevice<V> {
        ByDevice {
            issued: HashMap::default(),
            other: HashMap::new(),
        }
    }
}

impl<V: Copy> ByDevice<V> {
    pub(super) fn get(&self, device: &str) -> Option<V> {
        match issued(device) {
            Some(bytes) => self.issued.get(&bytes).copied(),
            None => self.other.get(device).copied(),
        }
    }

    /// Set the value of `device`; returns the one it replaces.
    pub(super) fn insert(&mut self, device: &str, value: V) -> Option<V> {
        match issued(device) {
            Some(bytes) => self.issued.insert(bytes, value),
            None => self.other.insert(device.to_owned(), value),
        }
    }

    pub(super) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.issued.values_mut().chain(self.other.values_mut())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.issued.len() + self.other.len()
    }
}

/// The 16 bytes of an id the server issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Issued([u8; 16]);

impl std::hash::Hash for Issued {
    /// The bytes in one write: an array hashes as a slice, its length
    /// first, which costs a second round of the hasher for nothing.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write(&self.0);
    }
}

/// Hashes an issued id with one multiplication, not SipHash's rounds: its
/// bytes are random already (the operating system's, or the venue's MAC),
/// so all the hash adds is a seed of this process's own, which keeps ids
/// in a log written by hand from being lined up in one bucket. Every
/// check-in inserts here, on the venue and again on each relay.
///
/// The state's idempotency keys are hashed with it too: they are the
/// chair's own, or a digest of a relay's change (`relay-` and 64 hex
/// chars, one per relayed check-in), never a phone's choosing.
#[derive(Clone, Copy, Debug)]
pub(super) struct Seeded([u64; 2]);

impl Default for Seeded {
    fn default() -> Seeded {
        static SEED: OnceLock<[u64; 2]> = OnceLock::new();
        Seeded(*SEED.get_or_init(|| {
            let random = RandomState::new();
            [random.hash_one(1u8), random.hash_one(2u8)]
        }))
    }
}

impl BuildHasher for Seeded {
    type Hasher = SeededHasher;

    fn build_hasher(&self) -> SeededHasher {
        SeededHasher {
            seed: self.0,
            hash: 0,
        }
    }
}

pub(super) struct SeededHasher {
    seed: [u64; 2],
    hash: u64,
}

impl Hasher for SeededHasher {
    /// 16 bytes at a time (an id is one round); a shorter tail is padded
    /// with zeros.
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(16) {
            let mut block = [0u8; 16];
            block[..chunk.len()].copy_from_slice(chunk);
            let [low, high] = [&block[..8], &block[8..]]
                .map(|half| u64::from_le_bytes(half.try_into().expect("8 bytes")));
            self.hash = folded_multiply(self.hash ^ low ^ self.seed[0], high ^ self.seed[1]);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The full 128-bit product of `a` and `b`, its halves xored.
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The bytes of an id written as 32 lowercase hex chars; `None` for any
/// other id (uppercase too: `AB` and `ab` are different ids).
fn issued(device: &str) -> Option<Issued> {
    let text: &[u8; 32] = device.as_bytes().try_into().ok()?;
    let mut bytes = [0u8; 16];
    // Every char looked up, and checked once at the end: no branch per char.
    let mut bad = 0;
    for (byte, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
        let (high, low) = (NIBBLE[usize::from(pair[0])], NIBBLE[usize::from(pair[1])]);
        bad |= high | low;
        *byte = high << 4 | low;
    }
    (bad & NOT_HEX == 0).then_some(Issued(bytes))
}

/// What [`NIBBLE`] holds for a char that is not lowercase hex.
const NOT_HEX: u8 = 0x10;

/// The value of each lowercase hex char; [`NOT_HEX`] for any other byte.
const NIBBLE: [u8; 256] = {
    let mut table = [NOT_HEX; 256];
    let mut c = 0;
    while c < 10 {
        table[b'0' as usize + c] = c as u8;
        c += 1;
    }
    let mut c = 0;
    while c < 6 {
        table[b'a' as usize + c] = 10 + c as u8;
        c += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const ISSUED: &str = "0123456789abcdef00ff10e0a5c3b2d1";

    #[test]
    fn only_32_lowercase_hex_chars_are_kept_as_bytes() {
        assert_eq!(
            issued(ISSUED),
            Some(Issued([
                0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x00, 0xff, 0x10, 0xe0, 0xa5, 0xc3,
                0xb2, 0xd1
            ]))
        );
        assert_eq!(issued(&"f".repeat(32)), Some(Issued([0xff; 16])));
        assert_eq!(issued(&"0".repeat(32)), Some(Issued([0; 16])));
        // Each char that is not lowercase hex, anywhere.
        for c in (0..=255u8).filter(|c| !matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
            for at in [0, 1, 17, 31] {
                let mut id = ISSUED.as_bytes().to_vec();
                id[at] = c;
                if let Ok(id) = String::from_utf8(id) {
                    assert_eq!(issued(&id), None, "{id:?}");
                }
            }
        }
        assert_eq!(issued(&ISSUED.to_uppercase()), None);
        assert_eq!(issued(&ISSUED[..31]), None);
        assert_eq!(issued(&format!("{ISSUED}0")), None);
        assert_eq!(issued(&ISSUED.replace('a', "g")), None);
        assert_eq!(issued(&ISSUED.replacen('0', " ", 1)), None);
        // 32 bytes, but not 32 chars.
        assert_eq!(issued(&format!("é{}", &ISSUED[2..])), None);
        assert_eq!(issued(""), None);
        assert_eq!(issued("phone-1"), None);
    }

    #[test]
    fn issued_ids_hash_apart() {
        let seeded = Seeded::default();
        let hash = |bytes: [u8; 16]| seeded.hash_one(Issued(bytes));
        // Ids one bit apart, in either half, and ids that are all zeros.
        let mut hashes: Vec<u64> = (0..128)
            .map(|bit| {
                let mut bytes = [0u8; 16];
                bytes[bit / 8] = 1 << (bit % 8);
                hash(bytes)
            })
            .collect();
        hashes.push(hash([0; 16]));
        hashes.push(hash([0xff; 16]));
        let distinct: std::collections::HashSet<_> = hashes.iter().collect();
        assert_eq!(distinct.len(), hashes.len());
        // The same id hashes the same in every map of this process.
        assert_eq!(Seeded::default().hash_one(Issued([7; 16])), hash([7; 16]));
        // Buckets are chosen by the low bits: they too differ.
        let low: std::collections::HashSet<_> = hashes.iter().map(|h| h & 0xff).collect();
        assert!(low.len() > 80, "{} of 130 low bytes distinct", low.len());
    }

    #[test]
    fn an_id_and_its_uppercase_are_two_devices() {
        let mut map = ByDevice::default();
        assert_eq!(map.insert(ISSUED, 1), None);
        assert_eq!(map.insert(&ISSUED.to_uppercase(), 2), None);
        assert_eq!(map.insert(ISSUED, 3), Some(1));
        assert_eq!(map.get(ISSUED), Some(3));
        assert_eq!(map.get(&ISSUED.to_uppercase()), Some(2));
        assert_eq!(map.get("phone-1"), None);
        assert_eq!(map.len(), 2);
        for value in map.values_mut() {
            *value *= 10;
        }
        assert_eq!(map.get(ISSUED), Some(30));
        assert_eq!(map.get(&ISSUED.to_uppercase()), Some(20));
    }

    /// Ids of every kind, often the same one again: issued ones, their
    /// uppercase, near misses and anything else.
    fn device() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9a-f]{32}",
            "[0-9A-F]{32}",
            "[0-9a-f]{31,33}",
            "[0-9a-fA-G]{32}",
            "phone-[0-9]",
            ".{0,40}",
        ]
    }

    proptest! {
        /// Whatever the ids, the map answers as a map keyed by their text.
        #[test]
        fn answers_as_a_map_of_strings(
            pool in prop::collection::vec(device(), 1..12),
            steps in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..200),
            probes in prop::collection::vec(device(), 0..20),
        ) {
            let mut map = ByDevice::default();
            let mut text: HashMap<String, u8> = HashMap::new();
            // Drawn from a small pool, so ids come back and are replaced.
            for (index, value) in &steps {
                let device = index.get(&pool);
                prop_assert_eq!(map.insert(device, *value), text.insert(device.clone(), *value));
            }
            for device in pool.iter().chain(&probes) {
                prop_assert_eq!(map.get(device), text.get(device).copied());
            }
            prop_assert_eq!(map.len(), text.len());
            let mut values: Vec<u8> = map.values_mut().map(|v| *v).collect();
            let mut expected: Vec<u8> = text.values().copied().collect();
            values.sort_unstable();
            expected.sort_unstable();
            prop_assert_eq!(values, expected);
        }
    }
}
