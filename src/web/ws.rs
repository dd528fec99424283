//! `GET /ws?role=...`: a snapshot on connect, then every change.
//!
//! Every frame is a whole snapshot, so a socket that falls behind simply
//! gets the latest one next: there is no queue to grow.

use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::AppState;
use super::api::{self, ApiError};
use super::change_rate::Change;
use super::client::ClientAddr;
use super::guard;
use crate::domain::Command;
use crate::hub::{Outcome, Rejection};
use crate::protocol::{self, AttendeeMessage, MESSAGE_LIMIT, Reply};
use crate::view::Role;

/// Largest message read at all; over `MESSAGE_LIMIT` gets a 1009 close.
const READ_LIMIT: usize = 4 * MESSAGE_LIMIT;

#[derive(Debug, Deserialize)]
pub struct WsQuery {
    role: Option<String>,
    key: Option<String>,
}

pub async fn upgrade(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    Query(query): Query<WsQuery>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
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
    if !guard::same_origin(&headers, &app.public_url) {
        return Err(ApiError::cross_site());
    }
    if role == Role::Chair {
        api::chair_only(&app, client, &headers, query.key.as_deref())?;
    }
    if role == Role::Attendee
        && app.sockets.load(std::sync::atomic::Ordering::Relaxed) >= app.max_phones
    {
        return Err(ApiError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the hall is full online; reload the page later for news",
        ));
    }
    // Only a device this server signed may pledge on this socket.
    let device = app.devices.of(&headers);
    Ok(upgrade
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        // Read a little past the limit so an oversized message can be
        // answered with a proper 1009 close rather than a reset.
        .max_message_size(READ_LIMIT)
        .max_frame_size(READ_LIMIT)
        .on_upgrade(move |socket| run(socket, app, role, device))
        .into_response())
}

/// Counts a socket as open for as long as it lives.
struct Open(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl Open {
    fn new(counter: &std::sync::Arc<std::sync::atomic::AtomicUsize>) -> Open {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Open(counter.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

async fn run(mut socket: WebSocket, app: AppState, role: Role, device: Option<String>) {
    let _open = Open::new(&app.sockets);
    let mut frames = app.hub.subscribe(role);
    let mut shutdown = app.shutdown.clone();
    if socket
        .send(Message::Text(app.hub.hello(role)))
        .await
        .is_err()
    {
        return;
    }
    let first = frames.borrow_and_update().clone();
    if socket.send(Message::Text(first.frame(role))).await.is_err() {
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
                if socket.send(Message::Text(published.frame(role))).await.is_err() {
                    break;
                }
            }
            incoming = socket.recv() => {
                let message = match incoming {
                    Some(Ok(message)) => message,
                    Some(Err(error)) => {
                        close_for(&mut socket, error).await;
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
                    close(&mut socket, 1009, "messages are limited to 16 KiB").await;
                    break;
                }
                match message {
                    Message::Text(text) => {
                        let reply = handle(&app, role, device.as_deref(), text.as_str()).await;
                        if socket.send(Message::Text(reply.into())).await.is_err() {
                            break;
                        }
                    }
                    Message::Binary(_) => {
                        let reply = error_reply(None, 400, "send commands as JSON text, not binary");
                        if socket.send(Message::Text(reply.into())).await.is_err() {
                            break;
                        }
                    }
                    Message::Close(_) => break,
                    Message::Ping(_) | Message::Pong(_) => {}
                }
            }
            _ = ping.tick() => {
                if unanswered >= 2 {
                    tracing::debug!(role = role.as_str(), "closing a socket that stopped answering");
                    break;
                }
                unanswered += 1;
                if socket.send(Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
            _ = shutdown.changed() => {
                let _ = socket
                    .send(Message::Close(Some(CloseFrame {
                        code: 1012,
                        reason: "the server is restarting".into(),
                    })))
                    .await;
                break;
            }
        }
    }
}

async fn handle(app: &AppState, role: Role, device: Option<&str>, text: &str) -> String {
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
                return error_reply(
                    id.as_deref(),
                    400,
                    "check in first: this phone has not checked in yet",
                );
            };
            let command = Command::Pledge {
                device: device.to_owned(),
                pledge: pledge.clone(),
                yes,
            };
            let change = Change::Pledge(&pledge, yes);
            match super::api::submit_paced(app, device, change, command).await {
                Ok(outcome) => result_reply(id.as_deref(), Ok(outcome)),
                Err(e) => refusal(
                    id.as_deref(),
                    e.status.as_u16(),
                    e.latest.unwrap_or(0),
                    &e.message,
                ),
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
        })
        .expect("a reply always serializes"),
        Err(rejection) => {
            let error = ApiError::from(rejection);
            refusal(
                id,
                error.status.as_u16(),
                error.latest.unwrap_or(0),
                &error.message,
            )
        }
    }
}

fn error_reply(id: Option<&str>, status: u16, message: &str) -> String {
    refusal(id, status, 0, message)
}

/// A command not applied; `seq` is the latest chair change for a conflict.
fn refusal(id: Option<&str>, status: u16, seq: u64, message: &str) -> String {
    serde_json::to_string(&Reply {
        id,
        ok: false,
        status,
        seq,
        applied: false,
        error: Some(message),
    })
    .expect("a reply always serializes")
}

/// Say why a socket is closed: 1009 for a message over the limit, 1002 for
/// anything else that is not the protocol.
async fn close_for(socket: &mut WebSocket, error: axum::Error) {
    use tokio_tungstenite::tungstenite::Error as WsError;
    let inner = error.into_inner();
    let (code, reason) = match inner.downcast_ref::<WsError>() {
        Some(WsError::Capacity(_)) => (1009, "messages are limited to 16 KiB"),
        Some(WsError::ConnectionClosed | WsError::AlreadyClosed | WsError::Io(_)) => return,
        _ => (1002, "not a websocket message this server understands"),
    };
    tracing::debug!("closing a socket: {inner}");
    close(socket, code, reason).await;
}

/// Send a close frame and wait briefly for the other side's, so the reason
/// arrives instead of a connection reset.
async fn close(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let frame = CloseFrame {
        code,
        reason: reason.into(),
    };
    if socket.send(Message::Close(Some(frame))).await.is_err() {
        return;
    }
    let drain = async {
        while let Some(Ok(message)) = socket.recv().await {
            if matches!(message, Message::Close(_)) {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(2), drain).await;
}
