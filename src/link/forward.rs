//! A relay forwards the audience's changes to the venue over NATS
//! request/reply: with the phone's cookie and address for the venue to
//! check, and a deadline on the venue's clock, so a change the phone was
//! told to try again never counts later.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Change, FORWARD_WAIT, Names, Reply, Request};
use crate::domain::state::Why;
use crate::domain::{Command, Refusal};
use crate::hub::{Origin, Outcome, Rejection, Upstream};

/// Forwards the audience's changes to the primary over NATS request/reply.
pub struct NatsUpstream {
    pub client: async_nats::Client,
    pub names: Names,
    /// The venue's clock ahead of this one, from its heartbeats.
    pub clock: VenueClock,
}

/// How long past a change's deadline its answer is still awaited: an
/// answer the venue sent in time is still on its way.
const ANSWER_GRACE: Duration = Duration::from_millis(1500);

impl Upstream for NatsUpstream {
    fn forward(
        &self,
        command: Command,
        id: String,
        origin: Origin,
    ) -> Pin<Box<dyn Future<Output = Result<Outcome, Rejection>> + Send>> {
        let client = self.client.clone();
        let subject = self.names.audience();
        let venue_now = self.clock.venue_now();
        Box::pin(async move {
            let cut_off = || Rejection::Unreachable(crate::hub::CUT_OFF.to_owned());
            let change = match command {
                Command::CheckIn { institution, .. } => Change::CheckIn {
                    device: origin.cookie,
                    institution,
                },
                Command::Pledge { pledge, yes, .. } => {
                    let Some(device) = origin.cookie else {
                        return Err(Rejection::Refused(Refusal::Invalid(Why::NotCheckedIn)));
                    };
                    Change::Pledge {
                        device,
                        pledge,
                        yes,
                    }
                }
                Command::Chair(_) | Command::ChangePlan(_) | Command::Recall(_) => {
                    return Err(Rejection::Unavailable(
                        "a relay forwards only check-ins and pledges".into(),
                    ));
                }
            };
            // No heartbeat yet: no deadline can be stated on the venue's clock.
            let Some(venue_now) = venue_now else {
                return Err(cut_off());
            };
            let give_up = Instant::now() + FORWARD_WAIT + ANSWER_GRACE;
            let mut request = Request {
                id,
                change,
                deadline: venue_now + FORWARD_WAIT.as_millis() as u64,
                client: origin.client,
                seal: Some(super::seal::new_key()),
            };
            // Once the client has the request, it may reach the venue
            // whatever happens to the link (the client keeps what it could
            // not send, and sends it on reconnecting): the phone is told
            // "try again" only once the venue would drop it (past its
            // deadline), or when it was never handed over.
            let mut handed = false;
            // Between tries of the same request; never past `give_up`.
            let mut backoff = super::retry::Backoff::new();
            loop {
                let connected =
                    client.connection_state() == async_nats::connection::State::Connected;
                let left = give_up.saturating_duration_since(Instant::now());
                if left.is_zero() || (!connected && !handed) {
                    return Err(cut_off());
                }
                if !connected {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
                let payload = serde_json::to_vec(&request).expect("a request serializes");
                handed = true;
                let asked = client.request(subject.clone(), payload.into());
                let message = match tokio::time::timeout(left, asked).await {
                    Ok(Ok(message)) => message,
                    // Nobody listens: the primary is not there and nothing
                    // was delivered; do not wait.
                    Ok(Err(e)) if e.kind() == async_nats::RequestErrorKind::NoResponders => {
                        return Err(cut_off());
                    }
                    // Timed out or the link broke: the same id again is
                    // safe, until the deadline.
                    Ok(Err(e)) => {
                        tracing::debug!("NATS: a forwarded change got no answer ({e})");
                        backoff
                            .wait_within(give_up.saturating_duration_since(Instant::now()))
                            .await;
                        continue;
                    }
                    Err(_) => return Err(cut_off()),
                };
                return match serde_json::from_slice::<Reply>(&message.payload) {
                    Ok(Reply::Done {
                        seq,
                        applied,
                        device,
                    }) => Ok(Outcome {
                        seq,
                        applied,
                        device: device.and_then(|sealed| {
                            super::seal::open(request.seal.as_deref()?, &sealed)
                        }),
                    }),
                    Ok(Reply::Refused { why }) => Err(Rejection::Refused(Refusal::Invalid(why))),
                    // A cookie the venue did not sign (another assembly's,
                    // or made up): a new phone, as on the venue's own server.
                    Ok(Reply::UnknownDevice) => match request.change {
                        Change::CheckIn {
                            device: Some(_),
                            institution,
                        } => {
                            request.id = crate::web::random_hex(12);
                            request.change = Change::CheckIn {
                                device: None,
                                institution,
                            };
                            continue;
                        }
                        _ => Err(Rejection::Refused(Refusal::Invalid(Why::NotCheckedIn))),
                    },
                    Ok(Reply::Denied { message } | Reply::Unavailable { message }) => {
                        Err(Rejection::Unavailable(message))
                    }
                    Err(e) => Err(Rejection::Unavailable(format!(
                        "the hall's answer does not read: {e}"
                    ))),
                };
            }
        })
    }
}

/// How far the venue's clock is ahead of this relay's, in milliseconds,
/// as its heartbeats say (the largest of the recent ones: the one that
/// travelled fastest). Unknown until the first heartbeat.
#[derive(Clone, Default)]
pub struct VenueClock(Arc<Mutex<Option<i64>>>);

impl VenueClock {
    pub(super) fn heard(&self, offsets: impl Iterator<Item = i64>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = offsets.max();
    }

    /// Now on the venue's clock, if known.
    pub fn venue_now(&self) -> Option<u64> {
        let offset = (*self.0.lock().unwrap_or_else(|p| p.into_inner()))?;
        u64::try_from(crate::hub::now_ms() + offset).ok()
    }
}
