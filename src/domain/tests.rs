//! Rules of the domain, one test each, and properties over random command
//! sequences: replay equals live, and undo restores the previous state.

use std::sync::Arc;

use proptest::prelude::*;

use super::command::{Answer, ChairCommand as C, Command, MessageTarget};
use super::event::{Envelope, Millis};
use super::plan::{Ask, AssemblyInfo, Institution, Item, ItemKind, Plan, Pledge, PowerHolder};
use super::state::{Phase, Refusal, State};

pub(super) fn item(title: &str, kind: ItemKind, seconds: u32) -> Item {
    Item {
        id: super::plan::slug_of(title, 40).as_str().into(),
        title: title.into(),
        kind,
        seconds,
        lead: None,
        ask: None,
        pledge: None,
        holder: None,
        notes: None,
    }
}

pub(crate) fn plan() -> Plan {
    let mut ask = item("Living Wage ask", ItemKind::Ask, 60);
    ask.ask = Some("wage".into());
    let mut response = item("Responses", ItemKind::Response, 120);
    response.ask = Some("wage".into());
    let mut pledge = item("Pledge", ItemKind::Pledge, 60);
    pledge.pledge = Some("team".into());
    Plan {
        assembly: AssemblyInfo {
            title: "Test Assembly".into(),
            venue: "Hall".into(),
            starts: None,
            timezone: None,
            languages: Vec::new(),
            screen_languages: Vec::new(),
        },
        institutions: vec![
            Institution {
                id: "aru".into(),
                name: "Anglia Ruskin".into(),
                promised: 100,
            },
            Institution {
                id: "mosque".into(),
                name: "Mill Road Mosque".into(),
                promised: 50,
            },
        ],
        power_holders: vec![
            PowerHolder {
                id: "leader".into(),
                name: "Cllr Doe".into(),
                role: "Leader".into(),
            },
            PowerHolder {
                id: "mayor".into(),
                name: "A Mayor".into(),
                role: "Mayor".into(),
            },
        ],
        asks: vec![Ask {
            id: "wage".into(),
            title: "Living Wage".into(),
            text: "Will you?".into(),
            to: vec!["leader".into(), "mayor".into()],
        }],
        pledges: vec![Pledge {
            id: "team".into(),
            text: "Join?".into(),
        }],
        items: vec![
            item("Welcome", ItemKind::Welcome, 180),
            item("Roll call", ItemKind::RollCall, 300),
            ask,
            response,
            pledge,
            item("Close", ItemKind::Close, 120),
        ],
        translations: Default::default(),
    }
}

/// A log of `events`, one a second from `seq` 1, as a store would hold it.
pub(super) fn log_of(events: impl IntoIterator<Item = super::event::Event>) -> Vec<Envelope> {
    events
        .into_iter()
        .enumerate()
        .map(|(n, event)| Envelope {
            seq: n as u64 + 1,
            at: 1_000 * (n as i64 + 1),
            id: None,
            event,
        })
        .collect()
}

/// A state plus a log, driven like the hub drives it.
pub(super) struct Run {
    pub(super) state: State,
    pub(super) log: Vec<Envelope>,
    pub(super) now: Millis,
}

impl Run {
    pub(super) fn new() -> Run {
        Run {
            state: State::new(Arc::new(plan())),
            log: Vec::new(),
            now: 1_000_000,
        }
    }

    pub(super) fn send(
        &mut self,
        command: Command,
        expect: Option<u64>,
        id: Option<&str>,
    ) -> Result<u64, Refusal> {
        if let Some(id) = id
            && let Some(seq) = self.state.applied_id(id)
        {
            return Ok(seq);
        }
        if let Some(event) = self.state.decide(&command, expect, id)? {
            let envelope = Envelope {
                seq: self.state.seq + 1,
                at: self.now,
                id: id.map(str::to_string),
                event,
            };
            self.state.apply(&envelope);
            self.log.push(envelope);
        }
        Ok(self.state.seq)
    }

    pub(super) fn chair(&mut self, command: C) -> Result<u64, Refusal> {
        self.send(Command::Chair(command), None, None)
    }

    pub(super) fn ok(&mut self, command: C) {
        let name = command.name();
        self.chair(command)
            .unwrap_or_else(|e| panic!("{name} refused: {e}"));
    }

