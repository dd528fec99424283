//! The one keyed rate limiter behind every per-address and per-device
//! limit (new devices per network, wrong chair keys per network, changes
//! per phone): GCRA from `governor`, in a `DashMap` whose size is bounded.
//!
//! A key whose state is the same as a fresh one (its limit fully restored)
//! is forgotten by governor's `retain_recent`, run now and then; a limit
//! someone has used up is never forgotten. When the table is full of live
//! keys all the same, newcomers share one overflow key, so a flood of new
//! addresses neither grows memory nor resets a limit already counted.

use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

use governor::clock::{Clock, MonotonicClock, Reference};
use governor::middleware::StateInformationMiddleware;
use governor::nanos::Nanos;
use governor::state::StateStore;
use governor::state::keyed::{DashMapStateStore, ShrinkableKeyedStateStore};
use governor::{Quota, RateLimiter};

/// Keys remembered at most by one limiter (each about 40-60 bytes).
pub const CAPACITY: usize = 100_000;
/// How often keys back at their fresh state are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
/// How often at most, while the table is full.
const SWEEP_WHEN_FULL: Duration = Duration::from_secs(1);

/// What the limiter says about one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Let through; this many more may follow at once.
    Allowed { left: u32 },
    /// Refused: the next one is let through after this long.
    Wait(Duration),
}

/// A limit per key: a burst of `burst`, then one every `every`.
pub struct Limiter<K: Hash + Eq + Clone, C: Clock = MonotonicClock> {
    limiter: RateLimiter<K, Bounded<K>, C, StateInformationMiddleware>,
    /// When forgotten keys were last swept out.
    swept: Mutex<Option<C::Instant>>,
    /// The store's bound (governor keeps the store itself private).
    capacity: usize,
}

impl<K: Hash + Eq + Clone, C: Clock> Limiter<K, C> {
    /// A burst of `burst` (at least 1), then one every `every`, on `clock`
    /// (`MonotonicClock`; tests use governor's fake one), with room for
    /// `capacity` keys; keys beyond count as `overflow`.
    pub fn with_clock(
        burst: u32,
        every: Duration,
        overflow: K,
        capacity: usize,
        clock: C,
    ) -> Limiter<K, C> {
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        // A zero period would mean no limit at all; the shortest governor
        // takes is a nanosecond.
        let quota = Quota::with_period(every.max(Duration::from_nanos(1)))
            .expect("the period is above zero")
            .allow_burst(burst);
        let capacity = capacity.max(1);
        let store = Bounded {
            map: DashMapStateStore::default(),
            capacity,
            overflow,
        };
        Limiter {
            limiter: RateLimiter::new(quota, store, clock),
            swept: Mutex::new(None),
            capacity,
        }
    }

    /// Take one for `key`.
    pub fn check(&self, key: &K) -> Verdict {
        self.sweep();
        match self.limiter.check_key(key) {
            Ok(snapshot) => Verdict::Allowed {
                left: snapshot.remaining_burst_capacity(),
            },
            Err(not_until) => Verdict::Wait(not_until.wait_time_from(self.limiter.clock().now())),
        }
    }

    /// Forget keys back at their fresh state: every [`SWEEP_EVERY`], or
    /// once a second while the table is full. Whoever finds the sweep
    /// under way goes on without waiting for it.
    fn sweep(&self) {
        let Ok(mut swept) = self.swept.try_lock() else {
            return;
        };
        let now = self.limiter.clock().now();
        let since = |at: C::Instant| Duration::from(now.duration_since(at));
        let due = match *swept {
            None => {
                *swept = Some(now);
                return;
            }
            Some(at) => {
                since(at) >= SWEEP_EVERY
                    || (self.limiter.len() >= self.capacity && since(at) >= SWEEP_WHEN_FULL)
            }
        };
        if due {
            self.limiter.retain_recent();
            self.limiter.shrink_to_fit();
            *swept = Some(now);
        }
    }

    /// Keys remembered now.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.limiter.len()
    }
}

