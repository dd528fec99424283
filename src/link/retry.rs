//! How the link waits before trying a failed NATS call again:
//! exponentially from 100 ms, with jitter, never more than 2 s (backon's
//! exponential backoff). The jitter is what keeps a hall of relays that
//! lost NATS at the same moment from all trying again at the same moment.
//! Deadlines stay the callers' own: a wait never outlasts one (see
//! [`Backoff::wait_within`]). Timers (heartbeats, watch intervals) are not
//! retries and do not use this.

use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};

/// The first wait after a failure.
const FIRST: Duration = Duration::from_millis(100);
/// The longest wait before jitter; jitter adds up to as much again, so
/// no wait exceeds [`LONGEST`].
const CAP: Duration = Duration::from_secs(1);
/// The longest wait, jitter included.
pub const LONGEST: Duration = Duration::from_secs(2);

/// The waits between tries of one NATS call, until it works.
#[derive(Debug)]
pub struct Backoff(ExponentialBackoff);

impl Default for Backoff {
    fn default() -> Self {
        Self::new()
    }
}

impl Backoff {
    pub fn new() -> Self {
        Self(
            ExponentialBuilder::default()
                .with_min_delay(FIRST)
                .with_max_delay(CAP)
                .with_factor(2.0)
                .with_jitter()
                // The link tries again for as long as the process lives.
                .without_max_times()
                .build(),
        )
    }

    /// The next wait.
    fn next_wait(&mut self) -> Duration {
        self.0.next().unwrap_or(LONGEST).min(LONGEST)
    }

    /// Wait before the next try.
    pub async fn wait(&mut self) {
        tokio::time::sleep(self.next_wait()).await;
    }

    /// Wait before the next try, but never past `left`.
    pub async fn wait_within(&mut self, left: Duration) {
        tokio::time::sleep(self.next_wait().min(left)).await;
    }

    /// The call worked: the next failure starts again from the shortest wait.
    pub fn reset(&mut self) {
        *self = Self::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_from_100_ms_to_at_most_2_s_and_never_stop() {
        let mut backoff = Backoff::new();
        let waits: Vec<Duration> = (0..1_000).map(|_| backoff.next_wait()).collect();
        assert!(waits[0] >= FIRST && waits[0] <= 2 * FIRST, "{:?}", waits[0]);
        assert!(waits.iter().all(|w| *w >= FIRST && *w <= LONGEST));
        // After a few failures it waits around a second, not 100 ms.
        assert!(
            waits[10..].iter().all(|w| *w >= CAP),
            "{:?}",
            &waits[10..20]
        );
        backoff.reset();
        assert!(backoff.next_wait() <= 2 * FIRST, "reset starts short again");
    }

    /// Two relays that lose NATS together do not try again together.
    #[test]
    fn two_relays_do_not_wait_in_lockstep() {
        let mut one = Backoff::new();
        let mut two = Backoff::new();
        let a: Vec<Duration> = (0..8).map(|_| one.next_wait()).collect();
        let b: Vec<Duration> = (0..8).map(|_| two.next_wait()).collect();
        assert_ne!(a, b, "the same waits on two relays: no jitter");
    }
}
