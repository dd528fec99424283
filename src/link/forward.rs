//! A relay forwards the audience's changes to the venue over NATS
//! request/reply: with the phone's cookie and address for the venue to
//! check, and a deadline on the venue's clock, so a change the phone was
//! told to try again never counts later.
//!
//! Changes go in batches: while two requests are on their way, what the
//! phones send waits and goes together in the next one (a JSON array, which
//! the venue answers with one in the same order). A quiet hall sends each
//! change on its own at once; a surge of check-ins costs NATS, the venue
//! and this relay one message per batch, not one per phone.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, mpsc, oneshot};

use super::{Change, FORWARD_WAIT, Names, Reply, Request};
use crate::domain::state::Why;
use crate::domain::{Command, Refusal};
use crate::hub::{Origin, Outcome, Rejection, Upstream};

/// Forwards the audience's changes to the primary over NATS request/reply.
pub struct NatsUpstream {
    client: async_nats::Client,
    /// The venue's clock ahead of this one, from its heartbeats.
    clock: VenueClock,
    batches: Batches,
}

impl NatsUpstream {
    /// Forward to the venue of `names` through `client`; starts the task
    /// that sends the batches.
    pub fn new(client: async_nats::Client, names: &Names, clock: VenueClock) -> NatsUpstream {
        NatsUpstream {
            batches: Batches::start(client.clone(), names.audience()),
            client,
            clock,
        }
    }
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
        let batches = self.batches.clone();
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
                handed = true;
                let asked = batches.ask(request.clone());
                let reply = match tokio::time::timeout(left, asked).await {
                    Ok(Ok(reply)) => reply,
                    // Nobody listens: the primary is not there and nothing
                    // was delivered; do not wait.
                    Ok(Err(Unanswered::NoResponders)) => return Err(cut_off()),
                    // Timed out or the link broke: the same id again is
                    // safe, until the deadline.
                    Ok(Err(Unanswered::Failed(e))) => {
                        tracing::debug!("NATS: a forwarded change got no answer ({e})");
                        backoff
                            .wait_within(give_up.saturating_duration_since(Instant::now()))
                            .await;
                        continue;
                    }
                    Err(_) => return Err(cut_off()),
                };
                return match reply {
                    Reply::Done {
                        seq,
                        applied,
                        device,
                    } => Ok(Outcome {
                        seq,
                        applied,
                        device: device.and_then(|sealed| {
                            super::seal::open(request.seal.as_deref()?, &sealed)
                        }),
                    }),
                    Reply::Refused { why } => Err(Rejection::Refused(Refusal::Invalid(why))),
                    // A cookie the venue did not sign (another assembly's,
                    // or made up): a new phone, as on the venue's own server.
                    Reply::UnknownDevice => match request.change {
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
                    Reply::Denied { message } | Reply::Unavailable { message } => {
                        Err(Rejection::Unavailable(message))
                    }
                };
            }
        })
    }
}

/// Most changes in one request: as many as the venue takes.
const AT_ONCE: usize = super::MOST_AT_ONCE;
/// Requests on their way at once; what comes meanwhile waits for the next.
const ON_THEIR_WAY: usize = 2;
/// Changes waiting for a request: past this, a phone waits to be queued.
const WAITING: usize = 4096;

/// Why a change got no answer from the venue.
enum Unanswered {
    /// Nobody takes requests: the venue is not there.
    NoResponders,
    /// The request timed out or the link broke; it may have arrived.
    Failed(String),
}

impl From<&async_nats::RequestError> for Unanswered {
    fn from(error: &async_nats::RequestError) -> Unanswered {
        match error.kind() {
            async_nats::RequestErrorKind::NoResponders => Unanswered::NoResponders,
            _ => Unanswered::Failed(error.to_string()),
        }
    }
}

/// A change waiting to be sent, and where its answer goes.
type Waiting = (Request, oneshot::Sender<Result<Reply, Unanswered>>);

/// The queue of changes waiting for the next batch.
#[derive(Clone)]
struct Batches(mpsc::Sender<Waiting>);

impl Batches {
    fn start(client: async_nats::Client, subject: String) -> Batches {
        let (queue, waiting) = mpsc::channel(WAITING);
        tokio::spawn(send_batches(client, subject, waiting));
        Batches(queue)
    }

    /// Send `request` with the next batch and wait for its answer.
    async fn ask(&self, request: Request) -> Result<Reply, Unanswered> {
        let (answer, answered) = oneshot::channel();
        let gone = || Unanswered::Failed("the relay is stopping".into());
        self.0.send((request, answer)).await.map_err(|_| gone())?;
        answered.await.map_err(|_| gone())?
    }
}

