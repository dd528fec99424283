//! Start the real `assembly` binary on port 0 with a temporary data dir,
//! and talk to it over plain HTTP (the rehearsal's hyper client,
//! `assembly::rehearse::http`, driven from these sync helpers) and
//! websockets.
#![allow(dead_code)]

pub mod browser;
pub mod door;
pub mod fit;
pub mod hall;
pub mod record;
pub mod relays;
pub mod socket;

// The HTTP client lives in its own file; tests name its items from here.
mod client;
pub use client::{
    Response, Wire, command_as, command_at, post_import, request, try_request, wire, wire_within,
};

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const KEY: &str = "integration-test-chair-key";

/// A plan in `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The stress plan: the longest names, a 480-character ask to four
/// power-holders, 16 institutions.
pub fn stress() -> PathBuf {
    fixture("stress.toml")
}

/// Make assembly `id` of `home` a data dir whose record begins with the
/// stress plan (nothing run yet).
pub fn stress_assembly(home: &assembly::home::Home, id: &str) {
    let plan = assembly::server::read_plan(&stress()).unwrap();
    let store = assembly::store::Store::open(&home.path_of(id)).unwrap();
    store.save_plan(&plan).unwrap();
}

/// The stress plan translated into six languages.
pub fn languages() -> PathBuf {
    fixture("languages.toml")
}

pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_assembly")
}

/// A running server process, killed when dropped.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub data: PathBuf,
    /// How long from spawn until it was listening.
    pub startup: Duration,
    /// What it printed before it said where it listens.
    told: String,
}

impl Server {
    pub fn start(data: &Path, plan: Option<&Path>) -> Server {
        Server::start_at(data, plan, "127.0.0.1:0")
    }

    /// Start on a given address, e.g. the one a killed server used, so open
    /// pages can reconnect to it.
    pub fn start_at(data: &Path, plan: Option<&Path>, bind: &str) -> Server {
        Server::start_with(data, plan, bind, &[])
    }

    /// Start with extra `serve` flags, such as `--join-rate 0`.
    pub fn start_with(data: &Path, plan: Option<&Path>, bind: &str, extra: &[&str]) -> Server {
        Server::start_full(data, plan, bind, KEY, extra, &[])
    }

    /// Start with extra flags and `ASSEMBLY_*` variables.
    pub fn start_env(
        data: &Path,
        plan: Option<&Path>,
        bind: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        Server::start_full(data, plan, bind, KEY, extra, env)
    }

    /// Start with a local proxy trusted (`--trusted-proxy 127.0.0.1/32`),
    /// so a test speaks from any network it names in `X-Forwarded-For`.
    pub fn start_behind_proxy(data: &Path) -> Server {
        Server::start_with(
            data,
            None,
            "127.0.0.1:0",
            &["--trusted-proxy", "127.0.0.1/32"],
        )
    }

    /// Start with every choice: chair key (another one, as an organiser
    /// changing it would), flags and variables.
    pub fn start_full(
        data: &Path,
        plan: Option<&Path>,
        bind: &str,
        key: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let mut command = Command::new(binary());
        command.envs(env.iter().copied());
        command.arg("serve");
        if let Some(plan) = plan {
            command.arg(plan);
        }
        command
            .args(["--bind", bind, "--chair-key", key])
            .args(extra)
            .arg("--data")
            .arg(data)
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "assembly=warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        Server::launch(command, data).0
    }

