//! A table of per-key counters that stays small without ever resetting a
//! limit someone has used up: entries idle long enough to be back at their
//! fresh value are swept out a few at a time, on every use.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Entries looked at per use; sweeping outpaces adding, so idle entries
/// cannot pile up.
const SWEEP_STEP: usize = 4;
/// Looked at per use once the table is full.
const FULL_SWEEP_STEP: usize = 256;

struct Slot<K, T> {
    key: K,
    seen: Instant,
    value: T,
}

struct Table<K, T> {
    index: HashMap<K, usize>,
    slots: Vec<Slot<K, T>>,
    /// Where the sweep goes on from.
    cursor: usize,
}

pub struct Counters<K, T> {
    table: Mutex<Table<K, T>>,
    /// An entry untouched this long is the same as a fresh one.
    idle: Duration,
    capacity: usize,
    /// Where newcomers count together when the table is full of live
    /// entries: a flood of new addresses shares one limit instead of
    /// pushing out the ones already counted.
    overflow: K,
}

impl<K: Copy + Eq + Hash, T> Counters<K, T> {
    pub fn new(idle: Duration, capacity: usize, overflow: K) -> Counters<K, T> {
        Counters {
            table: Mutex::new(Table {
                index: HashMap::new(),
                slots: Vec::new(),
                cursor: 0,
            }),
            idle,
            capacity: capacity.max(1),
            overflow,
        }
    }

    /// Run `f` on the entry for `key` (made with `fresh` if new), at `now`.
    pub fn with<R>(
        &self,
        key: K,
        now: Instant,
        fresh: impl FnOnce() -> T,
        f: impl FnOnce(&mut T) -> R,
    ) -> R {
        // A poisoned lock only means a panic mid-update of a counter.
        let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        table.sweep(now, self.idle, SWEEP_STEP);
        let mut key = key;
        if !table.index.contains_key(&key) && table.slots.len() >= self.capacity {
            table.sweep(now, self.idle, FULL_SWEEP_STEP);
            if table.slots.len() >= self.capacity {
                key = self.overflow;
            }
        }
        let at = match table.index.get(&key) {
            Some(&at) => at,
            None => {
                table.slots.push(Slot {
                    key,
                    seen: now,
                    value: fresh(),
                });
                let at = table.slots.len() - 1;
                table.index.insert(key, at);
                at
            }
        };
        let slot = &mut table.slots[at];
        slot.seen = slot.seen.max(now);
        f(&mut slot.value)
    }

    /// Entries held now.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.table
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .slots
            .len()
    }
}

impl<K: Copy + Eq + Hash, T> Table<K, T> {
    fn sweep(&mut self, now: Instant, idle: Duration, steps: usize) {
        for _ in 0..steps {
            if self.slots.is_empty() {
                return;
            }
            if self.cursor >= self.slots.len() {
                self.cursor = 0;
            }
            let at = self.cursor;
            if now.saturating_duration_since(self.slots[at].seen) < idle {
                self.cursor += 1;
                continue;
            }
            let gone = self.slots.swap_remove(at);
            self.index.remove(&gone.key);
            // The last entry moved into this place; look at it next.
            if let Some(moved) = self.slots.get(at) {
                self.index.insert(moved.key, at);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_entries_go_and_live_ones_stay() {
        let counters: Counters<u32, u32> = Counters::new(Duration::from_secs(10), 1_000, 0);
        let start = Instant::now();
        counters.with(1, start, || 0, |n| *n += 5);
        for key in 100..200 {
            counters.with(key, start, || 0, |n| *n += 1);
        }
        assert_eq!(counters.len(), 101);
        // Key 1 stays in use; the others go idle and are swept in bounded steps.
        let mut now = start;
        for _ in 0..40 {
            now += Duration::from_secs(1);
            counters.with(1, now, || 0, |n| *n += 0);
        }
        assert_eq!(counters.len(), 1, "idle entries were swept");
        assert_eq!(
            counters.with(1, now, || 0, |n| *n),
            5,
            "the live one kept its count"
        );
    }

    #[test]
    fn a_flood_of_new_keys_never_resets_a_used_up_limit() {
        let counters: Counters<u32, u32> = Counters::new(Duration::from_secs(300), 1_000, 0);
        let now = Instant::now();
        counters.with(7, now, || 0, |n| *n = 99);
        for key in 1_000..5_000 {
            counters.with(key, now, || 0, |n| *n += 1);
        }
        assert!(counters.len() <= 1_001, "{}", counters.len());
        assert_eq!(counters.with(7, now, || 0, |n| *n), 99);
        // Newcomers past capacity count together.
        let shared = counters.with(123_456_789, now, || 0, |n| *n);
        assert!(shared > 3_000, "{shared}");
    }

    #[test]
    fn memory_stays_bounded_as_addresses_come_and_go() {
        let counters: Counters<u32, ()> = Counters::new(Duration::from_secs(1), 100_000, 0);
        let mut now = Instant::now();
        let mut largest = 0;
        // 1,000 new keys a second for a minute, each used once.
        for second in 0..60u32 {
            for key in 0..1_000 {
                counters.with(second * 1_000 + key + 1, now, || (), |_| ());
            }
            largest = largest.max(counters.len());
            now += Duration::from_secs(1);
        }
        assert!(largest <= 2_500, "{largest}");
    }
}
