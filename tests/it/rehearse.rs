//! `assembly rehearse` against the real server: a small hall that must
//! pass, and the ways it must fail quickly and clearly instead of hanging.

use crate::common;

use std::process::Command;
use std::time::Duration;

use common::{Finished as Run, KEY, Server};

/// Run `assembly rehearse ARGS`, killing it (and failing the test) if it
/// has not finished within `limit`.
fn rehearse(args: &[&str], limit: Duration) -> Run {
    let mut command = Command::new(common::binary());
    command
        .arg("rehearse")
        .args(args)
        .env_remove("ASSEMBLY_CHAIR_KEY")
        .env("NO_COLOR", "1");
    let what = format!("rehearse {args:?} (it must never hang)");
    common::finish_within(command, limit, &what)
}

/// A server whose simulated phones may all check in from 127.0.0.1, as
/// in a rehearsal (`--join-rate 0`), and its address.
fn hall(dir: &std::path::Path) -> (Server, String) {
    let server = Server::start_with(dir, None, "127.0.0.1:0", &["--join-rate", "0"]);
    let url = server.url("");
    (server, url)
}

/// Rehearse with `args` within `limit`; it must pass. The run's table.
fn passes(args: &[&str], limit: Duration) -> String {
    let run = rehearse(args, limit);
    let table = run.stdout;
    assert_eq!(run.code, Some(0), "{table}\n{}", run.stderr);
    assert!(
        table
            .trim_end()
            .ends_with("verdict: PASS (all targets met)"),
        "{table}"
    );
    table
}

/// Rehearse with `args` within `limit`; every target must be met but the
/// timing of chair actions, which a test of what goes where (a few
/// actions, beside the browser tests on two cores) may miss once in a
/// while without saying anything about it. The run's table.
fn passes_but_timing(args: &[&str], limit: Duration) -> String {
    let run = rehearse(args, limit);
    let table = run.stdout;
    let missed: Vec<&str> = table
        .lines()
        .filter(|line| line.trim_end().ends_with("MISSED"))
        .collect();
    let timing = |line: &&str| line.contains("action to last phone");
    assert!(missed.iter().all(timing), "{table}\n{}", run.stderr);
    if missed.is_empty() {
        assert_eq!(run.code, Some(0), "{table}\n{}", run.stderr);
    }
    table
}

/// A run that must stop with exit code 1 and say each of `words` on stderr.
fn fails_saying(run: &Run, words: &[&str]) {
    assert_eq!(run.code, Some(1), "{}\n{}", run.stdout, run.stderr);
    for word in words {
        assert!(run.stderr.contains(word), "{}", run.stderr);
    }
}

/// The table row for `metric`, split into its columns.
fn row<'a>(table: &'a str, metric: &str) -> Vec<&'a str> {
    let line = table
        .lines()
        .find(|line| line.starts_with(&format!("{metric}  ")))
        .unwrap_or_else(|| panic!("no `{metric}` row in:\n{table}"));
    line.split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect()
}

#[test]
fn a_small_hall_is_rehearsed_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let (server, url) = hall(dir.path());
    let table = &passes(
        &[
            "--url",
            &url,
            "--phones",
            "50",
            "--chair-key",
            KEY,
            "--actions",
            "5",
            "--check-ins",
            "200",
            "--concurrency",
            "20",
        ],
        Duration::from_secs(120),
    );
    assert_eq!(
        row(table, "phones connected"),
        [
            "phones connected",
            "50/50 (0 failed)",
            "all, 0 failed",
            "ok"
        ]
    );
    let state = server.get("/api/state").json();
    let final_seq = state["seq"].as_u64().unwrap();
    assert_eq!(
        row(table, "phones on the final seq"),
        [
            "phones on the final seq",
            &format!("50/50 at seq {final_seq}"),
            "all",
            "ok"
        ]
    );
    assert_eq!(
        row(table, "check-ins counted"),
        [
            "check-ins counted",
            "exactly (0 + 200 -> 200)",
            "exactly once",
            "ok"
        ]
    );
    assert_eq!(row(table, "check-ins")[1], "200 ok, 0 failed");
    assert_eq!(row(table, "chair actions")[1], "5 (seq 2 to 6)");
    assert_eq!(row(table, "phone-actions missed")[1], "0");
    assert_eq!(row(table, "phone updates during check-ins")[3], "ok");

    // What the table claims, the server confirms: the assembly was started
    // and the 200 check-ins are 200 phones.
    assert_eq!(state["phase"], "running");
    assert_eq!(state["turnout"]["phones"], 200);
}

