//! Following up commitments: every ask put to every holder can be chased,
//! whatever they answered; each step carries the day it happened.

use std::sync::Arc;

use jiff::civil::date;
use proptest::prelude::*;

use super::command::{
    Answer, ChairCommand as C, Command, FollowUpStatus as F, NOTE_MAX, OWNER_MAX,
};
use super::plan::PowerHolder;
use super::state::{Refusal, State, date_follow_up, overdue};
use super::tests::{Run, follow_up, follow_up_on, plan, respond};

fn dated(holder: &str, status: F, at: &str) -> C {
    follow_up_on(holder, status, None, Some(at))
}

#[test]
fn every_commitment_is_followed_up_whatever_was_answered_with_history() {
    let mut run = Run::new();
    // Never answered: still a commitment to chase.
    run.ok(follow_up("leader", F::NotStarted, None));
    // Absent on the night: exactly who gets chased.
    run.ok(respond("mayor", Answer::Absent));
    run.ok(follow_up("mayor", F::InProgress, Some("Letter sent")));
    run.ok(C::Start);
    run.ok(respond("leader", Answer::No));
    run.ok(C::End);
    run.wait(86_400_000);
    run.ok(follow_up("leader", F::InProgress, Some("Motion tabled")));
    run.wait(86_400_000);
    run.ok(dated("leader", F::Achieved, "2026-06-03"));
    let history = &run.state.follow_ups["wage"]["leader"];
    assert_eq!(history.len(), 3);
    assert_eq!(history[1].status, F::InProgress);
    assert_eq!(history[1].note.as_deref(), Some("Motion tabled"));
    assert_eq!(history[2].status, F::Achieved);
    assert_eq!(history[2].on, "2026-06-03");
    assert_eq!(history[2].at - history[1].at, 86_400_000);
    assert_eq!(run.state.follow_ups["wage"]["mayor"].len(), 1);
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed, run.state);
    let long = "x".repeat(NOTE_MAX + 1);
    let text = run.refused(follow_up("leader", F::Broken, Some(&long)));
    assert!(text.contains("keep it to 1,000"), "{text}");
}

#[test]
fn a_follow_up_names_an_ask_and_a_holder_it_was_put_to() {
    let mut plan = plan();
    plan.power_holders.push(PowerHolder {
        id: "chief".into(),
        name: "Chief Constable".into(),
        role: "Police".into(),
    });
    let mut run = Run::new();
    run.state = State::new(Arc::new(plan));
    let text = run.refused(C::FollowUp {
        assembly: None,
        ask: "homes".into(),
        holder: "leader".into(),
        status: F::Achieved,
        note: None,
        public_note: None,
        at: None,
        confirm: false,
    });
    assert!(
        text.contains("no ask `homes`") && text.contains("`wage`"),
        "{text}"
    );
    let text = run.refused(follow_up("nobody", F::Achieved, None));
    assert!(text.contains("not put to `nobody`"), "{text}");
    // A real power-holder the ask was not put to has made no commitment on it.
    let text = run.refused(follow_up("chief", F::Achieved, None));
    assert!(
        text.contains("not put to `chief`") && text.contains("`leader`, `mayor`"),
        "{text}"
    );
    assert!(run.log.is_empty(), "a refusal writes nothing");
}

#[test]
fn a_step_is_dated_with_a_real_day_from_2000_on() {
    let mut run = Run::new();
    for (at, needle) in [
        ("3 June 2026", "written YYYY-MM-DD"),
        ("2026-6-3", "written YYYY-MM-DD"),
        ("2026/06/03", "written YYYY-MM-DD"),
        ("20260603", "written YYYY-MM-DD"),
        ("", "written YYYY-MM-DD"),
        ("２０２６-06-03", "written YYYY-MM-DD"),
        ("2026-06-03T10:00", "written YYYY-MM-DD"),
        ("2026-02-30", "not a day in the calendar"),
        ("2026-13-01", "not a day in the calendar"),
        ("2026-00-10", "not a day in the calendar"),
        ("2025-02-29", "not a day in the calendar"),
        ("1999-12-31", "before 2000-01-01"),
        ("0226-06-03", "check the year"),
    ] {
        let text = run.refused(dated("leader", F::InProgress, at));
        assert!(text.contains(needle), "{at:?}: {text}");
        assert!(text.contains("`at`"), "{at:?} names the field: {text}");
    }
    assert!(run.log.is_empty());
    run.ok(dated("leader", F::InProgress, "2024-02-29"));
    run.ok(dated("leader", F::InProgress, " 2000-01-01 "));
    let history = &run.state.follow_ups["wage"]["leader"];
    assert_eq!(history[0].on, "2024-02-29");
    assert_eq!(history[1].on, "2000-01-01", "trimmed");
}

