//! The plan checker's problems told at the row they came from. The
//! checker speaks of the TOML it read (`"duration" in [[item]] #3 is not a
//! length: "ten"`); the organiser sees a sheet (`running-order.csv row 7,
//! Minutes: "ten" is not a length`).

use super::Problem;
use super::rows::Origins;
use crate::plan::{Draft, FieldProblem, without_context};

/// A checker's problem (or warning) at its sheet, row and column.
pub fn at_row(p: &FieldProblem, origins: &Origins, draft: &Draft) -> Problem {
    let own = p.field.rsplit('.').next().unwrap_or_default();
    let (_, column) = origins.locate(&p.field);
    let mut message = without_context(&p.message);
    let key = format!("\"{own}\" ");
    match message.strip_prefix(&key) {
        // The column's heading says which field: `"duration" is not a
        // length: "ten"` becomes `"ten" is not a length`.
        Some(rest) if column.is_some() => {
            message = reworded(rest, value_of(draft, &p.field).as_deref());
        }
        // Otherwise the plan file's words are taken out as /setup does.
        _ => message = crate::plan::plain(&p.message, None).0,
    }
    message = message
        .replace("power_holder", "power-holder")
        .replace("an RFC 3339 date and time", "a date and time");
    let help = p.help.as_deref().map(|h| {
        let rows = with_rows(h, origins);
        crate::plan::plain(&p.message, Some(&plain_help(&rows)))
            .1
            .unwrap_or(rows)
    });
    let help = match p.field.as_str() {
        "assembly.starts" => Some(
            "type a date and time, such as 2026-03-14 18:30 or 14/03/2026 18:30; the \
             Timezone detail says its zone"
                .to_owned(),
        ),
        _ => help,
    };
    let mut problem = origins.problem(&p.field, message, help);
    if problem.sheet.is_none() {
        problem.help = where_it_goes(&p.field, &p.message).or(problem.help);
        if p.message.contains("running order is empty") {
            problem.message = "there is no running order: no sheet holds its items".into();
        } else if let Some(detail) = p.field.strip_prefix("assembly.")
            && p.message.ends_with("is empty")
        {
            problem.message = format!("the assembly has no {detail}");
        }
    }
    problem
}

/// What the checker says of a field, said of the cell's value.
fn reworded(rest: &str, value: Option<&str>) -> String {
    let value = value.map(|v| format!("{v:?}"));
    if rest == "is empty" {
        return "empty".to_owned();
    }
    if let Some((said, quoted)) = rest.split_once(": \"")
        && said.starts_with("is not ")
        && quoted.ends_with('"')
    {
        return format!("\"{quoted} {said}");
    }
    if let Some(what) = rest.strip_prefix("must be ")
        && let Some((what, not)) = what.rsplit_once(", not ")
    {
        let shown = match (not, value) {
            ("a string", Some(v)) => v,
            (not, _) => not.to_owned(),
        };
        return format!("{shown} is not {what}");
    }
    rest.to_owned()
}

/// Help without the plan file's syntax: `add an [[item]] with kind =
/// "roll_call"` reads `add an item with kind "roll_call"`.
fn plain_help(help: &str) -> String {
    let mut out = help.replace("power_holder", "power-holder");
    for table in ["institution", "power-holder", "ask", "pledge", "item"] {
        out = out.replace(&format!("[[{table}]]"), table);
    }
    out.replace("kind = \"", "kind \"")
}

/// What to add when a problem has no row to point at: a whole sheet is
/// missing.
fn where_it_goes(field: &str, message: &str) -> Option<String> {
    if message.contains("running order is empty") {
        return Some(
            "add a sheet (or a CSV file) named Running order, with columns Item, Kind and \
             Minutes"
                .into(),
        );
    }
    field.starts_with("assembly").then(|| {
        "add a sheet (or a CSV file) named Assembly with a row for each detail: Title, \
         Venue, and if you like Starts and Timezone"
            .into()
    })
}

/// `[[institution]] #1 on line 8` as `Institutions row 2`.
fn with_rows(help: &str, origins: &Origins) -> String {
    let mut out = String::with_capacity(help.len());
    let mut rest = help;
    while let Some(at) = rest.find("[[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(close) = after.find("]] #") else {
            out.push_str(&rest[at..]);
            return out;
        };
        let table = &after[..close];
        let digits: String = after[close + 4..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let mut tail = &after[close + 4 + digits.len()..];
        if let Some(line) = tail.strip_prefix(" on line ") {
            tail = line.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        let list = match table {
            "institution" => "institutions",
            "power_holder" => "power_holders",
            "ask" => "asks",
            "pledge" => "pledges",
            _ => "items",
        };
        let n: usize = digits.parse().unwrap_or(1);
        match origins.0.get(&format!("{list}.{}", n.saturating_sub(1))) {
            Some(o) => out.push_str(&format!("{} row {}", o.sheet, o.row)),
            None => out.push_str(&format!("{} {n}", table.replace('_', "-"))),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The text of a draft field, as the sheet had it.
fn value_of(draft: &Draft, field: &str) -> Option<String> {
    let mut parts = field.split('.');
    let (list, n, key) = (parts.next()?, parts.next()?, parts.next());
    let n: usize = n.parse().ok()?;
    let value = match (list, key?) {
        ("institutions", "promised") => &draft.institutions.get(n)?.promised,
        ("institutions", "id") => &draft.institutions.get(n)?.id,
        ("items", "duration") => &draft.items.get(n)?.duration,
        _ => return None,
    };
    Some(value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_toml_is_taken_out_of_messages() {
        assert_eq!(
            without_context("\"duration\" in [[item]] #3 is not a length: \"ten\""),
            "\"duration\" is not a length: \"ten\""
        );
        assert_eq!(
            without_context("\"title\" in [assembly] is empty"),
            "\"title\" is empty"
        );
        assert_eq!(
            with_rows(
                "already used by [[institution]] #1 on line 8; ids must be unique",
                &Origins::default()
            ),
            "already used by institution 1; ids must be unique"
        );
    }
}
