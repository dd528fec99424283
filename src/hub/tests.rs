//! The hub as readers and health checks see it.

use std::sync::Arc;

use super::task::PANIC_ID;
use super::*;
use crate::domain::ChairCommand;

fn hub(dir: &std::path::Path) -> Hub {
    let plan = Arc::new(crate::plan::demo());
    let store = Store::open(dir).expect("a store in a temporary dir");
    store.save_plan(&plan).expect("the plan is saved");
    Hub::start(plan, store, Vec::new())
}

#[tokio::test]
async fn an_acknowledged_change_is_what_the_next_read_sees() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    for n in 0..50 {
        let device = format!("{n:032x}");
        let outcome = hub
            .submit(
                Command::CheckIn {
                    device: device.clone(),
                    institution: None,
                },
                None,
                None,
            )
            .await
            .unwrap();
        let state = hub.state();
        assert_eq!(state.seq, outcome.seq);
        assert_eq!(state.audience.device(&device), Some(None));
    }
    assert_eq!(hub.health(), Ok(()));
}

#[tokio::test]
async fn a_panic_in_the_hub_is_seen_by_health() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    hub.submit(Command::Chair(ChairCommand::Start), None, None)
        .await
        .unwrap();
    assert_eq!(hub.health(), Ok(()));
    let answer = hub
        .submit(
            Command::Chair(ChairCommand::Next),
            None,
            Some(PANIC_ID.into()),
        )
        .await;
    assert!(
        matches!(&answer, Err(Rejection::Unavailable(text)) if text.contains("Restart it")),
        "{answer:?}"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while hub.health().is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "health never saw the dead hub"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let reason = hub.health().unwrap_err();
    assert_eq!(reason, Unhealthy::Stopped);
    assert!(reason.to_string().contains("hub has stopped"), "{reason}");
    // Reads go on: the state before the panic is still served.
    assert_eq!(hub.state().seq, 1);
}

/// The one "publish now" rule both hubs use: everything but the audience's
/// check-ins and pledges goes out at once.
#[test]
fn only_the_audiences_changes_wait_for_their_tick() {
    use super::outlets::goes_out_now;
    use crate::domain::{Event, FollowUpStatus};
    let step = Event::FollowUpRecorded {
        ask: "a".into(),
        holder: "h".into(),
        status: FollowUpStatus::Achieved,
        note: None,
        public_note: None,
        on: "2026-01-01".into(),
    };
    let plan = Event::PlanChanged {
        patch: Box::default(),
    };
    for event in [Event::Started, Event::Paused, Event::Undone, step, plan] {
        assert!(goes_out_now(&event), "{event:?} goes out at once");
    }
    let check_in = Event::CheckedIn {
        device: "d".into(),
        institution: None,
    };
    let pledge = Event::Pledged {
        device: "d".into(),
        pledge: "p".into(),
        yes: true,
    };
    for event in [check_in, pledge] {
        assert!(!goes_out_now(&event), "{event:?} waits for its tick");
    }
}

/// A phone that holds the plan before a change is sent what changed: on a
/// 500-institution plan, one renamed institution is one name, where the
/// whole plan is about 40 KB. Applied as `live.js` applies it, it is the
/// new plan.
#[tokio::test]
async fn a_phone_holding_the_plan_before_a_change_is_sent_only_the_change() {
    const NEW: &str = "مسجد الهدى — Al-Hudā Centre & Madrasa 🕌";
    let dir = tempfile::tempdir().unwrap();
    let mut plan = crate::plan::demo();
    let first = plan.institutions[0].clone();
    plan.institutions = (0..500)
        .map(|i| crate::domain::plan::Institution {
            id: crate::domain::plan::Id::parse(&format!("institution-{i}")).unwrap(),
            name: format!("{} {i}", first.name),
            promised: 40,
        })
        .collect();
    let store = Store::open(dir.path()).unwrap();
    store.save_plan(&plan).unwrap();
    let hub = Hub::start(Arc::new(plan.clone()), store, Vec::new());
    let mut phones = hub.subscribe(Role::Attendee);
    let before = phones.borrow_and_update().clone();
    plan.institutions[250].name = NEW.into();
    hub.submit(Command::ChangePlan(Box::new(plan)), None, None)
        .await
        .unwrap();
    phones.changed().await.unwrap();
    let after = phones.borrow_and_update().clone();
    assert_ne!(after.plan_seq, before.plan_seq);

    let held = Some(before.plan_seq);
    let sent = after.plan_for(Role::Attendee, held, None).unwrap();
    let hello = after.hello(Role::Attendee);
    assert!(hello.len() > 35_000, "{}", hello.len());
    assert!(sent.len() < 300, "{sent}");
    let change: serde_json::Value = serde_json::from_str(&sent).unwrap();
    assert_eq!(change["type"], "plan_patch");
    assert_eq!(change["from"], before.plan_seq);
    assert_eq!(change["plan_seq"], after.plan_seq);
    let plan_of = |hello: &Utf8Bytes| {
        serde_json::from_str::<serde_json::Value>(hello).unwrap()["plan"].clone()
    };
    let mut phone = plan_of(&before.hello(Role::Attendee));
    patch::apply(&mut phone, &change["plan"]);
    assert_eq!(phone, plan_of(&hello));

    // Every other page, and a phone that holds another plan or none, is
    // sent the plan whole; a page that holds this plan, nothing.
    assert_eq!(
        after.plan_for(Role::Screen, held, None),
        Some(after.hello(Role::Screen))
    );
    assert_eq!(
        after.plan_for(Role::Chair, held, None),
        Some(after.hello(Role::Chair))
    );
    for other in [None, Some(after.plan_seq + 7)] {
        assert_eq!(
            after.plan_for(Role::Attendee, other, None),
            Some(hello.clone())
        );
    }
    assert_eq!(
        after.plan_for(Role::Attendee, Some(after.plan_seq), None),
        None
    );
}
