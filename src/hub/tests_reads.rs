//! Reads built off the lock: one build per key and `seq`, shared by every
//! reader of it, never older than an acknowledged change, and never
//! holding the lock the hub commits with.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use super::*;
use crate::domain::ChairCommand;

fn hub(dir: &std::path::Path) -> Hub {
    let plan = Arc::new(crate::plan::demo());
    let store = Store::open(dir).expect("a store in a temporary dir");
    store.save_plan(&plan).expect("the plan is saved");
    Hub::start(plan, store, Vec::new())
}

async fn check_in(hub: &Hub, n: u64) -> u64 {
    let command = Command::CheckIn {
        device: format!("{n:032x}"),
        institution: None,
    };
    hub.submit(command, None, None).await.unwrap().seq
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_of_one_seq_share_one_build() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    let builds = Arc::new(AtomicUsize::new(0));
    let readers: Vec<_> = (0..16)
        .map(|_| {
            let (hub, builds) = (hub.clone(), builds.clone());
            tokio::spawn(async move {
                hub.built("test".into(), move |state, _| {
                    builds.fetch_add(1, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(50));
                    state.seq
                })
                .await
            })
        })
        .collect();
    let mut answers = Vec::new();
    for reader in readers {
        answers.push(reader.await.unwrap());
    }
    assert_eq!(
        builds.load(Ordering::SeqCst),
        1,
        "sixteen readers, one build"
    );
    assert!(
        answers.iter().all(|a| Arc::ptr_eq(a, &answers[0])),
        "the same bytes"
    );
}

#[tokio::test]
async fn a_read_after_an_acknowledged_change_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    for n in 0..20 {
        let seq = check_in(&hub, n).await;
        let read = hub
            .built("phones".into(), |state, _| {
                (state.seq, state.audience.total())
            })
            .await;
        assert_eq!(*read, (seq, n + 1), "the read after check-in {seq}");
    }
}

#[tokio::test]
async fn a_kept_read_follows_the_clock_after_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    let first = hub.built("now".into(), |_, now| now).await;
    let again = hub.built("now".into(), |_, now| now).await;
    assert_eq!(first, again, "kept within the second");
    tokio::time::sleep(reads::FRESH + Duration::from_millis(20)).await;
    let later = hub.built("now".into(), |_, now| now).await;
    assert!(later > first, "built again once the clock has moved on");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_chair_is_not_held_up_by_a_slow_read() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    let slow = {
        let hub = hub.clone();
        tokio::spawn(async move {
            hub.built("slow".into(), |state, _| {
                std::thread::sleep(Duration::from_millis(800));
                state.seq
            })
            .await
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = std::time::Instant::now();
    hub.submit(Command::Chair(ChairCommand::Start), None, None)
        .await
        .unwrap();
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(400),
        "the chair's command waited {took:?} for a read being built"
    );
    assert_eq!(
        *slow.await.unwrap(),
        0,
        "the read is of the state it began with"
    );
}

/// The builder thread yields to the server's: its `nice` value is raised.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn reads_are_built_on_a_thread_of_lower_priority() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path());
    let tid = hub
        .built("thread".into(), |_, _| {
            rustix::thread::gettid().as_raw_nonzero().get()
        })
        .await;
    let stat = std::fs::read_to_string(format!("/proc/self/task/{tid}/stat")).unwrap();
    // The fields after the name in parentheses; nice is the 19th of all.
    let after_name = stat.rsplit_once(')').unwrap().1;
    let nice: i32 = after_name
        .split_whitespace()
        .nth(16)
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(nice, reads::NICER, "{stat}");
}
