//! A long, realistic event log for measuring a restart
//! (`assembly bench-log`, what `scripts/bench-replay.sh` replays): the
//! demo plan and a night of a full hall. Mostly phones checking in once
//! (device ids as the server issues them, 32 hex chars), pledge answers,
//! some phones changing their check-in, and a chair event now and then.
//! Written through [`Store::append`] in large transactions, as the server
//! would have written it event by event. Deterministic: the same `events`
//! make the same log.

use std::path::Path;

use super::{Error, Result, Store};
use crate::domain::{Answer, Envelope, Event, ItemRef, MessageTarget, Plan};

/// Events per transaction: large, so writing a million takes seconds.
const BATCH: u64 = 50_000;

/// Write a log of `events` events into a new record in `dir`.
pub fn write(dir: &Path, events: u64) -> Result<()> {
    let mut store = Store::open(dir)?;
    if !store.is_new() {
        return Err(Error::Dir(
            dir.to_path_buf(),
            std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "it already holds a record; give an empty or new dir",
            ),
        ));
    }
    let plan = crate::plan::demo();
    store.save_plan(&plan)?;
    let mut night = Night::new(&plan);
    let mut batch = Vec::with_capacity(BATCH as usize);
    for seq in 1..=events {
        batch.push(night.next(seq));
        if batch.len() as u64 == BATCH {
            store.append(&batch)?;
            batch.clear();
        }
    }
    store.append(&batch)?;
    Ok(())
}

/// What happens next in the hall, drawn from a fixed seed.
struct Night {
    random: SplitMix,
    institutions: Vec<String>,
    pledge: String,
    items: Vec<String>,
    /// (ask, holder) pairs the chair records answers for.
    answers: Vec<(String, String)>,
    /// Phones checked in so far.
    phones: u64,
    chair: u64,
}

impl Night {
    fn new(plan: &Plan) -> Night {
        Night {
            random: SplitMix(0x5eed),
            institutions: plan.institutions.iter().map(|i| i.id.to_string()).collect(),
            pledge: plan.pledges[0].id.to_string(),
            items: plan.items.iter().map(|i| i.id.to_string()).collect(),
            answers: (plan.asks.iter())
                .flat_map(|a| a.to.iter().map(|h| (a.id.to_string(), h.to_string())))
                .collect(),
            phones: 0,
            chair: 0,
        }
    }

    fn next(&mut self, seq: u64) -> Envelope {
        let draw = self.random.next() % 1000;
        let (id, event) = if seq == 1 {
            self.chair_event(Event::Started)
        } else if draw < 3 {
            let event = self.chair_change();
            self.chair_event(event)
        } else if draw < 50 && self.phones > 0 {
            // A phone that checked in changes its institution.
            let phone = self.random.next() % self.phones;
            (None, self.check_in(phone))
        } else if draw < 300 && self.phones > 0 {
            let phone = self.random.next() % self.phones;
            let yes = !self.random.next().is_multiple_of(4);
            let event = Event::Pledged {
                device: device(phone),
                pledge: self.pledge.clone(),
                yes,
            };
            (None, event)
        } else {
            self.phones += 1;
            (None, self.check_in(self.phones - 1))
        };
        Envelope {
            seq,
            // A long night: about 5 ms apart on average.
            at: 1_770_000_000_000 + seq as i64 * 5,
            id,
            event,
        }
    }

    fn check_in(&mut self, phone: u64) -> Event {
        // One in ten on their own, the rest with an institution.
        let pick = self.random.next() as usize % (self.institutions.len() * 10 / 9 + 1);
        Event::CheckedIn {
            device: device(phone),
            institution: self.institutions.get(pick).cloned(),
        }
    }

    /// The chair's commands carry an idempotency key.
    fn chair_event(&mut self, event: Event) -> (Option<String>, Event) {
        self.chair += 1;
        (Some(format!("chair-{:08}", self.chair)), event)
    }

    fn chair_change(&mut self) -> Event {
        let pick = self.random.next() as usize;
        match pick % 8 {
            0 => Event::MovedTo {
                item: ItemRef::Id(self.items[pick / 8 % self.items.len()].clone()),
            },
            1 => Event::Extended { seconds: 30 },
            2 => Event::Paused,
            3 => Event::Resumed,
            4 => {
                let (ask, holder) = self.answers[pick / 8 % self.answers.len()].clone();
                Event::Responded {
                    ask,
                    holder,
                    answer: if pick.is_multiple_of(3) {
                        Answer::No
                    } else {
                        Answer::Yes
                    },
                    note: None,
                }
            }
            5 => Event::TurnoutAnnounced {
                institution: self.institutions[pick / 8 % self.institutions.len()].clone(),
                count: (pick % 300) as u32,
            },
            6 => Event::MessageSet {
                to: MessageTarget::Stage,
                text: Some("One minute left, please wrap up".into()),
                pin: false,
            },
            _ => Event::Undone,
        }
    }
}

/// The id of the `n`th phone: 32 lowercase hex chars, as the server issues.
fn device(n: u64) -> String {
    let mut random = SplitMix(n);
    format!("{:016x}{:016x}", random.next(), random.next())
}

/// SplitMix64: a small, fixed sequence of well-spread numbers.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_whole_and_mostly_check_ins() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), 2_000).unwrap();
        let store = Store::open_existing(dir.path()).unwrap();
        let log = store.events().unwrap();
        assert_eq!(log.len(), 2_000);
        assert_eq!(log[0].event, Event::Started);
        let check_ins = (log.iter())
            .filter(|e| matches!(e.event, Event::CheckedIn { .. }))
            .count();
        let pledges = (log.iter())
            .filter(|e| matches!(e.event, Event::Pledged { .. }))
            .count();
        assert!(check_ins > 1_300, "{check_ins}");
        assert!(pledges > 300, "{pledges}");
        assert_eq!(device(7).len(), 32);
        assert_ne!(device(7), device(8));
    }

    #[test]
    fn a_dir_with_a_record_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), 10).unwrap();
        assert!(write(dir.path(), 10).is_err());
        assert_eq!(
            Store::open_existing(dir.path())
                .unwrap()
                .event_count()
                .unwrap(),
            10
        );
    }
}
