//! `record.xlsx`: the record as one workbook for organisers who live in
//! spreadsheets: the running order planned against actual, turnout,
//! answers, pledges, follow-ups and every follow-up step, a sheet each.
//! Written for people in every language, English too: answers and statuses
//! as words, institutions and power-holders by name. Headings bold and
//! frozen, times and days as real spreadsheet dates and lengths in the
//! assembly's own clock time. Text is always written as text (never as a formula), so a name
//! starting with `=` stays a name; the CSVs' leading `'` is not needed.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Access, commitments, item_timings, tally, turnout};
use crate::domain::{Answer, FollowUpStatus, Millis, Plan, State};
use crate::i18n::Lang;
use crate::plan::Zone;

/// Widest a column is made to fit its text, in pixels.
const MAX_WIDTH: u32 = 420;

/// The workbook as `access` may see it: the public's has no chair notes,
/// no notes on answers, no replaced answers, no follow-ups and no pledge
/// tally before it is revealed. Every sheet name, heading, answer, kind and
/// status is in the language (English without one: "Yes", "In progress",
/// never the codes the CSVs keep), and the plan's texts where the plan
/// translates them.
pub fn workbook(state: &State, now: Millis, access: Access, lang: Option<Lang>) -> Vec<u8> {
    build(state, now, access, lang).expect("a record workbook is always written to memory")
}

/// Answers, statuses and the plan's texts in the reader's language.
#[derive(Clone, Copy)]
struct Words(Lang);

impl Words {
    fn answer(self, answer: Answer) -> String {
        crate::report::words::answer(self.0, answer)
    }

    fn status(self, status: FollowUpStatus) -> String {
        crate::report::words::status(self.0, status)
    }

    fn yes_no(self, yes: bool) -> String {
        self.0.t(if yes { "answer-yes" } else { "answer-no" })
    }

    /// A text of the plan in the language, where translated.
    fn plan<'a>(self, plan: &'a Plan, part: &str, id: &str, field: &str, base: &'a str) -> &'a str {
        crate::report::text(self.0, plan, part, id, field, base)
    }
}

/// The first cells of a commitment's row, on the answers and the
/// follow-ups sheets alike: which ask, put to whom.
fn commitment<'a>(words: Words, plan: &'a Plan, c: &'a super::Commitment<'_>) -> Vec<V<'a>> {
    vec![
        V::Text(&c.ask.id),
        V::Text(words.plan(plan, "ask", &c.ask.id, "title", &c.ask.title)),
        V::Text(&c.holder.id),
        V::Text(&c.holder.name),
    ]
}

