//! Events as the stream holds them, read into today's shape. A primary of
//! an older version publishes the shapes its log holds; a relay reads them
//! through the store's own upcast ([`crate::store::Upcast`]), so the
//! relay's hub sees only today's events, as the primary's does.

use serde::Deserialize;

use crate::domain::{Envelope, Millis, Plan};
use crate::store::Upcast;

/// One published event: the envelope as every version writes it, and the
/// event in whatever shape the primary's version wrote it.
#[derive(Debug, Deserialize)]
pub struct Published {
    pub seq: u64,
    at: Millis,
    #[serde(default)]
    id: Option<String>,
    event: serde_json::Value,
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
        let event = self.upcast.read(&published.event.to_string())?;
        Ok(Envelope {
            seq: published.seq,
            at: published.at,
            id: published.id,
            event,
        })
    }
}

/// A digest of every event applied, by `seq`, as it was published: the
/// same `seq` again must be the same message, even across a read from the
/// start.
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
