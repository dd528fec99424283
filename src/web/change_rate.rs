//! How fast one phone may change its check-in or its pledge answer.
//!
//! A person changes their mind a few times; a script flipping one cookie
//! between institutions writes thousands of events a second. Each device
//! gets a burst of [`BURST`] changes, then one every [`EVERY`], counted by
//! the server's one keyed limiter (`limit`, governor's GCRA); sending what
//! it already sent is free, so a reload or a double tap never meets the
//! limit.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::Mutex;
use std::time::Duration;

use governor::clock::{Clock, MonotonicClock};

use super::limit::{self, Limiter, Verdict as Limit};

/// Changes one device may make at once.
pub const BURST: u32 = 10;
/// After the burst, one more change per this long.
pub const EVERY: Duration = Duration::from_secs(2);
/// Devices whose last request is remembered at most (about 50 bytes each).
const CAPACITY: usize = limit::CAPACITY;

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
    /// The same as this device's last request of its kind: no allowance
    /// needed.
    Again,
    /// Allowed; give it back with [`ChangeRate::refund`] if nothing was
    /// written.
    Taken,
    /// Too many changes: refuse, write nothing.
    Wait,
}

/// What one device last asked for, of each kind (as hashes, so a long
/// bogus id costs no memory), and the changes given back to it.
#[derive(Default)]
struct Memory {
    check_in: Option<u64>,
    pledge: Option<u64>,
    /// Changes refunded because they wrote nothing. governor cannot give
    /// an allowance back, so they are kept here and spent first: the
    /// changes written never exceed what the limiter allows.
    refunded: u32,
}

impl Memory {
    fn slot(&mut self, change: Change) -> &mut Option<u64> {
        match change {
            Change::CheckIn(_) => &mut self.check_in,
            Change::Pledge(..) => &mut self.pledge,
        }
    }
}

/// The per-device limiter; one per server, shared by the form, the pledge
/// form and the phones' sockets.
pub struct ChangeRate<C: Clock = MonotonicClock> {
    changes: Limiter<u128, C>,
    memory: Mutex<HashMap<u128, Memory>>,
    hasher: RandomState,
}

impl Default for ChangeRate {
    fn default() -> Self {
        ChangeRate::with_clock(MonotonicClock)
    }
}

/// A device id (32 hex digits, verified before it gets here) as a number.
fn key(device: &str) -> Option<u128> {
    u128::from_str_radix(device, 16).ok()
}

impl<C: Clock> ChangeRate<C> {
    fn with_clock(clock: C) -> ChangeRate<C> {
        ChangeRate {
            // Past the limiter's capacity, new devices share device 0.
            changes: Limiter::with_clock(BURST, EVERY, 0, limit::CAPACITY, clock),
            memory: Mutex::new(HashMap::new()),
            hasher: RandomState::new(),
        }
    }

    /// Ask to make `change` for `device`.
    pub fn take(&self, device: &str, change: Change) -> Verdict {
        let Some(key) = key(device) else {
            return Verdict::Wait;
        };
        let value = match change {
            Change::CheckIn(institution) => self.hasher.hash_one(institution),
            Change::Pledge(pledge, yes) => self.hasher.hash_one((pledge, yes)),
        };
        let mut memory = self.memory.lock().unwrap_or_else(|p| p.into_inner());
        if memory.len() >= CAPACITY && !memory.contains_key(&key) {
            // Forgetting only makes a repeat cost a change, never frees
            // one: the limits stay in the limiter.
            memory.clear();
            memory.shrink_to(CAPACITY / 16);
        }
        let remembered = memory.entry(key).or_default();
        if *remembered.slot(change) == Some(value) {
            return Verdict::Again;
        }
        if remembered.refunded > 0 {
            remembered.refunded -= 1;
        } else if let Limit::Wait(_) = self.changes.check(&key) {
            return Verdict::Wait;
        }
        // Remembered before the change is made, so a repeat racing with it
        // is never free while the change is still unwritten elsewhere.
        *remembered.slot(change) = Some(value);
        Verdict::Taken
    }

