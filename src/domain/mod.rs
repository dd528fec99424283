//! The pure core: plan model, commands, events, state and timing.
//!
//! Nothing here does IO, reads a clock or knows about tokio: time comes in
//! as a value (`Envelope::at`, or `now` for timing), which is what makes the
//! state a replayable fold of the event log.

pub mod command;
pub mod event;
pub mod plan;
pub mod plan_change;
pub mod plan_history;
pub mod plan_patch;
pub mod state;
pub mod text;
pub mod timing;
pub mod undo;

#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tests_follow_up;
#[cfg(test)]
mod tests_plan_change;
#[cfg(test)]
mod tests_plan_patch;
#[cfg(test)]
mod tests_report_back;
#[cfg(test)]
mod tests_stage;
#[cfg(test)]
mod tests_undo;

pub use command::{Answer, ChairCommand, Command, FollowUpStatus, MessageTarget};
pub use event::{Envelope, Event, ItemRef, Millis};
pub use plan::{ItemKind, Plan};
pub use plan_change::PlanChange;
pub use plan_history::PlanHistory;
pub use plan_patch::PlanPatch;
pub use state::{Phase, Refusal, State};
pub use timing::Timing;
