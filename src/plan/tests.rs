//! Tests of the plan parser: every rule, positions, and no panics.
use proptest::prelude::*;

use super::*;

/// A valid plan; tests append to it or replace one line of it.
/// Its single [[item]] header is on line 25; an appended one is on 30.
const BASE: &str = r#"[assembly]
title = "Test Assembly"
venue = "Church Hall"

[[institution]]
id = "st-marys"
name = "St Mary's"
promised = 40

[[power_holder]]
id = "leader"
name = "Cllr Jane Doe"
role = "Leader"

[[ask]]
id = "wage"
title = "Living Wage"
text = "Will you pay it?"
to = ["leader"]

[[pledge]]
id = "team"
text = "Will you join?"

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 3
"#;

/// BASE plus a second item whose keys start on line 31.
fn with_item(body: &str) -> String {
    format!("{BASE}\n[[item]]\n{body}\n")
}

/// BASE with one exact line replaced.
fn replacing(line: &str, with: &str) -> String {
    assert!(BASE.contains(line), "BASE has no line {line:?}");
    BASE.replacen(line, with, 1)
}

fn problems(source: &str) -> Vec<Diagnostic> {
    match parse(source) {
        Ok(plan) => panic!("expected problems, got a plan: {plan:?}"),
        Err(err) => err.diagnostics,
    }
}

/// The one problem in `source`, as `(line, column, message)`.
fn only(source: &str) -> Diagnostic {
    let all = problems(source);
    assert_eq!(all.len(), 1, "expected exactly one problem, got {all:#?}");
    all.into_iter().next().unwrap()
}

fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line, d.column)
}

fn help(d: &Diagnostic) -> &str {
    d.help.as_deref().unwrap_or("")
}

#[test]
fn demo_parses_into_a_realistic_assembly() {
    let plan = demo();
    assert_eq!(plan.institutions.len(), 12);
    assert_eq!(plan.total_promised(), 1500);
    assert_eq!(plan.power_holders.len(), 3);
    assert_eq!(plan.asks.len(), 3);
    assert_eq!(plan.pledges.len(), 1);
    assert_eq!(plan.items.len(), 14);
    let minutes = plan.planned_ms() / 60_000;
    assert!((85..=95).contains(&minutes), "demo runs {minutes} minutes");
    assert!(plan.institution("st-marys").unwrap().name.contains("'s, "));
    assert_eq!(plan.items[2].seconds, 270, "duration = \"4:30\"");
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2026-05-14T19:00:00+01:00")
    );
}

#[test]
fn starter_parses() {
    let plan = parse(STARTER_SOURCE).unwrap();
    assert_eq!(plan.institutions.len(), 2);
    assert_eq!(plan.power_holders.len(), 1);
    assert_eq!(plan.asks.len(), 1);
    assert_eq!(plan.items.len(), 4);
}

#[test]
fn base_parses_and_keeps_values() {
    let plan = parse(BASE).unwrap();
    assert_eq!(plan.assembly.title, "Test Assembly");
    assert_eq!(plan.assembly.starts, None);
    assert_eq!(plan.asks[0].to, ["leader"]);
    assert_eq!(plan.items[0].kind, ItemKind::Welcome);
    assert_eq!(plan.items[0].seconds, 180);
}

#[test]
fn unknown_key_suggests_the_closest() {
    let d = only(&with_item(
        "title = \"Roll call\"\nkind = \"roll_call\"\nminuts = 5",
    ));
    assert_eq!(at(&d), (33, 1));
    assert_eq!(d.message, "unknown key \"minuts\" in [[item]] #2");
    assert_eq!(
        help(&d),
        "did you mean \"minutes\"? allowed keys: id, title, kind, minutes, duration, lead, ask, pledge, holder, notes"
    );
}

