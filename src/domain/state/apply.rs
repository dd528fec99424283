//! Folding one logged event into the state. Applying never fails: events
//! were checked by `decide` when they were made.

use super::*;
use crate::domain::command::MessageTarget;
use crate::domain::event::{Envelope, Event, ItemRef, Millis};
use crate::domain::plan_patch::PlanPatch;

impl State {
    /// Apply one logged event. Events were checked by `decide` when they
    /// were made, so applying never fails; an event that no longer fits
    /// (which a correct log never holds) changes nothing but the `seq`.
    pub fn apply(&mut self, envelope: &Envelope) {
        let at = envelope.at;
        self.seq = envelope.seq;
        if let Some(id) = &envelope.id {
            self.ids.insert(id.clone(), envelope.seq);
        }
        let event = &envelope.event;
        if let Event::PlanChanged { patch } = event {
            self.change_plan(patch, envelope.seq, at);
            return;
        }
        if let Event::FollowUpRecorded {
            ask,
            holder,
            status,
            note,
            public_note,
            on,
        } = event
        {
            let step = FollowUp {
                status: *status,
                note: note.clone(),
                public_note: public_note.clone(),
                at,
                on: on.to_owned(),
            };
            self.follow_up(ask, holder, step);
            self.follow_up_seq = envelope.seq;
            return;
        }
        if let Event::CommitmentSet {
            ask,
            holder,
            owner,
            due,
        } = event
        {
            let chase = Chase {
                owner: owner.clone(),
                due: due.clone(),
            };
            let holders = self.chases.entry(ask.to_owned()).or_default();
            if chase == Chase::default() {
                holders.remove(holder);
                if holders.is_empty() {
                    self.chases.remove(ask);
                }
            } else {
                holders.insert(holder.to_owned(), chase);
            }
            self.follow_up_seq = envelope.seq;
            return;
        }
        if let Event::ReportedBack { report } = event {
            self.reported.push(Reported {
                report: report.as_ref().clone(),
                at,
                seq: envelope.seq,
            });
            self.follow_up_seq = envelope.seq;
            return;
        }
        if let Event::FollowUpWithdrawn { ask, holder } = event {
            crate::domain::undo::pop_last(&mut self.follow_ups, ask, holder);
            self.follow_up_seq = envelope.seq;
            return;
        }
        if !event.is_chair() {
            self.apply_audience(event);
            return;
        }
        self.chair_seq = envelope.seq;
        if let Event::Undone = event {
            self.undo.undo(&mut self.chair);
            return;
        }
        self.undo.record(&self.chair, event);
        let first = self.plan.items.first().map(|i| i.id.to_string());
        let moved_to = match event {
            Event::MovedTo {
                item: ItemRef::Id(id),
            } => Some(id.clone()),
            _ => None,
        };
        let chair = &mut self.chair;
        match event {
            Event::Started => {
                chair.phase = Phase::Running;
                chair.started_at = Some(at);
                if let Some(first) = first {
                    chair.current = Some(first.clone());
                    chair.clock = Some(Clock::new(first, at));
                }
            }
            Event::MovedTo { .. } => {
                if let Some(item) = moved_to {
                    close_run(chair, at);
                    // "Time" was for the speaker who has sat down.
                    for message in [&mut chair.stage_message, &mut chair.screen_message] {
                        if message.as_ref().is_some_and(|m| !m.pinned) {
                            *message = None;
                        }
                    }
                    chair.current = Some(item.clone());
                    chair.clock = Some(Clock::new(item, at));
                }
            }
            Event::Paused => {
                if let Some(clock) = &mut chair.clock {
                    clock.paused_at.get_or_insert(at);
                }
            }
            Event::Resumed => {
                if let Some(clock) = &mut chair.clock
                    && let Some(paused_at) = clock.paused_at.take()
                {
                    clock.paused_ms += (at - paused_at).max(0);
                }
            }
            Event::Extended { seconds } => {
                if let Some(clock) = &mut chair.clock {
                    clock.extended_ms += i64::from(*seconds) * 1000;
                }
            }
            Event::Responded {
                ask,
                holder,
                answer,
                note,
            } => {
                chair
                    .responses
                    .entry(ask.clone())
                    .or_default()
                    .entry(holder.clone())
                    .or_default()
                    .push(Response {
                        answer: *answer,
                        note: note.clone(),
                        at,
                    });
            }
            Event::TurnoutAnnounced { institution, count } => {
                chair
                    .turnout
                    .insert(institution.clone(), Announced { count: *count, at });
            }
            Event::PledgeRevealed { pledge } => {
                chair.revealed.insert(pledge.clone());
            }
            Event::MessageSet { to, text, pin } => {
                let message = text.clone().map(|text| Message {
                    text,
                    at,
                    pinned: *pin,
                });
                match to {
                    MessageTarget::Stage => chair.stage_message = message,
                    MessageTarget::Screen => chair.screen_message = message,
                }
            }
            Event::DisplaySet { qr, timer, turnout } => {
                chair.display = Display {
                    qr: *qr,
                    timer: *timer,
                    turnout: *turnout,
                };
            }
            Event::Ended => {
                close_run(chair, at);
                chair.phase = Phase::Ended;
                chair.ended_at = Some(at);
            }
            Event::Undone
            | Event::CheckedIn { .. }
            | Event::Pledged { .. }
            | Event::PlanChanged { .. }
            | Event::FollowUpRecorded { .. }
            | Event::FollowUpWithdrawn { .. }
            | Event::CommitmentSet { .. }
            | Event::ReportedBack { .. } => {}
        }
    }