#[test]
fn the_hub_dates_a_step_today_and_refuses_one_after_tomorrow() {
    let today = date(2026, 6, 3);
    let mut undated = Command::Chair(follow_up("leader", F::Achieved, None));
    date_follow_up(&mut undated, || today, None).unwrap();
    assert_eq!(
        undated,
        Command::Chair(dated("leader", F::Achieved, "2026-06-03"))
    );
    for at in ["2026-06-03", "2026-06-04", "2026-01-01", "2000-01-01"] {
        let mut command = Command::Chair(dated("leader", F::Achieved, at));
        date_follow_up(&mut command, || today, None).unwrap_or_else(|e| panic!("{at}: {e}"));
    }
    for at in ["2026-06-05", "2027-01-01"] {
        let mut command = Command::Chair(dated("leader", F::Achieved, at));
        let Err(refusal @ Refusal::Invalid(_)) = date_follow_up(&mut command, || today, None)
        else {
            panic!("{at} is refused");
        };
        let text = refusal.to_string();
        assert!(
            text.contains("is 2026-06-05") || text.contains("is 2027-01-01"),
            "{text}"
        );
        assert!(
            text.contains("today is 2026-06-03") && text.contains("once it has happened"),
            "{text}"
        );
    }
    let mut bad = Command::Chair(dated("leader", F::Achieved, "June"));
    assert!(date_follow_up(&mut bad, || today, None).is_err());
    // Other commands pass unchanged, and the clock is not even asked.
    let mut next = Command::Chair(C::Next);
    date_follow_up(&mut next, || panic!("no clock for `next`"), None).unwrap();
    assert_eq!(next, Command::Chair(C::Next));
}

/// A step is the organisers', not the chair's: recorded on the night, it
/// neither makes the chair's next tap stale nor is taken back by the
/// chair's Undo, which reverts the chair's own last change.
#[test]
fn a_step_on_the_night_leaves_the_chairs_taps_and_undo_alone() {
    let mut run = Run::new();
    run.ok(C::Start);
    let chair_saw = run.state.chair_seq;
    run.ok(dated("mayor", F::InProgress, "2026-05-20"));
    assert_eq!(run.state.chair_seq, chair_saw, "not a chair change");
    assert_eq!(run.state.follow_up_seq, run.state.seq);
    // The chair's tap, sent with the seq it saw, still moves on.
    run.send(Command::Chair(C::Next), Some(chair_saw), None)
        .expect("a follow-up step does not make the chair's tap stale");
    assert_eq!(run.state.current_index(), Some(1));
    // Undo takes back the chair's Next, not the organiser's step.
    run.ok(C::Undo);
    assert_eq!(run.state.current_index(), Some(0));
    assert_eq!(run.state.follow_ups["wage"]["mayor"].len(), 1);
    run.ok(C::Undo);
    assert_eq!(run.state.current_index(), None, "then the start");
    assert_eq!(
        run.state.follow_ups["wage"]["mayor"].len(),
        1,
        "the step stays"
    );
}

