//! The assembly's state as a fold of events, and the rules that turn a
//! command into the next event.
//!
//! The state splits in two: what the chair controls (`ChairState`; before
//! every chair event the undo stack notes what the event overwrites, so
//! `undo` can restore it) and what the audience does (`Audience`: check-ins
//! and pledges, large, never undone by the chair).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::Serialize;

use super::command::{
    Answer, ChairCommand, Command, EXTEND_MAX_SECONDS, FollowUpStatus, ID_MAX, MESSAGE_MAX,
    MessageTarget, NOTE_MAX, TURNOUT_MAX,
};
use super::event::{Envelope, Event, Millis};
use super::plan::{ItemKind, Plan};
use super::undo::{UNDO_DEPTH, UndoStack};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    NotStarted,
    Running,
    Ended,
}

/// The timer of the item on now. Times are data, never tasks: anyone can
/// draw the countdown from these values and the current time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Clock {
    pub item: usize,
    pub started_at: Millis,
    /// Set while paused.
    pub paused_at: Option<Millis>,
    /// Paused time before `paused_at`, in milliseconds.
    pub paused_ms: i64,
    /// Extensions given so far, in milliseconds (may be negative).
    pub extended_ms: i64,
}

impl Clock {
    fn new(item: usize, at: Millis) -> Clock {
        Clock {
            item,
            started_at: at,
            paused_at: None,
            paused_ms: 0,
            extended_ms: 0,
        }
    }

    /// Running time of the item at `now`, pauses excluded.
    pub fn elapsed_ms(&self, now: Millis) -> i64 {
        let until = self.paused_at.unwrap_or(now).max(self.started_at);
        (until - self.started_at - self.paused_ms).max(0)
    }

    /// Total paused time at `now`.
    pub fn paused_total_ms(&self, now: Millis) -> i64 {
        self.paused_ms + self.paused_at.map_or(0, |p| (now - p).max(0))
    }
}

/// One visit of an item, closed when the chair moved on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRun {
    pub item: usize,
    pub started_at: Millis,
    pub ended_at: Millis,
    /// Running time, pauses excluded.
    pub elapsed_ms: i64,
    pub paused_ms: i64,
    pub extended_ms: i64,
}

/// One answer given on stage; later answers replace earlier ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Response {
    pub answer: Answer,
    pub note: Option<String>,
    pub at: Millis,
}

/// A count announced from the floor at the roll call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announced {
    pub count: u32,
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub text: String,
    pub at: Millis,
}

/// Everything the chair controls, and so everything `undo` can restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChairState {
    pub phase: Phase,
    pub started_at: Option<Millis>,
    pub ended_at: Option<Millis>,
    /// Index of the current item; `None` before the start.
    pub current: Option<usize>,
    pub clock: Option<Clock>,
    pub runs: Vec<ItemRun>,
    /// ask id -> holder id -> every answer in order; the last one counts.
    pub responses: BTreeMap<String, BTreeMap<String, Vec<Response>>>,
    /// institution id -> count announced at the roll call.
    pub turnout: BTreeMap<String, Announced>,
    pub revealed: BTreeSet<String>,
    pub stage_message: Option<Message>,
    pub screen_message: Option<Message>,
    pub display: Display,
    /// ask id -> holder id -> every follow-up status in order; the last counts.
    pub follow_ups: BTreeMap<String, BTreeMap<String, Vec<FollowUp>>>,
}

/// One step in chasing a commitment after the assembly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub status: FollowUpStatus,
    pub note: Option<String>,
    pub at: Millis,
}

/// What the projector shows besides the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Display {
    pub qr: bool,
    pub timer: bool,
    pub turnout: bool,
}

impl Default for Display {
    fn default() -> Display {
        Display {
            qr: true,
            timer: true,
            turnout: true,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
}

/// What the audience did: check-ins and pledges, one phone counting once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audience {
    /// device -> institution index, `None` for "on my own".
    devices: HashMap<String, Option<usize>>,
    /// Checked-in phones per institution, in plan order.
    pub checked_in: Vec<u32>,
    /// Phones checked in on their own.
    pub on_own: u32,
    /// pledge index -> device -> yes.
    votes: Vec<HashMap<String, bool>>,
    /// Per pledge, in plan order.
    pub tallies: Vec<Tally>,
}

impl Audience {
    fn new(plan: &Plan) -> Audience {
        Audience {
            devices: HashMap::new(),
            checked_in: vec![0; plan.institutions.len()],
            on_own: 0,
            votes: vec![HashMap::new(); plan.pledges.len()],
            tallies: vec![Tally::default(); plan.pledges.len()],
        }
    }

