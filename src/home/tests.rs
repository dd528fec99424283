use std::sync::Arc;

use super::summary::{Stage, Summaries, Summary};
use super::*;
use crate::domain::ItemKind;

fn home() -> (tempfile::TempDir, Home) {
    let dir = tempfile::tempdir().unwrap();
    let home = Home::open(&dir.path().join("home")).unwrap();
    (dir, home)
}

fn new(title: &str, day: Option<&str>, from: Option<&str>) -> New {
    New {
        title: title.into(),
        day: day.map(Into::into),
        venue: None,
        from: from.map(Into::into),
    }
}

#[test]
fn the_key_is_made_once_kept_private_and_read_back() {
    let (_dir, home) = home();
    assert_eq!(Home::read_key(home.dir()).unwrap(), None);
    let key = home.key().unwrap();
    assert_eq!(key.len(), 32);
    assert_eq!(home.key().unwrap(), key);
    assert_eq!(Home::read_key(home.dir()).unwrap(), Some(key));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.dir().join(KEY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the key file is readable by others: {mode:o}"
        );
    }
}

#[test]
fn a_new_assembly_is_a_data_dir_named_from_its_day_and_title() {
    let (_dir, home) = home();
    let id = home
        .create(&new(
            "Spring Assembly: Homes & Wages",
            Some("2027-03-14"),
            None,
        ))
        .unwrap();
    assert_eq!(id, "2027-03-14-spring-assembly-homes-wages");
    assert!(home.path_of(&id).join(crate::store::FILE).is_file());
    let plan = home.plan_of(&id).unwrap();
    assert_eq!(plan.assembly.title, "Spring Assembly: Homes & Wages");
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2027-03-14T18:30:00+00:00")
    );
    // The same title and day again: a second folder, never the first.
    let again = home
        .create(&new(
            "Spring Assembly: Homes & Wages",
            Some("2027-03-14"),
            None,
        ))
        .unwrap();
    assert_eq!(again, format!("{id}-2"));
    assert_eq!(home.ids().unwrap(), vec![id, again]);
}

#[test]
fn a_title_without_latin_letters_and_no_day_still_gets_an_id() {
    let (_dir, home) = home();
    let id = home.create(&new("جمعية الربيع 🌱", None, None)).unwrap();
    assert_eq!(id, "assembly");
    assert_eq!(home.plan_of(&id).unwrap().assembly.title, "جمعية الربيع 🌱");
    assert_eq!(home.plan_of(&id).unwrap().assembly.starts, None);
}

#[test]
fn bad_input_is_refused_with_what_to_do() {
    let (_dir, home) = home();
    let blank = home.create(&new("   ", None, None)).unwrap_err();
    assert!(blank.contains("title"), "{blank}");
    let day = home
        .create(&new("Spring", Some("14/03/2027"), None))
        .unwrap_err();
    assert!(day.contains("YYYY-MM-DD"), "{day}");
    let missing = home
        .create(&new("Spring", None, Some("no-such-assembly")))
        .unwrap_err();
    assert!(missing.contains("no-such-assembly"), "{missing}");
    for id in ["../etc", "", ".hidden", "A-Capital", "a/b", &"x".repeat(65)] {
        assert!(check_id(id).is_err(), "{id:?} was taken for an id");
        assert!(home.plan_of(id).is_err());
    }
    assert!(home.ids().unwrap().is_empty());
}

