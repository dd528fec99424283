//! The `assembly` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use assembly::server::{self, Options};
use assembly::store::Store;
use assembly::{hub, plan, record};

#[derive(Parser)]
#[command(
    name = "assembly",
    version,
    about = "Run an accountability assembly live"
)]
struct Cli {
    /// Without one: the desk of the home ./assembly-home (or
    /// $ASSEMBLY_HOME), opened in this machine's browser.
    #[command(subcommand)]
    command: Option<Commands>,
}

/// The desk's flags with their defaults and variables, for `assembly`
/// with no arguments.
#[derive(Parser)]
struct DeskDefaults {
    #[command(flatten)]
    options: server::desk::Options,
}

#[derive(Subcommand)]
enum Commands {
    /// Serve the assembly: the chair, screen, stage and join pages and the API.
    Serve(Options),
    /// Serve the public pages (join, screen, stage) of an assembly served
    /// elsewhere with `serve --nats`, following it through NATS JetStream.
    Relay(assembly::relay::Options),
    /// Check a plan file and report every problem with its line and column.
    Check { plan: PathBuf },
    /// Write a commented starter plan.
    New {
        #[arg(default_value = "plan.toml")]
        file: PathBuf,
    },
    /// Serve every assembly of a home folder, one live at a time, with the
    /// organisers' desk at /desk (what `assembly` alone does, without
    /// opening a browser).
    Desk(server::desk::Options),
    /// Write the alliance's scorecard: a static site of every
    /// power-holder's commitments across the home's assemblies.
    Publish {
        #[arg(long, env = "ASSEMBLY_HOME", default_value = assembly::home::DEFAULT_DIR)]
        home: PathBuf,
        /// The folder to write it in: new, empty, or an earlier publish's.
        #[arg(long, default_value = "scorecard")]
        out: PathBuf,
    },
    /// Print the key of a home and its desk's link.
    Key {
        #[arg(long, env = "ASSEMBLY_HOME", default_value = assembly::home::DEFAULT_DIR)]
        home: PathBuf,
    },
    /// Simulate a hall of phones against a running server and measure it.
    Rehearse(assembly::rehearse::Options),
    /// Make a plan file from spreadsheets (.xlsx, .ods, .csv), or list
    /// each row's problem.
    Import(assembly::import::cli::Options),
    /// Read spreadsheets sent on stdin within memory and time limits, and
    /// answer on stdout: what `serve` and `import` run in a child process.
    #[command(hide = true)]
    ImportWorker {
        /// Its address space, in MB.
        #[arg(long, default_value_t = 1024)]
        memory_mb: u64,
        /// Its CPU time, in seconds (the caller also kills it then).
        #[arg(long, default_value_t = 20)]
        seconds: u64,
    },
    /// Phones for `rehearse` in a child process, when the hall is bigger
    /// than one process may hold.
    #[command(hide = true)]
    RehearsePhones(assembly::rehearse::workers::Options),
    /// The bare limit of the hall's protocol (no record, no pages), for
    /// scripts/bench.sh to measure `serve` against in the same run.
    #[command(hide = true)]
    Bare(assembly::rehearse::bare::Options),
    /// The bare limit of a relay (no stream, no checks), following `bare
    /// --nats`, for scripts/bench.sh to measure `relay` against.
    #[command(hide = true)]
    BareRelay(assembly::rehearse::bare_relay::Options),
    /// Write the record files from a data dir, without a server.
    Export {
        #[arg(long, env = "ASSEMBLY_DATA", default_value = "assembly-data")]
        data: PathBuf,
        /// Folder to write into.
        #[arg(long, default_value = "record")]
        out: PathBuf,
        /// The language of the report and the spreadsheet (a shipped code:
        /// en, cy, ar, ur, pl, so). The CSVs and record.json stay in
        /// English codes for programs.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<assembly::i18n::Lang>,
    },
    /// Write a home of many assemblies and commitments, for
    /// scripts/bench-desk.sh.
    #[command(hide = true)]
    BenchHome {
        #[arg(long)]
        home: PathBuf,
        #[arg(long, default_value_t = 50)]
        assemblies: usize,
        #[arg(long, default_value_t = 5000)]
        commitments: usize,
    },
    /// Write a long, realistic event log into a new data dir, for
    /// measuring a restart (scripts/bench-replay.sh).
    #[command(hide = true)]
    BenchLog {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        let desk = DeskDefaults::parse_from(["assembly"]).options;
        return finish(runtime_with_logs().and_then(|r| r.block_on(server::desk::run(desk, true))));
    };
    let result = match command {
        Commands::Desk(options) => {
            runtime_with_logs().and_then(|r| r.block_on(server::desk::run(options, false)))
        }
        Commands::Key { home } => server::desk::key(&home),
        Commands::Publish { home, out } => publish(&home, &out),
        Commands::Serve(options) => serve(options),
        Commands::Relay(options) => relay(options),
        Commands::Check { plan } => check(&plan),
        Commands::New { file } => new(&file),
        Commands::Export { data, out, lang } => export(&data, &out, lang),
        Commands::Rehearse(options) => rehearse(options),
        Commands::RehearsePhones(options) => assembly::rehearse::workers::serve(options),
        Commands::Bare(options) => assembly::rehearse::bare::run(options),
        Commands::BareRelay(options) => assembly::rehearse::bare_relay::run(options),
        Commands::Import(options) => assembly::import::cli::run(options),
        Commands::BenchHome {
            home,
            assemblies,
            commitments,
        } => assembly::home::bench::write(&home, assemblies, commitments),
        Commands::BenchLog { data, events } => {
            assembly::store::bench_log::write(&data, events).map_err(|e| e.to_string())
        }
        Commands::ImportWorker { memory_mb, seconds } => {
            return assembly::import::worker::serve_stdio(memory_mb, seconds);
        }
    };
    finish(result)
}

