//! The link between the venue's primary and public relays, over NATS
//! JetStream: the primary is the one writer, relays follow its log.
//!
//! - The stream `ASSEMBLY_<ID>` keeps, on `assembly.<ID>.log.base`, the
//!   plan the record begins with (never the device secret: relays do not
//!   sign devices, the venue does), then on
//!   `assembly.<ID>.log.event` every committed event, in order, in batch
//!   messages of consecutive events (up to 512 or 256 KiB each; see
//!   `primary`, and `published` for how a relay reads them and the
//!   one-event messages of older primaries).
//! - Relays send the audience's changes on `assembly.<ID>.audience` (core
//!   request/reply, outside the stream) and the primary answers once the
//!   change is durable; the same request id never applies twice. The
//!   primary checks each as it checks a phone's own (see `primary`): the
//!   device's signed cookie, the join rate per phone address, a deadline.
//! - NATS users keep the roles apart (scripts/deploy/nats-server.conf): a
//!   relay may read the stream and ask; only the venue writes.
//! - The primary says it is alive on `assembly.<ID>.alive` every second or
//!   two; a relay that stops hearing it shows "reconnecting to the hall"
//!   and sends nothing (see `relay`).

pub mod answer;
pub mod forward;
pub mod primary;
mod published;
pub mod relay;
mod retry;
pub mod seal;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain::Plan;
use crate::domain::state::Why;

/// How to reach NATS: the URL and the credentials, as NATS clients take them.
#[derive(Debug, Clone, clap::Args)]
pub struct NatsOptions {
    /// The NATS server(s) to link through, e.g. nats://127.0.0.1:4222 or
    /// tls://nats.example.org:4222 (comma-separated for a cluster); user
    /// and password may be in the URL.
    #[arg(long, env = "ASSEMBLY_NATS", value_name = "URL")]
    pub nats: Option<String>,
    /// A NATS credentials file (.creds: a user JWT and its nkey seed).
    #[arg(long, env = "ASSEMBLY_NATS_CREDS", value_name = "FILE")]
    pub nats_creds: Option<PathBuf>,
    /// A NATS user name (with --nats-password).
    #[arg(long, env = "ASSEMBLY_NATS_USER")]
    pub nats_user: Option<String>,
    #[arg(long, env = "ASSEMBLY_NATS_PASSWORD", hide_env_values = true)]
    pub nats_password: Option<String>,
    /// A NATS token.
    #[arg(long, env = "ASSEMBLY_NATS_TOKEN", hide_env_values = true)]
    pub nats_token: Option<String>,
    /// A CA certificate (PEM) to trust for tls:// NATS servers.
    #[arg(long, env = "ASSEMBLY_NATS_CA", value_name = "FILE")]
    pub nats_ca: Option<PathBuf>,
}

/// The subjects and stream of one assembly.
#[derive(Debug, Clone)]
pub struct Names {
    pub id: String,
}

impl Names {
    pub fn new(id: &str) -> Names {
        Names { id: id.to_owned() }
    }

    pub fn stream(&self) -> String {
        format!("ASSEMBLY_{}", self.id)
    }

    /// Everything the stream keeps.
    pub fn log(&self) -> String {
        format!("assembly.{}.log.>", self.id)
    }

    pub fn base(&self) -> String {
        format!("assembly.{}.log.base", self.id)
    }

    pub fn event(&self) -> String {
        format!("assembly.{}.log.event", self.id)
    }

    pub fn audience(&self) -> String {
        format!("assembly.{}.audience", self.id)
    }

    pub fn alive(&self) -> String {
        format!("assembly.{}.alive", self.id)
    }
}

