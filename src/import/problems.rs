//! The plan checker's problems told at the row they came from. The
//! checker speaks of the TOML it read (`"duration" in [[item]] #3 is not a
//! length: "ten"`); the organiser sees a sheet (`running-order.csv row 7,
//! Minutes: "ten" is not a length`).

use super::Problem;
use super::rows::Origins;
use crate::plan::{Draft, FieldProblem};

/// A checker's problem (or warning) at its sheet, row and column.
pub fn at_row(p: &FieldProblem, origins: &Origins, draft: &Draft) -> Problem {
    let own = p.field.rsplit('.').next().unwrap_or_default();
    let value = value_of(draft, &p.field);
    let mut message = without_context(&p.message);
    let key = format!("\"{own}\" ");
    if let Some(rest) = message.strip_prefix(&key) {
        message = rest.to_owned();
    }
    // `is not a length: "ten"` reads better as `"ten" is not a length`.
    if let Some((said, quoted)) = message.split_once(": \"")
        && said.starts_with("is not ")
        && quoted.ends_with('"')
    {
        message = format!("\"{quoted} {said}");
    }
    if let Some(value) = &value {
        message = message.replace(", not a string", &format!(", not {value:?}"));
    }
    message = message.replace("power_holder", "power-holder");
    let help = p
        .help
        .as_deref()
        .map(|h| with_rows(h, origins).replace("power_holder", "power-holder"));
    let mut problem = origins.problem(&p.field, message, help);
    if problem.sheet.is_none() {
        problem.help = Some(
            where_it_goes(&p.field, &p.message)
                .unwrap_or_else(|| problem.help.take().unwrap_or_default()),
        )
        .filter(|h| !h.is_empty());
    }
    problem
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

/// The message without ` in [[item]] #3` or ` in [assembly]`: the row and
/// column already say where.
fn without_context(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" in [") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 5..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[at..]);
            return out;
        };
        let mut tail = after[close..].trim_start_matches(']');
        if let Some(number) = tail.strip_prefix(" #") {
            tail = number.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        rest = tail;
    }
    out.push_str(rest);
    out
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
