//! The hall: N attendee websockets, each recording every state frame it
//! receives, so latencies and missed updates can be worked out afterwards
//! from what each phone actually saw.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::net::TcpStream;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use super::http::Server;
use super::workers::{Clock, Worker};

/// One handshake may take this long before it counts as failed.
pub(crate) const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// The whole hall must be connected within this (plus a little per phone),
/// so a server that stops accepting cannot hang the rehearsal.
const CONNECT_DEADLINE: Duration = Duration::from_secs(60);

/// A state frame as one phone saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    pub seq: u64,
    pub at: Instant,
}

/// What one phone has seen, shared between its reading task and the rehearsal.
#[derive(Debug, Default)]
pub struct Phone {
    /// `seq + 1` of the latest state frame; 0 before the first one.
    last: AtomicU64,
    /// Every state frame, in arrival order. A std `Mutex`: it is held only
    /// for a push or a copy and never across an `.await`, so a parking-free
    /// lock is cheaper than tokio's.
    receipts: Mutex<Vec<Receipt>>,
    /// The socket ended although the rehearsal did not close it.
    dropped: AtomicBool,
    /// Which target (server or relay) it is connected to, by index.
    pub target: usize,
}

impl Phone {
    pub fn last_seq(&self) -> Option<u64> {
        self.last.load(Ordering::Acquire).checked_sub(1)
    }

    pub fn dropped(&self) -> bool {
        self.dropped.load(Ordering::Acquire)
    }

    /// A phone connected to target `n`.
    pub(crate) fn on(target: usize) -> Phone {
        Phone {
            target,
            ..Phone::default()
        }
    }

    pub(crate) fn drop_now(&self) {
        self.dropped.store(true, Ordering::Release);
    }

    pub(crate) fn record(&self, seq: u64, at: Instant) {
        self.receipts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(Receipt { seq, at });
        self.last.fetch_max(seq + 1, Ordering::AcqRel);
    }

