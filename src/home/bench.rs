//! Years of an alliance's assemblies in one home, for measuring the desk
//! (`assembly bench-home`, what `scripts/bench-desk.sh` serves): each
//! assembly has the same 20 institutions and 4 power-holders, asks put to
//! all four, a night of check-ins, an answer for every commitment and a
//! follow-up step for most. Written through `Store::append` as the server
//! would have written it. Deterministic.

use crate::domain::command::{Answer, FollowUpStatus};
use crate::domain::{Envelope, Event, Plan};
use crate::store::Store;
use std::path::Path;

use super::Home;

/// Power-holders every assembly puts its asks to.
const HOLDERS: usize = 4;
const INSTITUTIONS: usize = 20;
/// Phones checked in at each assembly.
const PHONES: u64 = 600;

/// Write `assemblies` assemblies holding `commitments` commitments in all
/// into a new home in `dir`.
pub fn write(dir: &Path, assemblies: usize, commitments: usize) -> Result<(), String> {
    let home = Home::open(dir)?;
    if !home.ids()?.is_empty() {
        return Err(format!(
            "{} already holds assemblies; give an empty or new folder",
            dir.display()
        ));
    }
    let asks = commitments
        .div_ceil(assemblies.max(1))
        .div_ceil(HOLDERS)
        .max(1);
    for n in 0..assemblies {
        let plan = plan(n, asks)?;
        let day = plan.assembly.starts.as_deref().and_then(|s| s.get(..10));
        let id = format!("{}-assembly-{n:03}", day.unwrap_or("undated"));
        let mut store = Store::open(&home.path_of(&id)).map_err(|e| e.to_string())?;
        store.save_plan(&plan).map_err(|e| e.to_string())?;
        let events = night(&plan, n as u64);
        store.append(&events).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Assembly `n`: two a year from 2020, with `asks` asks.
fn plan(n: usize, asks: usize) -> Result<Plan, String> {
    let mut toml = format!(
        "[assembly]\ntitle = \"Assembly {n} of the alliance\"\nvenue = \"Hall {n}\"\n\
         starts = \"{}-{:02}-14T18:30:00+00:00\"\n",
        2020 + n / 2,
        if n.is_multiple_of(2) { 3 } else { 10 }
    );
    for i in 0..INSTITUTIONS {
        toml.push_str(&format!(
            "[[institution]]\nid = \"member-{i}\"\nname = \"Member institution {i}\"\npromised = 30\n"
        ));
    }
    for h in 0..HOLDERS {
        toml.push_str(&format!(
            "[[power_holder]]\nid = \"holder-{h}\"\nname = \"Holder {h}\"\nrole = \"Leader of body {h}\"\n"
        ));
    }
    let to: Vec<String> = (0..HOLDERS).map(|h| format!("\"holder-{h}\"")).collect();
    for a in 0..asks {
        toml.push_str(&format!(
            "[[ask]]\nid = \"ask-{n}-{a}\"\ntitle = \"Ask {a} of assembly {n}\"\n\
             text = \"Will you do thing {a} by next year?\"\nto = [{}]\n\
             [[item]]\ntitle = \"Ask {a}\"\nkind = \"ask\"\nminutes = 2\nask = \"ask-{n}-{a}\"\n",
            to.join(", ")
        ));
    }
    crate::plan::parse(&toml).map_err(|e| e.render("the bench plan"))
}

/// One night and its follow-up, as events.
fn night(plan: &Plan, n: u64) -> Vec<Envelope> {
    let mut events = vec![Event::Started];
    for phone in 0..PHONES {
        events.push(Event::CheckedIn {
            device: format!("{:032x}", (n << 32) | phone),
            institution: Some(format!("member-{}", phone as usize % INSTITUTIONS)),
        });
    }
    let mut k = 0u64;
    for ask in &plan.asks {
        for holder in &ask.to {
            k += 1;
            events.push(Event::Responded {
                ask: ask.id.to_string(),
                holder: holder.to_string(),
                answer: if k.is_multiple_of(4) {
                    Answer::No
                } else {
                    Answer::Yes
                },
                note: None,
            });
        }
    }
    events.push(Event::Ended);
    for ask in &plan.asks {
        for holder in &ask.to {
            k += 1;
            let status = match k % 5 {
                0 => continue,
                1 => FollowUpStatus::NotStarted,
                2 => FollowUpStatus::InProgress,
                3 => FollowUpStatus::Achieved,
                _ => FollowUpStatus::Broken,
            };
            events.push(Event::FollowUpRecorded {
                ask: ask.id.to_string(),
                holder: holder.to_string(),
                status,
                note: Some(format!("Met them on step {k}")),
                public_note: k.is_multiple_of(3).then(|| format!("Public step {k}")),
                on: "2026-11-01".into(),
            });
        }
    }
    events
        .into_iter()
        .enumerate()
        .map(|(i, event)| Envelope {
            seq: i as u64 + 1,
            at: 1_700_000_000_000 + i as i64 * 50,
            id: None,
            event,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bench_home_reads_back_with_every_commitment() {
        let dir = tempfile::tempdir().unwrap();
        super::write(dir.path(), 3, 60).unwrap();
        let home = super::Home::open(dir.path()).unwrap();
        let ids = home.ids().unwrap();
        assert_eq!(ids.len(), 3);
        let summaries = super::super::summary::Summaries::default();
        let mut asked = 0;
        for id in &ids {
            let summary = summaries.get(&home, id).unwrap();
            assert_eq!(summary.stage, super::super::summary::Stage::Ended);
            assert_eq!(summary.came, super::PHONES);
            asked += summary.commitments.asked;
        }
        assert_eq!(asked, 60);
        assert!(super::write(dir.path(), 1, 4).is_err(), "never over a home");
    }
}