#[test]
fn unknown_top_level_table() {
    let d = only(&format!("{BASE}\n[[items]]\ntitle = \"x\"\n"));
    assert_eq!(at(&d), (30, 3));
    assert_eq!(d.message, "unknown key \"items\" at the top level");
    assert!(help(&d).starts_with("did you mean \"item\"?"));
}

#[test]
fn misspelt_tables_are_not_also_reported_missing() {
    let source = BASE
        .replacen("[assembly]", "[asembly]", 1)
        .replacen("[[item]]", "[[iten]]", 1);
    let all = problems(&source);
    let messages: Vec<&str> = all.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "unknown key \"asembly\" at the top level",
            "unknown key \"iten\" at the top level"
        ]
    );
}

#[test]
fn single_bracket_table_where_a_list_is_expected() {
    let source = BASE.replacen("[[institution]]", "[institution]", 1);
    let d = only(&source);
    assert_eq!(at(&d), (5, 2));
    assert!(
        d.message
            .contains("must be a list of [[institution]] tables")
    );
}

#[test]
fn missing_field_points_at_the_table_header() {
    let d = only(&with_item("kind = \"close\"\nminutes = 2"));
    assert_eq!(at(&d), (30, 1));
    assert_eq!(d.message, "missing \"title\" in [[item]] #2");
}

#[test]
fn missing_assembly_is_reported_at_the_start() {
    let source = BASE.replacen("[assembly]", "# no assembly table", 1);
    let all = problems(&source);
    assert_eq!(at(&all[0]), (1, 1));
    assert_eq!(all[0].message, "missing [assembly] table");
}

#[test]
fn empty_title_and_venue() {
    let source = replacing("title = \"Test Assembly\"", "title = \"  \"").replacen(
        "venue = \"Church Hall\"",
        "venue = \"\"",
        1,
    );
    let all = problems(&source);
    assert_eq!(all.len(), 2);
    assert_eq!(at(&all[0]), (2, 9));
    assert_eq!(all[0].message, "\"title\" in [assembly] is empty");
    assert_eq!(at(&all[1]), (3, 9));
}

#[test]
fn wrong_type_says_what_was_expected() {
    let d = only(&replacing("promised = 40", "promised = \"forty\""));
    assert_eq!(at(&d), (8, 12));
    assert_eq!(
        d.message,
        "\"promised\" in [[institution]] #1 must be a whole number, not a string"
    );
    assert_eq!(help(&d), "remove the quotes");

    let d = only(&replacing("role = \"Leader\"", "role = 7"));
    assert_eq!(
        d.message,
        "\"role\" in [[power_holder]] #1 must be a string, not an integer"
    );
}

#[test]
fn promised_must_be_in_range() {
    for bad in ["-1", "100001", "99999999999999999999", "4.5"] {
        let d = only(&replacing("promised = 40", &format!("promised = {bad}")));
        assert_eq!(at(&d), (8, 12), "{bad}");
    }
    assert!(parse(&replacing("promised = 40", "promised = 100_000")).is_ok());
    assert!(parse(&replacing("promised = 40", "promised = 0")).is_ok());
}

