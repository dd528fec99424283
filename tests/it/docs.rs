//! The README and `docs/` as a newcomer meets them: the README is short
//! and opens with the two commands CI runs, every link between the docs
//! leads to a file and a heading that exist, and every promise in
//! `docs/security.md` names tests that exist (a renamed test or a moved
//! file must take its row with it).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// README.md and every Markdown file under docs/.
fn documents() -> Vec<PathBuf> {
    let mut docs = vec![root().join("README.md")];
    let mut more: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    more.sort();
    docs.extend(more);
    docs
}

/// The lines outside fenced code blocks: what Markdown renders as text.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|line| {
            if line.starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect()
}

/// A heading's anchor as GitHub makes it: lower case, spaces to hyphens,
/// punctuation other than `-` and `_` dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c.to_lowercase().next().unwrap_or(c)),
            _ => None,
        })
        .collect()
}

fn anchors(text: &str) -> HashSet<String> {
    prose(text)
        .into_iter()
        .filter(|line| line.starts_with('#'))
        .map(|line| slug(line.trim_start_matches('#')))
        .collect()
}

/// The targets of `[text](target)` and `![alt](target)` on a line.
fn links(line: &str) -> Vec<&str> {
    line.match_indices("](")
        .filter_map(|(at, _)| {
            let rest = &line[at + 2..];
            rest.find(')').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_readme_is_short_and_opens_with_the_two_commands() {
    let readme = read(&root().join("README.md"));
    let lines = readme.lines().count();
    assert!(
        lines < 200,
        "README.md has {lines} lines: keep it to what a newcomer needs first and move depth to docs/"
    );
    let first_block: String = readme
        .split("```")
        .nth(1)
        .expect("README.md opens with a code block")
        .into();
    for command in ["cargo run --release -- serve", "bash scripts/test.sh"] {
        assert!(
            first_block.contains(command),
            "README.md's first code block lacks `{command}`"
        );
    }
    assert!(
        read(&root().join(".ci/run")).contains("bash scripts/test.sh"),
        ".ci/run must run the README's test command"
    );
}

#[test]
fn every_link_in_the_readme_and_docs_leads_somewhere() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for doc in documents() {
        let text = read(&doc);
        let dir = doc.parent().unwrap();
        for line in prose(&text) {
            for target in links(line) {
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
                let path = if file.is_empty() {
                    doc.clone()
                } else {
                    dir.join(file)
                };
                let name = doc.strip_prefix(root()).unwrap().display();
                if !path.exists() {
                    broken.push(format!("{name}: {target}: no such file"));
                } else if !anchor.is_empty() && !anchors(&read(&path)).contains(anchor) {
                    broken.push(format!("{name}: {target}: no heading with that anchor"));
                }
            }
        }
    }
    assert!(
        checked > 40,
        "only {checked} links found: is the parser broken?"
    );
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// Every `fn` name in src/ and tests/.
fn functions() -> HashSet<String> {
    let mut names = HashSet::new();
    for dir in ["src", "tests"] {
        for (_, text) in sources(&root().join(dir)) {
            for piece in text.split("fn ").skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.insert(name);
            }
        }
    }
    names
}

fn is_identifier(token: &str) -> bool {
    !token.is_empty()
        && token.split("::").all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

#[test]
fn every_security_promise_names_tests_that_exist() {
    let table = read(&root().join("docs/security.md"));
    let functions = functions();
    let mut rows = 0;
    let mut wrong = Vec::new();
    for line in prose(&table) {
        let Some(row) = line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) else {
            continue;
        };
        let cells: Vec<&str> = row.split(" | ").collect();
        if cells[0] == "promise" || cells[0].starts_with("---") {
            continue;
        }
        rows += 1;
        let promise: String = cells[0].chars().take(60).collect();
        if cells.len() != 2 {
            wrong.push(format!(
                "{promise}...: {} cells, not `| promise | test names |`",
                cells.len()
            ));
            continue;
        }
        let proof = cells[1];
        let mut named = 0;
        for token in proof.split('`').skip(1).step_by(2) {
            let path = token.strip_prefix("bash ").unwrap_or(token);
            if path.contains('/') && !path.contains(' ') {
                named += 1;
                if !root().join(path).exists() {
                    wrong.push(format!("{promise}...: no file {path}"));
                }
            } else if is_identifier(token) {
                named += 1;
                let name = token.rsplit("::").next().unwrap();
                if !functions.contains(name) {
                    wrong.push(format!("{promise}...: no test fn {token}"));
                }
            }
        }
        if named == 0 {
            wrong.push(format!("{promise}...: names no test file or test"));
        }
    }
    assert!(rows > 50, "only {rows} promises found in docs/security.md");
    assert!(
        wrong.is_empty(),
        "docs/security.md names tests that do not exist:\n{}",
        wrong.join("\n")
    );
}

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = read(&path);
                files.push((path, text));
            }
        }
    }
    files
}

#[test]
fn messages_point_at_docs_that_exist() {
    // An error message that sends people to "the README" for command
    // fields or routes sends them to a page that no longer lists them.
    let mut wrong = Vec::new();
    for (path, text) in sources(&root().join("src")) {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        for (at, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            if code.contains("README") {
                wrong.push(format!("{name}:{}: says README: {code}", at + 1));
            }
            for piece in code.split("docs/").skip(1) {
                let file: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
                    .collect();
                if file.ends_with(".md") && !root().join("docs").join(&file).exists() {
                    wrong.push(format!("{name}:{}: no docs/{file}", at + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
