//! A real `nats-server` with JetStream on loopback, relays of the real
//! binary, a venue and its relay linked over it, and the NATS requests a
//! relay sends: what the relay tests share. Phones on their websockets are
//! [`super::socket::Phone`], re-exported here.

use std::net::{IpAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assembly::link::{Change, Names, Reply, Request};

pub use super::socket::Phone;
use super::{Server, free_port};

/// Debian's `nats-server`, with JetStream keeping its files in a dir.
pub struct Nats {
    child: Option<Child>,
    pub port: u16,
    dir: PathBuf,
}

pub fn nats_server() -> &'static str {
    ["/usr/sbin/nats-server", "/usr/bin/nats-server"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("nats-server")
}

impl Nats {
    pub fn start(dir: &Path) -> Nats {
        let mut nats = Nats {
            child: None,
            port: free_port(),
            dir: dir.to_path_buf(),
        };
        nats.up();
        nats
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// Start (again) on the same port and store: what it kept is back.
    /// The users and their permissions are the deployment's own
    /// (scripts/deploy/nats-server.conf), with its store in `dir`.
    pub fn up(&mut self) {
        let deployed =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/nats-server.conf");
        let conf = std::fs::read_to_string(&deployed)
            .expect("scripts/deploy/nats-server.conf reads")
            .replace("/var/lib/nats", &self.dir.display().to_string());
        std::fs::create_dir_all(&self.dir).expect("the NATS store dir is made");
        let path = self.dir.with_extension("conf");
        std::fs::write(&path, conf).expect("the NATS config is written");
        let child = Command::new(nats_server())
            .arg("-c")
            .arg(&path)
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nats-server starts (apt-get install nats-server)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nats-server did not listen in 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGSTOP or SIGCONT: NATS stalls (connections stay open, nothing
    /// moves), then goes on with what it was sent meanwhile.
    pub fn freeze(&self, frozen: bool) {
        let child = self.child.as_ref().expect("nats-server runs");
        let signal = if frozen { "-STOP" } else { "-CONT" };
        let status = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill {signal} nats-server");
    }

    /// SIGKILL: the link breaks as when a cloud machine goes away.
    pub fn down(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        self.down();
    }
}

/// The deployment's users (scripts/deploy/nats-server.conf) and passwords.
pub const VENUE: (&str, &str) = ("venue", "CHANGE-ME-venue");
pub const RELAY: (&str, &str) = ("relay", "CHANGE-ME-relay");

/// A NATS client of the test itself, as `user` (`VENUE` or `RELAY`).
pub async fn client(nats: &Nats, user: (&str, &str)) -> async_nats::Client {
    async_nats::ConnectOptions::with_user_and_password(user.0.into(), user.1.into())
        .connect(nats.url())
        .await
        .expect("NATS takes the deployment's users")
}

/// `serve --nats` with its own data dir, as the venue's user.
pub fn primary(data: &Path, nats: &Nats, id: &str) -> Server {
    Server::start_with(
        data,
        None,
        "127.0.0.1:0",
        &[
            "--join-rate",
            "0",
            "--nats",
            &nats.url(),
            "--assembly",
            id,
            "--nats-user",
            VENUE.0,
            "--nats-password",
            VENUE.1,
        ],
    )
}

/// `desk --nats` on the home in `home`, with `live` live, as the venue's
/// user; what it printed.
pub fn desk(home: &Path, nats: &Nats, live: &str) -> (Server, String) {
    let url = nats.url();
    Server::desk(
        home,
        &[
            "--chair-key",
            super::KEY,
            "--live",
            live,
            "--join-rate",
            "0",
            "--nats",
            &url,
            "--nats-user",
            VENUE.0,
            "--nats-password",
            VENUE.1,
        ],
    )
}

/// `relay` on a free port (or `bind`, to come back where it was).
pub fn relay_at(nats: &Nats, id: &str, bind: &str) -> Server {
    let mut command = Command::new(super::binary());
    command
        .args(["relay", "--bind", bind, "--join-rate", "0", "--nats"])
        .arg(nats.url())
        .args(["--assembly", id])
        .args(["--nats-user", RELAY.0, "--nats-password", RELAY.1])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    Server::launch(command, Path::new("")).0
}

pub fn relay(nats: &Nats, id: &str) -> Server {
    relay_at(nats, id, "127.0.0.1:0")
}

/// Wait until `server`'s `/healthz` says `ok` (a relay: linked to the hall).
pub fn linked(server: &Server) {
    super::poll(
        Duration::from_secs(15),
        Duration::from_millis(50),
        || match super::try_request(server.addr, "GET", "/healthz", &[], "") {
            Ok(r) if r.status == 200 => Ok(()),
            _ => Err(format!("{} never linked to the hall", server.addr)),
        },
    );
}

/// The `seq` a server's `/healthz` reports.
pub fn seq_of(server: &Server) -> u64 {
    let r = super::request(server.addr, "GET", "/healthz", &[], "");
    r.json()["seq"].as_u64().expect("healthz has a seq")
}

/// Wait until `server` has reached `seq`.
pub fn reaches(server: &Server, seq: u64, within: Duration) {
    super::poll(within, Duration::from_millis(20), || match seq_of(server) {
        now if now >= seq => Ok(()),
        now => Err(format!(
            "{} stayed at seq {now}, never reaching {seq}",
            server.addr
        )),
    });
}

/// A venue (`serve --nats`) and one relay, `east`, linked to it over a
/// NATS of their own, all keeping their files in `dir`. Tests keep it whole
/// and borrow its fields, so the processes stop (first fields drop first)
/// before their files go.
pub struct Linked {
    pub east: Server,
    pub venue: Server,
    pub nats: Nats,
    pub dir: tempfile::TempDir,
}

impl Linked {
    /// Start them for assembly `id`, and wait until the relay is linked.
    pub fn start(id: &str) -> Linked {
        let dir = tempfile::tempdir().unwrap();
        let nats = Nats::start(&dir.path().join("nats"));
        let venue = primary(&dir.path().join("data"), &nats, id);
        let east = relay(&nats, id);
        linked(&east);
        Linked {
            east,
            venue,
            nats,
            dir,
        }
    }
}

/// A runtime for the test's own NATS client.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Now, in milliseconds since the epoch, as a request's deadline counts.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

/// Send `change` as request `id` on assembly `assembly`'s audience
/// subject, the way a relay does (for a phone at `from`, if it says),
/// answered by `deadline` (ms since the epoch); the venue's reply.
pub async fn ask(
    nats: &async_nats::Client,
    assembly: &str,
    id: &str,
    change: Change,
    deadline: u64,
    from: Option<IpAddr>,
) -> Reply {
    let request = Request {
        id: id.into(),
        change,
        deadline,
        client: from,
        seal: None,
    };
    let payload = serde_json::to_vec(&request).unwrap();
    let answer = nats
        .request(Names::new(assembly).audience(), payload.into())
        .await
        .unwrap();
    serde_json::from_slice(&answer.payload).unwrap()
}

/// Send `requests` at once on assembly `assembly`'s audience subject, as a
/// relay sends a batch; the venue's answer as it reads (an array of
/// replies, or one reply for the whole batch).
pub async fn ask_many(
    nats: &async_nats::Client,
    assembly: &str,
    requests: &[Request],
) -> serde_json::Value {
    let payload = serde_json::to_vec(requests).unwrap();
    ask_bytes(nats, assembly, payload).await
}

/// Send `payload` as it is on assembly `assembly`'s audience subject; the
/// venue's answer as it reads.
pub async fn ask_bytes(
    nats: &async_nats::Client,
    assembly: &str,
    payload: Vec<u8>,
) -> serde_json::Value {
    let answer = nats
        .request(Names::new(assembly).audience(), payload.into())
        .await
        .unwrap();
    serde_json::from_slice(&answer.payload).unwrap()
}
