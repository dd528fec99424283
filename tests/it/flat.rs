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

fn mean(times: &[Duration]) -> Duration {
    times.iter().sum::<Duration>() / times.len() as u32
}

#[test]
fn five_thousand_chair_changes_cost_the_same_and_keep_memory_flat() {
    // On tmpfs where there is one: a synced write to a disk shared with
    // other work takes from under 1 ms to over 7 ms from one minute to the
    // next, which would drown the server's own cost this test measures.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let server = Server::start(dir.path(), None);
    let plan = server.get("/api/plan").json();
    let last = plan["items"].as_array().unwrap().len() as i64 - 1;
    let ask = plan["asks"][0]["id"].as_str().unwrap().to_owned();
    let holder = plan["asks"][0]["to"][0].as_str().unwrap().to_owned();
    server.must(r#"{"cmd":"start"}"#);
    let before = memory(&server);
    let (mut current, mut direction) = (0i64, 1i64);
    let mut times = Vec::with_capacity(moves());
    let answers = ["yes", "no", "waffle"];
    for n in 0..moves() {
        // A move, an extension, an answer, a move, and an undo of that move:
        // the record grows by runs and answers, as on a real night.
        let command = match n % 5 {
            0 | 3 => {
                if !(0..=last).contains(&(current + direction)) {
                    direction = -direction;
                }
                current += direction;
                if direction > 0 {
                    r#"{"cmd":"next"}"#
                } else {
                    r#"{"cmd":"back"}"#
                }
                .to_owned()
            }
            1 => r#"{"cmd":"extend","seconds":30}"#.to_owned(),
            2 => format!(
                r#"{{"cmd":"respond","ask":"{ask}","holder":"{holder}","answer":"{}","note":"said so at {n}"}}"#,
                answers[n % 3]
            ),
            _ => {
                current -= direction;
                r#"{"cmd":"undo"}"#.to_owned()
            }
        };
        let sent = Instant::now();
        let answer = server.command(&command);
        times.push(sent.elapsed());
        assert_eq!(answer.status, 200, "{n}: {command} -> {}", answer.body);
    }
    assert_eq!(
        server.get("/api/state").json()["current"].as_i64(),
        Some(current),
        "the moves landed where the test thinks"
    );
    let after = memory(&server);
    let first = mean(&times[..100]);
    let latest = mean(&times[times.len() - 100..]);
    let ratio = latest.as_secs_f64() / first.as_secs_f64();
    let grown = after.saturating_sub(before);
    eprintln!(
        "{} chair changes: first 100 {first:?}, last 100 {latest:?} (x{ratio:.2}); \
         memory {} MB -> {} MB (+{:.1} MB)",
        times.len(),
        before / 1_000_000,
        after / 1_000_000,
        grown as f64 / 1e6
    );
    // Each command is a connection and a synced commit; the ratio leaves
    // room for a busy machine, not for cost that grows with the log.
    assert!(ratio < 3.0, "the last commands took x{ratio:.2} the first");
    // The record itself grows by a few hundred bytes per change (runs,
    // answers with notes, idempotency of nothing): 5,000 changes are well
    // under 5 MB; 30 MB leaves room for the allocator, never a copy per change.
    assert!(grown < 30_000_000, "memory grew by {grown} bytes");
}
