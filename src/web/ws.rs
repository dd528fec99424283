//! `GET /ws?role=...`: a snapshot on connect, then every change.
//!
//! Every frame is a whole snapshot, or for a phone the change since the
//! frame it was sent last, so a socket that falls behind simply gets the
//! latest whole one next: there is no queue to grow.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::response::Response;
use futures_util::future::Either;
use futures_util::{FutureExt, SinkExt, StreamExt};
use serde::Deserialize;
use tokio_tungstenite::tungstenite::protocol::frame::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::{WebSocketConfig, frame::coding::CloseCode};
use tokio_tungstenite::tungstenite::{Error as WsError, Message, Utf8Bytes};

use super::AppState;
use super::access::Access;
use super::api::ApiError;
use super::auth::Devices;
use super::change_rate::Change;
use super::client::ClientAddr;
use super::guard;
use super::socket::{self, Socket};
use crate::domain::Command;
use crate::domain::state::{Reason, Why};
use crate::hub::{Origin, Outcome, Rejection};
use crate::protocol::{self, AttendeeMessage, MESSAGE_LIMIT, Reply};
use crate::view::Role;

/// Largest message read at all; over `MESSAGE_LIMIT` gets a 1009 close.
const READ_LIMIT: usize = 4 * MESSAGE_LIMIT;

#[derive(Debug, Deserialize)]
pub struct WsQuery {
    role: Option<String>,
    /// The `plan_seq` of the plan the page already holds (drawn with it, or
    /// sent it before a reconnect): then the socket opens without it, or,
    /// for a phone that holds the plan just before, with only the change.
    /// On a 500-institution plan that is 45 KB less per phone at the doors.
    /// Anything but a number is as if absent.
    plan: Option<String>,
    /// The language a phone's page shows (`cy`): its socket is sent the
    /// plan's translations into that language alone. Absent, or not a
    /// language tag, it is sent them all.
    lang: Option<String>,
    // `key` is read by the `Access` extractor.
}

/// What a socket needs of its request's headers, read where they are (the
/// `HeaderMap` extractor copies them all, for every phone of a hall).
pub struct Asked {
    /// Not a page on another site riding on this browser's cookies.
    same_origin: bool,
    /// A device this server signed: only such a device may pledge here.
    device: Option<String>,
    /// The device cookie as sent: on a relay the venue checks it itself,
    /// and it travels with each pledge.
    proof: Option<String>,
}

impl FromRequestParts<AppState> for Asked {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Asked, Self::Rejection> {
        let headers = &parts.headers;
        Ok(Asked {
            same_origin: guard::same_origin(headers, &app.public_url),
            device: app.devices.of(headers),
            proof: Devices::proof(headers),
        })
    }
}

