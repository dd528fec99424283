//! Where frames go out, and how often: the one send-out both hubs use (the
//! primary's, which writes, and a relay's, which follows).

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;

use super::plans::Plans;
use super::{Published, Shared, now_ms, publish, read};
use crate::domain::Event;

/// Audience-only changes (check-ins, pledges) reach the chair, the screen
/// and the stage at most this often...
const STAFF_EVERY: Duration = Duration::from_millis(50);
/// ...and the phones at most this often: each send-out to a full hall costs
/// a system call per phone, and a turnout figure a second old is fine.
/// Chair changes go to everyone at once.
const PHONES_EVERY: Duration = Duration::from_millis(1000);

/// The one "publish now" rule, for both hubs: the chair's changes and the
/// organisers' (the plan, a follow-up step, a commitment's owner and due
/// day) go to everyone at once; the
/// audience's (check-ins, pledges) wait for each group's tick.
pub(super) fn goes_out_now(event: &Event) -> bool {
    event.is_chair()
        || matches!(
            event,
            Event::PlanChanged { .. }
                | Event::FollowUpRecorded { .. }
                | Event::FollowUpWithdrawn { .. }
                | Event::CommitmentSet { .. }
                | Event::ReportedBack { .. }
        )
}

/// Where frames go out to one group of sockets, and how often.
struct Outlet {
    tx: watch::Sender<Arc<Published>>,
    every: Duration,
    last: Instant,
    /// Audience changes this group has not been sent yet.
    pending: bool,
}

impl Outlet {
    fn new(tx: watch::Sender<Arc<Published>>, every: Duration) -> Outlet {
        Outlet {
            tx,
            every,
            last: Instant::now(),
            pending: false,
        }
    }

    fn due(&self) -> Option<Instant> {
        self.pending.then_some(self.last + self.every)
    }

    fn send(&mut self, published: &Arc<Published>) {
        self.tx.send_replace(published.clone());
        self.last = Instant::now();
        self.pending = false;
    }
}

/// The staff's and the phones' outlets, fed from the committed state.
pub(super) struct Outlets {
    shared: Shared,
    staff: Outlet,
    phones: Outlet,
    /// What sockets are sent of the plan.
    plans: Arc<Plans>,
    /// The number of the phones' last send-out and its public state, which
    /// the next one is a patch on.
    phones_sent: (u64, Option<Arc<serde_json::Value>>),
}

impl Outlets {
    pub(super) fn new(
        shared: Shared,
        staff: watch::Sender<Arc<Published>>,
        phones: watch::Sender<Arc<Published>>,
    ) -> Outlets {
        let plans = Arc::new(Plans::of(&read(&shared)));
        Outlets {
            shared,
            staff: Outlet::new(staff, STAFF_EVERY),
            phones: Outlet::new(phones, PHONES_EVERY),
            plans,
            phones_sent: (0, None),
        }
    }

    /// When the next audience send-out is due, if one is waiting.
    pub(super) fn due(&self) -> Option<Instant> {
        [self.staff.due(), self.phones.due()]
            .into_iter()
            .flatten()
            .min()
    }

    /// Audience changes wait for each group's next tick.
    pub(super) fn hold(&mut self) {
        self.staff.pending = true;
        self.phones.pending = true;
    }

    pub(super) fn holding(&self) -> bool {
        self.staff.pending || self.phones.pending
    }

    /// The state began again with a new plan (a relay's `Begin`), whose
    /// `plan_seq` is 0 like the one before.
    pub(super) fn forget_plan(&mut self) {
        self.plans = Arc::new(Plans::of(&read(&self.shared)));
    }

    /// Newly applied changes: out to everyone at once if any of them
    /// `goes_out_now`, else held for each group's tick.
    pub(super) fn changed(&mut self, now: bool, cut_off: bool) {
        if now {
            self.publish(cut_off);
        } else {
            self.hold();
        }
    }

    /// Send the current state to everyone, now.
    pub(super) fn publish(&mut self, cut_off: bool) {
        let published = self.frames(cut_off);
        self.staff.send(&published);
        self.send_phones(&published);
    }

    /// Send to the phones, with the patch on their last frame.
    fn send_phones(&mut self, published: &Published) {
        let (sent, before) = &self.phones_sent;
        let number = sent + 1;
        let base = before.as_deref().map(|before| (*sent, before));
        let for_phones = published.for_phones(number, base);
        self.phones_sent = (number, Some(published.phone_state().clone()));
        self.phones.send(&Arc::new(for_phones));
    }

    /// Send audience changes to each group whose interval has passed.
    pub(super) fn publish_due(&mut self, cut_off: bool) {
        let now = Instant::now();
        let staff = self.staff.due().is_some_and(|at| at <= now);
        let phones = self.phones.due().is_some_and(|at| at <= now);
        if !staff && !phones {
            return;
        }
        let published = self.frames(cut_off);
        if staff {
            self.staff.send(&published);
        }
        if phones {
            self.send_phones(&published);
        }
    }

    /// Frames serialized straight from the committed state, no copy.
    fn frames(&mut self, cut_off: bool) -> Arc<Published> {
        let state = read(&self.shared);
        if self.plans.seq != state.plan_seq {
            self.plans = Arc::new(self.plans.next(&state));
        }
        Arc::new(publish(&state, now_ms(), self.plans.clone(), cut_off))
    }
}
