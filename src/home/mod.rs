//! A home: one folder holding every assembly of an alliance, each an
//! ordinary data dir named by its id (`HOME/<id>/`), so `assembly serve
//! --data HOME/<id>` works on any of them as on any data dir. The home
//! keeps one key (`HOME/home.key`), which opens the desk and the chair of
//! every assembly in it.
//!
//! - [`Home`]: the folder, its key, its assemblies' ids, a new assembly
//!   (blank, or from an earlier one: the same institutions and
//!   power-holders under the same ids);
//! - [`summary`]: what the desk lists of each assembly, read from its
//!   record without writing to it, and kept until the record changes.

pub mod bench;
pub mod ledger;
pub mod publish;
pub mod recall;
pub mod summary;

use std::path::{Path, PathBuf};

use crate::domain::Plan;
use crate::store::Store;

/// The home's key, beside its assemblies.
pub const KEY_FILE: &str = "home.key";
/// Where `assembly` with no arguments keeps the home.
pub const DEFAULT_DIR: &str = "assembly-home";
/// Longest assembly id: a folder name, and a NATS name when linked.
pub const ID_MAX: usize = 64;

/// An alliance's folder of assemblies.
#[derive(Debug, Clone)]
pub struct Home {
    dir: PathBuf,
}

/// What a new assembly starts from.
#[derive(Debug, Clone, Default)]
pub struct New {
    pub title: String,
    /// "YYYY-MM-DD", the day it is held (optional).
    pub day: Option<String>,
    pub venue: Option<String>,
    /// An earlier assembly of this home: its institutions and power-holders
    /// are kept, under the same ids.
    pub from: Option<String>,
}

impl Home {
    /// The home in `dir`, made if it is not there yet.
    pub fn open(dir: &Path) -> Result<Home, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot make the home folder {}: {e}", dir.display()))?;
        Ok(Home {
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder of assembly `id`.
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// The home's key: read, or made on the first start and kept in
    /// `home.key`, readable by this user only.
    pub fn key(&self) -> Result<String, String> {
        if let Some(key) = Home::read_key(&self.dir)? {
            return Ok(key);
        }
        let key = crate::web::random_hex(16);
        let path = self.dir.join(KEY_FILE);
        write_private(&path, &key)
            .map_err(|e| format!("cannot keep the home's key in {}: {e}", path.display()))?;
        Ok(key)
    }

    /// The key kept in the home in `dir`, if it has one.
    pub fn read_key(dir: &Path) -> Result<Option<String>, String> {
        let path = dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) if !text.trim().is_empty() => Ok(Some(text.trim().to_owned())),
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// Every assembly in the home: the folders holding a record, by id.
    pub fn ids(&self) -> Result<Vec<String>, String> {
        let entries = std::fs::read_dir(&self.dir)
            .map_err(|e| format!("cannot read the home folder {}: {e}", self.dir.display()))?;
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|entry| entry.path().join(crate::store::FILE).is_file())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .filter(|id| check_id(id).is_ok())
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Make a new assembly and return its id: a folder named from its
    /// title and day, holding a record that begins with its plan.
    pub fn create(&self, new: &New) -> Result<String, String> {
        let plan = self.plan_for(new)?;
        let id = self.free_id(&plan)?;
        let dir = self.path_of(&id);
        let store = Store::open(&dir).map_err(|e| e.to_string())?;
        store.save_plan(&plan).map_err(|e| e.to_string())?;
        Ok(id)
    }

    /// The plan a new assembly begins with.
    fn plan_for(&self, new: &New) -> Result<Plan, String> {
        let title = new.title.trim();
        if title.is_empty() {
            return Err("give the new assembly a title".into());
        }
        let mut plan = match &new.from {
            Some(from) => from_earlier(&self.plan_of(from)?),
            None => crate::plan::parse(include_str!("../../assets/starter.toml"))
                .map_err(|e| e.render("the starter plan"))?,
        };
        plan.assembly.title = title.to_owned();
        plan.translations.values_mut().for_each(|texts| {
            texts.remove("assembly.title");
        });
        if let Some(venue) = new.venue.as_deref().map(str::trim)
            && !venue.is_empty()
        {
            plan.assembly.venue = venue.to_owned();
        }
        plan.assembly.starts = match new.day.as_deref().map(str::trim) {
            Some(day) if !day.is_empty() => Some(starts_on(day, plan.assembly.starts.as_deref())?),
            _ => None,
        };
        // Written and read back: a new assembly's plan passes every check
        // a plan file would.
        crate::plan::parse(&crate::plan::to_toml(&plan)).map_err(|e| e.render("the new plan"))
    }

    /// The plan assembly `id` serves now (with every change made to it).
    pub fn plan_of(&self, id: &str) -> Result<Plan, String> {
        check_id(id)?;
        let dir = self.path_of(id);
        let store = Store::open_existing(&dir).map_err(|e| e.to_string())?;
        let state = crate::store::replay(&store)?;
        Ok((*state.plan).clone())
    }

    /// An id not yet taken: the plan's day and a slug of its title.
    fn free_id(&self, plan: &Plan) -> Result<String, String> {
        let day = day_of(&plan.assembly).unwrap_or_default();
        let day = day.as_str();
        let slug = crate::domain::plan::slug_of(&plan.assembly.title, 40);
        let base = match (day, slug.as_str()) {
            ("", "") => "assembly".to_owned(),
            ("", slug) => slug.to_owned(),
            (day, "") => format!("{day}-assembly"),
            (day, slug) => format!("{day}-{slug}"),
        };
        for n in 1..1000 {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            if !self.path_of(&id).exists() {
                return Ok(id);
            }
        }
        Err(format!(
            "there are already 1,000 assemblies named {base} in {}",
            self.dir.display()
        ))
    }
}

/// "YYYY-MM-DD", the day an assembly starts in its zone, as the desk,
/// the ledger and the scorecard name it; `None` when the plan gives no start.
pub fn day_of(info: &crate::domain::plan::AssemblyInfo) -> Option<String> {
    crate::plan::Zone::of(info)
        .first_day(info)
        .map(|d| d.to_string())
}

/// An assembly id: a folder name in the home, and safe in a URL and NATS.
pub fn check_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty()
        && id.len() <= ID_MAX
        && !id.starts_with(['.', '-'])
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "\"{id}\" is not an assembly of this home: an assembly's id is its folder's name, \
             1 to {ID_MAX} lowercase letters, digits, - or _"
        ))
    }
}