    /// Phones checked in, with an institution or on their own.
    pub fn total(&self) -> u64 {
        self.checked_in.iter().map(|&n| u64::from(n)).sum::<u64>() + u64::from(self.on_own)
    }

    /// `None` if the device never checked in; `Some(None)` if on its own.
    pub fn device(&self, device: &str) -> Option<Option<usize>> {
        self.devices.get(device).copied()
    }

    pub fn vote(&self, pledge: usize, device: &str) -> Option<bool> {
        self.votes.get(pledge)?.get(device).copied()
    }

    fn slot(&mut self, institution: Option<usize>) -> &mut u32 {
        match institution {
            Some(i) => &mut self.checked_in[i],
            None => &mut self.on_own,
        }
    }
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Another chair change happened since the sender's `expect`.
    Conflict { expected: u64, latest: u64 },
    /// The command makes no sense now; the text says why and what to do.
    Invalid(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Conflict { expected, latest } => write!(
                f,
                "another chair change was made first (you saw change {expected}, the latest chair change is {latest}); look at the fresh state and try again if still needed"
            ),
            Refusal::Invalid(text) => f.write_str(text),
        }
    }
}

fn invalid(text: impl Into<String>) -> Refusal {
    Refusal::Invalid(text.into())
}

/// The whole assembly at one `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub plan: Arc<Plan>,
    /// Number of the last event applied (0 before any).
    pub seq: u64,
    /// Number of the last chair event; `expect` is checked against it.
    pub chair_seq: u64,
    pub chair: ChairState,
    pub audience: Audience,
    /// What each recent chair event overwrote, latest last.
    undo: UndoStack,
    /// Idempotency keys seen, with the `seq` their command was applied at.
    ids: HashMap<String, u64>,
}

impl State {
    pub fn new(plan: Arc<Plan>) -> State {
        let audience = Audience::new(&plan);
        State {
            plan,
            seq: 0,
            chair_seq: 0,
            chair: ChairState {
                phase: Phase::NotStarted,
                started_at: None,
                ended_at: None,
                current: None,
                clock: None,
                runs: Vec::new(),
                responses: BTreeMap::new(),
                turnout: BTreeMap::new(),
                revealed: BTreeSet::new(),
                stage_message: None,
                screen_message: None,
                display: Display::default(),
                follow_ups: BTreeMap::new(),
            },
            audience,
            undo: UndoStack::default(),
            ids: HashMap::new(),
        }
    }

