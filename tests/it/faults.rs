//! Faults answer, never kill: a file-size limit makes the event log fail
//! to grow; the server then refuses changes with 503 and a message, keeps
//! serving every read, says so on `/healthz`, and loses nothing it
//! acknowledged. Bad `extend` values and unknown fields get a plain 400.

use crate::common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{KEY, Server, binary, request};

/// The server under `ulimit -f` (in 1 KiB blocks), killed when dropped.
struct Limited {
    child: Child,
    addr: SocketAddr,
}

impl Limited {
    fn start(data: &Path, blocks: u32) -> Limited {
        let mut child = Command::new("bash")
            .arg("-c")
            .arg(format!("ulimit -f {blocks} && exec \"$0\" \"$@\""))
            .arg(binary())
            .args(["serve", "--bind", "127.0.0.1:0", "--chair-key", KEY])
            .args(["--join-rate", "0", "--data"])
            .arg(data)
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "assembly=error")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("bash starts the server");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("listening on http://") {
                    let _ = tx.send(addr.to_owned());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("the server listens within 20 s")
            .parse()
            .expect("a socket address");
        Limited { child, addr }
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().expect("wait works").is_none()
    }

    fn get(&self, path: &str) -> common::Response {
        request(self.addr, "GET", path, &[], "")
    }

    fn command(&self, body: &str) -> common::Response {
        common::command_at(self.addr, body)
    }

    fn check_in(&self, institution: &str) -> common::Response {
        request(
            self.addr,
            "POST",
            "/join",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Accept", "application/json"),
            ],
            &format!("institution={institution}"),
        )
    }
}

impl Drop for Limited {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_file_size_limit_refuses_changes_keeps_reads_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Limited::start(dir.path(), 256);
    let plan = server.get("/api/plan").json();
    let institution = plan["institutions"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(server.command(r#"{"cmd":"start"}"#).status, 200);
    let mut checked_in = 0u64;
    let mut announced = None;
    let mut refusal = None;
    for n in 0..20_000u32 {
        let answer = if n % 10 == 0 {
            server.command(&format!(
                r#"{{"cmd":"turnout","institution":"{institution}","count":{n},"confirm":true}}"#
            ))
        } else {
            server.check_in(&institution)
        };
        match answer.status {
            200 if n % 10 == 0 => announced = Some(n),
            200 => checked_in += 1,
            503 => {
                refusal = Some(answer);
                break;
            }
            other => panic!("unexpected {other}: {}", answer.body),
        }
    }
    let refusal = refusal.expect("the log hit the file-size limit");
    assert!(server.alive(), "the server died at the file-size limit");
    assert!(
        refusal.body.contains("could not be written"),
        "{}",
        refusal.body
    );
    assert!(checked_in > 0, "some check-ins were written first");

    // Changes are refused with a message; reads go on.
    let next = server.command(r#"{"cmd":"next"}"#);
    assert_eq!(next.status, 503, "{}", next.body);
    assert!(next.json()["error"].as_str().unwrap().contains("restart"));
    assert_eq!(server.check_in(&institution).status, 503);
    for path in [
        "/api/state",
        "/report",
        "/join",
        "/screen",
        "/export/turnout.csv",
    ] {
        assert_eq!(server.get(path).status, 200, "{path}");
    }
    assert_eq!(
        server.get("/api/state").json()["turnout"]["phones"],
        checked_in
    );
    let health = server.get("/healthz");
    assert_eq!(health.status, 503, "{}", health.body);
    assert_eq!(health.json()["ok"], false);
    assert!(
        health.json()["reason"]
            .as_str()
            .unwrap()
            .contains("could not be written")
    );
    assert!(server.alive());
    drop(server);

    // Without the limit, every acknowledged change is there.
    let again = Server::start(dir.path(), None);
    let state = again.get("/api/state").json();
    assert_eq!(state["turnout"]["phones"], checked_in);
    assert_eq!(
        state["turnout"]["announced"][&institution].as_u64(),
        announced.map(u64::from)
    );
    assert_eq!(again.get("/healthz").status, 200);
}

#[test]
fn extend_refuses_extreme_and_odd_seconds_and_negative_lengths() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    server.must(r#"{"cmd":"start"}"#);
    for seconds in [
        "9223372036854775807",
        "-9223372036854775808",
        "-2147483648",
        "2147483647",
        "1.5",
        "1e300",
        "\"60\"",
    ] {
        let answer = server.command(&format!(r#"{{"cmd":"extend","seconds":{seconds}}}"#));
        assert_eq!(answer.status, 400, "{seconds}: {}", answer.body);
        let error = answer.json()["error"].as_str().unwrap().to_owned();
        assert!(
            error.contains("whole number of seconds"),
            "{seconds}: {error}"
        );
    }
    let planned = server.get("/api/state").json()["clock"]["planned_ms"]
        .as_i64()
        .unwrap();
    let seconds = planned / 1000;
    let answer = server.command(&format!(r#"{{"cmd":"extend","seconds":-{}}}"#, seconds + 1));
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert!(
        answer.json()["error"]
            .as_str()
            .unwrap()
            .contains(&format!("at most {seconds} seconds can be taken away")),
        "{}",
        answer.body
    );
    server.must(&format!(r#"{{"cmd":"extend","seconds":-{seconds}}}"#));
    assert_eq!(server.get("/api/state").json()["clock"]["planned_ms"], 0);
    assert_eq!(server.get("/healthz").status, 200, "the hub is alive");
}

#[test]
fn unknown_fields_are_refused_even_a_note_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let answer = server.command(r#"{"cmd":"start","note":"x"}"#);
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert!(
        answer.body.contains("`start` does not take `note`"),
        "{}",
        answer.body
    );
    assert_eq!(server.get("/api/state").json()["phase"], "not_started");
}