/// `url` (servers, comma-separated) without any `user:password@`: what a
/// relay is told to connect to, with credentials of its own.
pub fn without_credentials(url: &str) -> String {
    url.split(',')
        .map(|server| {
            let server = server.trim();
            match (server.split_once("://"), server.rfind('@')) {
                (Some((scheme, _)), Some(at)) => format!("{scheme}://{}", &server[at + 1..]),
                (None, Some(at)) => server[at + 1..].to_owned(),
                _ => server.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The `user:password@` of the first server in `url` that has one,
/// percent-decoded as URLs carry them. The NATS client does not take them
/// from the address itself, so they are handed to it as options.
pub fn url_credentials(url: &str) -> Option<(String, String)> {
    url.split(',').find_map(|server| {
        let server = server.trim();
        let rest = server.split_once("://").map_or(server, |(_, rest)| rest);
        let authority = rest.split('/').next().unwrap_or(rest);
        let (userinfo, _) = authority.rsplit_once('@')?;
        let (user, password) = userinfo.split_once(':')?;
        Some((percent_decoded(user)?, percent_decoded(password)?))
    })
}

fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Longest assembly id.
const ID_MAX: usize = 64;

/// An assembly id names NATS subjects and a stream: letters, digits, `-`
/// and `_` only.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty()
        || id.len() > ID_MAX
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "the assembly id \"{id}\" cannot name a NATS stream: use 1 to {ID_MAX} letters \
             (a-z, A-Z), digits, - or _, such as town-hall-2026"
        ));
    }
    Ok(())
}

/// How the primary's link to its relays stands, for `/healthz`.
#[derive(Debug, Default)]
pub struct Status {
    /// The last event's `seq` the stream has from this primary.
    pub published: std::sync::atomic::AtomicU64,
    /// NATS answered the last publish or look-up.
    pub linked: std::sync::atomic::AtomicBool,
    /// Why relays are not fed, when it is more than NATS being away: the
    /// stream holds an event this record does not, for one.
    pub reason: std::sync::Mutex<Option<String>>,
}

impl Status {
    /// `{"linked": bool, "published": seq}`, and `reason` when relays are
    /// not fed for a reason someone must act on.
    pub fn json(&self) -> serde_json::Value {
        use std::sync::atomic::Ordering::Relaxed;
        let mut json = serde_json::json!({
            "linked": self.linked.load(Relaxed),
            "published": self.published.load(Relaxed),
        });
        if let Some(reason) = &*self.reason.lock().unwrap_or_else(|p| p.into_inner()) {
            json["linked"] = false.into();
            json["reason"] = reason.clone().into();
        }
        json
    }

    /// Relays are not fed, for `reason`: said in the log and in `/healthz`.
    pub fn stop(&self, reason: String) {
        tracing::error!("relays are no longer fed: {reason}");
        self.linked
            .store(false, std::sync::atomic::Ordering::Relaxed);
        *self.reason.lock().unwrap_or_else(|p| p.into_inner()) = Some(reason);
    }
}

/// The first message of the stream: what a relay needs before any event.
/// Every relay reads it, so it holds nothing secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Base {
    /// The plan the record begins with (plan changes are events).
    pub plan: Plan,
}

/// A phone's change, forwarded by a relay.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// The idempotency key: a retry with the same id never counts twice,
    /// and the id is bound to its change (another change under it is refused).
    pub id: String,
    pub change: Change,
    /// The last moment the change may be applied, in milliseconds since
    /// the epoch on the venue's clock (as the relay reckons it from the
    /// heartbeats): the relay has told the phone "try again" by then.
    pub deadline: u64,
    /// The phone's address as the relay saw it: new phones are counted
    /// against the venue's join rate per address.
    pub client: Option<std::net::IpAddr>,
    /// A fresh key of the asking relay's: a device cookie in the answer is
    /// sealed with it (see `seal`), so relays listening on each other's
    /// inboxes learn nothing they could use. Without it, no cookie is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
}

/// The changes a relay may forward: the audience's, never the chair's.
/// `device` is the phone's cookie value (`ID.MAC`) as it sent it: only the
/// venue can check the MAC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    CheckIn {
        /// `None` for a new phone: the venue issues its device.
        device: Option<String>,
        institution: Option<String>,
    },
    Pledge {
        device: String,
        pledge: String,
        yes: bool,
    },
}

/// The primary's answer to a forwarded change.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// Durable in the primary's log (when `applied`) at `seq`; for a
    /// check-in, `device` is the cookie value (`ID.MAC`) the phone keeps.
    Done {
        seq: u64,
        applied: bool,
        #[serde(default)]
        device: Option<String>,
    },
    /// The domain refused it; the code says why.
    Refused { why: Why },
    /// A check-in's device cookie is not one the venue signed: the relay
    /// may check the phone in again as a new one.
    UnknownDevice,
    /// Not applied, and never will be: past its deadline, too many new
    /// phones, or a request id reused for another change.
    Denied { message: String },
    /// The primary cannot take changes now.
    Unavailable { message: String },
}