/// governor's `DashMap` store with a bound: once it holds `capacity` keys,
/// a key it does not hold counts as `overflow`.
struct Bounded<K: Hash + Eq + Clone> {
    map: DashMapStateStore<K>,
    capacity: usize,
    overflow: K,
}

impl<K: Hash + Eq + Clone> StateStore for Bounded<K> {
    type Key = K;

    fn measure_and_replace<T, F, E>(&self, key: &K, f: F) -> Result<T, E>
    where
        F: Fn(Option<Nanos>) -> Result<(T, Nanos), E>,
    {
        // Two requests may both see room for one more: the table then
        // holds a few more than `capacity`, never without bound.
        let key = if self.map.len() >= self.capacity && !self.map.contains_key(key) {
            &self.overflow
        } else {
            key
        };
        self.map.measure_and_replace(key, f)
    }
}

impl<K: Hash + Eq + Clone> ShrinkableKeyedStateStore<K> for Bounded<K> {
    fn retain_recent(&self, drop_below: Nanos) {
        ShrinkableKeyedStateStore::retain_recent(&self.map, drop_below);
    }

    fn shrink_to_fit(&self) {
        self.map.shrink_to_fit();
    }

    fn len(&self) -> usize {
        self.map.len()
    }

    fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use governor::clock::FakeRelativeClock;

    use super::*;

    fn limiter(capacity: usize) -> (Limiter<u32, FakeRelativeClock>, FakeRelativeClock) {
        let clock = FakeRelativeClock::default();
        let limiter = Limiter::with_clock(3, Duration::from_secs(2), 0, capacity, clock.clone());
        (limiter, clock)
    }

    #[test]
    fn a_burst_then_one_each_period() {
        let (limiter, clock) = limiter(100);
        assert_eq!(limiter.check(&7), Verdict::Allowed { left: 2 });
        assert_eq!(limiter.check(&7), Verdict::Allowed { left: 1 });
        assert_eq!(limiter.check(&7), Verdict::Allowed { left: 0 });
        assert_eq!(limiter.check(&7), Verdict::Wait(Duration::from_secs(2)));
        assert_eq!(limiter.check(&8), Verdict::Allowed { left: 2 });
        clock.advance(Duration::from_millis(1500));
        assert_eq!(limiter.check(&7), Verdict::Wait(Duration::from_millis(500)));
        clock.advance(Duration::from_millis(500));
        assert_eq!(limiter.check(&7), Verdict::Allowed { left: 0 });
    }

    #[test]
    fn a_hundred_thousand_keys_hold_bounded_memory_and_used_up_limits() {
        let (limiter, clock) = limiter(1_000);
        while limiter.check(&7) != Verdict::Wait(Duration::from_secs(2)) {}
        let mut largest = 0;
        // 100,000 distinct keys, 1,000 new ones a second.
        for second in 0..100u32 {
            for key in 0..1_000 {
                limiter.check(&(1_000 + second * 1_000 + key));
            }
            largest = largest.max(limiter.len());
            clock.advance(Duration::from_millis(10));
        }
        assert!(largest <= 1_001, "{largest}");
        // One second after the first key, the used-up limit still holds:
        // neither the flood nor the sweeps reset it.
        assert!(matches!(limiter.check(&7), Verdict::Wait(_)));
        // Keys back at their fresh state are forgotten.
        clock.advance(SWEEP_EVERY);
        limiter.check(&7);
        assert!(limiter.len() <= 2, "{}", limiter.len());
    }

    #[test]
    fn newcomers_share_the_overflow_once_the_table_is_full_of_live_keys() {
        let (limiter, _clock) = limiter(10);
        for key in 1..=10 {
            limiter.check(&key);
        }
        // Keys 11 and up all count as 0: three between them, then none.
        let let_in = (11..100)
            .filter(|key| matches!(limiter.check(key), Verdict::Allowed { .. }))
            .count();
        assert_eq!(let_in, 3);
        // A key already held keeps its own count.
        assert_eq!(limiter.check(&1), Verdict::Allowed { left: 1 });
    }
}
