//! The venue's gate for the changes relays forward. A relay's NATS password
//! sits on a public machine, so each request is checked as a phone's own
//! would be: the device's signed cookie (a relay cannot sign one), the join
//! rate for new phones per phone address and per relay connection, a
//! deadline past which the relay has told the phone to try again, and a
//! request id bound to its one change.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, MonotonicClock};
use sha2::{Digest, Sha256};

use super::{Change, Reply, Request};
use crate::domain::Command;
use crate::domain::state::Why;
use crate::web::{Devices, JoinRate};

/// How long a request id is remembered with its change: well past any
/// deadline a relay may set, so a retry is always recognised.
const REMEMBER: Duration = Duration::from_secs(120);
/// Request ids remembered at most; past this, new ones wait.
const REMEMBERED: usize = 200_000;
/// The furthest deadline a relay may ask for.
const LONGEST_WAIT: Duration = Duration::from_secs(30);
/// New phones one relay connection may bring, as a multiple of the join
/// rate per address: a hall's worth of phones, not a script's.
const PER_RELAY: u32 = 10;
/// New phones all relays together may bring, as a multiple of the join
/// rate: a hostile client can name any inbox and any phone address, not
/// get past this.
const ALL_RELAYS: u32 = 50;

/// A forwarded change, checked: what the hub commits, under which
/// idempotency key, and the device cookie the phone keeps.
#[derive(Debug)]
pub struct Checked {
    pub command: Command,
    pub key: String,
    pub device: Option<String>,
}

pub struct Gate<C: Clock = MonotonicClock> {
    devices: Devices,
    per_phone: JoinRate<C>,
    per_relay: JoinRate<C>,
    all_relays: JoinRate<C>,
    /// Request id -> the digest of its change, and when it was first seen.
    recent: Mutex<HashMap<String, (String, Instant)>>,
}

impl Gate {
    /// `join_rate`: the venue's `--join-rate` (0 lifts it, as for its own phones).
    pub fn new(devices: Devices, join_rate: u32) -> Gate {
        Gate::with_clock(devices, join_rate, MonotonicClock)
    }
}

impl<C: Clock + Clone> Gate<C> {
    /// The same, with the join rates on `clock` (tests pass a fake one).
    pub fn with_clock(devices: Devices, join_rate: u32, clock: C) -> Gate<C> {
        Gate {
            devices,
            per_phone: JoinRate::with_clock(join_rate, clock.clone()),
            per_relay: JoinRate::with_clock(join_rate.saturating_mul(PER_RELAY), clock.clone()),
            all_relays: JoinRate::with_clock(join_rate.saturating_mul(ALL_RELAYS), clock),
            recent: Mutex::default(),
        }
    }

