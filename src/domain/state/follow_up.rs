//! The day of a follow-up step: read from "YYYY-MM-DD" by `decide`, and
//! settled against the clock by the hub, since `decide` never reads one.

use jiff::civil::Date;

use super::{Refusal, Why, invalid};
use crate::domain::command::{ChairCommand, Command, FollowUpStatus};

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
    read_day(text, DayOf::Step)
}

/// A commitment's due day: read as a step's day is, with its own refusals
/// (they name `due`, not `at`). No bound ahead: a due day is in the future.
pub fn due_day(text: &str) -> Result<Date, Refusal> {
    read_day(text, DayOf::Due)
}

/// Whose day is read, for the refusal to name the right field.
#[derive(Clone, Copy)]
enum DayOf {
    Step,
    Due,
}

fn read_day(text: &str, of: DayOf) -> Result<Date, Refusal> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    let text_owned = || text.to_owned();
    if !shaped {
        return Err(invalid(match of {
            DayOf::Step => Why::StepDayFormat { text: text_owned() },
            DayOf::Due => Why::DueDayFormat { text: text_owned() },
        }));
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let Ok(date) = Date::new(year, month as i8, day as i8) else {
        return Err(invalid(match of {
            DayOf::Step => Why::StepNotADay { text: text_owned() },
            DayOf::Due => Why::DueNotADay { text: text_owned() },
        }));
    };
    if date < FIRST_STEP_DAY {
        let first = FIRST_STEP_DAY.to_string();
        return Err(invalid(match of {
            DayOf::Step => Why::StepTooEarly {
                text: text_owned(),
                first,
            },
            DayOf::Due => Why::DueTooEarly {
                text: text_owned(),
                first,
            },
        }));
    }
    Ok(date)
}

/// Whether a commitment is overdue `today` (the assembly's date now): it
/// has a due day before today and its latest status is not achieved. On
/// the due day itself it is not overdue yet. Drawn, never stored: the same
/// record is overdue tomorrow without a new event. A due day that does not
/// read (which `decide` never lets in) is never overdue.
pub fn overdue(due: Option<&str>, latest: FollowUpStatus, today: Date) -> bool {
    latest != FollowUpStatus::Achieved
        && due
            .and_then(|d| d.parse::<Date>().ok())
            .is_some_and(|d| d < today)
}
