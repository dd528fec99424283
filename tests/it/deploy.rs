//! The deployment docs/relays.md shows for relays: its files are the ones
//! quoted, each is accepted by the program that reads it, and a phone
//! checks in over HTTPS through Caddy, a relay and NATS into the venue's
//! record.

use crate::common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::relays::{Nats, linked, primary, reaches, seq_of};
use common::{Server, binary};

fn deploy(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts/deploy")
        .join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_docs_quote_the_deployment_files_as_they_are() {
    let docs = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/relays.md"));
    for name in ["nats-server.conf", "Caddyfile", "assembly-relay.service"] {
        let file = read(&deploy(name));
        assert!(
            docs.contains(file.trim_end()),
            "docs/relays.md does not quote scripts/deploy/{name} as it is"
        );
    }
}

#[test]
fn caddy_and_nats_accept_their_files() {
    let adapted = Command::new("caddy")
        .args(["adapt", "--adapter", "caddyfile", "--config"])
        .arg(deploy("Caddyfile"))
        .output()
        .expect("caddy runs (apt-get install caddy)");
    assert!(
        adapted.status.success(),
        "{}",
        String::from_utf8_lossy(&adapted.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    let conf = read(&deploy("nats-server.conf")).replace(
        "/var/lib/nats",
        &dir.path().join("js").display().to_string(),
    );
    let path = dir.path().join("nats-server.conf");
    std::fs::write(&path, conf).unwrap();
    let tested = Command::new(common::relays::nats_server())
        .arg("-c")
        .arg(&path)
        .arg("-t")
        .output()
        .expect("nats-server runs");
    assert!(
        tested.status.success(),
        "{}{}",
        String::from_utf8_lossy(&tested.stdout),
        String::from_utf8_lossy(&tested.stderr)
    );
}

#[test]
fn the_relay_unit_sets_only_variables_the_relay_reads() {
    let unit = read(&deploy("assembly-relay.service"));
    let help = Command::new(binary())
        .args(["relay", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let mut set = 0;
    for line in unit.lines() {
        let Some(assignment) = line.strip_prefix("Environment=") else {
            continue;
        };
        let name = assignment.split('=').next().unwrap();
        if name.starts_with("ASSEMBLY_") {
            assert!(
                help.contains(&format!("env: {name}")),
                "the unit sets {name}, which `assembly relay` does not read"
            );
            set += 1;
        }
    }
    assert!(set >= 6, "the unit sets {set} variables");
    assert!(unit.contains("ExecStart=/usr/local/bin/assembly relay"));
    // Where systemd is installed, it checks the unit too.
    if Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_ok()
    {
        let dir = tempfile::tempdir().unwrap();
        let copy = unit
            .replace("/usr/local/bin/assembly", binary())
            .replace("EnvironmentFile=/", "EnvironmentFile=-/");
        let path = dir.path().join("assembly-relay.service");
        std::fs::write(&path, copy).unwrap();
        let verified = Command::new("systemd-analyze")
            .arg("verify")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            verified.status.success() && verified.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&verified.stderr)
        );
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port()
}

/// Caddy in front of the relay with the shipped Caddyfile, for
/// `https://localhost:PORT` and its own local CA instead of a public one.
struct Caddy(Child);

impl Drop for Caddy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn caddy(dir: &Path, port: u16, relay: u16) -> Caddy {
    let shipped = read(&deploy("Caddyfile"));
    let site = format!("https://localhost:{port} {{\n\ttls internal");
    let config = format!(
        "{{\n\tadmin off\n\tstorage file_system {}\n\tauto_https disable_redirects\n\tskip_install_trust\n\thttp_port {}\n}}\n{}",
        dir.join("caddy").display(),
        free_port(),
        shipped
            .replace("assembly.example.org {", &site)
            .replace("127.0.0.1:8081", &format!("127.0.0.1:{relay}")),
    );
    let path = dir.join("Caddyfile");
    std::fs::write(&path, config).unwrap();
    let child = Command::new("caddy")
        .args(["run", "--adapter", "caddyfile", "--config"])
        .arg(&path)
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("caddy starts");
    let caddy = Caddy(child);
    let deadline = Instant::now() + Duration::from_secs(15);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "caddy did not listen in 15 s");
        std::thread::sleep(Duration::from_millis(50));
    }
    caddy
}

/// `curl` over HTTPS (Caddy's own CA, so `-k`): status line, headers, body.
fn curl(args: &[&str]) -> String {
    let out = Command::new("curl")
        .args(["-k", "-s", "-i", "--max-time", "10"])
        .args(args)
        .output()
        .expect("curl runs (apt-get install curl)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_phone_checks_in_over_https_through_caddy_and_a_relay() {
    let dir = tempfile::tempdir().unwrap();
    let nats = Nats::start(&dir.path().join("nats"));
    let venue = primary(&dir.path().join("data"), &nats, "deployed");
    let port = free_port();
    let public = format!("https://localhost:{port}");
    let mut command = Command::new(binary());
    command
        .args(["relay", "--bind", "127.0.0.1:0", "--nats"])
        .arg(nats.url())
        .args(["--assembly", "deployed", "--public-url", &public])
        .args(["--nats-user", common::relays::RELAY.0])
        .args(["--nats-password", common::relays::RELAY.1])
        .args(["--trusted-proxy", "127.0.0.1/32"])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let (relay, told) = Server::launch(command, Path::new(""));
    assert!(told.contains("following assembly deployed"), "{told}");
    linked(&relay);
    let _caddy = caddy(dir.path(), port, relay.addr.port());

    let page = curl(&[&format!("{public}/join")]);
    assert!(
        page.starts_with("HTTP/2 200") || page.starts_with("HTTP/1.1 200"),
        "{page}"
    );
    let origin = format!("Origin: {public}");
    let answer = curl(&[
        "-X",
        "POST",
        "-H",
        &origin,
        "-H",
        "Accept: application/json",
        "-d",
        "institution=gurdwara",
        &format!("{public}/join"),
    ]);
    assert!(answer.contains(r#""applied":true"#), "{answer}");
    let cookie = answer
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: assembly_device=")
        })
        .unwrap_or_else(|| panic!("no device cookie: {answer}"));
    assert!(cookie.contains("Secure"), "{cookie}");
    // In the venue's record, and on the relay.
    assert_eq!(
        venue.get("/api/state").json()["turnout"]["checked_in"]["gurdwara"],
        1
    );
    reaches(&relay, seq_of(&venue), Duration::from_secs(5));

    // The live socket passes through Caddy too.
    let upgrade = curl(&[
        "--http1.1",
        "--max-time",
        "2",
        "-H",
        "Connection: Upgrade",
        "-H",
        "Upgrade: websocket",
        "-H",
        "Sec-WebSocket-Version: 13",
        "-H",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "-H",
        &origin,
        &format!("{public}/ws?role=attendee"),
    ]);
    assert!(upgrade.starts_with("HTTP/1.1 101"), "{upgrade}");
}