/// Take what waits, at most [`AT_ONCE`] at a time, whenever one of the
/// [`ON_THEIR_WAY`] requests is free.
async fn send_batches(
    client: async_nats::Client,
    subject: String,
    mut waiting: mpsc::Receiver<Waiting>,
) {
    let free = Arc::new(Semaphore::new(ON_THEIR_WAY));
    let mut batch = Vec::with_capacity(AT_ONCE);
    loop {
        let Ok(slot) = free.clone().acquire_owned().await else {
            return;
        };
        if waiting.recv_many(&mut batch, AT_ONCE).await == 0 {
            return;
        }
        // A phone that stopped waiting (past its deadline) is not asked for.
        batch.retain(|(_, answer): &Waiting| !answer.is_closed());
        if batch.is_empty() {
            continue;
        }
        let sending = std::mem::replace(&mut batch, Vec::with_capacity(AT_ONCE));
        let (client, subject) = (client.clone(), subject.clone());
        tokio::spawn(async move {
            let _slot = slot;
            send_batch(&client, subject, sending).await;
        });
    }
}

/// One request for `batch` (an array, or the change alone), its answers
/// handed out in order.
async fn send_batch(client: &async_nats::Client, subject: String, batch: Vec<Waiting>) {
    let (requests, answers): (Vec<Request>, Vec<_>) = batch.into_iter().unzip();
    let payload = match requests.as_slice() {
        [one] => serde_json::to_vec(one),
        all => serde_json::to_vec(all),
    }
    .expect("a request serializes");
    let replies = match client.request(subject, payload.into()).await {
        Ok(message) => read_replies(&message.payload, answers.len()),
        Err(e) => {
            for answer in answers {
                let _ = answer.send(Err(Unanswered::from(&e)));
            }
            return;
        }
    };
    for (answer, reply) in answers.into_iter().zip(replies) {
        let _ = answer.send(Ok(reply));
    }
}

/// The venue's answers to `count` changes: an array in their order, or
/// one answer (to a change sent alone, or for all when it could not take
/// the batch). Whatever does not read is an answer saying so.
fn read_replies(payload: &[u8], count: usize) -> Vec<Reply> {
    let unreadable = |e: &dyn std::fmt::Display| Reply::Unavailable {
        message: format!("the hall's answer does not read: {e}"),
    };
    let replies = match payload.trim_ascii_start().first() {
        Some(b'[') => serde_json::from_slice::<Vec<Reply>>(payload),
        _ => serde_json::from_slice::<Reply>(payload).map(|one| vec![one; count]),
    };
    match replies {
        Ok(replies) if replies.len() == count => replies,
        Ok(replies) => {
            let said = format!("{} answers to {count} changes", replies.len());
            vec![unreadable(&said); count]
        }
        Err(e) => vec![unreadable(&e); count],
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

#[cfg(test)]
mod tests {
    use super::*;

    fn done(seq: u64) -> Reply {
        Reply::Done {
            seq,
            applied: true,
            device: None,
        }
    }

    fn kinds(replies: &[Reply]) -> Vec<String> {
        replies
            .iter()
            .map(|reply| match reply {
                Reply::Done { seq, .. } => format!("done {seq}"),
                Reply::Unavailable { message } => format!("unavailable: {message}"),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_batch_answer_is_handed_out_in_order_and_anything_else_says_why() {
        let array = serde_json::to_vec(&[done(3), done(4)]).unwrap();
        assert_eq!(kinds(&read_replies(&array, 2)), ["done 3", "done 4"]);
        // One answer for a batch (the venue could not take it) is for all.
        let one = serde_json::to_vec(&Reply::Denied {
            message: "too many".into(),
        })
        .unwrap();
        let all = read_replies(&one, 3);
        assert_eq!(all.len(), 3);
        assert!(all.iter().all(|r| matches!(r, Reply::Denied { .. })));
        // Fewer answers than changes: none is trusted.
        let short = read_replies(&array, 3);
        assert_eq!(short.len(), 3);
        assert!(
            kinds(&short)
                .iter()
                .all(|k| k.contains("2 answers to 3 changes")),
            "{short:?}"
        );
        for junk in [&b"not json"[..], b"", b"[1, 2]", b"{\"type\": \"later\"}"] {
            let replies = read_replies(junk, 2);
            assert_eq!(replies.len(), 2);
            assert!(
                kinds(&replies)
                    .iter()
                    .all(|k| k.starts_with("unavailable: the hall's answer does not read")),
                "{replies:?}"
            );
        }
    }
}