#[test]
fn a_step_dated_before_the_assembly_is_refused_unless_confirmed() {
    let today = date(2026, 6, 3);
    let assembly = Some(date(2026, 3, 14));
    let mut slip = Command::Chair(dated("leader", F::Achieved, "2025-03-20"));
    let Err(refusal) = date_follow_up(&mut slip, || today, assembly) else {
        panic!("a day before the assembly is refused");
    };
    assert_eq!(refusal.reason().code, "step_before_assembly");
    let text = refusal.to_string();
    assert!(
        text.contains("2025-03-20") && text.contains("2026-03-14"),
        "{text}"
    );
    // Confirmed, it is recorded as dated; the assembly's day itself passes.
    let Command::Chair(C::FollowUp { confirm, .. }) = &mut slip else {
        unreachable!()
    };
    *confirm = true;
    date_follow_up(&mut slip, || today, assembly).unwrap();
    let mut on_the_night = Command::Chair(dated("leader", F::Achieved, "2026-03-14"));
    date_follow_up(&mut on_the_night, || today, assembly).unwrap();
}

fn chase(holder: &str, owner: Option<&str>, due: Option<&str>) -> C {
    C::Commitment {
        ask: "wage".into(),
        holder: holder.into(),
        owner: owner.map(Into::into),
        due: due.map(Into::into),
    }
}

#[test]
fn a_commitment_gets_an_owner_and_a_due_day_and_both_can_be_cleared() {
    let mut run = Run::new();
    run.ok(chase(
        "leader",
        Some("  Fr Peter, St Wilfrid's "),
        Some(" 2026-09-30 "),
    ));
    run.ok(chase("mayor", Some("aru"), None));
    let leader = &run.state.chases["wage"]["leader"];
    assert_eq!(
        leader.owner.as_deref(),
        Some("Fr Peter, St Wilfrid's"),
        "trimmed"
    );
    assert_eq!(leader.due.as_deref(), Some("2026-09-30"));
    assert_eq!(run.state.chases["wage"]["mayor"].due, None);
    assert_eq!(
        run.state.follow_up_seq, run.state.seq,
        "the page redraws on it"
    );
    // The command says the whole of both: left out or empty clears.
    run.ok(chase("leader", Some("Fr Peter"), Some("")));
    assert_eq!(run.state.chases["wage"]["leader"].due, None);
    run.ok(chase("leader", Some(" "), None));
    assert!(!run.state.chases["wage"].contains_key("leader"));
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed, run.state);
    // 200 characters, accents and right-to-left count as characters.
    let owner = "é".repeat(OWNER_MAX - 3) + "مسج";
    run.ok(chase("mayor", Some(&owner), None));
    let text = run.refused(chase("mayor", Some(&format!("{owner}x")), None));
    assert!(
        text.contains("the owner is 201 characters long; keep it to 200"),
        "{text}"
    );
    let text = run.refused(chase("mayor", Some("Fr\u{7}Peter"), None));
    assert!(
        text.starts_with("the owner holds a control character"),
        "{text}"
    );
}

#[test]
fn a_commitment_names_an_ask_and_a_holder_it_was_put_to_and_a_real_due_day() {
    let mut plan = plan();
    plan.power_holders.push(PowerHolder {
        id: "chief".into(),
        name: "Chief Constable".into(),
        role: "Police".into(),
    });
    let mut run = Run::new();
    run.state = State::new(Arc::new(plan));
    let mut homes = chase("leader", Some("x"), None);
    if let C::Commitment { ask, .. } = &mut homes {
        *ask = "homes".into();
    }
    let refusal = run
        .state
        .decide(&Command::Chair(homes), None, None)
        .unwrap_err();
    assert_eq!(refusal.code(), "no_such_ask");
    for holder in ["nobody", "chief"] {
        let refusal = (run.state)
            .decide(&Command::Chair(chase(holder, Some("x"), None)), None, None)
            .unwrap_err();
        assert_eq!(refusal.code(), "not_put_to", "{holder}");
    }
    for (due, code) in [
        ("30 September", "due_day_format"),
        ("2026-9-30", "due_day_format"),
        ("2026-09-31", "due_not_a_day"),
        ("0226-09-30", "due_too_early"),
    ] {
        let refusal = (run.state)
            .decide(
                &Command::Chair(chase("leader", None, Some(due))),
                None,
                None,
            )
            .unwrap_err();
        assert_eq!(refusal.code(), code, "{due}");
        let text = refusal.to_string();
        assert!(text.contains("(`due`)") && text.contains(due), "{text}");
    }
    // Far ahead is fine: a due day is in the future.
    run.ok(chase("leader", None, Some("2031-01-01")));
    assert_eq!(run.log.len(), 1, "a refusal writes nothing");
}