#[test]
fn a_wrong_chair_key_fails_at_once_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let url = server.url("");

    let run = rehearse(
        &[
            "--url",
            &url,
            "--phones",
            "20",
            "--chair-key",
            "not-the-key-the-server-has",
            "--actions",
            "3",
        ],
        Duration::from_secs(30),
    );

    fails_saying(&run, &["refused the chair key", "--chair-key"]);
    assert!(
        run.stdout.contains("verdict: FAIL: stopped early"),
        "{}",
        run.stdout
    );
    // Nothing was changed by the attempt.
    assert_eq!(server.get("/api/state").json()["phase"], "not_started");
}

#[test]
fn no_server_at_the_address_fails_with_a_hint() {
    // A port that was free a moment ago: nothing listens there now.
    let port = common::free_port();

    let run = rehearse(
        &[
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--phones",
            "10",
        ],
        Duration::from_secs(30),
    );

    fails_saying(&run, &["Is `assembly serve` running there?"]);
}

#[test]
fn phones_and_check_ins_are_split_across_relays_and_reported_per_relay_and_in_all() {
    let dir = tempfile::tempdir().unwrap();
    let (server, url) = hall(dir.path());
    // Any server speaking the public API stands in for a relay: here the
    // primary itself, given twice.
    let table = &passes_but_timing(
        &[
            "--url",
            &url,
            "--relay",
            &format!("{url},{url}"),
            "--phones",
            "41",
            "--phones-on-primary",
            "6",
            "--chair-key",
            KEY,
            "--actions",
            "4",
            "--check-ins",
            "101",
            "--concurrency",
            "10",
        ],
        Duration::from_secs(60),
    );
    let state = server.get("/api/state").json();
    let final_seq = state["seq"].as_u64().unwrap();
    let at_final = |n: usize| format!("{n}/{n} at seq {final_seq}");
    // In all: every phone on every target, the names scripts read.
    assert_eq!(row(table, "phones connected")[1], "47/47 (0 failed)");
    assert_eq!(row(table, "phones on the final seq")[1], at_final(47));
    assert_eq!(row(table, "check-ins")[1], "101 ok, 0 failed");
    assert_eq!(
        row(table, "check-ins counted")[1],
        "exactly (0 + 101 -> 101)"
    );
    assert_eq!(row(table, "chair actions")[1], "4 (seq 2 to 5)");
    // Per target: the split (the first relay takes the odd one), each
    // relay's own figures and its convergence on the primary's seq.
    assert_eq!(row(table, "primary: phones connected")[1], "6/6 (0 failed)");
    assert_eq!(row(table, "relay 1: url")[1], url);
    assert_eq!(
        row(table, "relay 1: phones connected")[1],
        "21/21 (0 failed)"
    );
    assert_eq!(
        row(table, "relay 2: phones connected")[1],
        "20/20 (0 failed)"
    );
    assert_eq!(row(table, "relay 1: check-ins")[1], "51 ok, 0 failed");
    assert_eq!(row(table, "relay 2: check-ins")[1], "50 ok, 0 failed");
    assert!(
        !table.contains("primary: check-ins "),
        "check-ins go to the relays only:\n{table}"
    );
    for relay in ["relay 1", "relay 2"] {
        assert_eq!(
            row(table, &format!("{relay}: check-ins counted"))[3],
            "ok",
            "{table}"
        );
        let seq = row(table, &format!("{relay}: server seq"));
        assert!(
            seq[1].starts_with(&format!("{final_seq}, reached in")),
            "{seq:?}"
        );
        assert_eq!(seq[3], "ok");
        assert!(row(table, &format!("{relay}: connect rate"))[1].ends_with(" s)"));
        assert!(row(table, &format!("{relay}: action to last phone p99"))[1].ends_with(" ms"));
        assert!(row(table, &format!("{relay}: server memory per phone"))[1].contains("KiB"));
    }
    assert_eq!(
        row(table, "primary: phones on the final seq")[1],
        at_final(6)
    );
    assert_eq!(
        row(table, "relay 1: phones on the final seq")[1],
        at_final(21)
    );
    assert_eq!(
        row(table, "relay 2: phones on the final seq")[1],
        at_final(20)
    );
    assert_eq!(state["turnout"]["phones"], 101);
}

#[test]
fn phones_on_the_primary_without_relays_is_refused() {
    let run = rehearse(
        &["--url", "http://127.0.0.1:9", "--phones-on-primary", "5"],
        Duration::from_secs(30),
    );
    fails_saying(&run, &["--relay"]);
}

