//! Events as the stream holds them, read into today's shape. A primary of
//! an older version publishes the shapes its log holds; a relay reads them
//! through the store's own upcast ([`crate::store::Upcast`]), so the
//! relay's hub sees only today's events, as the primary's does.
//!
//! A message on the event subject holds one event (`{"seq":...}`: what
//! primaries wrote before batches, and a primary's own event put beside a
//! forged one) or a batch of consecutive events (`[{"seq":...},...]`, what
//! the primary writes now: [`batch`]). A relay reads both ([`events`]).

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::domain::{Envelope, Millis, Plan};
use crate::store::Upcast;

/// Most events in one stream message.
pub const BATCH_EVENTS: usize = 512;
/// Most bytes in one stream message, unless a single event is larger
/// (it then travels alone, as before batches).
pub const BATCH_BYTES: usize = 256 * 1024;

/// One published event: the envelope as every version writes it, and the
/// event in whatever shape the primary's version wrote it, as it was sent.
#[derive(Debug, Deserialize)]
pub struct Published {
    pub seq: u64,
    at: Millis,
    #[serde(default)]
    id: Option<String>,
    event: Box<RawValue>,
}

/// The events of one message on the event subject, in the order sent:
/// one event, or a batch of them.
pub fn events<T: DeserializeOwned>(payload: &[u8]) -> serde_json::Result<Vec<T>> {
    match payload.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') => serde_json::from_slice(payload),
        _ => serde_json::from_slice(payload).map(|one| vec![one]),
    }
}

/// `events` cut into the payloads of stream messages, in order: each a
/// batch of at most [`BATCH_EVENTS`] and (unless one event alone is
/// larger) [`BATCH_BYTES`]; with each, the `seq` of its first and last event.
pub fn batch(events: &[Envelope]) -> Vec<(u64, u64, Vec<u8>)> {
    let mut messages = Vec::new();
    // The message being filled: its payload so far, first and last `seq`,
    // and how many events it holds.
    let mut payload = Vec::new();
    let (mut first, mut last, mut count) = (0, 0, 0);
    for envelope in events {
        let event = serde_json::to_vec(envelope).expect("an event always serializes");
        let full = count == BATCH_EVENTS || payload.len() + event.len() + 2 > BATCH_BYTES;
        if count > 0 && full {
            payload.push(b']');
            messages.push((first, last, std::mem::take(&mut payload)));
            count = 0;
        }
        if count == 0 {
            payload.push(b'[');
            first = envelope.seq;
        } else {
            payload.push(b',');
        }
        payload.extend_from_slice(&event);
        last = envelope.seq;
        count += 1;
    }
    if count > 0 {
        payload.push(b']');
        messages.push((first, last, payload));
    }
    messages
}

/// Reads the stream's events in order from its base, keeping what the
/// upcast needs (the plan so far).
pub struct Reading {
    upcast: Upcast,
}

impl Reading {
    /// Reading on from the record's base plan.
    pub fn new(plan: Plan) -> Reading {
        Reading {
            upcast: Upcast::new(plan),
        }
    }

    /// The next event in today's shape. Call it once per event, in order:
    /// it folds plan changes into the plan so far.
    pub fn next(&mut self, published: Published) -> serde_json::Result<Envelope> {
        let event = self.upcast.read(published.event.get())?;
        Ok(Envelope {
            seq: published.seq,
            at: published.at,
            id: published.id,
            event,
        })
    }
}

/// A digest of every event applied, by `seq`, as it was published (its
/// time, id and event, byte for byte): the same `seq` again must be the
/// same event, even across a read from the start, in a batch or alone.
#[derive(Default)]
pub struct Known(Vec<[u8; 16]>);

