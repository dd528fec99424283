//! Warnings about a plan that is valid but probably not what the organiser
//! meant: no roll call, an ask or pledge no item puts to the hall, a length
//! that reads two ways. The plan still runs (`assembly check` exits 0); each
//! warning has a position and says how to write it plainly.
//!
//! Also here: curly quotes pasted from a word processor, found when the
//! TOML does not parse, so the error can say what to fix.

use super::*;

/// Warnings about one plan file, in the order they appear in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Warnings {
    pub diagnostics: Vec<Diagnostic>,
}

impl Warnings {
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// Compiler-style, as errors are: `FILE:LINE:COLUMN: warning: MESSAGE`,
    /// then `  help: HELP`, one block per warning.
    pub fn render(&self, file: &str) -> String {
        self.diagnostics
            .iter()
            .map(|d| {
                let mut out = format!("{file}:{}:{}: warning: {}\n", d.line, d.column, d.message);
                if let Some(help) = &d.help {
                    out.push_str(&format!("  help: {help}\n"));
                }
                out
            })
            .collect()
    }
}

/// The warnings about the plan file at `path`, one line each, for a log;
/// none when it cannot be read (reading the plan reports that).
pub fn warnings_in_file(path: &std::path::Path) -> Vec<String> {
    let Ok(source) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let file = path.display().to_string();
    warnings(&source)
        .diagnostics
        .iter()
        .map(|d| {
            let help = d
                .help
                .as_deref()
                .map(|h| format!("; help: {h}"))
                .unwrap_or_default();
            format!("{file}:{}:{}: {}{help}", d.line, d.column, d.message)
        })
        .collect()
}

/// Warnings about `source`; none when it does not parse (its errors come
/// from [`parse`] instead).
pub fn warnings(source: &str) -> Warnings {
    let mut cx = Checker::new(source);
    let Ok(root) = DeTable::parse(source) else {
        return Warnings::default();
    };
    let root = root.get_ref();
    let items = tables(root, "item");
    let used = |key: &str, id: &str| {
        items.iter().any(|(_, t)| {
            t.get(key)
                .and_then(|v| v.get_ref().as_str())
                .is_some_and(|v| v.trim() == id)
        })
    };

    let roll_call = items.iter().any(|(_, t)| {
        t.get("kind")
            .and_then(|v| v.get_ref().as_str())
            .is_some_and(|k| k.trim() == "roll_call")
    });
    if !roll_call && !tables(root, "institution").is_empty() {
        let span = items.first().map_or(0..0, |(span, _)| span.clone());
        cx.report(
            span,
            "the running order has no roll call: no institution is asked to stand and \
             announce its turnout",
            Some(
                "add an [[item]] with kind = \"roll_call\", usually second, after the welcome"
                    .into(),
            ),
        );
    }

    for (what, key, kinds) in [
        ("ask", "ask", "kind = \"ask\" or \"response\""),
        ("pledge", "pledge", "kind = \"pledge\""),
    ] {
        for (_, table) in tables(root, what) {
            let Some(id) = table.get("id") else { continue };
            let Some(name) = id.get_ref().as_str().map(str::trim) else {
                continue;
            };
            if !used(key, name) {
                cx.report(
                    id.span(),
                    format!(
                        "the {what} {name:?} is not used by any item of the running order, \
                         so the hall never sees it"
                    ),
                    Some(format!(
                        "add {key} = {name:?} to an [[item]] with {kinds}, or remove this [[{what}]]"
                    )),
                );
            }
        }
    }

    for (n, (_, table)) in items.iter().enumerate() {
        if let Some(minutes) = table.get("minutes") {
            ambiguous_minutes(&mut cx, n + 1, minutes);
        }
    }
    super::translate::language_warnings(&mut cx, root);
    cx.diagnostics.sort_by_key(|d| (d.line, d.column));
    Warnings {
        diagnostics: cx.diagnostics,
    }
}

