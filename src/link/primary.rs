//! The primary's side of the link: publish every committed event to the
//! stream, in order and once; answer the audience's changes that relays
//! forward; say it is alive. None of it ever holds up the hall: the hub
//! commits and answers its own devices whether NATS is there or not, and
//! the publisher catches the stream up from the log when it is back.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use async_nats::jetstream::{self, message::PublishMessage as Publish, stream};
use futures_util::StreamExt;
use futures_util::future::join_all;
use futures_util::stream::FuturesOrdered;
use tokio::sync::{Notify, watch};

use super::answer::Gate;
use super::published::{self, BATCH_EVENTS};
use super::{ALIVE_EVERY, Alive, Base, Names, Reply, Request, Status};
use crate::domain::{Envelope, Refusal};
use crate::hub::{Hub, Rejection};
use crate::store::Store;
use crate::view::Role;

/// Most events read from the log at once (several stream messages).
const WINDOW: u64 = 4 * BATCH_EVENTS as u64;
/// Most stream messages published whose acks are not in yet: the next
/// window is read and sent while the stream stores the last.
const IN_FLIGHT: usize = 16;
/// How often an idle publisher checks that the stream ends where it left it.
const WATCH_EVERY: Duration = Duration::from_secs(2);
/// How long the stream keeps message ids to drop a publish sent twice.
const DEDUPLICATE: Duration = Duration::from_secs(120);

/// Start the link's tasks for a serving primary. They run until `stop`
/// turns true (a desk's assembly that is no longer live) or the process
/// ends; a link that cannot be made is retried, never fatal.
pub fn start(
    client: async_nats::Client,
    names: Names,
    hub: Hub,
    data: PathBuf,
    base: Base,
    gate: Gate,
    stop: watch::Receiver<bool>,
) -> Arc<Status> {
    let status = Arc::new(Status::default());
    let answered = Arc::new(Notify::new());
    let spawn = |task| tokio::spawn(until(stop.clone(), task));
    spawn(Box::pin(publish_log(
        jetstream::new(client.clone()),
        names.clone(),
        Committed {
            hub: hub.clone(),
            answered: answered.clone(),
        },
        data,
        base,
        status.clone(),
    )));
    spawn(Box::pin(answer(
        client.clone(),
        names.clone(),
        hub.clone(),
        Arc::new(gate),
        answered,
    )));
    spawn(Box::pin(alive(client, names, hub)));
    status
}

/// Run `task` until `stop` turns true; a `stop` whose sender is gone never
/// does.
async fn until(
    mut stop: watch::Receiver<bool>,
    task: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
) {
    let stopped = async move {
        if stop.wait_for(|stop| *stop).await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        () = task => {}
        () = stopped => tracing::debug!("the link of an assembly no longer live stopped"),
    }
}

/// Where the stream is: the last event's `seq` in it, and the stream's own
/// last sequence number (which the next publish expects).
#[derive(Debug, Clone, Copy)]
struct Position {
    event: u64,
    stream: u64,
}

/// What `sync` found: where the stream is, and the events of its last
/// event message as they read (none in a stream without events).
struct Found {
    position: Position,
    last: Vec<Envelope>,
}

/// What tells the publisher there is more to publish.
struct Committed {
    hub: Hub,
    /// Told when a relay's change is committed: the relay answers its
    /// phone once the event is back through the stream, so it goes out at
    /// once, not at the staff's next frame (check-ins wait up to 50 ms
    /// for that).
    answered: Arc<Notify>,
}

