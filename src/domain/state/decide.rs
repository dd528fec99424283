//! The rules: whether a command may be applied now, and the event it makes.
//! Refusals say what is wrong as a code (`Why`); the pages say it, and
//! what to do instead, in their language.

use super::follow_up::{due_day, step_day};
use super::*;
use crate::domain::command::{
    ChairCommand, Command, EXTEND_MAX_SECONDS, ID_MAX, MESSAGE_MAX, MessageTarget, NOTE_MAX,
    OWNER_MAX, TURNOUT_MAX,
};
use crate::domain::event::{Event, ItemRef};
use crate::domain::plan_patch::PlanPatch;
use crate::domain::undo::UNDO_DEPTH;

impl State {
    /// Check a command against the rules. `Ok(None)` means there is nothing
    /// to change (a phone checking in again with the same institution).
    pub fn decide(
        &self,
        command: &Command,
        expect: Option<u64>,
        id: Option<&str>,
    ) -> Result<Option<Event>, Refusal> {
        if let Some(id) = id
            && (id.is_empty() || id.len() > ID_MAX)
        {
            return Err(invalid(Why::BadCommandId { max: ID_MAX }));
        }
        match command {
            Command::Chair(chair) => {
                if let Some(expected) = expect
                    && (expected < self.chair_seq || expected > self.seq)
                {
                    return Err(Refusal::Conflict {
                        expected,
                        latest: self.chair_seq,
                    });
                }
                self.decide_chair(chair).map(Some)
            }
            Command::CheckIn {
                device,
                institution,
            } => self.decide_check_in(device, institution.as_deref()),
            Command::Pledge {
                device,
                pledge,
                yes,
            } => self.decide_pledge(device, pledge, *yes),
            Command::ChangePlan(plan) => self.decide_plan(plan, expect),
            // Swapped in by the hub, which never logs it.
            Command::Recall(_) => Ok(None),
        }
    }

    /// A new plan, valid on its own, is checked against the record.
    fn decide_plan(&self, plan: &Plan, expect: Option<u64>) -> Result<Option<Event>, Refusal> {
        if let Some(expected) = expect
            && (expected < self.plan_seq || expected > self.seq)
        {
            return Err(Refusal::StalePlan {
                expected,
                latest: self.plan_seq,
            });
        }
        let locked = self.plan_locks(plan);
        if !locked.is_empty() {
            return Err(Refusal::Locked(locked));
        }
        let patch = PlanPatch::diff(&self.plan, plan);
        if patch.is_empty() {
            return Ok(None);
        }
        Ok(Some(Event::PlanChanged {
            patch: Box::new(patch),
        }))
    }

    /// Moving to the item at `index` of the running order as it is now;
    /// the event names the item by id.
    fn move_to(&self, index: usize) -> Event {
        Event::MovedTo {
            item: ItemRef::Id(self.plan.items[index].id.to_string()),
        }
    }

