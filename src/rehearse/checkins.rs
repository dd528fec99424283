//! A check-in surge through the real `/join` form: many phones scanning the
//! QR code at the door at once, each a new device (no cookie), spread over
//! the plan's institutions and "on my own".

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::http::{Conn, Server};

/// How the burst went, as the senders saw it.
#[derive(Debug)]
pub struct Burst {
    pub ok: usize,
    pub failed: usize,
    pub first_error: Option<String>,
    pub started: Instant,
    pub ended: Instant,
    /// Per successful check-in, sorted.
    pub latencies: Vec<Duration>,
}

impl Burst {
    /// Several targets' bursts as one, for the total.
    pub fn merge(bursts: &[Burst]) -> Option<Burst> {
        let first = bursts.first()?;
        let mut total = Burst {
            ok: 0,
            failed: 0,
            first_error: None,
            started: first.started,
            ended: first.ended,
            latencies: Vec::new(),
        };
        for burst in bursts {
            total.ok += burst.ok;
            total.failed += burst.failed;
            if total.first_error.is_none() {
                total.first_error.clone_from(&burst.first_error);
            }
            total.started = total.started.min(burst.started);
            total.ended = total.ended.max(burst.ended);
            total.latencies.extend(&burst.latencies);
        }
        total.latencies.sort();
        Some(total)
    }
}

/// [`burst`] on a runtime of its own thread, so the senders are not queued
/// behind thousands of phone tasks each time a frame reaches the hall: at
/// the door the check-ins come from other phones than those already
/// inside, and the measurement should be the server's, not ours.
pub async fn burst_apart(
    targets: &[(Server, usize)],
    institutions: &[String],
    workers: usize,
) -> Result<Vec<Burst>, String> {
    let (targets, institutions) = (targets.to_vec(), institutions.to_vec());
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("check-ins".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            let result = match runtime {
                Ok(runtime) => Ok(runtime.block_on(burst(&targets, &institutions, workers))),
                Err(e) => Err(format!("cannot start the check-in runtime: {e}")),
            };
            let _ = tx.send(result);
        })
        .map_err(|e| format!("cannot start the check-in thread: {e}"))?;
    rx.await
        .map_err(|_| "the check-in thread stopped without an answer".to_owned())?
}

/// Send each `(server, count)` target its check-ins at once, from
/// `workers` keep-alive connections shared out between the targets. Each
/// must be answered `303` with a device cookie, as a browser form would be.
/// One [`Burst`] per target, in order.
pub async fn burst(
    targets: &[(Server, usize)],
    institutions: &[String],
    workers: usize,
) -> Vec<Burst> {
    // Slots: every institution, then "on my own" (an empty field).
    let slots: Arc<Vec<String>> = Arc::new(
        institutions
            .iter()
            .map(|id| format!("institution={id}"))
            .chain(std::iter::once("institution=".to_owned()))
            .collect(),
    );
    let count: usize = targets.iter().map(|(_, n)| n).sum();
    let done = Arc::new(AtomicUsize::new(0));
    // Bounded, so a stuck server cannot hold the rehearsal for long.
    let deadline =
        Instant::now() + Duration::from_secs(30) + Duration::from_millis(3 * count as u64);
    let busy = targets.iter().filter(|(_, n)| *n > 0).count();
    let mut shares = super::targets::split(workers.max(busy), busy).into_iter();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (target, (server, wanted)) in targets.iter().enumerate() {
        let wanted = *wanted;
        if wanted == 0 {
            continue;
        }
        let next = Arc::new(AtomicUsize::new(0));
        for _ in 0..shares.next().unwrap_or(1).clamp(1, wanted) {
            let (server, slots, next, done) =
                (server.clone(), slots.clone(), next.clone(), done.clone());
            tasks.push((
                target,
                tokio::spawn(async move {
                    let mut conn = Conn::new(server);
                    let mut latencies = Vec::new();
                    let mut first_error = None;
                    let mut last = Instant::now();
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        if n >= wanted {
                            break;
                        }
                        if Instant::now() >= deadline {
                            first_error.get_or_insert_with(|| {
                                "the check-in burst ran out of time".to_owned()
                            });
                            break;
                        }
                        let sent = Instant::now();
                        let result = check_in(&mut conn, &slots[n % slots.len()]).await;
                        last = Instant::now();
                        match result {
                            Ok(()) => latencies.push(last - sent),
                            Err(error) => {
                                tracing::debug!("a check-in failed: {error}");
                                first_error.get_or_insert(error);
                            }
                        }
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    (latencies, first_error, last)
                }),
            ));
        }
    }
    let mut progress = tokio::time::interval(Duration::from_millis(100));
    while !tasks.iter().all(|(_, t)| t.is_finished()) {
        progress.tick().await;
        let line = format!("check-ins {}/{count}", done.load(Ordering::Relaxed));
        super::progress(&line, false);
    }
    super::progress(
        &format!("check-ins {}/{count}", done.load(Ordering::Relaxed)),
        true,
    );
    let mut bursts: Vec<Burst> = targets
        .iter()
        .map(|_| Burst {
            ok: 0,
            failed: 0,
            first_error: None,
            started,
            ended: started,
            latencies: Vec::new(),
        })
        .collect();
    for (target, task) in tasks {
        let burst = &mut bursts[target];
        match task.await {
            Ok((latencies, first_error, last)) => {
                burst.latencies.extend(latencies);
                burst.ended = burst.ended.max(last);
                if burst.first_error.is_none() {
                    burst.first_error = first_error;
                }
            }
            Err(e) => {
                burst.first_error.get_or_insert(e.to_string());
            }
        }
    }
    for (burst, (_, wanted)) in bursts.iter_mut().zip(targets) {
        // Errors, time running out and a failed worker all leave check-ins
        // unacknowledged.
        burst.ok = burst.latencies.len();
        burst.failed = wanted - burst.ok;
        burst.latencies.sort();
    }
    bursts
}

