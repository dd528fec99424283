//! The assembly's time zone: `timezone = "Europe/London"` in `[assembly]`
//! (an IANA name, checked when the plan is read), or else the server's own.
//! Every clock time a person reads (the report, the CSVs, the chair's page
//! through the plan it is sent) is shown in it, summer time included.
//!
//! Zones come from the system's tz database when it has one, and from the
//! copy of the IANA database built into the binary otherwise (jiff's
//! `tzdb-bundle-always`), so a laptop without `/usr/share/zoneinfo` still
//! shows the right hour.

use std::sync::OnceLock;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::check::{Checker, Section, suggest};
use crate::domain::Millis;
use crate::domain::plan::AssemblyInfo;

/// Longest IANA name accepted; the longest real one is 32 characters.
const NAME_MAX: usize = 64;
const EXAMPLE: &str = r#"an IANA time zone name, such as "Europe/London" or "America/New_York""#;

/// A time zone with the IANA name the pages and the chair's browser use.
#[derive(Debug, Clone)]
pub struct Zone {
    tz: TimeZone,
    name: String,
}

impl Zone {
    /// The zone an IANA name stands for, in any case; `None` if unknown.
    pub fn named(name: &str) -> Option<Zone> {
        let tz = TimeZone::get(name).ok()?;
        let name = tz.iana_name()?.to_owned();
        Some(Zone { tz, name })
    }

    /// The day `info`'s assembly starts, in this zone; `None` when the
    /// plan gives no start.
    pub fn first_day(&self, info: &AssemblyInfo) -> Option<jiff::civil::Date> {
        info.starts
            .as_deref()
            .and_then(instant)
            .map(|ms| self.day(ms))
    }

    /// The assembly's zone: the plan's, or the server's when it names none.
    pub fn of(info: &AssemblyInfo) -> Zone {
        let Some(name) = info.timezone.as_deref() else {
            return Zone::server().clone();
        };
        Zone::named(name).unwrap_or_else(|| {
            // A saved plan read on a machine whose tz database lacks it.
            tracing::warn!(
                zone = name,
                "unknown time zone in the plan; using the server's"
            );
            Zone::server().clone()
        })
    }

    /// The server's local zone, looked up once: its IANA name when the
    /// system knows it, else UTC.
    pub fn server() -> &'static Zone {
        static SERVER: OnceLock<Zone> = OnceLock::new();
        SERVER.get_or_init(|| {
            let system = TimeZone::try_system();
            match system.as_ref().ok().and_then(TimeZone::iana_name) {
                Some(name) => Zone {
                    name: name.to_owned(),
                    tz: system.clone().unwrap_or(TimeZone::UTC),
                },
                None => {
                    tracing::info!(
                        "the server's time zone has no IANA name; times are shown in UTC \
                         (set timezone = \"Europe/London\" or another in the plan's [assembly])"
                    );
                    Zone::utc()
                }
            }
        })
    }

    pub fn utc() -> Zone {
        Zone {
            tz: TimeZone::UTC,
            name: "UTC".to_owned(),
        }
    }

    /// The IANA name: "Europe/London".
    pub fn name(&self) -> &str {
        &self.name
    }

    fn format(&self, ms: Millis, format: &str) -> String {
        Timestamp::from_millisecond(ms)
            .map(|t| t.to_zoned(self.tz.clone()).strftime(format).to_string())
            .unwrap_or_default()
    }

    /// The abbreviation in force at `ms`: "BST" in summer, "GMT" in winter.
    pub fn abbreviation(&self, ms: Millis) -> String {
        self.format(ms, "%Z")
    }

    /// "Europe/London (BST)", or just "UTC" when both say the same.
    pub fn label(&self, ms: Millis) -> String {
        let abbreviation = self.abbreviation(ms);
        if abbreviation.is_empty() || abbreviation == self.name {
            self.name.clone()
        } else {
            format!("{} ({abbreviation})", self.name)
        }
    }

    /// The clock time: "19:00".
    pub fn time(&self, ms: Millis) -> String {
        self.format(ms, "%H:%M")
    }

    /// The day: "Thursday 14 May 2026".
    pub fn date(&self, ms: Millis) -> String {
        self.format(ms, "%A %-d %B %Y")
    }

    /// "Thursday 14 May 2026, 19:00".
    pub fn date_time(&self, ms: Millis) -> String {
        self.format(ms, "%A %-d %B %Y, %H:%M")
    }

    /// The calendar day at `ms`: what "today" means to the assembly.
    pub fn day(&self, ms: Millis) -> jiff::civil::Date {
        Timestamp::from_millisecond(ms)
            .map(|t| t.to_zoned(self.tz.clone()).date())
            .unwrap_or(jiff::civil::date(1970, 1, 1))
    }

    /// RFC 3339 with the zone's offset at that moment, so a spreadsheet
    /// shows the clock time the hall saw: "2026-05-14T19:00:00+01:00".
    pub fn rfc3339(&self, ms: Millis) -> String {
        self.format(ms, "%Y-%m-%dT%H:%M:%S%.f%:z")
    }
}

