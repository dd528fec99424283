//! The report's running order: planned against actual time per item, and
//! a sentence that explains the drift of the whole assembly.

use maud::{Markup, html};

use super::turnout::Bars;
use super::words::duration;
use super::{chart_label, text};
use crate::domain::{Millis, Phase, State};
use crate::i18n::Lang;
use crate::plan::Zone;
use crate::record::{self, ItemTiming};

/// How the assembly's length came to differ from the plan, in milliseconds.
/// The parts add up to `drift_ms`: lengths the chair set with +1/-1 min,
/// items over (or under) the length set, items never reached, and time
/// spent paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drift {
    pub planned_ms: i64,
    /// Start to end; while running, start to the projected end.
    pub ran_ms: i64,
    pub drift_ms: i64,
    /// What the chair's +1/-1 min added to (or cut from) the items run.
    pub set_ms: i64,
    /// What the items reached took beyond (or short of) the length set.
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
        let set_ms: i64 = timings
            .iter()
            .map(|t| (t.set_seconds - i64::from(t.planned_seconds)) * 1000)
            .sum();
        let drift_ms = timing.drift_ms;
        Some(Drift {
            planned_ms: state.plan.planned_ms(),
            ran_ms: timing.projected_finish - started,
            drift_ms,
            set_ms,
            items_ms: drift_ms - paused_ms + skipped_ms - set_ms,
            skipped,
            skipped_ms,
            paused_ms,
            ended,
        })
    }

    /// "Planned 1:30:00; ran 1:42:15 (12:15 over: the items ran 9:00 over
    /// and the assembly was paused for 3:15)." in the language.
    pub fn explain(&self, l: Lang) -> String {
        let length = |ms: i64| duration(l, ms.abs() as f64 / 1000.0, false);
        let shown = |ms: i64| (ms as f64 / 1000.0).round() as i64 != 0;
        let over_under = |ms: i64| {
            if ms > 0 {
                l.t_with("report-over", &[("time", length(ms).into())])
            } else {
                l.t_with("report-under", &[("time", length(ms).into())])
            }
        };
        let mut parts = Vec::new();
        if shown(self.set_ms) {
            let args = [("time", length(self.set_ms).into())];
            parts.push(if self.set_ms > 0 {
                l.t_with("report-drift-set-longer", &args)
            } else {
                l.t_with("report-drift-set-shorter", &args)
            });
        }
        if shown(self.items_ms) {
            let by = over_under(self.items_ms);
            parts.push(if self.ended {
                l.t_with("report-drift-items", &[("by", by.into())])
            } else {
                l.t_with("report-drift-items-so-far", &[("by", by.into())])
            });
        }
        if self.skipped > 0 {
            let args = [
                ("n", (self.skipped as i64).into()),
                ("time", length(self.skipped_ms).into()),
            ];
            parts.push(l.t_with("report-drift-skipped", &args));
        }
        if shown(self.paused_ms) {
            let args = [("time", length(self.paused_ms).into())];
            parts.push(l.t_with("report-drift-paused", &args));
        }
        let whole = if shown(self.drift_ms) {
            over_under(self.drift_ms)
        } else {
            l.t("report-on-time")
        };
        let why = match parts.pop() {
            None => String::new(),
            Some(last) => {
                let list = match parts.split_first() {
                    None => last,
                    Some((first, rest)) => {
                        let head = rest.iter().fold(first.clone(), |head, next| {
                            let args = [("head", head.into()), ("next", next.as_str().into())];
                            l.t_with("report-list-more", &args)
                        });
                        let args = [("head", head.into()), ("last", last.into())];
                        l.t_with("report-list-last", &args)
                    }
                };
                l.t_with("report-drift-why", &[("parts", list.into())])
            }
        };
        let args = [
            ("planned", length(self.planned_ms).into()),
            ("ran", length(self.ran_ms).into()),
            ("whole", whole.into()),
            ("why", why.into()),
        ];
        if self.ended {
            l.t_with("report-drift-ended", &args)
        } else {
            l.t_with("report-drift-running", &args)
        }
    }
}

/// "planned 2:30, set to 0:30, ran 0:44: 0:14 over": for an item whose
/// length the chair changed with +1/-1 min; `None` for one left alone.
fn set_length(l: Lang, t: &ItemTiming<'_>) -> Option<String> {
    if t.set_seconds == i64::from(t.planned_seconds) {
        return None;
    }
    let length = |s: f64| duration(l, s.abs(), false);
    let by = t.difference_seconds.unwrap_or(0.0);
    let by = if by.round() > 0.0 {
        l.t_with("report-over", &[("time", length(by).into())])
    } else if by.round() < 0.0 {
        l.t_with("report-under", &[("time", length(by).into())])
    } else {
        l.t("report-on-time")
    };
    let args = [
        ("planned", length(f64::from(t.planned_seconds)).into()),
        ("set", length(t.set_seconds as f64).into()),
        ("ran", length(t.actual_seconds).into()),
        ("by", by.into()),
    ];
    Some(l.t_with("report-set-length", &args))
}