#[test]
fn ids_must_be_slugs() {
    let d = only(&replacing("id = \"st-marys\"", "id = \"St Mary's\""));
    assert_eq!(at(&d), (6, 6));
    assert!(d.message.contains("is not a valid id"));
    assert!(help(&d).contains("\"st-mary-s\""), "{}", help(&d));

    let long = "a".repeat(ID_MAX + 1);
    let d = only(&replacing("id = \"st-marys\"", &format!("id = \"{long}\"")));
    assert!(d.message.contains("too long"));
    let ok = "a".repeat(ID_MAX);
    assert!(parse(&replacing("id = \"st-marys\"", &format!("id = \"{ok}\""))).is_ok());
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_first() {
    let source = format!(
        "{BASE}\n[[power_holder]]\nid = \"leader\"\nname = \"Someone Else\"\nrole = \"Mayor\"\n"
    );
    let d = only(&source);
    assert_eq!(at(&d), (31, 6));
    assert_eq!(
        d.message,
        "duplicate power_holder id \"leader\" in [[power_holder]] #2"
    );
    assert!(
        help(&d).contains("[[power_holder]] #1 on line 11"),
        "{}",
        help(&d)
    );
}

#[test]
fn unknown_ask_reference() {
    let d = only(&with_item(
        "title = \"Responses\"\nkind = \"response\"\nminutes = 5\nask = \"wages\"",
    ));
    assert_eq!(at(&d), (34, 7));
    assert_eq!(d.message, "unknown ask \"wages\" in [[item]] #2");
    assert_eq!(help(&d), "did you mean \"wage\"? known asks: wage");
}

#[test]
fn unknown_power_holder_in_to() {
    let d = only(&replacing(
        "to = [\"leader\"]",
        "to = [\"leader\", \"mayor\"]",
    ));
    assert_eq!(at(&d), (19, 17));
    assert_eq!(d.message, "unknown power_holder \"mayor\" in [[ask]] #1");
    assert_eq!(help(&d), "known power_holders: leader");
}

#[test]
fn to_must_be_a_non_empty_list() {
    let d = only(&replacing("to = [\"leader\"]", "to = []"));
    assert_eq!(at(&d), (19, 6));
    assert!(d.message.contains("is empty"));

    let d = only(&replacing("to = [\"leader\"]", "to = \"leader\""));
    assert!(d.message.contains("must be an array of power_holder ids"));
    assert_eq!(help(&d), "write to = [\"leader\"]");

    let d = only(&replacing(
        "to = [\"leader\"]",
        "to = [\"leader\", \"leader\"]",
    ));
    assert_eq!(at(&d), (19, 17));
}

#[test]
fn unknown_pledge_reference() {
    let d = only(&with_item(
        "title = \"Pledge\"\nkind = \"pledge\"\nminutes = 5\npledge = \"teams\"",
    ));
    assert_eq!(at(&d), (34, 10));
    assert_eq!(d.message, "unknown pledge \"teams\" in [[item]] #2");
    assert!(help(&d).contains("known pledges: team"));
}

#[test]
fn ask_and_pledge_items_need_their_link() {
    let d = only(&with_item(
        "title = \"The ask\"\nkind = \"ask\"\nminutes = 3",
    ));
    assert_eq!(at(&d), (30, 1));
    assert_eq!(
        d.message,
        "[[item]] #2 is an \"ask\" item but has no \"ask\""
    );
    assert!(help(&d).contains("known asks: wage"));

    let d = only(&with_item(
        "title = \"Answers\"\nkind = \"response\"\nminutes = 3",
    ));
    assert_eq!(
        d.message,
        "[[item]] #2 is a \"response\" item but has no \"ask\""
    );

    let d = only(&with_item(
        "title = \"Pledge\"\nkind = \"pledge\"\nminutes = 3",
    ));
    assert_eq!(
        d.message,
        "[[item]] #2 is a \"pledge\" item but has no \"pledge\""
    );
}

#[test]
fn ask_on_other_kinds_is_fine() {
    let plan = parse(&with_item(
        "title = \"Story\"\nkind = \"testimony\"\nminutes = 3\nask = \"wage\"",
    ))
    .unwrap();
    assert_eq!(plan.items[1].ask.as_deref(), Some("wage"));
}

#[test]
fn lengths_in_minutes_or_duration() {
    let seconds = |length: &str| {
        let plan = parse(&with_item(&format!(
            "title = \"T\"\nkind = \"speech\"\n{length}"
        )));
        plan.unwrap().items[1].seconds
    };
    assert_eq!(seconds("minutes = 2.5"), 150);
    assert_eq!(seconds("minutes = 90"), 5400);
    assert_eq!(seconds("duration = \"2:30\""), 150);
    assert_eq!(seconds("duration = \"90:00\""), 5400);
    assert_eq!(seconds("duration = \"1:05:00\""), 3900);
}

#[test]
fn bad_lengths_are_reported_at_the_value() {
    let cases = [
        ("minutes = 0", "is zero"),
        ("minutes = 0.0", "is zero"),
        ("minutes = -2", "is negative"),
        ("minutes = -0.5", "is negative"),
        ("minutes = nan", "is not a number"),
        ("minutes = inf", "longer than 24 hours"),
        ("minutes = 1441", "longer than 24 hours"),
        ("minutes = 0.001", "shorter than one second"),
        ("duration = \"0:00\"", "is zero"),
        ("duration = \"-1:00\"", "is negative"),
        ("duration = \"90\"", "is not a length"),
        ("duration = \"1:5\"", "is not a length"),
        ("duration = \"1:60\"", "is not a length"),
        ("duration = 90", "must be a string"),
        ("minutes = \"5\"", "must be a number"),
    ];
    for (length, expected) in cases {
        let source = with_item(&format!("title = \"T\"\nkind = \"speech\"\n{length}"));
        let d = only(&source);
        let column = length.find('=').unwrap() + 3;
        assert_eq!(at(&d), (33, column), "{length}");
        assert!(d.message.contains(expected), "{length}: {}", d.message);
    }
}

#[test]
fn exactly_one_of_minutes_or_duration() {
    let d = only(&with_item(
        "title = \"T\"\nkind = \"speech\"\nminutes = 3\nduration = \"3:00\"",
    ));
    assert_eq!(at(&d), (34, 12));
    assert!(d.message.contains("both \"minutes\" and \"duration\""));

    let d = only(&with_item("title = \"T\"\nkind = \"speech\""));
    assert_eq!(at(&d), (30, 1));
    assert_eq!(d.message, "[[item]] #2 has no length");
}

#[test]
fn unknown_kind_lists_the_kinds() {
    let d = only(&with_item("title = \"T\"\nkind = \"speach\"\nminutes = 3"));
    assert_eq!(at(&d), (32, 8));
    assert_eq!(d.message, "unknown kind \"speach\" in [[item]] #2");
    assert_eq!(
        help(&d),
        "did you mean \"speech\"? kinds: welcome, roll_call, testimony, ask, response, pledge, speech, close, report_back"
    );
}

#[test]
fn empty_running_order() {
    let source = &BASE[..BASE.find("[[item]]").unwrap()];
    let d = only(source);
    assert_eq!(at(&d), (1, 1));
    assert!(d.message.contains("running order is empty"));

    let d = only(&format!("item = []\n{source}"));
    assert_eq!(at(&d), (1, 8));
}

#[test]
fn starts_must_be_rfc3339() {
    let starts = |value: &str| {
        parse(&replacing(
            "venue = \"Church Hall\"",
            &format!("venue = \"Church Hall\"\nstarts = {value}"),
        ))
    };
    let plan = starts("2026-03-14T18:30:00Z").unwrap();
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2026-03-14T18:30:00Z")
    );
    let plan = starts("\"2026-03-14T18:30:00+01:00\"").unwrap();
    assert_eq!(
        plan.assembly.starts.as_deref(),
        Some("2026-03-14T18:30:00+01:00")
    );
    for bad in ["\"tomorrow\"", "2026-03-14T18:30:00", "2026-03-14", "1900"] {
        let d = starts(bad).unwrap_err().diagnostics.remove(0);
        assert_eq!(at(&d), (4, 10), "{bad}");
    }
}

