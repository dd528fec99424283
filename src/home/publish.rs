//! The alliance's scorecard: a static site of every power-holder's
//! commitments across the home's assemblies, to publish anywhere (a
//! folder, a USB stick, any static host). `assembly publish` writes it;
//! the desk offers the same as a `.zip`.
//!
//! - `index.html`: every power-holder with their counts, every assembly;
//! - `holders/<id>.html`: every commitment of one holder, with the answer
//!   on the night, where it stands and the dated public steps;
//! - `assemblies/<id>/report.html`: the assembly's public report, beside
//!   its public record files (`record.json`, the CSVs, `record.xlsx`);
//! - `scorecard.json`: the same data (its schema is in docs/cli.md).
//!
//! Only what the public record holds: never chair notes, private step
//! notes, notes on answers or unrevealed tallies (the public report and
//! the ledger's public fields are all it reads). No JavaScript, relative
//! links only.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::Serialize;

use super::Home;
use super::ledger::{self, Commitment};
use crate::domain::Millis;
use crate::domain::command::{Answer, FollowUpStatus};
use crate::i18n::Lang;
use crate::record::Access;
use crate::store::Store;

/// The version of `scorecard.json`'s shape.
pub const SCHEMA: u32 = 1;

/// The site, as files by relative path.
pub struct Site {
    pub files: Vec<(String, Vec<u8>)>,
}

/// One assembly in `scorecard.json`.
#[derive(Debug, Serialize)]
struct AssemblyEntry {
    id: String,
    title: String,
    day: Option<String>,
    venue: String,
    /// Its public report, relative to the site.
    report: String,
}

/// One power-holder in `scorecard.json`, with their counts.
#[derive(Debug, Default, Serialize)]
struct HolderEntry {
    id: String,
    name: String,
    role: String,
    #[serde(flatten)]
    counts: super::summary::Commitments,
    overdue: u64,
    /// Their page, relative to the site.
    page: String,
}

/// One commitment in `scorecard.json`.
#[derive(Debug, Serialize)]
struct CommitmentEntry<'a> {
    #[serde(flatten)]
    commitment: &'a Commitment,
    overdue: bool,
}