pub fn running_order(state: &State, now: Millis, zone: &Zone, l: Lang) -> Markup {
    let timings = record::item_timings(state, now);
    let planned: f64 = timings.iter().map(|t| f64::from(t.planned_seconds)).sum();
    let actual: f64 = timings.iter().map(|t| t.actual_seconds).sum();
    // The total difference adds up the rows': each against its set length.
    let difference_total: f64 = timings.iter().filter_map(|t| t.difference_seconds).sum();
    let drift = Drift::of(state, now, &timings);
    let longest = timings
        .iter()
        .map(|t| {
            f64::from(t.planned_seconds)
                .max(t.actual_seconds)
                .max(t.set_seconds as f64)
        })
        .fold(1.0, f64::max);
    let (planned_word, actual_word, difference) = (
        l.t("report-planned"),
        l.t("report-actual"),
        l.t("report-difference"),
    );
    let plan = &state.plan;
    let title = |t: &ItemTiming<'_>| -> String {
        let id = &plan.items[t.item].id;
        text(l, plan, "item", id, "title", t.title).to_owned()
    };
    html! {
        section aria-labelledby="running-order" {
            h2 #running-order { (l.t("report-running-order")) }
            @if let Some(drift) = drift {
                p .drift { (drift.explain(l)) }
            }
            table .numbers .reflow .timings {
                thead { tr { th { "#" } th { (l.t("report-item")) } th .num { (planned_word) } th .num { (actual_word) } th .num { (difference) } th { (l.t("report-started")) } } }
                tbody {
                    @for t in &timings {
                        tr {
                            td .index { (l.number(t.item as i64 + 1)) }
                            td .name {
                                bdi { (title(t)) }
                                @if let Some(change) = set_length(l, t) {
                                    br; span .muted .set { (change) }
                                }
                            }
                            td .num data-label=(planned_word) { (duration(l, f64::from(t.planned_seconds), false)) }
                            @if let Some(by) = t.difference_seconds {
                                td .num data-label=(actual_word) { (duration(l, t.actual_seconds, false)) }
                                td .num data-label=(difference) { (duration(l, by, true)) }
                                td data-label=(l.t("report-started")) { (t.first_started_at.map(|at| super::words::time(l, zone, at)).unwrap_or_default()) }
                            } @else {
                                td .num data-label=(actual_word) { span .muted { (l.t("report-not-reached")) } } td .empty {} td .empty {}
                            }
                        }
                    }
                }
                tfoot {
                    tr {
                        td .index {} td .name { (l.t("report-total")) }
                        td .num data-label=(planned_word) { (duration(l, planned, false)) }
                        td .num data-label=(actual_word) { (duration(l, actual, false)) }
                        td .num data-label=(difference) { (duration(l, difference_total, true)) }
                        td .empty {}
                    }
                }
            }
            figure {
                @let row = 22.0;
                @let label = 270.0;
                @let width = 760.0;
                @let bar = Bars::new(l, width);
                @let scale = (width - label - 20.0) / longest;
                svg .chart viewBox={ "0 0 " (width) " " (row * timings.len() as f64 + 10.0) } role="img"
                    aria-label=(l.t("report-timing-chart")) {
                    @for (n, t) in timings.iter().enumerate() {
                        @let y = 5.0 + row * n as f64;
                        text x=(bar.x(label - 8.0, 0.0)) y=(y + 14.0) text-anchor="end" { (chart_label(&title(t))) }
                        @let w = f64::from(t.planned_seconds) * scale;
                        rect .planned x=(bar.x(label, w)) y=(y + 2.0) width=(w) height="16" {}
                        @let w = t.actual_seconds * scale;
                        rect class=(if t.difference_seconds.is_some_and(|d| d > 0.0) { "actual over" } else { "actual" })
                            x=(bar.x(label, w)) y=(y + 7.0) width=(w) height="6" {}
                        // Where the chair set the end, when not the plan's.
                        @if t.set_seconds != i64::from(t.planned_seconds) {
                            @let at = bar.x(label + t.set_seconds.max(0) as f64 * scale, 0.0);
                            line .set x1=(at) x2=(at) y1=(y) y2=(y + 20.0) {}
                        }
                    }
                }
                figcaption {
                    (l.t("report-timing-caption"))
                    @if timings.iter().any(|t| t.set_seconds != i64::from(t.planned_seconds)) {
                        " " (l.t("report-timing-set-caption"))
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Drift;
    use crate::i18n::english;

    const MIN: i64 = 60_000;

    fn drift(items_ms: i64, skipped: usize, skipped_ms: i64, paused_ms: i64) -> Drift {
        let drift_ms = items_ms - skipped_ms + paused_ms;
        Drift {
            planned_ms: 90 * MIN,
            ran_ms: 90 * MIN + drift_ms,
            drift_ms,
            set_ms: 0,
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
            drift(9 * MIN, 0, 0, 3 * MIN + 15_000).explain(english()),
            "Planned 1:30:00; ran 1:42:15 (12:15 over: the items ran 9:00 over \
             and the assembly was paused for 3:15)."
        );
        assert_eq!(
            drift(-2 * MIN, 2, 10 * MIN, 30_000).explain(english()),
            "Planned 1:30:00; ran 1:18:30 (11:30 under: the items ran 2:00 under, \
             2 items (10:00 planned) were not reached and the assembly was paused for 0:30)."
        );
        assert_eq!(
            drift(0, 0, 0, 0).explain(english()),
            "Planned 1:30:00; ran 1:30:00 (on time)."
        );
        assert_eq!(
            drift(-MIN, 1, 5 * MIN, 0).explain(english()),
            "Planned 1:30:00; ran 1:24:00 (6:00 under: the items ran 1:00 under \
             and 1 item (5:00 planned) was not reached)."
        );
        // A testimony of 2:30 cut to 0:30 that ran 0:44.
        let cut = Drift {
            set_ms: -2 * MIN,
            drift_ms: -2 * MIN + 14_000,
            ran_ms: 88 * MIN + 14_000,
            ..drift(14_000, 0, 0, 0)
        };
        assert_eq!(
            cut.explain(english()),
            "Planned 1:30:00; ran 1:28:14 (1:46 under: the chair set the items \
             2:00 shorter and the items ran 0:14 over)."
        );
    }
}