#[test]
fn text_length_caps_count_characters() {
    let title = |n: usize| {
        replacing(
            "title = \"Welcome\"",
            &format!("title = \"{}\"", "é".repeat(n)),
        )
    };
    assert!(parse(&title(NAME_MAX)).is_ok());
    let d = only(&title(NAME_MAX + 1));
    assert_eq!(at(&d), (26, 9));
    assert!(d.message.contains("101 characters, the limit is 100"));
    assert!(d.help.as_deref().unwrap_or_default().contains("projector"));

    let assembly = |n: usize| {
        replacing(
            "title = \"Test Assembly\"",
            &format!("title = \"{}\"", "é".repeat(n)),
        )
    };
    assert!(parse(&assembly(TITLE_MAX)).is_ok());
    assert!(only(&assembly(TITLE_MAX + 1)).message.contains("too long"));

    let ask = |n: usize| {
        replacing(
            "text = \"Will you pay it?\"",
            &format!("text = \"{}\"", "a".repeat(n)),
        )
    };
    assert!(parse(&ask(SPOKEN_MAX)).is_ok());
    assert!(
        only(&ask(SPOKEN_MAX + 1))
            .message
            .contains("the limit is 500")
    );

    let notes = |n: usize| {
        with_item(&format!(
            "title = \"T\"\nkind = \"close\"\nminutes = 1\nnotes = \"{}\"",
            "x".repeat(n)
        ))
    };
    assert!(parse(&notes(TEXT_MAX)).is_ok());
    assert!(only(&notes(TEXT_MAX + 1)).message.contains("too long"));
}

