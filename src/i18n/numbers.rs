//! Numbers written as each language writes them. Most shipped languages
//! write `1,234`; a language that differs says so here, and the page
//! scripts get the same style so a number reads the same before and after
//! a live update.

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use intl_memoizer::concurrent::IntlLangMemoizer;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Style {
    /// The ten digits, zero first.
    pub digits: [char; 10],
    /// Between groups of three digits.
    pub group: char,
    /// Group only numbers of at least this many digits (Polish: 5).
    pub min_digits: usize,
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

impl Style {
    pub fn of(code: &str) -> Style {
        match code {
            "ar" => Style {
                digits: ARABIC_INDIC,
                group: '\u{066C}',
                min_digits: 4,
            },
            "pl" => Style {
                digits: LATIN,
                group: '\u{00A0}',
                min_digits: 5,
            },
            _ => Style {
                digits: LATIN,
                group: ',',
                min_digits: 4,
            },
        }
    }

    fn digits_of(&self, n: u64) -> String {
        n.to_string()
            .bytes()
            .map(|b| self.digits[usize::from(b - b'0')])
            .collect()
    }

    pub fn format(&self, n: i64) -> String {
        let digits = self.digits_of(n.unsigned_abs());
        let count = digits.chars().count();
        let mut out = String::new();
        if n < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if count >= self.min_digits && i > 0 && (count - i).is_multiple_of(3) {
                out.push(self.group);
            }
            out.push(c);
        }
        out
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    pub fn clock(&self, seconds: i64) -> String {
        let sign = if seconds < 0 { "-" } else { "" };
        let s = seconds.unsigned_abs();
        let two = |n: u64| {
            let d = self.digits_of(n);
            if n < 10 {
                format!("{}{d}", self.digits[0])
            } else {
                d
            }
        };
        if s >= 3600 {
            format!(
                "{sign}{}:{}:{}",
                self.digits_of(s / 3600),
                two(s / 60 % 60),
                two(s % 60)
            )
        } else {
            format!("{sign}{}:{}", self.digits_of(s / 60), two(s % 60))
        }
    }
}

/// Fluent's number formatter: whole numbers in the bundle's language's
/// style; anything else as Fluent writes it.
pub fn format_value(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() > 9.0e15 {
        return None;
    }
    let n = number.value as i64;
    intls
        .with_try_get_threadsafe::<Memo, _, _>((), |memo| memo.0.format(n))
        .ok()
}

/// The style, memoized per bundle by its language.
struct Memo(Style);

impl intl_memoizer::Memoizable for Memo {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Memo, ()> {
        Ok(Memo(Style::of(lang.language.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_numbers_its_way() {
        assert_eq!(Style::of("en").format(1234567), "1,234,567");
        assert_eq!(Style::of("cy").format(999), "999");
        assert_eq!(Style::of("pl").format(1234), "1234");
        assert_eq!(Style::of("pl").format(12345), "12\u{a0}345");
        assert_eq!(Style::of("ar").format(1234), "١٬٢٣٤");
        assert_eq!(Style::of("en").format(-5), "-5");
        assert_eq!(Style::of("so").format(0), "0");
    }

    #[test]
    fn clocks_pad_with_the_languages_zero() {
        assert_eq!(Style::of("en").clock(65), "1:05");
        assert_eq!(Style::of("en").clock(-9), "-0:09");
        assert_eq!(Style::of("en").clock(3_605), "1:00:05");
        assert_eq!(Style::of("ar").clock(605), "١٠:٠٥");
    }
}
