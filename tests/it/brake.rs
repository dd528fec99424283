//! The key brake: guessing the chair key from many connections at once is
//! refused after ten wrong keys per client network, at once, on every route
//! that takes a key, while the right key gets in at once from anywhere,
//! even from the braked network itself.

use crate::common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{KEY, Server, command_as, request};
use tokio_tungstenite::tungstenite;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|&&s| s == status).count()
}

/// One wrong-key guess from `client`, by one of the three chair routes.
fn guess(addr: SocketAddr, client: &str, route: usize, key: &str) -> u16 {
    let xff = ("X-Forwarded-For", client);
    match route % 3 {
        0 => {
            let bearer = format!("Bearer {key}");
            command_as(
                addr,
                &[("Authorization", &bearer), xff],
                r#"{"cmd":"next"}"#,
            )
            .status
        }
        1 => request(addr, "GET", &format!("/chair?key={key}"), &[xff], "").status,
        _ => {
            let mut ws = format!("ws://{addr}/ws?role=chair&key={key}")
                .into_client_request()
                .unwrap();
            ws.headers_mut()
                .insert("X-Forwarded-For", client.parse().unwrap());
            match tungstenite::connect(ws) {
                Ok(_) => 101,
                Err(tungstenite::Error::Http(response)) => response.status().as_u16(),
                Err(e) => panic!("{e}"),
            }
        }
    }
}

#[test]
fn key_guesses_from_many_connections_are_refused_after_ten_and_the_chair_gets_in() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_behind_proxy(dir.path());
    let addr = server.addr;
    // 300 guesses on 30 connections at a time, across the three routes.
    let workers: Vec<_> = (0..30)
        .map(|worker| {
            std::thread::spawn(move || {
                (0..10)
                    .map(|i| {
                        let started = Instant::now();
                        let status = guess(
                            addr,
                            "203.0.113.66",
                            worker + i,
                            &format!("guess-{worker}-{i}-xxxxxxxx"),
                        );
                        (status, started.elapsed())
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let answers: Vec<(u16, Duration)> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    let statuses: Vec<u16> = answers.iter().map(|a| a.0).collect();
    assert_eq!(
        count(&statuses, 401),
        10,
        "ten wrong keys are read: {statuses:?}"
    );
    assert_eq!(
        count(&statuses, 429),
        290,
        "every later guess is refused: {statuses:?}"
    );
    let slowest = answers.iter().map(|a| a.1).max().unwrap();
    assert!(
        slowest < Duration::from_secs(2),
        "guesses were held back: {slowest:?}"
    );

    // The refusal is JSON and says when to try again.
    let refused = command_as(
        addr,
        &[
            ("Authorization", "Bearer yet-another-guess-here"),
            ("X-Forwarded-For", "203.0.113.66"),
        ],
        r#"{"cmd":"start"}"#,
    );
    assert_eq!(refused.status, 429);
    assert_eq!(refused.json()["ok"], false);
    assert!(refused.error().contains("try again"), "{}", refused.body);
    let retry: u64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=300).contains(&retry), "{retry}");

    // The right key is never refused or slowed, even from the braked
    // network: by every route, at once.
    gets_in_at_once(addr, "203.0.113.66", r#"{"cmd":"start"}"#);

    // The chair, on its own network, gets in at once by every route.
    gets_in_at_once(addr, "198.51.100.20", r#"{"cmd":"pause"}"#);
}

/// The right key from `client`'s network is let in, within a second, by
/// every route: the chair's socket, its link, and the command `cmd`.
fn gets_in_at_once(addr: SocketAddr, client: &str, cmd: &str) {
    let started = Instant::now();
    assert_eq!(guess(addr, client, 2, KEY), 101, "the chair's socket");
    assert_eq!(guess(addr, client, 1, KEY), 303, "the chair link");
    let bearer = format!("Bearer {KEY}");
    let moved = command_as(
        addr,
        &[("Authorization", &bearer), ("X-Forwarded-For", client)],
        cmd,
    );
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn wrong_keys_on_the_record_and_its_report_are_refused_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_behind_proxy(dir.path());
    let addr = server.addr;
    let from = ("X-Forwarded-For", "203.0.113.77");
    // Forty wrong keys, spread over the exports and the report: ten are
    // refused as wrong, never answered with the public record, and the
    // rest are braked.
    let paths = ["/export/record.json", "/report", "/export/responses.csv"];
    let statuses: Vec<u16> = (0..40)
        .map(|i| {
            let guess = format!("Bearer guess-{i}-guess-guess-guess");
            request(
                addr,
                "GET",
                paths[i % 3],
                &[("Authorization", &guess), from],
                "",
            )
            .status
        })
        .collect();
    assert_eq!(count(&statuses, 401), 10, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 30, "{statuses:?}");
    let wrong = request(
        addr,
        "GET",
        "/report",
        &[
            ("Authorization", "Bearer guess-guess-guess-guess"),
            ("X-Forwarded-For", "203.0.113.78"),
        ],
        "",
    );
    assert_eq!(wrong.status, 401);
    assert!(wrong.error().contains("wrong chair key"));
    // Without a key, the public record; with the right one, from the
    // braked network too, the chair's.
    let public = request(addr, "GET", "/export/record.json", &[from], "");
    assert_eq!(public.status, 200);
    assert_eq!(public.json()["access"], "public", "{}", public.body);
    let chair = server.chair_request("GET", "/export/record.json", &[from], "");
    assert_eq!(chair.status, 200);
    assert_eq!(chair.json()["access"], "chair");
}
