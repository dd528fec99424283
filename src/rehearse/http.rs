//! A minimal HTTP/1.1 client over a keep-alive `TcpStream`.
//!
//! The rehearsal needs to send thousands of check-ins a second through a
//! couple of hundred connections, and to read a few JSON documents; a
//! general client would be a new dependency for no gain. This one writes a
//! request line, `Host`, `Content-Type`, `Content-Length` and the body, and
//! reads a status line and headers, then a `Content-Length` (or chunked)
//! body. It uses `readable`/`try_read` so it needs nothing beyond tokio's
//! `net` feature.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpStream;

/// How long one request may take before it counts as failed.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest response head accepted, so a confused server cannot grow us.
const HEAD_LIMIT: usize = 64 * 1024;

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
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One keep-alive connection, opened on first use and again whenever the
/// server closes it.
pub struct Conn {
    server: Server,
    stream: Option<TcpStream>,
    /// Bytes read past the end of the last response.
    buffer: Vec<u8>,
}

impl Conn {
    pub fn new(server: Server) -> Conn {
        Conn {
            server,
            stream: None,
            buffer: Vec::new(),
        }
    }

    /// Send a request and read its response, within [`REQUEST_TIMEOUT`].
    /// A reused connection the server had already closed is retried once on
    /// a fresh one (nothing was answered, so nothing was done).
    pub async fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> io::Result<Response> {
        let request = self.encode(method, path, headers, body);
        let attempt = async {
            let reused = self.stream.is_some();
            match self.exchange(&request).await {
                Err(Stale) if reused => match self.exchange(&request).await {
                    Err(Stale) => Err(closed()),
                    other => other.map_err(Failure::into_io),
                },
                Err(Stale) => Err(closed()),
                other => other.map_err(Failure::into_io),
            }
        };
        match tokio::time::timeout(REQUEST_TIMEOUT, attempt).await {
            Ok(result) => result,
            Err(_) => {
                self.stream = None;
                Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("no answer within {} s", REQUEST_TIMEOUT.as_secs()),
                ))
            }
        }
    }

    fn encode(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n",
            self.server.authority,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(name);
            head.push_str(": ");
            head.push_str(value);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        bytes
    }

    async fn exchange(&mut self, request: &[u8]) -> Result<Response, Failure> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(self.server.addr).await?;
            stream.set_nodelay(true)?;
            self.stream = Some(stream);
            self.buffer.clear();
        }
        let result = self.exchange_on_open(request).await;
        if result.is_err() {
            self.stream = None;
        }
        result
    }

    async fn exchange_on_open(&mut self, request: &[u8]) -> Result<Response, Failure> {
        let stream = self.stream.as_ref().expect("opened above");
        write_all(stream, request)
            .await
            .map_err(Failure::stale_if_reset)?;
        let head_end = loop {
            if let Some(at) = find(&self.buffer, b"\r\n\r\n") {
                break at + 4;
            }
            if self.buffer.len() > HEAD_LIMIT {
                return Err(Failure::Io(invalid("response head too long")));
            }
            let empty = self.buffer.is_empty();
            match read_more(stream, &mut self.buffer).await {
                Ok(0) if empty => return Err(Stale),
                Ok(0) => return Err(Failure::Io(closed())),
                Ok(_) => {}
                Err(e) if empty => return Err(Failure::stale_if_reset(e)),
                Err(e) => return Err(Failure::Io(e)),
            }
        };
        let (status, headers) = parse_head(&self.buffer[..head_end])?;
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.to_ascii_lowercase())
        };
        let close = header("connection").is_some_and(|v| v.contains("close"));
        let chunked = header("transfer-encoding").is_some_and(|v| v.contains("chunked"));
        let length = header("content-length").and_then(|v| v.trim().parse::<usize>().ok());
        let mut ended = false;
        let (body, used) = loop {
            let rest = &self.buffer[head_end..];
            let done = if chunked {
                dechunk(rest)?
            } else if let Some(length) = length {
                (rest.len() >= length).then(|| (rest[..length].to_vec(), length))
            } else {
                None
            };
            if let Some(done) = done {
                break done;
            }
            if read_more(stream, &mut self.buffer).await? == 0 {
                if chunked || length.is_some() {
                    return Err(Failure::Io(closed()));
                }
                // No length: the body runs to the end of the connection.
                let rest = self.buffer[head_end..].to_vec();
                let used = rest.len();
                ended = true;
                break (rest, used);
            }
        };
        self.buffer.drain(..head_end + used);
        if close || ended {
            self.stream = None;
        }
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

/// Why an exchange failed.
enum Failure {
    /// The connection was gone before anything was answered: safe to retry.
    Stale,
    Io(io::Error),
}
use Failure::Stale;

impl Failure {
    fn stale_if_reset(e: io::Error) -> Failure {
        match e.kind() {
            io::ErrorKind::ConnectionReset
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::ConnectionAborted => Stale,
            _ => Failure::Io(e),
        }
    }

    fn into_io(self) -> io::Error {
        match self {
            Stale => closed(),
            Failure::Io(e) => e,
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

fn closed() -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        "the server closed the connection without answering",
    )
}

fn invalid(message: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.to_owned())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn write_all(stream: &TcpStream, mut bytes: &[u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        stream.writable().await?;
        match stream.try_write(bytes) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Append whatever the socket has; `Ok(0)` at the end of the stream.
async fn read_more(stream: &TcpStream, buffer: &mut Vec<u8>) -> io::Result<usize> {
    let mut chunk = [0u8; 8192];
    loop {
        stream.readable().await?;
        match stream.try_read(&mut chunk) {
            Ok(n) => {
                buffer.extend_from_slice(&chunk[..n]);
                return Ok(n);
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
}

fn parse_head(head: &[u8]) -> Result<(u16, Vec<(String, String)>), Failure> {
    let text = std::str::from_utf8(head).map_err(|_| invalid("response head is not UTF-8"))?;
    let mut lines = text.split("\r\n");
    let status = lines
        .next()
        .filter(|line| line.starts_with("HTTP/1."))
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid("no HTTP status line"))?;
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Ok((status, headers))
}

/// A whole chunked body and how many bytes it took, or `None` if more must
/// be read first.
fn dechunk(mut rest: &[u8]) -> Result<Option<(Vec<u8>, usize)>, Failure> {
    let total = rest.len();
    let mut body = Vec::new();
    loop {
        let Some(line_end) = find(rest, b"\r\n") else {
            return Ok(None);
        };
        let size = std::str::from_utf8(&rest[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next()?.trim(), 16).ok())
            .ok_or_else(|| invalid("bad chunk size"))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            // No trailers from this server: just the closing CRLF.
            if rest.len() < 2 {
                return Ok(None);
            }
            return Ok(Some((body, total - rest.len() + 2)));
        }
        if rest.len() < size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunked_body_is_read_whole_or_not_at_all() {
        let wire = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\nNEXT";
        let (body, used) = dechunk(wire).ok().flatten().expect("complete");
        assert_eq!(body, b"hello world");
        assert_eq!(&wire[used..], b"NEXT");
        assert!(dechunk(&wire[..12]).ok().flatten().is_none());
    }

    #[test]
    fn a_status_line_and_headers_are_read() {
        let head = b"HTTP/1.1 303 See Other\r\nSet-Cookie: assembly_device=ab; Path=/\r\n\r\n";
        let (status, headers) = parse_head(head).ok().expect("a head");
        assert_eq!(status, 303);
        assert_eq!(headers[0].0, "Set-Cookie");
        assert!(headers[0].1.starts_with("assembly_device=ab"));
    }
}
