//! `record.xlsx`: the record as one workbook for organisers who live in
//! spreadsheets: the running order planned against actual, turnout,
//! answers, pledges and follow-ups, a sheet each. Headings bold and frozen,
//! times as real spreadsheet dates and lengths in the assembly's own clock
//! time. Text is always written as text (never as a formula), so a name
//! starting with `=` stays a name; the CSVs' leading `'` is not needed.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Access, commitments, item_timings, tally, turnout};
use crate::domain::{Millis, State};
use crate::plan::Zone;

/// Widest a column is made to fit its text, in pixels.
const MAX_WIDTH: u32 = 420;

/// The workbook as `access` may see it: the public's has no chair notes,
/// no notes on answers, no replaced answers, no follow-ups and no pledge
/// tally before it is revealed.
pub fn workbook(state: &State, now: Millis, access: Access) -> Vec<u8> {
    build(state, now, access).expect("a record workbook is always written to memory")
}

/// Cell formats shared by every sheet.
struct Styles {
    heading: Format,
    when: Format,
    length: Format,
    signed: Format,
    wrap: Format,
}

/// A sheet being written row by row.
struct Sheet<'a> {
    ws: &'a mut Worksheet,
    styles: &'a Styles,
    row: u32,
    zone: &'a Zone,
}

/// One cell of a row.
enum V<'a> {
    Text(&'a str),
    Long(&'a str),
    Number(f64),
    /// Seconds, as a length (`[h]:mm:ss`).
    Length(f64),
    /// Seconds over (+) or under (-).
    Signed(f64),
    When(Millis),
    Blank,
}

impl<'a> Sheet<'a> {
    fn new(
        book: &'a mut Workbook,
        styles: &'a Styles,
        zone: &'a Zone,
        name: &str,
        headings: &[&str],
    ) -> Result<Sheet<'a>, XlsxError> {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        for (c, h) in headings.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &styles.heading)?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(Sheet {
            ws,
            styles,
            row: 1,
            zone,
        })
    }

    fn row(&mut self, cells: &[V<'_>]) -> Result<(), XlsxError> {
        let s = self.styles;
        for (c, v) in cells.iter().enumerate() {
            let (r, c) = (self.row, c as u16);
            let ws = &mut *self.ws;
            match v {
                V::Text(t) => ws.write_string(r, c, *t).map(drop)?,
                V::Long(t) => ws.write_string_with_format(r, c, *t, &s.wrap).map(drop)?,
                V::Number(n) => ws.write_number(r, c, *n).map(drop)?,
                V::Length(secs) => ws
                    .write_number_with_format(r, c, secs / 86_400.0, &s.length)
                    .map(drop)?,
                V::Signed(secs) => ws
                    .write_number_with_format(r, c, secs.round(), &s.signed)
                    .map(drop)?,
                V::When(ms) => {
                    // The clock time the hall saw, as the assembly's zone
                    // gives it: a spreadsheet date has no zone.
                    let local = self.zone.rfc3339(*ms);
                    let civil = local.get(..19).unwrap_or(&local).replacen('T', " ", 1);
                    match ExcelDateTime::parse_from_str(&civil) {
                        Ok(at) => ws
                            .write_datetime_with_format(r, c, &at, &s.when)
                            .map(drop)?,
                        Err(_) => ws.write_string(r, c, &local).map(drop)?,
                    }
                }
                V::Blank => {}
            }
        }
        self.row += 1;
        Ok(())
    }

    fn finish(self) {
        self.ws.set_autofit_max_width(MAX_WIDTH).autofit();
    }
}

