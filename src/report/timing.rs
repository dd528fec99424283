//! The report's running order: planned against actual time per item, and
//! a sentence that explains the drift of the whole assembly.

use maud::{Markup, html};

use super::{chart_label, duration};
use crate::domain::{Millis, Phase, State};
use crate::plan::Zone;
use crate::record::{self, ItemTiming};

/// How the assembly's length came to differ from the plan, in milliseconds.
/// The parts add up to `drift_ms`: items over (or under) their planned
/// length, items never reached, and time spent paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drift {
    pub planned_ms: i64,
    /// Start to end; while running, start to the projected end.
    pub ran_ms: i64,
    pub drift_ms: i64,
    /// What the items reached took beyond (or short of) their plan.
    pub items_ms: i64,
    /// Items not reached (skipped; or, once ended, never run).
    pub skipped: usize,
    pub skipped_ms: i64,
    pub paused_ms: i64,
    pub ended: bool,
}

impl Drift {
    /// `None` before the start.
    pub fn of(state: &State, now: Millis, timings: &[ItemTiming<'_>]) -> Option<Drift> {
        let chair = &state.chair;
        let started = chair.started_at?;
        let timing = state.timing(now)?;
        let ended = chair.phase == Phase::Ended;
        let paused_ms = chair.runs.iter().map(|r| r.paused_ms).sum::<i64>()
            + chair.clock.as_ref().map_or(0, |c| c.paused_total_ms(now));
        // Items behind the current one (or every item, once ended) that
        // never ran; items ahead are counted at their planned length.
        let current = state.current_index().unwrap_or(usize::MAX);
        let (skipped, skipped_ms) = timings
            .iter()
            .filter(|t| t.visits == 0 && (ended || t.item < current))
            .fold((0, 0), |(n, ms), t| {
                (n + 1, ms + i64::from(t.planned_seconds) * 1000)
            });
        let drift_ms = timing.drift_ms;
        Some(Drift {
            planned_ms: state.plan.planned_ms(),
            ran_ms: timing.projected_finish - started,
            drift_ms,
            items_ms: drift_ms - paused_ms + skipped_ms,
            skipped,
            skipped_ms,
            paused_ms,
            ended,
        })
    }

    /// "Planned 1:30:00; ran 1:42:15 (12:15 over: the items ran 9:00 over
    /// and the assembly was paused for 3:15)."
    pub fn explain(&self) -> String {
        let secs = |ms: i64| ms.abs() as f64 / 1000.0;
        let shown = |ms: i64| (ms as f64 / 1000.0).round() as i64 != 0;
        let over_under = |ms: i64| {
            if ms > 0 {
                format!("{} over", duration(secs(ms), false))
            } else {
                format!("{} under", duration(secs(ms), false))
            }
        };
        let mut parts = Vec::new();
        if shown(self.items_ms) {
            let so_far = if self.ended { "" } else { "so far " };
            parts.push(format!(
                "{so_far}the items ran {}",
                over_under(self.items_ms)
            ));
        }
        if self.skipped > 0 {
            let (items, were) = if self.skipped == 1 {
                ("item", "was")
            } else {
                ("items", "were")
            };
            parts.push(format!(
                "{} {items} ({} planned) {were} not reached",
                self.skipped,
                duration(secs(self.skipped_ms), false)
            ));
        }
        if shown(self.paused_ms) {
            parts.push(format!(
                "the assembly was paused for {}",
                duration(secs(self.paused_ms), false)
            ));
        }
        let whole = if shown(self.drift_ms) {
            over_under(self.drift_ms)
        } else {
            "on time".to_owned()
        };
        let why = match parts.len() {
            0 => String::new(),
            n => {
                let last = parts.pop().unwrap_or_default();
                let head = parts.join(", ");
                if n == 1 {
                    format!(": {last}")
                } else {
                    format!(": {head} and {last}")
                }
            }
        };
        let ran = if self.ended {
            "ran"
        } else {
            "at this pace it runs"
        };
        format!(
            "Planned {}; {ran} {} ({whole}{why}).",
            duration(secs(self.planned_ms), false),
            duration(secs(self.ran_ms), false),
        )
    }
}

pub fn running_order(state: &State, now: Millis, zone: &Zone) -> Markup {
    let timings = record::item_timings(state, now);
    let planned: f64 = timings.iter().map(|t| f64::from(t.planned_seconds)).sum();
    let actual: f64 = timings.iter().map(|t| t.actual_seconds).sum();
    let drift = Drift::of(state, now, &timings);
    let longest = timings
        .iter()
        .map(|t| f64::from(t.planned_seconds).max(t.actual_seconds))
        .fold(1.0, f64::max);
    html! {
        section aria-labelledby="running-order" {
            h2 #running-order { "Running order: planned against actual" }
            @if let Some(drift) = drift {
                p .drift { (drift.explain()) }
            }
            table .numbers .reflow .timings {
                thead { tr { th { "#" } th { "Item" } th .num { "Planned" } th .num { "Actual" } th .num { "Difference" } th { "Started" } } }
                tbody {
                    @for t in &timings {
                        tr {
                            td .index { (t.item + 1) }
                            td .name { (t.title) }
                            td .num data-label="Planned" { (duration(f64::from(t.planned_seconds), false)) }
                            @if t.visits > 0 {
                                td .num data-label="Actual" { (duration(t.actual_seconds, false)) }
                                td .num data-label="Difference" { (duration(t.actual_seconds - f64::from(t.planned_seconds), true)) }
                                td data-label="Started" { (t.first_started_at.map(|at| zone.time(at)).unwrap_or_default()) }
                            } @else {
                                td .num data-label="Actual" { span .muted { "not reached" } } td .empty {} td .empty {}
                            }
                        }
                    }
                }
                tfoot {
                    tr {
                        td .index {} td .name { "Total" }
                        td .num data-label="Planned" { (duration(planned, false)) }
                        td .num data-label="Actual" { (duration(actual, false)) }
                        td .num data-label="Difference" { (duration(actual - planned, true)) }
                        td .empty {}
                    }
                }
            }
            figure {
                @let row = 22.0;
                @let label = 270.0;
                @let width = 760.0;
                @let scale = (width - label - 20.0) / longest;
                svg .chart viewBox={ "0 0 " (width) " " (row * timings.len() as f64 + 10.0) } role="img"
                    aria-label="Planned and actual length of each item" {
                    @for (n, t) in timings.iter().enumerate() {
                        @let y = 5.0 + row * n as f64;
                        text x=(label - 8.0) y=(y + 14.0) text-anchor="end" { (chart_label(t.title)) }
                        rect .planned x=(label) y=(y + 2.0) width=(f64::from(t.planned_seconds) * scale) height="16" {}
                        rect class=(if t.actual_seconds > f64::from(t.planned_seconds) { "actual over" } else { "actual" })
                            x=(label) y=(y + 7.0) width=(t.actual_seconds * scale) height="6" {}
                    }
                }
                figcaption { "Outlined bar: planned length. Solid line: actual running time (red where it ran over)." }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Drift;

    const MIN: i64 = 60_000;

    fn drift(items_ms: i64, skipped: usize, skipped_ms: i64, paused_ms: i64) -> Drift {
        let drift_ms = items_ms - skipped_ms + paused_ms;
        Drift {
            planned_ms: 90 * MIN,
            ran_ms: 90 * MIN + drift_ms,
            drift_ms,
            items_ms,
            skipped,
            skipped_ms,
            paused_ms,
            ended: true,
        }
    }

    #[test]
    fn drift_is_explained_by_items_and_pauses() {
        assert_eq!(
            drift(9 * MIN, 0, 0, 3 * MIN + 15_000).explain(),
            "Planned 1:30:00; ran 1:42:15 (12:15 over: the items ran 9:00 over \
             and the assembly was paused for 3:15)."
        );
        assert_eq!(
            drift(-2 * MIN, 2, 10 * MIN, 30_000).explain(),
            "Planned 1:30:00; ran 1:18:30 (11:30 under: the items ran 2:00 under, \
             2 items (10:00 planned) were not reached and the assembly was paused for 0:30)."
        );
        assert_eq!(
            drift(0, 0, 0, 0).explain(),
            "Planned 1:30:00; ran 1:30:00 (on time)."
        );
        assert_eq!(
            drift(-MIN, 1, 5 * MIN, 0).explain(),
            "Planned 1:30:00; ran 1:24:00 (6:00 under: the items ran 1:00 under \
             and 1 item (5:00 planned) was not reached)."
        );
    }
}
