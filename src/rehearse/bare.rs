//! `assembly bare`: the bare limit of the hall's protocol, for
//! `scripts/bench.sh` to measure `assembly serve` against in the same run.
//!
//! The routes a rehearsal uses and nothing else: no record, no pages, no
//! signed devices, no patches, one small state frame per change (the chair's
//! at once, the audience's once a second, as phones get them), written to
//! every socket. What
//! `assembly serve` costs beyond this is what its promises cost; on a noisy
//! machine the ratio of the two holds where absolute figures swing.
//!
//! With `--nats` it is also the venue of `assembly bare-relay`
//! (`super::bare_relay`): it counts the check-ins those relays send and
//! publishes every frame to them, the bare limit of `serve --nats`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::watch;

/// `assembly bare`.
#[derive(clap::Args, Debug)]
pub struct Options {
    /// The plan whose items and institutions `/api/plan` lists (default:
    /// the demo).
    pub plan: Option<std::path::PathBuf>,
    #[arg(long, default_value = "127.0.0.1:8090")]
    pub bind: SocketAddr,
    #[arg(long, env = "ASSEMBLY_CHAIR_KEY")]
    pub chair_key: String,
    /// Also be the venue of `assembly bare-relay`s over this NATS server
    /// (user and password in the URL): count the check-ins they send and
    /// send them every frame.
    #[arg(long, value_name = "URL")]
    pub nats: Option<String>,
}

/// Where relays ask the bare venue to count check-ins, and where it sends
/// its frames: subjects the deployment's NATS users may use
/// (scripts/deploy/nats-server.conf), as the real link's are.
pub(super) const COUNT_SUBJECT: &str = "assembly.bare.audience";
pub(super) const FRAME_SUBJECT: &str = "assembly.bare.alive";

struct Bare {
    key: String,
    plan: String,
    items: u64,
    seq: AtomicU64,
    current: AtomicU64,
    started: AtomicU64,
    phones: AtomicU64,
    sockets: AtomicUsize,
    frames: watch::Sender<axum::extract::ws::Utf8Bytes>,
}

impl Bare {
    fn state(&self) -> Value {
        let started = self.started.load(Relaxed) > 0;
        json!({
            "seq": self.seq.load(Relaxed),
            "phase": if started { "running" } else { "not_started" },
            "current": started.then(|| self.current.load(Relaxed)),
            "turnout": { "phones": self.phones.load(Relaxed) },
        })
    }

    fn publish(&self) {
        let frame = json!({ "type": "state", "state": self.state() }).to_string();
        self.frames.send_replace(frame.into());
    }
}

/// Serve until killed.
pub fn run(options: Options) -> Result<(), String> {
    let plan = match &options.plan {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            crate::plan::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => crate::plan::demo(),
    };
    let view = crate::view::plan_view(&plan, crate::view::Role::Screen);
    let bare = Arc::new(Bare {
        key: options.chair_key,
        plan: serde_json::to_string(&view).expect("a plan serializes"),
        items: plan.items.len() as u64,
        seq: AtomicU64::new(0),
        current: AtomicU64::new(0),
        started: AtomicU64::new(0),
        phones: AtomicU64::new(0),
        sockets: AtomicUsize::new(0),
        frames: watch::channel(axum::extract::ws::Utf8Bytes::from_static("{}")).0,
    });
    bare.publish();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        if let Some(url) = &options.nats {
            link(bare.clone(), connect(url, "assembly-bare").await?);
        }
        serve(bare, options.bind).await
    })
}

/// A NATS client with the credentials in `url`, as `serve --nats` makes.
pub(super) async fn connect(url: &str, name: &str) -> Result<async_nats::Client, String> {
    let options = crate::link::NatsOptions {
        nats: Some(url.to_owned()),
        nats_creds: None,
        nats_user: None,
        nats_password: None,
        nats_token: None,
        nats_ca: None,
    };
    crate::link::connect(&options, url, name, false)
        .await
        .map_err(|e| format!("cannot reach NATS at {url}: {e}"))
}

/// Be the relays' venue: count what they send, and send them each frame.
fn link(bare: Arc<Bare>, client: async_nats::Client) {
    let mut frames = bare.frames.subscribe();
    let publisher = client.clone();
    tokio::spawn(async move {
        while frames.changed().await.is_ok() {
            let frame = frames.borrow_and_update().clone();
            let payload = bytes::Bytes::copy_from_slice(frame.as_str().as_bytes());
            if publisher.publish(FRAME_SUBJECT, payload).await.is_err() {
                return;
            }
        }
    });
    tokio::spawn(async move {
        let Ok(mut asked) = client.subscribe(COUNT_SUBJECT).await else {
            tracing::error!("bare: cannot take the relays' check-ins");
            return;
        };
        while let Some(message) = asked.next().await {
            let Some(reply) = message.reply else { continue };
            // A batch of check-ins, as a count (0 asks only for the frame).
            let count = std::str::from_utf8(&message.payload)
                .ok()
                .and_then(|n| n.parse::<u64>().ok())
                .filter(|&n| n <= crate::link::MOST_AT_ONCE as u64)
                .unwrap_or(0);
            if count > 0 {
                bare.phones.fetch_add(count, Relaxed);
                bare.seq.fetch_add(count, Relaxed);
            }
            let frame = bare.frames.borrow().clone();
            let payload = bytes::Bytes::copy_from_slice(frame.as_str().as_bytes());
            let _ = client.publish(reply, payload).await;
        }
    });
}