#[test]
fn columns_count_characters_not_bytes() {
    let source = format!("{BASE}item2 = 1\n");
    // A top-level key after [[item]] belongs to the item table.
    assert_eq!(at(&only(&source)), (29, 1));

    let inline = BASE[..BASE.find("[[item]]").unwrap()].replacen(
        "[assembly]",
        "item = [{ title = \"Café ☕\", kind = \"speach\", minutes = 1 }]\n[assembly]",
        1,
    );
    let d = only(&inline);
    assert_eq!(at(&d), (1, 36), "counted in bytes it would be 39");
}

#[test]
fn all_problems_in_one_pass_in_file_order() {
    let source = replacing("promised = 40", "promised = -1")
        .replacen("role = \"Leader\"", "rol = \"Leader\"", 1)
        .replacen("kind = \"welcome\"", "kind = \"welcom\"", 1);
    let all = problems(&source);
    let lines: Vec<usize> = all.iter().map(|d| d.line).collect();
    // "rol" is taken as a typo of "role", so "role" is not also missing.
    assert_eq!(lines, [8, 13, 27], "{all:#?}");
}

#[test]
fn syntax_errors_are_one_clean_diagnostic() {
    let d = only("[assembly]\ntitle = \"Unclosed\nvenue = \"Hall\"\n");
    assert_eq!(at(&d), (2, 18));
    assert!(d.message.starts_with("invalid TOML: "), "{}", d.message);
    assert!(!d.message.contains('\n') && !d.message.contains("Error {"));

    let d = only("[assembly]\ntitle = \"A\"\ntitle = \"B\"\n");
    assert_eq!(at(&d), (3, 1));
    assert_eq!(d.message, "invalid TOML: duplicate key \"title\"");
}

#[test]
fn render_and_display() {
    let err = parse(&replacing("promised = 40", "promised = true")).unwrap_err();
    assert_eq!(
        err.render("plan.toml"),
        "plan.toml:8:12: error: \"promised\" in [[institution]] #1 must be a whole number, not true/false\n  \
         in words: institution 1: the number promised must be a whole number, not true/false\n"
    );
    let err = parse(&with_item("title = \"T\"\nkind = \"speach\"\nminutes = 3")).unwrap_err();
    let rendered = err.render("p.toml");
    assert!(rendered.starts_with("p.toml:32:8: error: unknown kind"));
    assert!(rendered.contains("\n  help: did you mean \"speech\"?"));
    assert!(err.to_string().starts_with("32:8: error: unknown kind"));
}