/// The primary's heartbeat.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alive {
    pub seq: u64,
    /// The venue's clock (ms since the epoch) when it was sent: relays
    /// state a forwarded change's deadline on it.
    #[serde(default)]
    pub at: u64,
    /// The earlier commitments of the power-holders the plan's report-back
    /// items name, as the hall recalls them from its home: relays show
    /// them as the hall does (they are not in the log).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recall: Vec<crate::domain::state::Earlier>,
    /// The `seq` up to which `recall` holds the report-backs made here.
    #[serde(default)]
    pub recall_seq: u64,
}

/// How long a relay's phone waits for a forwarded change: past this the
/// venue drops it unapplied, and the phone is told to try again.
pub const FORWARD_WAIT: Duration = Duration::from_secs(5);

/// Most changes a relay sends in one request (an array): 256 check-ins
/// are about 60 KB, well under NATS's message limit.
pub const MOST_AT_ONCE: usize = 256;

/// How often the primary says it is alive...
pub const ALIVE_EVERY: Duration = Duration::from_millis(1000);
/// ...and how long a relay waits without hearing it before it says the
/// hall is out of reach.
pub const ALIVE_WITHIN: Duration = Duration::from_secs(4);

/// Why `connect` failed: the operator's settings (fix them and start
/// again) or the network (NATS is down or unreachable).
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("cannot read the NATS credentials {}: {source}", path.display())]
    Credentials {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("give both --nats-user and --nats-password, or neither")]
    HalfUser,
    #[error("cannot reach NATS at {url}: {source}")]
    Unreachable {
        url: String,
        source: async_nats::ConnectError,
    },
}

/// For the commands that only show the message (`serve`, `relay`).
impl From<ConnectError> for String {
    fn from(error: ConnectError) -> String {
        error.to_string()
    }
}

