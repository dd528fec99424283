//! Every error answer is JSON when the request accepts JSON, including the
//! ones axum and the router make before a handler runs.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{KEY, Server};
use serde_json::Value;

/// One raw request (the body may be any bytes); returns status, head, body.
fn raw(
    server: &Server,
    method: &str,
    path: &str,
    headers: &[&str],
    body: &[u8],
) -> (u16, String, String) {
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
        server.addr,
        body.len()
    );
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // The server may answer 413 and close before reading it all.
    let _ = stream.write_all(body);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").expect("a whole answer");
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_owned(), body.to_owned())
}

fn assert_json_error(
    (status, head, body): (u16, String, String),
    expected: u16,
    says: &str,
) -> Value {
    assert_eq!(status, expected, "{head}\n{body}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{expected} is not JSON:\n{head}\n{body}"
    );
    let json: Value = serde_json::from_str(&body)
        .unwrap_or_else(|e| panic!("{expected}: not JSON ({e}): {body}"));
    assert_eq!(json["ok"], false, "{body}");
    let error = json["error"].as_str().expect("an error message");
    assert!(
        error.contains(says),
        "{expected}: {error:?} should say {says:?}"
    );
    json
}

#[test]
fn every_error_is_json_when_the_client_asks_for_json() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    let json = "Accept: application/json";
    let form = "Content-Type: application/x-www-form-urlencoded";
    let bearer = format!("Authorization: Bearer {KEY}");

    // 413: a body over 16 KiB.
    let big = format!("institution={}", "x".repeat(20 * 1024));
    assert_json_error(
        raw(&server, "POST", "/join", &[json, form], big.as_bytes()),
        413,
        "16 KiB",
    );
    // ...and on a chair route that takes a whole plan, its own limit.
    let plan = format!("# {}", "x".repeat(3 << 20));
    assert_json_error(
        raw(
            &server,
            "PUT",
            "/api/plan",
            &[json, &bearer, "Content-Type: text/plain"],
            plan.as_bytes(),
        ),
        413,
        "larger than 2 MiB",
    );
    // 415: a form route sent JSON.
    assert_json_error(
        raw(
            &server,
            "POST",
            "/join",
            &[json, "Content-Type: application/json"],
            br#"{"institution":""}"#,
        ),
        415,
        "application/x-www-form-urlencoded",
    );
    // 400: a command that is not UTF-8.
    assert_json_error(
        raw(
            &server,
            "POST",
            "/api/command",
            &[json, &bearer, "Content-Type: application/json"],
            b"{\"cmd\":\"st\xff\xfeart\"}",
        ),
        400,
        "UTF-8",
    );
    // 400 or 422: a form that cannot be read (the pledge lacks its fields).
    let (status, head, body) = raw(&server, "POST", "/join/pledge", &[json, form], b"nothing=1");
    assert!(status == 400 || status == 422, "{head}\n{body}");
    assert_json_error((status, head, body), status, "could not be read");
    // 404 and 405 from the router.
    assert_json_error(
        raw(&server, "GET", "/api/nothing", &[json], b""),
        404,
        "/api/nothing",
    );
    let (status, head, body) = raw(&server, "DELETE", "/api/state", &[json], b"");
    assert!(head.to_ascii_lowercase().contains("allow: get"), "{head}");
    assert_json_error((status, head, body), 405, "DELETE");

    // Browsers still get pages, and security headers stay on JSON errors.
    let (status, head, _) = raw(&server, "GET", "/nothing", &["Accept: text/html"], b"");
    assert_eq!(status, 404);
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/html"),
        "{head}"
    );
    let (_, head, _) = raw(&server, "GET", "/nothing", &[json], b"");
    assert!(
        head.to_ascii_lowercase()
            .contains("x-content-type-options: nosniff"),
        "{head}"
    );
}
