//! Tests of the plan warnings and of curly quotes pasted into a plan.

use super::super::{Diagnostic, parse};
use super::*;

/// A valid plan with nothing to warn about: a roll call, every ask and
/// pledge used. Tests replace one exact line of it.
const CLEAN: &str = r#"[assembly]
title = "Test Assembly"
venue = "St John’s Hall"

[[institution]]
id = "st-marys"
name = "St Mary’s"
promised = 40

[[power_holder]]
id = "leader"
name = "Cllr Jane Doe"
role = "Leader"

[[ask]]
id = "wage"
title = "Living Wage"
text = "Will you say “yes” tonight?"
to = ["leader"]

[[pledge]]
id = "team"
text = "Will you join?"

[[item]]
title = "Welcome"
kind = "welcome"
minutes = 1.5

[[item]]
title = "Roll call"
kind = "roll_call"
minutes = 5

[[item]]
title = "Response"
kind = "response"
ask = "wage"
duration = "4:30"

[[item]]
title = "Pledge"
kind = "pledge"
pledge = "team"
minutes = 2
"#;

fn replacing(line: &str, with: &str) -> String {
    assert!(CLEAN.contains(line), "CLEAN has no line {line:?}");
    CLEAN.replacen(line, with, 1)
}

/// The one warning about `source`, which must be a valid plan.
fn only_warning(source: &str) -> Diagnostic {
    parse(source).unwrap_or_else(|e| panic!("a valid plan: {e}"));
    let all = warnings(source).diagnostics;
    assert_eq!(all.len(), 1, "expected exactly one warning, got {all:#?}");
    all.into_iter().next().unwrap()
}

/// The one error about `source`.
fn only_error(source: &str) -> Diagnostic {
    let all = parse(source).expect_err("an invalid plan").diagnostics;
    assert_eq!(all.len(), 1, "expected exactly one error, got {all:#?}");
    all.into_iter().next().unwrap()
}

#[test]
fn bundled_and_stress_plans_have_no_warnings() {
    for (name, source) in [
        ("demo", super::super::DEMO_SOURCE),
        ("starter", super::super::STARTER_SOURCE),
        ("stress", include_str!("../../tests/fixtures/stress.toml")),
        ("clean", CLEAN),
    ] {
        parse(source).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            warnings(source).is_empty(),
            "{name}: {:#?}",
            warnings(source)
        );
    }
}

#[test]
fn a_running_order_without_a_roll_call_is_warned_about_at_its_first_item() {
    let plan = replacing("kind = \"roll_call\"", "kind = \"speech\"");
    let w = only_warning(&plan);
    assert_eq!((w.line, w.column), (25, 1), "{w:?}");
    assert!(w.message.contains("no roll call"), "{w:?}");
    assert!(w.help.unwrap().contains("kind = \"roll_call\""));

    // No institutions: nobody to call, nothing to warn about.
    let none = plan.replacen(
        "[[institution]]\nid = \"st-marys\"\nname = \"St Mary’s\"\npromised = 40\n",
        "",
        1,
    );
    parse(&none).unwrap();
    assert!(warnings(&none).is_empty(), "{:#?}", warnings(&none));
}

#[test]
fn an_ask_or_pledge_no_item_uses_is_warned_about_at_its_id() {
    let w = only_warning(&replacing(
        "kind = \"response\"\nask = \"wage\"",
        "kind = \"speech\"",
    ));
    assert_eq!((w.line, w.column), (16, 6), "{w:?}");
    assert!(w.message.contains("ask \"wage\" is not used"), "{w:?}");
    assert!(w.help.unwrap().contains("ask = \"wage\""));

    let plan =
        replacing("pledge = \"team\"", "").replacen("kind = \"pledge\"", "kind = \"close\"", 1);
    let w = only_warning(&plan);
    assert_eq!((w.line, w.column), (22, 6), "{w:?}");
    assert!(w.message.contains("pledge \"team\" is not used"), "{w:?}");
}

