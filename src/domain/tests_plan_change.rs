//! Plan changes: what the record forbids, what follows its ids, and the
//! property that any mix of allowed plan changes and commands replays to
//! the same state while a refused change leaves the log untouched.

use proptest::prelude::*;

use super::command::{ChairCommand as C, Command};
use super::event::Event;
use super::plan::{Institution, ItemKind, Plan};
use super::plan_change::{LockReason, PlanChange, diff};
use super::state::{Refusal, State};
use super::tests::{Run, any_command, plan};

fn change(run: &mut Run, plan: Plan) -> Result<u64, Refusal> {
    run.send(Command::ChangePlan(Box::new(plan)), None, None)
}

fn locks(run: &mut Run, plan: Plan) -> Vec<LockReason> {
    match change(run, plan) {
        Err(Refusal::Locked(locked)) => locked.into_iter().map(|l| l.reason).collect(),
        other => panic!("expected the record to refuse, got {other:?}"),
    }
}

#[test]
fn counts_follow_their_institution_through_renames_and_reorders() {
    let mut run = Run::new();
    run.check_in("p1", Some("aru")).unwrap();
    run.check_in("p2", Some("aru")).unwrap();
    run.check_in("p3", Some("mosque")).unwrap();
    let mut new = run.state.plan.as_ref().clone();
    new.institutions.reverse();
    new.institutions[1].name = "Anglia Ruskin University (ARU)".into();
    new.institutions.insert(
        0,
        Institution {
            id: "late".into(),
            name: "A late addition".into(),
            promised: 10,
        },
    );
    let before = run.log.len();
    change(&mut run, new).unwrap();
    assert_eq!(run.log.len(), before + 1);
    let count = |run: &Run, id: &str| {
        run.state.audience.checked_in[run.state.institution_index(id).unwrap()]
    };
    assert_eq!(count(&run, "aru"), 2);
    assert_eq!(count(&run, "mosque"), 1);
    assert_eq!(count(&run, "late"), 0);
    // A phone switching after the change moves between the right counts.
    run.check_in("p1", Some("late")).unwrap();
    assert_eq!((count(&run, "aru"), count(&run, "late")), (1, 1));
    assert_eq!(
        run.state.audience.device("p1"),
        Some(run.state.institution_index("late"))
    );
    let Some(Event::PlanChanged { .. }) = run.log.get(before).map(|e| &e.event) else {
        panic!("a plan change in the log");
    };
    let changes = run.state.plan_history.last_changes(&run.state.plan);
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, PlanChange::Added { id, .. } if id == "late"))
    );
    assert!(changes.iter().any(
        |c| matches!(c, PlanChange::Edited { id, field, .. } if id == "aru" && field == "name")
    ));
    assert_eq!(run.state.plan_seq, before as u64 + 1);
    assert_eq!(run.state.plan_history.saves.len(), 1);
}

#[test]
fn what_the_record_refers_to_cannot_be_taken_away() {
    let mut run = Run::new();
    run.check_in("p1", Some("aru")).unwrap();
    let mut new = run.state.plan.as_ref().clone();
    new.institutions.retain(|i| i.id != "aru");
    assert_eq!(locks(&mut run, new), [LockReason::CheckedIn { phones: 1 }]);

    // Re-iding is removing: the same.
    let mut new = run.state.plan.as_ref().clone();
    new.institutions[0].id = "anglia".into();
    assert_eq!(locks(&mut run, new), [LockReason::CheckedIn { phones: 1 }]);

    // An institution no one refers to may go.
    let mut new = run.state.plan.as_ref().clone();
    new.institutions.retain(|i| i.id != "mosque");
    change(&mut run, new).unwrap();

    run.ok(C::Start);
    run.ok(C::Next);
    run.ok(C::Next);
    run.ok(super::tests::respond("leader", super::command::Answer::Yes));
    let log = run.log.len();
    let state = run.state.clone();

    let mut new = run.state.plan.as_ref().clone();
    new.items.remove(0);
    assert_eq!(locks(&mut run, new), [LockReason::Run]);
    let mut new = run.state.plan.as_ref().clone();
    new.items[1].kind = ItemKind::Speech;
    assert_eq!(locks(&mut run, new), [LockReason::RunKind]);
    let mut new = run.state.plan.as_ref().clone();
    new.items.swap(0, 1);
    assert_eq!(locks(&mut run, new), [LockReason::RunOrder]);
    let mut new = run.state.plan.as_ref().clone();
    new.asks[0].to.retain(|h| h != "leader");
    new.power_holders.retain(|h| h.id != "leader");
    let reasons = locks(&mut run, new);
    assert!(reasons.contains(&LockReason::HolderAnswered), "{reasons:?}");
    assert!(reasons.contains(&LockReason::Answered), "{reasons:?}");
    assert_eq!(run.log.len(), log, "a refused change writes nothing");
    assert_eq!(run.state, state, "a refused change changes nothing");

    // What is allowed after the start: names, lengths, notes, new items,
    // items not yet run moved about.
    let mut new = run.state.plan.as_ref().clone();
    new.items[0].title = "Welcome, friends".into();
    new.items[1].seconds = 600;
    new.items[2].notes = Some("Slow down".into());
    new.items.swap(4, 5);
    let mut extra = new.items[5].clone();
    extra.id = "encore".into();
    extra.title = "Encore".into();
    new.items.push(extra);
    change(&mut run, new).unwrap();
    assert_eq!(run.state.current_item().unwrap().id, "living-wage-ask");
    assert_eq!(run.state.current_index(), Some(2));
    assert!(run.state.plan.item("encore").is_some());
}