pub async fn upgrade(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    access: Access,
    Query(query): Query<WsQuery>,
    asked: Asked,
    upgrade: socket::Upgrade,
) -> Result<Response, ApiError> {
    let role = match query.role.as_deref() {
        None | Some("") => Role::Attendee,
        Some(name) => Role::parse(name).ok_or_else(|| {
            ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                format!("there is no role `{name}`; use chair, screen, stage or attendee"),
            )
        })?,
    };
    // A page on another site must not ride on this browser's cookies.
    if !asked.same_origin {
        return Err(ApiError::cross_site());
    }
    if role == Role::Chair && app.relay {
        return Err(ApiError::new(
            axum::http::StatusCode::NOT_FOUND,
            "a relay serves the public only: the chair connects to the venue's server",
        ));
    }
    if role == Role::Chair && access != Access::Chair {
        return Err(ApiError::unauthorized());
    }
    // Every socket but the chair's counts against the cap, whatever role
    // it claims: a projector page is as cheap to open as a phone.
    let slot = match role {
        Role::Chair => None,
        _ => Some(
            Slot::take(&app.public_sockets, app.max_phones).ok_or_else(|| {
                ApiError::new(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    "the hall is full online; reload the page later for news",
                )
            })?,
        ),
    };
    let origin = Origin {
        cookie: asked.proof,
        client: Some(client),
    };
    let device = asked.device;
    let held = query.plan.as_deref().and_then(|p| p.parse::<u64>().ok());
    // Only a phone's plan is in one language.
    let lang = query
        .lang
        .filter(|_| role == Role::Attendee)
        .filter(|lang| {
            (1..=16).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        .map(String::into_boxed_str);
    let config = WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        // Read a little past the limit so an oversized message can be
        // answered with a proper 1009 close rather than a reset.
        .max_message_size(Some(READ_LIMIT))
        .max_frame_size(Some(READ_LIMIT));
    Ok(upgrade.on_upgrade(config, move |socket| {
        run(socket, app, (role, held, lang), (device, origin), slot)
    }))
}

/// Counts a socket as open for as long as it lives.
struct Open(Arc<AtomicUsize>);

impl Open {
    fn new(counter: &Arc<AtomicUsize>) -> Open {
        counter.fetch_add(1, Ordering::Relaxed);
        Open(counter.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// One of the `max_phones` places for sockets that are not the chair's,
/// taken before the upgrade so a burst cannot overshoot the cap.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(counter: &Arc<AtomicUsize>, max: usize) -> Option<Slot> {
        if counter.fetch_add(1, Ordering::Relaxed) >= max {
            counter.fetch_sub(1, Ordering::Relaxed);
            return None;
        }
        Some(Slot(counter.clone()))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Why a socket stopped being served.
struct Gone;

/// Write one message, giving up after `limit` (see `finish`).
fn send(
    socket: &mut Socket,
    message: Message,
    limit: Duration,
) -> impl std::future::Future<Output = Result<(), Gone>> + Send + '_ {
    let write = match message {
        Message::Text(text) => socket::write_texts(socket, &[text]),
        other => socket::Write::Waiting(Box::pin(socket.send(other))),
    };
    finish(write, limit)
}

/// A write as far as it got: a text almost always goes at once (see
/// `socket::write_texts`), and then the future is a finished one; the rest
/// is given `limit` (see `within`).
fn finish(
    write: socket::Write<'_>,
    limit: Duration,
) -> impl std::future::Future<Output = Result<(), Gone>> + Send + '_ {
    match write {
        socket::Write::Done(result) => Either::Left(std::future::ready(result.map_err(|_| Gone))),
        socket::Write::Waiting(rest) => Either::Right(within(rest, limit)),
    }
}

/// Finish a write, giving up after `limit`: a phone that stops reading
/// fills its buffers and would otherwise hold this socket (and the pings
/// that would find it out) forever.
async fn within(
    sending: impl std::future::Future<Output = Result<(), WsError>>,
    limit: Duration,
) -> Result<(), Gone> {
    // Almost every write completes at once: only a write that has to wait
    // gets a timer, so a broadcast to a full hall sets none.
    let mut sending = std::pin::pin!(sending);
    if let Some(done) = sending.as_mut().now_or_never() {
        return done.map_err(|_| Gone);
    }
    // The timer lives on the heap: each socket's task keeps room for its
    // largest wait, and a hall holds ten thousand of them.
    match Box::pin(tokio::time::timeout(limit, sending)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) => Err(Gone),
        Err(_) => {
            tracing::debug!("closing a socket that stopped reading");
            Err(Gone)
        }
    }
}

/// Serve one socket until it closes.
///
/// Not an `async fn`: that would keep its arguments twice in the task (as
/// arguments, then as locals), and a hall holds ten thousand of these
/// tasks; an `async move` block keeps them once.
#[allow(clippy::manual_async_fn)]
fn run(
    mut socket: Socket,
    app: AppState,
    (role, held, lang): (Role, Option<u64>, Option<Box<str>>),
    (device, origin): (Option<String>, Origin),
    slot: Option<Slot>,
) -> impl std::future::Future<Output = ()> + Send {
    async move {
        let _slot = slot;
        let _open = Open::new(&app.sockets);
        let limit = app.ping_every;
        let mut frames = app.hub.subscribe(role);
        let mut shutdown = app.shutdown.clone();
        // The plan (unless the page holds it) and the state in one write:
        // a connecting hall costs one system call per phone.
        let greeting = {
            let first = frames.borrow_and_update();
            let texts: Vec<_> = first
                .plan_for(role, held, lang.as_deref())
                .into_iter()
                .chain([first.frame(role)])
                .collect();
            (texts, first.plan_seq, first.number)
        };
        // The plan this socket was last sent: a plan change sends it again.
        let mut plan_seq = greeting.1;
        // The phones' send-out this socket last sent: the next one goes as a
        // patch on it when it follows on (see `Published::next_for`).
        let mut sent = greeting.2;
        let greeted = finish(socket::write_texts(&mut socket, &greeting.0), limit);
        if greeted.await.is_err() {
            return;
        }
        // Two pings without a word back from the phone close its socket.
        let mut ping = tokio::time::interval(app.ping_every);
        ping.tick().await;
        let mut unanswered = 0u8;
        loop {
            tokio::select! {
                changed = frames.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    let published = frames.borrow_and_update().clone();
                    // Every page is sent the new plan at once, phones too: one
                    // message of shared bytes (for a phone, only what changed),
                    // where a reload spread across the hall (to spare the
                    // server) kept a rename off phones for up to 15 s.
                    if let Some(plan) = published.plan_for(role, Some(plan_seq), lang.as_deref()) {
                        plan_seq = published.plan_seq;
                        if send(&mut socket, Message::Text(plan), limit).await.is_err() {
                            break;
                        }
                    }
                    let next = published.next_for(role, sent);
                    sent = published.number;
                    if send(&mut socket, Message::Text(next), limit).await.is_err() {
                        break;
                    }
                }
                incoming = socket.next() => {
                    let message = match incoming {
                        Some(Ok(message)) => message,
                        Some(Err(error)) => {
                            Box::pin(close_for(&mut socket, error)).await;
                            break;
                        }
                        None => break,
                    };
                    unanswered = 0;
                    let size = match &message {
                        Message::Text(t) => t.len(),
                        Message::Binary(b) => b.len(),
                        _ => 0,
                    };
                    if size > MESSAGE_LIMIT {
                        Box::pin(close(&mut socket, 1009, "messages are limited to 16 KiB")).await;
                        break;
                    }
                    let reply = match message {
                        // Boxed: what a command waits on is rare beside what a
                        // phone waits on, and would size every socket's task.
                        Message::Text(text) => Box::pin(handle(&app, role, device.as_deref(), &origin, text.as_str())).await,
                        Message::Binary(_) => error_reply(None, 400, "send commands as JSON text, not binary"),
                        Message::Close(_) => break,
                        Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => continue,
                    };
                    if send(&mut socket, Message::Text(reply.into()), limit).await.is_err() {
                        break;
                    }
                }
                _ = ping.tick() => {
                    if unanswered >= 2 {
                        tracing::debug!(role = role.as_str(), "closing a socket that stopped answering");
                        break;
                    }
                    unanswered += 1;
                    if send(&mut socket, Message::Ping(Default::default()), limit).await.is_err() {
                        break;
                    }
                }
                _ = shutdown.changed() => {
                    let frame = CloseFrame {
                        code: CloseCode::Restart,
                        reason: Utf8Bytes::from_static("the server is restarting"),
                    };
                    let _ = send(&mut socket, Message::Close(Some(frame)), limit).await;
                    break;
                }
            }
        }
    }
}

