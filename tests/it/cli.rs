//! The command line: `check`, `new`, `export`, and `serve` refusing to mix
//! two assemblies in one data dir.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{Server, binary};

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// `assembly export` of the record in `data` into `out`, run from the
/// folder `data` is in.
fn export(data: &Path, out: &Path) -> Output {
    let (folder, data) = (data.parent().unwrap(), data.to_str().unwrap());
    run(
        &["export", "--data", data, "--out", out.to_str().unwrap()],
        folder,
    )
}

/// `assembly serve` on the record in `data` with `flags` (which must make
/// it refuse to start), run from the folder `data` is in.
fn serve_refuses(data: &Path, flags: &[&str]) -> Output {
    let mut args = vec!["serve", "--data", data.to_str().unwrap()];
    args.extend_from_slice(flags);
    run(&args, data.parent().unwrap())
}

fn plans() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/plans")
}

#[test]
fn check_points_at_each_problem() {
    let expected = std::fs::read_to_string(plans().join("expected.txt")).unwrap();
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (file, position) = line.split_once(' ').unwrap();
        let output = run(&["check", file], &plans());
        let said = text(&output);
        assert_eq!(output.status.code(), Some(1), "{file}: {said}");
        assert!(
            said.contains(&format!("{file}:{position}: error:")),
            "{file} should be reported at {position}:\n{said}"
        );
        assert!(!said.contains("panicked"), "{said}");
        assert!(!said.contains("Error {"), "no debug dump: {said}");
        checked += 1;
    }
    assert!(checked >= 10, "every kind of broken plan is covered");
}

#[test]
fn check_warns_about_a_valid_plan_and_names_curly_quotes() {
    let output = run(&["check", "valid/warnings.toml"], &plans());
    let said = text(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "warnings are not errors: {said}"
    );
    assert!(said.contains("is a valid plan"), "{said}");
    assert!(!said.contains("error:"), "{said}");
    for (position, what) in [
        ("18:6", "the ask \"wage\" is not used by any item"),
        ("23:1", "the running order has no roll call"),
        (
            "26:11",
            "\"minutes\" in [[item]] #1 reads two ways: minutes = 1.30 is 1.3 minutes (1:18)",
        ),
    ] {
        assert!(
            said.contains(&format!("valid/warnings.toml:{position}: warning: {what}")),
            "a warning at {position} about {what:?}:\n{said}"
        );
    }
    assert!(
        said.contains("help: for 1 minute 30 seconds write duration = \"1:30\""),
        "{said}"
    );
    assert!(
        said.contains("3 warnings: the plan runs as it is"),
        "{said}"
    );

    // The bundled plans have nothing to warn about.
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.toml");
    let said = text(&run(&["check", demo.to_str().unwrap()], &plans()));
    assert!(!said.contains("warning"), "{said}");

    let output = run(&["check", "curly-quotes.toml"], &plans());
    let said = text(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains("curly-quotes.toml:14:9: error: curly quote \u{201C}"),
        "{said}"
    );
    assert!(
        said.contains("help: replace the curly quotes \u{201C} \u{201D} with straight quotes \""),
        "{said}"
    );
    assert!(!said.contains("invalid TOML"), "{said}");
}

#[test]
fn check_accepts_the_demo_and_a_new_starter() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo.toml");
    let output = run(&["check", demo.to_str().unwrap()], dir.path());
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("is a valid plan"));

    let output = run(&["new", "plan.toml"], dir.path());
    assert!(output.status.success(), "{}", text(&output));
    let output = run(&["check", "plan.toml"], dir.path());
    assert!(output.status.success(), "{}", text(&output));
    let output = run(&["new", "plan.toml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("already exists"));

    let output = run(&["check", "missing.toml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("cannot read"));
}

#[test]
fn serve_refuses_to_mix_two_assemblies_and_export_works_offline() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start(&data, None);
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"living-wage","holder":"council-leader","answer":"yes","note":"By April, \"in full\""}"#);
    drop(server);

    let starter = dir.path().join("other.toml");
    assert!(
        run(&["new", starter.to_str().unwrap()], dir.path())
            .status
            .success()
    );
    let output = run(
        &[
            "serve",
            starter.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
            "--bind",
            "127.0.0.1:0",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output);
    assert!(said.contains("different plan"), "{said}");
    assert!(said.contains("Nothing was changed"), "{said}");

    let short = serve_refuses(&data, &["--chair-key", "short"]);
    assert_eq!(short.status.code(), Some(1));
    assert!(text(&short).contains("at least 16"));

    let bad_url = serve_refuses(&data, &["--public-url", "192.168.1.5:8080"]);
    assert_eq!(bad_url.status.code(), Some(1));
    assert!(
        text(&bad_url).contains("starting with http://"),
        "{}",
        text(&bad_url)
    );

    let out = dir.path().join("record");
    let output = export(&data, &out);
    assert!(output.status.success(), "{}", text(&output));
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("record.json")).unwrap()).unwrap();
    assert_eq!(record["responses"][0]["note"], "By April, \"in full\"");
    let csv = std::fs::read_to_string(out.join("responses.csv")).unwrap();
    assert!(csv.contains("\"By April, \"\"in full\"\"\""), "{csv}");
    assert!(out.join("turnout.csv").is_file());

    let output = run(&["export", "--data", "nowhere"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output).contains("no assembly.db"),
        "{}",
        text(&output)
    );
}