    pub fn receipts(&self) -> Vec<Receipt> {
        self.receipts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// How connecting to one target went.
#[derive(Debug, Clone, Default)]
pub struct Connecting {
    pub wanted: usize,
    pub connected: usize,
    pub failed: usize,
    pub first_error: Option<String>,
    /// From the first handshake started (on any target) to this target's
    /// last one finished.
    pub connect_time: Duration,
}

/// Every connected phone, and how the connecting went.
pub struct Hall {
    pub phones: Vec<Arc<Phone>>,
    tasks: Vec<JoinHandle<()>>,
    pub failed: usize,
    pub first_error: Option<String>,
    /// From the first handshake started to the last one finished.
    pub connect_time: Duration,
    /// The same, per target, in the order the targets were given.
    pub targets: Vec<Connecting>,
    /// Child processes holding phones, when the hall is bigger than this
    /// process may hold (see `workers`).
    workers: Vec<Worker>,
}

impl Hall {
    /// Open `count` attendee sockets on each `(server, count)` target, all
    /// at once as a hall scanning the QR code would, at most `concurrency`
    /// handshakes at a time in all, showing progress on stderr.
    ///
    /// With `per_child`, the phones are held by child processes of at most
    /// that many phones each instead of this one (see `workers`). `held`:
    /// the `plan_seq` of the plan the phones' pages carry (see
    /// [`attendee_query`]).
    pub async fn connect(
        targets: &[(Server, usize)],
        concurrency: usize,
        per_child: Option<usize>,
        held: Option<u64>,
    ) -> Hall {
        let count: usize = targets.iter().map(|(_, n)| n).sum();
        let gate = Arc::new(Semaphore::new(concurrency.max(1)));
        let (done_tx, mut done_rx) = mpsc::unbounded_channel();
        let started = Instant::now();
        let mut tasks = Vec::with_capacity(count);
        let mut workers = Vec::new();
        let mut failed_to_start = Vec::new();
        if let Some(most) = per_child {
            let clock = Clock::now();
            let children: usize = targets.iter().map(|(_, n)| n.div_ceil(most.max(1))).sum();
            let concurrency = (concurrency / children.max(1)).max(1);
            for (target, (server, wanted)) in targets.iter().enumerate() {
                let parts = wanted.div_ceil(most.max(1));
                for share in super::targets::split(*wanted, parts) {
                    let done = done_tx.clone();
                    match Worker::start(server, target, share, concurrency, held, clock, done) {
                        Ok(worker) => workers.push(worker),
                        Err(error) => failed_to_start.push((target, share, error)),
                    }
                }
            }
        }
        // One address per target, shared by its phones.
        let urls: Vec<Arc<str>> = targets
            .iter()
            .map(|(server, _)| server.ws_url(&attendee_query(held)).into())
            .collect();
        // Round robin, so every target is connecting from the start.
        let most = if per_child.is_some() {
            0
        } else {
            targets.iter().map(|(_, n)| *n).max().unwrap_or(0)
        };
        for round in 0..most {
            for (target, (server, wanted)) in targets.iter().enumerate() {
                if round >= *wanted {
                    continue;
                }
                let gate = gate.clone();
                let done = done_tx.clone();
                let url = urls[target].clone();
                let addr = server.addr;
                tasks.push(tokio::spawn(async move {
                    let Ok(permit) = gate.acquire_owned().await else {
                        return;
                    };
                    let result =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake(&url, addr)).await;
                    drop(permit);
                    let socket = match result {
                        Ok(Ok(socket)) => socket,
                        Ok(Err(error)) => {
                            let _ = done.send((target, Err(error)));
                            return;
                        }
                        Err(_) => {
                            let _ = done.send((
                                target,
                                Err(format!(
                                    "no handshake within {} s",
                                    HANDSHAKE_TIMEOUT.as_secs()
                                )),
                            ));
                            return;
                        }
                    };
                    let phone = Arc::new(Phone::on(target));
                    let _ = done.send((target, Ok((phone.clone(), Instant::now()))));
                    listen(socket, &phone).await;
                }));
            }
        }
        drop(done_tx);

        let deadline = started + CONNECT_DEADLINE + Duration::from_millis(count as u64 / 2);
        let mut hall = Hall {
            phones: Vec::with_capacity(count),
            tasks,
            failed: 0,
            first_error: None,
            connect_time: Duration::ZERO,
            targets: targets
                .iter()
                .map(|(_, wanted)| Connecting {
                    wanted: *wanted,
                    ..Connecting::default()
                })
                .collect(),
            workers,
        };
        let mut finished = 0;
        for (target, share, error) in failed_to_start {
            finished += share;
            hall.failed += share;
            hall.first_error.get_or_insert(error.clone());
            hall.targets[target].failed += share;
            hall.targets[target].first_error.get_or_insert(error);
        }
        let mut progress = tokio::time::interval(Duration::from_millis(100));
        while finished < count {
            tokio::select! {
                done = done_rx.recv() => {
                    let Some((target, done)) = done else { break };
                    finished += 1;
                    let connecting = &mut hall.targets[target];
                    match done {
                        Ok((phone, at)) => {
                            hall.phones.push(phone);
                            hall.connect_time = at - started;
                            connecting.connected += 1;
                            connecting.connect_time = at - started;
                        }
                        Err(error) => {
                            tracing::debug!("a phone could not connect: {error}");
                            hall.failed += 1;
                            hall.first_error.get_or_insert(error.clone());
                            connecting.failed += 1;
                            connecting.first_error.get_or_insert(error);
                        }
                    }
                }
                _ = progress.tick() => {
                    super::progress(&format!("connecting {finished}/{count}"), false);
                    if Instant::now() >= deadline {
                        break;
                    }
                }
            }
        }
        super::progress(&format!("connecting {finished}/{count}"), true);
        if finished < count {
            hall.failed += count - finished;
            let waited = (deadline - started).as_secs();
            hall.first_error.get_or_insert(format!(
                "{} phones were still connecting after {waited} s",
                count - finished,
            ));
            for connecting in &mut hall.targets {
                let late = connecting.wanted - connecting.connected - connecting.failed;
                if late > 0 {
                    connecting.failed += late;
                    connecting.first_error.get_or_insert(format!(
                        "{late} phones were still connecting after {waited} s"
                    ));
                }
            }
        }
        hall
    }

    /// The phones connected to target `n`.
    pub fn on_target(&self, n: usize) -> impl Iterator<Item = &Arc<Phone>> {
        self.phones.iter().filter(move |p| p.target == n)
    }

    pub fn last_seqs(&self) -> Vec<Option<u64>> {
        self.phones.iter().map(|p| p.last_seq()).collect()
    }

    pub fn dropped(&self) -> usize {
        self.phones.iter().filter(|p| p.dropped()).count()
    }

    /// A copy of every phone's receipts, phone by phone.
    pub fn receipts(&self) -> Vec<Vec<Receipt>> {
        self.phones.iter().map(|p| p.receipts()).collect()
    }

    /// Wait until every phone still connected has reached `seq` (any state
    /// at all when `None`); false if `limit` passed first.
    pub async fn wait_for(&self, seq: Option<u64>, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            let all = self.phones.iter().all(|phone| {
                phone.dropped()
                    || match (phone.last_seq(), seq) {
                        (Some(last), Some(seq)) => last >= seq,
                        (Some(_), None) => true,
                        (None, _) => false,
                    }
            });
            if all {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Hang up every phone.
    pub fn close(self) {
        for task in self.tasks {
            task.abort();
        }
        for worker in self.workers {
            worker.stop();
        }
    }
}

/// A phone's socket query: as the `/join` page opens it, naming the
/// `plan_seq` of the plan the page carries (`held`), so it is sent the
/// state alone; with `None`, as a page without the plan, sent it whole.
pub(crate) fn attendee_query(held: Option<u64>) -> String {
    match held {
        Some(plan_seq) => format!("role=attendee&plan={plan_seq}"),
        None => "role=attendee".to_owned(),
    }
}

pub(crate) type Socket = tokio_tungstenite::WebSocketStream<TcpStream>;

pub(crate) async fn handshake(url: &str, addr: std::net::SocketAddr) -> Result<Socket, String> {
    let stream = TcpStream::connect(addr)
        .await
        .map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    stream
        .set_nodelay(true)
        .map_err(|e| format!("cannot set TCP_NODELAY: {e}"))?;
    // A phone only listens: a small read buffer and no write buffering keep
    // 10,000 of them cheap on the machine that runs the rehearsal.
    let config = WebSocketConfig::default()
        .read_buffer_size(4096)
        .write_buffer_size(0);
    let (socket, _) = tokio_tungstenite::client_async_with_config(url, stream, Some(config))
        .await
        .map_err(|e| format!("websocket handshake with {url} failed: {e}"))?;
    Ok(socket)
}

/// Read frames until the socket ends. Reading is also what answers the
/// server's pings: tungstenite queues the pong and flushes it on the next read.
async fn listen(mut socket: Socket, phone: &Phone) {
    while let Some(message) = socket.next().await {
        let at = Instant::now();
        match message {
            Ok(Message::Text(text)) => {
                if let Some(seq) = state_seq(text.as_str()) {
                    phone.record(seq, at);
                }
            }
            Ok(Message::Close(_)) | Err(_) => break,
            Ok(_) => {}
        }
    }
    phone.drop_now();
}

/// The `seq` of a state frame or a patch on one, read from its prefix
/// without parsing the rest (the server writes
/// `{"type":"state","state":{"seq":N,...` and `{"type":"patch","seq":N,...`),
/// with a full parse as the fallback; `None` for any other message.
pub fn state_seq(frame: &str) -> Option<u64> {
    const STATE: &str = r#"{"type":"state","state":{"seq":"#;
    const PATCH: &str = r#"{"type":"patch","seq":"#;
    if let Some(rest) = frame
        .strip_prefix(STATE)
        .or_else(|| frame.strip_prefix(PATCH))
    {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with([',', '}']) {
            return rest[..digits].parse().ok();
        }
    } else if frame.starts_with(r#"{"type":""#) {
        // Another message (the hello with the plan): not worth parsing.
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(frame).ok()?;
    match value["type"].as_str()? {
        "state" => value["state"]["seq"].as_u64(),
        "patch" => value["seq"].as_u64(),
        _ => None,
    }
}

/// How many phones are behind `final_seq`: never got a state, or the last
/// one they got is older.
pub fn missed(last_seqs: &[Option<u64>], final_seq: u64) -> usize {
    last_seqs
        .iter()
        .filter(|last| last.is_none_or(|seq| seq < final_seq))
        .count()
}

/// When a phone first saw `seq` or later. Receipts arrive in `seq` order
/// (the server only ever sends a newer snapshot), so a binary search does.
pub fn first_reaching(receipts: &[Receipt], seq: u64) -> Option<Instant> {
    let at = receipts.partition_point(|r| r.seq < seq);
    receipts.get(at).map(|r| r.at)
}

/// The most frames that arrived within any one second.
pub fn busiest_second(times: &[Instant]) -> usize {
    let mut best = 0;
    let mut start = 0;
    for (end, at) in times.iter().enumerate() {
        while *at - times[start] >= Duration::from_secs(1) {
            start += 1;
        }
        best = best.max(end + 1 - start);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seq_is_read_from_the_prefix_or_by_parsing() {
        assert_eq!(
            state_seq(r#"{"type":"state","state":{"seq":42,"phase":"running"}}"#),
            Some(42)
        );
        assert_eq!(
            state_seq(r#"{"state":{"phase":"x","seq":7},"type":"state"}"#),
            Some(7)
        );
        assert_eq!(
            state_seq(r#"{"type":"hello","role":"attendee","plan":{}}"#),
            None
        );
        assert_eq!(
            state_seq(r#"{"type":"patch","seq":43,"state":{"seq":43}}"#),
            Some(43)
        );
        assert_eq!(
            state_seq(r#"{"state":{},"seq":44,"type":"patch"}"#),
            Some(44)
        );
        assert_eq!(state_seq("not json"), None);
    }

    #[test]
    fn a_phone_names_the_plan_its_page_holds_unless_it_asks_for_the_plan() {
        assert_eq!(attendee_query(Some(3)), "role=attendee&plan=3");
        assert_eq!(attendee_query(Some(0)), "role=attendee&plan=0");
        assert_eq!(attendee_query(None), "role=attendee");
    }

    #[test]
    fn a_phone_that_missed_the_last_update_is_detected() {
        let final_seq = 12;
        let last = [Some(12), Some(12), Some(11), None, Some(12)];
        assert_eq!(missed(&last, final_seq), 2);
        assert_eq!(missed(&[Some(12), Some(12)], final_seq), 0);
    }

    #[test]
    fn a_phone_that_skipped_frames_still_reached_the_seq() {
        let t = Instant::now();
        let at = |ms| t + Duration::from_millis(ms);
        // Frames may skip seqs: seq 5 was never sent to this phone, 6 was.
        let receipts = [
            Receipt { seq: 3, at: at(0) },
            Receipt { seq: 6, at: at(40) },
            Receipt { seq: 9, at: at(90) },
        ];
        assert_eq!(first_reaching(&receipts, 5), Some(at(40)));
        assert_eq!(first_reaching(&receipts, 9), Some(at(90)));
        assert_eq!(first_reaching(&receipts, 10), None);
    }

    #[test]
    fn the_busiest_second_counts_frames_in_any_one_second_window() {
        let t = Instant::now();
        let every_50ms: Vec<Instant> = (0..40).map(|i| t + Duration::from_millis(50 * i)).collect();
        assert_eq!(busiest_second(&every_50ms), 20);
        let mut burst = every_50ms.clone();
        burst.extend((0..10).map(|i| t + Duration::from_millis(500 + i)));
        burst.sort();
        assert_eq!(busiest_second(&burst), 30);
        assert_eq!(busiest_second(&[]), 0);
    }
}
