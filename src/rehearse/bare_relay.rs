//! `assembly bare-relay`: the bare limit of a relay, for `scripts/bench.sh`
//! to measure `assembly relay` against in the same run.
//!
//! It follows `assembly bare --nats` over the same NATS server and users as
//! the real link: phones get each frame the venue sends, and check-ins are
//! sent on in batches as the real relay sends them (while two requests are
//! on their way, the rest wait and go together, at most 256 at once), each
//! answered once the venue has counted it. No stream, no log to follow, no
//! signed devices, nothing durable: what `assembly relay` costs beyond this
//! is what its promises cost.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Utf8Bytes, WebSocketUpgrade};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::{Semaphore, mpsc, oneshot, watch};

use super::bare::{COUNT_SUBJECT, FRAME_SUBJECT};

/// Requests on their way to the venue at once, as the real relay sends.
const ON_THEIR_WAY: usize = 2;
/// Check-ins waiting for a request: past this, a phone waits to be queued.
const WAITING: usize = 4096;

/// `assembly bare-relay`.
#[derive(clap::Args, Debug)]
pub struct Options {
    #[arg(long, default_value = "127.0.0.1:8091")]
    pub bind: SocketAddr,
    /// The NATS server `assembly bare --nats` is on (user and password in
    /// the URL).
    #[arg(long, value_name = "URL")]
    pub nats: String,
}

struct Relay {
    /// The venue's latest frame, as phones get it.
    frames: watch::Sender<Utf8Bytes>,
    /// Its state, for `/api/state` and `/healthz`.
    state: Mutex<Arc<Value>>,
    sockets: AtomicUsize,
    /// Check-ins answered here: the device cookie's number.
    joined: AtomicU64,
    /// Check-ins waiting to be sent, each with where its answer goes.
    queue: mpsc::Sender<oneshot::Sender<bool>>,
}

impl Relay {
    /// Take a frame from the venue.
    fn heard(&self, frame: &[u8]) {
        let Ok(text) = std::str::from_utf8(frame) else {
            return;
        };
        let Ok(parsed) = serde_json::from_str::<Value>(text) else {
            return;
        };
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = Arc::new(parsed["state"].clone());
        self.frames.send_replace(Utf8Bytes::from(text));
    }

    fn state(&self) -> Arc<Value> {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Serve until killed.
pub fn run(options: Options) -> Result<(), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(follow(options))
}

async fn follow(options: Options) -> Result<(), String> {
    let client = super::bare::connect(&options.nats, "assembly-bare-relay").await?;
    let mut frames = client
        .subscribe(FRAME_SUBJECT)
        .await
        .map_err(|e| format!("cannot follow the bare venue: {e}"))?;
    let (queue, waiting) = mpsc::channel(WAITING);
    let relay = Arc::new(Relay {
        frames: watch::channel(Utf8Bytes::from_static("{}")).0,
        state: Mutex::new(Arc::new(json!({}))),
        sockets: AtomicUsize::new(0),
        joined: AtomicU64::new(0),
        queue,
    });
    // The frame the venue shows now; each change comes by the subject.
    let now = client
        .request(COUNT_SUBJECT, "0".into())
        .await
        .map_err(|e| {
            format!("the bare venue does not answer (is `assembly bare --nats` running?): {e}")
        })?;
    relay.heard(&now.payload);
    let follower = relay.clone();
    tokio::spawn(async move {
        while let Some(message) = frames.next().await {
            follower.heard(&message.payload);
        }
    });
    tokio::spawn(send_batches(client, waiting));
    let routes = Router::new()
        .route("/healthz", get(healthz))
        .route(
            "/api/state",
            get(|State(r): State<Arc<Relay>>| async move { axum::Json(Value::clone(&r.state())) }),
        )
        .route("/join", post(join))
        .route("/ws", get(socket))
        .with_state(relay);
    let listener = crate::server::listen(&options.bind.to_string())
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", options.bind))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    println!("bare relay (no stream, no checks)");
    println!("listening on http://{addr}");
    axum::serve(listener, routes)
        .await
        .map_err(|e| e.to_string())
}

/// Whenever one of the requests is free, send what waits as one count.
async fn send_batches(
    client: async_nats::Client,
    mut waiting: mpsc::Receiver<oneshot::Sender<bool>>,
) {
    let free = Arc::new(Semaphore::new(ON_THEIR_WAY));
    let mut batch = Vec::with_capacity(crate::link::MOST_AT_ONCE);
    loop {
        let Ok(slot) = free.clone().acquire_owned().await else {
            return;
        };
        if waiting
            .recv_many(&mut batch, crate::link::MOST_AT_ONCE)
            .await
            == 0
        {
            return;
        }
        let sending = std::mem::take(&mut batch);
        let client = client.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let count = sending.len().to_string();
            let counted = client.request(COUNT_SUBJECT, count.into()).await.is_ok();
            for answer in sending {
                let _ = answer.send(counted);
            }
        });
    }
}

async fn healthz(State(relay): State<Arc<Relay>>) -> axum::Json<Value> {
    axum::Json(json!({
        "ok": true,
        "seq": relay.state()["seq"].as_u64().unwrap_or(0),
        "sockets": relay.sockets.load(Relaxed),
        "memory_bytes": crate::web::resident_bytes(),
    }))
}

/// A check-in: answered once the venue has counted it.
async fn join(State(relay): State<Arc<Relay>>) -> Response {
    let (answer, counted) = oneshot::channel();
    if relay.queue.send(answer).await.is_ok() && counted.await == Ok(true) {
        return super::bare::joined(relay.joined.fetch_add(1, Relaxed) + 1);
    }
    let error = json!({ "error": "the bare venue did not count it" });
    (StatusCode::SERVICE_UNAVAILABLE, axum::Json(error)).into_response()
}

async fn socket(upgrade: WebSocketUpgrade, State(relay): State<Arc<Relay>>) -> Response {
    upgrade
        .read_buffer_size(4 * 1024)
        .on_upgrade(move |socket| async move {
            let frames = relay.frames.subscribe();
            super::bare::send_frames(socket, frames, &relay.sockets).await;
        })
}
