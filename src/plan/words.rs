//! The checker's problems in the words of someone filling in `/setup` or a
//! spreadsheet, who never saw the plan file: no `[[item]] #3`, no
//! `ask = "<id>"`, no "RFC 3339". The checker itself speaks of the TOML
//! it read (for `assembly check`, which points at line and column); the
//! form and the import say the same thing about a field or a cell.

/// `message` and `help` without the plan file's syntax.
pub fn plain(message: &str, help: Option<&str>) -> (String, Option<String>) {
    let mut help = help.map(str::to_owned);
    let message = if let Some((kind, key)) = needs_reference(message) {
        let a = |w: &str| if starts_with_vowel(w) { "an" } else { "a" };
        help = help.map(|h| {
            let list = h.split_once("; ").map_or(h.as_str(), |(_, list)| list);
            format!("choose one; {}", tables(list))
        });
        format!(
            "{} {kind} item needs {} {key}: say which {key} it is about",
            capital(a(&kind)),
            a(&key)
        )
    } else if let Some(text) = message
        .split_once(" is not an RFC 3339 date and time: ")
        .map(|(_, t)| t)
    {
        help = Some(
            "type a date and time such as 14/03/2026 18:30 or 2026-03-14 18:30, in the \
             assembly's time zone"
                .into(),
        );
        format!("{text} is not a date and time")
    } else if let Some(rest) = message.strip_prefix("unknown ") {
        // `unknown ask "Safe sreets" in [[item]] #3`
        match rest.split_once(' ') {
            Some((what, name)) => {
                let name = without_context(name);
                format!("no {} is called {name}", what.replace('_', "-"))
            }
            None => tables(&without_context(message)),
        }
    } else {
        let text = without_context(message);
        match keyed(&text) {
            Some((key, rest)) => format!("the {} {rest}", field_words(key)),
            None => tables(&text),
        }
    };
    let help = help.map(|h| tables(&known_as_the(&h)));
    (message, help)
}

/// What `assembly check` adds under a problem the checker said in the
/// plan file's own terms: the entry and the problem in words
/// (`item 4: An ask item needs an ask: say which ask it is about`);
/// `None` when the message is plain already.
pub fn for_the_file(message: &str) -> Option<String> {
    let toml = ["[[", "[assembly]", "RFC 3339", " = \""];
    if !toml.iter().any(|t| message.contains(t)) {
        return None;
    }
    let entry = entry_of(message);
    let (words, _) = plain(message, None);
    Some(match entry {
        Some(entry) => format!("{entry}: {words}"),
        None => words,
    })
}

/// `item 4` for a message about `[[item]] #4`, `the assembly` for one
/// about `[assembly]`.
fn entry_of(message: &str) -> Option<String> {
    if message.contains("[assembly]") {
        return Some("the assembly".into());
    }
    let at = message.find("[[")?;
    let rest = &message[at + 2..];
    let (table, rest) = rest.split_once("]] #")?;
    let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!n.is_empty()).then(|| format!("{} {n}", table.replace('_', "-")))
}

