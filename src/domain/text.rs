//! Free text from the plan and the chair: which characters it may hold.
//!
//! Control characters (NUL, ESC and the rest of C0, DEL, C1) have no place
//! in a name, a note or a message: they hide text, break terminals and
//! spreadsheets, and no keyboard types them. Tab and line breaks are text.

/// The first control character in `text` that free text may not hold,
/// with its 0-based position in characters. Tab and newline are allowed,
/// and a carriage return only as part of a `\r\n` line break.
pub fn control_character(text: &str) -> Option<(usize, char)> {
    let mut chars = text.chars().enumerate().peekable();
    while let Some((n, c)) = chars.next() {
        let allowed = match c {
            '\t' | '\n' => true,
            '\r' => chars.peek().is_some_and(|&(_, next)| next == '\n'),
            _ => !c.is_control(),
        };
        if !allowed {
            return Some((n, c));
        }
    }
    None
}

/// How a person can recognise the character: its code point and name.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => " (NUL)",
        '\u{1b}' => " (ESC)",
        '\r' => " (carriage return)",
        '\u{7f}' => " (DEL)",
        '\u{8}' => " (backspace)",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_and_text_is_not() {
        assert_eq!(control_character("Every flat,\nby June\tok"), None);
        assert_eq!(control_character("Line one\r\nline two"), None);
        assert_eq!(control_character("Café ☕ مسجد 学校"), None);
        assert_eq!(control_character("a\0b"), Some((1, '\0')));
        assert_eq!(control_character("é\u{1b}[2J"), Some((1, '\u{1b}')));
        assert_eq!(control_character("bare\rreturn"), Some((4, '\r')));
        assert_eq!(control_character("del\u{7f}"), Some((3, '\u{7f}')));
        assert_eq!(control_character("c1\u{85}"), Some((2, '\u{85}')));
        assert_eq!(control_character("c1\u{9b}"), Some((2, '\u{9b}')));
        assert_eq!(describe('\u{1b}'), "U+001B (ESC)");
        assert_eq!(describe('\u{85}'), "U+0085");
    }
}