#[test]
fn minutes_with_two_decimals_read_two_ways() {
    for (minutes, toml_reading, meant) in [
        ("1.30", "(1:18)", "duration = \"1:30\""),
        ("0.45", "(0:27)", "duration = \"0:45\""),
        ("2.50", "(2:30)", "duration = \"2:50\""),
    ] {
        let w = only_warning(&replacing("minutes = 1.5", &format!("minutes = {minutes}")));
        assert_eq!((w.line, w.column), (28, 11), "{minutes}: {w:?}");
        assert!(w.message.contains("reads two ways"), "{w:?}");
        assert!(w.message.contains(toml_reading), "{minutes}: {w:?}");
        assert!(w.help.unwrap().contains(meant), "{minutes}");
    }
    // One digit or three are fractions; ".00" and ".75" (no 75th second)
    // mean the same either way or only one thing.
    for minutes in ["2.5", "0.333", "2.00", "2.75", "3", "1_0.5"] {
        let plan = replacing("minutes = 1.5", &format!("minutes = {minutes}"));
        parse(&plan).unwrap_or_else(|e| panic!("{minutes}: {e}"));
        assert!(
            warnings(&plan).is_empty(),
            "{minutes}: {:#?}",
            warnings(&plan)
        );
    }
}

#[test]
fn a_bare_number_as_duration_says_how_to_write_minutes_or_seconds() {
    for value in ["\"90\"", "90"] {
        let e = only_error(&replacing("minutes = 1.5", &format!("duration = {value}")));
        assert_eq!((e.line, e.column), (28, 12), "{e:?}");
        let help = e.help.unwrap();
        assert!(help.contains("minutes = 90"), "{help}");
        assert!(help.contains("\"1:30:00\""), "{help}");
        assert!(
            help.contains("for 90 seconds write duration = \"1:30\""),
            "{help}"
        );
    }
    let e = only_error(&replacing("minutes = 1.5", "minutes = \"4:30\""));
    assert!(e.help.unwrap().contains("duration = \"4:30\""));
}

const CURLY_HELP: &str = "replace the curly quotes \u{201C} \u{201D} with straight quotes \"";

#[test]
fn curly_quotes_as_delimiters_are_named_where_they_are() {
    for (line, with, at) in [
        (
            "title = \"Welcome\"",
            "title = \u{201C}Welcome\u{201D}",
            (26, 9),
        ),
        ("title = \"Welcome\"", "title = \"Welcome\u{201D}", (26, 17)),
        (
            "title = \"Welcome\"",
            "title = \u{2018}Welcome\u{2019}",
            (26, 9),
        ),
        ("kind = \"welcome\"", "kind = \u{201C}welcome\"", (27, 8)),
        (
            "to = [\"leader\"]",
            "to = [\u{201C}leader\u{201D}]",
            (19, 7),
        ),
    ] {
        let e = only_error(&replacing(line, with));
        assert_eq!((e.line, e.column), at, "{with}: {e:?}");
        assert!(e.message.contains("curly quote"), "{with}: {e:?}");
        assert!(e.help.unwrap().contains(CURLY_HELP), "{with}");
    }
    // Two lines, two errors, in file order.
    let plan = replacing("title = \"Welcome\"", "title = \u{201C}Welcome\u{201D}").replacen(
        "title = \"Pledge\"",
        "title = \u{201C}Pledge\u{201D}",
        1,
    );
    let all = parse(&plan).unwrap_err().diagnostics;
    let lines: Vec<usize> = all.iter().map(|d| d.line).collect();
    assert_eq!(lines, [26, 42], "{all:#?}");
}

#[test]
fn curly_quotes_inside_strings_and_comments_are_text() {
    for (line, with) in [
        (
            "title = \"Welcome\"",
            "title = \"Welcome to St John\u{2019}s\" # \u{201C}hi\u{201D}",
        ),
        (
            "title = \"Welcome\"",
            "title = 'She said \u{201C}welcome\u{201D}'",
        ),
        (
            "title = \"Welcome\"",
            "title = \"\"\"A \u{201C}long\n\u{201D} welcome\"\"\"",
        ),
        (
            "title = \"Welcome\"",
            "title = \"Say \\\"\u{201C}hi\u{201D}\\\"\"",
        ),
    ] {
        let plan = replacing(line, with);
        parse(&plan).unwrap_or_else(|e| panic!("{with}: {e}"));
        assert!(warnings(&plan).is_empty(), "{with}");
        assert!(curly_delimiters(&plan).is_empty(), "{with}");
    }
}

#[test]
fn warnings_render_like_errors_but_say_warning() {
    let plan = replacing("kind = \"response\"\nask = \"wage\"", "kind = \"speech\"");
    let text = warnings(&plan).render("plan.toml");
    assert!(
        text.starts_with("plan.toml:16:6: warning: the ask \"wage\""),
        "{text}"
    );
    assert!(text.contains("\n  help: add ask = \"wage\""), "{text}");
}