/// Cell formats shared by every sheet.
struct Styles {
    heading: Format,
    when: Format,
    day: Format,
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
    /// A day, "YYYY-MM-DD", as a date cell.
    Day(&'a str),
    Blank,
}

impl<'a> Sheet<'a> {
    fn new(
        book: &'a mut Workbook,
        styles: &'a Styles,
        zone: &'a Zone,
        name: &str,
        headings: &[String],
    ) -> Result<Sheet<'a>, XlsxError> {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        for (c, h) in headings.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &styles.heading)?;
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
                V::Day(on) => match ExcelDateTime::parse_from_str(on) {
                    Ok(day) => ws
                        .write_datetime_with_format(r, c, &day, &s.day)
                        .map(drop)?,
                    Err(_) => ws.write_string(r, c, *on).map(drop)?,
                },
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

fn build(
    state: &State,
    now: Millis,
    access: Access,
    lang: Option<Lang>,
) -> Result<Vec<u8>, XlsxError> {
    let chair = access.is_chair();
    // English unless a language is asked for.
    let l = lang.unwrap_or_else(crate::i18n::english);
    let words = Words(l);
    let plan = &state.plan;
    let zone = Zone::of(&state.plan.assembly);
    let styles = Styles {
        heading: Format::new().set_bold(),
        when: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
        day: Format::new().set_num_format("yyyy-mm-dd"),
        length: Format::new().set_num_format("[h]:mm:ss"),
        signed: Format::new().set_num_format("+0;-0;0"),
        wrap: Format::new().set_text_wrap(),
    };
    let mut book = Workbook::new();
    let zone_name = zone.name().to_owned();
    let zone_arg = || [("zone", zone_name.as_str().into())];
    let mut headings = vec![
        "#".to_owned(),
        l.t("report-item"),
        l.t("export-kind"),
        l.t("export-lead"),
        l.t("report-planned"),
        l.t("export-set-length"),
        l.t("report-actual"),
        l.t("export-over-under"),
        l.t("export-visits"),
        l.t_with("export-started-in", &zone_arg()),
        l.t_with("export-ended-in", &zone_arg()),
    ];
    if chair {
        headings.push(l.t("export-chair-notes"));
    }
    let name = l.t("export-sheet-running-order");
    let mut sheet = Sheet::new(&mut book, &styles, &zone, &name, &headings)?;
    for t in item_timings(state, now) {
        let item = &state.plan.items[t.item];
        let reached = t.visits > 0;
        let kind = l.family("kind-", item.kind.as_str());
        let mut cells = vec![
            V::Number((t.item + 1) as f64),
            V::Text(words.plan(plan, "item", &item.id, "title", t.title)),
            V::Text(&kind),
            item.lead.as_deref().map_or(V::Blank, V::Text),
            V::Length(f64::from(t.planned_seconds)),
            V::Length(t.set_seconds.max(0) as f64),
            if reached {
                V::Length(t.actual_seconds.round())
            } else {
                V::Blank
            },
            // Against the length the chair set, as the stage counted.
            t.difference_seconds.map_or(V::Blank, V::Signed),
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
        &l.t("export-sheet-turnout"),
        &[
            l.t("report-institution"),
            l.t("report-promised"),
            l.t("report-announced"),
            l.t("report-phones"),
            l.t("export-id"),
        ],
    )?;
    for t in turnout(state) {
        sheet.row(&[
            V::Text(words.plan(plan, "institution", t.institution, "name", t.name)),
            // Blank, not 0, where nobody was promised.
            t.promised.map_or(V::Blank, |n| V::Number(f64::from(n))),
            t.announced.map_or(V::Blank, |n| V::Number(f64::from(n))),
            V::Number(f64::from(t.phones)),
            V::Text(t.institution),
        ])?;
    }
    sheet.finish();

    let mut headings = vec![
        l.t("report-ask"),
        l.t("export-ask-title"),
        l.t("export-holder"),
        l.t("export-holder-name"),
        l.t("report-answer"),
        l.t_with("export-answered-in", &zone_arg()),
    ];
    if chair {
        headings.extend([l.t("export-note-for-chair"), l.t("export-earlier")]);
    }
    let name = l.t("export-sheet-answers");
    let mut sheet = Sheet::new(&mut book, &styles, &zone, &name, &headings)?;
    let all = commitments(state, &zone);
    for c in &all {
        let Some(answer) = c.answer else { continue };
        let earlier: Vec<String> = c.earlier.iter().map(|r| words.answer(r.answer)).collect();
        let earlier = earlier.join(" ");
        let word = words.answer(answer.answer);
        let mut cells = commitment(words, plan, c);
        cells.extend([V::Text(&word), V::When(answer.at)]);
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
        &l.t("export-sheet-pledges"),
        &[
            l.t("report-pledge"),
            l.t("export-text"),
            l.t("export-revealed"),
            l.t("answer-yes"),
            l.t("answer-no"),
        ],
    )?;
    for (n, p) in state.plan.pledges.iter().enumerate() {
        let counts = tally(state, n, access);
        let revealed = words.yes_no(state.chair.revealed.contains(p.id.as_str()));
        sheet.row(&[
            V::Text(&p.id),
            V::Long(words.plan(plan, "pledge", &p.id, "text", &p.text)),
            V::Text(&revealed),
            counts.map_or(V::Blank, |c| V::Number(f64::from(c.0))),
            counts.map_or(V::Blank, |c| V::Number(f64::from(c.1))),
        ])?;
    }
    sheet.finish();

    // Every commitment, as follow-ups.csv has it: the chase list. Statuses,
    // days, owners, due days and public notes are the public scorecard;
    // notes are the chair's.
    let mut headings = vec![
        l.t("report-ask"),
        l.t("export-ask-title"),
        l.t("export-holder"),
        l.t("export-holder-name"),
        l.t("report-answer"),
        l.t("export-status"),
        l.t("export-status-since"),
        l.t("export-steps"),
        l.t("export-owner"),
        l.t("export-due"),
        l.t("export-overdue"),
        l.t("export-latest-public-note"),
    ];
    if chair {
        headings.push(l.t("export-latest-note"));
    }
    let today = zone.day(now);
    let name = l.t("export-sheet-follow-ups");
    let mut sheet = Sheet::new(&mut book, &styles, &zone, &name, &headings)?;
    for c in &all {
        let latest = c.latest();
        let answer = c.answer.map(|a| words.answer(a.answer));
        let status = words.status(c.status());
        let overdue = words.yes_no(c.overdue(today));
        let owner = c.owner.map(|o| crate::report::owner(l, plan, o));
        let mut cells = commitment(words, plan, c);
        cells.extend([
            answer.as_deref().map_or(V::Blank, V::Text),
            V::Text(&status),
            latest.map_or(V::Blank, |l| V::Day(&l.on)),
            V::Number(c.steps.len() as f64),
            owner.map_or(V::Blank, V::Text),
            c.due.map_or(V::Blank, V::Day),
            V::Text(&overdue),
            latest.and_then(|l| l.public_note).map_or(V::Blank, V::Long),
        ]);
        if chair {
            cells.push(latest.and_then(|l| l.note).map_or(V::Blank, V::Long));
        }
        sheet.row(&cells)?;
    }
    sheet.finish();
    follow_up_steps(&mut book, &styles, &zone, plan, &all, l, chair)?;
    book.save_to_buffer()
}

/// Every step of every commitment, oldest first within each: what the
/// chase list sums up. Notes are the chair's.
fn follow_up_steps(
    book: &mut Workbook,
    styles: &Styles,
    zone: &Zone,
    plan: &Plan,
    all: &[super::Commitment<'_>],
    l: Lang,
    chair: bool,
) -> Result<(), XlsxError> {
    let words = Words(l);
    let mut headings = vec![
        l.t("export-commitment"),
        l.t("report-holder"),
        l.t("report-date"),
        l.t("report-status"),
        l.t("export-public-note"),
    ];
    if chair {
        headings.push(l.t("report-note"));
    }
    let name = l.t("export-sheet-steps");
    let mut sheet = Sheet::new(book, styles, zone, &name, &headings)?;
    for c in all {
        let ask = words.plan(plan, "ask", &c.ask.id, "title", &c.ask.title);
        for step in &c.steps {
            let status = words.status(step.status);
            let mut cells = vec![
                V::Text(ask),
                V::Text(&c.holder.name),
                V::Day(&step.on),
                V::Text(&status),
                step.public_note.map_or(V::Blank, V::Long),
            ];
            if chair {
                cells.push(step.note.map_or(V::Blank, V::Long));
            }
            sheet.row(&cells)?;
        }
    }
    sheet.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A spreadsheet refuses a sheet name over 31 characters or with any of
    /// `[]:*?/\`, or one that starts or ends with `'`: every language's
    /// names must pass, or its workbook could not be written.
    #[test]
    fn every_languages_sheet_names_are_valid_sheet_names() {
        for l in crate::i18n::all() {
            let names = [
                l.t("export-sheet-running-order"),
                l.t("export-sheet-turnout"),
                l.t("export-sheet-answers"),
                l.t("export-sheet-pledges"),
                l.t("export-sheet-follow-ups"),
                l.t("export-sheet-steps"),
            ];
            for name in &names {
                assert!(
                    !name.is_empty()
                        && name.chars().count() <= 31
                        && !name.contains(['[', ']', ':', '*', '?', '/', '\\'])
                        && !name.starts_with('\'')
                        && !name.ends_with('\''),
                    "{l:?}: {name:?} is not a valid sheet name"
                );
            }
            let distinct: std::collections::BTreeSet<_> =
                names.iter().map(|n| n.to_lowercase()).collect();
            assert_eq!(
                distinct.len(),
                names.len(),
                "{l:?}: two sheets share a name"
            );
        }
    }
}
