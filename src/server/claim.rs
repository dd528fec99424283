//! One server per data dir. A server claims the dir with an OS advisory
//! lock on `DIR/assembly.lock`, held until the process ends, and writes its
//! pid and address into that file, so a second `serve` stops before it
//! writes anything and can say which server holds the dir. The OS drops
//! the lock with the process, so a crashed server never blocks a restart.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::net::SocketAddr;
use std::path::Path;

/// The lock file inside the data dir. Never deleted: a server that
/// deleted it on the way out could let two later servers lock two files.
pub const FILE: &str = "assembly.lock";

/// The data dir, held by this server for as long as the value lives.
pub struct Claim {
    file: File,
}

impl Claim {
    /// Take the data dir, or say which server holds it.
    pub fn take(dir: &Path) -> Result<Claim, String> {
        let cannot = |e: std::io::Error| format!("cannot use the data dir {}: {e}", dir.display());
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
            Err(TryLockError::WouldBlock) => return Err(in_use(dir, &mut file)),
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

/// The message for a second `serve`: which server holds the dir, and what
/// to do.
fn in_use(dir: &Path, file: &mut File) -> String {
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    let holder = match (field("pid"), field("address")) {
        (Some(pid), Some(addr)) => format!("pid {pid}, listening on http://{addr}"),
        (Some(pid), None) => format!("pid {pid}, starting up"),
        _ => "starting up".to_owned(),
    };
    let stop = match field("pid") {
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
        let said = Claim::take(dir.path()).err().expect("the dir is held");
        let pid = std::process::id();
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