    fn decide_chair(&self, command: &ChairCommand) -> Result<Event, Refusal> {
        let chair = &self.chair;
        let items = self.plan.items.len();
        let running = || match chair.phase {
            Phase::Running => Ok(()),
            Phase::NotStarted => Err(invalid(Why::NotStarted)),
            Phase::Ended => Err(invalid(Why::Ended)),
        };
        match command {
            ChairCommand::Start => match chair.phase {
                Phase::NotStarted => Ok(Event::Started),
                Phase::Running => Err(invalid(Why::AlreadyRunning)),
                Phase::Ended => Err(invalid(Why::CannotRestart)),
            },
            ChairCommand::Next => {
                running()?;
                let at = self.current_index().unwrap_or(0);
                if at + 1 >= items {
                    return Err(invalid(Why::LastItem));
                }
                Ok(self.move_to(at + 1))
            }
            ChairCommand::Back => {
                running()?;
                match self.current_index() {
                    Some(at) if at > 0 => Ok(self.move_to(at - 1)),
                    _ => Err(invalid(Why::FirstItem)),
                }
            }
            ChairCommand::Goto { item } => {
                running()?;
                if *item >= items {
                    return Err(invalid(Why::NoSuchItem {
                        item: *item,
                        last: items.saturating_sub(1),
                    }));
                }
                if self.current_index() == Some(*item) {
                    return Err(invalid(Why::AlreadyCurrent { item: *item }));
                }
                Ok(self.move_to(*item))
            }
            ChairCommand::Pause => {
                running()?;
                match &chair.clock {
                    Some(clock) if clock.paused_at.is_none() => Ok(Event::Paused),
                    _ => Err(invalid(Why::AlreadyPaused)),
                }
            }
            ChairCommand::Resume => {
                running()?;
                match &chair.clock {
                    Some(clock) if clock.paused_at.is_some() => Ok(Event::Resumed),
                    _ => Err(invalid(Why::NotPaused)),
                }
            }
            ChairCommand::Extend { seconds } => {
                running()?;
                if *seconds == 0 || seconds.unsigned_abs() > EXTEND_MAX_SECONDS.unsigned_abs() {
                    return Err(invalid(Why::BadExtension {
                        max: EXTEND_MAX_SECONDS,
                    }));
                }
                self.check_planned_length(*seconds)?;
                Ok(Event::Extended { seconds: *seconds })
            }
            ChairCommand::Respond {
                ask,
                holder,
                answer,
                note,
            } => {
                self.check_put_to(ask, holder)?;
                let note = clean_text(note.as_deref(), NOTE_MAX, Field::Note)?;
                Ok(Event::Responded {
                    ask: ask.clone(),
                    holder: holder.clone(),
                    answer: *answer,
                    note,
                })
            }
            ChairCommand::Turnout {
                institution,
                count,
                confirm,
            } => {
                let Some(found) = self.plan.institution(institution) else {
                    return Err(invalid(Why::NoSuchInstitution {
                        institution: institution.clone(),
                    }));
                };
                if *count > TURNOUT_MAX {
                    return Err(invalid(Why::BadTurnout { max: TURNOUT_MAX }));
                }
                let phones = self
                    .institution_index(institution)
                    .map_or(0, |i| self.audience.checked_in.get(i).copied().unwrap_or(0));
                if !confirm && unlikely_turnout(*count, found.promised, phones) {
                    return Err(invalid(Why::TurnoutUnlikely {
                        institution: institution.clone(),
                        name: found.name.clone(),
                        count: *count,
                        promised: found.promised,
                        phones,
                    }));
                }
                Ok(Event::TurnoutAnnounced {
                    institution: institution.clone(),
                    count: *count,
                })
            }
            ChairCommand::Reveal { pledge } => {
                if self.plan.pledge(pledge).is_none() {
                    return Err(invalid(Why::NoSuchPledge {
                        pledge: pledge.clone(),
                        pledges: ids(self.plan.pledges.iter().map(|p| p.id.as_str())),
                    }));
                }
                if chair.revealed.contains(pledge) {
                    return Err(invalid(Why::AlreadyRevealed {
                        pledge: pledge.clone(),
                    }));
                }
                Ok(Event::PledgeRevealed {
                    pledge: pledge.clone(),
                })
            }
            ChairCommand::Message { to, text, pin } => {
                let text = clean_text(Some(text), MESSAGE_MAX, Field::Message)?;
                let shown = match to {
                    MessageTarget::Stage => &chair.stage_message,
                    MessageTarget::Screen => &chair.screen_message,
                };
                if text.is_none() && shown.is_none() {
                    return Err(invalid(Why::NoMessage));
                }
                // Pinning means nothing without text to keep.
                let pin = *pin && text.is_some();
                Ok(Event::MessageSet { to: *to, text, pin })
            }
            ChairCommand::Display { qr, timer, turnout } => {
                let now = chair.display;
                let next = Display {
                    qr: qr.unwrap_or(now.qr),
                    timer: timer.unwrap_or(now.timer),
                    turnout: turnout.unwrap_or(now.turnout),
                };
                if next == now {
                    return Err(invalid(Why::DisplayUnchanged));
                }
                Ok(Event::DisplaySet {
                    qr: next.qr,
                    timer: next.timer,
                    turnout: next.turnout,
                })
            }
            ChairCommand::FollowUp {
                assembly: Some(assembly),
                ask,
                holder,
                status,
                note: _,
                public_note,
                at,
                confirm: _,
            } if self.recall.is_elsewhere(assembly) => {
                // The step itself goes in the record of the assembly where
                // the ask was put, with its private note: here, what the
                // hall was shown.
                let Some(earlier) = self.recall.find(assembly, ask, holder) else {
                    return Err(invalid(Why::NotEarlier {
                        assembly: assembly.clone(),
                        ask: ask.clone(),
                        holder: holder.clone(),
                    }));
                };
                let on = match at {
                    Some(text) => step_day(text)?.to_string(),
                    None => String::new(),
                };
                Ok(Event::ReportedBack {
                    report: Box::new(Report {
                        commitment: earlier.clone(),
                        said: *status,
                        note: clean_text(public_note.as_deref(), NOTE_MAX, Field::PublicNote)?,
                        on,
                        item: chair.current.clone(),
                    }),
                })
            }
            ChairCommand::FollowUp {
                assembly: _,
                ask,
                holder,
                status,
                note,
                public_note,
                at,
                confirm: _,
            } => {
                // Every ask put to every holder is a commitment to chase,
                // whatever they answered on the night, or if they never did.
                self.check_put_to(ask, holder)?;
                let on = match at {
                    Some(text) => step_day(text)?.to_string(),
                    // Dated by the hub; a caller that does not date it
                    // leaves the day it is recorded.
                    None => String::new(),
                };
                Ok(Event::FollowUpRecorded {
                    ask: ask.clone(),
                    holder: holder.clone(),
                    status: *status,
                    note: clean_text(note.as_deref(), NOTE_MAX, Field::Note)?,
                    public_note: clean_text(public_note.as_deref(), NOTE_MAX, Field::PublicNote)?,
                    on,
                })
            }
            ChairCommand::Commitment {
                ask,
                holder,
                owner,
                due,
            } => {
                self.check_put_to(ask, holder)?;
                let owner = clean_text(owner.as_deref(), OWNER_MAX, Field::Owner)?;
                let due = match due.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(text) => Some(due_day(text)?.to_string()),
                };
                Ok(Event::CommitmentSet {
                    ask: ask.clone(),
                    holder: holder.clone(),
                    owner,
                    due,
                })
            }
            ChairCommand::Undo => {
                if !self.undo.is_empty() {
                    Ok(Event::Undone)
                } else if self.undo.forgot_some() {
                    Err(invalid(Why::UndoExhausted { depth: UNDO_DEPTH }))
                } else {
                    Err(invalid(Why::NothingToUndo))
                }
            }
            ChairCommand::End => {
                running()?;
                Ok(Event::Ended)
            }
        }
    }

    /// Refuse an ask that does not exist, or a holder it is not put to.
    fn check_put_to(&self, ask: &str, holder: &str) -> Result<(), Refusal> {
        let Some(found) = self.plan.ask(ask) else {
            return Err(invalid(Why::NoSuchAsk {
                ask: ask.to_owned(),
                asks: ids(self.plan.asks.iter().map(|a| a.id.as_str())),
            }));
        };
        if !found.to.iter().any(|h| h == holder) {
            return Err(invalid(Why::NotPutTo {
                ask: ask.to_owned(),
                holder: holder.to_owned(),
                holders: ids(found.to.iter().map(|h| h.as_str())),
            }));
        }
        Ok(())
    }

    /// Refuse an extension that would leave the current item a planned
    /// length below zero, saying how much can still be taken away.
    fn check_planned_length(&self, seconds: i32) -> Result<(), Refusal> {
        let Some(clock) = &self.chair.clock else {
            return Ok(());
        };
        let Some(item) = self.plan.item(&clock.item) else {
            return Ok(());
        };
        let planned_ms = i64::from(item.seconds) * 1000 + clock.extended_ms;
        if planned_ms + i64::from(seconds) * 1000 >= 0 {
            return Ok(());
        }
        let left = planned_ms.max(0) / 1000;
        Err(invalid(Why::BelowZero {
            title: item.title.clone(),
            left,
        }))
    }

    fn decide_check_in(
        &self,
        device: &str,
        institution: Option<&str>,
    ) -> Result<Option<Event>, Refusal> {
        check_device(device)?;
        let index = match institution {
            None => None,
            Some(id) => Some(self.institution_index(id).ok_or_else(|| {
                invalid(Why::UnknownGroup {
                    institution: id.to_owned(),
                })
            })?),
        };
        if self.audience.device(device) == Some(index) {
            return Ok(None);
        }
        Ok(Some(Event::CheckedIn {
            device: device.to_string(),
            institution: institution.map(str::to_string),
        }))
    }

    fn decide_pledge(
        &self,
        device: &str,
        pledge: &str,
        yes: bool,
    ) -> Result<Option<Event>, Refusal> {
        check_device(device)?;
        let Some(index) = self.pledge_index(pledge) else {
            return Err(invalid(Why::UnknownPledge {
                pledge: pledge.to_owned(),
            }));
        };
        if self.audience.device(device).is_none() {
            return Err(invalid(Why::NotCheckedIn));
        }
        if self.open_pledge() != Some(pledge) {
            return Err(invalid(Why::PledgeClosed));
        }
        if self.audience.vote(index, device) == Some(yes) {
            return Ok(None);
        }
        Ok(Some(Event::Pledged {
            device: device.to_string(),
            pledge: pledge.to_string(),
            yes,
        }))
    }
}

