//! `assembly serve`: claim the data dir, listen, settle which plan it
//! serves, and run. A start that fails at any step has written nothing
//! to a data dir another server holds.

mod claim;
pub mod desk;
pub use claim::Claim;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

use crate::domain::{Plan, State};
use crate::hub::Hub;
use crate::store::Store;
use crate::{plan, web};

/// Shortest chair key an organiser may choose.
pub const KEY_MIN: usize = 16;

/// `assembly serve`: every flag is also an `ASSEMBLY_*` variable.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The plan file (TOML). Without it: the saved assembly, or the demo.
    pub plan: Option<PathBuf>,
    /// Folder for the record (the SQLite event log).
    #[arg(long, env = "ASSEMBLY_DATA", default_value = "assembly-data")]
    pub data: PathBuf,
    /// The chair's key, at least 16 characters (default: a random key kept in the data dir).
    #[arg(long, env = "ASSEMBLY_CHAIR_KEY", hide_env_values = true)]
    pub chair_key: Option<String>,
    #[command(flatten)]
    pub public: Public,
    #[command(flatten)]
    pub link: crate::link::NatsOptions,
    /// The assembly's id on NATS, naming its stream and subjects (default:
    /// one made on the first `--nats` start and kept in the data dir).
    #[arg(long, env = "ASSEMBLY_ID", value_name = "ID")]
    pub assembly: Option<String>,
    /// The program that reads imported spreadsheets, run as `PROGRAM
    /// import-worker` (default: this binary).
    #[arg(long, env = "ASSEMBLY_IMPORT_WORKER", value_name = "PATH", hide = true)]
    pub import_worker: Option<PathBuf>,
    /// Seconds an import may take before its worker is stopped.
    #[arg(
        long,
        env = "ASSEMBLY_IMPORT_SECONDS",
        default_value_t = 20,
        hide = true
    )]
    pub import_seconds: u64,
    /// The memory an import's worker may use, in MB.
    #[arg(
        long,
        env = "ASSEMBLY_IMPORT_MEMORY_MB",
        default_value_t = 1024,
        hide = true
    )]
    pub import_memory_mb: u64,
}

/// How the public reaches a server: the flags `serve` and `relay` share.
#[derive(Debug, Clone, clap::Args)]
pub struct Public {
    /// Address and port to listen on.
    #[arg(long, env = "ASSEMBLY_BIND", default_value = "0.0.0.0:8080")]
    pub bind: String,
    /// Address phones use to reach this server, for the QR code
    /// (default: this machine's LAN address).
    #[arg(long, env = "ASSEMBLY_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Most phones connected live at once; more are told the hall is full online.
    #[arg(long, env = "ASSEMBLY_MAX_PHONES", default_value_t = 20_000)]
    pub max_phones: usize,
    /// New devices per second from one network address (burst: ten
    /// seconds' worth, at least 100); 0 lifts the limit for rehearsals.
    #[arg(long, env = "ASSEMBLY_JOIN_RATE", default_value_t = 20)]
    pub join_rate: u32,
    /// A reverse proxy in front of this server (nginx, Caddy), as an address
    /// or network such as 127.0.0.1/32; repeat for several (comma-separated
    /// in the variable). Only requests from these count the client address
    /// in X-Forwarded-For or Forwarded.
    #[arg(
        long,
        env = "ASSEMBLY_TRUSTED_PROXY",
        value_name = "CIDR",
        value_delimiter = ','
    )]
    pub trusted_proxy: Vec<web::Cidr>,
    /// Seconds between pings of a quiet socket; two unanswered close it.
    #[arg(long, default_value_t = 20, hide = true)]
    pub ping_seconds: u64,
    /// Seconds a connection may take to send a request head; idle
    /// kept-alive connections close after as long.
    #[arg(long, default_value_t = 10, hide = true)]
    pub header_seconds: u64,
}

