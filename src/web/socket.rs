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
use futures_util::Sink;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use std::io::IoSlice;
use std::pin::Pin;
use std::task::{Context, Poll, Waker, ready};
use tokio::io::AsyncWrite;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error, Message, Utf8Bytes};

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
            // A task of its own: awaited here, the socket's future would sit
            // beside what this one kept of the upgrade for as long as the
            // socket is open.
            tokio::spawn(socket(stream));
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

/// Messages written at once (a socket's greeting is two: the plan and the
/// state); more are written in turns.
const AT_ONCE: usize = 2;

/// Write text messages, in order, from byte `written` of their frames on,
/// as far as the connection takes them; `written` keeps count, so a write
/// that has to wait goes on where it stopped.
fn poll_write_texts(
    socket: &mut Socket,
    texts: &[Utf8Bytes],
    written: &mut usize,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Error>> {
    // Anything tungstenite has queued (a pong, say) goes first, whole.
    if *written == 0 {
        ready!(Sink::<Message>::poll_flush(Pin::new(&mut *socket), cx))?;
    }
    loop {
        // The first message not yet wholly written, and how far into it.
        let mut into = *written;
        let mut first = 0;
        for text in texts {
            let whole = text_header(text.len()).1 + text.len();
            if into < whole {
                break;
            }
            into -= whole;
            first += 1;
        }
        if first == texts.len() {
            return Poll::Ready(Ok(()));
        }
        let batch = &texts[first..texts.len().min(first + AT_ONCE)];
        let mut heads = [([0u8; 10], 0usize); AT_ONCE];
        for (head, text) in heads.iter_mut().zip(batch) {
            *head = text_header(text.len());
        }
        let mut slices = [IoSlice::new(&[]); 2 * AT_ONCE];
        for (n, ((header, used), text)) in heads.iter().zip(batch).enumerate() {
            slices[2 * n] = IoSlice::new(&header[..*used]);
            slices[2 * n + 1] = IoSlice::new(text.as_bytes());
        }
        let mut rest = &mut slices[..2 * batch.len()];
        IoSlice::advance_slices(&mut rest, into);
        match ready!(Pin::new(socket.get_mut()).poll_write_vectored(cx, rest)) {
            Ok(0) => return Poll::Ready(Err(Error::Io(std::io::ErrorKind::WriteZero.into()))),
            Ok(n) => *written += n,
            Err(e) => return Poll::Ready(Err(e.into())),
        }
    }
}

/// A write of messages: done at once, or waiting for the connection.
pub enum Write<'a> {
    Done(Result<(), Error>),
    Waiting(Pin<Box<dyn Future<Output = Result<(), Error>> + Send + 'a>>),
}

/// Write text messages, in order, each as a frame header and the shared
/// bytes themselves. Almost always the connection takes them at once and
/// nothing is kept; a write that has to wait goes on in a future of its
/// own, on the heap, so that a socket's task keeps no room for one.
pub fn write_texts<'a>(socket: &'a mut Socket, texts: &[Utf8Bytes]) -> Write<'a> {
    let mut written = 0;
    let mut at_once = Context::from_waker(Waker::noop());
    match poll_write_texts(socket, texts, &mut written, &mut at_once) {
        Poll::Ready(result) => Write::Done(result),
        Poll::Pending => {
            let texts = texts.to_vec();
            Write::Waiting(Box::pin(std::future::poll_fn(move |cx| {
                poll_write_texts(socket, &texts, &mut written, cx)
            })))
        }
    }
}
