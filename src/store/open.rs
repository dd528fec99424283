//! Opening a record: a new one is built whole or not at all, and an
//! existing one is checked (header, tables, schema, plan, a log with no
//! gap) before anything is written to it.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{DRAFT, Error, Result, SCHEMA, Store};

/// The tables of a record, at version [`SCHEMA`].
const TABLES: &str = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE events (
         seq INTEGER PRIMARY KEY,
         at INTEGER NOT NULL,
         id TEXT,
         body TEXT NOT NULL
     );";

/// Why the log is not whole, if the event after `previous` is `next`
/// (`previous` is 0 at the start of the log).
pub(super) fn gap(previous: i64, next: i64) -> Option<String> {
    let expected = previous + 1;
    // The one test made per event on replay: nothing else until it fails.
    if next == expected {
        return None;
    }
    let missing = if next == expected + 1 {
        format!("event {expected} is missing")
    } else {
        format!("events {expected} to {} are missing", next - 1)
    };
    if next < expected {
        Some(format!("event {next} comes after event {previous}"))
    } else if previous == 0 {
        Some(format!("{missing}: the log starts at event {next}"))
    } else {
        Some(format!(
            "{missing}: the log goes from event {previous} to event {next}"
        ))
    }
}

impl Store {
    /// Build a complete empty record aside, then rename it into place.
    pub(super) fn create(dir: &Path, file: &Path) -> Result<()> {
        let draft = dir.join(DRAFT);
        for leftover in ["", "-journal", "-wal", "-shm"] {
            let path = dir.join(format!("{DRAFT}{leftover}"));
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Error::Dir(dir.to_path_buf(), e));
                }
                _ => {}
            }
        }
        let mut conn = Connection::open(&draft)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let tx = conn.transaction()?;
        tx.execute_batch(TABLES)?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('schema', ?1)",
            [SCHEMA.to_string()],
        )?;
        tx.commit()?;
        conn.close().map_err(|(_, e)| e)?;
        std::fs::rename(&draft, file).map_err(|e| Error::Dir(dir.to_path_buf(), e))?;
        // The rename itself must survive a power cut, or the next start
        // would see a new data dir where a record had begun.
        #[cfg(unix)]
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::Dir(dir.to_path_buf(), e))?;
        Ok(())
    }

    /// Open a file that exists and check it before anything is written.
    pub(super) fn existing(file: &Path, write: bool) -> Result<Store> {
        let not_a_record = |what: &str| Error::NotARecord {
            file: file.to_path_buf(),
            what: what.to_owned(),
        };
        let mut header = [0u8; 16];
        let read = std::fs::File::open(file)
            .and_then(|mut f| std::io::Read::read(&mut f, &mut header))
            .map_err(|e| Error::Dir(file.to_path_buf(), e))?;
        if read == 0 {
            return Err(not_a_record("the file is empty"));
        }
        if read < header.len() || &header != b"SQLite format 3\0" {
            return Err(not_a_record("it is not a SQLite database"));
        }
        let flags = if write {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        } else {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(file, flags)?;
        let mut store = Store {
            conn,
            file: file.to_path_buf(),
            new: false,
            legacy: Default::default(),
        };
        store.check(write).map_err(|e| store.classify(e))?;
        let upgraded = store.upgrade(write);
        upgraded.map_err(|e| store.classify(e))?;
        Ok(store)
    }

    /// Tables, schema, plan and a log with no gap; only then set up
    /// the connection for writing.
    fn check(&self, write: bool) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let tables: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'events')")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let has = |name: &str| tables.iter().any(|t| t == name);
        match (has("meta"), has("events")) {
            (true, true) => {}
            (false, false) => {
                return Err(Error::NotARecord {
                    file: self.file.clone(),
                    what: "it holds none of the tables of a record".into(),
                });
            }
            (true, false) => return Err(self.damaged("the table of events is missing")),
            (false, true) => {
                return Err(self.damaged("the table of the plan and settings (meta) is missing"));
            }
        }
        // None: written by a version that set it after making the tables
        // (`upgrade` sets it).
        if let Some(v) = self.meta("schema")? {
            let v: i64 = v
                .parse()
                .map_err(|_| self.damaged("the schema version does not read"))?;
            if v > SCHEMA {
                return Err(Error::Newer(v));
            }
        }
        let (count, first, last): (i64, i64, i64) = self.conn.query_row(
            // Three subqueries, so SQLite answers MIN and MAX from the
            // ends of the index and COUNT from its own fast path (a few
            // ms for 200,000 events, not one scan of every row).
            "SELECT (SELECT COUNT(*) FROM events), (SELECT COALESCE(MIN(seq), 0) FROM events),
                    (SELECT COALESCE(MAX(seq), 0) FROM events)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if count > 0 && (first != 1 || last != count) {
            return Err(self.damaged(&self.first_gap()?));
        }
        if count > 0 && self.meta("plan")?.is_none() {
            return Err(self.damaged(&format!("it holds {count} changes but no plan")));
        }
        if write {
            self.conn.pragma_update(None, "journal_mode", "WAL")?;
            self.conn.pragma_update(None, "synchronous", "FULL")?;
        }
        Ok(())
    }

    /// Describe the first break in the log (only called once one is known).
    fn first_gap(&self) -> Result<String> {
        let mut statement = self.conn.prepare("SELECT seq FROM events ORDER BY seq")?;
        let mut previous = 0;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let seq: i64 = row.get(0)?;
            if let Some(what) = gap(previous, seq) {
                return Ok(what);
            }
            previous = seq;
        }
        Ok("events are missing".into())
    }

    /// SQLite's own word that the file is not a database, or is malformed,
    /// said as a person needs it.
    fn classify(&self, e: Error) -> Error {
        match e {
            Error::Sqlite(rusqlite::Error::SqliteFailure(code, _))
                if code.code == ErrorCode::NotADatabase =>
            {
                Error::NotARecord {
                    file: self.file.clone(),
                    what: "it is not a SQLite database".into(),
                }
            }
            Error::Sqlite(rusqlite::Error::SqliteFailure(code, detail))
                if code.code == ErrorCode::DatabaseCorrupt =>
            {
                self.damaged(&detail.unwrap_or_else(|| "SQLite finds it malformed".into()))
            }
            e => e,
        }
    }
}
