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
