//! The accept loop: HTTP/1 connections that cannot be held open for free.
//!
//! A connection that has not sent a whole request head within the header
//! timeout is closed, and so is a kept-alive one that waits that long for
//! its next request (hyper starts the same timer whenever it waits for a
//! head). Open connections are counted: beyond the public limit only
//! requests carrying the chair key are served, so a flood of phones or
//! idle sockets can never lock the chair out of its page, commands and
//! socket.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::header::{CONNECTION, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};

use super::cork::Corked;
use super::{access, auth};

/// Connections kept for the chair above the public limit.
const CHAIR_RESERVE: usize = 64;
/// Files the server needs besides connections: the log, the terminal.
const OTHER_FILES: usize = 64;

/// How many connections the public may hold, and where accepting stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Beyond this many open connections and sockets, only the chair is served.
    pub public: usize,
    /// At this many, a new connection replaces the oldest one that has not
    /// yet sent a request (or is closed if there is none).
    pub hard: usize,
}

impl Limits {
    /// Every phone holds one socket and briefly a request or two; the rest
    /// is margin for page loads. The open-file limit bounds both.
    pub fn new(max_phones: usize, open_files: u64) -> Limits {
        let files = usize::try_from(open_files).unwrap_or(usize::MAX);
        let hard = if files == 0 {
            usize::MAX
        } else {
            files.saturating_sub(OTHER_FILES).max(2 * CHAIR_RESERVE)
        };
        let wanted = max_phones
            .saturating_add(max_phones / 4)
            .saturating_add(256);
        Limits {
            public: wanted.min(hard - CHAIR_RESERVE),
            hard,
        }
    }
}

/// What every connection shares: the counts and the connections that have
/// not sent anything yet, oldest first, so they can be let go for the chair.
struct Gate {
    limits: Limits,
    /// HTTP connections open now (an upgraded one leaves for `sockets`).
    open: AtomicUsize,
    /// Websockets open now, counted by the socket code.
    sockets: Arc<AtomicUsize>,
    waiting: Mutex<BTreeMap<u64, Arc<Notify>>>,
}

impl Gate {
    fn total(&self) -> usize {
        self.open.load(Ordering::Relaxed) + self.sockets.load(Ordering::Relaxed)
    }

    fn waiting(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Arc<Notify>>> {
        self.waiting.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Close the oldest connection that has sent nothing; false if none.
    fn evict_oldest(&self) -> bool {
        match self.waiting().pop_first() {
            Some((_, evict)) => {
                evict.notify_one();
                true
            }
            None => false,
        }
    }
}

/// One open connection, counted until dropped.
struct Counted {
    gate: Arc<Gate>,
    id: u64,
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.gate.open.fetch_sub(1, Ordering::Relaxed);
        self.gate.waiting().remove(&self.id);
    }
}

/// The per-connection service: the router, told the peer address, with
/// the public turned away first when the server is crowded.
#[derive(Clone)]
struct Connection {
    router: TowerToHyperService<Router>,
    peer: SocketAddr,
    id: u64,
    gate: Arc<Gate>,
    chair_key: Arc<str>,
    request_limit: Duration,
}

type Answer = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

impl hyper::service::Service<Request<Incoming>> for Connection {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Answer;

    fn call(&self, mut request: Request<Incoming>) -> Answer {
        self.gate.waiting().remove(&self.id);
        if self.gate.total() > self.gate.limits.public && !is_chair(&request, &self.chair_key) {
            return Box::pin(std::future::ready(Ok(plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The server is full right now. Try again in a minute.\n",
            ))));
        }
        request.extensions_mut().insert(ConnectInfo(self.peer));
        let answer = hyper::service::Service::call(&self.router, request);
        let limit = self.request_limit;
        Box::pin(async move {
            match tokio::time::timeout(limit, answer).await {
                Ok(answer) => answer,
                Err(_) => Ok(plain(
                    StatusCode::REQUEST_TIMEOUT,
                    "The request took too long to arrive. Try again.\n",
                )),
            }
        })
    }
}

