//! Flat cost: a long evening of chair changes keeps each command as fast
//! and the server as small as at the start. Undo keeps only what a change
//! overwrote, and publishing shares the state instead of copying it.

use crate::common;

use std::time::{Duration, Instant};

use common::Server;

/// Chair changes sent; `ASSEMBLY_FLAT_MOVES` changes it for measurements.
fn moves() -> usize {
    std::env::var("ASSEMBLY_FLAT_MOVES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000)
}

fn memory(server: &Server) -> u64 {
    server.get("/healthz").json()["memory_bytes"]
        .as_u64()
        .expect("/healthz reports resident memory on Linux")
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The chair's evening, one command at a time: a move, an extension, an
/// answer, a move, and an undo of that move, so the record grows by runs
/// and answers as on a real night.
struct Evening {
    last: i64,
    ask: String,
    holder: String,
    current: i64,
    direction: i64,
    n: usize,
}

impl Evening {
    fn of(server: &Server) -> Evening {
        let plan = server.get("/api/plan").json();
        Evening {
            last: plan["items"].as_array().unwrap().len() as i64 - 1,
            ask: plan["asks"][0]["id"].as_str().unwrap().to_owned(),
            holder: plan["asks"][0]["to"][0].as_str().unwrap().to_owned(),
            current: 0,
            direction: 1,
            n: 0,
        }
    }

    fn next_command(&mut self) -> String {
        let n = self.n;
        self.n += 1;
        match n % 5 {
            0 | 3 => {
                if !(0..=self.last).contains(&(self.current + self.direction)) {
                    self.direction = -self.direction;
                }
                self.current += self.direction;
                if self.direction > 0 {
                    r#"{"cmd":"next"}"#
                } else {
                    r#"{"cmd":"back"}"#
                }
                .to_owned()
            }
            1 => r#"{"cmd":"extend","seconds":30}"#.to_owned(),
            2 => format!(
                r#"{{"cmd":"respond","ask":"{}","holder":"{}","answer":"{}","note":"said so at {n}"}}"#,
                self.ask,
                self.holder,
                ["yes", "no", "waffle"][n % 3]
            ),
            _ => {
                self.current -= self.direction;
                r#"{"cmd":"undo"}"#.to_owned()
            }
        }
    }

    /// Send the next command and say how long the answer took.
    fn step(&mut self, server: &Server) -> Duration {
        let command = self.next_command();
        let sent = Instant::now();
        let answer = server.command(&command);
        let took = sent.elapsed();
        assert_eq!(
            answer.status, 200,
            "{}: {command} -> {}",
            self.n, answer.body
        );
        took
    }
}

/// On tmpfs where there is one: a synced write to a disk shared with other
/// work takes from under 1 ms to over 7 ms from one minute to the next,
/// which would drown the server's own cost this test measures.
fn data_dir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    }
}

#[test]
fn five_thousand_chair_changes_cost_the_same_and_keep_memory_flat() {
    let (long_dir, fresh_dir) = (data_dir(), data_dir());
    let long = Server::start(long_dir.path(), None);
    long.must(r#"{"cmd":"start"}"#);
    let before = memory(&long);
    let mut evening = Evening::of(&long);
    for _ in 0..moves() {
        evening.step(&long);
    }
    assert_eq!(
        long.get("/api/state").json()["current"].as_i64(),
        Some(evening.current),
        "the moves landed where the test thinks"
    );
    let after = memory(&long);
    // Late against early, measured side by side: each command to the long
    // evening is followed by one to a fresh server starting its own, so
    // whatever else the machine does lands on both alike.
    let fresh = Server::start(fresh_dir.path(), None);
    fresh.must(r#"{"cmd":"start"}"#);
    let mut first = Evening::of(&fresh);
    let (mut late, mut early) = (Vec::new(), Vec::new());
    for _ in 0..200 {
        late.push(evening.step(&long));
        early.push(first.step(&fresh));
    }
    let (late, early) = (median(&mut late), median(&mut early));
    let ratio = late.as_secs_f64() / early.as_secs_f64();
    let grown = after.saturating_sub(before);
    eprintln!(
        "{} chair changes: then a command took {late:?} (median of 200) against {early:?} \
         on a fresh server at the same time (x{ratio:.2}); memory {} MB -> {} MB (+{:.1} MB)",
        evening.n,
        before / 1_000_000,
        after / 1_000_000,
        grown as f64 / 1e6
    );
    // Each command is a connection and a synced commit; the ratio leaves
    // room for noise, not for cost that grows with the log.
    assert!(
        ratio < 2.0,
        "after the evening a command took x{ratio:.2} a fresh one"
    );
    // The record itself grows by a few hundred bytes per change (runs,
    // answers with notes, idempotency of nothing): 5,000 changes are well
    // under 5 MB; 30 MB leaves room for the allocator, never a copy per change.
    assert!(grown < 30_000_000, "memory grew by {grown} bytes");
}