async fn handle(
    app: &AppState,
    role: Role,
    device: Option<&str>,
    origin: &Origin,
    text: &str,
) -> String {
    match role {
        Role::Chair => {
            let request = match protocol::parse_chair(text) {
                Ok(request) => request,
                Err(e) => return error_reply(None, 400, &e.0),
            };
            let id = request.id.clone();
            let result = app
                .hub
                .submit(Command::Chair(request.command), request.expect, request.id)
                .await;
            result_reply(id.as_deref(), result)
        }
        Role::Attendee => {
            let message: AttendeeMessage = match serde_json::from_str(text) {
                Ok(m) => m,
                Err(_) => {
                    return error_reply(
                        None,
                        400,
                        "a phone can only send {\"cmd\": \"pledge\", \"pledge\": ID, \"yes\": true|false}",
                    );
                }
            };
            let AttendeeMessage::Pledge { pledge, yes, id } = message;
            let Some(device) = device else {
                return error_to_reply(
                    id.as_deref(),
                    ApiError::refused(
                        axum::http::StatusCode::BAD_REQUEST,
                        Why::NotCheckedIn.reason(),
                    ),
                );
            };
            let command = Command::Pledge {
                device: device.to_owned(),
                pledge: pledge.clone(),
                yes,
            };
            let change = Change::Pledge(&pledge, yes);
            match super::api::submit_paced(app, device, change, command, origin.clone()).await {
                Ok(outcome) => result_reply(id.as_deref(), Ok(outcome)),
                Err(e) => error_to_reply(id.as_deref(), e),
            }
        }
        Role::Screen | Role::Stage => error_reply(
            None,
            403,
            "this page only shows the assembly; commands come from the chair",
        ),
    }
}

