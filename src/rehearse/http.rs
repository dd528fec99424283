//! The one HTTP/1.1 client of the rehearsal and of the integration tests:
//! hyper's own client connection (`hyper::client::conn::http1`), kept alive
//! and opened again whenever the server closes it.
//!
//! The rehearsal sends thousands of check-ins a second through a couple of
//! hundred connections, one per worker, and reads a few JSON documents; a
//! [`Conn`] is exactly one such connection. hyper does the framing (lengths,
//! chunked bodies, `Connection: close`); this module adds the address, the
//! `Host`, the timeout and the one retry of a request a stale connection
//! never answered. Plain http only: no TLS is built.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// How long one request may take before it counts as failed.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the server is: the socket address and the `host:port` it was named by.
#[derive(Debug, Clone)]
pub struct Server {
    pub addr: SocketAddr,
    /// The `Host` header and the authority of the websocket URL.
    pub authority: String,
}

impl Server {
    /// Read `http://host[:port][/]` and resolve the host.
    pub async fn parse(url: &str) -> Result<Server, String> {
        let rest = if let Some(rest) = url.strip_prefix("http://") {
            rest
        } else if url.starts_with("https://") {
            return Err(format!(
                "{url}: rehearse speaks plain http only; run it against the server's own \
                 http address, e.g. http://127.0.0.1:8080"
            ));
        } else if url.contains("://") {
            return Err(format!(
                "{url}: give an http:// address, e.g. http://127.0.0.1:8080"
            ));
        } else {
            url
        };
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.is_empty() {
            return Err(format!("{url}: no host; e.g. http://127.0.0.1:8080"));
        }
        let authority = if authority
            .rsplit_once(':')
            .is_some_and(|(_, p)| !p.contains(']'))
        {
            authority.to_owned()
        } else {
            format!("{authority}:80")
        };
        let addr = tokio::net::lookup_host(&authority)
            .await
            .map_err(|e| format!("cannot resolve {authority}: {e}"))?
            .next()
            .ok_or_else(|| format!("{authority} resolves to no address"))?;
        Ok(Server { addr, authority })
    }

    /// The same machine: only then is the server's memory ours to compare.
    pub fn is_loopback(&self) -> bool {
        self.addr.ip().is_loopback()
    }

    pub fn ws_url(&self, query: &str) -> String {
        format!("ws://{}/ws?{query}", self.authority)
    }

    /// One GET on a fresh connection, answered with JSON and status 200.
    pub async fn get_json(&self, path: &str) -> Result<serde_json::Value, String> {
        let (status, body) = self.get_json_any(path).await?;
        if status != 200 {
            return Err(format!(
                "GET {path} on {} answered {status}: {body}",
                self.authority,
            ));
        }
        Ok(body)
    }

    /// One GET on a fresh connection, answered with JSON whatever the
    /// status (`/healthz` still tells its `seq` when it answers 503).
    pub async fn get_json_any(&self, path: &str) -> Result<(u16, serde_json::Value), String> {
        let mut conn = Conn::new(self.clone());
        let response = conn
            .send("GET", path, &[], b"")
            .await
            .map_err(|e| format!("GET {path} on {}: {e}", self.authority))?;
        match serde_json::from_slice(&response.body) {
            Ok(body) => Ok((response.status, body)),
            Err(_) if response.status != 200 => Err(format!(
                "GET {path} on {} answered {}: {}",
                self.authority,
                response.status,
                response.text()
            )),
            Err(e) => Err(format!("GET {path} on {}: not JSON ({e})", self.authority)),
        }
    }
}

/// A response as read off the wire.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The value of header `name` among `headers`, whatever its case (as HTTP
/// names them); the integration tests read their own responses with it too.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// One keep-alive connection, opened on first use and again whenever the
/// server closes it.
pub struct Conn {
    server: Server,
    sender: Option<SendRequest<Full<Bytes>>>,
    limit: Duration,
}

impl Conn {
    pub fn new(server: Server) -> Conn {
        Conn {
            server,
            sender: None,
            limit: REQUEST_TIMEOUT,
        }
    }

    /// The same, with another limit per request than [`REQUEST_TIMEOUT`]
    /// (a large upload on a busy machine).
    pub fn within(mut self, limit: Duration) -> Conn {
        self.limit = limit;
        self
    }