    /// Check `request` received at `now_ms` (the venue's clock), from the
    /// relay connection whose reply inbox is `inbox`.
    pub fn check(&self, request: Request, inbox: &str, now_ms: u64) -> Result<Checked, Reply> {
        if request.deadline < now_ms {
            return Err(Reply::Denied {
                message: format!(
                    "the change arrived {} ms after its deadline: the relay has told the phone \
                     to try again, so it was not applied",
                    now_ms - request.deadline
                ),
            });
        }
        if request.deadline > now_ms + LONGEST_WAIT.as_millis() as u64 {
            return Err(Reply::Denied {
                message: format!(
                    "the change's deadline is more than {} s away: a relay waits {} s at most \
                     (is the relay's clock right?)",
                    LONGEST_WAIT.as_secs(),
                    super::FORWARD_WAIT.as_secs()
                ),
            });
        }
        let digest = digest(&request);
        // Only a change that passes its checks is remembered: forged ones
        // cannot crowd out the ids of true phones.
        let retry = self.seen(&request.id, &digest)?;
        let key = format!("relay-{digest}");
        match request.change {
            Change::CheckIn {
                device: Some(cookie),
                institution,
            } => {
                let Some(device) = self.devices.verify(&cookie) else {
                    return Err(Reply::UnknownDevice);
                };
                self.remember(&request.id, &digest)?;
                Ok(Checked {
                    device: Some(self.devices.cookie_value(&device)),
                    command: Command::CheckIn {
                        device,
                        institution,
                    },
                    key,
                })
            }
            Change::CheckIn {
                device: None,
                institution,
            } => {
                // A retry was counted when it first came.
                let phone = request.client.unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED));
                let welcome = retry
                    || (self.per_phone.allow(phone)
                        && self.per_relay.allow(connection(inbox))
                        && self.all_relays.allow(IpAddr::V6(Ipv6Addr::LOCALHOST)));
                if !welcome {
                    return Err(Reply::Denied {
                        message: "too many new phones at once from this network or relay: \
                                  try again in a few seconds"
                            .into(),
                    });
                }
                self.remember(&request.id, &digest)?;
                let (device, cookie) = self.devices.issue_for(&digest);
                Ok(Checked {
                    command: Command::CheckIn {
                        device,
                        institution,
                    },
                    key,
                    device: Some(cookie),
                })
            }
            Change::Pledge {
                device: cookie,
                pledge,
                yes,
            } => {
                let Some(device) = self.devices.verify(&cookie) else {
                    return Err(Reply::Refused {
                        why: Why::NotCheckedIn,
                    });
                };
                self.remember(&request.id, &digest)?;
                Ok(Checked {
                    command: Command::Pledge {
                        device,
                        pledge,
                        yes,
                    },
                    key,
                    device: None,
                })
            }
        }
    }

    /// Whether `id` came before: `Ok(true)` with the same change (a
    /// retry), `Ok(false)` never, refused when it came with another change.
    fn seen(&self, id: &str, digest: &str) -> Result<bool, Reply> {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        match recent.get(id) {
            None => Ok(false),
            Some((known, _)) if known == digest => Ok(true),
            Some(_) => Err(Reply::Denied {
                message: format!(
                    "the request id \"{}\" was already used for another change: nothing was applied",
                    id.chars().take(64).collect::<String>()
                ),
            }),
        }
    }

    /// Bind `id` to `digest` for `REMEMBER`.
    fn remember(&self, id: &str, digest: &str) -> Result<(), Reply> {
        let now = Instant::now();
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        if recent.contains_key(id) {
            return Ok(());
        }
        if recent.len() >= REMEMBERED {
            recent.retain(|_, (_, at)| now.duration_since(*at) < REMEMBER);
            if recent.len() >= REMEMBERED {
                return Err(Reply::Unavailable {
                    message: "the venue is taking too many changes at once: try again in a moment"
                        .into(),
                });
            }
        }
        recent.insert(id.to_owned(), (digest.to_owned(), now));
        Ok(())
    }
}