    pub(super) fn refused(&mut self, command: C) -> String {
        match self.chair(command) {
            Err(refusal @ Refusal::Invalid(_)) => refusal.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    pub(super) fn check_in(
        &mut self,
        device: &str,
        institution: Option<&str>,
    ) -> Result<u64, Refusal> {
        self.send(
            Command::CheckIn {
                device: device.into(),
                institution: institution.map(str::to_string),
            },
            None,
            None,
        )
    }

    pub(super) fn wait(&mut self, ms: i64) {
        self.now += ms;
    }
}

pub(super) fn respond(holder: &str, answer: Answer) -> C {
    C::Respond {
        ask: "wage".into(),
        holder: holder.into(),
        answer,
        note: None,
    }
}

#[test]
fn start_then_next_moves_through_the_running_order() {
    let mut run = Run::new();
    assert_eq!(run.state.current_index(), None);
    assert!(run.refused(C::Next).contains("send `start`"));
    run.ok(C::Start);
    assert_eq!(run.state.current_index(), Some(0));
    assert_eq!(run.state.chair.phase, Phase::Running);
    run.ok(C::Next);
    run.ok(C::Next);
    assert_eq!(run.state.current_index(), Some(2));
    run.ok(C::Back);
    assert_eq!(run.state.current_index(), Some(1));
    run.ok(C::Goto { item: 5 });
    assert_eq!(run.state.current_index(), Some(5));
    assert_eq!(run.state.chair.runs.len(), 4);
}

#[test]
fn next_on_the_last_item_is_refused() {
    let mut run = Run::new();
    run.ok(C::Start);
    run.ok(C::Goto { item: 5 });
    assert!(run.refused(C::Next).contains("last item"));
    assert!(run.refused(C::Goto { item: 6 }).contains("no item 6"));
    assert!(run.refused(C::Goto { item: 5 }).contains("already"));
}

#[test]
fn back_on_the_first_item_is_refused() {
    let mut run = Run::new();
    run.ok(C::Start);
    assert!(run.refused(C::Back).contains("first item"));
}

#[test]
fn start_twice_is_refused_and_end_stops_navigation() {
    let mut run = Run::new();
    run.ok(C::Start);
    assert!(run.refused(C::Start).contains("already running"));
    run.ok(C::End);
    assert_eq!(run.state.chair.phase, Phase::Ended);
    assert!(run.refused(C::Next).contains("ended"));
    assert!(run.refused(C::End).contains("ended"));
}

#[test]
fn respond_only_to_an_ask_put_to_that_holder() {
    let mut run = Run::new();
    run.ok(respond("leader", Answer::Yes));
    let text = run.refused(C::Respond {
        ask: "wage".into(),
        holder: "nobody".into(),
        answer: Answer::Yes,
        note: None,
    });
    assert!(text.contains("not put to `nobody`"), "{text}");
    let text = run.refused(C::Respond {
        ask: "housing".into(),
        holder: "leader".into(),
        answer: Answer::No,
        note: None,
    });
    assert!(text.contains("no ask `housing`"), "{text}");
}

#[test]
fn a_later_answer_replaces_an_earlier_one_and_history_is_kept() {
    let mut run = Run::new();
    run.ok(respond("leader", Answer::Waffle));
    run.wait(30_000);
    run.ok(C::Respond {
        ask: "wage".into(),
        holder: "leader".into(),
        answer: Answer::Yes,
        note: Some("  by April 2027 ".into()),
    });
    let history = &run.state.chair.responses["wage"]["leader"];
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].answer, Answer::Waffle);
    assert_eq!(history[1].answer, Answer::Yes);
    assert_eq!(history[1].note.as_deref(), Some("by April 2027"));
    assert_eq!(history[1].at - history[0].at, 30_000);
}