/// Build the site from every assembly of `home`, as the public sees it at `now`.
pub fn build(home: &Home, now: Millis) -> Result<Site, String> {
    let mut assemblies = Vec::new();
    let mut commitments: Vec<Commitment> = Vec::new();
    let mut files = Vec::new();
    let mut ids = home.ids()?;
    ids.sort();
    let mut reports = Reports::default();
    let mut plans: Vec<(Option<String>, std::sync::Arc<crate::domain::Plan>)> = Vec::new();
    for id in &ids {
        let store = Store::open_existing(&home.path_of(id)).map_err(|e| e.to_string())?;
        let state = crate::store::replay(&store)?;
        let plan = &state.plan;
        // Its public report in each language its plan gives (the first as
        // report.html), beside the public record files it links to.
        let mut codes: Vec<&'static str> = Vec::new();
        let first = crate::i18n::find(plan.language()).unwrap_or_else(crate::i18n::english);
        let others = plan
            .assembly
            .languages
            .iter()
            .filter_map(|c| crate::i18n::find(c));
        for lang in std::iter::once(first).chain(others) {
            if codes.contains(&lang.code()) {
                continue;
            }
            let report = crate::report::render(
                &state,
                now,
                crate::report::Mode::Standalone,
                Access::Public,
                lang,
            );
            let name = match codes.is_empty() {
                true => "report.html".to_owned(),
                false => format!("report.{}.html", lang.code()),
            };
            files.push((
                format!("assemblies/{id}/{name}"),
                report.into_string().into_bytes(),
            ));
            codes.push(lang.code());
        }
        reports.langs.insert(id.clone(), codes);
        for &name in crate::record::exports(Access::Public) {
            if let Some((_, bytes)) =
                crate::record::export_in(name, &state, now, Access::Public, Some(first))
            {
                files.push((format!("assemblies/{id}/{name}"), bytes));
            }
        }
        let day = super::day_of(&plan.assembly);
        assemblies.push(AssemblyEntry {
            id: id.clone(),
            title: plan.assembly.title.clone(),
            day: day.clone(),
            venue: plan.assembly.venue.clone(),
            report: format!("assemblies/{id}/report.html"),
        });
        plans.push((day, state.plan.clone()));
        commitments.extend(ledger::commitments(id, &state));
    }
    let plans: Vec<(Option<String>, &crate::domain::Plan)> = plans
        .iter()
        .map(|(day, plan)| (day.clone(), plan.as_ref()))
        .collect();
    let langs = languages(&plans);
    // Newest assembly first, as the desk lists them.
    assemblies.sort_by(|a, b| (&b.day, &b.id).cmp(&(&a.day, &a.id)));
    let order: BTreeMap<&str, usize> = assemblies
        .iter()
        .enumerate()
        .map(|(n, a)| (a.id.as_str(), n))
        .collect();
    commitments.sort_by_key(|c| {
        order
            .get(c.assembly.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    });

    let mut holders: BTreeMap<String, HolderEntry> = BTreeMap::new();
    // Oldest first, so the name a holder was last given is the one kept.
    for c in commitments.iter().rev() {
        let h = holders.entry(c.holder.clone()).or_default();
        h.id = c.holder.clone();
        h.name = c.holder_name.clone();
        h.role = c.holder_role.clone();
        h.page = format!("holders/{}.html", c.holder);
        h.counts.add(c);
        h.overdue += u64::from(c.overdue(now));
    }
    let mut holders: Vec<HolderEntry> = holders.into_values().collect();
    holders.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));

    for n in 0..langs.len() {
        files.push((
            in_lang("index", &langs, n),
            index(&holders, &assemblies, &langs, n, &reports)
                .into_string()
                .into_bytes(),
        ));
        for h in &holders {
            let theirs: Vec<&Commitment> =
                commitments.iter().filter(|c| c.holder == h.id).collect();
            files.push((
                in_lang(&format!("holders/{}", h.id), &langs, n),
                holder_page(h, &theirs, now, &langs, n, &reports)
                    .into_string()
                    .into_bytes(),
            ));
        }
    }
    let entries: Vec<CommitmentEntry> = commitments
        .iter()
        .map(|c| CommitmentEntry {
            commitment: c,
            overdue: c.overdue(now),
        })
        .collect();
    let generated = jiff::Timestamp::from_millisecond(now)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let json = serde_json::to_vec_pretty(&serde_json::json!({
        "schema": SCHEMA,
        "generated": generated,
        "assemblies": assemblies,
        "holders": holders,
        "commitments": entries,
    }))
    .map_err(|e| e.to_string())?;
    files.push(("scorecard.json".into(), json));
    Ok(Site { files })
}

/// Write the site into `out`: a new or empty folder, or one an earlier
/// publish wrote (it has a `scorecard.json`), whose files are replaced.
pub fn write(site: &Site, out: &Path) -> Result<(), String> {
    let cannot = |e: std::io::Error| format!("cannot write the site in {}: {e}", out.display());
    if out.exists() {
        let empty = std::fs::read_dir(out).map_err(cannot)?.next().is_none();
        if !empty && !out.join("scorecard.json").is_file() {
            return Err(format!(
                "{} holds other files: give a new or empty folder (or one an earlier \
                 publish wrote) so nothing of yours is overwritten",
                out.display()
            ));
        }
        for dir in ["holders", "assemblies"] {
            let old = out.join(dir);
            if old.is_dir() {
                std::fs::remove_dir_all(&old).map_err(cannot)?;
            }
        }
    }
    for (path, bytes) in &site.files {
        let file = out.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(cannot)?;
        }
        std::fs::write(&file, bytes).map_err(cannot)?;
    }
    Ok(())
}

