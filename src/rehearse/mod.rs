//! `assembly rehearse`: fill a hall with simulated phones, drive it like a
//! chair and a crowd at the door would, and say whether the server kept up.
//!
//! The flow, one module per part:
//!
//! - [`phones`]: N attendee websockets, each recording every state frame
//!   it gets (its `seq` and arrival time);
//! - [`chair`]: chair actions through `POST /api/command`, timed from just
//!   before the request to the last phone showing the change;
//! - [`checkins`]: a surge of check-ins through the real `/join` form;
//! - [`http`]: the small keep-alive HTTP/1.1 client all of that uses;
//! - [`report`]: the table of measurements against targets and the verdict.
//!
//! Everything is bounded by a timeout, so a broken server makes the
//! rehearsal fail with a message, never hang.

pub mod chair;
pub mod checkins;
pub mod http;
pub mod phones;
pub mod report;

use std::time::Duration;

use serde_json::Value;

use self::chair::Chair;
use self::checkins::Count;
use self::http::Server;
use self::phones::Hall;
use self::report::{Report, ms, per_second, percentile};

/// Every phone must show a change, or its first state, within this.
const SETTLE_LIMIT: Duration = Duration::from_secs(10);
/// Accepted check-ins must be counted within this.
const COUNT_LIMIT: Duration = Duration::from_secs(5);
/// Below this many phones memory per phone is reported, not judged.
const MEMORY_MIN_PHONES: usize = 1000;
/// Open files kept for everything but the phones: check-in connections,
/// the chair, logs.
const SPARE_FILES: usize = 300;

/// What to simulate.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The server, e.g. http://127.0.0.1:8080
    #[arg(long)]
    pub url: String,
    /// Attendee websockets to open.
    #[arg(long, default_value_t = 1000)]
    pub phones: usize,
    /// The chair key, to time chair actions (without it none are sent).
    #[arg(long, env = "ASSEMBLY_CHAIR_KEY", hide_env_values = true)]
    pub chair_key: Option<String>,
    /// Chair actions to time, about 300 ms apart (mostly `next`).
    #[arg(long, default_value_t = 20)]
    pub actions: usize,
    /// Check-ins to send through the `/join` form, each as a new phone.
    #[arg(long, default_value_t = 0)]
    pub check_ins: usize,
    /// Keep the phones connected this many seconds more at the end, then check them again.
    #[arg(long, default_value_t = 0, value_name = "SECONDS")]
    pub duration: u64,
    /// Check-ins in flight at once, each on its own keep-alive connection.
    #[arg(long, default_value_t = 200)]
    pub concurrency: usize,
    /// Websocket handshakes in flight at once.
    #[arg(long, default_value_t = 500)]
    pub connect_concurrency: usize,
}

pub async fn run(options: Options) -> Result<(), String> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "assembly=warn".into()),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let server = Server::parse(&options.url).await?;
    let check_in_files = if options.check_ins > 0 {
        options.concurrency
    } else {
        0
    };
    raise_file_limit(options.phones, check_in_files)?;
    let mut report = Report::default();
    let result = rehearse(&options, &server, &mut report).await;
    if let Err(reason) = &result {
        report.stop(reason);
    }
    println!("{}", report.render().trim_end());
    result?;
    match report.missed().len() {
        0 => Ok(()),
        n => Err(format!(
            "rehearse: {n} target{} missed: {}",
            if n == 1 { "" } else { "s" },
            report.missed().join(", ")
        )),
    }
}

/// Every step in order, filling in `report` as it goes, so what was
/// measured before an error is still shown.
async fn rehearse(options: &Options, server: &Server, report: &mut Report) -> Result<(), String> {
    let baseline = server.get_json("/healthz").await.map_err(|e| {
        format!("{e}\nIs `assembly serve` running there? Start it, then rehearse again.")
    })?;
    let plan = server.get_json("/api/plan").await?;
    let mut chair = match (&options.chair_key, options.actions) {
        (Some(key), 1..) => {
            let mut chair = Chair::new(server, key);
            chair.check_key().await?;
            Some(chair)
        }
        _ => None,
    };

    let hall = Hall::connect(server, options.phones, options.connect_concurrency).await;
    let result = async {
        connected(options, server, &hall, &baseline, report).await?;
        if let Some(chair) = &mut chair {
            chair_actions(options, server, chair, &hall, &plan, report).await?;
        } else {
            report.info("chair actions", "none (give --chair-key and --actions)");
        }
        if options.check_ins > 0 {
            check_ins(options, server, &hall, &plan, report).await?;
        }
        on_final_seq(server, &hall, "phones on the final seq", report).await?;
        if options.duration > 0 {
            soak(options.duration).await;
            on_final_seq(server, &hall, "phones on the final seq after soak", report).await?;
        }
        let dropped = hall.dropped();
        report.check("phones dropped", dropped.to_string(), "0", dropped == 0);
        Ok(())
    }
    .await;
    hall.close();
    result
}

/// Raise this process's open-file limit; refuse to start if it cannot hold
/// every phone, rather than fail halfway with "too many open files".
fn raise_file_limit(phones: usize, check_in_files: usize) -> Result<(), String> {
    let spare = SPARE_FILES.max(check_in_files + 100);
    let needed = (phones + spare) as u64;
    let limit = match rlimit::increase_nofile_limit(needed) {
        Ok(limit) => limit,
        Err(e) => {
            tracing::warn!("could not raise the open-file limit: {e}");
            rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(0, |(soft, _)| soft)
        }
    };
    if limit >= needed {
        return Ok(());
    }
    let hard = rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(limit, |(_, hard)| hard);
    Err(format!(
        "this process may open only {limit} files, enough for {} phones, not {phones}.\n\
         Raise the limit in this shell with `ulimit -n {needed}` (its ceiling here is {hard}; \
         above that, root must raise the hard limit, e.g. in /etc/security/limits.conf), \
         or ask for fewer --phones.",
        (limit as usize).saturating_sub(spare)
    ))
}

