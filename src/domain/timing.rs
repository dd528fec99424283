//! Timing derived from the state and a time: the countdown of the current
//! item, overtime, and drift of the whole assembly against the plan.

use serde::Serialize;

use super::event::Millis;
use super::state::{Phase, State};

/// Figures for the current item and the assembly at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Timing {
    /// Planned length of the current item with extensions.
    pub planned_ms: i64,
    pub elapsed_ms: i64,
    /// Time left; negative once over time.
    pub remaining_ms: i64,
    /// Time past the planned length; 0 while within it.
    pub overtime_ms: i64,
    pub paused: bool,
    pub paused_ms: i64,
    pub extended_ms: i64,
    /// When the assembly will end if every later item keeps to plan.
    pub projected_finish: Millis,
    /// When it would end had every item kept to plan since the start.
    pub planned_finish: Millis,
    /// `projected_finish - planned_finish`: positive means behind.
    pub drift_ms: i64,
}

impl State {
    /// Timing at `now`; `None` before the start.
    pub fn timing(&self, now: Millis) -> Option<Timing> {
        let chair = &self.chair;
        let started_at = chair.started_at?;
        let planned_finish = started_at + self.plan.planned_ms();
        if chair.phase == Phase::Ended {
            let ended_at = chair.ended_at.unwrap_or(now);
            return Some(Timing {
                planned_ms: 0,
                elapsed_ms: 0,
                remaining_ms: 0,
                overtime_ms: 0,
                paused: false,
                paused_ms: 0,
                extended_ms: 0,
                projected_finish: ended_at,
                planned_finish,
                drift_ms: ended_at - planned_finish,
            });
        }
        let clock = chair.clock.as_ref()?;
        let index = self.plan.item_index(&clock.item)?;
        let item = &self.plan.items[index];
        let planned_ms = i64::from(item.seconds) * 1000 + clock.extended_ms;
        let elapsed_ms = clock.elapsed_ms(now);
        let remaining_ms = planned_ms - elapsed_ms;
        let later_ms: i64 = self.plan.items[index + 1..]
            .iter()
            .map(|i| i64::from(i.seconds) * 1000)
            .sum();
        let projected_finish = now + remaining_ms.max(0) + later_ms;
        Some(Timing {
            planned_ms,
            elapsed_ms,
            remaining_ms,
            overtime_ms: (-remaining_ms).max(0),
            paused: clock.paused_at.is_some(),
            paused_ms: clock.paused_total_ms(now),
            extended_ms: clock.extended_ms,
            projected_finish,
            planned_finish,
            drift_ms: projected_finish - planned_finish,
        })
    }
}
