//! The day of a follow-up step: read from "YYYY-MM-DD" by `decide`, and
//! settled against the clock by the hub, since `decide` never reads one.

use jiff::civil::Date;

use super::{Refusal, Why, invalid};
use crate::domain::command::{ChairCommand, Command};

/// Date a follow-up step against the clock, which `decide` never reads:
/// `today` is the assembly's date now, asked only for a follow-up. A step
/// without a day happened today; one dated after tomorrow (a day's grace
/// for clocks and zones) has not happened yet and is refused. Every other
/// command passes unchanged. A step dated before `assembly` (the day the
/// assembly starts, if the plan says) is most likely a slip of the year
/// or the month: refused unless the chair confirms it.
pub fn date_follow_up(
    command: &mut Command,
    today: impl FnOnce() -> Date,
    assembly: Option<Date>,
) -> Result<(), Refusal> {
    let Command::Chair(ChairCommand::FollowUp { at, confirm, .. }) = command else {
        return Ok(());
    };
    let today = today();
    let Some(text) = at else {
        *at = Some(today.to_string());
        return Ok(());
    };
    let day = step_day(text)?;
    if day > today.tomorrow().unwrap_or(today) {
        return Err(invalid(Why::StepInFuture {
            day: day.to_string(),
            today: today.to_string(),
        }));
    }
    if let Some(first) = assembly
        && day < first
        && !*confirm
    {
        return Err(invalid(Why::StepBeforeAssembly {
            day: day.to_string(),
            assembly: first.to_string(),
        }));
    }
    *at = Some(day.to_string());
    Ok(())
}

/// The earliest day a follow-up step may carry: a year typed short
/// ("0226") is a slip, not a step taken long ago.
const FIRST_STEP_DAY: Date = jiff::civil::date(2000, 1, 1);

/// A follow-up step's day: "YYYY-MM-DD", a real calendar day, from 2000 on.
pub(super) fn step_day(text: &str) -> Result<Date, Refusal> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(invalid(Why::StepDayFormat {
            text: text.to_owned(),
        }));
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let Ok(date) = Date::new(year, month as i8, day as i8) else {
        return Err(invalid(Why::StepNotADay {
            text: text.to_owned(),
        }));
    };
    if date < FIRST_STEP_DAY {
        return Err(invalid(Why::StepTooEarly {
            text: text.to_owned(),
            first: FIRST_STEP_DAY.to_string(),
        }));
    }
    Ok(date)
}
