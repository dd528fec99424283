//! The websocket handshake and the write path, on tungstenite directly.
//!
//! tungstenite formats each frame into a per-socket buffer that keeps the
//! size of the largest frame it ever wrote. With a big plan the hello alone
//! is tens of KiB, so at 10,000 phones that buffer would dwarf everything
//! else. Messages larger than `PIECE` are therefore sent as fragments of at
//! most `PIECE` bytes (a continuation the browser reassembles), sliced from
//! the one shared frame without copying; no socket keeps more than that.

use std::future::Future;

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::header::{
    CONNECTION, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY, SEC_WEBSOCKET_VERSION, UPGRADE,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use futures_util::SinkExt;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::frame::Frame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Bytes, Error, Message, Utf8Bytes};

use super::api::ApiError;

/// An open websocket on an upgraded connection.
pub type Socket = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

/// Largest piece of a message written at once, and so the most a socket's
/// write buffer ever holds.
pub const PIECE: usize = 4 * 1024;

/// A valid websocket handshake, ready to be answered.
pub struct Upgrade {
    on_upgrade: OnUpgrade,
    accept: HeaderValue,
}

fn lists(headers: &HeaderMap, name: HeaderName, token: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(token))
}

impl<S: Send + Sync> FromRequestParts<S> for Upgrade {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Upgrade, ApiError> {
        if parts.method != Method::GET
            || !lists(&parts.headers, CONNECTION, "upgrade")
            || !lists(&parts.headers, UPGRADE, "websocket")
        {
            return Err(ApiError::new(
                StatusCode::UPGRADE_REQUIRED,
                "this address is for websockets; open /join, /screen, /stage or /chair instead",
            ));
        }
        if parts
            .headers
            .get(SEC_WEBSOCKET_VERSION)
            .map(HeaderValue::as_bytes)
            != Some(b"13")
        {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "only websocket version 13 is spoken here; use a current browser",
            ));
        }
        let Some(key) = parts.headers.get(SEC_WEBSOCKET_KEY) else {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "a websocket request needs a Sec-WebSocket-Key header",
            ));
        };
        let accept = HeaderValue::from_str(&derive_accept_key(key.as_bytes()))
            .expect("an accept key is base64");
        let Some(on_upgrade) = parts.extensions.remove::<OnUpgrade>() else {
            return Err(ApiError::new(
                StatusCode::UPGRADE_REQUIRED,
                "this connection cannot be upgraded to a websocket",
            ));
        };
        Ok(Upgrade { on_upgrade, accept })
    }
}

impl Upgrade {
    /// Answer `101 Switching Protocols` and run `socket` once upgraded.
    pub fn on_upgrade<F, Fut>(self, config: WebSocketConfig, socket: F) -> Response
    where
        F: FnOnce(Socket) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let on_upgrade = self.on_upgrade;
        tokio::spawn(async move {
            let Ok(upgraded) = on_upgrade.await else {
                return;
            };
            let stream = WebSocketStream::from_raw_socket(
                TokioIo::new(upgraded),
                Role::Server,
                Some(config),
            )
            .await;
            socket(stream).await;
        });
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
        let headers = response.headers_mut();
        headers.insert(CONNECTION, HeaderValue::from_static("upgrade"));
        headers.insert(UPGRADE, HeaderValue::from_static("websocket"));
        headers.insert(SEC_WEBSOCKET_ACCEPT, self.accept);
        response
    }
}

/// Send a text message in pieces of at most `PIECE` bytes.
pub async fn send_text(socket: &mut Socket, text: Utf8Bytes) -> Result<(), Error> {
    if text.len() <= PIECE {
        return socket.send(Message::Text(text)).await;
    }
    let bytes = Bytes::from(text);
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + PIECE).min(bytes.len());
        let opcode = if start == 0 {
            OpCode::Data(Data::Text)
        } else {
            OpCode::Data(Data::Continue)
        };
        let piece = Frame::message(bytes.slice(start..end), opcode, end == bytes.len());
        socket.send(Message::Frame(piece)).await?;
        start = end;
    }
    Ok(())
}