/// How far above the promise a count goes before the chair is asked if
/// they meant it: 850 typed for 85 (promised 80) is ten times over.
pub const TURNOUT_OVER_PROMISE: u32 = 3;
/// With nothing promised, the checked-in phones are the yardstick; a count
/// this small is never questioned (phones are few where people share them).
pub const TURNOUT_UNPROMISED_FLOOR: u32 = 50;

/// Whether a roll-call count is so far above what the institution promised
/// (or, with no promise, above its checked-in phones) that it is more
/// likely a slip of the finger than the room. The chair confirms it.
pub fn unlikely_turnout(count: u32, promised: u32, phones: u32) -> bool {
    let over = |base: u32| u64::from(count) > u64::from(base) * u64::from(TURNOUT_OVER_PROMISE);
    if promised > 0 {
        over(promised)
    } else {
        count > TURNOUT_UNPROMISED_FLOOR && over(phones)
    }
}

fn check_device(device: &str) -> Result<(), Refusal> {
    if device.is_empty() || device.len() > 64 {
        return Err(invalid(Why::BadDevice));
    }
    Ok(())
}

/// Trim free text, cap its length, and turn empty into `None`.
fn clean_text(text: Option<&str>, max: usize, field: Field) -> Result<Option<String>, Refusal> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if let Some((n, c)) = crate::domain::text::control_character(text) {
        return Err(invalid(Why::ControlCharacter {
            field,
            character: crate::domain::text::describe(c),
            at: n + 1,
        }));
    }
    let length = text.chars().count();
    if length > max {
        return Err(invalid(Why::TooLong { field, length, max }));
    }
    Ok(Some(text.to_string()))
}

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    ids.map(str::to_owned).collect()
}