#[test]
fn answers_are_parsed_from_their_names_only() {
    for (name, answer) in [
        ("yes", Answer::Yes),
        ("no", Answer::No),
        ("waffle", Answer::Waffle),
        ("absent", Answer::Absent),
    ] {
        let json =
            format!(r#"{{"cmd":"respond","ask":"wage","holder":"leader","answer":"{name}"}}"#);
        let command: C = serde_json::from_str(&json).unwrap();
        assert_eq!(command, respond("leader", answer));
    }
    let bad = r#"{"cmd":"respond","ask":"wage","holder":"leader","answer":"maybe"}"#;
    assert!(serde_json::from_str::<C>(bad).is_err());
}

#[test]
fn turnout_counts_are_bounded_and_replace() {
    let mut run = Run::new();
    run.ok(C::Turnout {
        institution: "aru".into(),
        count: 0,
        confirm: false,
    });
    run.ok(C::Turnout {
        institution: "aru".into(),
        count: 100_000,
        confirm: true,
    });
    assert_eq!(run.state.chair.turnout["aru"].count, 100_000);
    assert!(
        run.refused(C::Turnout {
            institution: "aru".into(),
            count: 100_001,
            confirm: true,
        })
        .contains("between 0 and 100,000")
    );
    assert!(
        run.refused(C::Turnout {
            institution: "nowhere".into(),
            count: 3,
            confirm: false,
        })
        .contains("no institution")
    );
}

#[test]
fn undo_reverts_the_last_chair_change_and_can_be_repeated() {
    let mut run = Run::new();
    let fresh = run.state.chair.clone();
    run.ok(C::Start);
    let started = run.state.chair.clone();
    run.ok(C::Next);
    run.ok(respond("mayor", Answer::No));
    run.ok(C::Undo);
    assert!(run.state.chair.responses.is_empty());
    assert_eq!(run.state.current_index(), Some(1));
    run.ok(C::Undo);
    assert_eq!(run.state.chair, started);
    run.ok(C::Undo);
    assert_eq!(run.state.chair, fresh);
    assert!(run.refused(C::Undo).contains("nothing to undo"));
}

#[test]
fn undo_leaves_check_ins_alone() {
    let mut run = Run::new();
    run.ok(C::Start);
    run.check_in("phone-1", Some("aru")).unwrap();
    run.ok(C::Undo);
    assert_eq!(run.state.audience.total(), 1);
    assert_eq!(run.state.chair.phase, Phase::NotStarted);
}

#[test]
fn a_stale_expect_is_a_conflict_but_check_ins_do_not_make_it_stale() {
    let mut run = Run::new();
    let seen = run.chair(C::Start).unwrap();
    run.check_in("phone-1", None).unwrap();
    run.check_in("phone-2", Some("aru")).unwrap();
    // The second chair device saw `seen`; audience changes since do not matter.
    let after = run.send(Command::Chair(C::Next), Some(seen), None).unwrap();
    assert_eq!(run.state.current_index(), Some(1));
    // The first chair device also saw `seen` and taps Next too: refused.
    let conflict = run.send(Command::Chair(C::Next), Some(seen), None);
    assert_eq!(
        conflict,
        Err(Refusal::Conflict {
            expected: seen,
            latest: after
        })
    );
    assert_eq!(run.state.current_index(), Some(1));
    // An expect from the future is refused too.
    assert!(matches!(
        run.send(Command::Chair(C::Next), Some(after + 10), None),
        Err(Refusal::Conflict { .. })
    ));
}

#[test]
fn a_repeated_id_applies_once() {
    let mut run = Run::new();
    run.ok(C::Start);
    let first = run
        .send(Command::Chair(C::Next), None, Some("tap-1"))
        .unwrap();
    let again = run
        .send(Command::Chair(C::Next), None, Some("tap-1"))
        .unwrap();
    assert_eq!(first, again);
    assert_eq!(run.state.current_index(), Some(1));
    // The key survives a replay.
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed.applied_id("tap-1"), Some(first));
}

#[test]
fn one_device_counts_once_and_moves_between_institutions() {
    let mut run = Run::new();
    let seq = run.check_in("phone-1", Some("aru")).unwrap();
    assert_eq!(
        run.check_in("phone-1", Some("aru")).unwrap(),
        seq,
        "no new event"
    );
    assert_eq!(run.state.audience.checked_in, vec![1, 0]);
    run.check_in("phone-1", Some("mosque")).unwrap();
    assert_eq!(run.state.audience.checked_in, vec![0, 1]);
    run.check_in("phone-1", None).unwrap();
    assert_eq!(run.state.audience.checked_in, vec![0, 0]);
    assert_eq!(run.state.audience.on_own, 1);
    run.check_in("phone-2", Some("aru")).unwrap();
    assert_eq!(run.state.audience.total(), 2);
    assert!(run.check_in("phone-3", Some("nowhere")).is_err());
    assert!(run.check_in("", Some("aru")).is_err());
}