/// `minutes = 1.30`: 1.3 minutes (1:18) as TOML reads it, but very likely
/// meant as 1 minute 30 seconds. A decimal with exactly two digits after
/// the point, both readable as seconds, reads both ways; "1.5" (one digit)
/// or "0.333" (three) read only as fractions, and ".00" agrees either way.
fn ambiguous_minutes(cx: &mut Checker<'_>, n: usize, value: &Spanned<DeValue<'_>>) {
    let DeValue::Float(float) = value.get_ref() else {
        return;
    };
    let raw = float.as_str().replace('_', "");
    let Some((whole, fraction)) = raw.split_once('.') else {
        return;
    };
    let Ok(seconds) = fraction.parse::<u32>() else {
        return;
    };
    if fraction.len() != 2 || seconds == 0 || seconds >= 60 || whole.starts_with('-') {
        return;
    }
    let Ok(minutes) = raw.parse::<f64>() else {
        return;
    };
    let as_toml = (minutes * 60.0).round() as u64;
    let clock = |s: u64| format!("{}:{:02}", s / 60, s % 60);
    let fraction_of_minute = format!("{}", minutes)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_owned();
    let whole_minutes = match whole.trim_start_matches('0') {
        "" => "0 minutes".to_owned(),
        "1" => "1 minute".to_owned(),
        m => format!("{m} minutes"),
    };
    let meant = format!(
        "{whole_minutes} {seconds} second{}",
        if seconds == 1 { "" } else { "s" }
    );
    let minutes_part = whole.trim_start_matches('0');
    let minutes_part = if minutes_part.is_empty() {
        "0"
    } else {
        minutes_part
    };
    cx.report(
        value.span(),
        format!(
            "\"minutes\" in [[item]] #{n} reads two ways: minutes = {raw} is {fraction_of_minute} \
             minutes ({}), not {meant}",
            clock(as_toml)
        ),
        Some(format!(
            "for {meant} write duration = \"{minutes_part}:{fraction}\"; \
             for {} write duration = \"{}\"",
            clock(as_toml),
            clock(as_toml)
        )),
    );
}

/// The tables of the top-level array `key` with their spans; empty when
/// it is absent or not an array of tables.
fn tables<'t, 'i>(root: &'t DeTable<'i>, key: &str) -> Vec<(Range<usize>, &'t DeTable<'i>)> {
    let Some(DeValue::Array(array)) = root.get(key).map(Spanned::get_ref) else {
        return Vec::new();
    };
    array
        .iter()
        .filter_map(|e| match e.get_ref() {
            DeValue::Table(t) => Some((e.span(), t)),
            _ => None,
        })
        .collect()
}

/// The curly quotes a word processor substitutes for `"` and `'`.
const CURLY: [char; 4] = ['\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}'];

/// Byte offsets of curly quotes used where TOML needs a straight quote:
/// outside every straight-quoted string and comment (`title = “Welcome”`),
/// or closing a straight-quoted string that then runs to the end of its
/// line (`title = "Welcome”`). One per line: fixing the first shows the
/// rest. Curly quotes inside a string ("St John’s") are text, not found.
pub(super) fn curly_delimiters(source: &str) -> Vec<usize> {
    let mut found = Vec::new();
    // The closing delimiter of the multi-line string we are in, if any.
    let mut multiline: Option<&str> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let mut chars = line.char_indices().peekable();
        // Inside a single-line string: its quote and where it opened.
        let mut single: Option<char> = None;
        let mut last_curly_in_string = None;
        let mut hit = None;
        while let Some((i, c)) = chars.next() {
            if let Some(close) = multiline {
                if c == '\\' && close == "\"\"\"" {
                    chars.next();
                } else if line[i..].starts_with(close) {
                    multiline = None;
                    chars.next();
                    chars.next();
                }
                continue;
            }
            if let Some(quote) = single {
                if c == '\\' && quote == '"' {
                    chars.next();
                } else if c == quote {
                    single = None;
                    last_curly_in_string = None;
                } else if c == '\u{201C}' || c == '\u{201D}' {
                    last_curly_in_string = Some(i);
                }
                continue;
            }
            match c {
                '#' => break,
                '"' | '\'' => {
                    let triple: String = std::iter::repeat_n(c, 3).collect();
                    if line[i..].starts_with(&triple) {
                        multiline = Some(if c == '"' { "\"\"\"" } else { "'''" });
                        chars.next();
                        chars.next();
                    } else {
                        single = Some(c);
                    }
                }
                c if CURLY.contains(&c) => {
                    hit = Some(i);
                    break;
                }
                _ => {}
            }
        }
        // A straight-quoted string left open at the end of its line, with
        // a curly quote where it should have closed.
        let hit = hit.or(if single == Some('"') {
            last_curly_in_string
        } else {
            None
        });
        if let Some(i) = hit {
            found.push(start + i);
        }
    }
    found
}

/// Report each curly-quote delimiter as an error; false when there is none
/// (the TOML error is then reported as it is).
pub(super) fn report_curly_quotes(cx: &mut Checker<'_>) -> bool {
    let found = curly_delimiters(cx.source);
    for &at in &found {
        let quote = cx.source[at..].chars().next().unwrap_or('\u{201C}');
        cx.report(
            at..at,
            format!("curly quote {quote} where TOML needs a straight quote, as pasted from a word processor"),
            Some(
                "replace the curly quotes \u{201C} \u{201D} with straight quotes \" \
                 (and \u{2018} \u{2019} with '); curly quotes inside a quoted text are fine"
                    .into(),
            ),
        );
    }
    !found.is_empty()
}

#[cfg(test)]
#[path = "lint_tests.rs"]
mod tests;
