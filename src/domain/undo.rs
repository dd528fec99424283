//! What `undo` needs to revert a chair change: only what the change
//! overwrote, never a copy of the whole chair state (which grows all night
//! with runs, answers and follow-ups), and only for the latest
//! `UNDO_DEPTH` changes, so memory and time stay flat however long the
//! assembly runs.

use std::collections::VecDeque;

use super::command::MessageTarget;
use super::event::{Event, Millis};
use super::state::{Announced, ChairState, Clock, Display, Message, Phase};

/// How many chair changes `undo` can revert, latest first. A chair undoes
/// a slip of the finger, not the evening: a thousand is far more than any
/// chair goes back, and it bounds what the server keeps.
pub const UNDO_DEPTH: usize = 1000;

/// What one chair event overwrote.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    /// Start, move, pause, resume, extend or end: where the assembly stood
    /// and how many item runs were closed before.
    Moment {
        phase: Phase,
        started_at: Option<Millis>,
        ended_at: Option<Millis>,
        current: Option<String>,
        clock: Option<Clock>,
        runs: usize,
        /// A move clears the messages of the item it leaves.
        messages: Box<[Option<Message>; 2]>,
    },
    /// An answer was added last to this history.
    Responded {
        ask: String,
        holder: String,
    },
    Turnout {
        institution: String,
        before: Option<Announced>,
    },
    /// The pledge was newly revealed.
    Revealed {
        pledge: String,
    },
    Message {
        to: MessageTarget,
        before: Option<Message>,
    },
    Display(Display),
    /// The event changed nothing the chair controls.
    Nothing,
}

impl Entry {
    /// What to keep before `event` is applied to `chair`.
    fn before(chair: &ChairState, event: &Event) -> Entry {
        match event {
            Event::Started
            | Event::MovedTo { .. }
            | Event::Paused
            | Event::Resumed
            | Event::Extended { .. }
            | Event::Ended => Entry::Moment {
                phase: chair.phase,
                started_at: chair.started_at,
                ended_at: chair.ended_at,
                current: chair.current.clone(),
                clock: chair.clock.clone(),
                runs: chair.runs.len(),
                messages: Box::new([chair.stage_message.clone(), chair.screen_message.clone()]),
            },
            Event::Responded { ask, holder, .. } => Entry::Responded {
                ask: ask.clone(),
                holder: holder.clone(),
            },
            Event::TurnoutAnnounced { institution, .. } => Entry::Turnout {
                institution: institution.clone(),
                before: chair.turnout.get(institution).cloned(),
            },
            Event::PledgeRevealed { pledge } if !chair.revealed.contains(pledge) => {
                Entry::Revealed {
                    pledge: pledge.clone(),
                }
            }
            Event::MessageSet { to, .. } => Entry::Message {
                to: *to,
                before: match to {
                    MessageTarget::Stage => chair.stage_message.clone(),
                    MessageTarget::Screen => chair.screen_message.clone(),
                },
            },
            Event::DisplaySet { .. } => Entry::Display(chair.display),
            Event::PledgeRevealed { .. }
            | Event::Undone
            | Event::CheckedIn { .. }
            | Event::Pledged { .. }
            | Event::PlanChanged { .. }
            | Event::FollowUpRecorded { .. }
            | Event::FollowUpWithdrawn { .. }
            | Event::CommitmentSet { .. }
            | Event::ReportedBack { .. } => Entry::Nothing,
        }
    }

    /// Put back what the event overwrote.
    fn revert(self, chair: &mut ChairState) {
        match self {
            Entry::Moment {
                phase,
                started_at,
                ended_at,
                current,
                clock,
                runs,
                messages,
            } => {
                let [stage, screen] = *messages;
                chair.stage_message = stage;
                chair.screen_message = screen;
                chair.phase = phase;
                chair.started_at = started_at;
                chair.ended_at = ended_at;
                chair.current = current;
                chair.clock = clock;
                chair.runs.truncate(runs);
            }
            Entry::Responded { ask, holder } => pop_last(&mut chair.responses, &ask, &holder),
            Entry::Turnout {
                institution,
                before,
            } => match before {
                Some(announced) => {
                    chair.turnout.insert(institution, announced);
                }
                None => {
                    chair.turnout.remove(&institution);
                }
            },
            Entry::Revealed { pledge } => {
                chair.revealed.remove(&pledge);
            }
            Entry::Message { to, before } => match to {
                MessageTarget::Stage => chair.stage_message = before,
                MessageTarget::Screen => chair.screen_message = before,
            },
            Entry::Display(display) => chair.display = display,
            Entry::Nothing => {}
        }
    }
}

/// Remove the latest entry of one history, and the maps it leaves empty,
/// so the state is exactly as before the entry was added.
pub(crate) fn pop_last<T>(
    histories: &mut std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<T>>>,
    ask: &str,
    holder: &str,
) {
    let Some(holders) = histories.get_mut(ask) else {
        return;
    };
    if let Some(history) = holders.get_mut(holder) {
        history.pop();
        if history.is_empty() {
            holders.remove(holder);
        }
    }
    if holders.is_empty() {
        histories.remove(ask);
    }
}

/// The latest chair changes that can still be undone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UndoStack {
    entries: VecDeque<Entry>,
    /// Changes that fell off the bottom of the stack.
    forgotten: u64,
}

impl UndoStack {
    /// Note what `event` is about to overwrite in `chair`.
    pub fn record(&mut self, chair: &ChairState, event: &Event) {
        if self.entries.len() == UNDO_DEPTH {
            self.entries.pop_front();
            self.forgotten += 1;
        }
        self.entries.push_back(Entry::before(chair, event));
    }

    /// Revert the latest change not yet undone; false if there is none.
    pub fn undo(&mut self, chair: &mut ChairState) -> bool {
        match self.entries.pop_back() {
            Some(entry) => {
                entry.revert(chair);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether older changes exist that can no longer be undone.
    pub fn forgot_some(&self) -> bool {
        self.forgotten > 0
    }
}