async fn serve(bare: Arc<Bare>, bind: SocketAddr) -> Result<(), String> {
    // Audience changes go out once a second, as `assembly serve` sends
    // them to phones (`hub::outlets`; bare has no projector, which gets
    // them every 50 ms). A relay passes on each frame as it comes.
    let ticker = bare.clone();
    tokio::spawn(async move {
        let mut counted = 0;
        loop {
            tokio::time::sleep(Duration::from_millis(1000)).await;
            let phones = ticker.phones.load(Relaxed);
            if phones != counted {
                counted = phones;
                ticker.publish();
            }
        }
    });
    let routes = Router::new()
        .route("/healthz", get(healthz))
        .route(
            "/api/state",
            get(|State(b): State<Arc<Bare>>| async move { axum::Json(b.state()) }),
        )
        .route("/api/plan", get(plan))
        .route("/api/command", post(command))
        .route("/join", post(join))
        .route("/ws", get(socket))
        .with_state(bare);
    // The same accept queue and TCP_NODELAY as `assembly serve`: the two
    // differ in what they do with a connection, not in how they take it.
    let listener = crate::server::listen(&bind.to_string())
        .await
        .map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    // As `assembly serve` says it, for scripts and tests that wait for it.
    println!("bare protocol server (no record, no pages)");
    println!("listening on http://{addr}");
    axum::serve(listener, routes)
        .await
        .map_err(|e| e.to_string())
}

async fn healthz(State(bare): State<Arc<Bare>>) -> axum::Json<Value> {
    axum::Json(json!({
        "ok": true,
        "seq": bare.seq.load(Relaxed),
        "sockets": bare.sockets.load(Relaxed),
        "memory_bytes": crate::web::resident_bytes(),
    }))
}

async fn plan(State(bare): State<Arc<Bare>>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        bare.plan.clone(),
    )
        .into_response()
}

async fn command(State(bare): State<Arc<Bare>>, headers: HeaderMap, body: String) -> Response {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if bearer != Some(bare.key.as_str()) {
        let error = json!({ "error": "wrong chair key" });
        return (StatusCode::UNAUTHORIZED, axum::Json(error)).into_response();
    }
    let command: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    match command["cmd"].as_str() {
        Some("start") => bare.started.store(1, Relaxed),
        Some("next") => {
            bare.current.fetch_add(1, Relaxed);
        }
        Some("goto") => match command["item"].as_u64() {
            Some(item) if item < bare.items => bare.current.store(item, Relaxed),
            _ => {
                let error = json!({ "error": "there is no such item" });
                return (StatusCode::BAD_REQUEST, axum::Json(error)).into_response();
            }
        },
        Some(_) => {}
        None => {
            let error = json!({ "error": "send a command as JSON with a `cmd`" });
            return (StatusCode::BAD_REQUEST, axum::Json(error)).into_response();
        }
    }
    let seq = bare.seq.fetch_add(1, Relaxed) + 1;
    bare.publish();
    axum::Json(json!({ "ok": true, "seq": seq })).into_response()
}

/// A check-in: counted, and a device cookie (unsigned) as the real form
/// sets one.
async fn join(State(bare): State<Arc<Bare>>) -> Response {
    let n = bare.phones.fetch_add(1, Relaxed) + 1;
    bare.seq.fetch_add(1, Relaxed);
    joined(n)
}

/// The answer to check-in `n`: back to the form, with a device cookie.
pub(super) fn joined(n: u64) -> Response {
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/join".to_owned()),
            (
                header::SET_COOKIE,
                format!("assembly_device={n:032x}; Path=/"),
            ),
        ],
    )
        .into_response()
}

async fn socket(upgrade: WebSocketUpgrade, State(bare): State<Arc<Bare>>) -> Response {
    upgrade
        .read_buffer_size(4 * 1024)
        .on_upgrade(move |socket| phone(socket, bare))
}

async fn phone(socket: WebSocket, bare: Arc<Bare>) {
    let frames = bare.frames.subscribe();
    send_frames(socket, frames, &bare.sockets).await;
}

/// Send a phone the latest frame, then each new one, until it goes;
/// `sockets` counts it meanwhile.
pub(super) async fn send_frames(
    mut socket: WebSocket,
    mut frames: watch::Receiver<axum::extract::ws::Utf8Bytes>,
    sockets: &AtomicUsize,
) {
    sockets.fetch_add(1, Relaxed);
    let first = frames.borrow_and_update().clone();
    if socket.send(Message::Text(first)).await.is_ok() {
        loop {
            tokio::select! {
                changed = frames.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    let frame = frames.borrow_and_update().clone();
                    if socket.send(Message::Text(frame)).await.is_err() {
                        break;
                    }
                }
                message = socket.recv() => {
                    if !matches!(message, Some(Ok(_))) {
                        break;
                    }
                }
            }
        }
    }
    sockets.fetch_sub(1, Relaxed);
}