    /// Give back a change taken that wrote nothing (refused, or already
    /// so). The "same again" memory is dropped, as it may be wrong.
    pub fn refund(&self, device: &str, change: Change) {
        let Some(key) = key(device) else { return };
        let mut memory = self.memory.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(remembered) = memory.get_mut(&key) {
            remembered.refunded = (remembered.refunded + 1).min(BURST);
            *remembered.slot(change) = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use governor::clock::FakeRelativeClock;

    use super::*;

    const PHONE: &str = "0123456789abcdef0123456789abcdef";

    fn institution(i: usize) -> String {
        format!("institution-{}", i % 2)
    }

    #[test]
    fn a_burst_then_one_change_every_two_seconds() {
        let clock = FakeRelativeClock::default();
        let rate = ChangeRate::with_clock(clock.clone());
        let names: Vec<String> = (0..100).map(|i| format!("institution-{i}")).collect();
        let verdicts: Vec<Verdict> = names
            .iter()
            .map(|name| rate.take(PHONE, Change::CheckIn(Some(name))))
            .collect();
        let taken = verdicts.iter().filter(|v| **v == Verdict::Taken).count();
        assert_eq!(taken, BURST as usize);
        assert!(
            verdicts[BURST as usize..]
                .iter()
                .all(|v| *v == Verdict::Wait)
        );
        // Half a period later: still nothing; a whole period: one more.
        clock.advance(EVERY / 2);
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("elsewhere"))),
            Verdict::Wait
        );
        clock.advance(EVERY / 2);
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("elsewhere"))),
            Verdict::Taken
        );
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("again"))),
            Verdict::Wait
        );
        // An hour on, the whole burst is back, never more.
        clock.advance(Duration::from_secs(3600));
        let taken = (0..100)
            .filter(|i| {
                let name = institution(*i);
                rate.take(PHONE, Change::CheckIn(Some(&name))) == Verdict::Taken
            })
            .count();
        assert_eq!(taken, BURST as usize);
    }

    #[test]
    fn the_same_again_is_always_free() {
        let rate = ChangeRate::default();
        for i in 0..50 {
            rate.take(PHONE, Change::CheckIn(Some(&institution(i))));
        }
        let last = institution(BURST as usize - 1);
        for _ in 0..100 {
            assert_eq!(
                rate.take(PHONE, Change::CheckIn(Some(&last))),
                Verdict::Again
            );
        }
        // Pledges have their own memory but share the bucket.
        assert_eq!(rate.take(PHONE, Change::Pledge("p", true)), Verdict::Wait);
        // Another phone is not affected.
        let other = "ffffffffffffffffffffffffffffffff";
        assert_eq!(rate.take(other, Change::Pledge("p", true)), Verdict::Taken);
        assert_eq!(rate.take(other, Change::Pledge("p", true)), Verdict::Again);
        assert_eq!(rate.take(other, Change::Pledge("p", false)), Verdict::Taken);
    }

    #[test]
    fn a_refund_gives_the_token_back_and_forgets_the_value() {
        let rate = ChangeRate::default();
        for _ in 0..BURST {
            assert_eq!(
                rate.take(PHONE, Change::CheckIn(Some("nowhere"))),
                Verdict::Taken
            );
            rate.refund(PHONE, Change::CheckIn(Some("nowhere")));
        }
        assert_eq!(
            rate.take(PHONE, Change::CheckIn(Some("real"))),
            Verdict::Taken
        );
    }

    #[test]
    fn memory_is_bounded_and_refilled_devices_are_forgotten() {
        let clock = FakeRelativeClock::default();
        let rate = ChangeRate::with_clock(clock.clone());
        for i in 0..(CAPACITY as u128 + 500) {
            let device = format!("{i:032x}");
            rate.take(&device, Change::CheckIn(None));
        }
        let held = rate.changes.len();
        assert!(held <= limit::CAPACITY + 1, "{held}");
        let remembered = rate.memory.lock().unwrap().len();
        assert!(remembered <= CAPACITY, "{remembered}");
        // Once their allowance is back, the limiter forgets them all.
        clock.advance(Duration::from_secs(60) + EVERY * BURST);
        rate.take(PHONE, Change::CheckIn(None));
        assert!(rate.changes.len() <= 2, "{}", rate.changes.len());
    }

    #[test]
    fn ids_that_are_not_ours_are_refused() {
        let rate = ChangeRate::default();
        assert_eq!(rate.take("not hex", Change::CheckIn(None)), Verdict::Wait);
    }
}