#[test]
fn export_refuses_a_language_it_does_not_ship_and_names_those_it_does() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["export", "--lang", "xx", "--data", "nowhere"], dir.path());
    assert_eq!(output.status.code(), Some(2), "a usage error");
    let said = text(&output);
    assert!(
        said.contains("`xx` is not a language assembly ships"),
        "{said}"
    );
    for code in ["en", "cy", "ar", "ur", "pl", "so"] {
        assert!(
            said.contains(&format!(" {code},")) || said.contains(&format!(" {code}\n")),
            "{code}: {said}"
        );
    }
    assert!(!dir.path().join("record").exists(), "nothing is written");
}

#[test]
fn check_warns_beyond_the_largest_supported_plan_and_still_passes() {
    let dir = tempfile::tempdir().unwrap();
    let plan = |institutions: usize| {
        let mut plan = String::from("[assembly]\ntitle = \"Big\"\nvenue = \"Arena\"\n");
        for n in 0..institutions {
            plan.push_str(&format!(
                "\n[[institution]]\nid = \"i{n}\"\nname = \"Institution {n}\"\npromised = 10\n"
            ));
        }
        plan + "\n[[item]]\ntitle = \"Roll call\"\nkind = \"roll_call\"\nminutes = 3\n"
    };
    std::fs::write(dir.path().join("big.toml"), plan(501)).unwrap();
    let output = run(&["check", "big.toml"], dir.path());
    let said = text(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("is a valid plan"), "{said}");
    assert!(
        said.contains("big.toml: warning: 501 institutions is beyond the largest plan"),
        "{said}"
    );
    assert!(!said.contains("error"), "{said}");

    // At the limit: no warning.
    std::fs::write(dir.path().join("ok.toml"), plan(500)).unwrap();
    let output = run(&["check", "ok.toml"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(!text(&output).contains("warning"), "{}", text(&output));
}

/// A plan with `pledges` pledges and one of everything else.
fn counted_plan(pledges: usize) -> String {
    let mut plan = String::from(
        "[assembly]\ntitle = \"Counted\"\nvenue = \"Hall\"\n\n\
         [[institution]]\nid = \"church\"\nname = \"Holy Cross\"\npromised = 40\n\n\
         [[power_holder]]\nid = \"mayor\"\nname = \"Jane\"\nrole = \"Mayor\"\n\n\
         [[ask]]\nid = \"homes\"\ntitle = \"Homes\"\ntext = \"Will you?\"\nto = [\"mayor\"]\n\n\
         [[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 1\n\n",
    );
    for n in 0..pledges {
        plan.push_str(&format!(
            "[[pledge]]\nid = \"p{n}\"\ntext = \"Will you come back?\"\n\n"
        ));
    }
    plan
}

#[test]
fn every_summary_counts_one_pledge_and_two_pledges() {
    let dir = tempfile::tempdir().unwrap();
    for (pledges, said) in [(1, "1 pledge,"), (2, "2 pledges,")] {
        let path = dir.path().join(format!("plan{pledges}.toml"));
        std::fs::write(&path, counted_plan(pledges)).unwrap();
        let output = run(&["check", path.to_str().unwrap()], dir.path());
        let text = text(&output);
        assert_eq!(output.status.code(), Some(0), "{text}");
        assert!(text.contains(said), "{text}");
        assert!(
            text.contains("1 institution promising 40, 1 power-holder, 1 ask,"),
            "{text}"
        );
        assert!(text.contains(", 1 item,"), "{text}");
    }

    // `assembly import`: one power-holder and one ask, no pledges.
    for (name, body) in [
        ("assembly.csv", "Title,Counted\nVenue,Hall\n"),
        ("institutions.csv", "Institution,Promised\nHoly Cross,40\n"),
        ("power-holders.csv", "Name,Role\nJane,Mayor\n"),
        ("asks.csv", "Ask,Text,To\nHomes,Will you?,Jane\n"),
        (
            "running-order.csv",
            "Item,Kind,Minutes\nWelcome,Welcome,1\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let output = run(
        &[
            "import",
            "assembly.csv",
            "institutions.csv",
            "power-holders.csv",
            "asks.csv",
            "running-order.csv",
            "--out",
            "imported.toml",
        ],
        dir.path(),
    );
    let said = text(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(
        said.contains("1 institution, 1 power-holder, 1 ask, 0 pledges, 1 item."),
        "{said}"
    );

    // `assembly export`: what the record holds, counted.
    let data = dir.path().join("data");
    let server = Server::start(&data, Some(&dir.path().join("plan1.toml")));
    server.must(r#"{"cmd":"start"}"#);
    server.must(r#"{"cmd":"respond","ask":"homes","holder":"mayor","answer":"yes"}"#);
    drop(server);
    let out = dir.path().join("record");
    let output = export(&data, &out);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("1 institution, 1 answer, 1 pledge, 0 follow-up steps"),
        "{said}"
    );
}
