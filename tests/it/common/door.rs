//! A door in front of the server for browser tests: plain requests pass,
//! the websocket waits until the test opens the door. So a test can look
//! at a page as it is before its socket opens (drawn from what came with
//! the page), then let the socket in and look again.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A door in front of the server: every request goes through, except the
/// websocket, which waits until the door opens.
pub struct Door {
    addr: SocketAddr,
    open: Arc<AtomicBool>,
}

impl Door {
    pub fn new(server: SocketAddr) -> Door {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the door");
        let addr = listener.local_addr().expect("the door's address");
        let open = Arc::new(AtomicBool::new(false));
        let gate = open.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                let gate = gate.clone();
                std::thread::spawn(move || pass(client, server, &gate));
            }
        });
        Door { addr, open }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Let the websocket through, now and from now on.
    pub fn open(&self) {
        self.open.store(true, Ordering::SeqCst);
    }
}

/// One connection: the head of its first request says whether it is the
/// websocket, which waits for the door (20 s at most); then bytes flow
/// both ways untouched (a browser never sends a websocket upgrade on a
/// connection it used for a page).
fn pass(mut client: TcpStream, server: SocketAddr, gate: &AtomicBool) {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    let _ = client.set_read_timeout(Some(Duration::from_secs(20)));
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
        if head.len() > 64 * 1024 {
            return;
        }
    }
    if head.starts_with(b"GET /ws") {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !gate.load(Ordering::SeqCst) {
            if Instant::now() > deadline {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    let Ok(mut upstream) = TcpStream::connect(server) else {
        return;
    };
    let _ = client.set_read_timeout(None);
    if upstream.write_all(&head).is_err() {
        return;
    }
    let (Ok(mut down), Ok(mut from)) = (client.try_clone(), upstream.try_clone()) else {
        return;
    };
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from, &mut down);
        let _ = down.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut client, &mut upstream);
    let _ = upstream.shutdown(Shutdown::Write);
}

/// The page less its inlined data (`<script type="application/json">`),
/// which holds the plan and so every title.
pub fn outside_data(html: &str) -> String {
    let mut rest = html;
    let mut out = String::new();
    while let Some(start) = rest.find("<script") {
        let open = &rest[start..start + rest[start..].find('>').expect("the tag closes")];
        let end = start + rest[start..].find("</script>").expect("the script ends");
        out.push_str(&rest[..start]);
        if open.contains(r#"type="application/json""#) {
            rest = &rest[end + "</script>".len()..];
        } else {
            out.push_str(&rest[start..end]);
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// The inlined first frame: the socket's first messages and the clock.
pub fn first_frame(html: &str) -> Value {
    let open = r#"<script id="first" type="application/json">"#;
    let start = html.find(open).expect("the page inlines its first frame") + open.len();
    let end = start + html[start..].find("</script>").expect("the frame ends");
    serde_json::from_str(&html[start..end]).expect("the first frame is JSON")
}