fn result_reply(id: Option<&str>, result: Result<Outcome, Rejection>) -> String {
    match result {
        Ok(outcome) => serde_json::to_string(&Reply {
            id,
            ok: true,
            status: 200,
            seq: outcome.seq,
            applied: outcome.applied,
            error: None,
            refusal: None,
            args: None,
        })
        .expect("a reply always serializes"),
        Err(rejection) => error_to_reply(id, ApiError::from(rejection)),
    }
}

fn error_to_reply(id: Option<&str>, error: ApiError) -> String {
    refusal(
        id,
        error.status.as_u16(),
        error.latest.unwrap_or(0),
        &error.message,
        error.reason.as_deref(),
    )
}

fn error_reply(id: Option<&str>, status: u16, message: &str) -> String {
    refusal(id, status, 0, message, None)
}

/// A command not applied; `seq` is the latest chair change for a conflict.
/// The English `message` is for API clients; pages say `reason` in their
/// language.
fn refusal(
    id: Option<&str>,
    status: u16,
    seq: u64,
    message: &str,
    reason: Option<&Reason>,
) -> String {
    serde_json::to_string(&Reply {
        id,
        ok: false,
        status,
        seq,
        applied: false,
        error: Some(message),
        refusal: reason.map(|r| r.code),
        args: reason.map(Reason::args),
    })
    .expect("a reply always serializes")
}

/// Say why a socket is closed: 1009 for a message over the limit, 1002 for
/// anything else that is not the protocol.
async fn close_for(socket: &mut Socket, error: WsError) {
    let (code, reason) = match &error {
        WsError::Capacity(_) => (1009, "messages are limited to 16 KiB"),
        WsError::ConnectionClosed | WsError::AlreadyClosed | WsError::Io(_) => return,
        _ => (1002, "not a websocket message this server understands"),
    };
    tracing::debug!("closing a socket: {error}");
    close(socket, code, reason).await;
}

/// Send a close frame and wait briefly for the other side's, so the reason
/// arrives instead of a connection reset.
async fn close(socket: &mut Socket, code: u16, reason: &'static str) {
    let frame = CloseFrame {
        code: CloseCode::from(code),
        reason: Utf8Bytes::from_static(reason),
    };
    let wait = Duration::from_secs(2);
    if send(socket, Message::Close(Some(frame)), wait)
        .await
        .is_err()
    {
        return;
    }
    let drain = async {
        while let Some(Ok(message)) = socket.next().await {
            if matches!(message, Message::Close(_)) {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(wait, drain).await;
}