fn is_chair(request: &Request<Incoming>, key: &str) -> bool {
    let given = access::query_key_of(request.uri());
    auth::is_chair(request.headers(), given.as_deref(), key)
}

/// A short answer that also ends the connection.
fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(CONNECTION, axum::http::HeaderValue::from_static("close"));
    headers.insert(RETRY_AFTER, axum::http::HeaderValue::from_static("30"));
    response
}

/// How the accept loop is tuned.
pub struct Tuning {
    pub limits: Limits,
    pub header_timeout: Duration,
    pub chair_key: Arc<str>,
    pub sockets: Arc<AtomicUsize>,
}

/// Accept until `shutdown` flips, then let connections finish and wait up
/// to `grace` for every connection and socket to close.
pub async fn run(
    listener: TcpListener,
    router: Router,
    tuning: Tuning,
    mut shutdown: watch::Receiver<bool>,
    grace: Duration,
) {
    let gate = Arc::new(Gate {
        limits: tuning.limits,
        open: AtomicUsize::new(0),
        sockets: tuning.sockets,
        waiting: Mutex::default(),
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(tuning.header_timeout)
        .keep_alive(true);
    let router = TowerToHyperService::new(router);
    // A slow body is a held connection too: the whole request, body and
    // answer, gets a few header timeouts (the key brake waits up to 5 s).
    let request_limit = (tuning.header_timeout * 3).max(Duration::from_secs(6));
    let mut next_id = 0u64;
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of files or memory: wait for connections to close
                    // rather than spin.
                    tracing::warn!("cannot accept a connection: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = stopping(&mut shutdown) => break,
        };
        // Small frames go out at once: without this, Nagle's algorithm and
        // the phone's delayed acknowledgement hold answers back by tens of
        // milliseconds (an accepted socket does not inherit it everywhere).
        let _ = stream.set_nodelay(true);
        if gate.total() >= gate.limits.hard && !gate.evict_oldest() {
            drop(stream);
            continue;
        }
        next_id += 1;
        let evict = Arc::new(Notify::new());
        gate.waiting().insert(next_id, evict.clone());
        gate.open.fetch_add(1, Ordering::Relaxed);
        let counted = Counted {
            gate: gate.clone(),
            id: next_id,
        };
        let service = Connection {
            router: router.clone(),
            peer,
            id: next_id,
            gate: gate.clone(),
            chair_key: tuning.chair_key.clone(),
            request_limit,
        };
        tokio::spawn(serve_one(
            builder.clone(),
            stream,
            service,
            evict,
            shutdown.clone(),
            counted,
        ));
    }
    drop(listener);
    let waited = tokio::time::timeout(grace, async {
        while gate.total() > 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    if waited.await.is_err() {
        tracing::warn!(
            "some connections did not close within {} s; stopping anyway",
            grace.as_secs()
        );
    }
}

/// Resolves once the server is shutting down (or its sender is gone).
async fn stopping(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

async fn serve_one(
    builder: http1::Builder,
    stream: TcpStream,
    service: Connection,
    evict: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
    counted: Counted,
) {
    let connection = builder
        .serve_connection(TokioIo::new(Corked::new(stream)), service)
        .with_upgrades();
    let mut connection = std::pin::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        () = evict.notified() => {}
        () = stopping(&mut shutdown) => {
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
    drop(counted);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_room_for_the_chair() {
        let roomy = Limits::new(20_000, 1 << 20);
        assert_eq!(roomy.public, 20_000 + 5_000 + 256);
        assert!(roomy.hard > roomy.public + CHAIR_RESERVE);
        let tight = Limits::new(20_000, 4_096);
        assert_eq!(tight.hard, 4_096 - OTHER_FILES);
        assert_eq!(tight.public, tight.hard - CHAIR_RESERVE);
        let unknown = Limits::new(10, 0);
        assert_eq!(unknown.public, 10 + 2 + 256);
    }
}
