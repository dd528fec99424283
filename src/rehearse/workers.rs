//! Phones in child processes, for a hall bigger than one process may hold.
//!
//! A process here may open at most its hard open-file limit of sockets
//! (20,000 on the bench machine), so 20,000 phones across two relays need
//! more than one rehearsing process. When the hall does not fit, `rehearse`
//! starts `assembly rehearse-phones` once per share of phones, and each
//! child writes what its phones saw to its stdout, one line per event:
//!
//! - `c ID NS`: phone ID connected at NS;
//! - `f ID REASON`: phone ID could not connect;
//! - `r ID SEQ NS`: phone ID got the state with SEQ at NS;
//! - `d ID`: phone ID's socket ended.
//!
//! NS is `CLOCK_MONOTONIC` in nanoseconds, the clock std's `Instant` reads
//! on Linux and the same in every process on the machine, so the parent
//! turns it back into an `Instant` and times a chair action to the last
//! phone across processes as it does within one. A child stops when its
//! stdin closes, so it never outlives the rehearsal.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::sync::{Semaphore, mpsc};
use tokio_tungstenite::tungstenite::Message;

use super::http::Server;
use super::phones::{self, Phone};

/// What `assembly rehearse-phones` is told.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The server or relay the phones connect to.
    #[arg(long)]
    pub url: String,
    /// Phones to open.
    #[arg(long)]
    pub phones: usize,
    /// Handshakes in flight at once.
    #[arg(long, default_value_t = 250)]
    pub connect_concurrency: usize,
    /// The `plan_seq` the phones' pages hold (see `phones::attendee_query`).
    #[arg(long)]
    pub plan: Option<u64>,
}

/// Now on `CLOCK_MONOTONIC`, in nanoseconds.
fn now_ns() -> u64 {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
    (now.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(now.tv_nsec as u64)
}

/// Turns a child's `CLOCK_MONOTONIC` reading into this process's `Instant`.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    instant: Instant,
    ns: u64,
}

impl Clock {
    pub fn now() -> Clock {
        // They are the same clock, read one after the other: a thread put
        // off the CPU between the two reads would pair them that much
        // apart, so the pair read closest together of a few is kept.
        let mut best: Option<(Duration, Clock)> = None;
        for _ in 0..16 {
            let instant = Instant::now();
            let ns = now_ns();
            let gap = instant.elapsed();
            if best.as_ref().is_none_or(|(least, _)| gap < *least) {
                best = Some((gap, Clock { instant, ns }));
            }
            if gap < Duration::from_micros(5) {
                break;
            }
        }
        best.map(|(_, clock)| clock).expect("read at least once")
    }

    pub fn at(&self, ns: u64) -> Instant {
        if ns >= self.ns {
            self.instant + Duration::from_nanos(ns - self.ns)
        } else {
            self.instant
                .checked_sub(Duration::from_nanos(self.ns - ns))
                .unwrap_or(self.instant)
        }
    }
}

/// One line a child writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Connected { id: usize, ns: u64 },
    Failed { id: usize, reason: String },
    Receipt { id: usize, seq: u64, ns: u64 },
    Dropped { id: usize },
}

impl Line {
    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        match self {
            Line::Connected { id, ns } => writeln!(out, "c {id} {ns}"),
            // One line: a reason never carries a newline through.
            Line::Failed { id, reason } => {
                writeln!(out, "f {id} {}", reason.replace(['\n', '\r'], " "))
            }
            Line::Receipt { id, seq, ns } => writeln!(out, "r {id} {seq} {ns}"),
            Line::Dropped { id } => writeln!(out, "d {id}"),
        }
    }

    pub fn parse(line: &str) -> Option<Line> {
        let mut words = line.splitn(4, ' ');
        let kind = words.next()?;
        let id = words.next()?.parse().ok()?;
        let mut number = || words.next()?.parse::<u64>().ok();
        Some(match kind {
            "c" => Line::Connected { id, ns: number()? },
            "r" => {
                let seq = number()?;
                Line::Receipt {
                    id,
                    seq,
                    ns: number()?,
                }
            }
            "d" => Line::Dropped { id },
            "f" => Line::Failed {
                id,
                reason: line.splitn(3, ' ').nth(2).unwrap_or("").to_string(),
            },
            _ => return None,
        })
    }
}

/// `assembly rehearse-phones`: open the phones, report on stdout, stop
/// when stdin closes.
pub fn serve(options: Options) -> Result<(), String> {
    super::raise_file_limit(options.phones, 0)?;
    std::thread::spawn(|| {
        // EOF or an error: the rehearsal is over (or gone).
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
        std::process::exit(0);
    });
    let (lines, from_phones) = std::sync::mpsc::channel::<Line>();
    let writer = std::thread::spawn(move || write_lines(&from_phones));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        let server = Server::parse(&options.url).await?;
        let gate = Arc::new(Semaphore::new(options.connect_concurrency.max(1)));
        let url: Arc<str> = server.ws_url(&phones::attendee_query(options.plan)).into();
        for id in 0..options.phones {
            let gate = gate.clone();
            let lines = lines.clone();
            let url = url.clone();
            let addr = server.addr;
            tokio::spawn(async move {
                let Ok(permit) = gate.acquire_owned().await else {
                    return;
                };
                let result =
                    tokio::time::timeout(phones::HANDSHAKE_TIMEOUT, phones::handshake(&url, addr))
                        .await;
                drop(permit);
                let socket = match result {
                    Ok(Ok(socket)) => socket,
                    Ok(Err(reason)) => {
                        let _ = lines.send(Line::Failed { id, reason });
                        return;
                    }
                    Err(_) => {
                        let reason = format!(
                            "no handshake within {} s",
                            phones::HANDSHAKE_TIMEOUT.as_secs()
                        );
                        let _ = lines.send(Line::Failed { id, reason });
                        return;
                    }
                };
                let _ = lines.send(Line::Connected { id, ns: now_ns() });
                listen(socket, id, &lines).await;
            });
        }
        drop(lines);
        std::future::pending::<()>().await;
        Ok::<(), String>(())
    })?;
    let _ = writer.join();
    Ok(())
}

