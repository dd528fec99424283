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
//! - [`targets`]: where phones and check-ins go: the server (`--url`), or
//!   split evenly across the relays that follow it (`--relay`);
//! - `steps`: each step's measurements, for the whole hall and per target;
//! - [`http`]: the keep-alive HTTP/1.1 client all of that uses (hyper's
//!   client connection; the integration tests use it too);
//! - [`report`]: the table of measurements against targets and the verdict;
//! - [`workers`]: child processes holding phones when the hall is bigger
//!   than one process's open-file limit.
//!
//! Everything is bounded by a timeout, so a broken server makes the
//! rehearsal fail with a message, never hang.

pub mod bare;
pub mod bare_relay;
pub mod chair;
pub mod checkins;
pub mod http;
pub mod phones;
pub mod report;
mod steps;
pub mod targets;
pub mod workers;

use std::time::Duration;

use self::chair::Chair;
use self::http::Server;
use self::phones::Hall;
use self::report::Report;
use self::targets::Targets;

/// Open files kept for everything but the phones: check-in connections,
/// the chair, logs.
const SPARE_FILES: usize = 300;

/// What to simulate.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The server (the venue's primary), e.g. http://127.0.0.1:8080. Chair
    /// actions always go here.
    #[arg(long)]
    pub url: String,
    /// A relay following the server: phones and check-ins are then split
    /// evenly across the relays instead of going to --url. Repeat it, or
    /// separate URLs with commas.
    #[arg(long = "relay", value_name = "URL", value_delimiter = ',')]
    pub relays: Vec<String>,
    /// Attendee websockets to open (split across the relays, if any).
    #[arg(long, default_value_t = 1000)]
    pub phones: usize,
    /// With --relay: this many more phones on --url itself.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub phones_on_primary: usize,
    /// The chair key, to time chair actions (without it none are sent).
    #[arg(long, env = "ASSEMBLY_CHAIR_KEY", hide_env_values = true)]
    pub chair_key: Option<String>,
    /// Chair actions to time, about 300 ms apart (mostly `next`).
    #[arg(long, default_value_t = 20)]
    pub actions: usize,
    /// Check-ins to send through the `/join` form, each as a new phone
    /// (split across the relays, if any).
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
    /// Phones open their socket without the plan, as a page that does not
    /// hold it would, and are sent it whole. By default they open it as the
    /// `/join` page does: the page carries the plan, so the socket names
    /// its `plan_seq` and is sent the state alone.
    #[arg(long)]
    pub ask_plan: bool,
    /// Hold the phones in child processes of at most N each, as a hall
    /// bigger than this process's open-file limit does anyway.
    #[arg(long, value_name = "N", hide = true)]
    pub phones_per_process: Option<usize>,
}

pub async fn run(options: Options) -> Result<(), String> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "assembly=warn".into()),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let targets = Targets::resolve(
        &options.url,
        &options.relays,
        options.phones,
        options.phones_on_primary,
        options.check_ins,
    )
    .await?;
    let check_in_files = if options.check_ins > 0 {
        options.concurrency
    } else {
        0
    };
    let per_child = match (
        options.phones_per_process,
        raise_file_limit(targets.phones(), check_in_files),
    ) {
        (Some(most), _) => Some(most.max(1)),
        (None, Ok(())) => None,
        (None, Err(reason)) => Some(per_child(targets.phones(), &reason)?),
    };
    let mut report = Report::default();
    let result = rehearse(&options, &targets, per_child, &mut report).await;
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
async fn rehearse(
    options: &Options,
    targets: &Targets,
    per_child: Option<usize>,
    report: &mut Report,
) -> Result<(), String> {
    targets.primary.get_json("/healthz").await.map_err(|e| {
        format!("{e}\nIs `assembly serve` running there? Start it, then rehearse again.")
    })?;
    let mut baselines = Vec::with_capacity(targets.list.len());
    for target in &targets.list {
        let health = target.server.get_json("/healthz").await.map_err(|e| {
            if targets.per_target {
                format!(
                    "{e}\nIs `assembly relay` running at {}? Start it, then rehearse again.",
                    target.url
                )
            } else {
                format!("{e}\nIs `assembly serve` running there? Start it, then rehearse again.")
            }
        })?;
        baselines.push(health);
    }
    let plan = targets.primary.get_json("/api/plan").await?;
    let mut chair = match (&options.chair_key, options.actions) {
        (Some(key), 1..) => {
            let mut chair = Chair::new(&targets.primary, key);
            chair.check_key().await?;
            Some(chair)
        }
        _ => None,
    };

    let wanted: Vec<_> = targets
        .list
        .iter()
        .map(|t| (t.server.clone(), t.phones))
        .collect();
    let held = if options.ask_plan {
        None
    } else {
        held_plan(&targets.primary).await?
    };
    let hall = Hall::connect(&wanted, options.connect_concurrency, per_child, held).await;
    let result = async {
        steps::connected(targets, &hall, &baselines, report).await?;
        if let Some(chair) = &mut chair {
            steps::chair_actions(options, targets, chair, &hall, &plan, report).await?;
        } else {
            report.info("chair actions", "none (give --chair-key and --actions)");
        }
        if options.check_ins > 0 {
            steps::check_ins(options, targets, &hall, &plan, report).await?;
        }
        steps::on_final_seq(targets, &hall, "", report).await?;
        if options.duration > 0 {
            soak(options.duration).await;
            steps::on_final_seq(targets, &hall, " after soak", report).await?;
        }
        steps::dropped(targets, &hall, report);
        Ok(())
    }
    .await;
    hall.close();
    result
}

/// The `plan_seq` a phone's `/join` page holds the plan at: what its
/// socket names. `None` from a server whose state has none (the bare
/// protocol's), whose phones are sent no plan anyway.
async fn held_plan(server: &Server) -> Result<Option<u64>, String> {
    let state = server.get_json("/api/state").await?;
    Ok(state.get("plan_seq").and_then(serde_json::Value::as_u64))
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

/// The phones each child process holds when this one cannot hold them
/// all: as many as the hard open-file limit allows, which every child
/// inherits. `reason` is why this process cannot, for when a child
/// could not either.
fn per_child(phones: usize, reason: &str) -> Result<usize, String> {
    let hard = match rlimit::getrlimit(rlimit::Resource::NOFILE) {
        Ok((_, hard)) if hard == rlimit::INFINITY => u64::MAX,
        Ok((_, hard)) => hard,
        Err(_) => 0,
    };
    let most = usize::try_from(hard.saturating_sub(SPARE_FILES as u64)).unwrap_or(usize::MAX);
    // A child would need as many files as half the hall or more to be
    // worth it: below that, the limit is too low for any split to help.
    if most < 1000 || most >= phones {
        return Err(reason.to_string());
    }
    tracing::info!(
        "{phones} phones are more than one process may hold: children of up to {most} each"
    );
    Ok(most)
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