#[test]
fn a_stale_editor_is_told_and_an_unchanged_plan_writes_nothing() {
    let mut run = Run::new();
    let same = run.state.plan.as_ref().clone();
    assert_eq!(change(&mut run, same.clone()), Ok(0));
    assert!(run.log.is_empty());
    let mut first = same.clone();
    first.assembly.title = "First".into();
    run.send(Command::ChangePlan(Box::new(first)), Some(0), None)
        .unwrap();
    let mut second = same;
    second.assembly.venue = "Elsewhere".into();
    assert!(matches!(
        run.send(Command::ChangePlan(Box::new(second)), Some(0), None),
        Err(Refusal::StalePlan {
            expected: 0,
            latest: 1
        })
    ));
}

#[test]
fn moves_name_only_the_items_that_left_their_place() {
    let old = plan();
    let mut new = old.clone();
    let close = new.items.pop().unwrap();
    new.items.insert(1, close);
    let moved: Vec<String> = diff(&old, &new)
        .into_iter()
        .filter_map(|c| match c {
            PlanChange::Moved { id, from, to, .. } => Some(format!("{id} {from}->{to}")),
            _ => None,
        })
        .collect();
    assert_eq!(moved, ["close 5->1"]);
}

/// Edits an organiser might make, applied to the plan as it is then.
#[derive(Debug, Clone)]
enum Edit {
    Rename(usize),
    ReverseInstitutions,
    AddInstitution,
    RemoveInstitution(usize),
    AddItem(usize),
    MoveItem(usize, usize),
    RemoveItem(usize),
    Retitle(usize),
    MakeSpeech(usize),
}

fn any_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..4).prop_map(Edit::Rename),
        Just(Edit::ReverseInstitutions),
        Just(Edit::AddInstitution),
        (0usize..4).prop_map(Edit::RemoveInstitution),
        (0usize..8).prop_map(Edit::AddItem),
        (0usize..8, 0usize..8).prop_map(|(a, b)| Edit::MoveItem(a, b)),
        (0usize..8).prop_map(Edit::RemoveItem),
        (0usize..8).prop_map(Edit::Retitle),
        (0usize..8).prop_map(Edit::MakeSpeech),
    ]
}

fn edited(plan: &Plan, edit: &Edit, n: usize) -> Plan {
    let mut new = plan.clone();
    let items = new.items.len();
    let institutions = new.institutions.len();
    match *edit {
        Edit::Rename(i) if i < institutions => new.institutions[i].name = format!("Renamed {n}"),
        Edit::ReverseInstitutions => new.institutions.reverse(),
        Edit::AddInstitution => new.institutions.push(Institution {
            id: format!("new-{n}").as_str().into(),
            name: format!("New {n}"),
            promised: 5,
        }),
        Edit::RemoveInstitution(i) if i < institutions => {
            new.institutions.remove(i);
        }
        Edit::AddItem(at) => {
            let mut item = new.items[0].clone();
            item.id = format!("added-{n}").as_str().into();
            item.title = format!("Added {n}");
            item.kind = ItemKind::Speech;
            new.items.insert(at.min(items), item);
        }
        Edit::MoveItem(a, b) if a < items && b < items => {
            let item = new.items.remove(a);
            new.items.insert(b, item);
        }
        Edit::RemoveItem(i) if i < items && items > 1 => {
            new.items.remove(i);
        }
        Edit::Retitle(i) if i < items => new.items[i].title = format!("Retitled {n}"),
        Edit::MakeSpeech(i) if i < items => {
            new.items[i].kind = ItemKind::Speech;
            new.items[i].ask = None;
            new.items[i].pledge = None;
        }
        _ => {}
    }
    new
}

