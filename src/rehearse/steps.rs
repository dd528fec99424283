//! The rehearsal's measurements, one function per step, each writing its
//! rows: first for the whole hall (every phone on every target, under the
//! names scripts have always read), then, in a relay run, the same for each
//! target as `relay 1: ...`.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::Options;
use super::chair::{self, Chair};
use super::checkins::{self, Burst, Count};
use super::http::Server;
use super::phones::{self, Hall, Phone};
use super::report::{Report, ms, per_second, percentile};
use super::targets::Targets;

/// Every phone must show a change, or its first state, within this.
const SETTLE_LIMIT: Duration = Duration::from_secs(10);
/// Accepted check-ins must be counted within this.
const COUNT_LIMIT: Duration = Duration::from_secs(5);
/// A relay must reach the primary's `seq` (or count) within this: it follows
/// the primary's log, so it may be a moment behind, never more.
const CONVERGE_LIMIT: Duration = Duration::from_secs(10);
/// However long the relays took, their phones get this long after.
const PHONES_AFTER_RELAY: Duration = Duration::from_secs(2);
/// Below this many phones memory per phone is reported, not judged.
const MEMORY_MIN_PHONES: usize = 1000;

/// After the handshakes: how many, how fast, and what they cost the servers.
pub async fn connected(
    targets: &Targets,
    hall: &Hall,
    baselines: &[Value],
    report: &mut Report,
) -> Result<(), String> {
    let wanted = targets.phones();
    let count = hall.phones.len();
    report.check(
        "phones connected",
        format!("{count}/{wanted} ({} failed)", hall.failed),
        "all, 0 failed",
        count == wanted && hall.failed == 0,
    );
    if let Some(error) = &hall.first_error {
        report.note(format!("first connection error: {error}"));
    }
    let rate = per_second(count, hall.connect_time);
    let rate_text = format!("{rate:.0}/s ({:.2} s)", hall.connect_time.as_secs_f64());
    if wanted >= 5000 {
        report.check("connect rate", rate_text, ">= 5000/s", rate >= 5000.0);
    } else {
        report.info("connect rate", rate_text);
    }
    // Memory is measured once every phone has its first state, so each
    // socket has done all the work it will do at rest.
    if !hall.wait_for(None, SETTLE_LIMIT).await {
        tracing::warn!("some phones had no state {SETTLE_LIMIT:?} after connecting");
    }
    let mut healths = Vec::with_capacity(targets.list.len());
    for target in &targets.list {
        healths.push(target.server.get_json("/healthz").await?);
    }
    // Each server once, though the same one may be given twice.
    let servers = targets.by_address();
    let sockets = |first: usize| healths[first]["sockets"].as_u64();
    let memory = |v: &Value| v["memory_bytes"].as_u64();
    let total_sockets: Option<u64> = servers.iter().map(|(first, _)| sockets(*first)).sum();
    report.info("server sockets open", count_text(total_sockets));
    memory_row(
        report,
        "server memory per phone",
        count,
        servers.iter().map(|(f, _)| memory(&baselines[*f])).sum(),
        servers.iter().map(|(f, _)| memory(&healths[*f])).sum(),
        targets.list.iter().all(|t| t.server.is_loopback()),
    );
    if !targets.per_target {
        return Ok(());
    }
    for (n, target) in targets.list.iter().enumerate() {
        let connecting = &hall.targets[n];
        let metric = |name: &str| targets.metric(n, name);
        report.info(&metric("url"), target.url.as_str());
        report.check(
            &metric("phones connected"),
            format!(
                "{}/{} ({} failed)",
                connecting.connected, connecting.wanted, connecting.failed
            ),
            "all, 0 failed",
            connecting.connected == connecting.wanted && connecting.failed == 0,
        );
        if let Some(error) = &connecting.first_error {
            report.note(format!("{}: first connection error: {error}", target.label));
        }
        let rate = per_second(connecting.connected, connecting.connect_time);
        report.info(
            &metric("connect rate"),
            format!(
                "{rate:.0}/s ({:.2} s)",
                connecting.connect_time.as_secs_f64()
            ),
        );
        let (first, members) = servers
            .iter()
            .find(|(_, members)| members.contains(&n))
            .expect("every target has an address");
        report.info(&metric("server sockets open"), count_text(sockets(*first)));
        let phones = members.iter().map(|m| hall.targets[*m].connected).sum();
        memory_row(
            report,
            &metric("server memory per phone"),
            phones,
            memory(&baselines[*first]),
            memory(&healths[*first]),
            target.server.is_loopback(),
        );
    }
    Ok(())
}

