//! The event log: one SQLite file in the data dir, append-only.
//!
//! `append` returns only once its transaction is committed with
//! `synchronous=FULL`, so an acknowledged change survives a power cut.
//! The plan lives in the same file, so a data dir is the whole record.
//!
//! A record is never served as if whole when it is not: opening an
//! existing file checks its tables and that the log runs 1, 2, 3... with
//! no gap, and writes nothing to a file that fails. A new file is made
//! only where there is none yet, complete or not at all (built aside,
//! then renamed into place), so a crash during the first start cannot
//! leave a half-made record that would later look damaged.

use std::path::{Path, PathBuf};

use rusqlite::types::FromSqlError;
use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Envelope, Plan};

/// The file inside the data dir.
pub const FILE: &str = "assembly.db";

/// Where a new record is built before it is renamed to [`FILE`].
const DRAFT: &str = "assembly.db.new";

/// Version of the tables (made in `open`) and of the events in them; a
/// newer file is refused, not misread. 2: plan changes are patches. 3:
/// the domain reads no older shape; the saved plan's items have ids. 4: a
/// follow-up step is never a chair change (steps the chair's undo took back
/// read as withdrawn). Older records are read through `upcast`, and each
/// bump comes with a test that reads a record the version before wrote
/// (`tests_upcast`, `tests_upcast_v2`, `tests_upcast_v3`).
const SCHEMA: i64 = 4;

/// Why the record cannot be opened, read or written; each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data dir could not be created or opened.
    #[error("cannot use the data dir {dir}: {1}", dir = .0.display())]
    Dir(PathBuf, std::io::Error),
    #[error("the data file could not be read or written: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The record is damaged: a table or an event is missing, or a stored
    /// row does not decode. It is kept as it is, never started over.
    #[error(
        "the record {} is damaged: {what}.\n\
         Nothing was changed. Keep that file as it is: it holds what was recorded. \
         Restore a copy of the data dir if you have one, or start a new record \
         in a new data dir: `assembly serve PLAN --data NEW_DIR`.",
        file.display()
    )]
    Damaged { file: PathBuf, what: String },
    /// The data dir holds an `assembly.db` that is not a record at all.
    #[error(
        "{} is not a record of assembly: {what}.\n\
         Nothing was changed. If it was put there by mistake, move it out of the \
         data dir; otherwise restore a copy of the data dir, or start a new record \
         in a new data dir: `assembly serve PLAN --data NEW_DIR`.",
        file.display()
    )]
    NotARecord { file: PathBuf, what: String },
    /// The data file was written by a newer `assembly`.
    #[error(
        "the data file was written by a newer version of assembly (schema {0}); use that version"
    )]
    Newer(i64),
}

pub type Result<T> = std::result::Result<T, Error>;

pub struct Store {
    conn: Connection,
    file: PathBuf,
    /// Made by this open: the data dir had no record yet.
    new: bool,
    /// Where events an older version wrote end (see `upcast`).
    legacy: upcast::Legacy,
}

