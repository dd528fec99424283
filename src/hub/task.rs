//! The hub task: the only writer of the state. It decides a batch of
//! commands against its working state, commits their events, applies them
//! to the shared state readers see, then answers, and sends frames out.

use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use super::outlets::{Outlets, goes_out_now};
use super::{Job, Outcome, Published, Rejection, Shared, now_ms, read};
use crate::domain::{Envelope, Event, Millis, State};
use crate::store::Store;

/// Most commands handled in one transaction.
pub(super) const BATCH: usize = 1024;
/// An idempotency key that makes the hub panic, so tests can check that a
/// dead hub is seen.
#[cfg(test)]
pub(super) const PANIC_ID: &str = "test: panic in the hub";

pub(super) struct Task {
    /// Every decided change, committed or about to be: later commands in a
    /// batch are decided against the earlier ones.
    working: State,
    /// Committed changes only, which readers see.
    shared: Shared,
    store: Option<Store>,
    broken: Option<String>,
    fault: Arc<Mutex<Option<String>>>,
    out: Outlets,
}

impl Task {
    pub(super) fn new(
        state: State,
        store: Store,
        staff: watch::Sender<Arc<Published>>,
        phones: watch::Sender<Arc<Published>>,
        fault: Arc<Mutex<Option<String>>>,
    ) -> (Task, Shared) {
        // The one copy made at start: the working state and the committed
        // one differ only while a batch is being written.
        let shared = Arc::new(RwLock::new(state.clone()));
        let task = Task {
            working: state,
            shared: shared.clone(),
            store: Some(store),
            broken: None,
            fault,
            out: Outlets::new(shared.clone(), staff, phones),
        };
        (task, shared)
    }

    pub(super) async fn run(mut self, mut rx: mpsc::Receiver<Job>) {
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let due = self.out.due();
            let deadline = due.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                received = rx.recv_many(&mut batch, BATCH) => {
                    if received == 0 {
                        break;
                    }
                    self.handle(&mut batch).await;
                }
                () = tokio::time::sleep_until(deadline), if due.is_some() => {
                    self.out.publish_due(false);
                }
            }
        }
        if self.out.holding() {
            self.out.publish(false);
        }
        tracing::debug!("hub stopped");
    }

    async fn handle(&mut self, batch: &mut Vec<Job>) {
        let now = now_ms();
        let mut log = Vec::new();
        let mut answers = Vec::with_capacity(batch.len());
        for mut job in batch.drain(..) {
            let result = self.decide(&mut job, now, &mut log);
            answers.push((job.reply, result));
        }
        let at_once = log.iter().any(|e: &Envelope| goes_out_now(&e.event));
        // The organiser's terminal shows every chair change (a failed save
        // is logged as an error below).
        for envelope in &log {
            match &envelope.event {
                // Told in `decide`, where the plan before it is at hand.
                Event::PlanChanged { .. } => {}
                event
                    if event.is_chair()
                        || matches!(
                            event,
                            Event::FollowUpRecorded { .. } | Event::ReportedBack { .. }
                        ) =>
                {
                    tracing::info!(seq = envelope.seq, "chair: {:?}", event)
                }
                _ => {}
            }
        }
        if !log.is_empty() {
            match self.commit(log).await {
                Err(error) => {
                    for (_, result) in &mut answers {
                        if matches!(result, Ok(outcome) if outcome.applied) {
                            *result = Err(Rejection::Unavailable(error.clone()));
                        }
                    }
                }
                Ok(log) => {
                    // Readers see the batch before anyone is told it is done.
                    let mut shared = self
                        .shared
                        .write()
                        .unwrap_or_else(|poisoned| poisoned.into_inner());
                    for envelope in &log {
                        shared.apply(envelope);
                    }
                    drop(shared);
                    self.out.changed(at_once, false);
                }
            }
        }
        for (reply, result) in answers {
            let _ = reply.send(result);
        }
        // Chair changes went out at once; audience ones wait for their tick.
        self.out.publish_due(false);
    }

    fn decide(
        &mut self,
        job: &mut Job,
        now: Millis,
        log: &mut Vec<Envelope>,
    ) -> Result<Outcome, Rejection> {
        #[cfg(test)]
        if job.id.as_deref() == Some(PANIC_ID) {
            panic!("the hub was told to panic by a test");
        }
        if let Some(reason) = &self.broken {
            return Err(Rejection::Unavailable(reason.clone()));
        }
        let state = &mut self.working;
        if let Some(id) = job.id.as_deref()
            && let Some(seq) = state.applied_id(id)
        {
            return Ok(Outcome {
                seq,
                applied: false,
                device: None,
            });
        }
        if let crate::domain::Command::Recall(recall) = &job.command {
            // Context, not a change of the record: in the working state and
            // the one readers see at once, and on every screen.
            let recall = state.set_recall((**recall).clone());
            self.shared
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .recall = recall;
            self.out.changed(true, false);
            return Ok(Outcome {
                seq: state.seq,
                applied: false,
                device: None,
            });
        }
        // The one clock the domain needs outside `at`: what day it is in
        // the assembly's zone, for a follow-up step.
        crate::plan::date_step(&state.plan.assembly, &mut job.command, now)
            .map_err(Rejection::Refused)?;
        match state.decide(&job.command, job.expect, job.id.as_deref()) {
            Ok(Some(event)) => {
                let envelope = Envelope {
                    seq: state.seq + 1,
                    at: now,
                    id: job.id.clone(),
                    event,
                };
                state.apply(&envelope);
                if let Event::PlanChanged { .. } = envelope.event {
                    let changes = state.plan_history.last_changes(&state.plan);
                    let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
                    tracing::info!(seq = envelope.seq, "plan changed: {}", changes.join("; "));
                }
                log.push(envelope);
                Ok(Outcome {
                    seq: state.seq,
                    applied: true,
                    device: None,
                })
            }
            Ok(None) => Ok(Outcome {
                seq: state.seq,
                applied: false,
                device: None,
            }),
            Err(refusal) => Err(Rejection::Refused(refusal)),
        }
    }

    /// Write the batch; on failure, fall back to what is durable and stop
    /// accepting commands, so nothing unacknowledged is ever shown as done.
    /// Reads go on being served from the committed state.
    async fn commit(&mut self, log: Vec<Envelope>) -> Result<Vec<Envelope>, String> {
        let Some(mut store) = self.store.take() else {
            return Err("the event log is closed".into());
        };
        let written = tokio::task::spawn_blocking(move || {
            let result = store.append(&log);
            (store, result, log)
        })
        .await;
        let error = match written {
            Ok((store, Ok(()), log)) => {
                self.store = Some(store);
                return Ok(log);
            }
            Ok((store, Err(error), _)) => {
                self.store = Some(store);
                error.to_string()
            }
            // The store is gone with its thread: as broken as a full disk.
            Err(join) => format!("the store thread failed: {join}"),
        };
        let reason = format!(
            "the event log could not be written ({error}); nothing more is accepted. \
             Free disk space or fix the data dir, then restart the server: every \
             acknowledged change is kept"
        );
        tracing::error!("{reason}");
        // A transaction that failed wrote nothing: what is durable is the
        // committed state readers already see.
        self.working = read(&self.shared).clone();
        self.broken = Some(reason.clone());
        *self.fault.lock().unwrap_or_else(|p| p.into_inner()) = Some(reason.clone());
        self.out.publish(false);
        Err(reason)
    }
}