/// Connect to NATS; with `retry`, return at once and keep trying in the
/// background (the primary never waits for the internet).
pub async fn connect(
    options: &NatsOptions,
    url: &str,
    name: &str,
    retry: bool,
) -> Result<async_nats::Client, ConnectError> {
    let mut connect = async_nats::ConnectOptions::new()
        .name(name)
        .request_timeout(Some(Duration::from_secs(3)))
        .connection_timeout(Duration::from_secs(3))
        .max_reconnects(None);
    if let Some(path) = &options.nats_creds {
        connect =
            connect
                .credentials_file(path)
                .await
                .map_err(|source| ConnectError::Credentials {
                    path: path.clone(),
                    source,
                })?;
    }
    match (&options.nats_user, &options.nats_password) {
        (Some(user), Some(password)) => {
            connect = connect.user_and_password(user.clone(), password.clone());
        }
        // `nats://user:password@host`, as the README's examples write it.
        (None, None) => {
            if let Some((user, password)) = url_credentials(url) {
                connect = connect.user_and_password(user, password);
            }
        }
        _ => return Err(ConnectError::HalfUser),
    }
    if let Some(token) = &options.nats_token {
        connect = connect.token(token.clone());
    }
    if let Some(ca) = &options.nats_ca {
        connect = connect.add_root_certificates(ca.clone());
    }
    if retry {
        connect = connect.retry_on_initial_connect();
    }
    // Several servers of a cluster, comma-separated, as NATS tools take them.
    let servers: Vec<String> = without_credentials(url)
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    connect
        .connect(servers)
        .await
        .map_err(|source| ConnectError::Unreachable {
            url: url.to_owned(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nats(user: Option<&str>, creds: Option<PathBuf>) -> NatsOptions {
        NatsOptions {
            nats: None,
            nats_creds: creds,
            nats_user: user.map(str::to_owned),
            nats_password: None,
            nats_token: None,
            nats_ca: None,
        }
    }

    /// Settings the operator must fix are a kind of their own, apart from
    /// NATS being out of reach; the messages stay as people read them.
    #[tokio::test]
    async fn connect_says_which_kind_of_failure() {
        let url = "nats://127.0.0.1:1";
        let error = connect(&nats(Some("u"), None), url, "test", false)
            .await
            .unwrap_err();
        assert!(matches!(error, ConnectError::HalfUser), "{error:?}");
        assert_eq!(
            error.to_string(),
            "give both --nats-user and --nats-password, or neither"
        );
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.creds");
        let error = connect(&nats(None, Some(missing.clone())), url, "test", false)
            .await
            .unwrap_err();
        assert!(
            matches!(error, ConnectError::Credentials { .. }),
            "{error:?}"
        );
        let prefix = format!("cannot read the NATS credentials {}: ", missing.display());
        assert!(error.to_string().starts_with(&prefix), "{error}");
        let error = connect(&nats(None, None), url, "test", false)
            .await
            .unwrap_err();
        assert!(
            matches!(error, ConnectError::Unreachable { .. }),
            "{error:?}"
        );
        assert!(
            error
                .to_string()
                .starts_with("cannot reach NATS at nats://127.0.0.1:1: "),
            "{error}"
        );
    }

    #[test]
    fn an_assembly_id_must_name_a_stream() {
        for good in ["a1b2c3", "town-hall_2026", &"x".repeat(ID_MAX)] {
            assert_eq!(check_id(good), Ok(()), "{good}");
        }
        for bad in ["", "a.b", "a b", "a*", "a>", "ünï", &"x".repeat(ID_MAX + 1)] {
            let error = check_id(bad).unwrap_err();
            assert!(
                error.contains("--assembly") || error.contains("letters"),
                "{error}"
            );
        }
    }

    #[test]
    fn the_relay_command_never_carries_the_venues_password() {
        assert_eq!(
            without_credentials("nats://venue:s3cret@cloud.example.org:4222"),
            "nats://cloud.example.org:4222"
        );
        assert_eq!(
            without_credentials("tls://a:b@n1:4222, tls://n2:4222"),
            "tls://n1:4222,tls://n2:4222"
        );
        assert_eq!(without_credentials("u:p@host:4222"), "host:4222");
    }

    #[test]
    fn requests_are_outside_the_stream_and_the_log_is_inside() {
        let names = Names::new("hall");
        let inside = |subject: &str| subject.starts_with("assembly.hall.log.");
        assert!(inside(&names.base()) && inside(&names.event()));
        assert!(!inside(&names.audience()) && !inside(&names.alive()));
        assert_eq!(names.log(), "assembly.hall.log.>");
        assert_eq!(names.stream(), "ASSEMBLY_hall");
    }

    #[test]
    fn a_refusal_travels_with_its_code_and_values() {
        let why = Why::NoSuchInstitution {
            institution: "nowhere".into(),
        };
        let json = serde_json::to_string(&Reply::Refused { why: why.clone() }).unwrap();
        match serde_json::from_str::<Reply>(&json).unwrap() {
            Reply::Refused { why: back } => assert_eq!(back, why),
            other => panic!("{other:?}"),
        }
        let request = Request {
            id: "r1".into(),
            change: Change::Pledge {
                device: "d".into(),
                pledge: "p".into(),
                yes: true,
            },
            deadline: 1,
            client: None,
            seal: None,
        };
        let json = serde_json::to_string(&request).unwrap();
        assert!(json.contains(r#""type":"pledge""#), "{json}");
        let back: Request = serde_json::from_str(&json).unwrap();
        assert_eq!(back.id, "r1");
    }

    #[test]
    fn credentials_in_the_address_are_read_and_decoded() {
        assert_eq!(
            url_credentials("nats://venue:s3cret@cloud.example.org:4222"),
            Some(("venue".into(), "s3cret".into()))
        );
        assert_eq!(
            url_credentials("tls://n1:4222, tls://relay:p%40ss%3Aw@n2:4222"),
            Some(("relay".into(), "p@ss:w".into()))
        );
        assert_eq!(url_credentials("nats://127.0.0.1:4222"), None);
        assert_eq!(url_credentials("nats://token@host:4222"), None);
        assert_eq!(url_credentials("nats://u:%zz@host"), None);
    }
}