async fn check_in(conn: &mut Conn, body: &str) -> Result<(), String> {
    let response = conn
        .send(
            "POST",
            "/join",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
        .await
        .map_err(|e| format!("POST /join: {e}"))?;
    let cookie = response
        .header("set-cookie")
        .is_some_and(|c| c.starts_with("assembly_device="));
    if response.status == 303 && cookie {
        Ok(())
    } else if response.status == 429 {
        Err(
            "POST /join answered 429 Too Many Requests: the server limits new phones per \
             network address, and every simulated phone comes from this one. For a rehearsal \
             start the server with `--join-rate 0` (or ASSEMBLY_JOIN_RATE=0)"
                .to_owned(),
        )
    } else {
        let mut text = response.text();
        text.truncate(200);
        Err(format!(
            "POST /join answered {}{}: {text}",
            response.status,
            if cookie {
                ""
            } else {
                " without a device cookie"
            }
        ))
    }
}

/// How the server's count of phones compares with the check-ins it accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Exact,
    /// Accepted but not counted.
    Short(u64),
    /// Counted more often than accepted.
    Over(u64),
}

/// Compare the phones counted after a burst with those before plus the
/// check-ins that were acknowledged.
pub fn compare(before: u64, accepted: u64, after: u64) -> Count {
    let expected = before + accepted;
    match after.cmp(&expected) {
        std::cmp::Ordering::Equal => Count::Exact,
        std::cmp::Ordering::Less => Count::Short(expected - after),
        std::cmp::Ordering::Greater => Count::Over(after - expected),
    }
}

/// The phones the public state counts.
pub async fn phones_counted(server: &Server) -> Result<u64, String> {
    let state = server.get_json("/api/state").await?;
    state["turnout"]["phones"]
        .as_u64()
        .ok_or_else(|| format!("/api/state has no turnout.phones: {state}"))
}

/// Wait (at most `limit`) until the count reaches `expected`, which may take
/// a publish (audience changes go out at most every 50 ms); the last count.
pub async fn wait_counted(server: &Server, expected: u64, limit: Duration) -> Result<u64, String> {
    let deadline = Instant::now() + limit;
    loop {
        let counted = phones_counted(server).await?;
        if counted == expected || Instant::now() >= deadline {
            return Ok(counted);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_check_in_must_be_counted_exactly_once() {
        assert_eq!(compare(3, 200, 203), Count::Exact);
        assert_eq!(compare(0, 200, 198), Count::Short(2));
        assert_eq!(compare(0, 200, 201), Count::Over(1));
        assert_eq!(compare(10, 0, 10), Count::Exact);
    }
}