fn build(state: &State, now: Millis, access: Access) -> Result<Vec<u8>, XlsxError> {
    let chair = access.is_chair();
    let zone = Zone::of(&state.plan.assembly);
    let styles = Styles {
        heading: Format::new().set_bold(),
        when: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
        length: Format::new().set_num_format("[h]:mm:ss"),
        signed: Format::new().set_num_format("+0;-0;0"),
        wrap: Format::new().set_text_wrap(),
    };
    let mut book = Workbook::new();
    let zone_name = zone.name().to_owned();
    let started = format!("Started ({zone_name})");
    let ended = format!("Ended ({zone_name})");

    let mut headings = vec![
        "#",
        "Item",
        "Kind",
        "Lead",
        "Planned",
        "Actual",
        "Over (+) / under (-) seconds",
        "Visits",
        started.as_str(),
        ended.as_str(),
    ];
    if chair {
        headings.push("Chair notes");
    }
    let mut sheet = Sheet::new(&mut book, &styles, &zone, "Running order", &headings)?;
    for t in item_timings(state, now) {
        let item = &state.plan.items[t.item];
        let reached = t.visits > 0;
        let mut cells = vec![
            V::Number((t.item + 1) as f64),
            V::Text(t.title),
            V::Text(item.kind.label()),
            item.lead.as_deref().map_or(V::Blank, V::Text),
            V::Length(f64::from(t.planned_seconds)),
            if reached {
                V::Length(t.actual_seconds.round())
            } else {
                V::Blank
            },
            if reached {
                V::Signed(t.actual_seconds - f64::from(t.planned_seconds))
            } else {
                V::Blank
            },
            V::Number(t.visits as f64),
            t.first_started_at.map_or(V::Blank, V::When),
            t.last_ended_at.map_or(V::Blank, V::When),
        ];
        if chair {
            cells.push(item.notes.as_deref().map_or(V::Blank, V::Long));
        }
        sheet.row(&cells)?;
    }
    sheet.finish();

    let mut sheet = Sheet::new(
        &mut book,
        &styles,
        &zone,
        "Turnout",
        &[
            "Institution",
            "Name",
            "Promised",
            "Announced",
            "Phones checked in",
        ],
    )?;
    for t in turnout(state) {
        sheet.row(&[
            V::Text(t.institution),
            V::Text(t.name),
            V::Number(f64::from(t.promised)),
            t.announced.map_or(V::Blank, |n| V::Number(f64::from(n))),
            V::Number(f64::from(t.phones)),
        ])?;
    }
    sheet.finish();

    let when = format!("Answered at ({zone_name})");
    let mut headings = vec![
        "Ask",
        "Ask title",
        "Holder",
        "Holder name",
        "Answer",
        when.as_str(),
    ];
    if chair {
        headings.extend(["Note for chair", "Earlier answers"]);
    }
    let mut sheet = Sheet::new(&mut book, &styles, &zone, "Answers", &headings)?;
    let all = commitments(state, &zone);
    for c in &all {
        let Some(answer) = c.answer else { continue };
        let earlier: Vec<&str> = c.earlier.iter().map(|r| r.answer.as_str()).collect();
        let earlier = earlier.join(" ");
        let mut cells = vec![
            V::Text(&c.ask.id),
            V::Text(&c.ask.title),
            V::Text(&c.holder.id),
            V::Text(&c.holder.name),
            V::Text(answer.answer.as_str()),
            V::When(answer.at),
        ];
        if chair {
            cells.push(answer.note.as_deref().map_or(V::Blank, V::Long));
            cells.push(V::Text(&earlier));
        }
        sheet.row(&cells)?;
    }
    sheet.finish();

    let mut sheet = Sheet::new(
        &mut book,
        &styles,
        &zone,
        "Pledges",
        &["Pledge", "Text", "Revealed", "Yes", "No"],
    )?;
    for (n, p) in state.plan.pledges.iter().enumerate() {
        let counts = tally(state, n, access);
        let revealed = state.chair.revealed.contains(p.id.as_str());
        sheet.row(&[
            V::Text(&p.id),
            V::Long(&p.text),
            V::Text(if revealed { "yes" } else { "no" }),
            counts.map_or(V::Blank, |c| V::Number(f64::from(c.0))),
            counts.map_or(V::Blank, |c| V::Number(f64::from(c.1))),
        ])?;
    }
    sheet.finish();

    // Every commitment, as follow-ups.csv has it: the chase list. Statuses
    // and days are the public scorecard; notes are the chair's.
    let mut headings = vec![
        "Ask",
        "Ask title",
        "Holder",
        "Holder name",
        "Answer",
        "Status",
        "Status since",
        "Steps",
    ];
    if chair {
        headings.push("Latest note");
    }
    let mut sheet = Sheet::new(&mut book, &styles, &zone, "Follow-ups", &headings)?;
    for c in &all {
        let latest = c.latest();
        let mut cells = vec![
            V::Text(&c.ask.id),
            V::Text(&c.ask.title),
            V::Text(&c.holder.id),
            V::Text(&c.holder.name),
            c.answer.map_or(V::Blank, |a| V::Text(a.answer.as_str())),
            V::Text(c.status().as_str()),
            latest.map_or(V::Blank, |l| V::Text(&l.on)),
            V::Number(c.steps.len() as f64),
        ];
        if chair {
            cells.push(latest.and_then(|l| l.note).map_or(V::Blank, V::Long));
        }
        sheet.row(&cells)?;
    }
    sheet.finish();
    book.save_to_buffer()
}
