//! How fast one phone may change its check-in or its pledge answer.
//!
//! A person changes their mind a few times; a script flipping one cookie
//! between institutions writes thousands of events a second. Each device
//! gets a token bucket (a burst of [`BURST`] changes, then one every
//! [`EVERY`]); sending what it already sent is free, so a reload or a
//! double tap never meets the limit. Time comes in as a value, so the
//! limiter is tested without sleeping.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Changes one device may make at once.
pub const BURST: u32 = 10;
/// After the burst, one more change per this long.
pub const EVERY: Duration = Duration::from_secs(2);
/// Devices remembered at most (about 80 bytes each).
const CAPACITY: usize = 100_000;
/// How often devices whose bucket has refilled are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// What a phone asks to change.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    /// Check in with an institution id, or on its own.
    CheckIn(Option<&'a str>),
    /// Answer a pledge.
    Pledge(&'a str, bool),
}

/// What the limiter says about one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The same as this device's last request of its kind: no token needed.
    Again,
    /// A token was taken; give it back with [`ChangeRate::refund`] if
    /// nothing was written.
    Taken,
    /// Too many changes: refuse, write nothing.
    Wait,
}

/// One device's bucket and the last thing it asked for, of each kind (as
/// hashes, so a long bogus id costs no memory).
struct Bucket {
    tokens: f64,
    last: Instant,
    check_in: Option<u64>,
    pledge: Option<u64>,
}

impl Bucket {
    /// Tokens as of `now`, never above the burst.
    fn tokens_at(&self, now: Instant) -> f64 {
        let earned = now.saturating_duration_since(self.last).as_secs_f64() / EVERY.as_secs_f64();
        (self.tokens + earned).min(f64::from(BURST))
    }

    fn refill(&mut self, now: Instant) {
        self.tokens = self.tokens_at(now);
        self.last = now.max(self.last);
    }

    /// Whether forgetting it changes nothing but the "same again" memory.
    fn full(&self, now: Instant) -> bool {
        self.tokens_at(now) >= f64::from(BURST)
    }
}

struct Devices {
    buckets: HashMap<u128, Bucket>,
    swept: Option<Instant>,
}

/// The per-device limiter; one per server, shared by the form, the pledge
/// form and the phones' sockets.
pub struct ChangeRate {
    devices: Mutex<Devices>,
    hasher: RandomState,
}

impl Default for ChangeRate {
    fn default() -> Self {
        ChangeRate {
            devices: Mutex::new(Devices {
                buckets: HashMap::new(),
                swept: None,
            }),
            hasher: RandomState::new(),
        }
    }
}

/// A device id (32 hex digits, verified before it gets here) as a number.
fn key(device: &str) -> Option<u128> {
    u128::from_str_radix(device, 16).ok()
}

impl ChangeRate {
    /// Ask to make `change` for `device` at `now`.
    pub fn take(&self, device: &str, change: Change, now: Instant) -> Verdict {
        let Some(key) = key(device) else {
            return Verdict::Wait;
        };
        let (slot_is_pledge, value) = match change {
            Change::CheckIn(institution) => (false, self.hasher.hash_one(institution)),
            Change::Pledge(pledge, yes) => (true, self.hasher.hash_one((pledge, yes))),
        };
        let mut devices = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        devices.tidy(key, now);
        let bucket = devices.buckets.entry(key).or_insert_with(|| Bucket {
            tokens: f64::from(BURST),
            last: now,
            check_in: None,
            pledge: None,
        });
        bucket.refill(now);
        let slot = if slot_is_pledge {
            &mut bucket.pledge
        } else {
            &mut bucket.check_in
        };
        if *slot == Some(value) {
            return Verdict::Again;
        }
        if bucket.tokens < 1.0 {
            return Verdict::Wait;
        }
        bucket.tokens -= 1.0;
        // Remembered before the change is made, so a repeat racing with it
        // is never free while the change is still unwritten elsewhere.
        *slot = Some(value);
        Verdict::Taken
    }

    /// Give back a token taken for a change that wrote nothing (refused, or
    /// already so). The "same again" memory is dropped, as it may be wrong.
    pub fn refund(&self, device: &str, change: Change) {
        let Some(key) = key(device) else { return };
        let mut devices = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(bucket) = devices.buckets.get_mut(&key) {
            bucket.tokens = (bucket.tokens + 1.0).min(f64::from(BURST));
            match change {
                Change::CheckIn(_) => bucket.check_in = None,
                Change::Pledge(..) => bucket.pledge = None,
            }
        }
    }

    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.devices.lock().unwrap().buckets.len()
    }
}