impl Known {
    /// Whether `published` is the event known at its `seq` (remembered if
    /// it is the next one).
    pub fn same(&mut self, published: &Published) -> bool {
        use sha2::Digest;
        let bytes = serde_json::to_vec(&(&published.at, &published.id, &published.event))
            .expect("a published event serializes");
        let digest: [u8; 16] = sha2::Sha256::digest(&bytes)[..16]
            .try_into()
            .expect("16 bytes");
        let Some(index) = published.seq.checked_sub(1).map(|i| i as usize) else {
            return false;
        };
        match self.0.get(index) {
            Some(known) => *known == digest,
            None if index == self.0.len() => {
                self.0.push(digest);
                true
            }
            // Further on than the next: not known yet, nothing to compare.
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Event, ItemRef};

    fn published(seq: u64, event: &str) -> Published {
        serde_json::from_str(&format!(r#"{{"seq":{seq},"at":{seq}000,"event":{event}}}"#)).unwrap()
    }

    fn check_in(seq: u64, device: &str) -> Envelope {
        Envelope {
            seq,
            at: seq as i64,
            id: None,
            event: Event::CheckedIn {
                device: device.into(),
                institution: None,
            },
        }
    }

    #[test]
    fn batches_hold_512_events_or_256_kib_and_read_back_in_order() {
        let log: Vec<Envelope> = (1..=1100).map(|seq| check_in(seq, "d")).collect();
        let messages = batch(&log);
        let bounds: Vec<(u64, u64)> = messages.iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(bounds, [(1, 512), (513, 1024), (1025, 1100)]);
        let mut read = Vec::new();
        for (_, _, payload) in &messages {
            read.extend(events::<Envelope>(payload).unwrap());
        }
        assert_eq!(read, log);
        // Large events: as many as fit in 256 KiB, and one larger alone.
        let big = |seq, kib: usize| check_in(seq, &"x".repeat(kib * 1024));
        let log = [
            big(1, 100),
            big(2, 100),
            big(3, 100),
            big(4, 300),
            big(5, 1),
        ];
        let bounds: Vec<(u64, u64)> = batch(&log).iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(bounds, [(1, 2), (3, 3), (4, 4), (5, 5)]);
        for (_, _, payload) in batch(&log) {
            assert!(
                payload.len() <= BATCH_BYTES || events::<Envelope>(&payload).unwrap().len() == 1
            );
        }
        assert!(batch(&[]).is_empty());
    }

    #[test]
    fn a_message_of_one_event_reads_as_older_primaries_wrote_it() {
        let one = serde_json::to_vec(&check_in(7, "d")).unwrap();
        let read = events::<Published>(&one).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].seq, 7);
        // The same event alone or in a batch is the same to `Known`.
        let (_, _, batch) = &batch(&[check_in(1, "a"), check_in(2, "b")])[0];
        let mut known = Known::default();
        for published in events::<Published>(batch).unwrap() {
            assert!(known.same(&published));
        }
        let again = serde_json::to_vec(&check_in(2, "b")).unwrap();
        assert!(known.same(&events::<Published>(&again).unwrap().remove(0)));
        let other = serde_json::to_vec(&check_in(2, "c")).unwrap();
        assert!(!known.same(&events::<Published>(&other).unwrap().remove(0)));
        assert!(events::<Published>(b"[{\"seq\":1}]").is_err());
        assert!(events::<Published>(b"  ").is_err());
    }

    #[test]
    fn an_older_primarys_events_read_as_todays() {
        let plan = crate::domain::tests::plan();
        let mut renamed = plan.clone();
        renamed.institutions[0].name = "Anglia Ruskin University".into();
        renamed.items.swap(1, 2);
        let mut whole = serde_json::to_value(&renamed).unwrap();
        for item in whole["items"].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("id");
        }
        let mut reading = Reading::new(plan.clone());
        let log = [
            published(1, r#"{"type":"started"}"#),
            published(2, r#"{"type":"moved_to","item":2}"#),
            published(3, &format!(r#"{{"type":"plan_changed","plan":{whole}}}"#)),
            published(4, r#"{"type":"moved_to","item":2}"#),
        ]
        .map(|p| reading.next(p).unwrap().event);
        assert_eq!(log[0], Event::Started);
        let to = |id: &str| Event::MovedTo {
            item: ItemRef::Id(id.into()),
        };
        assert_eq!(log[1], to(&plan.items[2].id));
        let Event::PlanChanged { patch } = &log[2] else {
            panic!("{:?}", log[2]);
        };
        assert_eq!(patch.apply(&plan), renamed);
        // After the change, position 2 is the item that was at 1.
        assert_eq!(log[3], to(&plan.items[1].id));
    }
}