/// Each file in tests/plans is rejected, and its first problem is where
/// expected.txt says; the CLI test relies on the same positions.
#[test]
fn broken_plan_files_match_expected_positions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut listed = Vec::new();
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (file, position) = line.split_once(' ').expect("FILE LINE:COLUMN");
        let source = std::fs::read_to_string(dir.join(file)).unwrap();
        let err = parse(&source).expect_err(file);
        let first = &err.diagnostics[0];
        assert_eq!(
            format!("{}:{}", first.line, first.column),
            position,
            "{file}:\n{}",
            err.render(file)
        );
        listed.push(file.to_owned());
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".toml") {
            assert!(
                listed.contains(&name),
                "{name} is missing from expected.txt"
            );
        }
    }
    assert_eq!(listed.len(), 12);
}

#[test]
fn suggestions_need_to_be_close() {
    assert_eq!(suggest("titel", &["title", "kind"]), Some("title"));
    assert_eq!(suggest("x", &["id", "name"]), None);
    assert_eq!(suggest("zzzzzz", ITEM_KEYS), None);
    assert_eq!(edit_distance("kitten", "sitting"), 3);
}

/// Every problem must point inside the file (or just past its end).
fn assert_positions_in_range(source: &str) {
    if let Err(err) = parse(source) {
        assert!(!err.diagnostics.is_empty());
        let lines = source.split('\n').count();
        for d in &err.diagnostics {
            assert!(d.line >= 1 && d.line <= lines, "{d:?} in {lines} lines");
            let width = source.split('\n').nth(d.line - 1).unwrap().chars().count();
            assert!(d.column >= 1 && d.column <= width + 1, "{d:?}");
        }
    }
}

fn toml_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '"', '\'', '[', ']', '=', '\n', ':', '-', '0', '#', ',', '.', '{'
        ]),
        any::<char>(),
    ]
}

/// DEMO_SOURCE with a few character and whole-line edits.
fn mutated_demo() -> impl Strategy<Value = String> {
    let edit = (any::<prop::sample::Index>(), 0u8..5, toml_char());
    prop::collection::vec(edit, 1..6).prop_map(|edits| {
        let mut chars: Vec<char> = DEMO_SOURCE.chars().collect();
        for (at, op, c) in edits {
            let i = at.index(chars.len() + 1);
            let line_start = chars[..i]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |p| p + 1);
            let line_end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => {
                    chars.remove(i);
                }
                2 if i < chars.len() => chars[i] = c,
                3 => {
                    chars.drain(line_start..line_end);
                }
                _ => {
                    let line: Vec<char> = chars[line_start..line_end].to_vec();
                    chars.splice(line_end..line_end, line);
                }
            }
        }
        chars.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_any_string(source in "\\PC*") {
        assert_positions_in_range(&source);
    }

    #[test]
    fn never_panics_on_toml_like_text(source in "[a-z_\\[\\]=\"' \n0-9.:#{},-]{0,200}") {
        assert_positions_in_range(&source);
    }

    #[test]
    fn never_panics_on_a_mutated_demo(source in mutated_demo()) {
        assert_positions_in_range(&source);
    }
}

#[test]
fn an_ask_goes_to_as_many_holders_as_the_projector_shows() {
    let holders = |n: usize| {
        let mut source = BASE.to_owned();
        for i in 0..n {
            source.push_str(&format!(
                "\n[[power_holder]]\nid = \"h{i}\"\nname = \"Holder {i}\"\nrole = \"Role\"\n"
            ));
        }
        let to: Vec<String> = (0..n).map(|i| format!("\"h{i}\"")).collect();
        source.replacen("to = [\"leader\"]", &format!("to = [{}]", to.join(", ")), 1)
    };
    assert!(parse(&holders(TO_MAX)).is_ok());
    let d = only(&holders(TO_MAX + 1));
    assert!(d.message.contains("at most 6"), "{}", d.message);
    assert!(d.help.as_deref().unwrap_or_default().contains("split"));
}

/// BASE with `timezone = VALUE` in [assembly], on line 4.
fn zoned(value: &str) -> String {
    replacing(
        "venue = \"Church Hall\"",
        &format!("venue = \"Church Hall\"\ntimezone = {value}"),
    )
}

