//! The event log: one SQLite file in the data dir, append-only.
//!
//! `append` returns only once its transaction is committed with
//! `synchronous=FULL`, so an acknowledged change survives a power cut.
//! The plan lives in the same file, so a data dir is the whole record.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Envelope, Event, Plan};

/// The file inside the data dir.
pub const FILE: &str = "assembly.db";

/// Version of the tables below; a newer file is refused, not misread.
const SCHEMA: i64 = 1;

#[derive(Debug)]
pub enum Error {
    /// The data dir could not be created or opened.
    Dir(PathBuf, std::io::Error),
    Sqlite(rusqlite::Error),
    /// A stored row does not decode; the file was edited or is damaged.
    Corrupt(String),
    /// The data file was written by a newer `assembly`.
    Newer(i64),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Dir(dir, e) => write!(f, "cannot use the data dir {}: {e}", dir.display()),
            Error::Sqlite(e) => write!(f, "the data file could not be read or written: {e}"),
            Error::Corrupt(what) => write!(f, "the data file is damaged: {what}"),
            Error::Newer(v) => write!(
                f,
                "the data file was written by a newer version of assembly (schema {v}); use that version"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Sqlite(e)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Open (creating if needed) the log in `dir`.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Dir(dir.to_path_buf(), e))?;
        let conn = Connection::open(dir.join(FILE))?;
        Store::setup(conn)
    }

    /// Open an existing log without creating anything (for `export`).
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
        Store::setup(Connection::open(path)?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS events (
                 seq INTEGER PRIMARY KEY,
                 at INTEGER NOT NULL,
                 id TEXT,
                 body TEXT NOT NULL
             );",
        )?;
        let store = Store { conn };
        match store.meta("schema")? {
            None => store.set_meta("schema", &SCHEMA.to_string())?,
            Some(v) => {
                let v: i64 = v
                    .parse()
                    .map_err(|_| Error::Corrupt("schema version".into()))?;
                if v > SCHEMA {
                    return Err(Error::Newer(v));
                }
            }
        }
        Ok(store)
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
            Some(json) => serde_json::from_str(&json)
                .map(Some)
                .map_err(|e| Error::Corrupt(format!("saved plan: {e}"))),
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

    /// Every event, in order.
    pub fn events(&self) -> Result<Vec<Envelope>> {
        let mut statement = self
            .conn
            .prepare("SELECT seq, at, id, body FROM events ORDER BY seq")?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut log = Vec::new();
        for row in rows {
            let (seq, at, id, body) = row?;
            let event: Event = serde_json::from_str(&body)
                .map_err(|e| Error::Corrupt(format!("event {seq}: {e}")))?;
            log.push(Envelope {
                seq: seq as u64,
                at,
                id,
                event,
            });
        }
        Ok(log)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Event;

    #[test]
    fn events_and_plan_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let plan = crate::domain::tests::plan();
        {
            let mut store = Store::open(dir.path()).unwrap();
            assert_eq!(store.plan().unwrap(), None);
            store.save_plan(&plan).unwrap();
            store
                .append(&[
                    Envelope {
                        seq: 1,
                        at: 10,
                        id: Some("a".into()),
                        event: Event::Started,
                    },
                    Envelope {
                        seq: 2,
                        at: 20,
                        id: None,
                        event: Event::CheckedIn {
                            device: "d".into(),
                            institution: None,
                        },
                    },
                ])
                .unwrap();
        }
        let store = Store::open_existing(dir.path()).unwrap();
        assert_eq!(store.plan().unwrap(), Some(plan));
        let log = store.events().unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].id.as_deref(), Some("a"));
        assert_eq!(
            log[1].event,
            Event::CheckedIn {
                device: "d".into(),
                institution: None
            }
        );
        assert!(store.integrity_ok().unwrap());
    }

    #[test]
    fn a_duplicate_seq_is_refused_and_nothing_of_the_batch_lands() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let started = Envelope {
            seq: 1,
            at: 1,
            id: None,
            event: Event::Started,
        };
        store.append(std::slice::from_ref(&started)).unwrap();
        let batch = [
            Envelope {
                seq: 2,
                ..started.clone()
            },
            started,
        ];
        assert!(store.append(&batch).is_err());
        assert_eq!(store.event_count().unwrap(), 1);
    }

    #[test]
    fn export_refuses_a_folder_without_a_log() {
        let dir = tempfile::tempdir().unwrap();
        let error = Store::open_existing(dir.path()).err().unwrap().to_string();
        assert!(error.contains("no assembly.db"), "{error}");
    }
}