    /// Send a request and read its response, within the limit. A reused
    /// connection the server had already closed is retried once on a fresh
    /// one (nothing was answered, so nothing was done).
    pub async fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> io::Result<Response> {
        let body = Bytes::copy_from_slice(body);
        let limit = self.limit;
        let attempt = async {
            let reused = self.sender.as_ref().is_some_and(|s| !s.is_closed());
            match self.exchange(method, path, headers, body.clone()).await {
                Err(e) if reused && is_stale(&e) => self
                    .exchange(method, path, headers, body)
                    .await
                    .map_err(into_io),
                other => other.map_err(into_io),
            }
        };
        match tokio::time::timeout(limit, attempt).await {
            Ok(result) => result,
            Err(_) => {
                self.sender = None;
                Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("no answer within {} s", limit.as_secs()),
                ))
            }
        }
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Bytes,
    ) -> io::Result<hyper::Request<Full<Bytes>>> {
        let mut request = hyper::Request::builder()
            .method(method)
            .uri(path)
            .header(hyper::header::HOST, &self.server.authority);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request
            .body(Full::new(body))
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))
    }

    async fn exchange(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Bytes,
    ) -> Result<Response, Failure> {
        let request = self.request(method, path, headers, body)?;
        if self.sender.as_ref().is_some_and(SendRequest::is_closed) {
            self.sender = None;
        }
        let sender = match &mut self.sender {
            Some(sender) => sender,
            None => self.sender.insert(connect(self.server.addr).await?),
        };
        let result = async {
            sender.ready().await?;
            let response = sender.send_request(request).await?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await?.to_bytes().to_vec();
            Ok::<_, hyper::Error>((parts, body))
        }
        .await;
        let (parts, body) = match result {
            Ok(answer) => answer,
            Err(e) => {
                self.sender = None;
                return Err(Failure::Http(e));
            }
        };
        let headers = parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect();
        Ok(Response {
            status: parts.status.as_u16(),
            headers,
            body,
        })
    }
}

async fn connect(addr: SocketAddr) -> io::Result<SendRequest<Full<Bytes>>> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| io::Error::other(e.to_string()))?;
    // The connection's reads and writes; it ends when the sender is dropped
    // or the server closes.
    tokio::spawn(connection);
    Ok(sender)
}

/// Why an exchange failed.
enum Failure {
    Io(io::Error),
    Http(hyper::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

/// The connection was gone before anything was answered: safe to retry.
fn is_stale(failure: &Failure) -> bool {
    match failure {
        Failure::Http(e) => {
            e.is_canceled()
                || e.is_closed()
                || e.is_incomplete_message()
                || std::error::Error::source(e)
                    .and_then(|s| s.downcast_ref::<io::Error>())
                    .is_some_and(|e| {
                        matches!(
                            e.kind(),
                            io::ErrorKind::ConnectionReset
                                | io::ErrorKind::BrokenPipe
                                | io::ErrorKind::ConnectionAborted
                        )
                    })
        }
        Failure::Io(_) => false,
    }
}

fn into_io(failure: Failure) -> io::Error {
    match failure {
        Failure::Io(e) => e,
        Failure::Http(e) if e.is_incomplete_message() || e.is_canceled() => io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the server closed the connection without answering",
        ),
        Failure::Http(e) => {
            let kind = std::error::Error::source(&e)
                .and_then(|s| s.downcast_ref::<io::Error>())
                .map_or(io::ErrorKind::InvalidData, io::Error::kind);
            io::Error::new(kind, e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    use super::*;

    /// Read one request head (these requests have no body).
    async fn read_head(stream: &mut TcpStream) -> String {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            assert_eq!(stream.read(&mut byte).await.unwrap(), 1, "a whole head");
            head.push(byte[0]);
        }
        String::from_utf8(head).unwrap()
    }

    /// A chunked answer with a trailer, then one that closes the
    /// connection: the next request after each is read whole, on the same
    /// connection and then on a fresh one.
    #[tokio::test]
    async fn a_keep_alive_connection_survives_trailers_and_a_close() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let peer = tokio::spawn(async move {
            let (mut first, _) = listener.accept().await.unwrap();
            assert!(read_head(&mut first).await.starts_with("GET /a HTTP/1.1"));
            first
                .write_all(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
                      5\r\nhello\r\n0\r\nX-Checksum: 1\r\n\r\n",
                )
                .await
                .unwrap();
            let second = read_head(&mut first).await;
            assert!(second.contains("host: here:1") || second.contains("Host: here:1"));
            first
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
                .await
                .unwrap();
            drop(first);
            let (mut again, _) = listener.accept().await.unwrap();
            read_head(&mut again).await;
            again
                .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                .await
                .unwrap();
        });
        let server = Server {
            addr,
            authority: "here:1".to_owned(),
        };
        let mut conn = Conn::new(server);
        let first = conn.send("GET", "/a", &[], b"").await.unwrap();
        assert_eq!((first.status, first.body.as_slice()), (200, &b"hello"[..]));
        let second = conn.send("GET", "/b", &[], b"").await.unwrap();
        assert_eq!((second.status, second.text().as_str()), (200, "hi"));
        let third = conn.send("GET", "/c", &[], b"").await.unwrap();
        assert_eq!(third.status, 404);
        peer.await.unwrap();
    }
}
