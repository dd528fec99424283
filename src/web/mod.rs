//! HTTP and websocket routes over the hub, and the guards of a public room.
//!
//! - `accept` owns every connection: timeouts for idle and half-sent
//!   requests, and headroom so the chair is served when the public is not.
//! - `api` is the JSON API, every route of it listed in one table with
//!   the one error it answers with; `pages` and `ws` are the pages and
//!   the socket; `socket` is the websocket handshake and the bounded
//!   write every socket goes through.
//! - Who is asking: `client` (the client's address, behind a trusted
//!   proxy), `auth` (the chair key and session, server-signed device ids).
//! - Limits: `guard` (same-origin, the key brake, the join rate) and
//!   `change_rate` (how fast one phone may change its mind), all counted
//!   by the one keyed limiter in `limit` (governor).
//! - `routes` lists every page route once and merges the API's, each with who may use it (`access`: the
//!   `Chair` and `Access` extractors, run before any body is read) and how
//!   large a body it reads; `bodies` bounds what the public's bodies hold
//!   while they arrive.
//! - `errors` answers every error as JSON to a client that asks for JSON;
//!   `compress` says which answers are gzipped, as they stream.

mod accept;
mod access;
mod api;
pub use api::resident_bytes;
mod auth;
mod bodies;
pub use auth::Devices;
mod change_rate;
mod client;
mod compress;
mod cork;
pub mod desk;
mod errors;
mod guard;
mod limit;
mod pages;
mod routes;
mod socket;
mod ws;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::hub::Hub;
use crate::protocol::MESSAGE_LIMIT;

pub use auth::random_hex;
pub(crate) use auth::{hex, unhex};
pub use client::Cidr;
pub use guard::JoinRate;
pub use routes::{Need, Route, Serves, all as all_routes};
// Where pages found the plan's locks before the API had one module.
use api::plan as plan_api;

/// Everything a request handler needs, behind one pointer: each request
/// and each socket holds a clone, and cloning one `Arc` is what a hall of
/// connecting phones can afford (cloning the two dozen fields was a tenth
/// of the server's time while 10,000 phones connected).
#[derive(Clone)]
pub struct AppState(Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.0
    }
}

/// What every request handler reads (see `AppState`).
pub struct App {
    pub hub: Hub,
    pub chair_key: Arc<str>,
    /// What the QR code points at: `{public_url}/join`.
    pub public_url: Arc<str>,
    /// Flips to true when the server is shutting down; sockets close on it.
    pub shutdown: watch::Receiver<bool>,
    /// Websockets open now.
    pub sockets: Arc<std::sync::atomic::AtomicUsize>,
    /// Websockets open now that are not the chair's, capped by `max_phones`.
    pub public_sockets: Arc<std::sync::atomic::AtomicUsize>,
    /// Sockets other than the chair's beyond this are turned away.
    pub max_phones: usize,
    pub key_brake: Arc<guard::KeyBrake>,
    /// What the public's request bodies may hold while they arrive.
    pub bodies: Arc<bodies::Budget>,
    pub join_rate: Arc<guard::JoinRate>,
    /// Reverse proxies whose forwarding headers name the client.
    pub trusted_proxies: Arc<[Cidr]>,
    /// Issues and checks device cookies.
    pub devices: Arc<auth::Devices>,
    /// How fast one phone may change its check-in or pledge.
    pub change_rate: Arc<change_rate::ChangeRate>,
    /// How often a quiet socket is pinged; two missed answers close it.
    pub ping_every: Duration,
    /// A relay: public pages only, no chair.
    pub relay: bool,
    /// On a primary with `--nats`: how its link to the relays stands.
    pub relays: Option<Arc<crate::link::Status>>,
    /// Spreadsheet imports, each read in a worker process, a few at once.
    pub imports: Arc<crate::import::worker::Imports>,
}

/// What the organiser can tune about the web side.
#[derive(Debug, Clone)]
pub struct Settings {
    pub chair_key: String,
    pub public_url: String,
    pub max_phones: usize,
    /// New devices per second per address; 0 lifts the limit.
    pub join_rate: u32,
    /// Reverse proxies (`--trusted-proxy`) whose `X-Forwarded-For` or
    /// `Forwarded` header is believed.
    pub trusted_proxies: Vec<Cidr>,
    pub ping_every: Duration,
    /// Signs device cookies; kept in the data dir so they outlive restarts.
    /// `None` on a relay: the venue signs and checks its phones' devices.
    pub device_secret: Option<String>,
    /// A connection that has not sent a whole request head this long
    /// after opening (or after its last answer) is closed.
    pub header_timeout: Duration,
    /// Serve as a relay: the public pages and sockets only (see [`relay_app`]).
    pub relay: bool,
    /// On a primary with `--nats`: how its link to the relays stands.
    pub relays: Option<Arc<crate::link::Status>>,
    /// How imported spreadsheets are read: the worker process and its limits.
    pub import: crate::import::worker::Worker,
}