impl Public {
    /// Refuse a public URL phones could not open.
    pub fn check(&self) -> Result<(), String> {
        if let Some(url) = &self.public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(format!(
                "--public-url must be a whole address phones can open, starting with http:// or \
                 https://, such as http://192.168.1.5:8080 (got \"{url}\")"
            ));
        }
        Ok(())
    }

    /// Listen on `--bind`, with a message that says what to do if it cannot.
    pub async fn listen(&self) -> Result<tokio::net::TcpListener, String> {
        listen(&self.bind).await.map_err(|e| {
            format!(
                "cannot listen on {}: {e}. Is another server running there? \
                 Choose another with --bind, for example --bind 0.0.0.0:8081",
                self.bind
            )
        })
    }

    /// The web side's settings for a server listening on `local`.
    pub fn settings(
        &self,
        local: SocketAddr,
        chair_key: String,
        device_secret: Option<String>,
        relay: bool,
    ) -> web::Settings {
        web::Settings {
            chair_key,
            public_url: base_url(self.public_url.as_deref(), local),
            max_phones: self.max_phones,
            join_rate: self.join_rate,
            trusted_proxies: self.trusted_proxy.clone(),
            ping_every: std::time::Duration::from_secs(self.ping_seconds.max(1)),
            device_secret,
            header_timeout: std::time::Duration::from_secs(self.header_seconds.max(1)),
            relay,
            relays: None,
            import: crate::import::worker::Worker::default(),
        }
    }
}

/// Read and validate a plan file, with every problem rendered for a person.
pub fn read_plan(path: &Path) -> Result<Plan, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the plan {}: {e}", path.display()))?;
    plan::parse(&source).map_err(|e| e.render(&path.display().to_string()))
}

/// The plan the record begins with, and a plan file to apply to it as a
/// change once the log is replayed.
pub struct Settled {
    pub base: Plan,
    pub change: Option<(PathBuf, Plan)>,
}

/// Decide which plan the data dir serves, without ever mixing two
/// assemblies; `events` is how many changes the record holds. A plan file
/// given for a data dir with a record becomes a plan change, under the
/// same rules as one saved in `/setup` (see [`apply_plan_file`]).
pub fn settle_plan(
    store: &Store,
    given: Option<(PathBuf, Plan)>,
    events: u64,
) -> Result<Settled, String> {
    let saved = store.plan().map_err(|e| e.to_string())?;
    let settled = |base, change| Ok(Settled { base, change });
    // The record begins with this plan file: remember it was given.
    let begin_with = |plan: Plan| {
        store.save_plan(&plan).map_err(|e| e.to_string())?;
        let json = serde_json::to_string(&plan).expect("a plan always serializes");
        store
            .set_meta(PLAN_FILE, &json)
            .map_err(|e| e.to_string())?;
        settled(plan, None)
    };
    match (given, saved) {
        (Some((_, plan)), Some(saved)) if events == 0 => {
            if plan != saved {
                tracing::info!(
                    "replacing the saved plan: nothing has happened in this data dir yet"
                );
            }
            begin_with(plan)
        }
        (Some(given), Some(saved)) => settled(saved, Some(given)),
        (Some((_, plan)), None) => begin_with(plan),
        (None, Some(saved)) => settled(saved, None),
        (None, None) => {
            tracing::info!("no plan given and none saved: serving the demo assembly");
            let plan = plan::demo();
            store.save_plan(&plan).map_err(|e| e.to_string())?;
            settled(plan, None)
        }
    }
}

/// The meta key of the last plan file given to `serve` for this record.
const PLAN_FILE: &str = "plan_file";

/// Apply a plan file to a replayed record as a plan change, before the hub
/// starts: say what changed, or why the record refuses it (then nothing is
/// written). A file unchanged since it was last given changes nothing, so
/// restarting with the same command keeps what `/setup` changed since.
pub fn apply_plan_file(
    store: &mut Store,
    state: &mut State,
    path: &Path,
    plan: Plan,
    data: &Path,
) -> Result<(), String> {
    let last = match store.meta(PLAN_FILE).map_err(|e| e.to_string())? {
        Some(json) => crate::store::read_plan(&json).ok(),
        None => store.plan().map_err(|e| e.to_string())?,
    };
    let remember = |store: &Store| {
        let json = serde_json::to_string(&plan).expect("a plan always serializes");
        store.set_meta(PLAN_FILE, &json).map_err(|e| e.to_string())
    };
    if *state.plan == plan {
        return remember(store);
    }
    if last.as_ref() == Some(&plan) {
        println!(
            "{} is as it was when last given; the plan has been changed since (in /setup), \
             so the changed plan is served. Download it from /export/plan.toml to keep the file up to date.",
            path.display()
        );
        return Ok(());
    }
    let changes = crate::domain::plan_change::diff(&state.plan, &plan);
    let command = crate::domain::Command::ChangePlan(Box::new(plan.clone()));
    match state.decide(&command, None, None) {
        Ok(Some(event)) => {
            let envelope = crate::domain::Envelope {
                seq: state.seq + 1,
                at: crate::hub::now_ms(),
                id: None,
                event,
            };
            store
                .append(std::slice::from_ref(&envelope))
                .map_err(|e| e.to_string())?;
            state.apply(&envelope);
            remember(store)?;
            println!(
                "{} changes the plan of this record (change {}):",
                path.display(),
                envelope.seq
            );
            for change in &changes {
                println!("  - {change}");
            }
            Ok(())
        }
        Ok(None) => remember(store),
        Err(crate::domain::Refusal::Locked(locked)) => {
            let reasons: String = locked.iter().map(|l| format!("\n  - {l}")).collect();
            Err(format!(
                "the data dir {data} holds the record of \"{saved_title}\" ({events} changes), \
                 and {path} is a different plan that takes away what the record refers to:{reasons}\n\
                 Nothing was changed. Edit {path} to keep those (or change the plan in /setup); \
                 to go on with the saved assembly, run `assembly serve --data {data}` without a plan. \
                 To run a new assembly, give it a new data dir: `assembly serve {path} --data NEW_DIR`. \
                 Keep {data}: it is the record of \"{saved_title}\".",
                data = data.display(),
                path = path.display(),
                saved_title = state.plan.assembly.title,
                events = state.seq,
            ))
        }
        Err(refusal) => Err(format!(
            "{} cannot be applied to the record in {}: {refusal}. Nothing was changed.",
            path.display(),
            data.display()
        )),
    }
}