impl Store {
    /// Open the record in `dir` for a server. A new record is made only
    /// when the dir has no `assembly.db` yet (a missing or empty dir is a
    /// new one); an existing file is checked, never started over.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Dir(dir.to_path_buf(), e))?;
        let file = dir.join(FILE);
        if exists(&file)? {
            return Store::existing(&file, true);
        }
        let journal = dir.join(format!("{FILE}-wal"));
        if std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
            return Err(Error::Damaged {
                file,
                what: format!(
                    "it is missing, but its journal {FILE}-wal is there: \
                     the record was moved or deleted"
                ),
            });
        }
        Store::create(dir, &file)?;
        let mut store = Store::existing(&file, true)?;
        store.new = true;
        Ok(store)
    }

    /// Open an existing log, read only (for `export`, also while a
    /// server runs).
    pub fn open_existing(dir: &Path) -> Result<Store> {
        let path = dir.join(FILE);
        if !path.is_file() {
            return Err(Error::Dir(
                dir.to_path_buf(),
                std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("there is no {FILE} in it; point --data at the folder `serve` used"),
                ),
            ));
        }
        Store::existing(&path, false)
    }

    /// Whether this open made the record: the data dir was new.
    pub fn is_new(&self) -> bool {
        self.new
    }

    fn damaged(&self, what: &str) -> Error {
        Error::Damaged {
            file: self.file.clone(),
            what: what.to_owned(),
        }
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// The plan this log belongs to, if one was saved.
    pub fn plan(&self) -> Result<Option<Plan>> {
        match self.meta("plan")? {
            None => Ok(None),
            Some(json) => upcast::read_plan(&json)
                .map(Some)
                .map_err(|e| self.damaged(&format!("the saved plan does not read: {e}"))),
        }
    }

    pub fn save_plan(&self, plan: &Plan) -> Result<()> {
        let json = serde_json::to_string(plan).expect("a plan always serializes");
        self.set_meta("plan", &json)
    }

    pub fn event_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// Every event, in order; a gap in `seq` is refused, never replayed.
    pub fn events(&self) -> Result<Vec<Envelope>> {
        self.events_between(1, u64::MAX)
    }

    /// The events from `first` to `last` (both included), in order; a gap
    /// in `seq` is refused. A relay's link reads the log in such slices.
    pub fn events_between(&self, first: u64, last: u64) -> Result<Vec<Envelope>> {
        let mut log = Vec::new();
        self.each_between(first, last, |envelope| log.push(envelope))?;
        Ok(log)
    }

    /// Fold every event, in order, one at a time: a restart replays a long
    /// log without holding it all. A gap in `seq` is refused, and so is an
    /// event that does not read (after those before it were handed over).
    pub fn each_event(&self, f: impl FnMut(Envelope)) -> Result<()> {
        self.each_between(1, u64::MAX, f)
    }

    fn each_between(&self, first: u64, last: u64, mut f: impl FnMut(Envelope)) -> Result<()> {
        let last = i64::try_from(last).unwrap_or(i64::MAX);
        let first = i64::try_from(first).unwrap_or(i64::MAX).max(1);
        let mut statement = self.conn.prepare_cached(
            "SELECT seq, at, id, body FROM events WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq",
        )?;
        let mut rows = statement.query([first, last])?;
        let mut upcast = self.upcast_from(first as u64)?;
        let mut previous = first - 1;
        while let Some(row) = rows.next()? {
            let seq: i64 = row.get(0)?;
            if let Some(what) = open::gap(previous, seq) {
                return Err(self.damaged(&what));
            }
            previous = seq;
            let at: i64 = row.get(1)?;
            let id: Option<String> = row.get(2)?;
            // Read in place: no copy of the body for every event.
            let body = row.get_ref(3)?.as_str().map_err(|e| {
                let what = match e {
                    FromSqlError::InvalidType => "is not text",
                    _ => "is not UTF-8 text",
                };
                self.damaged(&format!("event {seq} does not read: its body {what}"))
            })?;
            let event = self.decode(&mut upcast, seq, body)?;
            f(Envelope {
                seq: seq as u64,
                at,
                id,
                event,
            });
        }
        if let Some(upcast) = upcast {
            self.upcast_done(previous as u64, upcast);
        }
        Ok(())
    }

    /// Append events in one transaction; returns once it is durable.
    pub fn append(&mut self, events: &[Envelope]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO events (seq, at, id, body) VALUES (?1, ?2, ?3, ?4)")?;
            for envelope in events {
                let body =
                    serde_json::to_string(&envelope.event).expect("an event always serializes");
                insert.execute(params![envelope.seq as i64, envelope.at, envelope.id, body])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// `PRAGMA integrity_check`, for tests and `export`.
    pub fn integrity_ok(&self) -> Result<bool> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(result == "ok")
    }
}

/// Whether `file` is there, as an error the user can act on if the dir
/// cannot be read.
fn exists(file: &Path) -> Result<bool> {
    std::fs::exists(file).map_err(|e| Error::Dir(file.to_path_buf(), e))
}

pub mod bench_log;
mod open;
mod upcast;
pub use upcast::{Upcast, read_plan};
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_upcast;
#[cfg(test)]
mod tests_upcast_commitments;
#[cfg(test)]
mod tests_upcast_v2;
#[cfg(test)]
mod tests_upcast_v3;

/// The state a record holds: its plan, and its whole log replayed one
/// event at a time (never held whole). For readers of a record no server
/// serves: `export`, the desk, `publish`.
pub fn replay(store: &Store) -> std::result::Result<crate::domain::State, String> {
    let plan = store
        .plan()
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "holds no assembly yet; serve one first".to_owned())?;
    let mut state = crate::domain::State::new(std::sync::Arc::new(plan));
    store
        .each_event(|envelope| state.apply(&envelope))
        .map_err(|e| e.to_string())?;
    Ok(state)
}
