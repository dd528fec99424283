//! Times, days and lengths as the report's language writes them: month
//! and weekday names from the catalogue, digits of the language (Arabic's
//! `١٩:٣٠`), in the assembly's own zone. English reads exactly as the
//! zone's own formatting does.

use crate::domain::{Answer, FollowUpStatus, Millis};
use crate::i18n::Lang;
use crate::plan::Zone;

/// Every ASCII digit of `text` written with the language's digits.
pub fn digits(l: Lang, text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => l.number(i64::from(d)),
            None => c.to_string(),
        })
        .collect()
}

/// The clock time at `ms`: "19:30", "١٩:٣٠".
pub fn time(l: Lang, zone: &Zone, ms: Millis) -> String {
    digits(l, &zone.time(ms))
}

/// A calendar day without its weekday: "3 June 2026", "3 Mehefin 2026".
pub fn day(l: Lang, date: jiff::civil::Date) -> String {
    let args = [
        ("day", digits(l, &date.day().to_string()).into()),
        ("month", month(l, date).into()),
        ("year", digits(l, &date.year().to_string()).into()),
    ];
    l.t_with("report-day", &args)
}

fn month(l: Lang, date: jiff::civil::Date) -> String {
    l.family("report-month-", &date.month().to_string())
}

/// The day at `ms` with its weekday: "Saturday 14 March 2026".
pub fn date(l: Lang, zone: &Zone, ms: Millis) -> String {
    let date = zone.day(ms);
    let weekday = date.weekday().to_monday_one_offset().to_string();
    let args = [
        ("weekday", l.family("report-weekday-", &weekday).into()),
        ("day", digits(l, &date.day().to_string()).into()),
        ("month", month(l, date).into()),
        ("year", digits(l, &date.year().to_string()).into()),
    ];
    l.t_with("report-date-long", &args)
}

/// "Saturday 14 March 2026, 19:30".
pub fn date_time(l: Lang, zone: &Zone, ms: Millis) -> String {
    let args = [
        ("day", date(l, zone, ms).into()),
        ("time", time(l, zone, ms).into()),
    ];
    l.t_with("report-day-time", &args)
}

/// A follow-up step's day ("2026-06-03") as people read it: "3 June 2026".
pub fn long_day(l: Lang, on: &str) -> String {
    on.parse::<jiff::civil::Date>()
        .map(|d| day(l, d))
        .unwrap_or_else(|_| on.to_owned())
}

/// Whole seconds as "m:ss" or "h:mm:ss", with a sign when asked.
pub fn duration(l: Lang, seconds: f64, signed: bool) -> String {
    let sign = if signed && seconds >= 0.5 {
        "+"
    } else if seconds <= -0.5 {
        "−"
    } else {
        ""
    };
    let s = seconds.abs().round() as i64;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    let clock = if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    };
    // The sign stays outside the digits so a right-to-left line keeps it
    // next to the number.
    format!("{sign}{}", digits(l, &clock))
}

/// An answer as the hall heard it, in the language.
pub fn answer(l: Lang, answer: Answer) -> String {
    l.family("answer-", answer.as_str())
}

/// Where a commitment stands, in the language.
pub fn status(l: Lang, status: FollowUpStatus) -> String {
    l.family("followup-", status.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{english, find};

    #[test]
    fn english_reads_as_the_zone_writes_it() {
        let zone = Zone::named("America/New_York").unwrap();
        let at = crate::plan::instant("2026-03-14T23:30:00Z").unwrap();
        let en = english();
        assert_eq!(date_time(en, &zone, at), zone.date_time(at));
        assert_eq!(date(en, &zone, at), zone.date(at));
        assert_eq!(long_day(en, "2026-06-03"), "3 June 2026");
        assert_eq!(duration(en, 3735.0, false), "1:02:15");
        assert_eq!(duration(en, -75.0, true), "−1:15");
    }

    #[test]
    fn other_languages_name_days_and_write_their_digits() {
        let zone = Zone::named("Europe/London").unwrap();
        let at = crate::plan::instant("2026-06-03T18:30:00Z").unwrap();
        let cy = find("cy").unwrap();
        assert_eq!(
            date_time(cy, &zone, at),
            "Dydd Mercher 3 Mehefin 2026, 19:30"
        );
        let ar = find("ar").unwrap();
        assert_eq!(time(ar, &zone, at), "١٩:٣٠");
        assert!(long_day(ar, "2026-06-03").contains("٢٠٢٦"));
        assert_eq!(duration(ar, 75.0, true), "+١:١٥");
    }
}
