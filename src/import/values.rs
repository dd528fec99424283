//! A typed cell as the text a draft's field holds: a length as the plan
//! writes it, a whole number without `.0`, a date and time with the
//! assembly's offset. What cannot be read is passed on as it is, so the
//! plan's checker says what is wrong with it.

use super::read::{Cell, number};

/// A note on how a cell was read, when it may not be what was meant.
pub type Note = Option<String>;

/// The text of a cell for a field that is plain text.
pub fn text(cell: &Cell) -> String {
    cell.display()
}

/// A length for the running order: minutes (`3`, `2.5`) or a clock length
/// (`2:30`, `1:05:00`), from text, a number of minutes or a time.
pub fn duration(cell: &Cell) -> (String, Note) {
    match cell {
        Cell::Number(n)
            if *n > 0.0 && *n < 1.0 && !is_whole(n * 60.0) && is_whole(n * 86_400.0) =>
        {
            // A fraction of a day that lost its time format.
            time(n * 86_400.0, true)
        }
        Cell::Number(n) => (number(*n), None),
        Cell::Time { seconds, of_day } => time(*seconds, *of_day),
        Cell::Text(t) => (duration_text(t.trim()), None),
        other => (other.display(), None),
    }
}

/// A time: a clock time typed as `2:30` is what Excel and LibreOffice make
/// of "two minutes thirty", read as such (said in a note); a duration or a
/// time with seconds is read as it is.
fn time(seconds: f64, of_day: bool) -> (String, Note) {
    let total = seconds.round() as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if of_day && s == 0 && h < 24 && total > 0 {
        let shown = format!("{h}:{m:02}");
        let note = format!(
            "{shown} was typed as a time of day, so it was read as {h} min {m:02} s; \
             if you meant {h} h {m:02} min, write {}",
            h * 60 + m
        );
        return (shown, Some(note));
    }
    let text = match (h, s) {
        (0, _) => format!("{m}:{s:02}"),
        _ => format!("{h}:{m:02}:{s:02}"),
    };
    (text, None)
}

/// `3 min`, `3 mins`, `90 s`, `1 h`, `2,5` as the plan writes them.
fn duration_text(text: &str) -> String {
    let lower = text.to_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(lower.len());
    let (amount, unit) = lower.split_at(digits_end);
    let amount = amount.replace(',', ".");
    let Ok(value) = amount.parse::<f64>() else {
        return text.to_owned();
    };
    let seconds = match unit.trim() {
        "" => return amount,
        "m" | "min" | "mins" | "minute" | "minutes" | "mn" | "'" => value * 60.0,
        "s" | "sec" | "secs" | "second" | "seconds" | "\"" => value,
        "h" | "hr" | "hrs" | "hour" | "hours" => value * 3600.0,
        _ => return text.to_owned(),
    };
    time(seconds, false).0
}

fn is_whole(n: f64) -> bool {
    (n - n.round()).abs() < 1e-6
}

/// A whole number: `120.0` as `120`, `1,200` and `1 200` as `1200`.
pub fn whole(cell: &Cell) -> String {
    match cell {
        Cell::Number(n) if is_whole(*n) => number(n.round()),
        Cell::Text(t) => {
            let t = t.trim();
            let grouped = t.len() > 4
                && t.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '\u{a0}'))
                && t.split([',', ' ', '\u{a0}']).skip(1).all(|g| g.len() == 3);
            if grouped {
                t.chars().filter(char::is_ascii_digit).collect()
            } else {
                t.to_owned()
            }
        }
        other => other.display(),
    }
}

/// When the assembly starts, as RFC 3339 with the offset of `zone` (an
/// IANA name; the machine's zone when blank or unknown): a date cell, or
/// text as /setup reads it (see [`crate::plan::starts_typed`]); anything
/// else as it is.
pub fn starts(cell: &Cell, zone: &str) -> String {
    match cell {
        Cell::Date(d) | Cell::Text(d) => crate::plan::starts_typed(d, zone),
        other => other.display(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(cell: Cell) -> String {
        duration(&cell).0
    }

    #[test]
    fn lengths_read_as_the_plan_writes_them() {
        assert_eq!(d(Cell::Text("2:30".into())), "2:30");
        assert_eq!(d(Cell::Number(2.5)), "2.5");
        assert_eq!(d(Cell::Number(3.0)), "3");
        assert_eq!(d(Cell::Number(0.5)), "0.5", "half a minute, not half a day");
        assert_eq!(d(Cell::Text("3 mins".into())), "3:00");
        assert_eq!(d(Cell::Text("90s".into())), "1:30");
        assert_eq!(d(Cell::Text("2,5".into())), "2.5");
        assert_eq!(d(Cell::Text("ten".into())), "ten");
        // `2:30` typed into a spreadsheet: a time of day, 02:30.
        let typed = Cell::Time {
            seconds: 9000.0,
            of_day: true,
        };
        let (text, note) = duration(&typed);
        assert_eq!(text, "2:30");
        assert!(note.unwrap().contains("150"));
        // A real duration, and a time with seconds, read as they are.
        let real = Cell::Time {
            seconds: 150.0,
            of_day: false,
        };
        assert_eq!(d(real), "2:30");
        let hms = Cell::Time {
            seconds: 3900.0,
            of_day: false,
        };
        assert_eq!(d(hms), "1:05:00");
        // The same time of day as a bare fraction of a day.
        assert_eq!(d(Cell::Number(9000.0 / 86_400.0)), "2:30");
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(whole(&Cell::Number(120.0)), "120");
        assert_eq!(whole(&Cell::Number(120.5)), "120.5");
        assert_eq!(whole(&Cell::Text("1,200".into())), "1200");
        assert_eq!(whole(&Cell::Text("12,00".into())), "12,00");
        assert_eq!(whole(&Cell::Text("lots".into())), "lots");
    }

    #[test]
    fn starts_gets_the_zones_offset() {
        let cell = Cell::Date("2026-07-14T18:30:00".into());
        assert_eq!(starts(&cell, "Europe/London"), "2026-07-14T18:30:00+01:00");
        let text = Cell::Text("2026-03-14 18:30".into());
        assert_eq!(starts(&text, "Europe/London"), "2026-03-14T18:30:00+00:00");
        let given = Cell::Text("2026-03-14T18:30:00Z".into());
        assert_eq!(starts(&given, "Europe/London"), "2026-03-14T18:30:00Z");
        assert_eq!(starts(&Cell::Text("soon".into()), ""), "soon");
        let british = Cell::Text("14/03/2026 18:30".into());
        assert_eq!(
            starts(&british, "Europe/London"),
            "2026-03-14T18:30:00+00:00"
        );
    }
}
