//! The report's turnout: promised, announced and phones checked in per
//! institution, as a table and a chart (mirrored right to left).

use maud::{Markup, html};

use super::{chart_label, text};
use crate::domain::State;
use crate::i18n::Lang;

pub(super) fn turnout(state: &State, l: Lang) -> Markup {
    let plan = &state.plan;
    let chair = &state.chair;
    let announced_total: u64 = chair.turnout.values().map(|a| u64::from(a.count)).sum();
    let max = plan
        .institutions
        .iter()
        .zip(&state.audience.checked_in)
        .map(|(i, &phones)| {
            let announced = chair.turnout.get(i.id.as_str()).map_or(0, |a| a.count);
            i.promised.max(announced).max(phones)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let n = |v: u64| l.number(v as i64);
    let (promised, announced, phones) = (
        l.t("report-promised"),
        l.t("report-announced"),
        l.t("report-phones"),
    );
    html! {
        section aria-labelledby="turnout" {
            h2 #turnout { (l.t("report-turnout")) }
            table .numbers .reflow {
                thead { tr { th { (l.t("report-institution")) } th .num { (promised) } th .num { (announced) } th .num { (phones) } } }
                tbody {
                    @for (i, &count) in plan.institutions.iter().zip(&state.audience.checked_in) {
                        tr {
                            td .name { bdi { (text(l, plan, "institution", &i.id, "name", &i.name)) } }
                            td .num data-label=(promised) {
                                // A blank promise is no promise, not a promise of 0.
                                @if i.promised == 0 { span .muted { (l.t("report-not-promised")) } } @else { (n(i.promised.into())) }
                            }
                            td .num data-label=(announced) { @match chair.turnout.get(i.id.as_str()) { Some(a) => (n(a.count.into())), None => span .muted { "—" } } }
                            td .num data-label=(phones) { (n(count.into())) }
                        }
                    }
                }
                tfoot {
                    tr {
                        td .name { (l.t("report-total")) }
                        td .num data-label=(promised) { (n(plan.total_promised())) }
                        td .num data-label=(announced) { (n(announced_total)) }
                        td .num data-label=(phones) {
                            (l.t_with("report-on-own", &[
                                ("total", n(state.audience.total()).into()),
                                ("n", i64::from(state.audience.on_own).into()),
                            ]))
                        }
                    }
                }
            }
            (turnout_chart(state, max, l))
        }
    }
}

/// Promised (outline), announced (solid) and phones (thin) per institution.
/// Right to left, the chart is mirrored: labels on the right, bars growing
/// leftwards.
fn turnout_chart(state: &State, max: u32, l: Lang) -> Markup {
    let plan = &state.plan;
    let row = 34.0;
    let label = 270.0;
    let width = 760.0;
    let scale = (width - label - 90.0) / f64::from(max);
    let height = row * plan.institutions.len() as f64 + 40.0;
    let bar = Bars::new(l, width);
    html! {
        figure {
            svg .chart viewBox={ "0 0 " (width) " " (height) } role="img"
                aria-label=(l.t("report-turnout-chart")) {
                @for (n, (i, &phones)) in plan.institutions.iter().zip(&state.audience.checked_in).enumerate() {
                    @let y = 10.0 + row * n as f64;
                    @let announced = state.chair.turnout.get(i.id.as_str()).map_or(0, |a| a.count);
                    @let name = text(l, plan, "institution", &i.id, "name", &i.name);
                    text x=(bar.x(label - 8.0, 0.0)) y=(y + 16.0) text-anchor="end" { (chart_label(name)) }
                    @let w = f64::from(i.promised) * scale;
                    rect .promised x=(bar.x(label, w)) y=(y + 2.0) width=(w) height="20" {}
                    @let w = f64::from(announced) * scale;
                    rect .announced x=(bar.x(label, w)) y=(y + 5.0) width=(w) height="14" {}
                    @let w = f64::from(phones) * scale;
                    rect .phones x=(bar.x(label, w)) y=(y + 22.0) width=(w) height="4" {}
                    text .value x=(bar.x(label + f64::from(i.promised.max(announced)) * scale + 6.0, 0.0)) y=(y + 16.0) text-anchor="start" {
                        (l.number(announced.into()))
                        @if i.promised > 0 { " / " (l.number(i.promised.into())) }
                    }
                }
            }
            figcaption { (l.t("report-turnout-caption")) }
        }
    }
}

/// Where a chart's shapes go: measured from the left, or, right to left,
/// from the right edge. Labels need nothing more: the chart inherits the
/// page's direction, so `text-anchor="end"` is the label's left end there.
pub(crate) struct Bars {
    rtl: bool,
    width: f64,
}

impl Bars {
    pub(crate) fn new(l: Lang, width: f64) -> Bars {
        Bars {
            rtl: l.is_rtl(),
            width,
        }
    }

    /// The left edge of a shape `w` wide that starts `x` from the start.
    pub(crate) fn x(&self, x: f64, w: f64) -> f64 {
        if self.rtl { self.width - x - w } else { x }
    }
}