fn count_text(n: Option<u64>) -> String {
    n.map_or("n/a".into(), |n| n.to_string())
}

/// Memory growth per phone, judged when there are enough phones to tell.
fn memory_row(
    report: &mut Report,
    metric: &str,
    phones: usize,
    before: Option<u64>,
    after: Option<u64>,
    loopback: bool,
) {
    match (before, after) {
        _ if phones == 0 => report.info(metric, "n/a (no phones)"),
        _ if !loopback => report.info(metric, "n/a (server on another machine)"),
        (Some(before), Some(after)) => {
            let kib = after.saturating_sub(before) as f64 / phones as f64 / 1024.0;
            let value = format!("{kib:.1} KiB ({} MiB in all)", after / (1 << 20));
            // With few phones the server's one-off costs (allocator arenas,
            // buffers grown on first use) swamp the per-phone share.
            if phones >= MEMORY_MIN_PHONES {
                report.check(metric, value, "<= 16 KiB", kib <= 16.0);
            } else {
                report.info(metric, value);
            }
        }
        _ => report.info(metric, "n/a (not reported by /healthz)"),
    }
}

/// What each phone that is still connected recorded.
fn receipts<'a>(
    phones: impl Iterator<Item = &'a std::sync::Arc<Phone>>,
) -> Vec<Vec<phones::Receipt>> {
    // Phones that hung up miss everything after; they are counted as dropped.
    phones
        .filter(|phone| !phone.dropped())
        .map(|phone| phone.receipts())
        .collect()
}

