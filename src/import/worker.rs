//! The import, run where a failure cannot take the live hall with it: a
//! child process of the same binary (`assembly import-worker`, hidden),
//! which first lowers its own address-space limit (`RLIMIT_AS`) and CPU
//! time, reads the files and mapping on stdin and writes its [`Answer`]
//! as JSON on stdout. The caller ([`Worker::run`]) kills it at the time
//! limit; a worker that dies (out of memory, a bug in a reader) is an
//! answer like any other, never the caller's death.
//!
//! On stdin: one line of JSON, `{"files": [{"name", "len"}], "mapping"}`,
//! then the files' bytes one after the other.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::limits::{MAX_BYTES, Refusal, megabytes};
use super::{Mapping, Source};

/// Most bytes of an import's answer (the draft and a preview of every
/// sheet): a plan's are well under 1 MB. Beyond it the worker refuses the
/// files; the caller reads back at most [`MAX_ANSWER`].
const MAX_IMPORTED: usize = 16 * 1024 * 1024;
/// Most bytes of the worker's answer read back: the import and its plan
/// file.
const MAX_ANSWER: u64 = 2 * MAX_IMPORTED as u64 + 4096;
/// Most bytes of the request's first line.
const MAX_HEADER: u64 = 1024 * 1024;

/// How to run the worker.
#[derive(Debug, Clone)]
pub struct Worker {
    /// The program run as `PROGRAM import-worker`: this binary by default.
    pub program: PathBuf,
    /// Killed after this long.
    pub timeout: Duration,
    /// Its address space, in bytes (`RLIMIT_AS`).
    pub memory: u64,
}

impl Default for Worker {
    fn default() -> Worker {
        Worker {
            program: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("assembly")),
            timeout: Duration::from_secs(20),
            memory: 1024 * 1024 * 1024,
        }
    }
}

/// What the worker made of the files.
#[derive(Debug, Serialize, Deserialize)]
pub enum Answer {
    /// The import's answer as the API sends it (JSON, passed on as it
    /// is), and the plan file when there were no problems.
    Imported {
        imported: Box<RawValue>,
        toml: Option<String>,
    },
    Refused(Refusal),
}

#[derive(Serialize, Deserialize)]
struct Request {
    files: Vec<FileHead>,
    mapping: Mapping,
}

#[derive(Serialize, Deserialize)]
struct FileHead {
    name: String,
    len: usize,
}

impl Worker {
    /// Read `sources` in a worker: its answer, or why there is none
    /// (killed at the time limit, died, could not start).
    pub fn run(&self, sources: Vec<Source>, mapping: &Mapping) -> Result<Answer, Refusal> {
        let request = Request {
            files: sources
                .iter()
                .map(|s| FileHead {
                    name: s.name.clone(),
                    len: s.bytes.len(),
                })
                .collect(),
            mapping: mapping.clone(),
        };
        let mut head = serde_json::to_vec(&request).map_err(|e| self.failed(&e.to_string()))?;
        head.push(b'\n');
        let started = Instant::now();
        let mut child = Command::new(&self.program)
            // The allocator reserves address space 1 GiB at a time by
            // default, as much as the worker's whole limit: small steps
            // keep the limit for what the reader really uses.
            .env("MIMALLOC_ARENA_RESERVE", "16MiB")
            .arg("import-worker")
            .arg("--memory-mb")
            .arg(megabytes(self.memory).max(1).to_string())
            .arg("--seconds")
            .arg(self.timeout.as_secs().max(1).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                tracing::error!(program = %self.program.display(), "cannot start the import worker: {e}");
                self.failed("its reader could not be started")
            })?;
        let (Some(mut stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(self.failed("its reader could not be started"));
        };
        // Threads that end when the worker does: a worker killed at the
        // time limit is not waited for further.
        std::thread::spawn(move || {
            // A worker that stops reading (refused, or died) closes the
            // pipe: nothing more to send.
            let _ = stdin.write_all(&head);
            for source in &sources {
                if stdin.write_all(&source.bytes).is_err() {
                    break;
                }
            }
        });
        let answer = std::thread::spawn(move || {
            let mut out = Vec::new();
            let read = stdout.take(MAX_ANSWER + 1).read_to_end(&mut out);
            read.map(|_| out)
        });
        let told = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.take(4096).read_to_string(&mut text);
            text
        });
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() < self.timeout => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Ok(None) | Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    tracing::warn!(
                        seconds = self.timeout.as_secs(),
                        "an import took too long; its worker was stopped"
                    );
                    return Err(Refusal::unreadable(format!(
                        "the files could not be read within {} s, and a plan's sheets read in \
                         well under a second: save them again as .xlsx or .csv, with only the \
                         plan's sheets, and import those",
                        self.timeout.as_secs()
                    )));
                }
            }
        };
        let out = answer.join().ok().and_then(Result::ok).unwrap_or_default();
        if !status.success() || out.len() as u64 > MAX_ANSWER {
            let told = told.join().unwrap_or_default();
            tracing::warn!(%status, stderr = %told.trim(), "an import worker failed");
            return Err(self.failed(&format!(
                "its reader stopped ({status}), out of the {} MB it may use or on a broken file",
                megabytes(self.memory)
            )));
        }
        serde_json::from_slice(&out).map_err(|e| {
            tracing::warn!("an import worker's answer is not JSON: {e}");
            self.failed("its reader's answer was broken")
        })
    }

    fn failed(&self, why: &str) -> Refusal {
        Refusal::unreadable(format!(
            "the files could not be read: {why}; save them again as .xlsx or .csv, with only \
             the plan's sheets, and import those"
        ))
    }
}