/// A plan for the next assembly of the same alliance: the same
/// institutions and power-holders under the same ids (that is what makes
/// them the same people across assemblies), with a running order to fill.
/// Each power-holder the earlier one put an ask to is invited back: a
/// report-back item after the roll call, which the organiser can drop.
fn from_earlier(earlier: &Plan) -> Plan {
    use crate::domain::plan::{Item, ItemKind};
    let starter = crate::plan::parse(include_str!("../../assets/starter.toml"))
        .expect("the starter plan is valid");
    let mut plan = earlier.clone();
    plan.asks.clear();
    plan.pledges.clear();
    let mut items: Vec<Item> = starter
        .items
        .into_iter()
        .filter(|item| item.ask.is_none() && item.pledge.is_none())
        .collect();
    let asked = (earlier.power_holders.iter())
        .filter(|h| earlier.asks.iter().any(|a| a.to.contains(&h.id)));
    // In the plan's own language, as its other titles are written.
    let l = crate::i18n::find(earlier.language()).unwrap_or_else(crate::i18n::english);
    let back: Vec<Item> = asked
        .map(|holder| Item {
            id: Default::default(),
            title: l.t_with(
                "plan-reports-back",
                &[("name", holder.name.as_str().into())],
            ),
            kind: ItemKind::ReportBack,
            seconds: 5 * 60,
            lead: None,
            ask: None,
            pledge: None,
            holder: Some(holder.id.clone()),
            notes: None,
        })
        .collect();
    let after = (items.iter())
        .position(|item| item.kind == ItemKind::RollCall)
        .map_or(items.len(), |at| at + 1);
    items.splice(after..after, back);
    plan.items = items;
    plan.settle_item_ids();
    // Translations of what was dropped go with it.
    let kept = |key: &str| {
        !(key.starts_with("item.")
            || key.starts_with("ask.")
            || key.starts_with("pledge.")
            || key == "assembly.title")
    };
    for texts in plan.translations.values_mut() {
        texts.retain(|key, _| kept(key));
    }
    plan
}

/// An RFC 3339 start on `day`, at the time and offset of `earlier` when
/// there is one, else 18:30 in UTC (the chair can change it in /setup).
fn starts_on(day: &str, earlier: Option<&str>) -> Result<String, String> {
    let date: jiff::civil::Date = day.parse().map_err(|_| {
        format!("\"{day}\" is not a day: write it as YYYY-MM-DD, such as 2027-03-14")
    })?;
    let rest = earlier
        .and_then(|s| s.get(10..))
        .filter(|rest| rest.starts_with('T'))
        .unwrap_or("T18:30:00+00:00");
    Ok(format!("{date}{rest}"))
}

/// Write `text` to a file only this user may read.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

#[cfg(test)]
mod tests;

/// Record an organiser's change (a follow-up step, a commitment's owner
/// and due day) in assembly `id` while no server serves it, once per
/// idempotency `key` when it has one: the record
/// is claimed for the moment of the write, read, the change decided
/// against it exactly as the hub would (the step's day settled in the
/// assembly's zone), and committed. Returns the change's `seq`, or why
/// it was refused (in `l`).
pub fn record_offline(
    home: &Home,
    id: &str,
    mut command: crate::domain::Command,
    key: Option<&str>,
    now: crate::domain::Millis,
    l: crate::i18n::Lang,
) -> Result<u64, String> {
    use crate::domain::Command;
    use crate::domain::command::ChairCommand;
    check_id(id)?;
    if !matches!(
        command,
        Command::Chair(ChairCommand::FollowUp { .. } | ChairCommand::Commitment { .. })
    ) {
        return Err(
            "only a follow-up step or a commitment's owner and due day can be recorded in an \
             assembly that is not live; go live with it for anything else"
                .into(),
        );
    }
    let dir = home.path_of(id);
    if !dir.join(crate::store::FILE).is_file() {
        return Err(format!(
            "there is no assembly \"{id}\" in {}",
            home.dir().display()
        ));
    }
    let _claim = crate::server::Claim::take(&dir).map_err(|e| e.to_string())?;
    let mut store = Store::open(&dir).map_err(|e| e.to_string())?;
    let state = crate::store::replay(&store)?;
    // The same change sent again (a retry) is kept once.
    if let Some(seq) = key.and_then(|key| state.applied_id(key)) {
        return Ok(seq);
    }
    let refused = |r: &crate::domain::Refusal| crate::i18n::refusals::refusal_text(l, r);
    crate::plan::date_step(&state.plan.assembly, &mut command, now).map_err(|r| refused(&r))?;
    let Some(event) = state.decide(&command, None, key).map_err(|r| refused(&r))? else {
        return Ok(state.seq);
    };
    let envelope = crate::domain::Envelope {
        seq: state.seq + 1,
        at: now,
        id: key.map(str::to_owned),
        event,
    };
    store
        .append(std::slice::from_ref(&envelope))
        .map_err(|e| e.to_string())?;
    Ok(envelope.seq)
}