#[test]
fn pledges_are_open_only_on_their_item_and_count_one_per_phone() {
    let mut run = Run::new();
    let pledge = |device: &str, yes| Command::Pledge {
        device: device.into(),
        pledge: "team".into(),
        yes,
    };
    run.check_in("phone-1", Some("aru")).unwrap();
    run.check_in("phone-2", None).unwrap();
    run.ok(C::Start);
    assert!(
        run.send(pledge("phone-1", true), None, None).is_err(),
        "not open yet"
    );
    run.ok(C::Goto { item: 4 });
    run.send(pledge("phone-1", true), None, None).unwrap();
    run.send(pledge("phone-1", true), None, None).unwrap();
    run.send(pledge("phone-2", true), None, None).unwrap();
    assert_eq!(run.state.audience.tallies[0].yes, 2);
    run.send(pledge("phone-2", false), None, None).unwrap();
    assert_eq!(run.state.audience.tallies[0].yes, 1);
    assert_eq!(run.state.audience.tallies[0].no, 1);
    let stranger = run.send(pledge("phone-9", true), None, None);
    assert_eq!(
        stranger,
        Err(Refusal::Invalid(crate::domain::state::Why::NotCheckedIn))
    );
    run.ok(C::Reveal {
        pledge: "team".into(),
    });
    assert!(run.state.chair.revealed.contains("team"));
    assert!(
        run.refused(C::Reveal {
            pledge: "team".into()
        })
        .contains("already")
    );
}

#[test]
fn messages_are_trimmed_capped_and_cleared_with_empty_text() {
    let mut run = Run::new();
    run.ok(C::Message {
        to: MessageTarget::Stage,
        text: " Wrap up please ".into(),
        pin: false,
    });
    assert_eq!(
        run.state.chair.stage_message.as_ref().unwrap().text,
        "Wrap up please"
    );
    assert!(run.state.chair.screen_message.is_none());
    run.ok(C::Message {
        to: MessageTarget::Stage,
        text: "".into(),
        pin: false,
    });
    assert!(run.state.chair.stage_message.is_none());
    assert!(
        run.refused(C::Message {
            to: MessageTarget::Screen,
            text: "x".repeat(281),
            pin: false,
        })
        .contains("281 characters")
    );
}

#[test]
fn timing_counts_down_pauses_extends_and_goes_over() {
    let mut run = Run::new();
    assert!(run.state.timing(run.now).is_none());
    run.ok(C::Start);
    let started = run.now;
    run.wait(60_000);
    let t = run.state.timing(run.now).unwrap();
    assert_eq!(
        (t.elapsed_ms, t.remaining_ms, t.overtime_ms),
        (60_000, 120_000, 0)
    );
    run.ok(C::Pause);
    assert!(run.refused(C::Pause).contains("already paused"));
    run.wait(30_000);
    let t = run.state.timing(run.now).unwrap();
    assert!(t.paused);
    assert_eq!((t.elapsed_ms, t.paused_ms), (60_000, 30_000));
    run.ok(C::Resume);
    assert!(run.refused(C::Resume).contains("not paused"));
    run.ok(C::Extend { seconds: 60 });
    run.wait(200_000);
    let t = run.state.timing(run.now).unwrap();
    assert_eq!(t.planned_ms, 240_000);
    assert_eq!(t.elapsed_ms, 260_000);
    assert_eq!((t.remaining_ms, t.overtime_ms), (-20_000, 20_000));
    // 290 s spent on a 180 s item; the rest of the plan is untouched.
    assert_eq!(t.drift_ms, 290_000 - 180_000);
    assert_eq!(t.planned_finish, started + run.state.plan.planned_ms());
    assert!(run.refused(C::Extend { seconds: 0 }).contains("not 0"));
}