/// The chair key: the organiser's own, or a random one kept in the data dir.
pub fn chair_key(store: &Store, given: Option<&str>) -> Result<String, String> {
    if let Some(key) = given {
        let key = key.trim();
        if key.chars().count() < KEY_MIN {
            return Err(format!(
                "the chair key must be at least {KEY_MIN} characters; \
                 leave --chair-key out to get a random one"
            ));
        }
        return Ok(key.to_owned());
    }
    if let Some(key) = store.meta("chair_key").map_err(|e| e.to_string())? {
        return Ok(key);
    }
    let key = web::random_hex(16);
    store
        .set_meta("chair_key", &key)
        .map_err(|e| e.to_string())?;
    Ok(key)
}

/// The secret that signs device cookies: random, made on the first serve
/// and kept in the data dir, so phones stay checked in across restarts.
pub fn device_secret(store: &Store) -> Result<String, String> {
    if let Some(secret) = store.meta("device_secret").map_err(|e| e.to_string())? {
        return Ok(secret);
    }
    let secret = web::random_hex(32);
    store
        .set_meta("device_secret", &secret)
        .map_err(|e| e.to_string())?;
    Ok(secret)
}

/// The assembly's id on NATS: the one given (kept from then on), or the
/// one kept in the data dir, or a new one.
pub fn assembly_id(store: &Store, given: Option<&str>) -> Result<String, String> {
    let kept = store.meta("assembly_id").map_err(|e| e.to_string())?;
    if let Some(id) = given {
        if kept.as_deref().is_some_and(|kept| kept != id) {
            tracing::warn!(
                "this record was published as assembly {} before; it is now {id}",
                kept.unwrap_or_default()
            );
        }
        store
            .set_meta("assembly_id", id)
            .map_err(|e| e.to_string())?;
        return Ok(id.to_owned());
    }
    if let Some(id) = kept {
        return Ok(id);
    }
    let id = format!("a{}", web::random_hex(6));
    store
        .set_meta("assembly_id", &id)
        .map_err(|e| e.to_string())?;
    Ok(id)
}

/// Say when the system allows too few open files for a large hall.
pub fn warn_file_limit() {
    let files = raise_file_limit();
    if files > 0 && files < 12_000 {
        tracing::warn!(
            "this system allows only {files} open files, so about that many phones; \
             raise it (ulimit -n) for a large hall"
        );
    }
}