    /// Fold a log of events into a state.
    pub fn replay<'a>(plan: Arc<Plan>, log: impl IntoIterator<Item = &'a Envelope>) -> State {
        let mut state = State::new(plan);
        for envelope in log {
            state.apply(envelope);
        }
        state
    }

    /// The `seq` a command with this idempotency key was applied at, if any.
    pub fn applied_id(&self, id: &str) -> Option<u64> {
        self.ids.get(id).copied()
    }

    /// How many chair changes `undo` could still revert.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

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
            return Err(invalid(format!(
                "`id` must be 1 to {ID_MAX} characters; use a fresh random string per command"
            )));
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
        }
    }

    fn decide_chair(&self, command: &ChairCommand) -> Result<Event, Refusal> {
        let chair = &self.chair;
        let items = self.plan.items.len();
        let running = || match chair.phase {
            Phase::Running => Ok(()),
            Phase::NotStarted => Err(invalid(
                "the assembly has not started yet: send `start` first",
            )),
            Phase::Ended => Err(invalid(
                "the assembly has ended; `undo` reopens it if `end` was a mistake",
            )),
        };
        match command {
            ChairCommand::Start => match chair.phase {
                Phase::NotStarted => Ok(Event::Started),
                Phase::Running => Err(invalid("the assembly is already running")),
                Phase::Ended => Err(invalid("the assembly has ended; it cannot start again")),
            },
            ChairCommand::Next => {
                running()?;
                let at = chair.current.unwrap_or(0);
                if at + 1 >= items {
                    return Err(invalid(
                        "this is the last item: there is no next one; send `end` to close the assembly",
                    ));
                }
                Ok(Event::MovedTo { item: at + 1 })
            }
            ChairCommand::Back => {
                running()?;
                match chair.current {
                    Some(at) if at > 0 => Ok(Event::MovedTo { item: at - 1 }),
                    _ => Err(invalid(
                        "this is the first item: there is nothing before it",
                    )),
                }
            }
            ChairCommand::Goto { item } => {
                running()?;
                if *item >= items {
                    return Err(invalid(format!(
                        "there is no item {item}: items are numbered 0 to {}",
                        items - 1
                    )));
                }
                if chair.current == Some(*item) {
                    return Err(invalid(format!("item {item} is already the current item")));
                }
                Ok(Event::MovedTo { item: *item })
            }
            ChairCommand::Pause => {
                running()?;
                match chair.clock {
                    Some(clock) if clock.paused_at.is_none() => Ok(Event::Paused),
                    _ => Err(invalid("the timer is already paused")),
                }
            }
            ChairCommand::Resume => {
                running()?;
                match chair.clock {
                    Some(clock) if clock.paused_at.is_some() => Ok(Event::Resumed),
                    _ => Err(invalid("the timer is not paused")),
                }
            }
            ChairCommand::Extend { seconds } => {
                running()?;
                if *seconds == 0 || seconds.unsigned_abs() > EXTEND_MAX_SECONDS.unsigned_abs() {
                    return Err(invalid(format!(
                        "`seconds` must be between -{EXTEND_MAX_SECONDS} and {EXTEND_MAX_SECONDS}, and not 0"
                    )));
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
                let Some(found) = self.plan.ask(ask) else {
                    return Err(invalid(format!(
                        "there is no ask `{ask}`; the asks are: {}",
                        list(self.plan.asks.iter().map(|a| a.id.as_str()))
                    )));
                };
                if !found.to.iter().any(|h| h == holder) {
                    return Err(invalid(format!(
                        "ask `{ask}` is not put to `{holder}`; it is put to: {}",
                        list(found.to.iter().map(String::as_str))
                    )));
                }
                let note = clean_text(note.as_deref(), NOTE_MAX, "note")?;
                Ok(Event::Responded {
                    ask: ask.clone(),
                    holder: holder.clone(),
                    answer: *answer,
                    note,
                })
            }
            ChairCommand::Turnout { institution, count } => {
                if self.plan.institution(institution).is_none() {
                    return Err(invalid(format!(
                        "there is no institution `{institution}`; check the id in the plan"
                    )));
                }
                if *count > TURNOUT_MAX {
                    return Err(invalid(format!(
                        "`count` must be between 0 and {TURNOUT_MAX}"
                    )));
                }
                Ok(Event::TurnoutAnnounced {
                    institution: institution.clone(),
                    count: *count,
                })
            }
            ChairCommand::Reveal { pledge } => {
                if self.plan.pledge(pledge).is_none() {
                    return Err(invalid(format!(
                        "there is no pledge `{pledge}`; the pledges are: {}",
                        list(self.plan.pledges.iter().map(|p| p.id.as_str()))
                    )));
                }
                if chair.revealed.contains(pledge) {
                    return Err(invalid(format!("pledge `{pledge}` is already revealed")));
                }
                Ok(Event::PledgeRevealed {
                    pledge: pledge.clone(),
                })
            }
            ChairCommand::Message { to, text } => {
                let text = clean_text(Some(text), MESSAGE_MAX, "message")?;
                let shown = match to {
                    MessageTarget::Stage => &chair.stage_message,
                    MessageTarget::Screen => &chair.screen_message,
                };
                if text.is_none() && shown.is_none() {
                    return Err(invalid("there is no message to clear"));
                }
                Ok(Event::MessageSet { to: *to, text })
            }
            ChairCommand::Display { qr, timer, turnout } => {
                let now = chair.display;
                let next = Display {
                    qr: qr.unwrap_or(now.qr),
                    timer: timer.unwrap_or(now.timer),
                    turnout: turnout.unwrap_or(now.turnout),
                };
                if next == now {
                    return Err(invalid(
                        "the screen already shows that; name `qr`, `timer` or `turnout` with true or false",
                    ));
                }
                Ok(Event::DisplaySet {
                    qr: next.qr,
                    timer: next.timer,
                    turnout: next.turnout,
                })
            }
            ChairCommand::FollowUp {
                ask,
                holder,
                status,
                note,
            } => {
                let answered = chair
                    .responses
                    .get(ask)
                    .and_then(|h| h.get(holder))
                    .and_then(|history| history.last());
                match answered {
                    None => Err(invalid(format!(
                        "`{holder}` has not answered ask `{ask}`: only an answer given on stage can be followed up"
                    ))),
                    Some(r) if r.answer == Answer::Absent => Err(invalid(format!(
                        "`{holder}` was absent for ask `{ask}`, so there is no commitment to follow up"
                    ))),
                    Some(_) => Ok(Event::FollowedUp {
                        ask: ask.clone(),
                        holder: holder.clone(),
                        status: *status,
                        note: clean_text(note.as_deref(), NOTE_MAX, "note")?,
                    }),
                }
            }
            ChairCommand::Undo => {
                if !self.undo.is_empty() {
                    Ok(Event::Undone)
                } else if self.undo.forgot_some() {
                    Err(invalid(format!(
                        "undo reaches back only the last {UNDO_DEPTH} chair changes, and they \
                         have all been undone; make any older change again by hand \
                         (for example with `goto`)"
                    )))
                } else {
                    Err(invalid("there is nothing to undo"))
                }
            }
            ChairCommand::End => {
                running()?;
                Ok(Event::Ended)
            }
        }
    }

    /// Refuse an extension that would leave the current item a planned
    /// length below zero, saying how much can still be taken away.
    fn check_planned_length(&self, seconds: i32) -> Result<(), Refusal> {
        let Some(clock) = self.chair.clock else {
            return Ok(());
        };
        let Some(item) = self.plan.items.get(clock.item) else {
            return Ok(());
        };
        let planned_ms = i64::from(item.seconds) * 1000 + clock.extended_ms;
        if planned_ms + i64::from(seconds) * 1000 >= 0 {
            return Ok(());
        }
        let left = planned_ms.max(0) / 1000;
        Err(invalid(format!(
            "that would leave \"{title}\" a planned length below zero: it is planned for \
             {left} seconds with extensions, so at most {left} seconds can be taken away",
            title = item.title
        )))
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
                invalid(format!(
                    "there is no institution `{id}`; pick one from the list, or check in on your own"
                ))
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
            return Err(invalid(format!("there is no pledge `{pledge}`")));
        };
        if self.audience.device(device).is_none() {
            return Err(invalid("check in first, then you can pledge"));
        }
        if self.open_pledge() != Some(pledge) {
            return Err(invalid("this pledge is not open right now"));
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

    /// The pledge the audience can answer now: the one the current item is about.
    pub fn open_pledge(&self) -> Option<&str> {
        if self.chair.phase != Phase::Running {
            return None;
        }
        let item = self.plan.items.get(self.chair.current?)?;
        match item.kind {
            ItemKind::Pledge => item.pledge.as_deref(),
            _ => None,
        }
    }

    pub fn institution_index(&self, id: &str) -> Option<usize> {
        self.plan.institutions.iter().position(|i| i.id == id)
    }

    pub fn pledge_index(&self, id: &str) -> Option<usize> {
        self.plan.pledges.iter().position(|p| p.id == id)
    }

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
        let chair = &mut self.chair;
        match event {
            Event::Started => {
                chair.phase = Phase::Running;
                chair.started_at = Some(at);
                chair.current = Some(0);
                chair.clock = Some(Clock::new(0, at));
            }
            Event::MovedTo { item } => {
                close_run(chair, at);
                chair.current = Some(*item);
                chair.clock = Some(Clock::new(*item, at));
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
            Event::MessageSet { to, text } => {
                let message = text.clone().map(|text| Message { text, at });
                match to {
                    MessageTarget::Stage => chair.stage_message = message,
                    MessageTarget::Screen => chair.screen_message = message,
                }
            }
            Event::FollowedUp {
                ask,
                holder,
                status,
                note,
            } => {
                chair
                    .follow_ups
                    .entry(ask.clone())
                    .or_default()
                    .entry(holder.clone())
                    .or_default()
                    .push(FollowUp {
                        status: *status,
                        note: note.clone(),
                        at,
                    });
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
            Event::Undone | Event::CheckedIn { .. } | Event::Pledged { .. } => {}
        }
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
                if let Some(before) = audience.devices.insert(device.clone(), index) {
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
                if let Some(before) = audience.votes[index].insert(device.clone(), *yes) {
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
            item: clock.item,
            started_at: clock.started_at,
            ended_at: at,
            elapsed_ms: clock.elapsed_ms(at),
            paused_ms: clock.paused_total_ms(at),
            extended_ms: clock.extended_ms,
        });
    }
}

fn check_device(device: &str) -> Result<(), Refusal> {
    if device.is_empty() || device.len() > 64 {
        return Err(invalid(
            "this phone has no valid device id: reload the page",
        ));
    }
    Ok(())
}

/// Trim free text, cap its length, and turn empty into `None`.
fn clean_text(text: Option<&str>, max: usize, what: &str) -> Result<Option<String>, Refusal> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if let Some((n, c)) = super::text::control_character(text) {
        return Err(invalid(format!(
            "the {what} holds a control character ({}) at character {}; \
             take it out and send plain text (line breaks and tabs are fine)",
            super::text::describe(c),
            n + 1
        )));
    }
    let length = text.chars().count();
    if length > max {
        return Err(invalid(format!(
            "the {what} is {length} characters long; keep it to {max}"
        )));
    }
    Ok(Some(text.to_string()))
}

fn list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
    if ids.is_empty() {
        "none".to_string()
    } else {
        ids.join(", ")
    }
}