/// An RFC 3339 time from a plan, as milliseconds since the epoch.
pub fn instant(rfc3339: &str) -> Option<Millis> {
    rfc3339
        .parse::<Timestamp>()
        .ok()
        .map(|t| t.as_millisecond())
}

impl Checker<'_> {
    /// `timezone` in `[assembly]`: an IANA name, stored as the database
    /// spells it; `Some(None)` when the plan leaves it to the server.
    pub(super) fn timezone(&mut self, s: &Section<'_, '_>) -> Option<Option<String>> {
        let Some(text) = self.string(s, "timezone", NAME_MAX, false)? else {
            return Some(None);
        };
        if let Some(zone) = Zone::named(text.get_ref()) {
            return Some(Some(zone.name));
        }
        let help = match close_name(text.get_ref()) {
            Some(near) => format!("did you mean \"{near}\"? Write {EXAMPLE}"),
            None => format!("write {EXAMPLE}; `timedatectl list-timezones` lists them"),
        };
        self.report(
            text.span(),
            format!(
                "\"timezone\" in {} is not a time zone: {:?}",
                s.name,
                text.get_ref()
            ),
            Some(help),
        );
        None
    }
}

/// When the assembly starts, as typed into /setup or a sheet, as RFC 3339
/// with the offset `zone` (an IANA name; the machine's zone when blank or
/// unknown) has on that day: `2026-03-14 18:30`, `2026-03-14T18:30:00` or
/// as written in Britain, `14/03/2026 18:30` (a date alone is midnight).
/// RFC 3339 already, or anything else, is left as it is for the checker.
pub fn starts_typed(text: &str, zone: &str) -> String {
    let text = text.trim();
    if text.is_empty() || text.parse::<Timestamp>().is_ok() {
        return text.to_owned();
    }
    let Some(at) = civil_date_time(text) else {
        return text.to_owned();
    };
    // An unknown zone is the checker's to report; the time still reads.
    let tz = TimeZone::get(zone.trim()).unwrap_or_else(|_| TimeZone::system());
    match at.to_zoned(tz) {
        Ok(zoned) => zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => text.to_owned(),
    }
}

fn civil_date_time(text: &str) -> Option<jiff::civil::DateTime> {
    if let Ok(at) = text.replacen(' ', "T", 1).parse::<jiff::civil::DateTime>() {
        return Some(at);
    }
    let (date, time) = text.split_once(' ').unwrap_or((text, "00:00"));
    let mut parts = date.split(['/', '.']);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let iso = format!("{y:0>4}-{m:0>2}-{d:0>2}T{:0>5}", time.trim());
    iso.parse().ok()
}

/// The known zone a mistyped name was probably meant to be: by the whole
/// name ("Europe/Londn"), or by its city ("London", "new york").
fn close_name(given: &str) -> Option<String> {
    let given = given.trim().replace(' ', "_");
    let names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_owned())
        // The zoneinfo directory also holds copies under these prefixes.
        .filter(|n| !n.starts_with("posix/") && !n.starts_with("right/"))
        .collect();
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let candidates: Vec<&str> = lower.iter().map(String::as_str).collect();
    let wanted = given.to_lowercase();
    let found = suggest(&wanted, &candidates).or_else(|| {
        let city = wanted.rsplit('/').next().unwrap_or(&wanted);
        let cities: Vec<&str> = candidates
            .iter()
            .map(|n| n.rsplit('/').next().unwrap_or(n))
            .collect();
        let near = suggest(city, &cities)?;
        candidates
            .iter()
            .copied()
            .find(|n| n.rsplit('/').next() == Some(near))
    })?;
    let at = candidates.iter().position(|c| *c == found)?;
    Some(names[at].clone())
}

/// Date a follow-up step in `command` against the clock, as every writer
/// of a record does (the hub, and the desk writing to an assembly that is
/// not live): today and the assembly's first day in its zone (see
/// `domain::state::date_follow_up`). Every other command passes unchanged.
pub fn date_step(
    info: &AssemblyInfo,
    command: &mut crate::domain::Command,
    now: Millis,
) -> Result<(), crate::domain::Refusal> {
    let zone = Zone::of(info);
    crate::domain::state::date_follow_up(command, || zone.day(now), zone.first_day(info))
}