    fn follow_up(&mut self, ask: &str, holder: &str, step: FollowUp) {
        self.follow_ups
            .entry(ask.to_owned())
            .or_default()
            .entry(holder.to_owned())
            .or_default()
            .push(step);
    }

    /// Take on a new plan; counts follow their ids (see `Audience::remap`).
    fn change_plan(&mut self, patch: &PlanPatch, seq: u64, at: Millis) {
        let new = Arc::new(patch.apply(&self.plan));
        self.audience.remap(&self.plan, &new);
        let old = std::mem::replace(&mut self.plan, new);
        self.plan_seq = seq;
        self.plan_history.record(old, &self.plan, seq, at);
    }

    fn apply_audience(&mut self, event: &Event) {
        match event {
            Event::CheckedIn {
                device,
                institution,
            } => {
                let index = match institution {
                    Some(id) => match self.institution_index(id) {
                        Some(i) => Some(i),
                        None => return,
                    },
                    None => None,
                };
                let audience = &mut self.audience;
                if let Some(before) = audience.devices.insert(device, index) {
                    let slot = audience.slot(before);
                    *slot = slot.saturating_sub(1);
                }
                *audience.slot(index) += 1;
            }
            Event::Pledged {
                device,
                pledge,
                yes,
            } => {
                let Some(index) = self.pledge_index(pledge) else {
                    return;
                };
                let audience = &mut self.audience;
                let tally = &mut audience.tallies[index];
                if let Some(before) = audience.votes[index].insert(device, *yes) {
                    let count = if before {
                        &mut tally.yes
                    } else {
                        &mut tally.no
                    };
                    *count = count.saturating_sub(1);
                }
                if *yes {
                    tally.yes += 1;
                } else {
                    tally.no += 1;
                }
            }
            _ => {}
        }
    }
}

/// Close the timer of the current item into the list of runs.
fn close_run(chair: &mut ChairState, at: Millis) {
    if let Some(clock) = chair.clock.take() {
        chair.runs.push(ItemRun {
            started_at: clock.started_at,
            ended_at: at,
            elapsed_ms: clock.elapsed_ms(at),
            paused_ms: clock.paused_total_ms(at),
            extended_ms: clock.extended_ms,
            item: clock.item,
        });
    }
}