/// The request id with its change and phone address, hashed: the hub's
/// idempotency key, so an id never stands for two different changes.
fn digest(request: &Request) -> String {
    let change = serde_json::to_vec(&request.change).expect("a change serializes");
    let mut hash = Sha256::new();
    for part in [
        request.id.as_bytes(),
        &change,
        request
            .client
            .map(|c| c.to_string())
            .unwrap_or_default()
            .as_bytes(),
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    crate::web::hex(&hash.finalize()[..16])
}

/// A relay connection as an address `JoinRate` counts by: its reply inbox
/// (`_INBOX.<connection>.<request>`) without the last part, hashed into
/// the network half of an IPv6 address.
fn connection(inbox: &str) -> IpAddr {
    let prefix = inbox.rsplit_once('.').map_or(inbox, |(prefix, _)| prefix);
    let hash = Sha256::digest(prefix.as_bytes());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&hash[..8]);
    IpAddr::V6(Ipv6Addr::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: &str, change: Change, deadline: u64) -> Request {
        Request {
            id: id.into(),
            change,
            deadline,
            client: Some("203.0.113.9".parse().unwrap()),
            seal: None,
        }
    }

    fn check_in(device: Option<&str>, institution: &str) -> Change {
        Change::CheckIn {
            device: device.map(str::to_owned),
            institution: Some(institution.into()),
        }
    }

    #[test]
    fn a_forwarded_device_must_be_one_the_venue_signed() {
        let devices = Devices::new(b"venue secret");
        let gate = Gate::new(devices.clone(), 0);
        let now = 1_000_000;
        let other = Devices::new(b"another secret").issue().1;
        let (id, _) = devices.issue();
        let bare_id = id.clone();
        let no_mac = format!("{id}.");
        for (n, forged) in ["admin", "../../", &bare_id, &no_mac, &other]
            .into_iter()
            .enumerate()
        {
            let answer = gate.check(
                request(&format!("r{n}"), check_in(Some(forged), "aru"), now + 5000),
                "_INBOX.a.1",
                now,
            );
            assert!(
                matches!(answer, Err(Reply::UnknownDevice)),
                "{forged}: {answer:?}"
            );
            let answer = gate.check(
                request(
                    &format!("p{n}"),
                    Change::Pledge {
                        device: forged.into(),
                        pledge: "p".into(),
                        yes: true,
                    },
                    now + 5000,
                ),
                "_INBOX.a.1",
                now,
            );
            assert!(matches!(answer, Err(Reply::Refused { .. })), "{answer:?}");
        }
        let cookie = devices.cookie_value(&id);
        let checked = gate
            .check(
                request("ok", check_in(Some(&cookie), "aru"), now + 5000),
                "_INBOX.a.1",
                now,
            )
            .unwrap();
        assert!(
            matches!(&checked.command, Command::CheckIn { device, .. } if *device == id),
            "{checked:?}"
        );
    }

    #[test]
    fn a_change_past_its_deadline_is_never_applied() {
        let gate = Gate::new(Devices::new(b"s"), 0);
        let answer = gate.check(
            request("late", check_in(None, "aru"), 999),
            "_INBOX.a.1",
            1000,
        );
        assert!(matches!(answer, Err(Reply::Denied { .. })), "{answer:?}");
    }

    #[test]
    fn a_request_id_is_bound_to_its_change() {
        let gate = Gate::new(Devices::new(b"s"), 0);
        let now = 1_000_000;
        let first = gate
            .check(
                request("r1", check_in(None, "aru"), now + 5000),
                "_INBOX.a.1",
                now,
            )
            .unwrap();
        // The same again (a retry): the same device and key.
        let again = gate
            .check(
                request("r1", check_in(None, "aru"), now + 5000),
                "_INBOX.a.2",
                now,
            )
            .unwrap();
        assert_eq!((&first.key, &first.device), (&again.key, &again.device));
        let other = gate.check(
            request("r1", check_in(None, "gurdwara"), now + 5000),
            "_INBOX.a.3",
            now,
        );
        assert!(matches!(other, Err(Reply::Denied { .. })), "{other:?}");
    }

    #[test]
    fn new_phones_through_one_relay_are_bounded() {
        let gate = Gate::new(Devices::new(b"s"), 1);
        let now = 1_000_000;
        let taken = (0..1000)
            .filter(|n| {
                let mut r = request(&format!("r{n}"), check_in(None, "aru"), now + 5000);
                // Each from an address of its own, as a forger would say.
                r.client = Some(IpAddr::from([10, 0, (n / 256) as u8, (n % 256) as u8]));
                gate.check(r, &format!("_INBOX.relay.{n}"), now).is_ok()
            })
            .count();
        assert!((100..=110).contains(&taken), "{taken}");
    }

    #[test]
    fn new_phones_through_all_relays_are_bounded_whatever_they_claim() {
        // A clock that stands still: the bound is the burst, however
        // slowly a loaded machine runs the loop.
        let clock = governor::clock::FakeRelativeClock::default();
        let gate = Gate::with_clock(Devices::new(b"s"), 1, clock);
        let now = 1_000_000;
        let taken = (0..3000)
            .filter(|n| {
                let mut r = request(&format!("r{n}"), check_in(None, "aru"), now + 5000);
                r.client = Some(IpAddr::from([
                    10,
                    (n / 65536) as u8,
                    (n / 256) as u8,
                    *n as u8,
                ]));
                // A new inbox each time, as a hostile client may name.
                gate.check(r, &format!("_INBOX.c{n}.1"), now).is_ok()
            })
            .count();
        // All relays together: a burst of 500 and no more.
        assert!((100..=500).contains(&taken), "{taken}");
    }

    #[test]
    fn a_forged_change_does_not_take_a_request_id() {
        let devices = Devices::new(b"s");
        let gate = Gate::new(devices.clone(), 0);
        let now = 1_000_000;
        let forged = gate.check(
            request("r1", check_in(Some("admin"), "aru"), now + 5000),
            "_INBOX.a.1",
            now,
        );
        assert!(matches!(forged, Err(Reply::UnknownDevice)), "{forged:?}");
        let cookie = devices.issue().1;
        let real = gate.check(
            request("r1", check_in(Some(&cookie), "aru"), now + 5000),
            "_INBOX.a.1",
            now,
        );
        assert!(real.is_ok(), "{real:?}");
    }
}