/// `assembly import-worker`: lower this process's limits, read the
/// request on stdin, answer on stdout. Its exit code says only whether an
/// answer was written.
pub fn serve_stdio(memory_mb: u64, seconds: u64) -> ExitCode {
    if let Err(e) = lower(rlimit::Resource::AS, memory_mb.saturating_mul(1024 * 1024)) {
        eprintln!("import-worker: cannot limit its memory to {memory_mb} MB: {e}");
        return ExitCode::FAILURE;
    }
    // CPU time too, should the server that started it be gone: SIGXCPU
    // a second after the time limit, SIGKILL at the hard limit.
    let _ = lower(rlimit::Resource::CPU, seconds + 1);
    let answer = match read_request(&mut std::io::stdin().lock()) {
        Ok((sources, mapping)) => match super::import(&sources, &mapping) {
            Ok(imported) => match serde_json::value::to_raw_value(&imported) {
                Ok(raw) if raw.get().len() > MAX_IMPORTED => {
                    Answer::Refused(Refusal::too_large(format!(
                        "the sheets hold more than {} MB of text, and a plan's hold well under \
                         one: import only the plan's sheets, without long notes or pasted \
                         documents",
                        megabytes(MAX_IMPORTED as u64)
                    )))
                }
                Ok(raw) => Answer::Imported {
                    imported: raw,
                    toml: imported.toml,
                },
                Err(e) => {
                    eprintln!("import-worker: {e}");
                    return ExitCode::FAILURE;
                }
            },
            Err(refusal) => Answer::Refused(refusal),
        },
        Err(refusal) => Answer::Refused(refusal),
    };
    let mut stdout = std::io::stdout().lock();
    let written = serde_json::to_writer(&mut stdout, &answer)
        .map_err(std::io::Error::from)
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("import-worker: cannot answer: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Lower a limit to `to` (soft and hard), or to the hard limit already
/// set when that is lower: a limit can always be lowered, never raised.
fn lower(resource: rlimit::Resource, to: u64) -> std::io::Result<()> {
    let (_, hard) = resource.get()?;
    let to = to.min(hard);
    let hard = if resource == rlimit::Resource::CPU {
        to.saturating_add(1).min(hard)
    } else {
        to
    };
    resource.set(to, hard)
}

fn read_request(input: &mut impl BufRead) -> Result<(Vec<Source>, Mapping), Refusal> {
    let broken = |e: &dyn std::fmt::Display| {
        Refusal::unreadable(format!(
            "the files could not be read: the request was broken ({e})"
        ))
    };
    let mut line = Vec::new();
    input
        .take(MAX_HEADER)
        .read_until(b'\n', &mut line)
        .map_err(|e| broken(&e))?;
    let request: Request = serde_json::from_slice(&line).map_err(|e| broken(&e))?;
    let sent = request
        .files
        .iter()
        .fold(0usize, |n, f| n.saturating_add(f.len));
    if sent > MAX_BYTES {
        return Err(Refusal::too_large(format!(
            "the files are {} MB together, more than the {} MB a plan's sheets need: import \
             fewer files at a time, or delete other sheets from the workbook first",
            sent.div_ceil(1024 * 1024),
            megabytes(MAX_BYTES as u64)
        )));
    }
    let mut sources = Vec::with_capacity(request.files.len().min(1024));
    for file in request.files {
        let mut bytes = vec![0; file.len];
        input.read_exact(&mut bytes).map_err(|e| broken(&e))?;
        sources.push(Source {
            name: file.name,
            bytes,
        });
    }
    Ok((sources, request.mapping))
}

/// Imports running now, at most `at_once`: more are told to wait, so a
/// few chair tabs cannot start a worker each without end.
#[derive(Debug)]
pub struct Imports {
    pub worker: Worker,
    pub at_once: usize,
    running: AtomicUsize,
}

/// One import running; its place is given back when dropped.
#[derive(Debug)]
pub struct Running(Arc<Imports>);

impl Running {
    /// The worker to run it with.
    pub fn worker(&self) -> &Worker {
        &self.0.worker
    }
}

impl Imports {
    pub fn new(worker: Worker, at_once: usize) -> Arc<Imports> {
        Arc::new(Imports {
            worker,
            at_once,
            running: AtomicUsize::new(0),
        })
    }

    /// A place to run one import, or `None` when all are taken.
    pub fn start(self: &Arc<Self>) -> Option<Running> {
        self.running
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.at_once).then_some(n + 1)
            })
            .ok()
            .map(|_| Running(self.clone()))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_back_as_it_was_written() {
        let request = Request {
            files: vec![
                FileHead {
                    name: "a.csv".into(),
                    len: 3,
                },
                FileHead {
                    name: "b.csv".into(),
                    len: 2,
                },
            ],
            mapping: Mapping::default(),
        };
        let mut bytes = serde_json::to_vec(&request).unwrap();
        bytes.extend(b"\nabcde");
        let (sources, _) = read_request(&mut &bytes[..]).unwrap();
        assert_eq!(sources[0].bytes, b"abc");
        assert_eq!(sources[1].bytes, b"de");
    }

    #[test]
    fn imports_beyond_the_cap_wait() {
        let imports = Imports::new(Worker::default(), 2);
        let first = imports.start().unwrap();
        let _second = imports.start().unwrap();
        assert!(imports.start().is_none());
        drop(first);
        assert!(imports.start().is_some());
    }
}