/// Write lines as they come, flushing whenever none is waiting.
fn write_lines(from_phones: &std::sync::mpsc::Receiver<Line>) {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    while let Ok(line) = from_phones.recv() {
        if line.write(&mut out).is_err() {
            return;
        }
        while let Ok(line) = from_phones.try_recv() {
            if line.write(&mut out).is_err() {
                return;
            }
        }
        if out.flush().is_err() {
            return;
        }
    }
}

async fn listen(mut socket: phones::Socket, id: usize, lines: &std::sync::mpsc::Sender<Line>) {
    while let Some(message) = socket.next().await {
        let ns = now_ns();
        match message {
            Ok(Message::Text(text)) => {
                if let Some(seq) = phones::state_seq(text.as_str()) {
                    let _ = lines.send(Line::Receipt { id, seq, ns });
                }
            }
            Ok(Message::Close(_)) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let _ = lines.send(Line::Dropped { id });
}

/// A child process holding some of the hall's phones.
pub struct Worker {
    child: Child,
}

/// What a child's phones tell the hall: as `Hall::connect`'s own tasks do.
pub type Done = mpsc::UnboundedSender<(usize, Result<(Arc<Phone>, Instant), String>)>;

impl Worker {
    /// Start a child with `count` phones on `server`, whose phones count
    /// for `target`; what they see is recorded in the `Phone`s sent on `done`.
    pub fn start(
        server: &Server,
        target: usize,
        count: usize,
        concurrency: usize,
        held: Option<u64>,
        clock: Clock,
        done: Done,
    ) -> Result<Worker, String> {
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot find this program to start a child: {e}"))?;
        let mut child = Command::new(exe)
            .args([
                "rehearse-phones",
                "--url",
                &format!("http://{}", server.authority),
            ])
            .args(["--phones", &count.to_string()])
            .args(["--connect-concurrency", &concurrency.to_string()])
            .args(held.map(|plan_seq| format!("--plan={plan_seq}")))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start a child for {count} phones: {e}"))?;
        let stdout = child.stdout.take().expect("stdout is piped");
        std::thread::spawn(move || follow(stdout, target, count, clock, &done));
        Ok(Worker { child })
    }

    /// Hang up: closing stdin stops the child; kill it in case it is stuck.
    pub fn stop(mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Read one child's lines into the hall until it ends.
fn follow(stdout: impl Read, target: usize, count: usize, clock: Clock, done: &Done) {
    let mut phones: Vec<Option<Arc<Phone>>> = vec![None; count];
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        let Some(line) = Line::parse(&line) else {
            tracing::warn!("a phones' child wrote a line this rehearsal cannot read: {line}");
            continue;
        };
        match line {
            Line::Connected { id, ns } if id < count => {
                let phone = Arc::new(Phone::on(target));
                phones[id] = Some(phone.clone());
                let _ = done.send((target, Ok((phone, clock.at(ns)))));
            }
            Line::Failed { id, reason } if id < count => {
                let _ = done.send((target, Err(reason)));
            }
            Line::Receipt { id, seq, ns } => {
                if let Some(Some(phone)) = phones.get(id) {
                    phone.record(seq, clock.at(ns));
                }
            }
            Line::Dropped { id } => {
                if let Some(Some(phone)) = phones.get(id) {
                    phone.drop_now();
                }
            }
            _ => {}
        }
    }
    // The child ended: every phone it held is gone with it.
    for phone in phones.iter().flatten() {
        if !phone.dropped() {
            phone.drop_now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads_back_as_written() {
        let lines = [
            Line::Connected { id: 3, ns: 17 },
            Line::Failed {
                id: 4,
                reason: "refused:\nno room".into(),
            },
            Line::Receipt {
                id: 19_999,
                seq: 42,
                ns: u64::MAX,
            },
            Line::Dropped { id: 0 },
        ];
        for line in lines {
            let mut out = Vec::new();
            line.write(&mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert_eq!(text.matches('\n').count(), 1, "{text:?}");
            let back = Line::parse(text.trim_end()).unwrap();
            match (&line, &back) {
                (Line::Failed { id, .. }, Line::Failed { id: b, reason }) => {
                    assert_eq!(id, b);
                    assert_eq!(reason, "refused: no room");
                }
                _ => assert_eq!(line, back),
            }
        }
        assert_eq!(Line::parse("x 1 2"), None);
        assert_eq!(Line::parse("r 1"), None);
        assert_eq!(Line::parse(""), None);
    }

    #[test]
    fn a_childs_clock_reading_is_the_same_instant_here() {
        let clock = Clock::now();
        let before = Instant::now();
        let ns = now_ns();
        let after = Instant::now();
        let at = clock.at(ns);
        // The same clock: the reading lands between the two instants
        // around it (give or take the read itself).
        assert!(
            at + Duration::from_micros(50) >= before,
            "{at:?} {before:?}"
        );
        assert!(at <= after + Duration::from_micros(50), "{at:?} {after:?}");
        assert!(clock.at(0) <= clock.at(ns));
    }
}