/// Keep the stream equal to the log: after every outage, find where the
/// stream stopped and publish the rest from the log.
async fn publish_log(
    js: jetstream::Context,
    names: Names,
    committed: Committed,
    data: PathBuf,
    base: Base,
    status: Arc<Status>,
) {
    let Committed { hub, answered } = committed;
    let mut store = match tokio::task::spawn_blocking(move || Store::open_existing(&data)).await {
        Ok(Ok(store)) => store,
        Ok(Err(e)) => {
            tracing::error!("relays will not be fed: cannot read the event log: {e}");
            return;
        }
        Err(e) => {
            tracing::error!("relays will not be fed: {e}");
            return;
        }
    };
    let mut committed = hub.subscribe(Role::Chair);
    let mut outage: Option<String> = None;
    // Between tries of a failed sync or publish; started again once the
    // stream is caught up.
    let mut backoff = super::retry::Backoff::new();
    loop {
        let local = hub.state().seq;
        let (mut position, last) = match sync(&js, &names, &base, local).await {
            Ok(found) => (found.position, found.last),
            Err(Fatal(reason)) => {
                status.stop(reason);
                return;
            }
            Err(Ahead(reason)) => {
                if status
                    .reason
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .is_none()
                {
                    status.stop(reason);
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            Err(Retry(reason)) => {
                status.linked.store(false, Ordering::Relaxed);
                if outage.as_deref() != Some(&reason) {
                    tracing::warn!(
                        "NATS: {reason}; the hall carries on, relays catch up when it is back"
                    );
                    outage = Some(reason);
                }
                backoff.wait().await;
                continue;
            }
        };
        // The stream's last events must be this record's own: one that is
        // not (published by someone else at the sequence this server
        // expected) stops the feed, loudly, rather than skipping past it.
        if let (Some(from), Some(to)) = (last.first(), last.last()) {
            let (from, to) = (from.seq, to.seq);
            let (back, read) = tokio::task::spawn_blocking(move || {
                let read = store.events_between(from.min(to), to.max(from));
                (store, read)
            })
            .await
            .expect("reading the log does not panic");
            store = back;
            match read {
                Ok(ours) if ours == last => {
                    *status.reason.lock().unwrap_or_else(|p| p.into_inner()) = None;
                }
                Ok(ours) => {
                    let seq = ours
                        .iter()
                        .zip(&last)
                        .find(|(ours, theirs)| ours != theirs)
                        .map_or(from, |(_, theirs)| theirs.seq);
                    status.stop(format!(
                        "the NATS stream {} has an event {seq} that this record does not have: \
                         someone else published to it (a stolen venue password?). Relays stop \
                         when they see it; give this record a new stream with --assembly NEW_ID \
                         and new NATS passwords",
                        names.stream()
                    ));
                    // Put this record's own events beside them: every relay
                    // then sees an event twice, different, and stops.
                    for (_, _, payload) in published::batch(&ours) {
                        let sent = js.publish(names.event(), payload.into()).await;
                        if let Ok(ack) = sent {
                            let _ = ack.await;
                        }
                    }
                    return;
                }
                Err(e) => {
                    tracing::error!("relays will not be fed: cannot read the event log: {e}");
                    return;
                }
            }
        }
        status.linked.store(true, Ordering::Relaxed);
        status.published.store(position.event, Ordering::Relaxed);
        if outage.take().is_some() {
            tracing::info!(events = position.event, "NATS: linked again, catching up");
        }
        // Messages handed to NATS whose acks are not in yet, oldest first;
        // `sent` is where the stream will be once they are.
        let mut pending = FuturesOrdered::new();
        let mut sent = position;
        loop {
            committed.borrow_and_update();
            let target = hub.seq();
            if sent.event < target && pending.len() < IN_FLIGHT {
                let first = sent.event + 1;
                let last = target.min(sent.event + WINDOW);
                let (back, read) = tokio::task::spawn_blocking(move || {
                    let read = store.events_between(first, last);
                    (store, read)
                })
                .await
                .expect("reading the log does not panic");
                store = back;
                let events = match read {
                    Ok(events) => events,
                    Err(e) => {
                        tracing::error!("relays will not be fed: cannot read the event log: {e}");
                        return;
                    }
                };
                match send(&js, &names, &events, sent).await {
                    Ok((next, acks)) => {
                        sent = next;
                        pending.extend(acks);
                        continue;
                    }
                    Err(reason) => {
                        status.linked.store(false, Ordering::Relaxed);
                        tracing::warn!("NATS: publishing failed ({reason}); trying again");
                        outage = Some(reason);
                        backoff.wait().await;
                        break;
                    }
                }
            }
            if pending.is_empty() {
                backoff.reset();
                tokio::select! {
                    changed = committed.changed() => {
                        if changed.is_err() {
                            return;
                        }
                    }
                    () = answered.notified() => {}
                    // Idle: the stream's end must still be this server's
                    // last publish. Someone else's message there is looked
                    // at (`sync`) now, not at the next event.
                    () = tokio::time::sleep(WATCH_EVERY) => {
                        let end = js
                            .get_stream(names.stream())
                            .await
                            .map(|stream| stream.cached_info().state.last_sequence);
                        if end.is_ok_and(|end| end != position.stream) {
                            break;
                        }
                    }
                }
                continue;
            }
            tokio::select! {
                acked = pending.next() => match acked {
                    Some(Ok(stored)) => {
                        position = stored;
                        status.published.store(position.event, Ordering::Relaxed);
                    }
                    // Every message after it expected it: none of them
                    // is stored either, and `sync` finds where to go on.
                    Some(Err(reason)) => {
                        status.linked.store(false, Ordering::Relaxed);
                        tracing::warn!("NATS: publishing failed ({reason}); trying again");
                        outage = Some(reason);
                        backoff.wait().await;
                        break;
                    }
                    None => {}
                },
                changed = committed.changed(), if sent.event >= target => {
                    if changed.is_err() {
                        return;
                    }
                }
                () = answered.notified(), if sent.event >= target => {}
            }
        }
    }
}

/// Why the stream cannot be fed: for now, for good, or until this record
/// has the events the stream claims it has.
enum SyncError {
    Retry(String),
    Fatal(String),
    Ahead(String),
}
use SyncError::{Ahead, Fatal, Retry};

/// Make sure the stream exists and begins with this record's base, and
/// find where it stopped.
async fn sync(
    js: &jetstream::Context,
    names: &Names,
    base: &Base,
    local: u64,
) -> Result<Found, SyncError> {
    let retry = |e: &dyn std::fmt::Display| Retry(e.to_string());
    let mut stream = js
        .get_or_create_stream(stream::Config {
            name: names.stream(),
            subjects: vec![names.log()],
            storage: stream::StorageType::File,
            retention: stream::RetentionPolicy::Limits,
            duplicate_window: DEDUPLICATE,
            ..Default::default()
        })
        .await
        .map_err(|e| retry(&e))?;
    let last = match stream.get_last_raw_message_by_subject(&names.event()).await {
        Ok(message) => match published::events::<Envelope>(&message.payload) {
            Ok(events) if !events.is_empty() => events,
            Ok(_) => {
                return Err(Fatal(format!(
                    "the last message in the NATS stream {} holds no event",
                    names.stream()
                )));
            }
            Err(e) => {
                return Err(Fatal(format!(
                    "the last event in the NATS stream {} does not read ({e})",
                    names.stream()
                )));
            }
        },
        Err(e) if e.kind() == stream::LastRawMessageErrorKind::NoMessageFound => Vec::new(),
        Err(e) => return Err(retry(&e)),
    };
    let last_event = last.iter().map(|e| e.seq).max().unwrap_or(0);
    let another = |what: &str| {
        Fatal(format!(
            "the NATS stream {} {what}: another record publishes under the assembly id \"{}\", \
             or someone published to it with the venue's NATS password. Give this record its \
             own stream: --assembly NEW_ID (and the same to its relays), and change the NATS \
             passwords if in doubt",
            names.stream(),
            names.id
        ))
    };
    let stored = match stream.get_last_raw_message_by_subject(&names.base()).await {
        Ok(message) => {
            // Made by an older version: its base holds the device secret,
            // which every relay can read.
            let old = serde_json::from_slice::<serde_json::Value>(&message.payload)
                .is_ok_and(|base| base.get("device_secret").is_some());
            if old {
                tracing::warn!(
                    "the NATS stream {} was made by an older assembly and holds the secret \
                     that signs device cookies, which every relay can read: give this record \
                     a new stream with --assembly NEW_ID (and the same to its relays)",
                    names.stream()
                );
            }
            Some(serde_json::from_slice::<Base>(&message.payload).ok())
        }
        Err(e) if e.kind() == stream::LastRawMessageErrorKind::NoMessageFound => None,
        Err(e) => return Err(retry(&e)),
    };
    let same = |stored: &Base| stored.plan == base.plan;
    match stored {
        Some(Some(stored)) if same(&stored) => {}
        // A stream with no event yet may begin again with this record.
        Some(_) | None if last_event == 0 => {
            let payload = serde_json::to_vec(base).expect("a base always serializes");
            js.send_publish(names.base(), Publish::build().payload(payload.into()))
                .await
                .map_err(|e| retry(&e))?
                .await
                .map_err(|e| retry(&e))?;
        }
        Some(_) | None => return Err(another("begins with another plan")),
    }
    // The same beginning, and more events than this record: someone
    // published past it (or this record was restored from an older copy).
    // Wait until this record has that event, to compare and say so.
    if last_event > local {
        return Err(Ahead(format!(
            "the NATS stream {} holds event {last_event} and this record only has {local}: \
             someone published to it with the venue's NATS password, or this record was \
             restored from an older copy. Relays stop at the event the hall never made; give \
             this record a new stream with --assembly NEW_ID (and the same to its relays), and \
             change the NATS passwords",
            names.stream()
        )));
    }
    let info = stream.info().await.map_err(|e| retry(&e))?;
    Ok(Found {
        position: Position {
            event: last_event,
            stream: info.state.last_sequence,
        },
        last,
    })
}

/// A published message's ack: where the stream is once it is stored.
type Stored = Pin<Box<dyn Future<Output = Result<Position, String>> + Send>>;

/// Publish a slice of the log in order, as batch messages of consecutive
/// events: each expects the one before it at the stream's end, so a
/// failed one stops every later one (no gap), and its message id (its
/// first and last `seq`) drops a copy sent again. Returns where the stream
/// is once they are all stored, and each one's ack, in order.
async fn send(
    js: &jetstream::Context,
    names: &Names,
    events: &[Envelope],
    mut sent: Position,
) -> Result<(Position, Vec<Stored>), String> {
    let mut acks: Vec<Stored> = Vec::new();
    for (first, last, payload) in published::batch(events) {
        let publish = Publish::build()
            .payload(payload.into())
            .message_id(format!("events-{first}-{last}"))
            .expected_last_sequence(sent.stream);
        let ack = js
            .send_publish(names.event(), publish)
            .await
            .map_err(|e| e.to_string())?;
        acks.push(Box::pin(async move {
            let ack = ack.await.map_err(|e| e.to_string())?;
            if ack.duplicate {
                return Err(format!(
                    "events {first} to {last} were already in the stream"
                ));
            }
            Ok(Position {
                event: last,
                stream: ack.sequence,
            })
        }));
        sent = Position {
            event: last,
            stream: sent.stream + 1,
        };
    }
    Ok((sent, acks))
}

/// Answer the changes relays forward: each is checked as a phone's own on
/// this server (see `answer::Gate`), committed, and answered once durable.
async fn answer(
    client: async_nats::Client,
    names: Names,
    hub: Hub,
    gate: Arc<Gate>,
    answered: Arc<Notify>,
) {
    let mut backoff = super::retry::Backoff::new();
    let mut requests = loop {
        match client.subscribe(names.audience()).await {
            Ok(subscriber) => break subscriber,
            Err(e) => {
                tracing::warn!("NATS: cannot take relays' requests yet ({e})");
                backoff.wait().await;
            }
        }
    };
    while let Some(message) = requests.next().await {
        let Some(reply_to) = message.reply.clone() else {
            continue;
        };
        let client = client.clone();
        let hub = hub.clone();
        let gate = gate.clone();
        let answered = answered.clone();
        tokio::spawn(async move {
            let answer = |request| take(&hub, &gate, request, &reply_to, &answered);
            let payload = match read_requests(&message.payload) {
                Ok(Asked::One(request)) => serde_json::to_vec(&answer(request).await),
                Ok(Asked::Many(requests)) => {
                    serde_json::to_vec(&join_all(requests.into_iter().map(answer)).await)
                }
                Err(reply) => serde_json::to_vec(&reply),
            }
            .expect("a reply always serializes");
            if let Err(e) = client.publish(reply_to, payload.into()).await {
                tracing::debug!("NATS: could not answer a relay: {e}");
            }
        });
    }
}

/// What a relay asked: one change, or a batch of them (a JSON array,
/// answered by an array in the same order).
enum Asked {
    One(Request),
    Many(Vec<Request>),
}

/// The change or changes in a request; the answer for all when it does
/// not read or holds more than a relay may send at once.
fn read_requests(payload: &[u8]) -> Result<Asked, Reply> {
    let unreadable = |e: serde_json::Error| Reply::Unavailable {
        message: format!("the request does not read: {e}"),
    };
    if payload.trim_ascii_start().first() != Some(&b'[') {
        return serde_json::from_slice(payload)
            .map(Asked::One)
            .map_err(unreadable);
    }
    let requests: Vec<Request> = serde_json::from_slice(payload).map_err(unreadable)?;
    if requests.len() > super::MOST_AT_ONCE {
        return Err(Reply::Denied {
            message: format!(
                "{} changes in one request: a relay sends at most {} at once",
                requests.len(),
                super::MOST_AT_ONCE
            ),
        });
    }
    Ok(Asked::Many(requests))
}

/// Check one forwarded change and commit it; its answer.
async fn take(hub: &Hub, gate: &Gate, request: Request, inbox: &str, answered: &Notify) -> Reply {
    let seal = request.seal.clone();
    match gate.check(request, inbox, crate::hub::now_ms().max(0) as u64) {
        Ok(checked) => {
            let reply = commit(hub, checked).await;
            if matches!(reply, Reply::Done { .. }) {
                answered.notify_one();
            }
            sealed(reply, seal.as_deref())
        }
        Err(reply) => reply,
    }
}

/// A device cookie travels only sealed with the asking relay's key; a
/// request without one gets no cookie at all.
fn sealed(reply: Reply, key: Option<&str>) -> Reply {
    match reply {
        Reply::Done {
            seq,
            applied,
            device,
        } => Reply::Done {
            seq,
            applied,
            device: device.and_then(|cookie| super::seal::seal(key?, &cookie)),
        },
        other => other,
    }
}

async fn commit(hub: &Hub, checked: super::answer::Checked) -> Reply {
    match hub.submit(checked.command, None, Some(checked.key)).await {
        Ok(outcome) => Reply::Done {
            seq: outcome.seq,
            applied: outcome.applied,
            device: checked.device,
        },
        Err(Rejection::Refused(Refusal::Invalid(why))) => Reply::Refused { why },
        Err(Rejection::Refused(refusal)) => Reply::Unavailable {
            message: refusal.to_string(),
        },
        Err(Rejection::Unavailable(message) | Rejection::Unreachable(message)) => {
            Reply::Unavailable { message }
        }
    }
}

/// Say the hall is here, with how far its log goes.
async fn alive(client: async_nats::Client, names: Names, hub: Hub) {
    let mut every = tokio::time::interval(ALIVE_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        // A primary that cannot take changes is not there for the relays.
        if hub.health().is_err() {
            continue;
        }
        let alive = {
            let state = hub.state();
            let back: std::collections::BTreeSet<&str> = (state.plan.items.iter())
                .filter(|item| item.kind == crate::domain::ItemKind::ReportBack)
                .filter_map(|item| item.holder.as_deref())
                .collect();
            Alive {
                seq: state.seq,
                at: crate::hub::now_ms().max(0) as u64,
                recall: (state.recall.earlier.iter())
                    .filter(|e| back.contains(e.holder.as_str()))
                    .cloned()
                    .collect(),
                recall_seq: state.recall.seq,
            }
        };
        let payload = serde_json::to_vec(&alive).expect("a heartbeat serializes");
        let _ = client.publish(names.alive(), payload.into()).await;
    }
}