#[test]
fn an_assembly_from_an_earlier_one_keeps_its_institutions_and_holders_by_id() {
    let (_dir, home) = home();
    let first = home
        .create(&new("March Assembly", Some("2026-03-14"), None))
        .unwrap();
    let earlier = home.plan_of(&first).unwrap();
    let second = home
        .create(&new(
            "Report-back Assembly",
            Some("2027-03-13"),
            Some(&first),
        ))
        .unwrap();
    let plan = home.plan_of(&second).unwrap();
    assert_eq!(plan.assembly.title, "Report-back Assembly");
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2027-03-13T18:30:00+00:00")
    );
    let ids = |p: &crate::domain::Plan| {
        (
            p.institutions
                .iter()
                .map(|i| (i.id.to_string(), i.name.clone()))
                .collect::<Vec<_>>(),
            p.power_holders
                .iter()
                .map(|h| (h.id.to_string(), h.name.clone()))
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(ids(&plan), ids(&earlier));
    assert!(plan.asks.is_empty(), "last year's asks are not this year's");
    // Whoever was asked is invited back, after the roll call.
    let kinds: Vec<(ItemKind, Option<&str>)> = (plan.items.iter())
        .map(|i| (i.kind, i.holder.as_deref()))
        .collect();
    let asked: Vec<&str> = (earlier.power_holders.iter())
        .filter(|h| earlier.asks.iter().any(|a| a.to.contains(&h.id)))
        .map(|h| h.id.as_str())
        .collect();
    assert!(!asked.is_empty());
    let back: Vec<&str> = (kinds.iter())
        .filter(|(kind, _)| *kind == ItemKind::ReportBack)
        .filter_map(|(_, holder)| *holder)
        .collect();
    assert_eq!(back, asked);
    let roll = kinds
        .iter()
        .position(|(k, _)| *k == ItemKind::RollCall)
        .unwrap();
    assert_eq!(kinds[roll + 1].0, ItemKind::ReportBack);
    assert!(plan.items[roll + 1].title.ends_with(" reports back"));

    // A plan written in Welsh first gets its report-backs in Welsh.
    let mut welsh = earlier.clone();
    welsh.assembly.languages = vec!["cy".into(), "en".into()];
    let store = Store::open(&home.path_of(&first)).unwrap();
    store.save_plan(&welsh).unwrap();
    drop(store);
    let third = home
        .create(&new("Cynulliad", Some("2027-09-13"), Some(&first)))
        .unwrap();
    let plan = home.plan_of(&third).unwrap();
    let titles: Vec<&str> = (plan.items.iter())
        .filter(|i| i.kind == ItemKind::ReportBack)
        .map(|i| i.title.as_str())
        .collect();
    assert!(
        !titles.is_empty() && titles.iter().all(|t| t.ends_with("yn adrodd yn ôl")),
        "{titles:?}"
    );
}

#[test]
fn folders_that_are_not_assemblies_are_not_listed() {
    let (_dir, home) = home();
    let id = home.create(&new("One", None, None)).unwrap();
    std::fs::create_dir_all(home.dir().join("notes")).unwrap();
    std::fs::create_dir_all(home.dir().join("Backup Copy")).unwrap();
    std::fs::write(
        home.dir().join("Backup Copy").join(crate::store::FILE),
        b"x",
    )
    .unwrap();
    std::fs::write(home.dir().join("readme.txt"), b"x").unwrap();
    home.key().unwrap();
    assert_eq!(home.ids().unwrap(), vec![id]);
}

#[test]
fn a_summary_is_read_again_only_when_its_record_changed() {
    let (_dir, home) = home();
    let id = home
        .create(&new("Summer", Some("2026-07-01"), None))
        .unwrap();
    let summaries = Summaries::default();
    let first = summaries.get(&home, &id).unwrap();
    assert_eq!(first.stage, Stage::Planned);
    assert_eq!(first.title, "Summer");
    assert_eq!(first.promised, 140);
    assert_eq!(first.commitments.asked, 1);
    assert!(Arc::ptr_eq(&first, &summaries.get(&home, &id).unwrap()));

    // A change to the record: the next read sees it.
    let mut store = Store::open(&home.path_of(&id)).unwrap();
    let plan = store.plan().unwrap().unwrap();
    let state = crate::domain::State::new(Arc::new(plan));
    let start = crate::domain::Command::Chair(crate::domain::command::ChairCommand::Start);
    let event = state.decide(&start, None, None).unwrap().unwrap();
    let envelope = crate::domain::Envelope {
        seq: 1,
        at: 1_000,
        id: None,
        event,
    };
    store.append(std::slice::from_ref(&envelope)).unwrap();
    drop(store);
    let second = summaries.get(&home, &id).unwrap();
    assert_eq!(second.stage, Stage::Unfinished);
    assert_eq!(second.seq, 1);
}

#[test]
fn newest_first_puts_undated_assemblies_first_then_by_day() {
    let summary = |id: &str, starts: Option<&str>| Summary {
        id: id.into(),
        title: id.into(),
        venue: String::new(),
        starts: starts.map(Into::into),
        day: None,
        stage: Stage::Planned,
        came: 0,
        promised: 0,
        commitments: Default::default(),
        seq: 0,
    };
    let mut list = [
        summary("a", Some("2026-03-14T18:30:00+00:00")),
        summary("b", None),
        summary("c", Some("2027-03-13T18:30:00+00:00")),
    ];
    list.sort_by(Summary::newest_first);
    let ids: Vec<_> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["b", "c", "a"]);
}