proptest! {
    #[test]
    fn plan_changes_and_commands_replay_to_the_same_state(
        steps in prop::collection::vec(
            (prop_oneof![3 => any_command().prop_map(Ok), 1 => any_edit().prop_map(Err)], 0i64..60_000),
            0..60,
        )
    ) {
        let mut run = Run::new();
        let base = run.state.plan.clone();
        for (n, (step, wait)) in steps.into_iter().enumerate() {
            run.wait(wait);
            match step {
                Ok(command) => { let _ = run.send(command, None, None); }
                Err(edit) => {
                    let new = edited(&run.state.plan, &edit, n);
                    let (log, state) = (run.log.len(), run.state.clone());
                    let phones = run.state.audience.total();
                    match change(&mut run, new) {
                        Ok(_) => prop_assert_eq!(run.state.audience.total(), phones),
                        Err(_) => {
                            prop_assert_eq!(run.log.len(), log);
                            prop_assert_eq!(&run.state, &state);
                        }
                    }
                }
            }
            // The item on now is always one the plan holds.
            if let Some(current) = &run.state.chair.current {
                prop_assert!(run.state.plan.item(current).is_some());
            }
        }
        let replayed = State::replay(base, &run.log);
        prop_assert_eq!(&replayed, &run.state);
        prop_assert_eq!(replayed.timing(run.now), run.state.timing(run.now));
    }
}

#[test]
fn a_holder_being_chased_stays_on_the_ask() {
    let mut run = Run::new();
    // The mayor never answered on the night; the alliance chases them.
    run.ok(super::tests::follow_up_on(
        "mayor",
        super::FollowUpStatus::InProgress,
        None,
        Some("2026-01-10"),
    ));
    let mut new = run.state.plan.as_ref().clone();
    new.asks[0].to.retain(|h| h != "mayor");
    assert_eq!(locks(&mut run, new), [LockReason::HolderAnswered]);
    let mut new = run.state.plan.as_ref().clone();
    new.asks[0].to.retain(|h| h != "mayor");
    new.power_holders.retain(|h| h.id != "mayor");
    let reasons = locks(&mut run, new);
    assert!(reasons.contains(&LockReason::FollowedUp), "{reasons:?}");
}

#[test]
fn ids_are_checked_wherever_a_plan_is_read() {
    let mut json = serde_json::to_value(plan()).unwrap();
    json["institutions"][0]["id"] = "Not An Id".into();
    let err = serde_json::from_value::<Plan>(json).unwrap_err();
    assert!(err.to_string().contains("not a well-formed id"), "{err}");
    // Plans saved before items had ids: see `store::tests_upcast_v2`.
}

#[test]
fn the_record_keeps_each_entrys_net_change_and_a_line_per_save() {
    let mut run = Run::new();
    let base = run.state.plan.as_ref().clone();
    let save = |run: &mut Run, edit: &dyn Fn(&mut Plan)| {
        let mut new = run.state.plan.as_ref().clone();
        edit(&mut new);
        change(run, new).unwrap();
    };
    save(&mut run, &|p| p.institutions[0].name = "ARU".into());
    save(&mut run, &|p| {
        p.institutions[0].name = "Anglia Ruskin Uni".into()
    });
    // A late addition, taken away again: nothing left to tell.
    save(&mut run, &|p| {
        p.institutions.push(Institution {
            id: "late".into(),
            name: "Late".into(),
            promised: 1,
        })
    });
    save(&mut run, &|p| p.institutions.retain(|i| i.id != "late"));
    // The mosque renamed and back: saved twice, no net change.
    save(&mut run, &|p| p.institutions[1].name = "Mosque".into());
    save(&mut run, &|p| {
        p.institutions[1].name = base.institutions[1].name.clone()
    });
    // The chair's notes, then the item's title.
    save(&mut run, &|p| p.items[0].notes = Some("Secret".into()));
    save(&mut run, &|p| p.items[0].title = "Hello".into());

    let history = &run.state.plan_history;
    assert_eq!(history.saves.len(), 8);
    assert!(history.saves.iter().all(|s| s.changes == 1));
    let net = |public: bool| -> Vec<(String, u32)> {
        (history.net(&run.state.plan, public).into_iter())
            .map(|c| (c.change.to_string(), c.touched.saves))
            .collect()
    };
    assert_eq!(
        net(false),
        [
            (
                "institution aru: name \"Anglia Ruskin\" to \"Anglia Ruskin Uni\"".to_owned(),
                2
            ),
            ("item welcome: title \"Welcome\" to \"Hello\"".to_owned(), 2),
            ("item welcome: notes \"\" to \"Secret\"".to_owned(), 2),
        ]
    );
    // The public sees neither the notes nor that a save changed them.
    assert_eq!(
        net(true),
        [
            (
                "institution aru: name \"Anglia Ruskin\" to \"Anglia Ruskin Uni\"".to_owned(),
                2
            ),
            ("item welcome: title \"Welcome\" to \"Hello\"".to_owned(), 1),
        ]
    );
}
