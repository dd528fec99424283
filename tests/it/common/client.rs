//! The tests' HTTP client: one request on a fresh connection through the
//! rehearsal's own hyper client (`assembly::rehearse::http`), driven from
//! sync test code, and what a response holds.

use std::net::SocketAddr;
use std::sync::{OnceLock, mpsc};
use std::time::{Duration, Instant};

use assembly::rehearse::http;

use super::{KEY, Server};

pub struct Response {
    pub status: u16,
    pub body: String,
    pub headers: Vec<(String, String)>,
}

impl Response {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        http::header(&self.headers, name)
    }

    /// The `error` of a JSON refusal (every refusal says one).
    pub fn error(&self) -> String {
        let error = self.json()["error"].as_str().map(str::to_owned);
        error.unwrap_or_else(|| panic!("no error in {}", self.body))
    }
}

/// A chair command with the key, to a server at `addr`.
pub fn command_at(addr: SocketAddr, body: &str) -> Response {
    let auth = format!("Bearer {KEY}");
    command_as(
        addr,
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
        ],
        body,
    )
}

/// `POST /api/command` with exactly `headers`: no key, a wrong one, a
/// cookie, a network named in `X-Forwarded-For`.
pub fn command_as(addr: SocketAddr, headers: &[(&str, &str)], body: &str) -> Response {
    request(addr, "POST", "/api/command", headers, body)
}

/// One HTTP/1.1 request on a fresh connection.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Response {
    try_request(addr, method, path, headers, body)
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

/// What a request costs on the wire: the body's bytes as sent (gzipped
/// when the server chose to), and its `Content-Encoding`.
#[allow(dead_code)]
pub struct Wire {
    pub status: u16,
    pub encoding: Option<String>,
    pub bytes: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Wire {
    pub fn header(&self, name: &str) -> Option<&str> {
        http::header(&self.headers, name)
    }
}

#[allow(dead_code)]
pub fn wire(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Wire {
    wire_within(addr, path, headers, http::REQUEST_TIMEOUT)
}

/// [`wire`] for an answer that may take longer than 10 s (a 20 MB report
/// on a busy machine).
pub fn wire_within(
    addr: SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
    limit: Duration,
) -> Wire {
    // The client never decompresses: the body is what the server sent,
    // without the chunks' framing.
    let response =
        send(addr, "GET", path, headers, b"", limit).unwrap_or_else(|e| panic!("GET {path}: {e}"));
    Wire {
        status: response.status,
        encoding: response.header("content-encoding").map(str::to_owned),
        headers: response.headers,
        bytes: response.body,
    }
}

/// The same, for callers that expect the server may die mid-request.
pub fn try_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<Response> {
    let response = send(
        addr,
        method,
        path,
        headers,
        body.as_bytes(),
        http::REQUEST_TIMEOUT,
    )?;
    Ok(Response {
        status: response.status,
        body: String::from_utf8_lossy(&response.body).into_owned(),
        headers: response.headers,
    })
}

/// One request on a fresh connection through the rehearsal's client, from
/// sync code. A plain test runs the exchange on its own thread, on a
/// runtime of that thread (no hand-off between threads, so a loaded machine
/// delays it no more than a blocking socket); inside a browser scenario's
/// runtime, which must not be blocked on itself, the exchange runs on a
/// shared runtime and this thread waits for it.
fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    limit: Duration,
) -> std::io::Result<http::Response> {
    let server = http::Server {
        addr,
        authority: addr.to_string(),
    };
    let (method, path, body) = (method.to_owned(), path.to_owned(), body.to_vec());
    let headers: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let exchange = async move {
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let mut conn = http::Conn::new(server).within(limit);
        conn.send(&method, &path, &headers, &body).await
    };
    if tokio::runtime::Handle::try_current().is_err() {
        thread_local! {
            static OWN: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the tests' HTTP client");
        }
        return OWN.with(|runtime| runtime.block_on(exchange));
    }
    static SHARED: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    let runtime = SHARED.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("test-http")
            .enable_all()
            .build()
            .expect("a runtime for the tests' HTTP client")
    });
    let (tx, rx) = mpsc::channel();
    runtime.spawn(async move {
        let _ = tx.send(exchange.await);
    });
    rx.recv().expect("the tests' HTTP runtime answers")
}

/// `POST /api/import` of one file's bytes, with the chair key.
pub fn post_import(
    server: &Server,
    name: &str,
    bytes: &[u8],
) -> (u16, serde_json::Value, Duration) {
    let started = Instant::now();
    let auth = format!("Bearer {KEY}");
    let path = format!("/api/import?name={name}");
    let headers = [("Authorization", auth.as_str())];
    let answer = send(
        server.addr,
        "POST",
        &path,
        &headers,
        bytes,
        Duration::from_secs(60),
    );
    let took = started.elapsed();
    let answer =
        answer.unwrap_or_else(|e| panic!("{name}: no answer at all (did the server die?): {e}"));
    let json = serde_json::from_slice(&answer.body).unwrap_or(serde_json::Value::Null);
    let status = answer.status;
    (status, json, took)
}
