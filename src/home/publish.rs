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
    for id in &ids {
        let store = Store::open_existing(&home.path_of(id)).map_err(|e| e.to_string())?;
        let state = crate::store::replay(&store)?;
        let plan = &state.plan;
        // Its public report, beside the public record files it links to.
        let lang = crate::i18n::find(plan.language()).unwrap_or_else(crate::i18n::english);
        let report = crate::report::render(
            &state,
            now,
            crate::report::Mode::Standalone,
            Access::Public,
            lang,
        );
        let path = format!("assemblies/{id}/report.html");
        files.push((path.clone(), report.into_string().into_bytes()));
        for &name in crate::record::exports(Access::Public) {
            if let Some((_, bytes)) =
                crate::record::export_in(name, &state, now, Access::Public, Some(lang))
            {
                files.push((format!("assemblies/{id}/{name}"), bytes));
            }
        }
        assemblies.push(AssemblyEntry {
            id: id.clone(),
            title: plan.assembly.title.clone(),
            day: super::day_of(&plan.assembly),
            venue: plan.assembly.venue.clone(),
            report: path,
        });
        commitments.extend(ledger::commitments(id, &state));
    }
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

    files.push((
        "index.html".into(),
        index(&holders, &assemblies).into_string().into_bytes(),
    ));
    for h in &holders {
        let theirs: Vec<&Commitment> = commitments.iter().filter(|c| c.holder == h.id).collect();
        files.push((
            h.page.clone(),
            holder_page(h, &theirs, now).into_string().into_bytes(),
        ));
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

fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
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

fn status_text(status: Option<FollowUpStatus>) -> &'static str {
    match status {
        None => "no step yet",
        Some(FollowUpStatus::NotStarted) => "not started",
        Some(FollowUpStatus::InProgress) => "in progress",
        Some(FollowUpStatus::Achieved) => "achieved",
        Some(FollowUpStatus::Broken) => "broken",
    }
}

fn answer_text(answer: Option<Answer>) -> &'static str {
    match answer {
        None => "no answer",
        Some(Answer::Yes) => "YES",
        Some(Answer::No) => "NO",
        Some(Answer::Waffle) => "no clear answer",
        Some(Answer::Absent) => "absent",
    }
}

fn index(holders: &[HolderEntry], assemblies: &[AssemblyEntry]) -> Markup {
    page(
        "Scorecard: who said yes, and what they did",
        html! {
            h1 { "Scorecard: who said yes, and what they did" }
            p { "Every commitment power-holders made in public at the alliance's assemblies, and where each stands now." }
            h2 { "Power-holders" }
            table .holders {
                thead { tr {
                    th { "Power-holder" } th .n { "Asked" } th .n { "Said yes" } th .n { "In progress" }
                    th .n { "Achieved" } th .n { "Broken" } th .n { "Overdue" }
                } }
                tbody {
                    @for h in holders {
                        tr {
                            td { a href=(h.page) { bdi { (h.name) } } @if !h.role.is_empty() { br; bdi { (h.role) } } }
                            td .n data-label="Asked" { (h.counts.asked) }
                            td .n data-label="Said yes" { (h.counts.yes) }
                            td .n data-label="In progress" { (h.counts.in_progress) }
                            td .n data-label="Achieved" { (h.counts.achieved) }
                            td .n data-label="Broken" { (h.counts.broken) }
                            td .n data-label="Overdue" { (h.overdue) }
                        }
                    }
                }
            }
            h2 { "Assemblies" }
            ul {
                @for a in assemblies {
                    li {
                        a href=(a.report) { bdi { (a.title) } }
                        @if let Some(day) = &a.day { " · " time datetime=(day) { (crate::report::long_day(day)) } }
                        @if !a.venue.is_empty() { " · " bdi { (a.venue) } }
                    }
                }
            }
            p { a href="scorecard.json" { "The same data as JSON" } }
        },
    )
}

fn holder_page(h: &HolderEntry, theirs: &[&Commitment], now: Millis) -> Markup {
    page(
        &format!("{}: commitments", h.name),
        html! {
            p { a href="../index.html" { "All power-holders" } }
            h1 { bdi { (h.name) } }
            @if !h.role.is_empty() { p { bdi { (h.role) } } }
            p { (h.counts.asked) " asked, " (h.counts.yes) " said yes, " (h.counts.achieved) " achieved, " (h.counts.broken) " broken, " (h.overdue) " overdue." }
            @for c in theirs {
                article .c {
                    h2 { bdi { (c.ask_title) } }
                    p { bdi { (c.ask_text) } }
                    dl {
                        dt { "Asked at" }
                        dd {
                            a href={ "../assemblies/" (c.assembly) "/report.html" } { bdi { (c.assembly_title) } }
                            @if let Some(day) = &c.day { " · " time datetime=(day) { (crate::report::long_day(day)) } }
                        }
                        dt { "On the night" }
                        dd { (answer_text(c.answer)) }
                        dt { "Now" }
                        dd {
                            (status_text(c.status))
                            @if c.overdue(now) { " " strong .overdue { "overdue" } }
                        }
                        @if let Some(due) = &c.due {
                            dt { "Due" }
                            dd { time datetime=(due) { (crate::report::long_day(due)) } }
                        }
                        @if let Some(owner) = &c.owner {
                            dt { "Chased by" }
                            dd { bdi { (owner) } }
                        }
                    }
                    @if !c.steps.is_empty() {
                        h3 { "Steps" }
                        ol .steps {
                            @for s in &c.steps {
                                li {
                                    time datetime=(s.on) { (crate::report::long_day(&s.on)) } ": " (status_text(Some(s.status)))
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