/// `assembly bare`, the protocol's bare limit that `scripts/bench.sh`
/// measures `serve` against, answers a rehearsal as `serve` does: every
/// phone connects, each chair action reaches them all, each check-in is
/// counted once.
#[test]
fn the_bare_protocol_server_is_rehearsed_as_the_real_one_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(common::binary());
    command
        .args(["bare", "--bind", "127.0.0.1:0", "--chair-key", KEY])
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit());
    let (bare, _) = Server::launch(command, dir.path());
    let url = bare.url("");
    let args = [
        "--url",
        &url,
        "--phones",
        "50",
        "--chair-key",
        KEY,
        "--actions",
        "5",
        "--check-ins",
        "50",
    ];
    let table = passes(&args, Duration::from_secs(60));
    assert_eq!(
        row(&table, "check-ins counted")[1],
        "exactly (0 + 50 -> 50)",
        "{table}"
    );
}

/// `assembly bare --nats` with two `assembly bare-relay`s, the bare limit
/// of a venue and its relays that `scripts/bench.sh` measures `relay`
/// against, over a real nats-server with the deployment's users: phones on
/// the relays get every chair action, and each check-in sent to a relay is
/// counted once by the venue and shown by both relays.
#[test]
fn bare_relays_are_rehearsed_as_the_real_ones_are() {
    let dir = tempfile::tempdir().unwrap();
    let nats = common::relays::Nats::start(&dir.path().join("nats"));
    let at = |user: (&str, &str)| format!("nats://{}:{}@127.0.0.1:{}", user.0, user.1, nats.port);
    let launch = |args: &[&str]| {
        let mut command = Command::new(common::binary());
        command
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit());
        Server::launch(command, dir.path()).0
    };
    let venue_nats = at(common::relays::VENUE);
    let venue = launch(&[
        "bare",
        "--bind",
        "127.0.0.1:0",
        "--chair-key",
        KEY,
        "--nats",
        &venue_nats,
    ]);
    let relay_nats = at(common::relays::RELAY);
    let relays: Vec<Server> = (0..2)
        .map(|_| launch(&["bare-relay", "--bind", "127.0.0.1:0", "--nats", &relay_nats]))
        .collect();
    let urls = format!("{},{}", relays[0].url(""), relays[1].url(""));
    let url = venue.url("");
    let args = [
        "--url",
        &url,
        "--relay",
        &urls,
        "--phones",
        "40",
        "--chair-key",
        KEY,
        "--actions",
        "4",
        "--check-ins",
        "60",
    ];
    let table = passes(&args, Duration::from_secs(90));
    assert_eq!(
        row(&table, "check-ins counted")[1],
        "exactly (0 + 60 -> 60)",
        "{table}"
    );
    for relay in ["relay 1", "relay 2"] {
        assert_eq!(
            row(&table, &format!("{relay}: check-ins counted"))[1],
            "exactly (0 + 60 -> 60)",
            "{table}"
        );
        assert_eq!(
            row(&table, &format!("{relay}: phone-actions missed"))[1],
            "0",
            "{table}"
        );
    }
}

/// A hall bigger than one process may hold is held by child processes
/// (`rehearse-phones`), each reporting what its phones saw on the same
/// clock: forced here with a hidden flag, 50 phones in children of 20.
#[test]
fn phones_held_by_child_processes_are_timed_and_counted_as_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let (server, url) = hall(dir.path());
    let table = &passes(
        &[
            "--url",
            &url,
            "--phones",
            "50",
            "--phones-per-process",
            "20",
            "--chair-key",
            KEY,
            "--actions",
            "4",
        ],
        Duration::from_secs(120),
    );
    assert_eq!(row(table, "phones connected")[1], "50/50 (0 failed)");
    assert_eq!(row(table, "server sockets open")[1], "50");
    let final_seq = server.get("/api/state").json()["seq"].as_u64().unwrap();
    assert_eq!(
        row(table, "phones on the final seq")[1],
        format!("50/50 at seq {final_seq}")
    );
    assert_eq!(row(table, "phone-actions missed")[1], "0");
    // Every action was seen and timed: a latency, not a missing figure.
    let p50 = row(table, "action to last phone p50")[1];
    let ms: f64 = p50.trim_end_matches(" ms").parse().unwrap_or(-1.0);
    assert!((0.0..5000.0).contains(&ms), "{table}");
    // The children stop with the rehearsal: their sockets close.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let sockets = server.get("/healthz").json()["sockets"].as_u64();
        if sockets == Some(0) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "child processes still hold {sockets:?} sockets after the rehearsal"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