impl Devices {
    /// Forget devices whose bucket is full again (now and then, or when the
    /// table is full); if it is still full, forget one at random to make
    /// room for `arriving`, so memory stays bounded whatever the traffic.
    fn tidy(&mut self, arriving: u128, now: Instant) {
        let due = self
            .swept
            .is_none_or(|at| now.saturating_duration_since(at) >= SWEEP_EVERY);
        let crowded = self.buckets.len() >= CAPACITY;
        let may_sweep = self
            .swept
            .is_none_or(|at| now.saturating_duration_since(at) >= Duration::from_secs(1));
        if (due || crowded) && may_sweep {
            self.buckets.retain(|_, bucket| !bucket.full(now));
            self.swept = Some(now);
        }
        if self.buckets.len() >= CAPACITY
            && !self.buckets.contains_key(&arriving)
            && let Some(&any) = self.buckets.keys().next()
        {
            self.buckets.remove(&any);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: &str = "0123456789abcdef0123456789abcdef";

    fn institution(i: usize) -> String {
        format!("institution-{}", i % 2)
    }

    #[test]
    fn a_burst_then_one_change_every_two_seconds() {
        let rate = ChangeRate::default();
        let start = Instant::now();
        let names: Vec<String> = (0..100).map(|i| format!("institution-{i}")).collect();
        let verdicts: Vec<Verdict> = names
            .iter()
            .map(|name| rate.take(PHONE, Change::CheckIn(Some(name)), start))
            .collect();
        let taken = verdicts.iter().filter(|v| **v == Verdict::Taken).count();
        assert_eq!(taken, BURST as usize);
        assert!(
            verdicts[BURST as usize..]
                .iter()
                .all(|v| *v == Verdict::Wait)
        );
        // Half a period later: still nothing; a whole period: one more.
        let later = start + EVERY / 2;
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("elsewhere")), later),
            Verdict::Wait
        );
        let later = start + EVERY;
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("elsewhere")), later),
            Verdict::Taken
        );
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("again")), later),
            Verdict::Wait
        );
        // A minute on, the whole burst is back, never more.
        let much_later = start + Duration::from_secs(3600);
        let taken = (0..100)
            .filter(|i| {
                let name = institution(*i);
                rate.take(PHONE, Change::CheckIn(Some(&name)), much_later) == Verdict::Taken
            })
            .count();
        assert_eq!(taken, BURST as usize);
    }

    #[test]
    fn the_same_again_is_always_free() {
        let rate = ChangeRate::default();
        let now = Instant::now();
        for i in 0..50 {
            rate.take(PHONE, Change::CheckIn(Some(&institution(i))), now);
        }
        let last = institution(BURST as usize - 1);
        for _ in 0..100 {
            assert_eq!(
                rate.take(PHONE, Change::CheckIn(Some(&last)), now),
                Verdict::Again
            );
        }
        // Pledges have their own memory but share the bucket.
        assert_eq!(
            rate.take(PHONE, Change::Pledge("p", true), now),
            Verdict::Wait
        );
        // Another phone is not affected.
        let other = "ffffffffffffffffffffffffffffffff";
        assert_eq!(
            rate.take(other, Change::Pledge("p", true), now),
            Verdict::Taken
        );
        assert_eq!(
            rate.take(other, Change::Pledge("p", true), now),
            Verdict::Again
        );
        assert_eq!(
            rate.take(other, Change::Pledge("p", false), now),
            Verdict::Taken
        );
    }

    #[test]
    fn a_refund_gives_the_token_back_and_forgets_the_value() {
        let rate = ChangeRate::default();
        let now = Instant::now();
        for _ in 0..BURST {
            assert_eq!(
                rate.take(PHONE, Change::CheckIn(Some("nowhere")), now),
                Verdict::Taken
            );
            rate.refund(PHONE, Change::CheckIn(Some("nowhere")));
        }
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("real")), now),
            Verdict::Taken
        );
    }

    #[test]
    fn memory_is_bounded_and_refilled_devices_are_forgotten() {
        let rate = ChangeRate::default();
        let start = Instant::now();
        for i in 0..(CAPACITY as u128 + 500) {
            let device = format!("{i:032x}");
            rate.take(&device, Change::CheckIn(None), start);
        }
        assert!(rate.remembered() <= CAPACITY, "{}", rate.remembered());
        // Once their buckets have refilled, a sweep forgets them all.
        let later = start + SWEEP_EVERY + EVERY * BURST;
        rate.take(PHONE, Change::CheckIn(None), later);
        assert_eq!(rate.remembered(), 1);
    }

    #[test]
    fn ids_that_are_not_ours_are_refused() {
        let rate = ChangeRate::default();
        assert_eq!(
            rate.take("not hex", Change::CheckIn(None), Instant::now()),
            Verdict::Wait
        );
    }
}
