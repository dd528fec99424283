//! A relay's hub: the primary's events folded in order, phones' changes
//! forwarded and answered only once shown, nothing sent while cut off.

use std::sync::Arc;
use std::sync::Mutex as StdMutex;
use std::time::Duration;

use tokio::sync::mpsc;

use super::*;
use crate::domain::{ChairCommand, Event};

/// An upstream that answers every change as applied at the `seq` it is
/// told, and remembers what it was sent.
struct Fake {
    answer_at: u64,
    sent: StdMutex<Vec<(Command, String)>>,
}

impl Upstream for Fake {
    fn forward(
        &self,
        command: Command,
        id: String,
        _origin: Origin,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Outcome, Rejection>> + Send>>
    {
        self.sent.lock().unwrap().push((command, id));
        let seq = self.answer_at;
        Box::pin(async move {
            Ok(Outcome {
                seq,
                applied: true,
                device: None,
            })
        })
    }
}

fn relay(answer_at: u64) -> (Hub, mpsc::Sender<Feed>, Arc<Fake>) {
    let plan = Arc::new(crate::plan::demo());
    let (tx, rx) = mpsc::channel(64);
    let fake = Arc::new(Fake {
        answer_at,
        sent: StdMutex::default(),
    });
    let hub = Hub::follow(plan, rx, fake.clone());
    (hub, tx, fake)
}

fn check_in(seq: u64, n: u32) -> Feed {
    Feed::Event(Envelope {
        seq,
        at: 1_790_000_000_000,
        id: None,
        event: Event::CheckedIn {
            device: format!("{n:032x}"),
            institution: None,
        },
    })
}

async fn settle(hub: &Hub, seq: u64) {
    for _ in 0..200 {
        if hub.state().seq >= seq {
            return;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("the relay never reached seq {seq}");
}

fn phone(n: u32) -> Command {
    Command::CheckIn {
        device: format!("{n:032x}"),
        institution: None,
    }
}

#[tokio::test]
async fn events_fold_in_order_and_repeats_or_gaps_change_nothing() {
    let (hub, feed, _) = relay(1);
    feed.send(Feed::Link(true)).await.unwrap();
    for item in [
        check_in(1, 1),
        check_in(2, 2),
        check_in(2, 2),
        check_in(4, 4),
    ] {
        feed.send(item).await.unwrap();
    }
    feed.send(check_in(3, 3)).await.unwrap();
    settle(&hub, 3).await;
    let state = hub.state();
    assert_eq!(state.seq, 3);
    assert_eq!(state.audience.device(&format!("{:032x}", 4)), None);
    assert_eq!(state.audience.device(&format!("{:032x}", 3)), Some(None));
}

#[tokio::test]
async fn a_forwarded_change_is_answered_only_once_the_relay_shows_it() {
    let (hub, feed, fake) = relay(1);
    feed.send(Feed::Link(true)).await.unwrap();
    settle(&hub, 0).await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    let submitted = tokio::spawn({
        let hub = hub.clone();
        async move { hub.submit(phone(7), None, None).await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !submitted.is_finished(),
        "answered before the relay had seq 1"
    );
    feed.send(check_in(1, 7)).await.unwrap();
    let outcome = submitted.await.unwrap().unwrap();
    assert_eq!(outcome.seq, 1);
    assert_eq!(hub.state().seq, 1, "the next read sees the change");
    let sent = fake.sent.lock().unwrap();
    assert_eq!(sent.len(), 1);
    assert!(
        !sent[0].1.is_empty(),
        "every forwarded change carries an id"
    );
}

#[tokio::test]
async fn cut_off_from_the_hall_nothing_is_sent_and_frames_say_so() {
    let (hub, feed, fake) = relay(1);
    // A relay starts cut off until the link says otherwise.
    assert!(hub.cut_off());
    let answer = hub.submit(phone(1), None, None).await;
    assert!(
        matches!(answer, Err(Rejection::Unreachable(_))),
        "{answer:?}"
    );
    assert_eq!(
        hub.health(),
        Err(Unhealthy::CutOff),
        "it says it reconnects"
    );
    assert!(
        hub.latest()
            .frame(Role::Attendee)
            .contains(r#""hall":"reconnecting""#)
    );

    feed.send(Feed::Link(true)).await.unwrap();
    for _ in 0..100 {
        if !hub.cut_off() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(!hub.cut_off());
    assert_eq!(hub.health(), Ok(()));
    assert!(!hub.latest().frame(Role::Attendee).contains("reconnecting"));
    assert!(
        fake.sent.lock().unwrap().is_empty(),
        "nothing was sent while cut off"
    );
}

#[tokio::test]
async fn a_relay_never_forwards_the_chair_or_a_plan() {
    let (hub, feed, fake) = relay(1);
    feed.send(Feed::Link(true)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let answer = hub
        .submit(Command::Chair(ChairCommand::Start), None, None)
        .await;
    assert!(
        matches!(answer, Err(Rejection::Unavailable(_))),
        "{answer:?}"
    );
    let plan = Box::new(crate::plan::demo());
    let answer = hub.submit(Command::ChangePlan(plan), None, None).await;
    assert!(
        matches!(answer, Err(Rejection::Unavailable(_))),
        "{answer:?}"
    );
    assert!(fake.sent.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_new_beginning_starts_the_state_over_with_its_plan() {
    let (hub, feed, _) = relay(1);
    feed.send(check_in(1, 1)).await.unwrap();
    settle(&hub, 1).await;
    let mut plan = crate::plan::demo();
    plan.assembly.title = "Another title".into();
    feed.send(Feed::Begin(Arc::new(plan))).await.unwrap();
    for _ in 0..100 {
        if hub.state().seq == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(hub.state().seq, 0);
    assert_eq!(hub.plan().assembly.title, "Another title");
    assert!(hub.latest().hello(Role::Screen).contains("Another title"));
}

#[tokio::test]
async fn a_stopped_link_applies_nothing_more_and_says_why() {
    let (hub, feed, fake) = relay(1);
    feed.send(Feed::Link(true)).await.unwrap();
    feed.send(check_in(1, 1)).await.unwrap();
    settle(&hub, 1).await;
    feed.send(Feed::Stop("the stream has event 2 twice".into()))
        .await
        .unwrap();
    feed.send(check_in(2, 2)).await.unwrap();
    // Heard again: a stopped relay stays cut off all the same.
    feed.send(Feed::Link(true)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(hub.state().seq, 1, "an event after the stop was applied");
    assert!(hub.cut_off());
    let Err(Unhealthy::Fault(reason)) = hub.health() else {
        panic!("a stopped relay says why: {:?}", hub.health());
    };
    assert!(
        reason.starts_with("stopped: the stream has event 2"),
        "{reason}"
    );
    let refused = hub.submit(phone(3), None, None).await;
    assert!(
        matches!(refused, Err(Rejection::Unreachable(_))),
        "{refused:?}"
    );
    assert!(fake.sent.lock().unwrap().is_empty(), "a change was sent");
}
