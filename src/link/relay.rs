//! A relay's side of the link: read the stream from its start into the
//! relay's hub, in order, trusting no event it cannot vouch for (the same
//! `seq` twice with different content, or one the hall's heartbeats never
//! reach, stops it), and watch that the hall is reachable. Forwarding the
//! audience's changes is `forward`'s.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_nats::jetstream::{self, consumer};
use futures_util::StreamExt;
use tokio::sync::{Notify, mpsc};

use super::published::{self, Known, Published, Reading};
use super::{ALIVE_WITHIN, Alive, Base, Names};
use crate::hub::Feed;

/// Wait for the assembly's stream and read its base: what a relay needs
/// before it can serve a page. Says on the terminal what it waits for.
pub async fn base(js: &jetstream::Context, names: &Names) -> Base {
    let mut said = None;
    let mut backoff = super::retry::Backoff::new();
    loop {
        let why = match js.get_stream(names.stream()).await {
            Ok(stream) => match stream.get_last_raw_message_by_subject(&names.base()).await {
                Ok(message) => match serde_json::from_slice::<Base>(&message.payload) {
                    Ok(base) => return base,
                    Err(e) => format!("the assembly's first message does not read ({e})"),
                },
                Err(e) => format!("the stream has no plan yet ({e})"),
            },
            Err(e) => format!(
                "no stream {} yet ({e}): is `assembly serve --nats ... --assembly {}` running?",
                names.stream(),
                names.id
            ),
        };
        if said.as_ref() != Some(&why) {
            println!("waiting for the hall: {why}");
            said = Some(why);
        }
        backoff.wait().await;
    }
}

/// Feed the hub from the stream, and keep it told whether the hall is
/// reachable; returns the feed for `Hub::follow`.
pub fn follow(
    client: async_nats::Client,
    names: Names,
    clock: super::forward::VenueClock,
) -> mpsc::Receiver<Feed> {
    let (tx, rx) = mpsc::channel(16 * 1024);
    let seen = Arc::new(AtomicU64::new(0));
    let reading = Arc::new(AtomicBool::new(false));
    let stalled = Arc::new(Notify::new());
    let unvouched: Arc<Mutex<Option<(u64, String)>>> = Arc::default();
    tokio::spawn(read_log(
        jetstream::new(client.clone()),
        names.clone(),
        tx.clone(),
        Reader {
            seen: seen.clone(),
            reading: reading.clone(),
            stalled: stalled.clone(),
            unvouched: unvouched.clone(),
        },
    ));
    tokio::spawn(watch_link(
        client,
        names,
        clock,
        tx,
        Reader {
            seen,
            reading,
            stalled,
            unvouched,
        },
    ));
    rx
}

/// What the log reader and the link watcher share.
struct Reader {
    /// The last event's `seq` handed to the hub.
    seen: Arc<AtomicU64>,
    /// A consumer is open on the stream.
    reading: Arc<AtomicBool>,
    /// Told when the reader should make its consumer again: NATS came
    /// back, or the primary is ahead and nothing arrives.
    stalled: Arc<Notify>,
    /// Set by the watcher when the stream has events the hall's own
    /// heartbeats never reach: the first such `seq`, and why.
    unvouched: Arc<Mutex<Option<(u64, String)>>>,
}

/// How long this relay may be behind the primary's heartbeat, with
/// nothing arriving, before its consumer is made again.
const STALL: Duration = Duration::from_millis(1500);
/// Heartbeats kept to judge lag by: more than `ALIVE_WITHIN` of them.
const BEATS: usize = 8;
/// Stream messages a relay's consumer asks for at once (up to 32 MiB of
/// batches at their largest; the client asks for more as it reads).
const PULL: i64 = 128;

