//! Websockets as the tests hold them: opened with a short read timeout so a
//! test can poll, read until the message it waits for, listened to on a
//! thread of their own, or kept by a [`Phone`] that remembers the last state
//! it was sent and comes back when its socket drops.

use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

pub type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

/// Open a websocket (a URL, or a request carrying headers) whose reads give
/// up after `wait`.
pub fn try_open(request: impl IntoClientRequest, wait: Duration) -> tungstenite::Result<Socket> {
    let (socket, _) = tungstenite::connect(request)?;
    if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
        stream
            .set_read_timeout(Some(wait))
            .expect("a read timeout on the socket");
    }
    Ok(socket)
}

/// Open a websocket whose reads give up after 200 ms; it must open.
pub fn open(url: &str) -> Socket {
    try_open(url, Duration::from_millis(200)).expect("the websocket opens")
}

/// Whether a read failed only because nothing came before the timeout.
fn nothing_yet(error: &tungstenite::Error) -> bool {
    matches!(error, tungstenite::Error::Io(e) if matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    ))
}

/// Read `socket`'s messages until one satisfies `done`, for up to
/// `within`; returns every message read, that one last. A socket that
/// breaks first, or a wait that runs out, fails the test naming `what`.
pub fn read_until(
    socket: &mut Socket,
    within: Duration,
    what: &str,
    mut done: impl FnMut(&Value) -> bool,
) -> Vec<Value> {
    let deadline = Instant::now() + within;
    let mut read = Vec::new();
    while Instant::now() < deadline {
        match socket.read() {
            Ok(Message::Text(text)) => {
                let value: Value = serde_json::from_str(&text).unwrap();
                let last = done(&value);
                read.push(value);
                if last {
                    return read;
                }
            }
            Ok(_) => {}
            Err(e) if nothing_yet(&e) => {}
            Err(e) => panic!("the socket broke before {what}: {e}"),
        }
    }
    panic!("no {what} within {within:?}");
}

/// Hand every text message `socket` receives to `keep`, on a thread of its
/// own, until the socket closes.
pub fn listen(mut socket: Socket, mut keep: impl FnMut(&str) + Send + 'static) {
    std::thread::spawn(move || {
        loop {
            match socket.read() {
                Ok(Message::Text(text)) => keep(&text),
                Ok(_) => {}
                Err(e) if nothing_yet(&e) => {}
                Err(_) => break,
            }
        }
    });
}

/// Apply a phone's `patch` message to the state it holds, as `live.js`
/// does: a JSON merge patch (RFC 7386), where null removes a key.
pub fn merge(target: &mut Value, patch: &Value) {
    let (Value::Object(target), Value::Object(patch)) = (&mut *target, patch) else {
        *target = patch.clone();
        return;
    };
    for (key, change) in patch {
        if change.is_null() {
            target.remove(key);
        } else if change.is_object() && target.get(key).is_some_and(Value::is_object) {
            merge(target.get_mut(key).unwrap(), change);
        } else {
            target.insert(key.clone(), change.clone());
        }
    }
}

/// A phone's websocket that keeps the last state frame it was sent.
pub struct Phone {
    url: String,
    socket: Option<Socket>,
    /// The last frame's state, and its `hall` notice if any.
    pub last: Option<Value>,
    pub hall: Option<String>,
}

impl Phone {
    pub fn on(addr: SocketAddr, role: &str) -> Phone {
        let mut phone = Phone {
            url: format!("ws://{addr}/ws?role={role}"),
            socket: None,
            last: None,
            hall: None,
        };
        phone.connect();
        phone
    }

    /// Open the socket (again); a failure leaves the phone without one.
    pub fn connect(&mut self) {
        self.socket = try_open(self.url.as_str(), Duration::from_millis(5)).ok();
    }

    /// Lose the socket, as on the venue's Wi-Fi.
    pub fn drop_socket(&mut self) {
        self.socket = None;
    }

    pub fn is_connected(&self) -> bool {
        self.socket.is_some()
    }

    /// Read what has arrived; reconnect a dropped socket.
    pub fn pump(&mut self) {
        if self.socket.is_none() {
            self.connect();
        }
        self.read();
    }

    /// Read what has arrived, without reconnecting.
    pub fn read(&mut self) {
        let Some(socket) = &mut self.socket else {
            return;
        };
        loop {
            match socket.read() {
                Ok(Message::Text(text)) => {
                    let value: Value = serde_json::from_str(&text).unwrap();
                    if value["type"] == "state" {
                        self.last = Some(value["state"].clone());
                        self.hall = value["hall"].as_str().map(str::to_owned);
                    } else if value["type"] == "patch" {
                        let last = self.last.as_mut().expect("a patch follows a state");
                        merge(last, &value["state"]);
                        self.hall = value["hall"].as_str().map(str::to_owned);
                    }
                }
                Ok(_) => {}
                Err(e) if nothing_yet(&e) => return,
                Err(_) => {
                    self.socket = None;
                    return;
                }
            }
        }
    }

    pub fn seq(&self) -> Option<u64> {
        self.last.as_ref().and_then(|s| s["seq"].as_u64())
    }

    /// Pump until the phone shows `seq`.
    pub fn reaches(&mut self, seq: u64, within: Duration) {
        super::poll(within, Duration::from_millis(10), || {
            self.pump();
            if self.seq() >= Some(seq) {
                return Ok(());
            }
            Err(format!(
                "a phone on {} stayed at {:?}, never reaching seq {seq}",
                self.url,
                self.seq()
            ))
        });
    }

    /// Pump until the phone's hall notice is `want`.
    pub fn hall_becomes(&mut self, want: Option<&str>, within: Duration) {
        super::poll(within, Duration::from_millis(20), || {
            self.pump();
            if self.hall.as_deref() == want {
                return Ok(());
            }
            Err(format!(
                "a phone on {} shows hall {:?}, not {want:?}",
                self.url, self.hall
            ))
        });
    }
}