pub async fn chair_actions(
    options: &Options,
    targets: &Targets,
    chair: &mut Chair,
    hall: &Hall,
    plan: &Value,
    report: &mut Report,
) -> Result<(), String> {
    let state = targets.primary.get_json("/api/state").await?;
    let sent = chair::rehearse(chair, hall, plan, &state, options.actions).await?;
    // A chair action reached the hall when it reached the last phone anywhere.
    let found = chair::latencies(&sent, &receipts(hall.phones.iter()));
    let seqs = match (sent.first(), sent.last()) {
        (Some(first), Some(last)) => format!(" (seq {} to {})", first.seq, last.seq),
        _ => String::new(),
    };
    report.info("chair actions", format!("{}{seqs}", sent.len()));
    let to_last = &found.to_last_phone;
    for (name, q) in [("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0)] {
        let metric = format!("action to last phone {name}");
        let Some(value) = percentile(to_last, q) else {
            continue;
        };
        if name == "p99" {
            let met = value <= Duration::from_millis(200);
            report.check(&metric, ms(value), "<= 200 ms", met);
        } else {
            report.info(&metric, ms(value));
        }
    }
    for (name, q) in [("p50", 0.5), ("p99", 0.99)] {
        if let Some(value) = percentile(&found.to_first_phone, q) {
            report.info(&format!("action to first phone {name}"), ms(value));
        }
    }
    for (name, q) in [("p50", 0.5), ("p99", 0.99)] {
        if let Some(value) = percentile(&found.receipts, q) {
            report.info(&format!("phone receipt {name}"), ms(value));
        }
    }
    report.check(
        "phone-actions missed",
        found.missing.to_string(),
        "0",
        found.missing == 0,
    );
    if !targets.per_target {
        return Ok(());
    }
    for n in 0..targets.list.len() {
        let found = chair::latencies(&sent, &receipts(hall.on_target(n)));
        for (name, q) in [("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0)] {
            if let Some(value) = percentile(&found.to_last_phone, q) {
                let metric = targets.metric(n, &format!("action to last phone {name}"));
                report.info(&metric, ms(value));
            }
        }
        report.check(
            &targets.metric(n, "phone-actions missed"),
            found.missing.to_string(),
            "0",
            found.missing == 0,
        );
    }
    Ok(())
}

pub async fn check_ins(
    options: &Options,
    targets: &Targets,
    hall: &Hall,
    plan: &Value,
    report: &mut Report,
) -> Result<(), String> {
    let institutions: Vec<String> = plan["institutions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["id"].as_str().map(str::to_owned))
        .collect();
    // The primary is the one that commits every check-in, wherever it came in.
    let before = checkins::phones_counted(&targets.primary).await?;
    let count = options.check_ins;
    let wanted: Vec<_> = targets
        .list
        .iter()
        .map(|t| (t.server.clone(), t.check_ins))
        .collect();
    let bursts = checkins::burst_apart(&wanted, &institutions, options.concurrency).await?;
    let burst = Burst::merge(&bursts).ok_or("no target to check in at")?;
    burst_rows(report, "", &burst, count >= 5000);
    let expected = before + burst.ok as u64;
    let after = checkins::wait_counted(&targets.primary, expected, COUNT_LIMIT).await?;
    let (value, exact) = counted(before, burst.ok, after);
    report.check("check-ins counted", value, "exactly once", exact);

    if !hall.phones.is_empty() {
        // The burst as the phones saw it: until the last audience publish,
        // which comes at most 50 ms after the last check-in.
        let window = (burst.started, burst.ended + Duration::from_millis(100));
        let mut busiest = 0;
        let mut frames = 0;
        for phone in &hall.phones {
            let times: Vec<_> = phone
                .receipts()
                .into_iter()
                .map(|r| r.at)
                .filter(|at| (window.0..=window.1).contains(at))
                .collect();
            busiest = busiest.max(phones::busiest_second(&times));
            frames += times.len();
        }
        let mean = frames as f64 / hall.phones.len() as f64 / (window.1 - window.0).as_secs_f64();
        report.check(
            "phone updates during check-ins",
            format!("{busiest} in the busiest second (mean {mean:.1}/s)"),
            "<= 20/s",
            // Two frames of slack for timer jitter at the window's edges.
            busiest <= 22,
        );
    }
    if !targets.per_target {
        return Ok(());
    }
    for (n, target) in targets.list.iter().enumerate() {
        if target.check_ins > 0 {
            burst_rows(report, &format!("{}: ", target.label), &bursts[n], false);
        }
        if !target.primary {
            // A relay shows the count it follows from the primary's log.
            let after = checkins::wait_counted(&target.server, expected, CONVERGE_LIMIT).await?;
            let (value, exact) = counted(before, burst.ok, after);
            report.check(
                &targets.metric(n, "check-ins counted"),
                value,
                "exactly once",
                exact,
            );
        }
    }
    Ok(())
}

/// How a burst went: answers, rate, latency; `prefix` names the target.
fn burst_rows(report: &mut Report, prefix: &str, burst: &Burst, judge_rate: bool) {
    report.check(
        &format!("{prefix}check-ins"),
        format!("{} ok, {} failed", burst.ok, burst.failed),
        "0 failed",
        burst.failed == 0,
    );
    if let Some(error) = &burst.first_error {
        report.note(format!("{prefix}first check-in error: {error}"));
    }
    let elapsed = burst.ended - burst.started;
    let rate = per_second(burst.ok, elapsed);
    let rate_text = format!("{rate:.0}/s ({:.2} s)", elapsed.as_secs_f64());
    if judge_rate {
        let metric = format!("{prefix}check-in rate");
        report.check(&metric, rate_text, ">= 5000/s", rate >= 5000.0);
    } else {
        report.info(&format!("{prefix}check-in rate"), rate_text);
    }
    for (name, q) in [("p50", 0.5), ("p99", 0.99)] {
        if let Some(value) = percentile(&burst.latencies, q) {
            report.info(&format!("{prefix}check-in latency {name}"), ms(value));
        }
    }
}

/// The value and verdict of a "check-ins counted" row.
fn counted(before: u64, ok: usize, after: u64) -> (String, bool) {
    let sum = format!("{before} + {ok} -> {after}");
    match checkins::compare(before, ok as u64, after) {
        Count::Exact => (format!("exactly ({sum})"), true),
        Count::Short(n) => (format!("{n} not counted ({sum})"), false),
        Count::Over(n) => (format!("{n} counted twice ({sum})"), false),
    }
}

/// Read the primary's latest `seq`, give every relay a bounded time to
/// reach it, then wait until every phone has it. `after` ends each metric's
/// name (" after soak").
pub async fn on_final_seq(
    targets: &Targets,
    hall: &Hall,
    after: &str,
    report: &mut Report,
) -> Result<(), String> {
    let state = targets.primary.get_json("/api/state").await?;
    let final_seq = state["seq"]
        .as_u64()
        .ok_or_else(|| format!("/api/state has no seq: {state}"))?;
    let started = Instant::now();
    let reached = if targets.per_target {
        converge(targets, final_seq, CONVERGE_LIMIT).await
    } else {
        Vec::new()
    };
    // One budget for the relays and their phones: a phone gets a frame
    // milliseconds after its relay has the change, and a relay that never
    // caught up should not cost a second full wait.
    let left = SETTLE_LIMIT.saturating_sub(started.elapsed());
    hall.wait_for(Some(final_seq), left.max(PHONES_AFTER_RELAY))
        .await;
    let on_seq = |phones: Vec<&std::sync::Arc<Phone>>| {
        let last: Vec<_> = phones.iter().map(|p| p.last_seq()).collect();
        let behind = phones::missed(&last, final_seq);
        let count = phones.len();
        (
            format!("{}/{count} at seq {final_seq}", count - behind),
            behind == 0,
        )
    };
    let (value, met) = on_seq(hall.phones.iter().collect());
    report.check(
        &format!("phones on the final seq{after}"),
        value,
        "all",
        met,
    );
    for (n, reached) in reached.into_iter().enumerate() {
        if let Some(reached) = reached {
            let (value, met) = match reached {
                Ok((seq, took)) if seq >= final_seq => {
                    (format!("{seq}, reached in {}", ms(took)), true)
                }
                Ok((seq, took)) => (format!("{seq} after {}", ms(took)), false),
                Err(error) => (error, false),
            };
            let metric = targets.metric(n, &format!("server seq{after}"));
            report.check(&metric, value, &format!(">= {final_seq}"), met);
        }
        let (value, met) = on_seq(hall.on_target(n).collect());
        let metric = targets.metric(n, &format!("phones on the final seq{after}"));
        report.check(&metric, value, "all", met);
    }
    Ok(())
}

/// Poll every relay's `/healthz` until its `seq` reaches `final_seq` or
/// `limit` passes: per target, `None` for the primary itself, else the
/// last `seq` seen and when (or why none was).
async fn converge(
    targets: &Targets,
    final_seq: u64,
    limit: Duration,
) -> Vec<Option<Result<(u64, Duration), String>>> {
    let started = Instant::now();
    let mut reached: Vec<_> = targets
        .list
        .iter()
        .map(|t| (!t.primary).then(|| Err("no answer".to_owned())))
        .collect();
    loop {
        for (target, seen) in targets.list.iter().zip(&mut reached) {
            let Some(seen) = seen else { continue };
            if matches!(seen, Ok((seq, _)) if *seq >= final_seq) {
                continue;
            }
            *seen = relay_seq(&target.server)
                .await
                .map(|seq| (seq, started.elapsed()));
        }
        let done = reached
            .iter()
            .flatten()
            .all(|seen| matches!(seen, Ok((seq, _)) if *seq >= final_seq));
        if done || started.elapsed() >= limit {
            return reached;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A relay's `seq` from `/healthz`, which tells it even while the relay
/// answers 503 (reconnecting to the hall).
async fn relay_seq(server: &Server) -> Result<u64, String> {
    let (status, health) = server.get_json_any("/healthz").await?;
    health["seq"]
        .as_u64()
        .ok_or_else(|| format!("/healthz answered {status} without a seq"))
}

/// Phones whose sockets ended before the rehearsal closed them.
pub fn dropped(targets: &Targets, hall: &Hall, report: &mut Report) {
    let dropped = hall.dropped();
    report.check("phones dropped", dropped.to_string(), "0", dropped == 0);
    if targets.per_target {
        for n in 0..targets.list.len() {
            let dropped = hall.on_target(n).filter(|p| p.dropped()).count();
            let metric = targets.metric(n, "phones dropped");
            report.check(&metric, dropped.to_string(), "0", dropped == 0);
        }
    }
}
