//! Undo keeps only what each change overwrote, for a bounded number of
//! changes; and no extension makes a planned length negative.

use proptest::prelude::*;

use super::command::{Answer, ChairCommand as C, Command};
use super::state::State;
use super::tests::{Run, any_command, respond};
use super::undo::UNDO_DEPTH;

proptest! {
    /// After any sequence, undoing step by step gives back each chair state
    /// the sequence went through, and the log replays to the live state at
    /// every step.
    #[test]
    fn undoing_step_by_step_walks_back_through_every_chair_state(
        steps in prop::collection::vec((any_command(), 0i64..90_000), 0..50),
    ) {
        let mut run = Run::new();
        let mut seen = vec![run.state.chair.clone()];
        for (command, wait) in steps {
            run.wait(wait);
            let undo = matches!(command, Command::Chair(C::Undo));
            // A follow-up step or an owner is sent with the chair key but
            // is the organisers' record: undo does not walk through it.
            let chair = command.is_chair()
                && !matches!(command, Command::Chair(C::FollowUp { .. } | C::Commitment { .. }));
            if run.send(command, None, None).is_ok() && chair {
                if undo {
                    seen.pop();
                } else {
                    seen.push(run.state.chair.clone());
                }
            }
            prop_assert_eq!(seen.last(), Some(&run.state.chair));
        }
        while seen.len() > 1 {
            run.wait(1_000);
            run.ok(C::Undo);
            seen.pop();
            prop_assert_eq!(seen.last(), Some(&run.state.chair));
            let replayed = State::replay(run.state.plan.clone(), &run.log);
            prop_assert_eq!(&replayed, &run.state);
        }
        prop_assert!(run.chair(C::Undo).is_err());
    }
}

#[test]
fn undo_reaches_back_a_bounded_number_of_changes_and_says_so() {
    let mut run = Run::new();
    run.ok(C::Start);
    // Back and forth past the bound, with answers that grow the record.
    for n in 0..UNDO_DEPTH + 10 {
        run.wait(1_000);
        if n % 3 == 0 {
            run.ok(respond("mayor", Answer::Waffle));
        } else if run.state.current_index() == Some(0) {
            run.ok(C::Next);
        } else {
            run.ok(C::Back);
        }
    }
    assert_eq!(run.state.undo_depth(), UNDO_DEPTH);
    for _ in 0..UNDO_DEPTH {
        run.ok(C::Undo);
    }
    let refusal = run.refused(C::Undo);
    assert!(
        refusal.contains(&format!(
            "only the last {} chair changes",
            crate::i18n::english().number(UNDO_DEPTH as i64)
        )),
        "{refusal}"
    );
    // Replay forgets the same changes as live application did.
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed, run.state);
    assert_eq!(run.state.chair.phase, super::state::Phase::Running);
}

#[test]
fn no_extension_makes_a_planned_length_negative() {
    let mut run = Run::new();
    run.ok(C::Start);
    // The first item is planned for 180 seconds.
    run.ok(C::Extend { seconds: -100 });
    let refusal = run.refused(C::Extend { seconds: -81 });
    assert!(
        refusal.contains("at most 80 seconds can be taken away"),
        "{refusal}"
    );
    run.ok(C::Extend { seconds: -80 });
    assert_eq!(run.state.timing(run.now).unwrap().planned_ms, 0);
    assert!(run.refused(C::Extend { seconds: -1 }).contains("at most 0"));
    run.ok(C::Extend { seconds: 1 });
    // Nothing extreme gets through, even from a log or another client.
    for seconds in [i32::MIN, i32::MAX, -3601, 3601] {
        assert!(
            run.refused(C::Extend { seconds }).contains("between"),
            "{seconds}"
        );
    }
}
