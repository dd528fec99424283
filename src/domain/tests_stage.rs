//! On stage: a message belongs to the item it was sent in (moving clears
//! it unless pinned, undoing the move brings it back), and a roll-call
//! count far above the promise waits for the chair's confirmation.

use super::command::{ChairCommand as C, MessageTarget};
use super::event::Event;
use super::state::{Refusal, State};
use super::tests::{Run, log_of, plan};

fn message(to: MessageTarget, text: &str, pin: bool) -> C {
    C::Message {
        to,
        text: text.into(),
        pin,
    }
}

fn shown(run: &Run) -> (Option<String>, Option<String>) {
    let chair = &run.state.chair;
    (
        chair.stage_message.as_ref().map(|m| m.text.clone()),
        chair.screen_message.as_ref().map(|m| m.text.clone()),
    )
}

fn turnout(institution: &str, count: u32, confirm: bool) -> C {
    C::Turnout {
        institution: institution.into(),
        count,
        confirm,
    }
}

#[test]
fn next_back_and_goto_clear_messages_that_are_not_pinned() {
    let mut run = Run::new();
    run.ok(C::Start);
    for (mv, name) in [
        (C::Next, "next"),
        (C::Back, "back"),
        (C::Goto { item: 3 }, "goto"),
    ] {
        run.ok(message(MessageTarget::Stage, "Time", false));
        run.ok(message(MessageTarget::Screen, "Seats, please", false));
        run.ok(mv);
        assert_eq!(shown(&run), (None, None), "{name} left a message up");
    }
    run.ok(message(MessageTarget::Stage, "Mics off", true));
    run.ok(message(MessageTarget::Screen, "Wifi: hall", true));
    run.ok(C::Next);
    run.ok(C::Back);
    assert_eq!(
        shown(&run),
        (Some("Mics off".into()), Some("Wifi: hall".into())),
        "a pinned message stays from item to item"
    );
    assert!(run.state.chair.stage_message.as_ref().unwrap().pinned);
}

#[test]
fn undoing_a_move_brings_the_message_back_as_it_was() {
    let mut run = Run::new();
    run.ok(C::Start);
    run.ok(message(MessageTarget::Stage, "Time", false));
    let before = run.state.chair.clone();
    run.ok(C::Next);
    assert_eq!(shown(&run).0, None);
    run.ok(C::Undo);
    assert_eq!(run.state.chair, before, "undo of Next restores the message");
    // Replay folds to the same state, message and all.
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed.chair, run.state.chair);
}

#[test]
fn pin_is_optional_and_old_logs_replay_unpinned() {
    let parsed: C = serde_json::from_str(r#"{"cmd":"message","to":"stage","text":"Hi"}"#).unwrap();
    assert_eq!(parsed, message(MessageTarget::Stage, "Hi", false));
    let pinned: C =
        serde_json::from_str(r#"{"cmd":"message","to":"stage","text":"Hi","pin":true}"#).unwrap();
    assert_eq!(pinned, message(MessageTarget::Stage, "Hi", true));
    // An event as a log from before pins holds it.
    let old: Event =
        serde_json::from_str(r#"{"type":"message_set","to":"stage","text":"Time"}"#).unwrap();
    assert_eq!(
        old,
        Event::MessageSet {
            to: MessageTarget::Stage,
            text: Some("Time".into()),
            pin: false
        }
    );
    // And an unpinned event is written as before, without the field.
    assert!(!serde_json::to_string(&old).unwrap().contains("pin"));
    let state = State::replay(
        std::sync::Arc::new(plan()),
        &log_of([
            Event::Started,
            old,
            Event::MovedTo {
                item: super::event::ItemRef::Id(plan().items[1].id.to_string()),
            },
        ]),
    );
    assert!(state.chair.stage_message.is_none());
}

#[test]
fn a_count_far_above_the_promise_waits_for_confirmation() {
    let mut run = Run::new();
    // aru promised 100: 300 is three times, 301 is over.
    run.ok(turnout("aru", 300, false));
    let refusal = run.chair(turnout("aru", 850, false)).unwrap_err();
    let Refusal::Invalid(why) = &refusal else {
        panic!("{refusal:?}")
    };
    let reason = why.reason();
    assert_eq!(reason.code, "turnout_unlikely");
    let args = reason.args();
    assert_eq!(args["count"], 850);
    assert_eq!(args["promised"], 100);
    assert_eq!(args["name"], "Anglia Ruskin");
    assert!(refusal.to_string().contains("confirm"), "{refusal}");
    assert_eq!(run.state.chair.turnout["aru"].count, 300, "not shown");
    run.ok(turnout("aru", 850, true));
    assert_eq!(run.state.chair.turnout["aru"].count, 850);
}

#[test]
fn with_nothing_promised_the_phones_are_the_yardstick() {
    let mut run = Run::new();
    let mut p = plan();
    p.institutions[1].promised = 0;
    run.state = State::new(std::sync::Arc::new(p));
    // Small counts are never questioned.
    run.ok(turnout("mosque", 50, false));
    assert!(run.chair(turnout("mosque", 51, false)).is_err());
    for n in 0..20 {
        run.check_in(&format!("phone-{n}"), Some("mosque")).unwrap();
    }
    run.ok(turnout("mosque", 60, false));
    assert!(run.chair(turnout("mosque", 61, false)).is_err());
    run.ok(turnout("mosque", 61, true));
}

#[test]
fn undoing_a_count_restores_the_one_before() {
    let mut run = Run::new();
    run.ok(turnout("aru", 85, false));
    run.ok(turnout("aru", 850, true));
    run.ok(C::Undo);
    assert_eq!(run.state.chair.turnout["aru"].count, 85);
}