fn publish(home: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    if !home.is_dir() {
        return Err(format!(
            "{} is not a home of assemblies: give the folder `assembly desk --home` serves",
            home.display()
        ));
    }
    let home = assembly::home::Home::open(home)?;
    let site = assembly::home::publish::build(&home, hub::now_ms())?;
    assembly::home::publish::write(&site, out)?;
    println!(
        "wrote the scorecard ({} files) in {}: open {} in a browser, or copy the folder to any web host",
        site.files.len(),
        out.display(),
        out.join("index.html").display()
    );
    Ok(())
}

fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(options: Options) -> Result<(), String> {
    runtime_with_logs()?.block_on(server::run(options))
}

fn relay(options: assembly::relay::Options) -> Result<(), String> {
    runtime_with_logs()?.block_on(assembly::relay::run(options))
}

/// The runtime of a server, with its log on the terminal.
fn runtime_with_logs() -> Result<tokio::runtime::Runtime, String> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "assembly=info".into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))
}

fn rehearse(options: assembly::rehearse::Options) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(assembly::rehearse::run(options))
}

fn check(path: &std::path::Path) -> Result<(), String> {
    let plan = server::read_plan(path)?;
    let minutes = plan.planned_ms() / 60_000;
    let count = assembly::i18n::count;
    println!(
        "{} is a valid plan: {} promising {}, {}, {}, {}, {}, {}:{:02} planned.",
        path.display(),
        count(plan.institutions.len(), "institution", "institutions"),
        plan.total_promised(),
        count(plan.power_holders.len(), "power-holder", "power-holders"),
        count(plan.asks.len(), "ask", "asks"),
        count(plan.pledges.len(), "pledge", "pledges"),
        count(plan.items.len(), "item", "items"),
        minutes / 60,
        minutes % 60,
    );
    // Beyond the largest supported plan: a warning, not an error, so the
    // organiser decides (exit 0).
    for warning in plan::size_warnings(&plan) {
        eprintln!("{}: warning: {warning}", path.display());
    }
    // Valid, but probably not what was meant: also warnings, exit 0.
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let warnings = plan::warnings(&source);
    if !warnings.is_empty() {
        let n = warnings.diagnostics.len();
        eprint!("{}", warnings.render(&path.display().to_string()));
        eprintln!(
            "{n} warning{}: the plan runs as it is; fix {} or leave {} as meant.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" },
            if n == 1 { "it" } else { "them" },
        );
    }
    Ok(())
}

fn new(path: &std::path::Path) -> Result<(), String> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(format!(
                "{} already exists; nothing was written. Give another file name: `assembly new my-plan.toml`",
                path.display()
            ));
        }
        Err(e) => return Err(format!("cannot create {}: {e}", path.display())),
    };
    std::io::Write::write_all(&mut file, plan::STARTER_SOURCE.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!(
        "Wrote {p}. Edit it, then run `assembly check {p}` and `assembly serve {p}`.",
        p = path.display()
    );
    Ok(())
}

/// A shipped language by its code, or a message naming the shipped ones.
fn parse_lang(code: &str) -> Result<assembly::i18n::Lang, String> {
    assembly::i18n::find(code).ok_or_else(|| {
        format!(
            "`{code}` is not a language assembly ships; use one of: {}",
            assembly::i18n::codes().join(", ")
        )
    })
}

fn export(
    data: &std::path::Path,
    out: &std::path::Path,
    lang: Option<assembly::i18n::Lang>,
) -> Result<(), String> {
    let store = Store::open_existing(data).map_err(|e| e.to_string())?;
    let state = assembly::store::replay(&store).map_err(|e| format!("{} {e}", data.display()))?;
    // The organiser's own machine, with the data dir: the full record.
    let names = record::write_all(&state, hub::now_ms(), out, record::Access::Chair, lang)
        .map_err(|e| format!("cannot write into {}: {e}", out.display()))?;
    for name in names {
        println!("{}", out.join(name).display());
    }
    let count = assembly::i18n::count;
    let answers: usize = (state.chair.responses.values())
        .map(|holders| holders.values().filter(|r| !r.is_empty()).count())
        .sum();
    let steps: usize = (state.follow_ups.values())
        .flat_map(|holders| holders.values())
        .map(Vec::len)
        .sum();
    let plan = &state.plan;
    println!(
        "The record of \"{}\" in {}: {}, {}, {}, {}.",
        plan.assembly.title,
        out.display(),
        count(plan.institutions.len(), "institution", "institutions"),
        count(answers, "answer", "answers"),
        count(plan.pledges.len(), "pledge", "pledges"),
        count(steps, "follow-up step", "follow-up steps"),
    );
    Ok(())
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