#[test]
fn a_stage_reads_the_same_in_json_and_on_the_page() {
    for stage in [Stage::Planned, Stage::Live, Stage::Unfinished, Stage::Ended] {
        assert_eq!(serde_json::to_value(stage).unwrap(), stage.code());
    }
}

#[test]
fn the_ledger_holds_each_commitment_with_its_answer_and_steps_and_filters_them() {
    use crate::domain::command::{Answer, ChairCommand, FollowUpStatus};
    use crate::domain::{Command, Envelope, State};
    let plan = crate::plan::parse(include_str!("../../assets/demo.toml")).unwrap();
    let mut state = State::new(Arc::new(plan));
    let ask = state.plan.asks[0].clone();
    let holder = ask.to[0].to_string();
    let mut seq = 0;
    let mut run = |state: &mut State, command: Command| {
        let event = state.decide(&command, None, None).unwrap().unwrap();
        seq += 1;
        state.apply(&Envelope {
            seq,
            at: 1_773_000_000_000,
            id: None,
            event,
        });
    };
    run(&mut state, Command::Chair(ChairCommand::Start));
    let respond = Command::Chair(
        serde_json::from_value(serde_json::json!({
            "cmd": "respond", "ask": ask.id.as_str(), "holder": holder, "answer": "yes"
        }))
        .unwrap(),
    );
    run(&mut state, respond);
    let step = Command::Chair(
        serde_json::from_value(serde_json::json!({
            "cmd": "follow_up", "ask": ask.id.as_str(), "holder": holder,
            "status": "achieved", "at": "2026-09-01", "note": "private words"
        }))
        .unwrap(),
    );
    run(&mut state, step);

    let all = super::ledger::commitments("spring", &state);
    let pairs: usize = state.plan.asks.iter().map(|a| a.to.len()).sum();
    assert_eq!(all.len(), pairs);
    let held = all
        .iter()
        .find(|c| c.ask == ask.id.as_str() && c.holder == holder)
        .unwrap();
    assert_eq!(held.assembly, "spring");
    assert_eq!(held.answer, Some(Answer::Yes));
    assert_eq!(held.status, Some(FollowUpStatus::Achieved));
    assert_eq!(held.since(), Some("2026-09-01"));
    // The ledger carries no note: the chair's words stay in the record.
    assert!(
        !serde_json::to_string(&all)
            .unwrap()
            .contains("private words")
    );

    let filter = |json: serde_json::Value| -> super::ledger::Filter {
        serde_json::from_value(json).unwrap()
    };
    let count = |f: &super::ledger::Filter| all.iter().filter(|c| f.keeps(c, 0)).count();
    assert_eq!(count(&filter(serde_json::json!({}))), pairs);
    assert_eq!(count(&filter(serde_json::json!({"status": "achieved"}))), 1);
    assert_eq!(
        count(&filter(serde_json::json!({"status": "none"}))),
        pairs - 1
    );
    assert_eq!(
        count(&filter(serde_json::json!({"answer": "none"}))),
        pairs - 1
    );
    assert_eq!(
        count(&filter(
            serde_json::json!({"holder": holder, "answer": "yes"})
        )),
        1
    );
    assert_eq!(count(&filter(serde_json::json!({"assembly": "autumn"}))), 0);
}