/// Imports read at once; more are asked to wait. Each worker may use up
/// to its memory limit, so two keep the laptop's memory for the hall.
const IMPORTS_AT_ONCE: usize = 2;

/// The venue's server: every route in [`all_routes`] it serves.
pub fn app(state: AppState) -> Router {
    layered(routes::router(Serves::Primary), state)
}

/// A relay's routes: what the public uses, nothing of the chair's or the
/// organisers' (they use the venue's server). The record stays there too.
pub fn relay_app(state: AppState) -> Router {
    layered(routes::router(Serves::Relay), state)
}

/// The layers every route goes through, on the primary and on a relay.
fn layered(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(DefaultBodyLimit::max(MESSAGE_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            bodies::admit,
        ))
        .layer(axum::middleware::from_fn(errors::json_errors))
        .layer(axum::middleware::from_fn(guard::security_headers))
        .layer(compress::layer())
        .with_state(state)
}

/// Serve until `signal` resolves, then close every socket and stop,
/// waiting at most a few seconds for requests in flight.
pub async fn serve(
    listener: TcpListener,
    hub: Hub,
    settings: Settings,
    signal: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stop, shutdown) = watch::channel(false);
    let sockets: Arc<std::sync::atomic::AtomicUsize> = Arc::default();
    let listening = Listening::of(&settings, sockets.clone());
    let relay = settings.relay;
    let state = assembly_state(hub, settings, sockets, shutdown.clone());
    let router = if relay { relay_app(state) } else { app(state) };
    serve_router(listener, router, listening, stop, shutdown, signal).await
}

/// One assembly's handlers' state: `sockets` counts the server's open
/// sockets (one counter for the whole server, whichever assembly it
/// serves), and the assembly's sockets close when `shutdown` flips.
pub fn assembly_state(
    hub: Hub,
    settings: Settings,
    sockets: Arc<std::sync::atomic::AtomicUsize>,
    shutdown: watch::Receiver<bool>,
) -> AppState {
    AppState(Arc::new(App {
        hub,
        chair_key: Arc::from(settings.chair_key),
        public_url: Arc::from(settings.public_url),
        shutdown,
        sockets,
        public_sockets: Arc::default(),
        max_phones: settings.max_phones,
        key_brake: Arc::default(),
        bodies: Arc::default(),
        join_rate: Arc::new(guard::JoinRate::new(settings.join_rate)),
        trusted_proxies: Arc::from(settings.trusted_proxies),
        devices: Arc::new(match &settings.device_secret {
            Some(secret) => auth::Devices::new(secret.as_bytes()),
            None => auth::Devices::relay(),
        }),
        change_rate: Arc::default(),
        ping_every: settings.ping_every,
        relay: settings.relay,
        relays: settings.relays.clone(),
        imports: crate::import::worker::Imports::new(settings.import.clone(), IMPORTS_AT_ONCE),
    }))
}

/// What the connection layer of a server needs, whatever it serves.
pub struct Listening {
    pub max_phones: usize,
    pub header_timeout: Duration,
    /// The key whose requests are served beyond the public's limit.
    pub chair_key: Arc<str>,
    pub sockets: Arc<std::sync::atomic::AtomicUsize>,
}

impl Listening {
    pub fn of(settings: &Settings, sockets: Arc<std::sync::atomic::AtomicUsize>) -> Listening {
        Listening {
            max_phones: settings.max_phones,
            header_timeout: settings.header_timeout,
            chair_key: Arc::from(settings.chair_key.as_str()),
            sockets,
        }
    }
}

/// Serve `router` until `signal` resolves, then flip `stop` (every
/// socket watching `shutdown` closes) and wait at most a few seconds for
/// requests in flight.
pub async fn serve_router(
    listener: TcpListener,
    router: Router,
    listening: Listening,
    stop: watch::Sender<bool>,
    shutdown: watch::Receiver<bool>,
    signal: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let open_files = rlimit::getrlimit(rlimit::Resource::NOFILE)
        .map(|(soft, _)| soft)
        .unwrap_or(0);
    let tuning = accept::Tuning {
        limits: accept::Limits::new(listening.max_phones, open_files),
        header_timeout: listening.header_timeout,
        chair_key: listening.chair_key,
        sockets: listening.sockets,
    };
    tracing::debug!(?tuning.limits, "connection limits");
    // Poll the signal once before accepting, so a SIGTERM that arrives as
    // soon as the first client is served is caught rather than fatal.
    let mut signal = std::pin::pin!(signal);
    let mut caught = false;
    std::future::poll_fn(|cx| {
        caught = signal.as_mut().poll(cx).is_ready();
        std::task::Poll::Ready(())
    })
    .await;
    let accepting = tokio::spawn(accept::run(
        listener,
        router,
        tuning,
        shutdown,
        Duration::from_secs(5),
    ));
    if !caught {
        signal.await;
    }
    tracing::info!("shutting down: closing every socket");
    let _ = stop.send(true);
    accepting.await.map_err(std::io::Error::other)
}