#[test]
fn timezone_is_an_iana_name_spelt_as_the_database_spells_it() {
    for (given, stored) in [
        ("Europe/London", "Europe/London"),
        ("america/new_york", "America/New_York"),
        (" Asia/Kolkata ", "Asia/Kolkata"),
        ("UTC", "UTC"),
    ] {
        let plan = parse(&zoned(&format!("{given:?}"))).unwrap();
        assert_eq!(plan.assembly.timezone.as_deref(), Some(stored), "{given}");
    }
}

#[test]
fn a_misspelt_timezone_is_refused_where_it_is_with_a_close_name() {
    let d = only(&zoned("\"Europe/Londn\""));
    assert_eq!(at(&d), (4, 12));
    assert!(d.message.contains("not a time zone"), "{}", d.message);
    assert!(d.message.contains("Europe/Londn"), "{}", d.message);
    let help = d.help.unwrap();
    assert!(help.contains("did you mean \"Europe/London\""), "{help}");
    assert!(help.contains("America/New_York"), "an example: {help}");

    // A city alone, as people say it.
    let help = only(&zoned("\"New York\"")).help.unwrap();
    assert!(help.contains("\"America/New_York\""), "{help}");
    let help = only(&zoned("\"london\"")).help.unwrap();
    assert!(help.contains("\"Europe/London\""), "{help}");

    // An abbreviation is not a zone: the help shows what to write.
    let d = only(&zoned("\"BST\""));
    assert!(d.help.unwrap().contains("Europe/London"));
    // Not a string at all.
    assert_eq!(at(&only(&zoned("1"))), (4, 12));
    // The offset-only name jiff keeps for "unknown" is no zone either.
    assert_eq!(at(&only(&zoned("\"Etc/Unknown\""))), (4, 12));
}

#[test]
fn without_a_timezone_the_servers_own_zone_is_used_and_always_named() {
    let plan = parse(BASE).unwrap();
    assert_eq!(plan.assembly.timezone, None);
    let server = jiff::tz::TimeZone::try_system()
        .ok()
        .and_then(|tz| tz.iana_name().map(str::to_owned))
        .unwrap_or_else(|| "UTC".to_owned());
    assert_eq!(Zone::of(&plan.assembly).name(), server);
    // The chair's page and record.json get the resolved name either way.
    let view = crate::view::plan_view(&plan, crate::view::Role::Chair);
    assert_eq!(view.assembly.timezone, server);
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["assembly"]["timezone"], server.as_str());

    let plan = parse(&zoned("\"America/New_York\"")).unwrap();
    let json = serde_json::to_value(crate::view::plan_view(&plan, crate::view::Role::Screen));
    assert_eq!(json.unwrap()["assembly"]["timezone"], "America/New_York");
}

#[test]
fn clock_times_follow_summer_time() {
    let london = Zone::named("Europe/London").unwrap();
    let ms = |rfc3339: &str| instant(rfc3339).unwrap();
    // 18:00 UTC on a date in British Summer Time, and on one in winter.
    let summer = ms("2026-07-02T18:00:00Z");
    let winter = ms("2026-01-15T18:00:00Z");
    assert_eq!(london.time(summer), "19:00");
    assert_eq!(london.label(summer), "Europe/London (BST)");
    assert_eq!(london.time(winter), "18:00");
    assert_eq!(london.label(winter), "Europe/London (GMT)");
    assert_eq!(london.date(summer), "Thursday 2 July 2026");
    assert_eq!(london.rfc3339(summer), "2026-07-02T19:00:00+01:00");
    assert_eq!(london.rfc3339(winter), "2026-01-15T18:00:00+00:00");
    // The night the clocks go forward: 00:59 GMT, then 02:00 BST.
    assert_eq!(london.time(ms("2026-03-29T00:59:00Z")), "00:59");
    assert_eq!(london.time(ms("2026-03-29T01:00:00Z")), "02:00");
    let new_york = Zone::named("America/New_York").unwrap();
    assert_eq!(new_york.time(summer), "14:00");
    assert_eq!(new_york.abbreviation(summer), "EDT");
    assert_eq!(new_york.abbreviation(winter), "EST");
    assert_eq!(Zone::utc().label(summer), "UTC");
}

