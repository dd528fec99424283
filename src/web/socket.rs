//! The websocket handshake and the write path.
//!
//! tungstenite formats each frame into a per-socket buffer that keeps the
//! size of the largest frame it ever wrote: 4 KiB for every phone on the
//! demo plan (its hello), tens of KiB on a big plan. The server's messages
//! therefore bypass it: a frame from server to browser is a header of at
//! most ten bytes and the payload unmasked, so each message is written
//! straight to the connection as its header and a slice of the one shared
//! frame (one vectored write, no copy), and a socket keeps no write buffer
//! at all. tungstenite still reads, answers the browser's pings and closes.

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
use std::io::IoSlice;
use std::pin::Pin;
use tokio::io::AsyncWrite;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error, Utf8Bytes};

use super::api::ApiError;

/// An open websocket on an upgraded connection.
pub type Socket = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

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

/// The header of an unmasked, final text frame of `len` bytes: what a
/// server sends before the payload.
fn text_header(len: usize) -> ([u8; 10], usize) {
    let mut header = [0u8; 10];
    header[0] = 0x81;
    let used = if len < 126 {
        header[1] = len as u8;
        2
    } else if let Ok(short) = u16::try_from(len) {
        header[1] = 126;
        header[2..4].copy_from_slice(&short.to_be_bytes());
        4
    } else {
        header[1] = 127;
        header[2..10].copy_from_slice(&(len as u64).to_be_bytes());
        10
    };
    (header, used)
}

/// Send text messages, in order, in as few writes as the connection takes:
/// each is a frame header and the shared bytes themselves.
pub async fn send_texts(socket: &mut Socket, texts: &[Utf8Bytes]) -> Result<(), Error> {
    // Anything tungstenite has queued (a pong, say) goes first, whole.
    socket.flush().await?;
    let headers: Vec<([u8; 10], usize)> = texts.iter().map(|t| text_header(t.len())).collect();
    let mut slices: Vec<IoSlice<'_>> = headers
        .iter()
        .zip(texts)
        .flat_map(|((header, used), text)| {
            [
                IoSlice::new(&header[..*used]),
                IoSlice::new(text.as_bytes()),
            ]
        })
        .collect();
    let mut rest = &mut slices[..];
    let io = socket.get_mut();
    while !rest.is_empty() {
        let written =
            std::future::poll_fn(|cx| Pin::new(&mut *io).poll_write_vectored(cx, rest)).await?;
        if written == 0 {
            return Err(Error::Io(std::io::ErrorKind::WriteZero.into()));
        }
        IoSlice::advance_slices(&mut rest, written);
    }
    Ok(())
}

/// Send one text message (see `send_texts`).
pub async fn send_text(socket: &mut Socket, text: Utf8Bytes) -> Result<(), Error> {
    send_texts(socket, std::slice::from_ref(&text)).await
}
