//! A real `nats-server` with JetStream on loopback, relays of the real
//! binary, and phones on their websockets: what the relay tests share.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

use super::Server;

/// Debian's `nats-server`, with JetStream keeping its files in a dir.
pub struct Nats {
    child: Option<Child>,
    pub port: u16,
    dir: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
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
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(r) = super::try_request(server.addr, "GET", "/healthz", &[], "")
            && r.status == 200
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{} never linked to the hall",
            server.addr
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The `seq` a server's `/healthz` reports.
pub fn seq_of(server: &Server) -> u64 {
    let r = super::request(server.addr, "GET", "/healthz", &[], "");
    r.json()["seq"].as_u64().expect("healthz has a seq")
}

/// Wait until `server` has reached `seq`.
pub fn reaches(server: &Server, seq: u64, within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let now = seq_of(server);
        if now >= seq {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{} stayed at seq {now}, never reaching {seq}",
            server.addr
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

/// A phone's websocket that keeps the last state frame it was sent.
pub struct Phone {
    url: String,
    socket: Option<Socket>,
    /// The last frame's state, and its `hall` notice if any.
    pub last: Option<Value>,
    pub hall: Option<String>,
}

impl Phone {
    pub fn on(addr: SocketAddr, role: &str) -> Phone {
        let mut phone = Phone {
            url: format!("ws://{addr}/ws?role={role}"),
            socket: None,
            last: None,
            hall: None,
        };
        phone.connect();
        phone
    }

    fn connect(&mut self) {
        self.socket = tungstenite::connect(&self.url).ok().map(|(s, _)| {
            if let MaybeTlsStream::Plain(stream) = s.get_ref() {
                stream
                    .set_read_timeout(Some(Duration::from_millis(5)))
                    .unwrap();
            }
            s
        });
    }

    /// Read what has arrived; reconnect a dropped socket.
    pub fn pump(&mut self) {
        if self.socket.is_none() {
            self.connect();
        }
        let Some(socket) = &mut self.socket else {
            return;
        };
        loop {
            match socket.read() {
                Ok(Message::Text(text)) => {
                    let value: Value = serde_json::from_str(&text).unwrap();
                    if value["type"] == "state" {
                        self.last = Some(value["state"].clone());
                        self.hall = value["hall"].as_str().map(str::to_owned);
                    }
                }
                Ok(_) => {}
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    return;
                }
                Err(_) => {
                    self.socket = None;
                    return;
                }
            }
        }
    }

    pub fn seq(&self) -> Option<u64> {
        self.last.as_ref().and_then(|s| s["seq"].as_u64())
    }

    /// Pump until the phone shows `seq`.
    pub fn reaches(&mut self, seq: u64, within: Duration) {
        let deadline = Instant::now() + within;
        loop {
            self.pump();
            if self.seq() >= Some(seq) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "a phone on {} stayed at {:?}, never reaching seq {seq}",
                self.url,
                self.seq()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Pump until the phone's hall notice is `want`.
    pub fn hall_becomes(&mut self, want: Option<&str>, within: Duration) {
        let deadline = Instant::now() + within;
        loop {
            self.pump();
            if self.hall.as_deref() == want {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "a phone on {} shows hall {:?}, not {want:?}",
                self.url,
                self.hall
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
