//! One server per data dir. A server claims the dir with an OS advisory
//! lock on `DIR/assembly.lock`, held until the process ends, and writes its
//! pid and address into that file, so a second `serve` stops before it
//! writes anything and can say which server holds the dir. The OS drops
//! the lock with the process, so a crashed server never blocks a restart.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The lock file inside the data dir. Never deleted: a server that
/// deleted it on the way out could let two later servers lock two files.
pub const FILE: &str = "assembly.lock";

/// The data dir, held by this server for as long as the value lives.
pub struct Claim {
    file: File,
}

impl Claim {
    /// Take the data dir, or say which server holds it.
    pub fn take(dir: &Path) -> Result<Claim, ClaimError> {
        let cannot = |source| ClaimError::Dir {
            dir: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(cannot)?;
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(FILE))
            .map_err(cannot)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(held_by(dir, &mut file)),
            Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                tracing::warn!(
                    "this file system cannot lock {}: make sure only one server uses it",
                    dir.display()
                );
            }
            Err(TryLockError::Error(e)) => return Err(cannot(e)),
        }
        let mut claim = Claim { file };
        claim.file.set_len(0).map_err(cannot)?;
        claim.write(None).map_err(cannot)?;
        Ok(claim)
    }

    /// Say where this server listens, for a second `serve` to name it.
    pub fn announce(&mut self, local: SocketAddr) -> std::io::Result<()> {
        self.write(Some(local))
    }

    /// Each write only extends the last one, so a reader never sees
    /// another server's pid half overwritten.
    fn write(&mut self, local: Option<SocketAddr>) -> std::io::Result<()> {
        let mut text = format!("pid={}\n", std::process::id());
        if let Some(local) = local {
            text.push_str(&format!("address={local}\n"));
        }
        self.file.seek(SeekFrom::Start(0))?;
        self.file.write_all(text.as_bytes())?;
        self.file.flush()
    }
}

/// Why the data dir could not be claimed: another server holds it (go on
/// with that one), or the dir itself cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    #[error("{}", in_use(dir, pid.as_deref(), address.as_deref()))]
    InUse {
        dir: PathBuf,
        /// The holder's pid and address as it wrote them, if it had yet.
        pid: Option<String>,
        address: Option<String>,
    },
    #[error("cannot use the data dir {}: {source}", dir.display())]
    Dir {
        dir: PathBuf,
        source: std::io::Error,
    },
}

/// For `serve`, which only shows the message.
impl From<ClaimError> for String {
    fn from(error: ClaimError) -> String {
        error.to_string()
    }
}

/// Which server holds the dir, as it wrote itself into the lock file.
fn held_by(dir: &Path, file: &mut File) -> ClaimError {
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    ClaimError::InUse {
        dir: dir.to_path_buf(),
        pid: field("pid"),
        address: field("address"),
    }
}

/// The message for a second `serve`: which server holds the dir, and what
/// to do.
fn in_use(dir: &Path, pid: Option<&str>, address: Option<&str>) -> String {
    let holder = match (pid, address) {
        (Some(pid), Some(addr)) => format!("pid {pid}, listening on http://{addr}"),
        (Some(pid), None) => format!("pid {pid}, starting up"),
        _ => "starting up".to_owned(),
    };
    let stop = match pid {
        Some(pid) => format!("Ctrl-C where it runs, or `kill {pid}`"),
        None => "Ctrl-C where it runs".to_owned(),
    };
    format!(
        "the data dir {dir} is in use by another assembly server ({holder}).\n\
         Nothing was changed. Only one server may use a data dir: go on with that one, \
         or stop it first ({stop}). To run another assembly, give it its own data dir: \
         --data NEW_DIR.",
        dir = dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_names_the_first_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Claim::take(dir.path()).unwrap();
        first.announce("127.0.0.1:4321".parse().unwrap()).unwrap();
        let before = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        let error = Claim::take(dir.path()).err().expect("the dir is held");
        let pid = std::process::id();
        assert!(
            matches!(&error, ClaimError::InUse { pid: Some(p), address: Some(a), .. }
                if *p == pid.to_string() && a == "127.0.0.1:4321"),
            "{error:?}"
        );
        let said = error.to_string();
        assert!(
            said.contains(&format!("pid {pid}, listening on http://127.0.0.1:4321")),
            "{said}"
        );
        assert!(said.contains("Nothing was changed"), "{said}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(FILE)).unwrap(),
            before
        );
        drop(first);
        Claim::take(dir.path()).expect("free again once the first is gone");
    }
}