/// The site as one `.zip`, for the desk's Publish button.
pub fn zip(site: &Site) -> Result<Vec<u8>, String> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, bytes) in &site.files {
        writer
            .start_file(format!("scorecard/{path}"), options)
            .map_err(|e| e.to_string())?;
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    let cursor = writer.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.45;margin:0;color:#1f2937}\
main{max-width:60rem;margin:0 auto;padding:1rem}h1,h2,h3{overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.4rem;border-bottom:1px solid #c8ccd2;vertical-align:top}\
td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}a{color:#1d4ed8}td a{display:inline-block;padding:.2rem 0}\
.c{border:1px solid #c8ccd2;border-radius:.6rem;padding:.25rem 1rem 1rem;margin:.75rem 0}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}\
.overdue{color:#8a1c00;border:1px solid #8a1c00;border-radius:.3rem;padding:0 .3rem}\
ol.steps{padding-inline-start:1.2rem}\
@media (max-width:40rem){table.holders thead{display:none}table.holders tr{display:block;border-bottom:1px solid #c8ccd2;padding:.4rem 0}\
table.holders td{display:block;border:0;padding:.1rem 0;text-align:start}table.holders td.n::before{content:attr(data-label) \": \";font-weight:600}\
dl{grid-template-columns:1fr}}";

/// The site's languages: every shipped language the plans give, the
/// newest assembly's first language first. English when none is shipped.
fn languages(plans: &[(Option<String>, &crate::domain::Plan)]) -> Vec<Lang> {
    let mut ordered: Vec<&(Option<String>, &crate::domain::Plan)> = plans.iter().collect();
    ordered.sort_by(|a, b| b.0.cmp(&a.0));
    let mut langs: Vec<Lang> = Vec::new();
    for (_, plan) in ordered {
        let codes = plan.assembly.languages.iter().map(String::as_str);
        for l in codes.chain([plan.language()]).filter_map(crate::i18n::find) {
            if !langs.iter().any(|k| k.code() == l.code()) {
                langs.push(l);
            }
        }
    }
    if langs.is_empty() {
        langs.push(crate::i18n::english());
    }
    langs
}

/// A page's file in language number `n` of the site's: the first
/// language's is `stem.html`, the others' `stem.<code>.html`.
fn in_lang(stem: &str, langs: &[Lang], n: usize) -> String {
    match n {
        0 => format!("{stem}.html"),
        _ => format!("{stem}.{}.html", langs[n].code()),
    }
}

/// The same page in the site's other languages, for a reader to switch.
fn switch(langs: &[Lang], n: usize, stem: &str) -> Markup {
    html! {
        @if langs.len() > 1 {
            nav .langs aria-label=(langs[n].t("publish-languages")) {
                @for (k, l) in langs.iter().enumerate() {
                    @if k == n {
                        span aria-current="page" lang=(l.code()) { (l.name()) }
                    } @else {
                        a href=(in_lang(stem, langs, k)) lang=(l.code()) hreflang=(l.code()) { (l.name()) }
                    }
                }
            }
        }
    }
}

fn page(l: Lang, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(l.code()) dir=(l.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { main { (body) } }
        }
    }
}

fn status_text(l: Lang, status: Option<FollowUpStatus>) -> String {
    match status {
        None => l.t("publish-no-step"),
        Some(status) => crate::report::words::status(l, status),
    }
}

fn answer_text(l: Lang, answer: Option<Answer>) -> String {
    match answer {
        None => l.t("report-no-answer"),
        Some(answer) => crate::report::words::answer(l, answer).to_uppercase(),
    }
}

fn day_text(l: Lang, day: &str) -> String {
    crate::report::words::long_day(l, day)
}

fn index(
    holders: &[HolderEntry],
    assemblies: &[AssemblyEntry],
    langs: &[Lang],
    n: usize,
    reports: &Reports,
) -> Markup {
    let l = langs[n];
    let num = |v: u64| l.number(v as i64);
    page(
        l,
        &l.t("publish-title"),
        html! {
            (switch(langs, n, "index"))
            h1 { (l.t("publish-title")) }
            p { (l.t("publish-intro")) }
            h2 { (l.t("publish-holders")) }
            table .holders {
                thead { tr {
                    th { (l.t("report-holder")) } th .n { (l.t("publish-asked")) } th .n { (l.t("publish-said-yes")) }
                    th .n { (l.t("followup-in_progress")) } th .n { (l.t("followup-achieved")) }
                    th .n { (l.t("followup-broken")) } th .n { (l.t("publish-overdue")) }
                } }
                tbody {
                    @for h in holders {
                        tr {
                            td {
                                a href=(in_lang(&format!("holders/{}", h.id), langs, n)) { bdi { (h.name) } }
                                @if !h.role.is_empty() { br; bdi { (h.role) } }
                            }
                            td .n data-label=(l.t("publish-asked")) { (num(h.counts.asked)) }
                            td .n data-label=(l.t("publish-said-yes")) { (num(h.counts.yes)) }
                            td .n data-label=(l.t("followup-in_progress")) { (num(h.counts.in_progress)) }
                            td .n data-label=(l.t("followup-achieved")) { (num(h.counts.achieved)) }
                            td .n data-label=(l.t("followup-broken")) { (num(h.counts.broken)) }
                            td .n data-label=(l.t("publish-overdue")) { (num(h.overdue)) }
                        }
                    }
                }
            }
            h2 { (l.t("publish-assemblies")) }
            ul {
                @for a in assemblies {
                    li {
                        a href=(reports.of(&a.id, l)) { bdi { (a.title) } }
                        @if let Some(day) = &a.day { " · " time datetime=(day) { (day_text(l, day)) } }
                        @if !a.venue.is_empty() { " · " bdi { (a.venue) } }
                    }
                }
            }
            p { a href="scorecard.json" { (l.t("publish-json")) } }
        },
    )
}

fn holder_page(
    h: &HolderEntry,
    theirs: &[&Commitment],
    now: Millis,
    langs: &[Lang],
    n: usize,
    reports: &Reports,
) -> Markup {
    let l = langs[n];
    let num = |v: u64| crate::i18n::Arg::from(l.number(v as i64));
    let counts = l.t_with(
        "publish-counts",
        &[
            ("asked", num(h.counts.asked)),
            ("yes", num(h.counts.yes)),
            ("achieved", num(h.counts.achieved)),
            ("broken", num(h.counts.broken)),
            ("overdue", num(h.overdue)),
        ],
    );
    page(
        l,
        &l.t_with("publish-holder-title", &[("name", h.name.as_str().into())]),
        html! {
            (switch(langs, n, &h.id))
            p { a href=(in_lang("../index", langs, n)) { (l.t("publish-all-holders")) } }
            h1 { bdi { (h.name) } }
            @if !h.role.is_empty() { p { bdi { (h.role) } } }
            p { (counts) }
            @for c in theirs {
                article .c {
                    h2 { bdi { (c.ask_title) } }
                    p { bdi { (c.ask_text) } }
                    dl {
                        dt { (l.t("publish-asked-at")) }
                        dd {
                            a href={ "../" (reports.of(&c.assembly, l)) } { bdi { (c.assembly_title) } }
                            @if let Some(day) = &c.day { " · " time datetime=(day) { (day_text(l, day)) } }
                        }
                        dt { (l.t("report-answer-night")) }
                        dd { (answer_text(l, c.answer)) }
                        dt { (l.t("publish-now")) }
                        dd {
                            (status_text(l, c.status))
                            @if c.overdue(now) { " " strong .overdue { (l.t("publish-overdue-tag")) } }
                        }
                        @if let Some(due) = &c.due {
                            dt { (l.t("report-due")) }
                            dd { time datetime=(due) { (day_text(l, due)) } }
                        }
                        @if let Some(owner) = &c.owner {
                            dt { (l.t("publish-chased-by")) }
                            dd { bdi { (owner) } }
                        }
                    }
                    @if !c.steps.is_empty() {
                        h3 { (l.t("publish-steps")) }
                        ol .steps {
                            @for s in &c.steps {
                                li {
                                    time datetime=(s.on) { (day_text(l, &s.on)) } ": " (status_text(l, Some(s.status)))
                                    @if let Some(note) = &s.public_note { " — " bdi { (note) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Each assembly's public report, by the languages it was written in.
#[derive(Default)]
struct Reports {
    /// assembly id -> the codes of its reports' languages, its first first.
    langs: BTreeMap<String, Vec<&'static str>>,
}

impl Reports {
    /// The report of assembly `id` a reader of `l` is sent to, relative to
    /// the site: in `l` when the assembly has it, else in its first language.
    fn of(&self, id: &str, l: Lang) -> String {
        match self.langs.get(id) {
            Some(codes) if codes.first() != Some(&l.code()) && codes.contains(&l.code()) => {
                format!("assemblies/{id}/report.{}.html", l.code())
            }
            _ => format!("assemblies/{id}/report.html"),
        }
    }
}
