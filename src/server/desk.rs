//! `assembly desk` (and `assembly` with no arguments): serve a home's
//! assemblies, one live at a time, with `/desk` for the organisers; and
//! `assembly key`, the home's key and desk link for someone with the files.

use std::path::{Path, PathBuf};

use tokio::sync::watch;

use super::{Claim, KEY_MIN, Public, shutdown_signal, terminal_qr};
use crate::home::{self, Home};
use crate::web::desk::{DeskState, desk_app};
use crate::web::{self, Listening};

/// `assembly desk`: every flag is also an `ASSEMBLY_*` variable.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The home folder: one folder per assembly inside it.
    #[arg(long, env = "ASSEMBLY_HOME", default_value = home::DEFAULT_DIR)]
    pub home: PathBuf,
    /// Serve this assembly (its folder's name) from the start, for a
    /// server without a browser.
    #[arg(long, value_name = "ID")]
    pub live: Option<String>,
    /// The key for the desk and the chair of every assembly in the home,
    /// at least 16 characters (default: the home's own, kept in home.key).
    #[arg(long, env = "ASSEMBLY_CHAIR_KEY", hide_env_values = true)]
    pub chair_key: Option<String>,
    #[command(flatten)]
    pub public: Public,
    /// With `--nats`, the live assembly feeds relays as `serve` does, on
    /// the stream named by its id; going live with another moves the feed.
    #[command(flatten)]
    pub link: crate::link::NatsOptions,
}

/// Serve the home until Ctrl-C or SIGTERM; with `open_browser`, open the
/// desk in this machine's browser when it has a desktop.
pub async fn run(options: Options, open_browser: bool) -> Result<(), String> {
    super::survive_file_size_limit();
    options.public.check()?;
    super::warn_file_limit();
    let home = Home::open(&options.home)?;
    // One desk per home: a second stops here, before it writes.
    let mut claim = Claim::take(home.dir())?;
    // The home's own key is made even when another is given: it marks
    // the folder as a home, for `serve --data HOME/<id>` to find.
    let own = home.key()?;
    let key = match &options.chair_key {
        Some(key) if key.trim().chars().count() < KEY_MIN => {
            return Err(format!(
                "the chair key must be at least {KEY_MIN} characters; \
                 leave --chair-key out to use the home's own"
            ));
        }
        Some(key) => key.trim().to_owned(),
        None => own,
    };
    let listener = options.public.listen().await?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    claim
        .announce(local)
        .map_err(|e| format!("cannot write in {}: {e}", home.dir().display()))?;
    let settings = options.public.settings(local, key.clone(), None, false);
    let base = settings.public_url.clone();
    let mut desk = DeskState::new(home.clone(), settings.clone());
    if let Some(url) = &options.link.nats {
        let client = crate::link::connect(&options.link, url, "assembly desk", true).await?;
        desk = desk.with_relays(client);
        println!(
            "Relays follow the live assembly through NATS at {}: on the public machine run              `assembly relay --nats {} --assembly ID ...` with the live assembly's id.",
            crate::link::without_credentials(url),
            crate::link::without_credentials(url)
        );
    }
    let listening = Listening::of(&settings, desk.sockets());
    if let Some(id) = &options.live {
        desk.go_live(id).await?;
    }
    let link = format!("{base}/desk?key={key}");
    println!("Desk of the assemblies in {}", shown(home.dir()));
    println!();
    println!("Organisers (keep this link private: it opens every assembly's chair):");
    println!("  {link}");
    print!("{}", terminal_qr(&link));
    println!();
    if let Some(id) = desk.live_id() {
        println!("Live: {id}");
        println!("  Chair: {base}/chair?key={key}");
        println!("  Attendees check in at: {base}/join");
    } else {
        println!("No assembly is live yet: go live with one from the desk.");
    }
    println!(
        "Everything is kept in {}: back it up by copying that folder. \
         `assembly key --home {}` prints this link again.",
        shown(home.dir()),
        shown(home.dir())
    );
    println!("Press Ctrl-C to stop; everything is saved.");
    println!("listening on http://{local}");
    if open_browser {
        open_in_browser(&format!("http://127.0.0.1:{}/desk?key={key}", local.port()));
    }
    crate::i18n::load_all();
    // Read every record once now, off the runtime, so the organiser's
    // first look at the desk does not wait for it.
    let warm = desk.clone();
    tokio::task::spawn_blocking(move || warm.summaries());
    let (stop, shutdown) = watch::channel(false);
    let stopping = desk.clone();
    let signal = async move {
        shutdown_signal().await;
        stopping.stop();
    };
    web::serve_router(listener, desk_app(desk), listening, stop, shutdown, signal)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("stopped");
    drop(claim);
    Ok(())
}

/// `assembly key --home DIR`: the home's key, and the desk's link when a
/// desk serves the home now.
pub fn key(dir: &Path) -> Result<(), String> {
    let Some(key) = Home::read_key(dir)? else {
        return Err(format!(
            "{} has no key yet: it is not a home of assemblies. \
             Start one with `assembly desk --home {}`",
            shown(dir),
            shown(dir)
        ));
    };
    println!("The key of the home {}:", shown(dir));
    println!("  {key}");
    match Claim::take(dir) {
        Err(super::claim::ClaimError::InUse {
            address: Some(address),
            ..
        }) => {
            let address = address.replace("0.0.0.0", "127.0.0.1");
            println!("Its desk is running: http://{address}/desk?key={key}");
        }
        _ => println!(
            "No desk serves it now: `assembly desk --home {}` starts one and prints its link.",
            shown(dir)
        ),
    }
    Ok(())
}

/// A folder as the organiser would type it: absolute when it can be.
fn shown(dir: &Path) -> String {
    std::path::absolute(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .display()
        .to_string()
}

/// Open `url` in this machine's browser, as a notebook server does, when
/// there is a desktop to show it on; quietly nothing otherwise.
fn open_in_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        Some(("open", vec![url.to_owned()]))
    } else if cfg!(target_os = "windows") {
        Some((
            "cmd",
            vec!["/C".into(), "start".into(), String::new(), url.into()],
        ))
    } else if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    {
        Some(("xdg-open", vec![url.to_owned()]))
    } else {
        None
    };
    let Some((program, args)) = command else {
        return;
    };
    match std::process::Command::new(program)
        .args(&args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        Ok(mut child) => {
            println!("Opened the desk in this machine's browser.");
            std::thread::spawn(move || child.wait());
        }
        Err(e) => tracing::debug!("cannot open a browser with {program}: {e}"),
    }
}