    /// `assembly desk --home HOME ARGS` on a free port, with no desktop to
    /// open a browser on; and what it printed before listening.
    pub fn desk(home: &Path, args: &[&str]) -> (Server, String) {
        let mut command = Command::new(binary());
        command
            .args(["desk", "--bind", "127.0.0.1:0", "--home"])
            .arg(home)
            .args(args)
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "assembly=warn")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        Server::launch(command, home)
    }

    /// Spawn a server command (`serve` or `relay`) and wait until it says
    /// where it listens; also return what it printed before that.
    pub fn launch(mut command: Command, data: &Path) -> (Server, String) {
        let spawned = Instant::now();
        let mut child = command.spawn().expect("the assembly binary starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut told = String::new();
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("listening on http://") {
                    let _ = tx.send((addr.to_owned(), std::mem::take(&mut told)));
                } else {
                    told.push_str(&line);
                    told.push('\n');
                }
            }
        });
        // Generous: a 32,000-institution plan on a machine running other tests
        // takes a while; tests that time the start check `startup` themselves.
        let heard = rx.recv_timeout(Duration::from_secs(60));
        let addr = heard.as_ref().ok().and_then(|(addr, _)| addr.parse().ok());
        let (Some(addr), Ok((_, told))) = (addr, heard) else {
            // Never leave a server running after a failed start.
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server did not say where it listens within 60 s");
        };
        let server = Server {
            child,
            addr,
            data: data.to_path_buf(),
            startup: spawned.elapsed(),
            told: told.clone(),
        };
        (server, told)
    }

    /// SIGKILL: no chance to flush or say goodbye.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then wait for a clean exit.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait works") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not stop on SIGTERM within 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn ws_url(&self, query: &str) -> String {
        format!("ws://{}/ws?{query}", self.addr)
    }

    pub fn get(&self, path: &str) -> Response {
        request(self.addr, "GET", path, &[], "")
    }

    /// A chair command with the key.
    pub fn command(&self, body: &str) -> Response {
        command_at(self.addr, body)
    }

    /// A request with the chair key as a bearer token, besides `headers`.
    pub fn chair_request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Response {
        let bearer = format!("Bearer {KEY}");
        let mut all = vec![("Authorization", bearer.as_str())];
        all.extend_from_slice(headers);
        request(self.addr, method, path, &all, body)
    }

    /// `GET path` with the chair key as a bearer token.
    pub fn chair_get(&self, path: &str) -> Response {
        self.chair_request("GET", path, &[], "")
    }

    /// A chair command that must be applied; returns its `seq`.
    pub fn must(&self, body: &str) -> u64 {
        let response = self.command(body);
        assert_eq!(response.status, 200, "{body} -> {}", response.body);
        let json = response.json();
        assert_eq!(json["ok"], true, "{body}");
        json["seq"].as_u64().expect("a seq")
    }

    /// Check in through the form, with the device cookie the server set
    /// earlier (if any); returns the cookie it sets now (`ID.MAC`; see
    /// [`device_id`] for the id in events).
    pub fn check_in(&self, cookie: Option<&str>, institution: &str) -> (Response, String) {
        let cookie = cookie.map(|d| format!("assembly_device={d}"));
        let mut headers = vec![
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "application/json"),
        ];
        if let Some(cookie) = &cookie {
            headers.push(("Cookie", cookie));
        }
        let response = request(
            self.addr,
            "POST",
            "/join",
            &headers,
            &format!("institution={institution}"),
        );
        let device = response
            .header("set-cookie")
            .and_then(|c| c.strip_prefix("assembly_device="))
            .and_then(|c| c.split(';').next())
            .map(str::to_owned)
            .unwrap_or_default();
        (response, device)
    }

    /// A phone's yes or no to a pledge, through the form, as JSON, with the
    /// device cookie the server set.
    pub fn pledge(&self, cookie: &str, pledge: &str, answer: &str) -> Response {
        let cookie = format!("assembly_device={cookie}");
        request(
            self.addr,
            "POST",
            "/join/pledge",
            &[
                ("Cookie", &cookie),
                ("Accept", "application/json"),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            &format!("pledge={pledge}&answer={answer}"),
        )
    }

    /// The public state once it has reached `seq` (audience changes are
    /// published a few milliseconds after they are acknowledged).
    pub fn state_at(&self, seq: u64) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let state = self.get("/api/state").json();
            if state["seq"].as_u64() >= Some(seq) {
                return state;
            }
            assert!(Instant::now() < deadline, "state never reached seq {seq}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The device id inside a device cookie's value (`ID.MAC`): what events
/// and exports name the phone by.
pub fn device_id(cookie: &str) -> &str {
    cookie.split('.').next().unwrap_or(cookie)
}

/// Ask `probe` every `every` until it answers `Ok`, for up to `within`;
/// then fail with what it last said it saw (its `Err`).
/// Read `read` every 20 ms until it gives the same figure five times
/// running (the server has taken in what it was sent), for at most
/// `within`; returns that figure.
pub fn until_steady(within: Duration, mut read: impl FnMut() -> u64) -> u64 {
    let deadline = Instant::now() + within;
    let (mut last, mut same) = (read(), 0);
    while same < 5 {
        assert!(
            Instant::now() < deadline,
            "still changing after {within:?}: last read {last}"
        );
        std::thread::sleep(Duration::from_millis(20));
        let now = read();
        same = if now == last { same + 1 } else { 0 };
        last = now;
    }
    last
}

pub fn poll<T>(
    within: Duration,
    every: Duration,
    mut probe: impl FnMut() -> Result<T, String>,
) -> T {
    let deadline = Instant::now() + within;
    loop {
        match probe() {
            Ok(done) => return done,
            Err(seen) => assert!(Instant::now() < deadline, "{seen}"),
        }
        std::thread::sleep(every);
    }
}

/// A port that was free a moment ago, for a server to bind by name.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The public state without the fields that move with the clock.
pub fn settled(mut state: serde_json::Value) -> serde_json::Value {
    let object = state.as_object_mut().expect("state is an object");
    object.remove("server_time");
    object.remove("timing");
    state
}

impl Server {
    /// The server's process id, as a second server names it.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Start like [`Server::start`], and also return what it printed
    /// before it said where it listens (such as "new data dir").
    pub fn start_telling(data: &Path, plan: Option<&Path>) -> (Server, String) {
        let server = Server::start(data, plan);
        let told = server.told.clone();
        (server, told)
    }
}

/// How a command that must stop on its own ended.
pub struct Finished {
    pub code: Option<i32>,
    /// Its stdout and stderr together.
    pub said: String,
    pub stdout: String,
    pub stderr: String,
    pub took: Duration,
}

/// Run `assembly ARGS` (an `export`, or a `serve` that must refuse to start)
/// and wait up to 10 s for it to stop on its own; if it is still running
/// then, it is killed and the test fails.
pub fn run_bounded(args: &[&str]) -> Finished {
    let mut command = Command::new(binary());
    command
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=warn");
    let what = format!("`assembly {}`", args.join(" "));
    finish_within(command, Duration::from_secs(10), &what)
}

/// Run `command`, reading all it prints, until it stops on its own; if it
/// is still running after `limit`, it is killed and the test fails,
/// naming it `what`.
pub fn finish_within(mut command: Command, limit: Duration, what: &str) -> Finished {
    let spawned = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the assembly binary starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            break status;
        }
        if spawned.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let said = format!("{}{}", out.join().unwrap(), err.join().unwrap());
            panic!("{what} was still running after {limit:?}:\n{said}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = spawned.elapsed();
    let (stdout, stderr) = (out.join().unwrap(), err.join().unwrap());
    Finished {
        code: status.code(),
        said: format!("{stdout}{stderr}"),
        stdout,
        stderr,
        took,
    }
}

/// `assembly ARGS` run in `dir`: its exit code and all it printed.
pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(binary())
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}
