//! The rehearsal's answer: a plain aligned table of what was measured
//! against its target, and a one-line verdict that scripts can grep.
//!
//! Columns are separated by at least two spaces and no value contains two
//! spaces in a row, so `awk -F '  +'` splits the table (see `scripts/bench.sh`).

use std::time::Duration;

/// One line of the table; `met` is `None` for numbers reported without a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub metric: String,
    pub value: String,
    pub target: String,
    pub met: Option<bool>,
}

#[derive(Debug, Default)]
pub struct Report {
    rows: Vec<Row>,
    /// Lines printed under the table, such as the first error of a kind.
    notes: Vec<String>,
    /// Why the rehearsal stopped before measuring everything.
    stopped: Option<String>,
}

impl Report {
    /// A number worth seeing that has no target here.
    pub fn info(&mut self, metric: &str, value: impl Into<String>) {
        self.rows.push(Row {
            metric: metric.to_owned(),
            value: value.into(),
            target: "-".to_owned(),
            met: None,
        });
    }

    /// A number held to a target.
    pub fn check(&mut self, metric: &str, value: impl Into<String>, target: &str, met: bool) {
        self.rows.push(Row {
            metric: metric.to_owned(),
            value: value.into(),
            target: target.to_owned(),
            met: Some(met),
        });
    }

    /// A line under the table, for what does not fit in a cell.
    pub fn note(&mut self, text: impl Into<String>) {
        self.notes.push(text.into());
    }

    /// The rehearsal could not go on: the verdict fails whatever was met.
    pub fn stop(&mut self, reason: &str) {
        let first_line = reason.lines().next().unwrap_or_default();
        self.stopped = Some(first_line.to_owned());
    }

    /// The metrics whose targets were missed, in table order.
    pub fn missed(&self) -> Vec<&str> {
        self.rows
            .iter()
            .filter(|row| row.met == Some(false))
            .map(|row| row.metric.as_str())
            .collect()
    }

    /// The table (if anything was measured), then the verdict line.
    pub fn render(&self) -> String {
        if self.rows.is_empty() {
            return format!("{}\n", self.verdict());
        }
        let header = Row {
            metric: "metric".into(),
            value: "value".into(),
            target: "target".into(),
            met: None,
        };
        let rows: Vec<&Row> = std::iter::once(&header).chain(&self.rows).collect();
        let width = |f: fn(&Row) -> usize| rows.iter().map(|r| f(r)).max().unwrap_or(0);
        let (w_metric, w_value, w_target) = (
            width(|r| r.metric.chars().count()),
            width(|r| r.value.chars().count()),
            width(|r| r.target.chars().count()),
        );
        let mut out = String::new();
        for (i, row) in rows.iter().enumerate() {
            let result = match (i, row.met) {
                (0, _) => "result",
                (_, Some(true)) => "ok",
                (_, Some(false)) => "MISSED",
                (_, None) => "",
            };
            let line = format!(
                "{:w_metric$}  {:w_value$}  {:w_target$}  {result}",
                row.metric, row.value, row.target
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
        for note in &self.notes {
            out.push_str(note);
            out.push('\n');
        }
        out.push_str(&self.verdict());
        out.push('\n');
        out
    }

    pub fn verdict(&self) -> String {
        let mut failures: Vec<String> = self.missed().into_iter().map(str::to_owned).collect();
        if let Some(reason) = &self.stopped {
            failures.push(format!("stopped early: {reason}"));
        }
        if failures.is_empty() {
            "verdict: PASS (all targets met)".to_owned()
        } else {
            format!("verdict: FAIL: {}", failures.join(", "))
        }
    }
}

/// The nearest-rank percentile (`q` in 0..=1) of sorted values.
pub fn percentile(sorted: &[Duration], q: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// Milliseconds with one decimal, e.g. `12.3 ms`.
pub fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}

/// `n` per second over `elapsed`, rounded.
pub fn per_second(n: usize, elapsed: Duration) -> f64 {
    if elapsed.is_zero() {
        return 0.0;
    }
    n as f64 / elapsed.as_secs_f64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let values: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&values, 0.5), Some(Duration::from_millis(50)));
        assert_eq!(percentile(&values, 0.99), Some(Duration::from_millis(99)));
        assert_eq!(percentile(&values, 1.0), Some(Duration::from_millis(100)));
        assert_eq!(
            percentile(&values[..1], 0.99),
            Some(Duration::from_millis(1))
        );
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn the_verdict_names_every_missed_target() {
        let mut report = Report::default();
        report.check("phones connected", "10/10", "all, 0 failed", true);
        report.info("chair actions", "5");
        assert_eq!(report.verdict(), "verdict: PASS (all targets met)");
        report.check("check-ins counted", "short by 3", "exactly once", false);
        report.check("phones on the final seq", "9/10", "all", false);
        assert_eq!(
            report.verdict(),
            "verdict: FAIL: check-ins counted, phones on the final seq"
        );
        report.stop("the server went away\nsecond line");
        assert_eq!(
            report.verdict(),
            "verdict: FAIL: check-ins counted, phones on the final seq, \
             stopped early: the server went away"
        );
        let table = report.render();
        assert!(table.contains("check-ins counted  "), "{table}");
        assert!(table.lines().any(|l| l.ends_with("MISSED")), "{table}");
        assert!(table.ends_with("the server went away\n"), "{table}");
    }
}