#[test]
fn drift_after_moving_on_and_at_the_end() {
    let mut run = Run::new();
    run.ok(C::Start);
    run.wait(120_000); // 60 s early on a 180 s welcome
    run.ok(C::Next);
    let t = run.state.timing(run.now).unwrap();
    assert_eq!(t.drift_ms, -60_000);
    assert_eq!(run.state.chair.runs[0].elapsed_ms, 120_000);
    run.wait(10_000);
    run.ok(C::End);
    let t = run.state.timing(run.now + 999_999).unwrap();
    assert_eq!(t.projected_finish, run.now);
    assert_eq!(run.state.chair.runs.len(), 2);
}

#[test]
fn chair_commands_parse_from_flat_json() {
    let cases = [
        (r#"{"cmd":"start"}"#, C::Start),
        (r#"{"cmd":"goto","item":3}"#, C::Goto { item: 3 }),
        (
            r#"{"cmd":"extend","seconds":60}"#,
            C::Extend { seconds: 60 },
        ),
        (
            r#"{"cmd":"turnout","institution":"aru","count":12}"#,
            C::Turnout {
                institution: "aru".into(),
                count: 12,
                confirm: false,
            },
        ),
        (
            r#"{"cmd":"message","to":"screen","text":"Hi"}"#,
            C::Message {
                to: MessageTarget::Screen,
                text: "Hi".into(),
                pin: false,
            },
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(serde_json::from_str::<C>(json).unwrap(), expected, "{json}");
    }
    assert!(serde_json::from_str::<C>(r#"{"cmd":"goto","item":-1}"#).is_err());
    assert!(serde_json::from_str::<C>(r#"{"cmd":"jump"}"#).is_err());
}

// ---- properties ----

pub(super) fn any_command() -> impl Strategy<Value = Command> {
    let holder = prop_oneof![Just("leader"), Just("mayor"), Just("nobody")];
    let answer = prop_oneof![
        Just(Answer::Yes),
        Just(Answer::No),
        Just(Answer::Waffle),
        Just(Answer::Absent)
    ];
    let institution = prop_oneof![Just(Some("aru")), Just(Some("mosque")), Just(None)];
    let device = (0u8..6).prop_map(|d| format!("phone-{d}"));
    let chair = prop_oneof![
        Just(C::Start),
        Just(C::Next),
        Just(C::Next),
        Just(C::Back),
        (0usize..7).prop_map(|item| C::Goto { item }),
        Just(C::Pause),
        Just(C::Resume),
        (-120i32..120).prop_map(|seconds| C::Extend { seconds }),
        (holder.clone(), answer).prop_map(|(h, a)| respond(h, a)),
        (
            holder.clone(),
            prop_oneof![
                Just(super::FollowUpStatus::InProgress),
                Just(super::FollowUpStatus::Achieved)
            ],
            prop_oneof![
                Just(None),
                Just(Some("2026-06-03")),
                Just(Some("2026-13-01"))
            ]
        )
            .prop_map(|(h, status, at)| follow_up_on(h, status, None, at)),
        // Who chases it and by when: set, cleared, or refused (a bad day).
        (
            holder,
            prop_oneof![Just(None), Just(Some("aru")), Just(Some("Fr Peter"))],
            prop_oneof![
                Just(None),
                Just(Some("2026-09-30")),
                Just(Some("2026-02-30"))
            ]
        )
            .prop_map(|(h, owner, due)| C::Commitment {
                ask: "wage".into(),
                holder: h.into(),
                owner: owner.map(Into::into),
                due: due.map(Into::into),
            }),
        (institution.clone(), 0u32..200).prop_map(|(i, count)| C::Turnout {
            institution: i.unwrap_or("aru").into(),
            count,
            confirm: false
        }),
        Just(C::Reveal {
            pledge: "team".into()
        }),
        // Pinned or not, to either page: moves clear some, undo restores them.
        ("[a-z ]{0,8}", any::<bool>(), any::<bool>()).prop_map(|(text, pin, stage)| C::Message {
            to: if stage {
                MessageTarget::Stage
            } else {
                MessageTarget::Screen
            },
            text,
            pin,
        }),
        (proptest::option::of(any::<bool>()), any::<bool>()).prop_map(|(qr, timer)| {
            C::Display {
                qr,
                timer: Some(timer),
                turnout: None,
            }
        }),
        Just(C::Undo),
        Just(C::End),
    ];
    prop_oneof![
        3 => chair.prop_map(Command::Chair),
        1 => (device.clone(), institution).prop_map(|(device, i)| Command::CheckIn {
            device,
            institution: i.map(str::to_string)
        }),
        1 => (device, any::<bool>()).prop_map(|(device, yes)| Command::Pledge {
            device,
            pledge: "team".into(),
            yes
        }),
    ]
}

proptest! {
    #[test]
    fn replaying_the_log_gives_the_live_state(
        steps in prop::collection::vec((any_command(), 0i64..90_000), 0..60)
    ) {
        let mut run = Run::new();
        for (command, wait) in steps {
            run.wait(wait);
            let _ = run.send(command, None, None);
        }
        let replayed = State::replay(run.state.plan.clone(), &run.log);
        prop_assert_eq!(&replayed, &run.state);
        prop_assert_eq!(replayed.timing(run.now), run.state.timing(run.now));
    }

    #[test]
    fn undo_after_any_chair_command_restores_the_previous_state(
        steps in prop::collection::vec((any_command(), 0i64..90_000), 0..40),
        last in any_command(),
    ) {
        let mut run = Run::new();
        for (command, wait) in steps {
            run.wait(wait);
            let _ = run.send(command, None, None);
        }
        let Command::Chair(last) = last else { return Ok(()) };
        // Undo itself, and follow-up steps and owners, which undo does not
        // take back.
        if matches!(last, C::Undo | C::FollowUp { .. } | C::Commitment { .. }) { return Ok(()) }
        let before = run.state.chair.clone();
        let depth = run.state.undo_depth();
        run.wait(5_000);
        if run.chair(last).is_ok() {
            run.wait(5_000);
            run.ok(C::Undo);
            prop_assert_eq!(&run.state.chair, &before);
            prop_assert_eq!(run.state.undo_depth(), depth);
        }
    }

    #[test]
    fn audience_counts_always_match_the_devices(
        steps in prop::collection::vec(any_command(), 0..80)
    ) {
        let mut run = Run::new();
        for command in steps {
            let _ = run.send(command, None, None);
        }
        let audience = &run.state.audience;
        let devices = (0..6).filter(|d| audience.device(&format!("phone-{d}")).is_some()).count();
        prop_assert_eq!(audience.total(), devices as u64);
        let tally = audience.tallies[0];
        let voted = (0..6).filter(|d| audience.vote(0, &format!("phone-{d}")).is_some()).count();
        prop_assert_eq!(u64::from(tally.yes + tally.no), voted as u64);
    }
}

#[test]
fn display_hides_and_shows_parts_of_the_screen_and_can_be_undone() {
    let mut s = State::new(Arc::new(plan()));
    assert!(s.chair.display.qr);
    let hide = Command::Chair(C::Display {
        qr: Some(false),
        timer: None,
        turnout: Some(false),
    });
    let event = s.decide(&hide, None, None).unwrap().unwrap();
    s.apply(&Envelope {
        seq: 1,
        at: 0,
        id: None,
        event,
    });
    assert!(!s.chair.display.qr && s.chair.display.timer && !s.chair.display.turnout);
    assert!(matches!(
        s.decide(&hide, None, None),
        Err(Refusal::Invalid(_))
    ));
    let event = s
        .decide(&Command::Chair(C::Undo), None, None)
        .unwrap()
        .unwrap();
    s.apply(&Envelope {
        seq: 2,
        at: 0,
        id: None,
        event,
    });
    assert_eq!(s.chair.display, crate::domain::state::Display::default());
}

pub(super) fn follow_up(holder: &str, status: super::FollowUpStatus, note: Option<&str>) -> C {
    follow_up_on(holder, status, note, None)
}

/// A follow-up step on the ask `wage`, dated `at` ("YYYY-MM-DD") if given.
pub(super) fn follow_up_on(
    holder: &str,
    status: super::FollowUpStatus,
    note: Option<&str>,
    at: Option<&str>,
) -> C {
    C::FollowUp {
        assembly: None,
        ask: "wage".into(),
        holder: holder.into(),
        status,
        note: note.map(str::to_string),
        public_note: None,
        at: at.map(str::to_string),
        confirm: false,
    }
}
