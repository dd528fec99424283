//! `assembly import FILE... --out plan.toml`: a plan file from spreadsheets,
//! or every row's problem and nothing written.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::limits::{MAX_BYTES, megabytes};
use super::worker::{Answer, Worker};
use super::{Detail, Mapping, Problem, Rule, Source, plan_file};
use crate::plan::Draft;

/// The command's arguments.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Spreadsheets: .xlsx, .ods or .csv (one table per CSV file).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The plan file to write.
    #[arg(long, default_value = "plan.toml")]
    pub out: PathBuf,
    /// What an unrecognised column holds, `SHEET:HEADING=FIELD` (FIELD may
    /// be `ignore`), or what a sheet is, `SHEET=KIND`. Repeat as needed.
    #[arg(long = "map", value_name = "SHEET:HEADING=FIELD", value_parser = Rule::parse)]
    pub map: Vec<Rule>,
    /// Replace --out if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Run the command: `Err` with what to tell the organiser on failure.
pub fn run(options: Options) -> Result<(), String> {
    let out = &options.out;
    if out.exists() && !options.force {
        return Err(format!(
            "{} already exists; nothing was written. Give another --out, or add --force to \
             replace it",
            out.display()
        ));
    }
    let mut sources = Vec::new();
    let mut size = 0u64;
    for path in &options.files {
        // Told before reading: a file of gigabytes is not read at all.
        size += std::fs::metadata(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .len();
        if size > MAX_BYTES as u64 {
            return Err(format!(
                "the files are {} MB together, more than the {} MB a plan's sheets need; \
                 nothing was written. Import fewer files at a time, or delete other sheets \
                 from the workbook first.",
                size.div_ceil(1024 * 1024),
                megabytes(MAX_BYTES as u64)
            ));
        }
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        sources.push(Source {
            name: file_name(path),
            bytes,
        });
    }
    let names: Vec<String> = sources.iter().map(|s| s.name.clone()).collect();
    let count = sources.len();
    // Read in a worker process, as the server does: a file that makes a
    // reader fail ends with a message here, never an abort.
    let answer = Worker::default()
        .run(sources, &Mapping(options.map))
        .map_err(|refused| format!("{refused}; nothing was written"))?;
    let (imported, toml) = match answer {
        Answer::Imported { imported, toml } => (imported, toml),
        Answer::Refused(refused) => return Err(format!("{refused}; nothing was written")),
    };
    let imported: Told = serde_json::from_str(imported.get())
        .map_err(|e| format!("the spreadsheets could not be read ({e}); nothing was written"))?;
    let mut stderr = std::io::stderr().lock();
    for warning in &imported.warnings {
        let _ = writeln!(stderr, "warning: {warning}");
    }
    let Some(toml) = &toml else {
        for detail in &imported.details {
            let _ = writeln!(stderr, "{detail}");
        }
        for problem in &imported.problems {
            let _ = writeln!(stderr, "{problem}");
        }
        // The example maps a column that is there, with a heading, to the
        // field its sheet still lacks.
        if let Some(first) = imported.unmapped.iter().find(|u| !u.heading.is_empty()) {
            let example = |field: &str| format!("{}:{}={field}", first.sheet, first.heading);
            let _ = if first.likely == "ignore" {
                writeln!(
                    stderr,
                    "A column that was not recognised is left out; say so with --map {:?}, or \
                     give the field it holds instead of ignore.",
                    example("ignore")
                )
            } else {
                writeln!(
                    stderr,
                    "To import a column that was not recognised, say what it holds, for example \
                     --map {:?} (or =ignore to leave it out).",
                    example(&first.likely)
                )
            };
        }
        let n = imported.problems.len();
        return Err(format!(
            "{n} problem{} in the spreadsheet{}; nothing was written. Fix {} and import again.",
            if n == 1 { "" } else { "s" },
            if count == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" },
        ));
    };
    write(out, &plan_file(toml, &names), options.force)?;
    let d = &imported.draft;
    let count = crate::i18n::count;
    println!(
        "Wrote {} from {}: {}, {}, {}, {}, {}. \
         Run `assembly check {}`, then `assembly serve {}`.",
        out.display(),
        names.join(", "),
        count(d.institutions.len(), "institution", "institutions"),
        count(d.power_holders.len(), "power-holder", "power-holders"),
        count(d.asks.len(), "ask", "asks"),
        count(d.pledges.len(), "pledge", "pledges"),
        count(d.items.len(), "item", "items"),
        out.display(),
        out.display(),
    );
    for detail in &imported.details {
        println!("  {detail}");
    }
    Ok(())
}

/// What this command prints of the worker's answer.
#[derive(Deserialize)]
struct Told {
    draft: Draft,
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    unmapped: Vec<UnmappedTold>,
    #[serde(default)]
    details: Vec<Detail>,
}

#[derive(Deserialize)]
struct UnmappedTold {
    sheet: String,
    heading: String,
    likely: String,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Write the plan, never over a file that appeared meanwhile unless forced.
fn write(path: &Path, text: &str, force: bool) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("{} already exists; nothing was written", path.display())
        } else {
            format!("cannot create {}: {e}", path.display())
        }
    })?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