/// After the handshakes: how many, how fast, and what they cost the server.
async fn connected(
    options: &Options,
    server: &Server,
    hall: &Hall,
    baseline: &Value,
    report: &mut Report,
) -> Result<(), String> {
    let wanted = options.phones;
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
    let health = server.get_json("/healthz").await?;
    report.info(
        "server sockets open",
        health["sockets"]
            .as_u64()
            .map_or("n/a".into(), |n| n.to_string()),
    );
    let memory = |v: &Value| v["memory_bytes"].as_u64();
    match (memory(baseline), memory(&health)) {
        _ if count == 0 => report.info("server memory per phone", "n/a (no phones)"),
        _ if !server.is_loopback() => {
            report.info("server memory per phone", "n/a (server on another machine)")
        }
        (Some(before), Some(after)) => {
            let kib = after.saturating_sub(before) as f64 / count as f64 / 1024.0;
            let value = format!("{kib:.1} KiB ({} MiB in all)", after / (1 << 20));
            // With few phones the server's one-off costs (allocator arenas,
            // buffers grown on first use) swamp the per-phone share.
            if count >= MEMORY_MIN_PHONES {
                report.check("server memory per phone", value, "<= 16 KiB", kib <= 16.0);
            } else {
                report.info("server memory per phone", value);
            }
        }
        _ => report.info("server memory per phone", "n/a (not reported by /healthz)"),
    }
    Ok(())
}

async fn chair_actions(
    options: &Options,
    server: &Server,
    chair: &mut Chair,
    hall: &Hall,
    plan: &Value,
    report: &mut Report,
) -> Result<(), String> {
    let state = server.get_json("/api/state").await?;
    let sent = chair::rehearse(chair, hall, plan, &state, options.actions).await?;
    // Phones that hung up miss everything after; they are counted as dropped.
    let receipts: Vec<_> = hall
        .phones
        .iter()
        .filter(|phone| !phone.dropped())
        .map(|phone| phone.receipts())
        .collect();
    let found = chair::latencies(&sent, &receipts);
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
    Ok(())
}

async fn check_ins(
    options: &Options,
    server: &Server,
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
    let before = checkins::phones_counted(server).await?;
    let count = options.check_ins;
    let burst = checkins::burst_apart(server, &institutions, count, options.concurrency).await?;
    let elapsed = burst.ended - burst.started;
    report.check(
        "check-ins",
        format!("{} ok, {} failed", burst.ok, burst.failed),
        "0 failed",
        burst.failed == 0,
    );
    if let Some(error) = &burst.first_error {
        report.note(format!("first check-in error: {error}"));
    }
    let rate = per_second(burst.ok, elapsed);
    let rate_text = format!("{rate:.0}/s ({:.2} s)", elapsed.as_secs_f64());
    if count >= 5000 {
        report.check("check-in rate", rate_text, ">= 5000/s", rate >= 5000.0);
    } else {
        report.info("check-in rate", rate_text);
    }
    for (name, q) in [("p50", 0.5), ("p99", 0.99)] {
        if let Some(value) = percentile(&burst.latencies, q) {
            report.info(&format!("check-in latency {name}"), ms(value));
        }
    }
    let expected = before + burst.ok as u64;
    let after = checkins::wait_counted(server, expected, COUNT_LIMIT).await?;
    let sum = format!("{before} + {} -> {after}", burst.ok);
    let (value, exact) = match checkins::compare(before, burst.ok as u64, after) {
        Count::Exact => (format!("exactly ({sum})"), true),
        Count::Short(n) => (format!("{n} not counted ({sum})"), false),
        Count::Over(n) => (format!("{n} counted twice ({sum})"), false),
    };
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
    Ok(())
}

/// Read the server's latest `seq` and wait until every phone has it.
async fn on_final_seq(
    server: &Server,
    hall: &Hall,
    metric: &str,
    report: &mut Report,
) -> Result<(), String> {
    let state = server.get_json("/api/state").await?;
    let final_seq = state["seq"]
        .as_u64()
        .ok_or_else(|| format!("/api/state has no seq: {state}"))?;
    hall.wait_for(Some(final_seq), SETTLE_LIMIT).await;
    let behind = phones::missed(&hall.last_seqs(), final_seq);
    let count = hall.phones.len();
    report.check(
        metric,
        format!("{}/{count} at seq {final_seq}", count - behind),
        "all",
        behind == 0,
    );
    Ok(())
}

/// Keep every phone connected a while longer, showing the time left.
async fn soak(seconds: u64) {
    for done in 0..seconds {
        progress(&format!("soaking {done}/{seconds} s"), false);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    progress(&format!("soaking {seconds}/{seconds} s"), true);
}

/// A progress line on stderr, redrawn in place on a terminal; elsewhere
/// (a log file, a test) only the final state is written.
pub(crate) fn progress(line: &str, finished: bool) {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        eprint!("\r{line}");
        if finished {
            eprintln!();
        }
    } else if finished {
        eprintln!("{line}");
    }
}