/// `known asks: a, b` as `the asks are: a, b`, wherever a list starts
/// (never inside `unknown`).
fn known_as_the(help: &str) -> String {
    let mut out = String::with_capacity(help.len());
    let mut rest = help;
    while let Some(at) = rest.find("known ") {
        let starts_word = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &rest[at + "known ".len()..];
        match after.split_once(": ") {
            Some((what, list)) if starts_word && !what.contains(' ') => {
                out.push_str(&rest[..at]);
                out.push_str(&format!("the {what} are: "));
                rest = list;
            }
            _ => {
                out.push_str(&rest[..at + "known ".len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `[[item]] #3 is an "ask" item but has no "ask"`: the kind and the key.
fn needs_reference(message: &str) -> Option<(String, String)> {
    let (head, key) = message.split_once(" item but has no \"")?;
    let kind = head.rsplit_once(" \"")?.1.trim_end_matches('"');
    let key = key.trim_end_matches('"');
    Some((kind.replace('_', " "), key.to_owned()))
}

/// `"text" is empty` as the key and the rest.
fn keyed(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('"')?;
    let (key, rest) = rest.split_once("\" ")?;
    key.chars()
        .all(|c| c.is_ascii_lowercase() || c == '_')
        .then_some((key, rest))
}

/// What a key of the plan file is called on the form and in a sheet.
fn field_words(key: &str) -> &str {
    match key {
        "text" => "text",
        "to" => "list of power-holders it is put to",
        "starts" => "date and time it starts",
        "timezone" => "time zone",
        "promised" => "number promised",
        "minutes" | "duration" => "length",
        "id" => "short name (id)",
        "screen_languages" => "screen languages",
        other => other,
    }
}

/// `[[item]] #3` as `item 3`, `[[ask]]` as `ask`, `kind = "x"` as
/// `kind "x"`, `[assembly]` as `the assembly`.
fn tables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(close) = after.find("]]") else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        out.push_str(&after[..close].replace('_', "-"));
        rest = &after[close + 2..];
        if let Some(n) = rest.strip_prefix(" #") {
            out.push(' ');
            rest = n;
        }
    }
    out.push_str(rest);
    out.replace("[assembly]", "the assembly")
        .replace(" = \"<id>\"", "")
        .replace(" = \"", " \"")
        .replace("power_holder", "power-holder")
        .replace("RFC 3339", "date and time")
}

/// The message without ` in [[item]] #3` or ` in [assembly]`: the form's
/// row and label (or the sheet's row and heading) already say where.
/// The import's problems use it too.
pub fn without_context(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" in [") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 5..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[at..]);
            return out;
        };
        let mut tail = after[close..].trim_start_matches(']');
        if let Some(number) = tail.strip_prefix(" #") {
            tail = number.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn starts_with_vowel(word: &str) -> bool {
    word.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn assembly_check_says_it_in_words_too() {
        assert_eq!(
            super::for_the_file("[[item]] #4 is an \"ask\" item but has no \"ask\"").as_deref(),
            Some("item 4: An ask item needs an ask: say which ask it is about")
        );
        assert_eq!(
            super::for_the_file(
                "\"promised\" in [[institution]] #1 must be a whole number, not true/false"
            )
            .as_deref(),
            Some("institution 1: the number promised must be a whole number, not true/false")
        );
        assert_eq!(super::for_the_file("invalid TOML: expected a value"), None);
    }

    #[test]
    fn a_list_of_known_ids_is_said_plainly_and_unknown_is_left_alone() {
        let (_, h) = plain("x", Some("\"a\" (unknown) is kept; known pledges: team"));
        assert_eq!(
            h.as_deref(),
            Some("\"a\" (unknown) is kept; the pledges are: team")
        );
    }

    #[test]
    fn the_plan_files_words_are_taken_out() {
        let (m, h) = plain(
            "[[item]] #3 is an \"ask\" item but has no \"ask\"",
            Some("add ask = \"<id>\"; known asks: homes, wages"),
        );
        assert_eq!(m, "An ask item needs an ask: say which ask it is about");
        assert_eq!(h.as_deref(), Some("choose one; the asks are: homes, wages"));
        let (m, h) = plain(
            "\"starts\" in [assembly] is not an RFC 3339 date and time: \"soon\"",
            Some("write it with a time zone offset"),
        );
        assert_eq!(m, "\"soon\" is not a date and time");
        assert!(h.unwrap().contains("14/03/2026 18:30"));
        let (m, _) = plain("\"text\" in [[ask]] #2 is empty", None);
        assert_eq!(m, "the text is empty");
        let (m, h) = plain(
            "unknown ask \"Safe sreets\" in [[item]] #3",
            Some("did you mean \"safe-streets\"? known asks: safe-streets, wages"),
        );
        assert_eq!(m, "no ask is called \"Safe sreets\"");
        assert_eq!(
            h.as_deref(),
            Some("did you mean \"safe-streets\"? the asks are: safe-streets, wages")
        );
    }
}