/// The address phones in the hall can reach: the one this machine would
/// use to reach the outside (no packet is sent), or loopback.
fn lan_ip() -> IpAddr {
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(192, 0, 2, 1), 80))?;
            s.local_addr()
        })
        .map(|a| a.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

fn base_url(public: Option<&str>, local: SocketAddr) -> String {
    if let Some(url) = public {
        return url.trim_end_matches('/').to_owned();
    }
    let ip = if local.ip().is_unspecified() {
        lan_ip()
    } else {
        local.ip()
    };
    match ip {
        IpAddr::V6(v6) => format!("http://[{v6}]:{}", local.port()),
        IpAddr::V4(v4) => format!("http://{v4}:{}", local.port()),
    }
}

/// A QR code drawn with block characters, for the terminal.
pub fn terminal_qr(text: &str) -> String {
    match QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

/// Listen with a deep accept queue: when a hall scans the QR code at once,
/// the default of 128 waiting connections overflows and phones wait a
/// second to retry.
pub(crate) async fn listen(bind: &str) -> std::io::Result<tokio::net::TcpListener> {
    let addr = tokio::net::lookup_host(bind)
        .await?
        .next()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not an address"))?;
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.set_nodelay(true)?;
    socket.bind(addr)?;
    socket.listen(4096)
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

/// Every phone holds a socket: lift the open-file limit as far as allowed.
pub fn raise_file_limit() -> u64 {
    match rlimit::increase_nofile_limit(1 << 20) {
        Ok(limit) => limit,
        Err(e) => {
            tracing::warn!("could not raise the open-file limit: {e}");
            0
        }
    }
}

/// A file grown past the size limit (`ulimit -f`) must not kill the server:
/// with SIGXFSZ handled, the write fails with EFBIG instead, the hub refuses
/// changes with a message and reads go on.
fn survive_file_size_limit() {
    #[cfg(target_os = "linux")]
    {
        use tokio::signal::unix::{SignalKind, signal};
        /// SIGXFSZ on Linux.
        const SIGXFSZ: i32 = 25;
        match signal(SignalKind::from_raw(SIGXFSZ)) {
            Ok(mut received) => {
                tokio::spawn(async move {
                    while received.recv().await.is_some() {
                        tracing::error!(
                            "a file reached the size limit (ulimit -f); the write failed"
                        );
                    }
                });
            }
            Err(e) => tracing::warn!("cannot watch for the file-size limit: {e}"),
        }
    }
}

/// A record opened for a server: its store, its state replayed, and what
/// the server needs besides.
pub struct Opened {
    pub store: Store,
    pub state: State,
    pub key: String,
    pub device_secret: String,
    /// Changes the record held before this start.
    pub events: u64,
    /// With `--nats`: the assembly's id on NATS and the plan the log began with.
    pub link: Option<(String, Plan)>,
}

/// Open the record in `data` (made if new), settle its plan, replay its
/// log one event at a time, apply a changed plan file as a plan change,
/// and settle its key and device secret. Blocking: run it off the runtime.
pub fn open_record(
    data: &Path,
    given: Option<(PathBuf, Plan)>,
    given_key: Option<&str>,
    linked: bool,
    given_id: Option<&str>,
) -> Result<Opened, String> {
    let mut store = Store::open(data).map_err(|e| e.to_string())?;
    if store.is_new() {
        println!("new data dir {}: starting a new record", data.display());
    }
    // The whole log is read, and so checked, before anything is
    // written (settling the plan writes only to a record with no events).
    let events = store.event_count().map_err(|e| e.to_string())?;
    let settled = settle_plan(&store, given, events)?;
    let base = linked.then(|| settled.base.clone());
    // 4. Replay, one event at a time, and apply a changed plan file as
    // a plan change.
    let mut state = State::new(Arc::new(settled.base));
    store
        .each_event(|envelope| state.apply(&envelope))
        .map_err(|e| e.to_string())?;
    if let Some((path, plan)) = settled.change {
        apply_plan_file(&mut store, &mut state, &path, plan, data)?;
    }
    let key = chair_key(&store, given_key)?;
    let device_secret = device_secret(&store)?;
    let link = match base {
        Some(plan) => Some((assembly_id(&store, given_id)?, plan)),
        None => None,
    };
    Ok(Opened {
        store,
        state,
        key,
        device_secret,
        events,
        link,
    })
}

pub async fn run(options: Options) -> Result<(), String> {
    survive_file_size_limit();
    options.public.check()?;
    if let Some(id) = &options.assembly {
        crate::link::check_id(id)?;
    }
    warn_file_limit();
    let given = match &options.plan {
        Some(path) => {
            let plan = read_plan(path)?;
            for warning in plan::size_warnings(&plan) {
                tracing::warn!("{}: {warning}", path.display());
            }
            for warning in plan::warnings_in_file(path) {
                tracing::warn!("{warning}");
            }
            Some((path.clone(), plan))
        }
        None => None,
    };

    // 1. Claim the data dir: a second server stops here, before it writes.
    let mut claim = claim::Claim::take(&options.data)?;

    // 2. Listen before the record is touched: a start that cannot listen
    //    leaves the saved plan as it was.
    let listener = options.public.listen().await?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    claim
        .announce(local)
        .map_err(|e| format!("cannot write in {}: {e}", options.data.display()))?;

    // 3. Open the record, settle its plan and key, and read the log.
    let started = std::time::Instant::now();
    let data = options.data.clone();
    let given_key = options.chair_key.clone();
    let linked = options.link.nats.is_some();
    let given_id = options.assembly.clone();
    let (opened, home) = tokio::task::spawn_blocking(move || {
        let opened = open_record(
            &data,
            given,
            given_key.as_deref(),
            linked,
            given_id.as_deref(),
        )?;
        // 4. In a home, what the other assemblies hold for report-backs.
        Ok::<_, String>((opened, crate::home::recall::Link::of_data_dir(&data)))
    })
    .await
    .map_err(|e| e.to_string())??;
    let Opened {
        store,
        mut state,
        key,
        device_secret,
        events,
        link,
    } = opened;

    // 5. Serve until Ctrl-C or SIGTERM.
    let hub = match home {
        Some((home, recall)) => {
            state.set_recall(recall);
            Hub::resume(state, store).with_elsewhere(Arc::new(home))
        }
        None => Hub::resume(state, store),
    };
    tracing::info!(
        events,
        ms = started.elapsed().as_millis() as u64,
        "replayed the event log"
    );
    let mut settings =
        options
            .public
            .settings(local, key.clone(), Some(device_secret.clone()), false);
    let default = crate::import::worker::Worker::default();
    settings.import = crate::import::worker::Worker {
        program: options.import_worker.clone().unwrap_or(default.program),
        timeout: std::time::Duration::from_secs(options.import_seconds.max(1)),
        memory: options.import_memory_mb.max(64) * 1024 * 1024,
    };
    let public = settings.public_url.clone();
    // With relays, the public address is theirs: the chair, the projector
    // and the stage stay on this machine's own address at the venue.
    let base = if options.link.nats.is_some() {
        base_url(None, local)
    } else {
        public.clone()
    };
    let chair = format!("{base}/chair?key={key}");
    println!("{}", hub.plan().assembly.title);
    println!("listening on http://{local}");
    println!();
    println!("Chair (keep this link private, it steers the assembly):");
    println!("  {chair}");
    print!("{}", terminal_qr(&chair));
    println!();
    // The organiser's pages open from the key, as the chair's does.
    println!("Set up the plan (private, like the chair link): {base}/setup?key={key}");
    println!("Follow up commitments (private): {base}/follow-up?key={key}");
    println!("Projector: {base}/screen");
    println!("Speaker's timer: {base}/stage");
    println!("Attendees check in at: {public}/join");
    println!(
        "Report, the public record (the chair page's Record opens the full one): {base}/report"
    );
    println!(
        "Press Ctrl-C to stop; everything is saved in {}",
        options.data.display()
    );
    if let (Some(url), Some((id, plan))) = (&options.link.nats, link) {
        let client = crate::link::connect(&options.link, url, "assembly serve", true).await?;
        let names = crate::link::Names::new(&id);
        settings.relays = Some(crate::link::primary::start(
            client,
            names,
            hub.clone(),
            options.data.clone(),
            crate::link::Base { plan },
            crate::link::answer::Gate::new(
                crate::web::Devices::new(device_secret.as_bytes()),
                options.public.join_rate,
            ),
            // Linked for as long as this process serves.
            tokio::sync::watch::channel(false).1,
        ));
        println!();
        println!(
            "Relays follow this assembly (id {id}) through NATS at {}. On the public machine, run:",
            crate::link::without_credentials(url)
        );
        println!(
            "  assembly relay --nats {} --assembly {id} --nats-user relay --nats-password RELAY_PASSWORD \
             --public-url https://PUBLIC_ADDRESS",
            crate::link::without_credentials(url)
        );
        println!(
            "(as the NATS user for relays, never this server's: see scripts/deploy/nats-server.conf)"
        );
        println!(
            "and serve this with --public-url https://PUBLIC_ADDRESS so the QR code points there."
        );
    }
    // Parse the catalogues now, not on the first phone's page: a one-off
    // cost paid before anyone is waiting.
    crate::i18n::load_all();
    web::serve(listener, hub, settings, shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("stopped");
    // Held to here: the data dir is this server's until it has stopped.
    drop(claim);
    Ok(())
}