/// Owners and due days are the organisers', like steps: set on the night,
/// they neither make the chair's next tap stale nor are undone by it.
#[test]
fn setting_an_owner_on_the_night_leaves_the_chairs_taps_and_undo_alone() {
    let mut run = Run::new();
    run.ok(C::Start);
    let chair_saw = run.state.chair_seq;
    run.ok(chase("mayor", Some("aru"), Some("2026-09-30")));
    assert_eq!(run.state.chair_seq, chair_saw, "not a chair change");
    run.send(Command::Chair(C::Next), Some(chair_saw), None)
        .expect("an owner does not make the chair's tap stale");
    run.ok(C::Undo);
    run.ok(C::Undo);
    assert_eq!(run.state.current_index(), None, "both chair changes undone");
    assert_eq!(
        run.state.chases["wage"]["mayor"].owner.as_deref(),
        Some("aru")
    );
    let text = run.refused(C::Undo);
    assert!(text.contains("nothing to undo"), "{text}");
}

#[test]
fn a_step_keeps_a_public_note_beside_the_private_one() {
    let mut run = Run::new();
    let mut step = follow_up("leader", F::InProgress, Some("Rang her PA"));
    if let C::FollowUp { public_note, .. } = &mut step {
        *public_note = Some(" Motion tabled for July ".into());
    }
    run.ok(step.clone());
    let saved = &run.state.follow_ups["wage"]["leader"][0];
    assert_eq!(saved.public_note.as_deref(), Some("Motion tabled for July"));
    assert_eq!(saved.note.as_deref(), Some("Rang her PA"));
    if let C::FollowUp { public_note, .. } = &mut step {
        *public_note = Some("x".repeat(NOTE_MAX + 1));
    }
    let text = run.refused(step);
    assert!(text.starts_with("the public note is 1,001"), "{text}");
}

/// Overdue, as a table: due before today and not achieved. On the due day
/// it is not overdue yet; the day after it is; achieved never is.
#[test]
fn overdue_is_the_day_after_the_due_day_unless_achieved() {
    let today = date(2026, 9, 30);
    for (due, status, expected) in [
        (None, F::NotStarted, false),
        (Some("2026-09-30"), F::NotStarted, false),
        (Some("2026-09-30"), F::Broken, false),
        (Some("2026-09-29"), F::NotStarted, true),
        (Some("2026-09-29"), F::InProgress, true),
        (Some("2026-09-29"), F::Broken, true),
        (Some("2026-09-29"), F::Achieved, false),
        (Some("2025-12-31"), F::Achieved, false),
        (Some("2026-10-01"), F::Broken, false),
        (Some("not a day"), F::Broken, false),
    ] {
        assert_eq!(overdue(due, status, today), expected, "{due:?} {status:?}");
    }
}

proptest! {
    /// Over any due day and any today: overdue exactly when today is after
    /// the due day and it is not achieved.
    #[test]
    fn overdue_follows_the_calendar(
        due_offset in -4000i64..4000,
        today_offset in -4000i64..4000,
        status in prop_oneof![Just(F::NotStarted), Just(F::InProgress), Just(F::Achieved), Just(F::Broken)],
    ) {
        let base = date(2026, 3, 14);
        let due = base.checked_add(jiff::Span::new().days(due_offset)).unwrap();
        let today = base.checked_add(jiff::Span::new().days(today_offset)).unwrap();
        let text = due.to_string();
        let expected = status != F::Achieved && today_offset > due_offset;
        prop_assert_eq!(overdue(Some(&text), status, today), expected);
        // The day it is due, never; the day after, unless achieved.
        prop_assert!(!overdue(Some(&text), status, due));
        prop_assert_eq!(overdue(Some(&text), status, due.tomorrow().unwrap()), status != F::Achieved);
    }
}
