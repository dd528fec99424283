//! Report-backs: a holder back on stage says where an earlier assembly's
//! commitment stands; the hall sees it, the record keeps it whole.

use std::sync::Arc;

use super::command::{Answer, ChairCommand as C, FollowUpStatus as F, NOTE_MAX};
use super::event::Event;
use super::plan::ItemKind;
use super::state::{Earlier, Recall, State};
use super::tests::{Run, item, plan};

fn earlier(assembly: &str, ask: &str, holder: &str, status: Option<F>) -> Earlier {
    Earlier {
        assembly: assembly.into(),
        title: format!("Assembly {assembly}"),
        day: Some("2026-03-14".into()),
        ask: ask.into(),
        ask_title: format!("Ask {ask}"),
        holder: holder.into(),
        answer: Some(Answer::Yes),
        status,
        public_note: status.map(|_| "Budget line agreed".into()),
    }
}

/// An assembly "autumn" of a home whose "spring" put two asks to the
/// leader and one to the mayor; its second item is the leader's
/// report-back, and it is on.
fn reporting() -> Run {
    let mut plan = plan();
    let mut back = item("The leader reports back", ItemKind::ReportBack, 600);
    back.holder = Some("leader".into());
    plan.items.insert(1, back);
    let mut run = Run::new();
    run.state = State::new(Arc::new(plan));
    run.state.recall = Arc::new(Recall {
        id: Some("autumn".into()),
        earlier: vec![
            earlier("spring", "wage", "leader", Some(F::InProgress)),
            earlier("spring", "homes", "leader", None),
            earlier("spring", "wage", "mayor", Some(F::Broken)),
        ],
        ..Recall::default()
    });
    run.ok(C::Start);
    run.ok(C::Next);
    run
}

fn report(assembly: &str, ask: &str, holder: &str, status: F, note: Option<&str>) -> C {
    C::FollowUp {
        assembly: Some(assembly.into()),
        ask: ask.into(),
        holder: holder.into(),
        status,
        note: Some("private: she looked tired".into()),
        public_note: note.map(str::to_owned),
        at: Some("2026-10-01".into()),
        confirm: false,
    }
}

#[test]
fn the_report_back_item_shows_the_holders_earlier_commitments_as_they_stand() {
    let mut run = reporting();
    let shown = crate::view::report_back(&run.state);
    let asks: Vec<&str> = shown.iter().map(|c| c.ask).collect();
    assert_eq!(asks, ["wage", "homes"], "the leader's only, in order");
    assert_eq!(shown[0].status, Some(F::InProgress));
    assert_eq!(shown[0].note, Some("Budget line agreed"));
    assert!(!shown[0].said_here);
    assert_eq!(shown[1].status, None);

    run.ok(report(
        "spring",
        "wage",
        "leader",
        F::Achieved,
        Some("Paid since June"),
    ));
    let shown = crate::view::report_back(&run.state);
    assert_eq!(shown[0].status, Some(F::Achieved));
    assert_eq!(shown[0].note, Some("Paid since June"));
    assert!(shown[0].said_here);
    // The public projection carries it, and never the private note.
    let public = serde_json::to_string(&crate::view::snapshot(
        &run.state,
        crate::view::Role::Screen,
        run.now,
    ))
    .unwrap();
    assert!(public.contains("Paid since June"), "{public}");
    assert!(!public.contains("looked tired"), "{public}");

    // On any other item there is nothing to recall.
    run.ok(C::Next);
    assert!(crate::view::report_back(&run.state).is_empty());
    let public = serde_json::to_string(&crate::view::snapshot(
        &run.state,
        crate::view::Role::Screen,
        run.now,
    ))
    .unwrap();
    assert!(!public.contains("report_back"), "{public}");
}

#[test]
fn a_report_back_is_kept_whole_in_this_record_and_undo_never_takes_it() {
    let mut run = reporting();
    run.ok(report(
        "spring",
        "wage",
        "leader",
        F::Broken,
        Some("Cut in the budget"),
    ));
    let Some(Event::ReportedBack { report }) = run.log.last().map(|e| &e.event) else {
        panic!("a report-back event: {:?}", run.log.last());
    };
    // What the hall was shown, readable without the other record.
    assert_eq!(report.commitment.title, "Assembly spring");
    assert_eq!(report.commitment.ask_title, "Ask wage");
    assert_eq!(report.commitment.status, Some(F::InProgress), "as it stood");
    assert_eq!(report.said, F::Broken);
    assert_eq!(report.on, "2026-10-01");
    assert_eq!(
        report.item.as_deref(),
        Some(run.state.plan.items[1].id.as_str())
    );
    let json = serde_json::to_string(&run.log.last().unwrap().event).unwrap();
    assert!(
        !json.contains("looked tired"),
        "the private note stays in the other record"
    );
    let back: Event = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, &run.log.last().unwrap().event);

    // Undo takes back the chair's last move, not what was said.
    run.ok(C::Undo);
    assert_eq!(run.state.reported.len(), 1);
    // A replay without the home (another machine, `export`) reads the same.
    let replayed = State::replay(run.state.plan.clone(), &run.log);
    assert_eq!(replayed.reported, run.state.reported);
}

#[test]
fn only_a_commitment_the_home_holds_can_be_reported_on() {
    let mut run = reporting();
    for (assembly, ask, holder) in [
        ("spring", "wage", "chief"),
        ("spring", "buses", "leader"),
        ("winter", "wage", "leader"),
    ] {
        let text = run.refused(report(assembly, ask, holder, F::Achieved, None));
        assert!(text.contains(assembly) && text.contains(ask), "{text}");
    }
    let long = "x".repeat(NOTE_MAX + 1);
    let text = run.refused(report("spring", "wage", "leader", F::Achieved, Some(&long)));
    assert!(text.contains("1,000"), "{text}");
    // Outside a home, no other assembly is known.
    run.state.recall = Arc::default();
    run.refused(report("spring", "wage", "leader", F::Achieved, None));
    // Naming this assembly itself is an ordinary step.
    run.state.recall = Arc::new(Recall {
        id: Some("autumn".into()),
        ..Recall::default()
    });
    run.ok(report("autumn", "wage", "leader", F::InProgress, None));
    assert!(matches!(
        run.log.last().map(|e| &e.event),
        Some(Event::FollowUpRecorded { .. })
    ));
    assert!(run.state.reported.is_empty());
}

#[test]
fn a_recall_read_after_a_report_back_holds_it_and_what_came_since() {
    let mut run = reporting();
    run.ok(report("spring", "wage", "leader", F::Broken, Some("Cut")));
    // The records read again after it (a step recorded on the desk since):
    // they hold the report-back and the newer step; the newer one shows.
    let mut recall = (*run.state.recall).clone();
    recall.earlier[0].status = Some(F::Achieved);
    recall.earlier[0].public_note = Some("Reinstated".into());
    recall.seq = run.state.seq;
    run.state.recall = Arc::new(recall);
    let shown = crate::view::report_back(&run.state);
    assert_eq!(shown[0].status, Some(F::Achieved));
    assert_eq!(shown[0].note, Some("Reinstated"));
    assert!(shown[0].said_here, "it was said here, before");
    // Said again since: that shows.
    run.ok(report("spring", "wage", "leader", F::InProgress, None));
    let shown = crate::view::report_back(&run.state);
    assert_eq!(shown[0].status, Some(F::InProgress));
    assert_eq!(shown[0].note, None);
}
