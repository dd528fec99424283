//! Behind a reverse proxy: limits count each phone's own address, never the
//! proxy's, and forwarding headers count only from a proxy the organiser
//! trusts. One test goes through a real nginx from Debian.

use crate::common;

use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{KEY, Response, Server, binary, request};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};

const FORM: (&str, &str) = ("Content-Type", "application/x-www-form-urlencoded");
const JSON: (&str, &str) = ("Accept", "application/json");

/// A new phone checking in, as seen by whoever is at `addr`; `forwarded`
/// is the X-Forwarded-For the phone's side sends.
fn check_in(addr: SocketAddr, forwarded: Option<&str>) -> u16 {
    let mut headers = vec![FORM, JSON];
    if let Some(client) = forwarded {
        headers.push(("X-Forwarded-For", client));
    }
    request(addr, "POST", "/join", &headers, "institution=").status
}

/// Check in once for each address in `clients`, four at a time; the
/// statuses in order.
fn check_ins(addr: SocketAddr, clients: &[String]) -> Vec<u16> {
    let chunks: Vec<Vec<String>> = clients
        .chunks(clients.len().div_ceil(4))
        .map(<[_]>::to_vec)
        .collect();
    let workers: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::spawn(move || {
                chunk
                    .iter()
                    .map(|c| check_in(addr, Some(c)))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    workers
        .into_iter()
        .flat_map(|w| w.join().expect("a check-in worker"))
        .collect()
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|&&s| s == status).count()
}

/// A free port for nginx, below Linux's ephemeral range (32768 and up), so
/// a server or client binding port 0 in the meantime cannot take it before
/// nginx does (which once sent the hall straight to the server).
fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let start = (std::process::id() % 10_000) as u16;
    for _ in 0..10_000 {
        let offset = (start + NEXT.fetch_add(1, Ordering::Relaxed)) % 10_000;
        let port = 21_000 + offset;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free port between 21000 and 31000 for nginx")
}

fn nginx_binary() -> PathBuf {
    let found = ["nginx", "/usr/sbin/nginx"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| Command::new(path).arg("-v").output().is_ok());
    found.unwrap_or_else(|| {
        panic!(
            "this test runs the server behind a real nginx, and nginx is not installed: \
             install it with `sudo apt-get install -y nginx` (bash scripts/test.sh does this)"
        )
    })
}

/// nginx in the foreground, as one process, configured in a temp dir the
/// way the README says; killed (that pid only) when dropped.
struct Nginx {
    child: Child,
    addr: SocketAddr,
    dir: tempfile::TempDir,
}

impl Nginx {
    fn start(port: u16, upstream: SocketAddr) -> Nginx {
        let nginx = nginx_binary();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().display();
        let conf = format!(
            "daemon off;
master_process off;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ''      close;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://{upstream};
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
}}
"
        );
        let conf_path = dir.path().join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let mut child = Command::new(nginx)
            .arg("-c")
            .arg(&conf_path)
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx starts");
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(addr).is_err() {
            if let Some(status) = child.try_wait().unwrap() {
                let mut said = String::new();
                if let Some(mut stderr) = child.stderr.take() {
                    let _ = stderr.read_to_string(&mut said);
                }
                let log = std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default();
                panic!("nginx stopped ({status}): {said}{log}");
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not listen within 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Nginx { child, addr, dir }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ws_through(url: &str, origin: &str) -> Result<Vec<serde_json::Value>, tungstenite::Error> {
    let mut request = url.into_client_request().unwrap();
    request
        .headers_mut()
        .insert("Origin", origin.parse().unwrap());
    let (mut socket, _) = tungstenite::connect(request)?;
    let mut frames = Vec::new();
    while frames.len() < 2 {
        if let Message::Text(text) = socket.read()? {
            frames.push(serde_json::from_str(text.as_str()).unwrap());
        }
    }
    Ok(frames)
}

#[test]
fn through_nginx_each_phone_is_limited_on_its_own_and_sockets_and_origins_work() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let public = format!("http://127.0.0.1:{port}");
    let server = Server::start_with(
        dir.path(),
        None,
        "127.0.0.1:0",
        &["--trusted-proxy", "127.0.0.1/32", "--public-url", &public],
    );
    let nginx = Nginx::start(port, server.addr);

    // A hall: 1,000 phones behind 50 addresses (nginx appends its peer).
    let hall: Vec<String> = (0..1_000)
        .map(|i| format!("198.51.100.{}", i % 50 + 1))
        .collect();
    let statuses = check_ins(nginx.addr, &hall);
    assert_eq!(
        count(&statuses, 200),
        1_000,
        "every phone of the hall got in: {:?}",
        statuses
            .iter()
            .filter(|&&s| s != 200)
            .take(5)
            .collect::<Vec<_>>()
    );
    // One address minting devices gets the burst, then is refused.
    let script: Vec<String> = vec!["203.0.113.7".to_owned(); 300];
    let statuses = check_ins(nginx.addr, &script);
    let (taken, refused) = (count(&statuses, 200), count(&statuses, 429));
    assert_eq!(taken + refused, 300, "{statuses:?}");
    assert!(
        (200..260).contains(&taken),
        "burst then refused: {taken} taken"
    );
    // The hall's limits were each their own: a hall address still gets in.
    assert_eq!(check_in(nginx.addr, Some("198.51.100.1")), 200);
    let turnout = server.get("/api/state").json()["turnout"]["phones"].clone();
    assert!(turnout.as_u64() >= Some(1_000), "{turnout}");

    // A websocket through nginx: hello, then the state; our origin only.
    let url = format!("ws://127.0.0.1:{port}/ws?role=screen");
    let frames = ws_through(&url, &public).expect("a socket through nginx opens");
    assert_eq!(frames[0]["type"], "hello", "{:?}", frames[0]);
    assert_eq!(frames[1]["type"], "state", "{:?}", frames[1]);
    match ws_through(&url, "https://evil.example") {
        Err(tungstenite::Error::Http(response)) => assert_eq!(response.status(), 403),
        other => panic!("a cross-site socket was not refused: {other:?}"),
    }
    let chair = format!("ws://127.0.0.1:{port}/ws?role=chair&key={KEY}");
    assert!(
        ws_through(&chair, &public).is_ok(),
        "the chair's socket through nginx"
    );
    // A chair command through nginx: our origin steers, another site cannot.
    let bearer = format!("Bearer {KEY}");
    let post = |origin: &str| -> Response {
        request(
            nginx.addr,
            "POST",
            "/api/command",
            &[("Authorization", &bearer), ("Origin", origin)],
            r#"{"cmd":"start"}"#,
        )
    };
    assert_eq!(post("https://evil.example").status, 403);
    let started = post(&public);
    assert_eq!(started.status, 200, "{}", started.body);
    // nginx really was in the path.
    let log = std::fs::read_to_string(nginx.dir.path().join("access.log")).unwrap();
    assert!(
        log.lines().count() >= 1_300,
        "{} lines logged",
        log.lines().count()
    );
}

#[test]
fn forwarding_headers_count_only_from_a_trusted_proxy() {
    let spoofed: Vec<String> = (0..300)
        .map(|i| format!("10.{}.{}.1", i / 250, i % 250))
        .collect();
    // A join rate of 2 a second (a burst of 100): what the limit lets in
    // hardly depends on how fast a loaded machine sends the 300.
    let slow = ["--join-rate", "2"];
    // No --trusted-proxy: a made-up X-Forwarded-For does not escape the limit.
    let dir = tempfile::tempdir().unwrap();
    let direct = Server::start_with(dir.path(), None, "127.0.0.1:0", &slow);
    let statuses = check_ins(direct.addr, &spoofed);
    assert!(
        count(&statuses, 429) >= 40,
        "spoofing escaped: {statuses:?}"
    );
    assert!(count(&statuses, 200) < 260);

    // A trusted proxy elsewhere: this peer's headers still do not count.
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = Server::start_with(
        dir.path(),
        None,
        "127.0.0.1:0",
        &[
            "--trusted-proxy",
            "10.0.0.0/8",
            "--trusted-proxy",
            "fd00::/8",
            slow[0],
            slow[1],
        ],
    );
    let statuses = check_ins(elsewhere.addr, &spoofed);
    assert!(
        count(&statuses, 429) >= 40,
        "an untrusted peer escaped: {statuses:?}"
    );

    // Trusted (from the variable, comma-separated): each client on its own,
    // but IPv6 clients per /64.
    let dir = tempfile::tempdir().unwrap();
    let trusted = Server::start_env(
        dir.path(),
        None,
        "127.0.0.1:0",
        &slow,
        &[("ASSEMBLY_TRUSTED_PROXY", "10.0.0.0/8, 127.0.0.1/32")],
    );
    let statuses = check_ins(trusted.addr, &spoofed);
    assert_eq!(count(&statuses, 200), 300, "{statuses:?}");
    let one_64: Vec<String> = (0..300).map(|i| format!("2001:db8:7:7::{i:x}")).collect();
    let statuses = check_ins(trusted.addr, &one_64);
    assert!(count(&statuses, 429) >= 40, "a /64 escaped: {statuses:?}");
    let forwarded = request(
        trusted.addr,
        "POST",
        "/join",
        &[FORM, JSON, ("Forwarded", "for=\"[2001:db8:8::1]:4711\"")],
        "institution=",
    );
    assert_eq!(forwarded.status, 200, "another /64 gets in");
}

#[test]
fn a_bad_trusted_proxy_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(binary())
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--trusted-proxy",
            "10.0.0.0/33",
        ])
        .arg("--data")
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(said.contains("--trusted-proxy"), "{said}");
    assert!(said.contains("from 0 to 32"), "{said}");
    assert!(
        !Path::new(&dir.path().join("assembly.db")).exists(),
        "nothing written"
    );
}