#[test]
fn the_zone_database_is_built_in_for_machines_without_one() {
    let bundled = jiff::tz::TimeZoneDatabase::bundled();
    let london = bundled
        .get("Europe/London")
        .expect("bundled into the binary");
    let summer = jiff::Timestamp::from_second(1_782_842_400).unwrap(); // 2026-06-30T18:00Z
    assert_eq!(
        summer.to_zoned(london).strftime("%H:%M %Z").to_string(),
        "19:00 BST"
    );
}

#[test]
fn items_without_ids_get_ids_from_their_titles_unique_and_stable() {
    let source = format!(
        "{BASE}\n[[item]]\ntitle = \"Welcome\"\nkind = \"speech\"\nminutes = 1\n\
         \n[[item]]\ntitle = \"ترحيب\"\nkind = \"speech\"\nminutes = 1\n\
         \n[[item]]\nid = \"welcome-2\"\ntitle = \"Again\"\nkind = \"speech\"\nminutes = 1\n"
    );
    let plan = parse(&source).unwrap();
    let ids: Vec<&str> = plan.items.iter().map(|i| i.id.as_str()).collect();
    // The first "Welcome" is BASE's; the second would be welcome-2, which an
    // item already holds, so it takes the next free number.
    assert_eq!(ids[0], "welcome");
    assert_eq!(&ids[ids.len() - 3..], ["welcome-3", "item-3", "welcome-2"]);
    assert_eq!(parse(&source).unwrap(), plan, "the same plan, the same ids");
}

#[test]
fn duplicate_item_ids_are_refused_where_they_are() {
    let source = format!(
        "{BASE}\n[[item]]\nid = \"welcome\"\ntitle = \"One\"\nkind = \"speech\"\nminutes = 1\n\
         \n[[item]]\nid = \"welcome\"\ntitle = \"Two\"\nkind = \"speech\"\nminutes = 1\n"
    );
    let err = parse(&source).unwrap_err();
    assert!(
        err.diagnostics
            .iter()
            .any(|d| d.message.starts_with("duplicate item id \"welcome\"")),
        "{err}"
    );
}

#[test]
fn a_report_back_item_names_the_power_holder_back_on_stage() {
    let base = "[assembly]\ntitle = \"T\"\nvenue = \"V\"\n\
                [[power_holder]]\nid = \"leader\"\nname = \"Cllr Jane Doe\"\nrole = \"Leader\"\n";
    let good = format!(
        "{base}[[item]]\ntitle = \"The leader reports back\"\nkind = \"report_back\"\nminutes = 10\nholder = \"leader\"\n"
    );
    let plan = parse(&good).unwrap();
    assert_eq!(plan.items[0].kind, ItemKind::ReportBack);
    assert_eq!(plan.items[0].holder.as_deref(), Some("leader"));
    // Written and read back, as /setup and `assembly import` write it.
    let again = parse(&crate::plan::to_toml(&plan)).unwrap();
    assert_eq!(again, plan);

    let without = format!("{base}[[item]]\ntitle = \"R\"\nkind = \"report_back\"\nminutes = 10\n");
    let said = parse(&without).unwrap_err().render("plan.toml");
    assert!(
        said.contains("\"report_back\" item but has no \"holder\""),
        "{said}"
    );
    assert!(said.contains("leader"), "{said}");
    let unknown = format!(
        "{base}[[item]]\ntitle = \"R\"\nkind = \"report_back\"\nminutes = 10\nholder = \"mayor\"\n"
    );
    let said = parse(&unknown).unwrap_err().render("plan.toml");
    assert!(said.contains("mayor"), "{said}");
}
