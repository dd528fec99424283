//! The record as CSV tables, one row per answer, institution, item or
//! follow-up step, made safe to open in a spreadsheet.

use super::{Access, commitments, item_timings, responses, turnout};
use crate::domain::{Millis, State};
use crate::plan::Zone;

/// A text cell a spreadsheet will not run: text from the plan, notes and
/// messages that begins like a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return, as OWASP lists) gets a leading `'`. Numbers the export writes
/// itself are written as they are, so a negative difference stays a number.
pub fn cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn csv_text(rows: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    rows(&mut writer).expect("writing CSV to memory cannot fail");
    let bytes = writer.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of strings is UTF-8")
}

/// `responses.csv`: one row per final answer; the full record adds the
/// note and the earlier answers it replaced.
pub fn responses_csv(state: &State, access: Access) -> String {
    csv_text(|w| {
        let mut header = vec!["ask", "ask_title", "holder", "holder_name", "answer"];
        if access.is_chair() {
            header.push("note");
        }
        header.push("answered_at");
        if access.is_chair() {
            header.push("earlier_answers");
        }
        w.write_record(header)?;
        for r in responses(state, access, &Zone::of(&state.plan.assembly)) {
            let mut row = vec![
                cell(r.ask),
                cell(r.ask_title),
                cell(r.holder),
                cell(r.holder_name),
                r.answer.as_str().into(),
            ];
            if let Some(note) = r.note {
                row.push(cell(note.unwrap_or("")));
            }
            row.push(r.answered_at.as_str().into());
            if let Some(history) = &r.history {
                let earlier: Vec<&str> = history.iter().map(|h| h.answer.as_str()).collect();
                row.push(earlier.join(" ").into());
            }
            w.write_record(row.iter().map(|c| c.as_ref()))?;
        }
        Ok(())
    })
}

/// `turnout.csv`: one row per institution.
pub fn turnout_csv(state: &State) -> String {
    csv_text(|w| {
        w.write_record(["institution", "name", "promised", "announced", "phones"])?;
        for t in turnout(state) {
            w.write_record([
                &*cell(t.institution),
                &cell(t.name),
                &t.promised.map(|n| n.to_string()).unwrap_or_default(),
                &t.announced.map(|n| n.to_string()).unwrap_or_default(),
                &t.phones.to_string(),
            ])?;
        }
        Ok(())
    })
}

/// `timings.csv`: one row per item of the running order.
pub fn timings_csv(state: &State, now: Millis) -> String {
    let zone = Zone::of(&state.plan.assembly);
    csv_text(|w| {
        w.write_record([
            "item",
            "title",
            "kind",
            "planned_seconds",
            "set_seconds",
            "actual_seconds",
            "difference_seconds",
            "visits",
            "started_at",
            "ended_at",
        ])?;
        for t in item_timings(state, now) {
            let reached = t.visits > 0;
            w.write_record([
                (t.item + 1).to_string().as_str(),
                &cell(t.title),
                t.kind.as_str(),
                &t.planned_seconds.to_string(),
                &t.set_seconds.to_string(),
                &if reached {
                    format!("{:.0}", t.actual_seconds)
                } else {
                    String::new()
                },
                &t.difference_seconds
                    .map(|d| format!("{d:.0}"))
                    .unwrap_or_default(),
                &t.visits.to_string(),
                &t.first_started_at
                    .map(|at| zone.rfc3339(at))
                    .unwrap_or_default(),
                &t.last_ended_at
                    .map(|at| zone.rfc3339(at))
                    .unwrap_or_default(),
            ])?;
        }
        Ok(())
    })
}

/// `follow-ups.csv`: the chase list, one row per commitment (each ask put
/// to each power-holder, answered or not), with a row before its first
/// step: status `not_started`, no day, 0 steps. `answer` is empty when
/// none was given on the night. `owner` is as set (an institution id or
/// free text), `owner_name` as people read it; `overdue` is `yes` when the
/// due day is before the day the file was made and it is not achieved.
/// `public_note` is the latest step's published note; the full record adds
/// the latest step's (private) note.
pub fn follow_ups_csv(state: &State, now: Millis, access: Access) -> String {
    let zone = Zone::of(&state.plan.assembly);
    let today = zone.day(now);
    let chair = access.is_chair();
    csv_text(|w| {
        let mut header = vec![
            "ask",
            "ask_title",
            "holder",
            "holder_name",
            "answer",
            "status",
            "status_on",
            "owner",
            "owner_name",
            "due",
            "overdue",
            "public_note",
        ];
        if chair {
            header.push("note");
        }
        header.push("steps");
        w.write_record(header)?;
        for c in commitments(state, &zone) {
            let latest = c.latest();
            let mut row = vec![
                cell(&c.ask.id),
                cell(&c.ask.title),
                cell(&c.holder.id),
                cell(&c.holder.name),
                c.answer.map_or("", |r| r.answer.as_str()).into(),
                c.status().as_str().into(),
                latest.map_or("", |s| s.on.as_str()).into(),
                cell(c.owner.unwrap_or("")),
                cell(c.owner_name.unwrap_or("")),
                c.due.unwrap_or("").into(),
                if c.overdue(today) { "yes" } else { "no" }.into(),
                cell(latest.and_then(|s| s.public_note).unwrap_or("")),
            ];
            if chair {
                row.push(cell(latest.and_then(|s| s.note).unwrap_or("")));
            }
            let steps = c.steps.len().to_string();
            row.push(steps.as_str().into());
            w.write_record(row.iter().map(|c| c.as_ref()))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_that_start_like_a_formula_are_neutralised() {
        for risky in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(cell(risky), format!("'{risky}"), "{risky:?}");
        }
        for plain in ["St Mary's", "", "1=1", "Café", "'quoted"] {
            assert_eq!(cell(plain), plain);
        }
    }
}