/// Read the log from the stream's start, in order, whatever breaks: a
/// consumer that fails or stalls is made again from the next message not
/// yet read.
async fn read_log(js: jetstream::Context, names: Names, feed: mpsc::Sender<Feed>, reader: Reader) {
    let Reader {
        seen,
        reading,
        stalled,
        unvouched,
    } = reader;
    // The next stream message to read, and the last event applied.
    let mut next = 1;
    let mut applied = 0;
    // What each event applied was, by `seq`: the same `seq` again must be
    // the same event, even across a read from the start.
    let mut known = Known::default();
    // The events read in today's shape, from the base on; none before the
    // base is read.
    let mut upcast: Option<Reading> = None;
    // A gap seen, and read again from the start to mend: the same gap
    // twice is the stream's, not a read's.
    let mut gap: Option<(u64, u64)> = None;
    // The stream cannot be trusted from this `seq` on: read it again up
    // to the one before, so the relay shows only what it can vouch for,
    // then stop.
    let mut distrust: Option<(u64, String)> = None;
    // Between tries to open a consumer, while NATS or the stream is away.
    let mut backoff = super::retry::Backoff::new();
    loop {
        reading.store(false, Ordering::Relaxed);
        if distrust.is_none()
            && let Some(found) = unvouched.lock().unwrap_or_else(|p| p.into_inner()).take()
        {
            tracing::error!("{}", found.1);
            distrust = Some(found);
            next = 1;
            applied = 0;
        }
        let messages = async {
            let stream = js
                .get_stream(names.stream())
                .await
                .map_err(|e| e.to_string())?;
            let consumer = stream
                .create_consumer(consumer::pull::OrderedConfig {
                    filter_subject: names.log(),
                    deliver_policy: consumer::DeliverPolicy::ByStartSequence {
                        start_sequence: next,
                    },
                    // Messages asked for at a time: a batch message holds
                    // up to 512 events, so this bounds what waits here.
                    max_batch: PULL,
                    ..Default::default()
                })
                .await
                .map_err(|e| e.to_string())?;
            consumer.messages().await.map_err(|e| e.to_string())
        }
        .await;
        let mut messages = match messages {
            Ok(messages) => messages,
            Err(e) => {
                tracing::debug!("NATS: cannot read the stream yet ({e})");
                backoff.wait().await;
                continue;
            }
        };
        backoff.reset();
        reading.store(true, Ordering::Relaxed);
        loop {
            let message = tokio::select! {
                message = messages.next() => message,
                () = stalled.notified() => {
                    tracing::debug!("NATS: the stream reader stalled; reading again");
                    break;
                }
            };
            let Some(message) = message else {
                break;
            };
            let message = match message {
                Ok(message) => message,
                Err(e) => {
                    tracing::debug!("NATS: reading the stream failed ({e}); reading again");
                    break;
                }
            };
            let Ok(info) = message.info() else {
                continue;
            };
            let at = info.stream_sequence;
            if message.subject.as_str() == names.base() {
                match serde_json::from_slice::<Base>(&message.payload) {
                    // A record begins again only before its first event.
                    Ok(base) if applied == 0 => {
                        upcast = Some(Reading::new(base.plan.clone()));
                        if feed.send(Feed::Begin(Arc::new(base.plan))).await.is_err() {
                            return;
                        }
                        seen.store(applied, Ordering::Relaxed);
                    }
                    Ok(_) => {}
                    Err(e) => tracing::error!("the stream's base at {at} does not read: {e}"),
                }
                next = at + 1;
                continue;
            }
            // One event, or a batch: each is checked as if it came alone.
            let events = match published::events::<Published>(&message.payload) {
                Ok(events) => events,
                Err(e) => {
                    tracing::error!("the stream's message {at} does not read: {e}");
                    next = at + 1;
                    continue;
                }
            };
            let mut again = false;
            for published in events {
                let seq = published.seq;
                if let Some((from, reason)) = &distrust
                    && seq >= *from
                {
                    let _ = feed.send(Feed::Stop(reason.clone())).await;
                    return;
                }
                if !known.same(&published) {
                    let reason = format!(
                        "the stream has event {seq} twice with different content: someone \
                         other than the venue published to it. This relay shows the hall as \
                         it was before that event; ask the venue to check its NATS passwords"
                    );
                    tracing::error!("{reason}");
                    distrust = Some((seq, reason));
                    again = true;
                    break;
                }
                if seq == applied + 1 {
                    // In today's shape, whichever version published it.
                    let envelope = match upcast.as_mut() {
                        Some(upcast) => upcast.next(published),
                        None => Err(serde::de::Error::custom("it comes before the plan")),
                    };
                    let envelope = match envelope {
                        Ok(envelope) => envelope,
                        Err(e) => {
                            // The rest of the message is skipped with it:
                            // the next event read is a gap.
                            tracing::error!(
                                "event {seq} in the stream's message {at} does not read: {e}"
                            );
                            break;
                        }
                    };
                    applied = seq;
                    if feed.send(Feed::Event(envelope)).await.is_err() {
                        return;
                    }
                    seen.store(applied, Ordering::Relaxed);
                } else if seq <= applied {
                    // Read before: a read from the start, or a batch
                    // that overlaps the message before it.
                } else if gap == Some((applied, seq)) {
                    let reason = format!(
                        "the stream goes from event {applied} to event {seq}: the events \
                         between are missing from it"
                    );
                    tracing::error!("{reason}");
                    let _ = feed.send(Feed::Stop(reason)).await;
                    return;
                } else {
                    tracing::error!(
                        seq,
                        applied,
                        "the stream skips events; reading it again from the start"
                    );
                    gap = Some((applied, seq));
                    again = true;
                    break;
                }
            }
            if again {
                next = 1;
                applied = 0;
                break;
            }
            next = at + 1;
        }
        reading.store(false, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Decide, twice a second, whether the hall is reachable: NATS is
/// connected, the stream is being read, the primary was heard lately, and
/// this relay is not falling behind it.
async fn watch_link(
    client: async_nats::Client,
    names: Names,
    clock: super::forward::VenueClock,
    feed: mpsc::Sender<Feed>,
    reader: Reader,
) {
    let Reader {
        seen,
        reading,
        stalled,
        unvouched,
    } = reader;
    // The primary's recent heartbeats: when each was heard, and the `seq`
    // it had then. Oldest first.
    let heard: Arc<Mutex<VecDeque<(Instant, u64)>>> = Arc::default();
    let listener = {
        let heard = heard.clone();
        let client = client.clone();
        let feed = feed.clone();
        // What the hall last said it recalls, passed on when it changes.
        let mut recalled = (Vec::new(), 0);
        let subject = names.alive();
        let mut offsets = VecDeque::with_capacity(BEATS);
        // Between tries to listen, while NATS is away.
        let mut backoff = super::retry::Backoff::new();
        async move {
            loop {
                match client.subscribe(subject.clone()).await {
                    Ok(mut beats) => {
                        while let Some(beat) = beats.next().await {
                            if let Ok(alive) = serde_json::from_slice::<Alive>(&beat.payload) {
                                backoff.reset();
                                if offsets.len() == BEATS {
                                    offsets.pop_front();
                                }
                                offsets.push_back(alive.at as i64 - crate::hub::now_ms());
                                clock.heard(offsets.iter().copied());
                                {
                                    let mut heard = heard.lock().unwrap_or_else(|p| p.into_inner());
                                    if heard.len() == BEATS {
                                        heard.pop_front();
                                    }
                                    heard.push_back((Instant::now(), alive.seq));
                                }
                                let heard = (alive.recall, alive.recall_seq);
                                if heard != recalled {
                                    recalled = heard;
                                    let recall = crate::domain::state::Recall {
                                        earlier: recalled.0.clone(),
                                        seq: recalled.1,
                                        ..Default::default()
                                    };
                                    let _ = feed.send(Feed::Recall(Arc::new(recall))).await;
                                }
                            }
                        }
                    }
                    Err(e) => tracing::debug!("NATS: cannot listen for the hall yet ({e})"),
                }
                backoff.wait().await;
            }
        }
    };
    tokio::spawn(listener);
    let mut up = false;
    let mut was_connected = true;
    let mut kicked = false;
    // Since when no consumer has been open: making one again after a
    // stall takes a moment, which is not a lost link.
    let mut unread_since: Option<Instant> = Some(Instant::now());
    // When this relay last reached a new `seq`, and which.
    let mut reached = (0, Instant::now());
    let mut doubted = false;
    let mut every = tokio::time::interval(Duration::from_millis(250));
    loop {
        every.tick().await;
        let connected = client.connection_state() == async_nats::connection::State::Connected;
        // Back from an outage: a consumer from before may be gone with
        // the server, so the reader makes its own again at once.
        if connected && !was_connected {
            stalled.notify_one();
        }
        was_connected = connected;
        let seen = seen.load(Ordering::Relaxed);
        if seen != reached.0 {
            reached = (seen, Instant::now());
        }
        // Ahead of the hall: three heartbeats since this relay reached
        // `seen`, a second apart, all say the hall has less. The hall
        // commits before it publishes (and a heartbeat is never sent
        // after a later event on the same connection), so the stream has
        // an event the hall never made.
        if !doubted {
            let heard = heard.lock().unwrap_or_else(|p| p.into_inner());
            let since: Vec<u64> = heard
                .iter()
                .filter(|(at, _)| *at > reached.1)
                .map(|(_, seq)| *seq)
                .collect();
            if since.len() >= 3 && since.iter().all(|seq| *seq < seen) {
                let hall = since.iter().copied().max().unwrap_or(0);
                doubted = true;
                *unvouched.lock().unwrap_or_else(|p| p.into_inner()) = Some((
                    hall + 1,
                    format!(
                        "the stream has event {} that the hall never made (its heartbeat \
                         stays at {hall}): someone other than the venue published to it. \
                         This relay shows the hall as it was before that event; ask the \
                         venue to check its NATS passwords",
                        hall + 1
                    ),
                ));
                stalled.notify_one();
            }
        }
        let (alive, stuck, lagging) = {
            let heard = heard.lock().unwrap_or_else(|p| p.into_inner());
            let alive = heard
                .back()
                .is_some_and(|(at, _)| at.elapsed() < ALIVE_WITHIN);
            // Behind a heartbeat heard a while ago: events in flight are
            // not lag, events the primary had seconds ago are.
            let behind_for = |age: Duration| {
                heard
                    .iter()
                    .any(|(at, seq)| at.elapsed() > age && seen < *seq)
            };
            (alive, behind_for(STALL), behind_for(ALIVE_WITHIN))
        };
        if stuck && !kicked {
            stalled.notify_one();
        }
        kicked = stuck;
        unread_since = if reading.load(Ordering::Relaxed) {
            None
        } else {
            unread_since.or(Some(Instant::now()))
        };
        let reads = unread_since.is_none_or(|at| at.elapsed() < STALL);
        let now = connected && alive && reads && !lagging;
        if now != up {
            up = now;
            if feed.send(Feed::Link(up)).await.is_err() {
                return;
            }
        }
    }
}
